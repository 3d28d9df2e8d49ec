-- Messages whose reactions are reconciled with Discord (asked for by services with discord.TrackReactions).
create table tracked_message (
    message_id bigint primary key,
    guild_id   bigint      not null,
    channel_id bigint      not null,
    since      timestamptz not null
);

create index tracked_message_guild on tracked_message (guild_id);

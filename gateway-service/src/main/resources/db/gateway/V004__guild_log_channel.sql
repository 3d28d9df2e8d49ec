-- Where the bot tells a guild's admins what Discord refused it (gateway.SetLogChannel, /bot-log).
create table guild_log_channel (
    guild_id   bigint primary key,
    channel_id bigint      not null,
    set_by     bigint      not null,
    set_at     timestamptz not null
);

-- The last notice of each kind of refusal posted to a guild's log channel: one per kind per hour, restarts included.
create table refusal_notice (
    guild_id   bigint      not null,
    notice_key text        not null,
    posted_at  timestamptz not null,
    primary key (guild_id, notice_key)
);

-- Interactions whose command the gateway recorded (in its outbox, in the same transaction) and how it acknowledged
-- them: when an answer comes after the interaction's token stopped working (over 15 minutes, or the acknowledgement
-- itself failed), the gateway knows whether to post it in the channel, edit the clicked message, or send a DM.
create table recorded_interaction (
    interaction_id bigint primary key,
    guild_id       bigint      not null,
    ack            text        not null check (ack in ('REPLY', 'EPHEMERAL_REPLY', 'UPDATE')),
    recorded_at    timestamptz not null
);

create index recorded_interaction_recorded_at on recorded_interaction (recorded_at);

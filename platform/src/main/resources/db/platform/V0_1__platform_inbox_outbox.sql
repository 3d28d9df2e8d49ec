-- Shared by every service, in the service's own schema (Flyway's default schema).

-- Messages already handled: a redelivered message finds its id here and has no effect.
create table inbox (
    message_id   text        primary key,
    guild_id     text,
    message_type text        not null,
    received_at  timestamptz not null default now()
);

-- Outcomes to publish, written in the same transaction as the state change and captured by Debezium.
-- aggregatetype holds the topic, aggregateid the record key (the Debezium outbox EventRouter's columns).
create table outbox (
    id            uuid        primary key,
    guild_id      text        not null,
    aggregatetype text        not null,
    aggregateid   text        not null,
    type          text        not null,
    payload       text        not null,
    created_at    timestamptz not null
);
create index outbox_created_at on outbox (created_at);

-- Where the outbox relay has read up to (Debezium's source offsets), kept beside the data they describe.
create table relay_offset (
    offset_key   bytea primary key,
    offset_value bytea
);

-- The pipeline probe: counts distinct probes of an id, the health check of command -> state -> outbox -> Kafka.
create table pipeline_probe (
    guild_id      text        not null,
    probe_id      text        not null,
    echoes        bigint      not null check (echoes > 0),
    last_sequence bigint      not null,
    updated_at    timestamptz not null,
    primary key (guild_id, probe_id)
);

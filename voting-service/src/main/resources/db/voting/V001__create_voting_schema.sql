-- Proposals opened with /proposal or /propose; the id is the id of the interaction that opened it.
create table proposal (
    proposal_id bigint primary key,
    guild_id    bigint      not null,
    channel_id  bigint      not null,
    title       text        not null,
    details     text,
    opened_by   bigint      not null,
    opened_at   timestamptz not null,
    closes_at   timestamptz not null
);

-- One ballot per member per proposal: voting again changes it, the same choice again withdraws it.
create table ballot (
    proposal_id bigint      not null references proposal (proposal_id),
    guild_id    bigint      not null,
    user_id     bigint      not null,
    choice      text        not null check (choice in ('YES', 'NO', 'ABSTAIN')),
    cast_at     timestamptz not null,
    primary key (proposal_id, user_id)
);

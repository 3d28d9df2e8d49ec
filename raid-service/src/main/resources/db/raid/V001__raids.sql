-- Raids: a leader plans one (dungeon, day and time options, group size); members pick every day and time they can
-- make on the raid message; the leader or an admin finishes it (the attendance taken once) or cancels it.
create table raid (
    raid_id       bigint primary key,
    guild_id      bigint      not null,
    channel_id    bigint      not null,
    -- the raid message: from the gateway's report of the plan's reply, or the first vote's click
    message_id    bigint,
    reply_action  uuid        not null unique,
    leader_id     bigint      not null,
    leader_name   text,
    dungeon       text        not null,
    days          text[]      not null check (cardinality(days) between 1 and 25),
    times         text[]      not null check (cardinality(times) between 1 and 25),
    group_size    integer     not null check (group_size > 0),
    note          text,
    status        text        not null default 'OPEN' check (status in ('OPEN', 'FINISHED', 'CANCELLED')),
    -- votes not yet shown on the message: one coalesced edit is armed (raid:edit-<id>)
    edit_pending  boolean     not null default false,
    planned_at    timestamptz not null,
    closed_at     timestamptz,
    closed_by     bigint
);

create index raid_open on raid (guild_id) where status = 'OPEN';

-- One row per member per raid: the days and times (option indexes) they can make, and their name when they voted.
create table raid_vote (
    raid_id     bigint      not null references raid (raid_id),
    member_id   bigint      not null,
    member_name text,
    days        integer[]   not null,
    times       integer[]   not null,
    voted_at    timestamptz not null,
    primary key (raid_id, member_id)
);

-- The attendance taken when a raid finished: the members present (who voted a day and a time).
create table raid_attendance (
    raid_id   bigint not null references raid (raid_id),
    member_id bigint not null,
    status    text   not null default 'present',
    primary key (raid_id, member_id)
);

-- How many finished raids each member was present at, per guild (+1 per finish, in its transaction).
create table raid_participation (
    guild_id  bigint  not null,
    member_id bigint  not null,
    raids     integer not null check (raids >= 0),
    primary key (guild_id, member_id)
);

-- A guild's constitution: the rules its proposals are decided by; every change kept with who made it.
create table guild_constitution (
    guild_id          bigint primary key,
    quorum_percent    integer     not null check (quorum_percent between 0 and 100),
    threshold_percent integer     not null check (threshold_percent between 50 and 100),
    changed_by        bigint      not null,
    changed_at        timestamptz not null
);

create table constitution_change (
    change_id  bigserial primary key,
    guild_id   bigint      not null,
    variable   text        not null,
    previous   text        not null,
    value      text        not null,
    changed_by bigint      not null,
    changed_at timestamptz not null
);
create index constitution_change_guild on constitution_change (guild_id, changed_at);

-- each proposal keeps the rules it opened with, and at closing how many members could vote
alter table proposal add column quorum_percent integer not null default 0;
alter table proposal add column threshold_percent integer not null default 50;
alter table proposal add column eligible integer;
alter table proposal drop constraint if exists proposal_outcome_check;
alter table proposal add constraint proposal_outcome_check
    check (outcome in ('WINNER', 'TIE', 'NO_BALLOTS', 'QUORUM_MISSED', 'THRESHOLD_MISSED'));

-- how many members each guild has, from the gateway's listings (discord.MembersListed, in chunks)
create table member_listing (
    guild_id    bigint      not null,
    snapshot_id text        not null,
    chunk       integer     not null,
    chunks      integer     not null,
    members     integer     not null,
    listed_at   timestamptz not null,
    primary key (guild_id, snapshot_id, chunk)
);

create table guild_membership (
    guild_id  bigint primary key,
    members   integer     not null,
    listed_at timestamptz not null
);

-- A guild's raids get numbers ("Raid #3"), real dates and times (the days and times read in the guild's zone when
-- planned: reminders, the stale sweep and the calendar need instants), a temporary role, and a reason when closed.
alter table raid add column raid_number  integer;
alter table raid add column slot_dates   date[];
alter table raid add column slot_times   time[];
alter table raid add column zone         text not null default 'UTC';
-- the last day at the last time: the stale sweep closes the raid stale-hours after it
alter table raid add column last_slot_at timestamptz;
-- the CreateRole asked for when planned, and the role the gateway reported (created or reused)
alter table raid add column role_action  uuid unique;
alter table raid add column role_id      bigint;
alter table raid add column close_reason text check (close_reason in ('LEADER', 'ALL', 'STALE'));

create unique index raid_number_in_guild on raid (guild_id, raid_number);
create index raid_open_until on raid (guild_id, last_slot_at) where status = 'OPEN';

-- A guild's raid settings, its numbering, and the list and roster messages it keeps current by editing them.
create table raid_guild (
    guild_id            bigint primary key,
    raid_channel_id     bigint,
    list_channel_id     bigint,
    roster_channel_id   bigint,
    log_channel_id      bigint,
    stale_hours         integer not null default 6 check (stale_hours between 1 and 720),
    zone                text    not null default 'UTC',
    raids_planned       integer not null default 0,
    -- the secret in the guild's calendar link (/raid calendar)
    calendar_secret     text unique,
    -- the list message: its id once the gateway reported it, the post asked for, the last edit asked for, whether
    -- changes wait for the one coalesced edit (raid:list-<guild>)
    list_message_id     bigint,
    list_post_action    uuid,
    list_edit_action    uuid,
    list_pending        boolean not null default false,
    roster_message_id   bigint,
    roster_post_action  uuid,
    roster_edit_action  uuid,
    roster_pending      boolean not null default false
);

-- The roster: members the raid service knows in each guild (they voted, or the gateway reported them joining), with
-- the name last seen; a member who leaves the guild is removed (their participation counter stays for a return).
create table raid_member (
    guild_id  bigint not null,
    member_id bigint not null,
    name      text,
    primary key (guild_id, member_id)
);

-- Voice XP: who is in a voice channel other than the AFK channel since when, credited in whole minutes up to
-- credited_until by the voice-XP tick and when they leave.
create table voice_session (
    guild_id       bigint      not null,
    member_id      bigint      not null,
    channel_id     bigint      not null,
    credited_until timestamptz not null,
    primary key (guild_id, member_id)
);

create table voice_xp (
    guild_id  bigint not null,
    member_id bigint not null,
    minutes   bigint not null check (minutes >= 0),
    xp        bigint not null check (xp >= 0),
    primary key (guild_id, member_id)
);
create index voice_xp_rank on voice_xp (guild_id, xp desc);

-- Suggestions ("wishes"): members wish for something in a category; the wish is posted in the guild's suggestions
-- channel and members vote with 🌟 reactions. Discord is the source of truth for the votes: live reaction facts keep
-- them current, and reconciliations (the gateway connecting, the scheduler's job, before top lists and summaries, an
-- admin's sync) replace them with what Discord shows.
create table wish_settings (
    guild_id          bigint primary key,
    channel_id        bigint,
    categories        text[]      not null,
    threshold_percent integer     not null check (threshold_percent between 1 and 100),
    changed_by        bigint      not null,
    changed_at        timestamptz not null
);

create table wish_counter (
    guild_id    bigint primary key,
    last_number integer not null
);

create table wish (
    wish_id            bigint primary key,
    guild_id           bigint      not null,
    number             integer     not null,
    category           text        not null,
    text               text        not null,
    author_id          bigint      not null,
    author_name        text,
    channel_id         bigint      not null,
    -- the action that posts it; its message once the gateway reports it
    post_action_id     uuid        not null unique,
    message_id         bigint unique,
    status             text        not null default 'OPEN'
        check (status in ('OPEN', 'GRANTED', 'DECLINED', 'WITHDRAWN')),
    votes              integer     not null default 0 check (votes >= 0),
    reason             text,
    -- a channel wish granted by its votes: the channel asked for, and the one created
    channel_action_id  uuid unique,
    created_channel_id bigint,
    posted_at          timestamptz not null,
    decided_at         timestamptz,
    unique (guild_id, number)
);

create index wish_open on wish (guild_id, category, votes desc) where status = 'OPEN';

-- One row per member who ever starred the wish: present or not, as of the fact that last changed it (last writer
-- wins by the time of the fact, so a reconciliation's list never undoes a reaction changed while it was read).
create table wish_vote (
    wish_id    bigint      not null references wish (wish_id),
    member_id  bigint      not null,
    present    boolean     not null,
    changed_at timestamptz not null,
    primary key (wish_id, member_id)
);

-- A reconciliation a member or the weekly job asked for: which wishes it counts, what it found, what it answers with.
create table wish_sync (
    sync_id     text primary key,
    guild_id    bigint      not null,
    purpose     text        not null check (purpose in ('SYNC', 'TOP', 'SUMMARY', 'WEEKLY')),
    command     text,
    expected    integer     not null,
    answered    integer     not null default 0,
    synced      integer     not null default 0,
    withdrawn   integer     not null default 0,
    errors      integer     not null default 0,
    created     integer     not null default 0,
    started_at  timestamptz not null,
    finished_at timestamptz
);

create table wish_sync_message (
    sync_id    text   not null references wish_sync (sync_id),
    message_id bigint not null,
    answered   boolean not null default false,
    primary key (sync_id, message_id)
);

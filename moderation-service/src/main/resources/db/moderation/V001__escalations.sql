-- A guild's moderation settings; a guild without a row plays by the defaults.
create table moderation_settings (
    guild_id             bigint primary key,
    moderator_role       bigint,                                   -- members with it moderate
    moderator_permission bigint           not null default 1099511627776, -- MODERATE_MEMBERS: members with it moderate
    quorum               int              not null default 3 check (quorum >= 1),
    base_hours           double precision not null default 24 check (base_hours >= 0),
    hours_per_vote       double precision not null default 8 check (hours_per_vote >= 0),
    tie_break            text             not null default 'MOST_SEVERE' check (tie_break in ('MOST_SEVERE', 'LEAST_SEVERE')),
    timeout_minutes      int              not null default 60 check (timeout_minutes between 1 and 40320),
    restrict_role        bigint,
    warnings_to_escalate int              not null default 0 check (warnings_to_escalate >= 0), -- 0: off
    warnings_days        int              not null default 30 check (warnings_days >= 1)
);

-- An escalation: who is reported, the vote's rules as they were when it opened, and how it ended.
create table escalation (
    escalation_id     bigint primary key,
    guild_id          bigint           not null,
    member_id         bigint           not null,
    message_id        bigint,
    reason            text,
    channel_id        bigint           not null,
    opened_by         bigint           not null,  -- 0: opened automatically after warnings
    opened_at         timestamptz      not null,
    quorum            int              not null,
    base_hours        double precision not null,
    hours_per_vote    double precision not null,
    tie_break         text             not null,
    voting_message_id bigint,
    resolves_at       timestamptz      not null,
    resolution        text,
    resolved_why      text,
    resolved_at       timestamptz
);
create index escalation_member on escalation (guild_id, member_id, opened_at);

-- One vote per moderator per escalation.
create table mod_vote (
    escalation_id bigint      not null references escalation (escalation_id),
    moderator_id  bigint      not null,
    resolution    text        not null check (resolution in ('TRACK', 'WARNING', 'TIMEOUT', 'RESTRICT', 'KICK', 'BAN')),
    voted_at      timestamptz not null,
    primary key (escalation_id, moderator_id)
);

-- The case log: every resolution and what was done.
create table mod_case (
    case_id       bigserial primary key,
    guild_id      bigint      not null,
    member_id     bigint      not null,
    escalation_id bigint      not null unique references escalation (escalation_id),
    resolution    text        not null,
    why           text        not null,
    action        text        not null,
    at            timestamptz not null
);
create index mod_case_member on mod_case (guild_id, member_id, at);

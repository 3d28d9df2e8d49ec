-- Campaigns (the governance bot's core): ordered stages; members submit scenarios for a stage, approved by an admin
-- or at once as the constitution says; starting a stage opens its approved scenarios together and sends each member
-- their ballots by DM; members invest tokens of one budget per campaign; a stage closes on its timer.
create table campaign_counter (
    guild_id    bigint primary key,
    last_number integer not null
);

create table campaign (
    campaign_id     bigint primary key,
    guild_id        bigint      not null,
    number          integer     not null,
    channel_id      bigint      not null,
    title           text        not null,
    stages          integer     not null check (stages between 1 and 10),
    stage_hours     integer     not null check (stage_hours between 1 and 168),
    budget          integer     not null check (budget >= 0),
    needs_approval  boolean     not null,
    created_by      bigint      not null,
    created_at      timestamptz not null,
    -- the stage running or last run (0: none yet), whether it is open, and when it closes
    stage           integer     not null default 0,
    stage_open      boolean     not null default false,
    stage_closes_at timestamptz,
    unique (guild_id, number)
);

create table scenario (
    scenario_id bigint primary key,
    campaign_id bigint      not null references campaign (campaign_id),
    number      integer     not null,
    stage       integer     not null,
    title       text        not null,
    details     text,
    proposed_by bigint      not null,
    proposed_at timestamptz not null,
    approved    boolean     not null,
    opened_at   timestamptz,
    closed_at   timestamptz,
    unique (campaign_id, number)
);
create index scenario_stage on scenario (campaign_id, stage);

-- each member's tokens left in a campaign: never below zero (an investment is one conditional decrement)
create table campaign_budget (
    campaign_id bigint  not null references campaign (campaign_id),
    user_id     bigint  not null,
    remaining   integer not null check (remaining >= 0),
    primary key (campaign_id, user_id)
);

create table investment (
    investment_id bigint      primary key,
    scenario_id   bigint      not null references scenario (scenario_id),
    campaign_id   bigint      not null references campaign (campaign_id),
    user_id       bigint      not null,
    tokens        integer     not null check (tokens > 0),
    invested_at   timestamptz not null
);
create index investment_scenario on investment (scenario_id);

alter table guild_constitution add column campaign_budget integer not null default 10
    check (campaign_budget between 1 and 1000000);
alter table guild_constitution add column scenario_approval boolean not null default false;

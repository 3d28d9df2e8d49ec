-- Timers other services asked for. The row is the truth; db-scheduler's execution (one per arming, instance
-- "<owner>:<generation>:<timerId>") only says when to look at it, so a stale or repeated execution fires nothing.
create table timer (
    owner      text        not null,
    timer_id   text        not null,
    guild_id   text        not null,
    entity_key text        not null,
    due_at     timestamptz not null,
    payload    text        not null,
    generation bigint      not null check (generation > 0),
    state      text        not null check (state in ('pending', 'fired', 'cancelled')),
    fired_at   timestamptz,
    updated_at timestamptz not null,
    primary key (owner, timer_id)
);
create index timer_pending_due on timer (due_at) where state = 'pending';

-- Per-guild settings of recurring jobs (guild '0': platform-wide jobs). cron/zone null = the job's default.
create table guild_job (
    guild_id   text        not null,
    job        text        not null,
    cron       text,
    zone       text,
    enabled    boolean     not null,
    updated_at timestamptz not null,
    primary key (guild_id, job)
);

-- Every run of a recurring job: the guard that makes a repeated run (crash before db-scheduler recorded it) tick once.
create table job_run (
    run_id        text        primary key,
    guild_id      text        not null,
    job           text        not null,
    scheduled_for timestamptz not null,
    ran_at        timestamptz not null,
    trigger       text        not null check (trigger in ('schedule', 'manual'))
);
create index job_run_guild_job on job_run (guild_id, job, scheduled_for desc);

-- db-scheduler's table (its PostgreSQL DDL for 16.x).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

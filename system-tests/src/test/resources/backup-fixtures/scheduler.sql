insert into timer (owner, timer_id, guild_id, entity_key, due_at, payload, generation, state, fired_at, updated_at)
values ('moderation', 'escalation-1330000000000000001', '81384788765712384', '1330000000000000001',
        '2026-11-23T18:05:00.123456Z', '{}', 2, 'pending', null, '2026-11-23T10:05:30Z');
insert into guild_job (guild_id, job, cron, zone, enabled, updated_at)
values ('81384788765712384', 'weekly-summary', '0 0 18 * * SUN', 'Europe/Paris', true, '2026-11-23T10:07:00Z');
insert into job_run (run_id, guild_id, job, scheduled_for, ran_at, trigger)
values ('weekly-summary/81384788765712384/2026-11-22T17:00:00Z', '81384788765712384', 'weekly-summary',
        '2026-11-22T17:00:00Z', '2026-11-22T17:00:01Z', 'schedule');
insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, picked_by, last_success,
                             last_failure, consecutive_failures, last_heartbeat, version, priority)
values ('timer', 'moderation:2:escalation-1330000000000000001', '\xdeadbeef', '2026-11-23T18:05:00Z', false, null,
        null, null, 0, null, 1, 0);

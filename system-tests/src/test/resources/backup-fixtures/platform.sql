-- Rows in the tables every service has (its own schema is the search path).
insert into inbox (message_id, guild_id, message_type, received_at)
values ('0b6e1f2a-3c4d-3e5f-9a8b-7c6d5e4f3a2b', '81384788765712384', 'platform.SendProbe.v1', '2026-11-23T10:00:00Z'),
       ('1c7f2a3b-4d5e-4f60-8b9c-8d7e6f5a4b3c', null, 'scheduler.JobTicked.v1', '2026-11-23T10:00:01Z');
insert into outbox (id, guild_id, aggregatetype, aggregateid, type, payload, created_at)
values ('2d8a3b4c-5e6f-4a71-9cad-9e8f7a6b5c4d', '81384788765712384', 'x.events', 'k', 'platform.ProbeEchoed.v1', '{}',
        '2026-11-23T10:00:02Z');
insert into relay_offset (offset_key, offset_value) values ('\x01', '\x02');
insert into pipeline_probe (guild_id, probe_id, echoes, last_sequence, updated_at)
values ('81384788765712384', 'p1', 3, 7, '2026-11-23T10:00:03Z'),
       ('81384788765712384', 'p "quoted", with comma', 1, 1, '2026-11-23T10:00:04Z');

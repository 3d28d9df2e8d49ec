insert into proposal (proposal_id, guild_id, channel_id, title, details, opened_by, opened_at, closes_at)
values (1320000000000000001, 81384788765712384, 1300000000000000100, 'Raid night moves to Friday',
        E'Line one\nline two, with "quotes"', 1300000000000000201, '2026-11-23T10:02:00Z', '2026-11-25T10:02:00Z');
insert into ballot (proposal_id, guild_id, user_id, choice, cast_at)
values (1320000000000000001, 81384788765712384, 1300000000000000202, 'YES', '2026-11-23T10:02:30Z'),
       (1320000000000000001, 81384788765712384, 1300000000000000203, 'ABSTAIN', '2026-11-23T10:02:31Z');

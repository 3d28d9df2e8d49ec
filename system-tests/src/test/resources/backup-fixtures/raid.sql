insert into raid (raid_id, guild_id, channel_id, message_id, reply_action, leader_id, leader_name, dungeon, days,
                  times, group_size, note, status, edit_pending, planned_at, closed_at, closed_by)
values (1350000000000000001, 81384788765712384, 1300000000000000100, 1350000000000000011,
        '9a4c6d91-8e5f-4b1c-8d0a-4f5e6d7a8b92', 1300000000000000201, 'Lea', 'Frost Keep', '{Fri,Sat}', '{19:00,21:00}',
        8, 'Bring potions', 'FINISHED', false, '2026-11-24T09:00:00Z', '2026-11-24T22:00:00Z', 1300000000000000201);
insert into raid_vote (raid_id, member_id, member_name, days, times, voted_at)
values (1350000000000000001, 1300000000000000202, 'Bob', '{0,1}', '{1}', '2026-11-24T09:05:00Z'),
       (1350000000000000001, 1300000000000000203, null, '{1}', '{}', '2026-11-24T09:06:00Z');
insert into raid_attendance (raid_id, member_id, status) values (1350000000000000001, 1300000000000000202, 'present');
insert into raid_participation (guild_id, member_id, raids) values (81384788765712384, 1300000000000000202, 1);

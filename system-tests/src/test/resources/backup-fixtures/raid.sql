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
update raid set raid_number = 1, slot_dates = '{2026-11-27,2026-11-28}', slot_times = '{19:00,21:00}', zone = 'UTC',
                last_slot_at = '2026-11-28T21:00:00Z', role_action = '2b7f0f3a-9c11-4c55-9d5e-3f1b1c9e5f0a',
                role_id = 1350000000000000700, remind_at = '2026-11-27T18:30:00Z', reminded_at = '2026-11-27T18:30:01Z'
 where raid_id = 1350000000000000001;
insert into raid_guild (guild_id, raid_channel_id, list_channel_id, roster_channel_id, stale_hours, zone, raids_planned,
                        calendar_secret, list_message_id, list_post_action, list_pending, roster_message_id,
                        reminder_minutes, dungeons)
values (81384788765712384, 1300000000000000100, 1300000000000000101, 1300000000000000101, 6, 'Europe/Berlin', 1,
        '5f0c2a4e9d1b3c7a8e2f1a2b3c4d5e6f', 1350000000000000021, '3f1b1c9e-5f0a-4c55-9d5e-2b7f0f3a9c11', false,
        1350000000000000022, 30, '{Frost Keep,Ember Vault}');
insert into raid_member (guild_id, member_id, name) values (81384788765712384, 1300000000000000202, 'Bob');
insert into raid_template (guild_id, name, dungeon, days, times, group_size, saved_by, saved_at)
values (81384788765712384, 'weekly-keep', 'Frost Keep', '{Fri,Sat}', '{19:00}', 8, 1300000000000000201,
        '2026-11-20T10:00:00Z');
insert into voice_session (guild_id, member_id, channel_id, credited_until)
values (81384788765712384, 1300000000000000203, 1300000000000000150, '2026-11-24T20:00:00Z');
insert into voice_xp (guild_id, member_id, minutes, xp) values (81384788765712384, 1300000000000000203, 42, 420);

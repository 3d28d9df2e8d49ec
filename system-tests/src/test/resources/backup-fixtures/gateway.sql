insert into performed_action (action_id, guild_id, type, outcome, performed_at)
values ('3e9b4c5d-6f70-4b82-8dbe-af9a8b7c6d5e', 81384788765712384, 'discord.ModerateMember.v1', 'ban of 2',
        '2026-11-23T10:01:00Z');
insert into tracked_message (message_id, guild_id, channel_id, since)
values (1310000000000000777, 81384788765712384, 1300000000000000100, '2026-11-23T10:01:01Z');
insert into recorded_interaction (interaction_id, guild_id, ack, recorded_at)
values (1340000000000000001, 81384788765712384, 'UPDATE', '2026-11-23T10:01:02Z');
insert into guild_log_channel (guild_id, channel_id, set_by, set_at)
values (81384788765712384, 1300000000000000150, 1300000000000000201, '2026-11-23T10:01:03Z');
insert into refusal_notice (guild_id, notice_key, posted_at)
values (81384788765712384, 'discord.ModerateMember.v1:Ban Members', '2026-11-23T10:01:04Z');

insert into moderation_settings (guild_id, moderator_role, quorum, restrict_role)
values (81384788765712384, 1300000000000000301, 2, null);
insert into escalation (escalation_id, guild_id, member_id, message_id, reason, channel_id, opened_by, opened_at, quorum,
                        base_hours, hours_per_vote, tie_break, voting_message_id, resolves_at, resolution,
                        resolved_why, resolved_at)
values (1330000000000000001, 81384788765712384, 1300000000000000209, null, 'spam', 1300000000000000100,
        1300000000000000201, '2026-11-23T10:05:00Z', 2, 24, 8, 'MOST_SEVERE', 1310000000000000778,
        '2026-11-23T18:05:00Z', 'BAN', 'QUORUM', '2026-11-23T10:06:00Z');
insert into mod_vote (escalation_id, moderator_id, resolution, voted_at)
values (1330000000000000001, 1300000000000000201, 'BAN', '2026-11-23T10:05:30Z'),
       (1330000000000000001, 1300000000000000202, 'BAN', '2026-11-23T10:06:00Z');
insert into mod_case (guild_id, member_id, escalation_id, resolution, why, action, at, action_id, action_done,
                      action_state)
values (81384788765712384, 1300000000000000209, 1330000000000000001, 'BAN', 'QUORUM', 'Banned.',
        '2026-11-23T10:06:00Z', '4fac5d6e-7081-4c93-9ecf-b0ab9c8d7e6f', 'Banned.', 'done');
insert into mod_case (guild_id, member_id, escalation_id, resolution, why, action, at, action_id, action_done,
                      action_state, taken_by, taken_by_name, reason)
values (81384788765712384, 1300000000000000209, 1330000000000000001, 'DELETE_MESSAGE', 'IMMEDIATE',
        'Reported message deleted.', '2026-11-23T10:05:10Z', '5fac5d6e-7081-4c93-9ecf-b0ab9c8d7e6f',
        'Reported message deleted.', 'done', 1300000000000000201, 'Mira', 'spam links');
insert into member_thread (guild_id, member_id, parent_channel_id, thread_name, thread_id)
values (81384788765712384, 1300000000000000209, 1300000000000000150, 'Reports · Spammer (1300000000000000209)',
        1310000000000000500);
update escalation set voting_channel_id = 1310000000000000500, post_action_id = '6fac5d6e-7081-4c93-9ecf-b0ab9c8d7e6f'
 where escalation_id = 1330000000000000001;
update moderation_settings set mod_channel = 1300000000000000150 where guild_id = 81384788765712384;

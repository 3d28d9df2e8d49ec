insert into proposal (proposal_id, guild_id, channel_id, number, title, details, opened_by, opened_at, closes_at,
                      message_id, closed_at, closed_by, outcome, winner, reply_action_id, quorum_percent,
                      threshold_percent, eligible, options, method, max_score, tie_break)
values (1320000000000000001, 81384788765712384, 1300000000000000100, 1, 'Raid night moves to Friday',
        E'Line one\nline two, with "quotes"', 1300000000000000201, '2026-11-23T10:02:00Z', '2026-11-25T10:02:00Z',
        1320000000000000050, '2026-11-25T10:02:00Z', null, 'WINNER', 'Yes', '5f0c2a4e-9d1b-3c7a-8e2f-1a2b3c4d5e6f',
        30, 50, 12, '{Yes,No}', 'PLURALITY', 0, null),
       (1320000000000000002, 81384788765712384, 1300000000000000100, 2, 'Next raid dungeon', null,
        1300000000000000201, '2026-11-24T10:00:00Z', '2026-11-26T10:00:00Z', 1320000000000000051,
        '2026-11-26T10:00:00Z', null, 'WINNER', 'Ember Vault', null, 0, 50, 12,
        '{"Ember Vault","Frost Keep","Sunken Temple"}', 'RANKED', 0,
        'round 1: options 2, 3 tied for fewest in every round; option 3, listed last, was eliminated');
insert into proposal_counter (guild_id, last_number) values (81384788765712384, 2);
insert into ballot (proposal_id, guild_id, user_id, abstain, marks, cast_at)
values (1320000000000000001, 81384788765712384, 1300000000000000202, false, '{0}', '2026-11-23T10:02:30Z'),
       (1320000000000000001, 81384788765712384, 1300000000000000203, true, '{}', '2026-11-23T10:02:31Z'),
       (1320000000000000002, 81384788765712384, 1300000000000000202, false, '{0,2,1}', '2026-11-24T10:02:30Z');
insert into guild_constitution (guild_id, quorum_percent, threshold_percent, default_hours, proposers, changed_by,
                                changed_at)
values (81384788765712384, 30, 50, 48, '1300000000000000300', 1300000000000000201, '2026-11-23T10:01:00Z');
insert into constitution_change (guild_id, variable, previous, value, changed_by, changed_at)
values (81384788765712384, 'quorum', '0', '30', 1300000000000000201, '2026-11-23T10:01:00Z');
insert into member_listing (guild_id, snapshot_id, chunk, chunks, members, user_ids, listed_at)
values (81384788765712384, '81384788765712384-2026-11-23T10:00:00Z', 0, 2, 2,
        '{1300000000000000201,1300000000000000202}', '2026-11-23T10:00:00Z');
insert into guild_member (guild_id, user_id)
values (81384788765712384, 1300000000000000201), (81384788765712384, 1300000000000000202);
insert into guild_membership (guild_id, members, listed_at)
values (81384788765712384, 12, '2026-11-23T09:00:00Z');
insert into campaign_counter (guild_id, last_number) values (81384788765712384, 1);
insert into campaign (campaign_id, guild_id, number, channel_id, title, stages, stage_hours, budget, needs_approval,
                      created_by, created_at, stage, stage_open, stage_closes_at)
values (1330000000000000001, 81384788765712384, 1, 1300000000000000100, 'Autumn league', 2, 24, 10, true,
        1300000000000000201, '2026-11-24T09:00:00Z', 1, true, '2026-11-25T10:00:00Z');
insert into scenario (scenario_id, campaign_id, number, stage, title, details, proposed_by, proposed_at, approved,
                      opened_at, closed_at)
values (1330000000000000002, 1330000000000000001, 1, 1, 'Dungeon race', 'Fastest clear wins.', 1300000000000000202,
        '2026-11-24T09:10:00Z', true, '2026-11-24T10:00:00Z', null),
       (1330000000000000003, 1330000000000000001, 2, 2, 'Grand final', null, 1300000000000000203,
        '2026-11-24T09:20:00Z', false, null, null);
insert into campaign_budget (campaign_id, user_id, remaining)
values (1330000000000000001, 1300000000000000202, 3);
insert into investment (investment_id, scenario_id, campaign_id, user_id, tokens, invested_at)
values (1330000000000000004, 1330000000000000002, 1330000000000000001, 1300000000000000202, 7, '2026-11-24T10:05:00Z');
insert into wish_settings (guild_id, channel_id, categories, threshold_percent, changed_by, changed_at)
values (81384788765712384, 1300000000000000500, '{videos,other,channels}', 67, 1300000000000000201,
        '2026-11-24T09:00:00Z');
insert into wish_counter (guild_id, last_number) values (81384788765712384, 2);
insert into wish (wish_id, guild_id, number, category, text, author_id, author_name, channel_id, post_action_id,
                  message_id, status, votes, reason, channel_action_id, created_channel_id, posted_at, decided_at)
values (1340000000000000001, 81384788765712384, 1, 'channels', 'speedrunning', 1300000000000000202, 'Bob',
        1300000000000000500, '6d1f3a6e-5b2c-4e8f-9a7d-1c2b3a4d5e6f', 1340000000000000011, 'GRANTED', 2, null,
        '7e2a4b7f-6c3d-4f9a-8b8e-2d3c4b5e6f70', 1300000000000000600, '2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'),
       (1340000000000000002, 81384788765712384, 2, 'videos', 'A speedrun series', 1300000000000000203, null,
        1300000000000000500, '8f3b5c80-7d4e-4a0b-9c9f-3e4d5c6f7081', 1340000000000000012, 'OPEN', 1, null, null,
        null, '2026-11-24T10:00:00Z', null);
insert into wish_vote (wish_id, member_id, present, changed_at)
values (1340000000000000001, 1300000000000000202, true, '2026-11-24T11:00:00Z'),
       (1340000000000000001, 1300000000000000203, true, '2026-11-24T11:30:00Z'),
       (1340000000000000002, 1300000000000000202, false, '2026-11-24T11:40:00Z'),
       (1340000000000000002, 1300000000000000204, true, '2026-11-24T11:45:00Z');
insert into wish_sync (sync_id, guild_id, purpose, command, expected, answered, synced, withdrawn, errors, created,
                       started_at, finished_at)
values ('wishes-1340000000000000021', 81384788765712384, 'WEEKLY', null, 1, 1, 1, 0, 0, 0, '2026-11-24T18:00:00Z',
        '2026-11-24T18:00:02Z');
insert into wish_sync_message (sync_id, message_id, answered)
values ('wishes-1340000000000000021', 1340000000000000012, true);

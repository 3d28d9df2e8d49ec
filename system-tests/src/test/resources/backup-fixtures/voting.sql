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

insert into game_settings (guild_id, overrides, revision, changed_by, changed_at)
values (81384788765712384, '{"daily": {"gold": 500}}', 2, 1300000000000000201, '2026-11-23T10:03:00Z');
insert into balance (guild_id, member_id, currency, amount)
values (81384788765712384, 1300000000000000201, 'gold', 200), (81384788765712384, 1300000000000000201, 'aether', 0);
insert into ledger (guild_id, member_id, currency, delta, balance_after, reason, command_id, at)
values (81384788765712384, 1300000000000000201, 'gold', 500, 500, 'DAILY', 'c1', '2026-11-23T10:03:01Z'),
       (81384788765712384, 1300000000000000201, 'gold', -300, 200, 'SUMMON', 'c2', '2026-11-23T10:03:02Z');
insert into member_state (guild_id, member_id, last_daily_at, last_free_at, next_esprit_no)
values (81384788765712384, 1300000000000000201, '2026-11-23T10:03:01Z', null, 3);
insert into pity (guild_id, member_id, banner, counter, pulls)
values (81384788765712384, 1300000000000000201, 'standard', 1, 2);
insert into esprit (guild_id, member_id, esprit_no, kind, level, obtained_at, dissolved_at)
values (81384788765712384, 1300000000000000201, 1, 'ember-fox', 1, '2026-11-23T10:03:02Z', null),
       (81384788765712384, 1300000000000000201, 2, 'tide-wyrm', 3, '2026-11-23T10:03:02Z', '2026-11-23T10:04:00Z');
insert into draw (command_id, pull, guild_id, member_id, banner, rarity_roll, esprit_roll, pity_before, rarity, kind,
                  esprit_no, settings_revision, at)
values ('c2', 1, 81384788765712384, 1300000000000000201, 'standard', 0.123456789012345, 0.5, 0, 'COMMON',
        'ember-fox', 1, 2, '2026-11-23T10:03:02Z');
insert into team_slot (guild_id, member_id, slot, esprit_no)
values (81384788765712384, 1300000000000000201, 1, 1);

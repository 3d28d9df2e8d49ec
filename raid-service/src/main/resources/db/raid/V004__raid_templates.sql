-- The guild's dungeon list (/settings dungeons: a raid's dungeon must be one of them when it is not empty) and its
-- raid templates (/template_config), which /raidplan template:<name> plans from.
alter table raid_guild add column dungeons text[] not null default '{}';

create table raid_template (
    guild_id   bigint      not null,
    name       text        not null,
    dungeon    text        not null,
    days       text[]      not null check (cardinality(days) between 1 and 25),
    times      text[]      not null check (cardinality(times) between 1 and 25),
    group_size integer     not null check (group_size > 0),
    saved_by   bigint      not null,
    saved_at   timestamptz not null,
    primary key (guild_id, name)
);

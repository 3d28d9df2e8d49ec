-- Ballots by DM: a proposal may send its ballot to every member of the guild, from the gateway's latest complete
-- member listing (who is in the guild according to Discord).
alter table proposal add column dm_ballots boolean not null default false;
alter table member_listing add column user_ids bigint[] not null default '{}';

create table guild_member (
    guild_id bigint not null,
    user_id  bigint not null,
    primary key (guild_id, user_id)
);

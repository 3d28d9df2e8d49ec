-- The constitution also says how long a vote runs when its proposer does not, and who may open proposals
-- ('everyone', 'managers': members who may manage the server, or a role's id: its members and the managers).
alter table guild_constitution add column default_hours integer not null default 24 check (default_hours between 1 and 168);
alter table guild_constitution add column proposers text not null default 'everyone'
    check (proposers in ('everyone', 'managers') or proposers ~ '^[0-9]{1,20}$');

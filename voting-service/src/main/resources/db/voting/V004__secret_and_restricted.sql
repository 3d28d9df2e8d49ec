-- Secret ballots (only counts shown or published), hidden tallies (counts shown once closed), role-restricted voting.
alter table proposal add column secret boolean not null default false;
alter table proposal add column hidden_tally boolean not null default false;
alter table proposal add column role_id bigint;

-- The name each moderator was shown under when they voted: the case history reads well after they rename or leave.
alter table mod_vote add column moderator_name text;

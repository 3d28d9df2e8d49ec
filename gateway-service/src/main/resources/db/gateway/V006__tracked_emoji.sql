-- The emoji whose members a tracked message's reconciliation lists (a star board's votes); null: counts per emoji.
alter table tracked_message add column emoji text;

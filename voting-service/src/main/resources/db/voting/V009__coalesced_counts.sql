-- A proposal whose ballots arrive by DM shows its counts at most once per refresh period: a ballot marks them
-- pending and arms one timer; its firing edits the message once with whatever was counted meanwhile.
alter table proposal add column counts_pending boolean not null default false;

-- Reminders: before a raid's chosen slot (its best slot, or its first day and time while nobody voted both), one DM
-- to every member who can make it and one nudge in the raid's channel naming the roster's members who have not voted.
alter table raid add column remind_at   timestamptz;
alter table raid add column reminded_at timestamptz;
alter table raid_guild add column reminder_minutes integer not null default 30
    check (reminder_minutes between 0 and 10080);

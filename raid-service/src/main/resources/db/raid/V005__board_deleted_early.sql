-- Messages deleted in a board's channel while its post waited for the gateway's report (the deletion and the report
-- travel under different keys, so either may come first): when the report names one of them, the board was deleted
-- before it was known and is posted again. Emptied with every report and every new post.
alter table raid_guild add column list_deleted_early   bigint[] not null default '{}';
alter table raid_guild add column roster_deleted_early bigint[] not null default '{}';

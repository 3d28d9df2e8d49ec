-- Interactions in the bot's DMs (a ballot sent by DM) have no guild: neither their record nor the command the gateway
-- writes to its outbox names one (the service takes the guild from what was clicked).
alter table recorded_interaction alter column guild_id drop not null;
alter table outbox alter column guild_id drop not null;

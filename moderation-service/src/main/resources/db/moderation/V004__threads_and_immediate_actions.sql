-- The guild's moderation channel: with one set, each reported member has ONE thread there holding their reports.
alter table moderation_settings add column mod_channel bigint;

-- A reported member's thread: asked for with the first report (thread_id null until the gateway reported it), then
-- every later report, vote and outcome goes into it.
create table member_thread (
    guild_id          bigint not null,
    member_id         bigint not null,
    parent_channel_id bigint not null,
    thread_name       text   not null,
    thread_id         bigint,
    primary key (guild_id, member_id)
);

-- Where an escalation's message lives when it is not the reply in the channel of the report: its member's thread,
-- and the action that posted it there (the gateway's report of it names the thread and the message).
alter table escalation add column voting_channel_id bigint;
alter table escalation add column post_action_id uuid;
create unique index escalation_post on escalation (post_action_id);

-- Immediate actions are cases too: who took it, under which name, and why. One case per escalation's resolution (no
-- taker), and one per escalation and action while it is pending or done (a refused one may be tried again).
alter table mod_case add column taken_by bigint;
alter table mod_case add column taken_by_name text;
alter table mod_case add column reason text;
alter table mod_case drop constraint mod_case_escalation_id_key;
create unique index mod_case_resolution on mod_case (escalation_id) where taken_by is null;
create unique index mod_case_immediate on mod_case (escalation_id, resolution)
    where taken_by is not null and action_state <> 'failed';

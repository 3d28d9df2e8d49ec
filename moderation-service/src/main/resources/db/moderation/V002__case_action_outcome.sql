-- What a resolution asked Discord to do, and what Discord did: a case shows "Banning..." until the gateway reports the
-- ban carried out ("Banned.") or refused ("Ban failed: the bot lacks the permission Ban Members.").
alter table mod_case add column action_id uuid;
alter table mod_case add column action_done text;             -- what the case says once Discord has done it
alter table mod_case add column action_state text not null default 'none'
    check (action_state in ('none', 'pending', 'done', 'failed'));
create unique index mod_case_action on mod_case (action_id);

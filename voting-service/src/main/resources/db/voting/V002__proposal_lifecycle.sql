-- Proposals are numbered per guild ("Proposal #12"), remember the message they are shown in (learnt from the first
-- click on it), and close with a result: by their deadline (a scheduler timer) or early (closed_by).
create table proposal_counter (
    guild_id    bigint primary key,
    last_number integer not null
);

alter table proposal add column number integer;
update proposal p set number = n.rn
  from (select proposal_id, row_number() over (partition by guild_id order by opened_at, proposal_id) as rn
          from proposal) n
 where n.proposal_id = p.proposal_id;
insert into proposal_counter (guild_id, last_number) select guild_id, max(number) from proposal group by guild_id;
alter table proposal alter column number set not null;
alter table proposal add constraint proposal_number_in_guild unique (guild_id, number);

alter table proposal add column message_id bigint;
alter table proposal add column closed_at timestamptz;
alter table proposal add column closed_by bigint;
alter table proposal add column outcome text check (outcome in ('WINNER', 'TIE', 'NO_BALLOTS'));
alter table proposal add column winner text;

-- the action that made the proposal's message (the opening interaction's reply): Discord's report of it names the
-- message, so a proposal no one clicked on can still be edited when it closes
alter table proposal add column reply_action_id uuid;
create index proposal_reply_action on proposal (reply_action_id);

-- Proposals with 2 to 25 options, counted by plurality, approval, ranked choice (instant runoff) or score; a ballot is
-- an abstention or its marks (option indexes: the one chosen, those approved, the ranking; scores in option order).
alter table proposal add column options text[] not null default '{Yes,No}';
alter table proposal add column method text not null default 'PLURALITY'
    check (method in ('PLURALITY', 'APPROVAL', 'RANKED', 'SCORE'));
alter table proposal add column max_score integer not null default 0 check (max_score between 0 and 10);
alter table proposal add column tie_break text;
alter table proposal add constraint proposal_options_count check (cardinality(options) between 2 and 25);
update proposal set winner = case winner when 'YES' then 'Yes' when 'NO' then 'No' else winner end;

alter table ballot add column abstain boolean not null default false;
alter table ballot add column marks integer[] not null default '{}';
update ballot set abstain = true where choice = 'ABSTAIN';
update ballot set marks = '{0}' where choice = 'YES';
update ballot set marks = '{1}' where choice = 'NO';
alter table ballot drop column choice;
alter table ballot add constraint ballot_marks_or_abstain check (abstain = (cardinality(marks) = 0));

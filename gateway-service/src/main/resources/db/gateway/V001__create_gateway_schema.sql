-- Discord actions the gateway performed (or gave up on), by action id (the ce_id of the action): a redelivered
-- action finds its row and is not performed again, even after the poll that carried it was rolled back.
create table performed_action (
    action_id    uuid primary key,
    guild_id     bigint      not null,
    type         text        not null,
    outcome      text        not null,
    performed_at timestamptz not null
);

create index performed_action_performed_at on performed_action (performed_at);

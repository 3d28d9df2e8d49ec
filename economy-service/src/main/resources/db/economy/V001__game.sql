-- A guild's changes to the default game data (economy/default-game.json), laid over it key by key.
create table game_settings (
    guild_id   bigint primary key,
    overrides  jsonb       not null,
    revision   int         not null check (revision > 0),
    changed_by bigint      not null,
    changed_at timestamptz not null
);

-- What a member holds of each currency: never below zero, whatever arrives at once.
create table balance (
    guild_id  bigint not null,
    member_id bigint not null,
    currency  text   not null,
    amount    bigint not null check (amount >= 0),
    primary key (guild_id, member_id, currency)
);

-- Every change of every balance, written in the transaction of the change; only ever inserted. The balance is the sum
-- of it.
create table ledger (
    entry_id      bigserial primary key,
    guild_id      bigint      not null,
    member_id     bigint      not null,
    currency      text        not null,
    delta         bigint      not null check (delta <> 0),
    balance_after bigint      not null check (balance_after >= 0),
    reason        text        not null,
    command_id    text        not null,
    at            timestamptz not null
);
create index ledger_member on ledger (guild_id, member_id, currency);

-- A member's timers and counters: the last daily claim and free summon, the number the next esprit gets.
create table member_state (
    guild_id          bigint not null,
    member_id         bigint not null,
    last_daily_at     timestamptz,
    last_free_at      timestamptz,
    next_esprit_no    int    not null default 1,
    primary key (guild_id, member_id)
);

-- Pity counter per member and banner.
create table pity (
    guild_id  bigint not null,
    member_id bigint not null,
    banner    text   not null,
    counter   int    not null check (counter >= 0),
    pulls     bigint not null check (pulls >= 0),
    primary key (guild_id, member_id, banner)
);

-- Esprits members own, numbered per member (#1, #2, ...); a dissolved one keeps its row with dissolved_at.
create table esprit (
    guild_id     bigint      not null,
    member_id    bigint      not null,
    esprit_no    int         not null,
    kind         text        not null,
    level        int         not null check (level >= 1),
    obtained_at  timestamptz not null,
    dissolved_at timestamptz,
    primary key (guild_id, member_id, esprit_no)
);

-- Every pull with the rolls it was drawn from: any result can be audited and drawn again.
create table draw (
    command_id  text             not null,
    pull        int              not null,
    guild_id    bigint           not null,
    member_id   bigint           not null,
    banner      text             not null,
    rarity_roll double precision not null,
    esprit_roll double precision not null,
    pity_before int              not null,
    rarity      text             not null,
    kind        text             not null,
    esprit_no   int              not null,
    settings_revision int        not null,
    at          timestamptz      not null,
    primary key (command_id, pull)
);
create index draw_member on draw (guild_id, member_id, at);

-- A member's team: one esprit per slot, an esprit in one slot at most.
create table team_slot (
    guild_id  bigint not null,
    member_id bigint not null,
    slot      int    not null check (slot >= 1),
    esprit_no int    not null,
    primary key (guild_id, member_id, slot),
    unique (guild_id, member_id, esprit_no),
    foreign key (guild_id, member_id, esprit_no) references esprit (guild_id, member_id, esprit_no)
);

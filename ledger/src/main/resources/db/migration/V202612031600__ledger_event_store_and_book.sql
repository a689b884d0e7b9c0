-- Axon's event store, snapshots, tokens and sagas on PostgreSQL through JDBC.
-- Payloads are bytea holding JSON (Jackson), readable with convert_from(payload, 'UTF8').
-- The event table has its own sequence with a cache of 1: gaps in the global index slow
-- tracking processors down.
create sequence domain_event_entry_global_index_seq as bigint start 1 increment 1 cache 1;

create table domain_event_entry (
    global_index         bigint       not null default nextval('domain_event_entry_global_index_seq')
                                      primary key,
    event_identifier     varchar(255) not null unique,
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255),
    time_stamp           varchar(255) not null,
    payload_type         varchar(255) not null,
    payload_revision     varchar(255),
    payload              bytea        not null,
    meta_data            bytea,
    -- one aggregate never has two events at one position: this is what makes a payment
    -- delivered twice, by two threads or two nodes, be recorded once
    constraint domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number)
);
alter sequence domain_event_entry_global_index_seq owned by domain_event_entry.global_index;

create table snapshot_event_entry (
    aggregate_identifier varchar(255) not null,
    sequence_number      bigint       not null,
    type                 varchar(255) not null,
    event_identifier     varchar(255) not null unique,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    primary key (aggregate_identifier, sequence_number)
);

-- Axon's JdbcTokenStore uses its default (unquoted, so folded) names.
create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);

create table sagaentry (
    sagaid         varchar(255) not null primary key,
    revision       varchar(255),
    sagatype       varchar(255),
    serializedsaga bytea
);

create table associationvalueentry (
    id               bigserial    primary key,
    associationkey   varchar(255) not null,
    associationvalue varchar(255),
    sagaid           varchar(255) not null,
    sagatype         varchar(255)
);
create index associationvalueentry_saga on associationvalueentry (sagaid, sagatype);
create index associationvalueentry_value on associationvalueentry (associationkey, associationvalue, sagatype);

-- The book: every journal entry that an event carries, written in the same transaction as the
-- event (see docs/decisions/0001-the-book.md). Rows are never updated or deleted.
create table journal_entry (
    entry_id           uuid         primary key,
    event_identifier   varchar(255) not null unique,
    posting_rule       varchar(48)  not null,
    currency           char(3)      not null,
    business_date      date         not null,
    recorded_at        timestamptz  not null,
    billing_account_id varchar(64),
    -- a correction points at what it corrects; an entry is corrected at most once
    corrects_entry_id  uuid         unique references journal_entry (entry_id),
    debit_cents        bigint       not null check (debit_cents > 0),
    credit_cents       bigint       not null,
    constraint journal_entry_balances check (debit_cents = credit_cents),
    constraint journal_entry_never_corrects_itself check (corrects_entry_id <> entry_id)
);
create index journal_entry_business_date on journal_entry (business_date);
create index journal_entry_billing_account on journal_entry (billing_account_id, business_date);

create table journal_line (
    entry_id       uuid        not null references journal_entry (entry_id),
    line_number    smallint    not null,
    account_code   varchar(96) not null,
    account_family varchar(32) not null,
    side           char(1)     not null check (side in ('D', 'C')),
    amount_cents   bigint      not null check (amount_cents > 0),
    primary key (entry_id, line_number)
);
create index journal_line_account on journal_line (account_code);

-- What the ledger's own commands need to know at once: which billing accounts exist, and which
-- payments exist by their source's identity (unique: a second delivery cannot insert a second
-- row) and which ACH debits await settlement.
create table ledger_billing_account (
    billing_account_id varchar(64) primary key,
    currency           char(3)     not null,
    opened_at          timestamptz not null
);

create table ledger_payment (
    payment_id         uuid         primary key,
    identity_key       varchar(200) not null unique,
    billing_account_id varchar(64),
    rail               varchar(16)  not null,
    amount_cents       bigint       not null check (amount_cents > 0),
    currency           char(3)      not null,
    received_at        timestamptz  not null,
    settlement_date    date,
    awaiting_settlement boolean     not null
);
create index ledger_payment_awaiting_settlement on ledger_payment (settlement_date)
    where awaiting_settlement;
create index ledger_payment_billing_account on ledger_payment (billing_account_id);

-- db-scheduler: scheduled jobs (billing, ACH settlement, coverage review), safe across nodes.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

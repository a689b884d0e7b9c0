-- Read models that the projections module builds from the events (tracking processors whose
-- tokens commit with these rows). Every row is derived from events only, never from the clock,
-- so a rebuild reproduces the tables row for row. Keys come from event ids or event data, so a
-- second delivery of an event writes nothing.

create extension if not exists pg_trgm;

-- processor projection-history: billing accounts, their bills and coverage, and the history of
-- their receivable with a running balance (debit raises what the household owes)
create table pj_account (
    billing_account_id varchar(64)  primary key,
    household_name     varchar(200) not null,
    language           varchar(2)   not null,
    state              varchar(2),
    currency           char(3)      not null,
    issuer_id          varchar(64)  not null,
    plan_id            varchar(64)  not null,
    coverage_start     date         not null,
    coverage_kind      varchar(24)  not null,
    effectuated_on     date,
    first_grace_month  date,
    grace_ends_on      date,
    covered_through    date,
    balance_cents      bigint       not null,
    opened_at          timestamptz  not null
);
create index pj_account_household_name_trgm on pj_account
    using gin (lower(household_name) gin_trgm_ops);
create index pj_account_household_name on pj_account (lower(household_name), billing_account_id);

create table pj_bill (
    billing_account_id varchar(64) not null,
    coverage_month     date        not null,
    issuer_id          varchar(64) not null,
    gross_cents        bigint      not null,
    aptc_cents         bigint      not null,
    net_cents          bigint      not null,
    issued_on          date        not null,
    due_date           date        not null,
    binder             boolean     not null,
    cancelled          boolean     not null,
    primary key (billing_account_id, coverage_month)
);

create table pj_account_history (
    billing_account_id  varchar(64)  not null,
    global_index        bigint       not null,
    event_identifier    varchar(255) not null unique,
    recorded_at         timestamptz  not null,
    business_date       date         not null,
    posting_rule        varchar(48)  not null,
    entry_id            uuid         not null,
    payment_id          uuid,
    reference           varchar(200),
    reason_code         varchar(16),
    debit_cents         bigint       not null,
    credit_cents        bigint       not null,
    balance_after_cents bigint       not null,
    primary key (billing_account_id, global_index)
);
create index pj_account_history_date on pj_account_history (business_date, global_index);

-- processor projection-payments: each payment with its whole life, and intake's exceptions
create table pj_payment (
    payment_id         uuid         primary key,
    billing_account_id varchar(64),
    identity_source    varchar(32)  not null,
    identity_reference varchar(128) not null,
    rail               varchar(16)  not null,
    amount_cents       bigint       not null,
    currency           char(3)      not null,
    received_at        timestamptz  not null,
    received_on        date         not null,
    settlement_date    date,
    method_brand       varchar(32),
    method_last4       char(4),
    status             varchar(24)  not null,
    settled_on         date,
    refunded_cents     bigint       not null,
    charged_back_cents bigint       not null,
    fees_cents         bigint       not null,
    recovery_required  boolean      not null,
    global_index       bigint       not null
);
create index pj_payment_account on pj_payment (billing_account_id, received_at desc, payment_id desc);
create index pj_payment_received on pj_payment (received_at desc, payment_id desc);
create index pj_payment_reference on pj_payment (identity_reference);
create index pj_payment_last4 on pj_payment (method_last4, received_at desc, payment_id desc);
create index pj_payment_amount on pj_payment (amount_cents, received_at desc, payment_id desc);

create table pj_payment_step (
    event_identifier varchar(255) primary key,
    payment_id       uuid         not null,
    global_index     bigint       not null,
    step             varchar(32)  not null,
    business_date    date         not null,
    recorded_at      timestamptz  not null,
    amount_cents     bigint,
    reference        varchar(200),
    reason_code      varchar(16),
    journal_entry_id uuid,
    detail           varchar(500)
);
create index pj_payment_step_payment on pj_payment_step (payment_id, global_index);

create table pj_intake_exception (
    kind               varchar(24)  not null,
    reference          varchar(200) not null,
    global_index       bigint       not null,
    recorded_at        timestamptz  not null,
    amount_cents       bigint       not null,
    currency           char(3)      not null,
    payment_id         uuid,
    trace_number       varchar(32),
    reason_code        varchar(16),
    resolved           boolean      not null,
    resolved_to        varchar(64),
    primary key (kind, reference)
);
create index pj_intake_exception_open on pj_intake_exception (resolved, global_index);

-- processor projection-journal: the journal as the events carry it
create table pj_journal_entry (
    entry_id           uuid         primary key,
    global_index       bigint       not null unique,
    event_identifier   varchar(255) not null unique,
    posting_rule       varchar(48)  not null,
    currency           char(3)      not null,
    business_date      date         not null,
    recorded_at        timestamptz  not null,
    billing_account_id varchar(64),
    corrects_entry_id  uuid,
    amount_cents       bigint       not null
);
create index pj_journal_entry_date on pj_journal_entry (business_date, global_index);

create table pj_journal_line (
    entry_id       uuid        not null,
    line_number    smallint    not null,
    global_index   bigint      not null,
    business_date  date        not null,
    account_code   varchar(96) not null,
    account_family varchar(32) not null,
    account_type   varchar(16) not null,
    side           char(1)     not null,
    amount_cents   bigint      not null,
    primary key (entry_id, line_number)
);
create index pj_journal_line_account on pj_journal_line (account_code, business_date, global_index);
create index pj_journal_line_date on pj_journal_line (business_date);

-- processor projection-audit: every event, with who, when and why as far as it says
create table pj_audit_event (
    global_index         bigint       primary key,
    event_identifier     varchar(255) not null unique,
    occurred_at          timestamptz  not null,
    aggregate_type       varchar(100),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    event_type           varchar(100) not null,
    billing_account_id   varchar(64),
    user_id              varchar(200),
    reason               varchar(500),
    payload              jsonb        not null,
    meta_data            jsonb        not null
);
create index pj_audit_event_occurred on pj_audit_event (occurred_at, global_index);
create index pj_audit_event_account on pj_audit_event (billing_account_id, global_index);

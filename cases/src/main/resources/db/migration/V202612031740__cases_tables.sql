-- Dispute cases (cases module). Case history itself lives in the event store; these tables are
-- the module's own stores (payment directory, detections, evidence, outboxes) and its read
-- models (case_view*), which a replay rebuilds.

-- Every payment the cases module saw in the ledger's events: for linking payments to cases and
-- for finding duplicate charges.
create table case_payment_directory (
    payment_id         uuid        primary key,
    billing_account_id varchar(64),
    rail               varchar(16) not null,
    amount_cents       bigint      not null check (amount_cents > 0),
    currency           char(3)     not null,
    received_at        timestamptz not null,
    received_on        date        not null,
    settlement_date    date,
    voided             boolean     not null default false
);
create index case_payment_directory_match
    on case_payment_directory (billing_account_id, amount_cents, currency, received_at);

-- Every pair of payments found to be a suspected duplicate, once: the key makes a replay, a
-- redelivery or a second node raise nothing twice, and a dismissed pair is never raised again.
create table case_duplicate_pair (
    first_payment_id   uuid        not null,
    second_payment_id  uuid        not null,
    billing_account_id varchar(64) not null,
    case_id            uuid        not null,
    detected_at        timestamptz not null,
    dismissed_at       timestamptz,
    dismissed_by       varchar(128),
    dismissed_reason   text,
    primary key (first_payment_id, second_payment_id),
    constraint case_duplicate_pair_ordered check (first_payment_id < second_payment_id)
);
create index case_duplicate_pair_second on case_duplicate_pair (second_payment_id);
create index case_duplicate_pair_case on case_duplicate_pair (case_id);

-- Evidence bytes (the events carry only name, type, size and SHA-256).
create table case_evidence (
    evidence_id  uuid         primary key,
    case_id      uuid         not null,
    file_name    varchar(255) not null,
    content_type varchar(64)  not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    attached_at  timestamptz  not null,
    attached_by  varchar(128) not null,
    constraint case_evidence_size_matches check (size_bytes = octet_length(content))
);
create index case_evidence_case on case_evidence (case_id);

-- Card, wallet and third-party refunds asked of the processor: the outbox its integration
-- reads; the processor's report confirms each one (ConfirmProcessorRefundCommand).
create table case_processor_refund_request (
    action_id           uuid         primary key,
    case_id             uuid         not null,
    payment_id          uuid         not null,
    rail                varchar(16)  not null,
    amount_cents        bigint       not null check (amount_cents > 0),
    currency            char(3)      not null,
    refund_reference    varchar(64)  not null unique,
    requested_at        timestamptz  not null,
    confirmed_at        timestamptz,
    processor_reference varchar(128)
);

-- The language and channel each household chose, from the ledger's events.
create table case_household (
    billing_account_id varchar(64) primary key,
    language           char(2)     not null check (language in ('en', 'es')),
    channel            varchar(8)  not null
);

-- Messages to households, written once per case event (source_event_id), delivered later.
create table case_notification_outbox (
    notification_id    uuid         primary key,
    source_event_id    varchar(255) not null unique,
    case_id            uuid         not null,
    billing_account_id varchar(64)  not null,
    topic              varchar(64)  not null,
    language           char(2)      not null,
    channel            varchar(8)   not null,
    subject            text         not null,
    body               text         not null,
    created_at         timestamptz  not null,
    delivered_at       timestamptz
);
create index case_notification_outbox_case on case_notification_outbox (case_id, created_at);
create index case_notification_outbox_pending on case_notification_outbox (created_at)
    where delivered_at is null;

-- Read models, maintained by the cases-view tracking processor and rebuilt by a replay.
create table case_view (
    case_id                   uuid         primary key,
    case_number               char(8)      not null,
    billing_account_id        varchar(64)  not null,
    kind                      varchar(32)  not null,
    source                    varchar(32)  not null,
    status                    varchar(32)  not null,
    resolution                varchar(16),
    assignee_user_id          varchar(128),
    opened_at                 timestamptz  not null,
    updated_at                timestamptz  not null,
    escalated                 boolean      not null default false,
    actions_awaiting_approval integer      not null default 0,
    paid_out_cents            bigint       not null default 0,
    payment_count             integer      not null default 0
);
create index case_view_status on case_view (status, opened_at);
create index case_view_billing_account on case_view (billing_account_id);
create index case_view_assignee on case_view (assignee_user_id);

create table case_view_payment (
    case_id         uuid        not null,
    payment_id      uuid        not null,
    rail            varchar(16) not null,
    amount_cents    bigint      not null,
    currency        char(3)     not null,
    received_at     timestamptz not null,
    settlement_date date,
    primary key (case_id, payment_id)
);

create table case_view_deadline (
    case_id      uuid        not null,
    rule         varchar(48) not null,
    due_on       date        not null,
    unit         varchar(16) not null,
    unit_count   integer     not null,
    met_at       timestamptz,
    flagged_near boolean     not null default false,
    flagged_past boolean     not null default false,
    primary key (case_id, rule)
);
create index case_view_deadline_open on case_view_deadline (due_on) where met_at is null;

create table case_view_action (
    action_id          uuid         primary key,
    case_id            uuid         not null,
    action_json        text         not null,
    paid_out_cents     bigint       not null,
    status             varchar(32)  not null,
    approval_required  boolean      not null,
    requested_by       varchar(128) not null,
    requested_at       timestamptz  not null,
    decided_by         varchar(128),
    decision_reason    text,
    approval_reference varchar(80),
    ledger_reference   varchar(80),
    failure            text
);
create index case_view_action_case on case_view_action (case_id, requested_at);

create table case_view_evidence (
    evidence_id  uuid         primary key,
    case_id      uuid         not null,
    file_name    varchar(255) not null,
    content_type varchar(64)  not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    attached_at  timestamptz  not null,
    attached_by  varchar(128) not null
);
create index case_view_evidence_case on case_view_evidence (case_id);

create table case_view_timeline (
    case_id  uuid         not null,
    sequence bigint       not null,
    at       timestamptz  not null,
    user_id  varchar(128) not null,
    role     varchar(16)  not null,
    what     varchar(48)  not null,
    why      text         not null,
    detail   text         not null,
    primary key (case_id, sequence)
);

-- Cases the detector must not link new payments to (resolved or closed), kept by the detector
-- from the case events it sees in order.
create table case_detection_inactive_case (
    case_id uuid primary key
);

-- What the notifier needs to know of each case to word its messages.
create table case_notification_case (
    case_id            uuid        primary key,
    billing_account_id varchar(64) not null,
    kind               varchar(32) not null,
    amount_cents       bigint,
    currency           char(3)
);

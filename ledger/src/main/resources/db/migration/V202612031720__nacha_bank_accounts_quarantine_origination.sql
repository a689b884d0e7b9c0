-- NACHA intake and origination (docs/readme/nacha.md). Bank account numbers and whole bank files
-- are sealed (AES-256-GCM, "v1.<base64>") before they reach any of these tables.

-- The household's bank account on file: the latest of BankAccountRecordedEvent and
-- BankDetailsChangedEvent, written in the command's transaction (processing group ledger-book).
create table nacha_bank_account_on_file (
    billing_account_id varchar(64) primary key,
    sealed_account     text        not null,
    fingerprint        varchar(64) not null,
    account_last4      varchar(4)  not null,
    account_type       varchar(8)  not null check (account_type in ('checking', 'savings')),
    updated_at         timestamptz not null
);

-- ACH refunds issued (RefundIssuedEvent on the ACH rail), waiting to be sent in a NACHA file.
create table nacha_refund_to_originate (
    refund_reference   varchar(128) primary key,
    payment_id         uuid         not null,
    billing_account_id varchar(64),
    amount_cents       bigint       not null check (amount_cents > 0),
    currency           char(3)      not null,
    issued_at          timestamptz  not null
);

-- Every NACHA file the exchange wrote, its content sealed (it holds account numbers).
create table nacha_origination_file (
    file_id        uuid        primary key,
    file_name      text        not null,
    sha256         char(64)    not null unique,
    sealed_content text        not null,
    entry_count    integer     not null check (entry_count > 0),
    credit_cents   bigint      not null check (credit_cents > 0),
    created_by     text        not null,
    created_at     timestamptz not null
);

-- Each refund in exactly one file, ever: the primary key refuses a second file for a refund,
-- written in the same transaction as the file's own row.
create table nacha_originated_refund (
    refund_reference varchar(128) primary key
                     references nacha_refund_to_originate (refund_reference),
    file_id          uuid         not null references nacha_origination_file (file_id),
    trace_number     char(15)     not null unique
);
create index nacha_originated_refund_file on nacha_originated_refund (file_id);

-- The 7-digit sequence of the trace numbers we originate: never reused.
create sequence nacha_trace_sequence as bigint start 1 maxvalue 9999999 no cycle;

-- Rejected return and change files: the bank already acted on them, so staff must see them.
create table nacha_quarantined_file (
    file_id        uuid        primary key,
    file_name      text        not null,
    sha256         char(64)    not null unique,
    size_bytes     integer     not null,
    sealed_content text        not null,
    reason         text        not null,
    quarantined_at timestamptz not null
);

-- Return entries already dealt with outside a payment (unmatched, or refused by name), by the
-- return entry's trace number: a repeated file finds them here and posts nothing new.
create table nacha_return_outcome (
    trace_number varchar(128) primary key,
    outcome      varchar(40)  not null,
    recorded_at  timestamptz  not null
);

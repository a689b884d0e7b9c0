-- Every file the intake imported, by the SHA-256 of its bytes: a file imported again, even
-- renamed, finds its row and posts nothing. The row is written in the same transaction as
-- everything the file posts, so two imports of one file at once wait on this primary key and the
-- second finds the first's row.
create table intake_file (
    sha256             char(64)     primary key,
    file_name          varchar(255) not null,
    format             varchar(32)  not null,
    imported_by        varchar(64)  not null,
    imported_at        timestamptz  not null,
    entries            integer      not null,
    debit_cents        bigint       not null,
    credit_cents       bigint       not null,
    posted             integer      not null,
    already_present    integer      not null,
    sent_to_exceptions integer      not null
);

-- Items of a file that the ledger could not post and staff must look at: a refund or chargeback
-- of a payment we do not know, a processor fee not tied to a payment, an unapplied check.
-- One item is listed once however often its file is imported.
create table intake_exception (
    exception_id bigserial    primary key,
    format       varchar(32)  not null,
    item_key     varchar(200) not null,
    file_name    varchar(255) not null,
    line         integer      not null,
    kind         varchar(48)  not null,
    amount_cents bigint       not null,
    currency     char(3)      not null,
    reason       text         not null,
    recorded_at  timestamptz  not null,
    resolved     boolean      not null default false,
    constraint intake_exception_once unique (format, item_key)
);

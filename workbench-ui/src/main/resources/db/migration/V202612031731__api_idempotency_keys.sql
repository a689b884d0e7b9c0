-- The portal's Idempotency-Key: one stored answer per key, whoever asks again gets it back.
create table api_idempotency_key (
    idempotency_key varchar(255) primary key,
    request_sha256  char(64)     not null,
    response_status integer      not null,
    response_body   text         not null,
    created_at      timestamptz  not null
);

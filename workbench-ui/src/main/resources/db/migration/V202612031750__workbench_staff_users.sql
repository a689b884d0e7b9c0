-- Staff who sign in to the workbench, their roles, second factor and the audit of signing in.
-- Passwords are hashed ({argon2}... through Spring Security's DelegatingPasswordEncoder); TOTP
-- secrets are encrypted with AES-GCM (iv || ciphertext, bound to the user id); recovery codes are
-- kept as SHA-256 digests only, since each is 80 random bits and used once.
create table staff_user (
    user_id               uuid         primary key,
    username              varchar(64)  not null unique,
    display_name          varchar(200) not null,
    password_hash         varchar(255) not null,
    enabled               boolean      not null default true,
    preferred_language    varchar(8)   not null default 'en',
    totp_secret_encrypted bytea,
    totp_enrolled_at      timestamptz,
    -- the last 30-second step whose code was accepted: a code is never accepted twice
    totp_last_used_step   bigint,
    failed_sign_ins       integer      not null default 0 check (failed_sign_ins >= 0),
    last_failed_sign_in_at timestamptz,
    locked_until          timestamptz,
    created_at            timestamptz  not null,
    created_by            varchar(64)  not null,
    constraint staff_user_username_is_lower_case check (username = lower(username)),
    constraint staff_user_enrolment_is_whole
        check ((totp_secret_encrypted is null) = (totp_enrolled_at is null))
);

create table staff_user_role (
    user_id uuid        not null references staff_user (user_id) on delete cascade,
    role    varchar(32) not null
            check (role in ('AGENT', 'SUPERVISOR', 'AUDITOR', 'ADMINISTRATOR')),
    primary key (user_id, role)
);

create table staff_recovery_code (
    user_id     uuid        not null references staff_user (user_id) on delete cascade,
    code_sha256 char(64)    not null,
    used_at     timestamptz,
    primary key (user_id, code_sha256)
);

-- Who did what to whom, when and from where: sign-ins, failures, lockouts, sign-outs and every
-- change an administrator makes to a staff user. Rows are only ever inserted.
create table security_audit_event (
    event_id       bigserial    primary key,
    occurred_at    timestamptz  not null,
    event_type     varchar(40)  not null,
    actor          varchar(64),
    subject        varchar(64),
    remote_address varchar(64),
    detail         varchar(500)
);
create index security_audit_event_occurred_at on security_audit_event (occurred_at);
create index security_audit_event_subject on security_audit_event (subject, occurred_at);

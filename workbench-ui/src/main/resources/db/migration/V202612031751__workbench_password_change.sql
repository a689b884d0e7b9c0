-- A password an administrator set (a new user's first, or a reset) is used once: the user chooses
-- their own right after the second factor, before the workbench opens.
alter table staff_user add column password_must_change boolean not null default false;

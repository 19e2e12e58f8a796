-- Feedback Loop routing, V1: the outbox.
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.
--
-- One row per message, identified by tenant and idempotency key (enqueueing a key twice is a
-- no-op). state: PENDING, CLAIMED, DELIVERED, DEAD or CANCELLED. next_attempt_at (epoch
-- milliseconds) is when the row is due: the next attempt while PENDING, the lease expiry while
-- CLAIMED, so that one index serves both "due" and "lease expired"; for the other states it is the
-- time of the last change. claim_token: the current claim; every change a worker records is
-- conditional on it. payload: the message in full, as JSON.

create table ${prefix}outbox (
  tenant_id       varchar(64)   not null,
  idempotency_key varchar(200)  not null,
  channel         varchar(64)   not null,
  state           varchar(16)   not null,
  attempts        integer       not null,
  next_attempt_at bigint        not null,
  claim_token     varchar(64),
  claimed_by      varchar(128),
  last_error      varchar(1000),
  payload         text          not null,
  constraint ${prefix}outbox_pk primary key (tenant_id, idempotency_key),
  constraint ${prefix}outbox_state_ck
    check (state in ('PENDING', 'CLAIMED', 'DELIVERED', 'DEAD', 'CANCELLED'))
);

create index ${prefix}outbox_due_ix on ${prefix}outbox (state, next_attempt_at);

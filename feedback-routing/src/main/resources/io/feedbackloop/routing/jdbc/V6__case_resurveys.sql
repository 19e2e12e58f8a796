-- Feedback Loop routing, V6: re-surveys of closed follow-up cases (RecoveryTracker).
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.
-- Instants are epoch microseconds (bigint), as in the case tables.
--
-- At most one re-survey per case: the primary key (tenant, case) lets the store insert with
-- ON CONFLICT DO NOTHING, so two nodes scheduling the same case keep one row. No foreign key to
-- the cases table: the store does not require the case row (as its in-memory twin does not).
-- Exactly one of invitation_id and suppressed_because is set; send_us is set with invitation_id.
-- The answer columns are null until the answer is recorded; answer_us is the compare-and-set
-- guard (update ... where answer_us is null).
create table ${prefix}case_resurveys (
  tenant_id          varchar(64)  not null,
  case_id            varchar(64)  not null,
  respondent_id      varchar(128) not null,
  source_score       integer      not null,
  scheduled_us       bigint       not null,
  send_us            bigint,
  invitation_id      varchar,
  suppressed_because varchar,
  answer_score       integer,
  answer_category    varchar(16),
  answer_us          bigint,
  answer_reopened    boolean,
  constraint ${prefix}case_resurveys_pk primary key (tenant_id, case_id)
);

-- The re-survey an answered invitation carries.
create index ${prefix}case_resurveys_invitation_ix on ${prefix}case_resurveys (tenant_id, invitation_id);

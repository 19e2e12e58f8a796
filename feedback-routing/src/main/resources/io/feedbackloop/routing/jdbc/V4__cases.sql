-- Feedback Loop routing, V4: follow-up cases and their append-only audit trail.
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.
--
-- Instants are microseconds since the epoch (*_us, bigint): exact in both databases and equal to
-- what the in-memory store keeps. sort_key orders cases by opening time then id, compared
-- bytewise so that the order never depends on the database collation; it also serves keyset
-- pagination. version is the optimistic-concurrency counter: updates compare-and-set on it.
-- The unique creation key (tenant, source response, rule) makes opening a case idempotent across
-- nodes. Free text (notes, resolution summary, customer message) lives in text columns only.

create table ${prefix}cases (
  tenant_id           varchar(64) not null,
  id                  varchar(64) not null,
  rule_id             varchar(64) not null,
  source_response_id  varchar(64) not null,
  version             bigint      not null,
  status              varchar(16) not null,
  held_from           varchar(16),
  on_hold_since_us    bigint,
  priority            varchar(16) not null,
  team                varchar(64) not null,
  owner_id            varchar(64),
  first_contact_due_us bigint,
  resolution_due_us   bigint,
  first_contact_at_us bigint,
  resolved_at_us      bigint,
  closed_at_us        bigint,
  created_us          bigint      not null,
  updated_us          bigint      not null,
  sort_key            bytea       not null,
  resolution_summary  text,
  customer_message    text,
  constraint ${prefix}cases_pk primary key (tenant_id, id),
  constraint ${prefix}cases_creation_uq unique (tenant_id, source_response_id, rule_id)
);

create index ${prefix}cases_order_ix on ${prefix}cases (tenant_id, sort_key);
create index ${prefix}cases_status_ix on ${prefix}cases (tenant_id, status, sort_key);
create index ${prefix}cases_owner_ix on ${prefix}cases (tenant_id, owner_id);

-- The sets of a case, one row per member: linked responses ('response'), respondents
-- ('respondent'), tags ('tag') and root-cause codes ('root_cause'). Rewritten on every update;
-- the lookup index serves "cases of this response / respondent".
create table ${prefix}case_refs (
  tenant_id varchar(64)  not null,
  case_id   varchar(64)  not null,
  kind      varchar(16)  not null,
  pos       integer      not null,
  ref       varchar(128) not null,
  constraint ${prefix}case_refs_pk primary key (tenant_id, case_id, kind, ref),
  constraint ${prefix}case_refs_fk foreign key (tenant_id, case_id)
    references ${prefix}cases (tenant_id, id) on delete cascade
);

create index ${prefix}case_refs_lookup_ix on ${prefix}case_refs (tenant_id, kind, ref);

-- Finished pauses (ON_HOLD intervals) for SLA math. Rewritten on every update.
create table ${prefix}case_holds (
  tenant_id  varchar(64) not null,
  case_id    varchar(64) not null,
  pos        integer     not null,
  started_us bigint      not null,
  ended_us   bigint      not null,
  constraint ${prefix}case_holds_pk primary key (tenant_id, case_id, pos),
  constraint ${prefix}case_holds_fk foreign key (tenant_id, case_id)
    references ${prefix}cases (tenant_id, id) on delete cascade
);

-- Notes: append-only, numbered per case from 0.
create table ${prefix}case_notes (
  tenant_id varchar(64) not null,
  case_id   varchar(64) not null,
  pos       integer     not null,
  version   bigint      not null,
  at_us     bigint      not null,
  author    varchar(64) not null,
  body      text        not null,
  constraint ${prefix}case_notes_pk primary key (tenant_id, case_id, pos),
  constraint ${prefix}case_notes_fk foreign key (tenant_id, case_id)
    references ${prefix}cases (tenant_id, id) on delete cascade
);

-- The audit trail: append-only, never updated; entries of one version numbered from 0.
create table ${prefix}case_audit (
  tenant_id  varchar(64) not null,
  case_id    varchar(64) not null,
  version    bigint      not null,
  pos        integer     not null,
  at_us      bigint      not null,
  actor      varchar(64) not null,
  field      varchar(64) not null,
  from_value text,
  to_value   text,
  constraint ${prefix}case_audit_pk primary key (tenant_id, case_id, version, pos),
  constraint ${prefix}case_audit_fk foreign key (tenant_id, case_id)
    references ${prefix}cases (tenant_id, id) on delete cascade
);

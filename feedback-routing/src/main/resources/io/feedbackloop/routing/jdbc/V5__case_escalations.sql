-- Feedback Loop routing, V5: SLA schedules and fired escalation steps of follow-up cases.
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.
--
-- case_schedules: one row per case with an SLA. policy names the SLA policy chosen at opening;
-- next_check_us is when the escalation worker must look at the case next (null: nothing can come
-- due, e.g. resolved or on hold). schedule_version rises with every change the case service makes,
-- so that a worker never overwrites a newer schedule with one computed from an older case. A
-- worker claims due rows with FOR UPDATE SKIP LOCKED and leases them (lease_token,
-- lease_until_us); a node that dies keeps its lease only until lease_until_us.
create table ${prefix}case_schedules (
  tenant_id        varchar(64) not null,
  case_id          varchar(64) not null,
  policy           varchar(64) not null,
  schedule_version bigint      not null,
  next_check_us    bigint,
  lease_owner      varchar(128),
  lease_token      varchar(64),
  lease_until_us   bigint,
  constraint ${prefix}case_schedules_pk primary key (tenant_id, case_id),
  constraint ${prefix}case_schedules_fk foreign key (tenant_id, case_id)
    references ${prefix}cases (tenant_id, id) on delete cascade
);

create index ${prefix}case_schedules_due_ix on ${prefix}case_schedules (next_check_us);

-- case_escalations: a step has fired when its row is committed. The primary key (tenant, case,
-- step) makes that happen at most once, whichever node tries; the worker inserts with
-- ON CONFLICT DO NOTHING and queues the step's notifications only if its insert took effect.
create table ${prefix}case_escalations (
  tenant_id varchar(64) not null,
  case_id   varchar(64) not null,
  step_id   varchar(64) not null,
  fired_us  bigint      not null,
  fired_by  varchar(128) not null,
  constraint ${prefix}case_escalations_pk primary key (tenant_id, case_id, step_id),
  constraint ${prefix}case_escalations_fk foreign key (tenant_id, case_id)
    references ${prefix}cases (tenant_id, id) on delete cascade
);

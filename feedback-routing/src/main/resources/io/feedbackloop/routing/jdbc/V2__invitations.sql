-- Feedback Loop routing, V2: invitations and contact history.
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.
-- Instants are epoch milliseconds (bigint). No addresses: respondents are the host's opaque ids.

-- One row per respondent that was ever invited or answered: the row every invitation of the
-- respondent locks first (select ... for update), so two nodes cannot both see room under a
-- frequency cap; it also holds the last answer time for the cooldown.
create table ${prefix}invitation_contacts (
  tenant_id      varchar(64)  not null,
  respondent_id  varchar(128) not null,
  last_answer_ms bigint,
  constraint ${prefix}invitation_contacts_pk primary key (tenant_id, respondent_id)
);

-- The id is derived from tenant, respondent, survey and event id; the unique key makes a replayed
-- event a no-op even if two nodes race on it.
create table ${prefix}invitations (
  tenant_id     varchar(64)  not null,
  id            varchar(64)  not null,
  respondent_id varchar(128) not null,
  survey_id     varchar(64)  not null,
  event_id      varchar(128) not null,
  channel       varchar(64)  not null,
  created_ms    bigint       not null,
  send_ms       bigint       not null,
  reminder_ms   bigint,
  answered_ms   bigint,
  constraint ${prefix}invitations_pk primary key (tenant_id, id),
  constraint ${prefix}invitations_event_uq unique (tenant_id, respondent_id, survey_id, event_id)
);

-- The contact history of a respondent by send time (frequency caps).
create index ${prefix}invitations_history_ix on ${prefix}invitations (tenant_id, respondent_id, send_ms);

-- Quota counters: invitations per survey per period (bucket start, epoch-aligned).
create table ${prefix}invitation_quotas (
  tenant_id varchar(64) not null,
  survey_id varchar(64) not null,
  period_ms bigint      not null,
  used      integer     not null,
  constraint ${prefix}invitation_quotas_pk primary key (tenant_id, survey_id, period_ms)
);

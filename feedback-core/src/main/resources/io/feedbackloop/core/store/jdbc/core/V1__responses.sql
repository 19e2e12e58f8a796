-- Feedback Loop core, V1: responses and their attributes.
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.
--
-- submitted_s / submitted_ns: the submission instant exactly (epoch seconds, nano adjustment),
-- readable with to_timestamp(submitted_s). sort_key: the store order as bytes (time, then id),
-- compared bytewise so that the order never depends on the database's collation; it also serves
-- the half-open time ranges and keyset pagination. payload: the response as the SDK's JSON.

create table ${prefix}responses (
  tenant_id       varchar(64)  not null,
  id              varchar(64)  not null,
  survey_id       varchar(64)  not null,
  survey_version  integer      not null,
  respondent_id   varchar(128),
  submitted_s     bigint       not null,
  submitted_ns    integer      not null,
  sort_key        bytea        not null,
  idempotency_key varchar(128) not null,
  payload         text         not null,
  constraint ${prefix}responses_pk primary key (tenant_id, id),
  constraint ${prefix}responses_key_uq unique (tenant_id, survey_id, idempotency_key)
);

create index ${prefix}responses_order_ix on ${prefix}responses (tenant_id, sort_key);
create index ${prefix}responses_survey_ix on ${prefix}responses (tenant_id, survey_id, sort_key);
create index ${prefix}responses_respondent_ix on ${prefix}responses (tenant_id, respondent_id);

-- One row per attribute, for equality filters. Looked up per candidate response through the
-- primary key (values may be up to 1000 characters, too long for a portable value index).
create table ${prefix}response_attributes (
  tenant_id   varchar(64)   not null,
  response_id varchar(64)   not null,
  attr_name   varchar(64)   not null,
  attr_value  varchar(1000) not null,
  constraint ${prefix}response_attributes_pk primary key (tenant_id, response_id, attr_name),
  constraint ${prefix}response_attributes_fk foreign key (tenant_id, response_id)
    references ${prefix}responses (tenant_id, id) on delete cascade
);

-- Feedback Loop routing, V7: erasure, export, retention and health across tenants.
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.
--
-- outbox.respondent_id: the respondent a message is addressed to (Recipient.Respondent), null for
-- any other recipient; written on enqueue so that erasure and export find a respondent's messages
-- without reading every payload. Rows queued before V7 have none.
alter table ${prefix}outbox add column respondent_id varchar(128);
create index ${prefix}outbox_respondent_ix on ${prefix}outbox (tenant_id, respondent_id);

-- Retention and health read across tenants: closed cases by close time, open cases by age, and
-- invitations by send time.
create index ${prefix}cases_closed_ix on ${prefix}cases (closed_at_us);
create index ${prefix}cases_age_ix on ${prefix}cases (status, created_us);
create index ${prefix}invitations_sent_ix on ${prefix}invitations (send_ms);

-- Erasure of a respondent's re-surveys.
create index ${prefix}case_resurveys_respondent_ix on ${prefix}case_resurveys (tenant_id, respondent_id);

-- Feedback Loop core, V2: the submission time across tenants, for retention
-- (ResponseStore.deleteSubmittedBefore picks its batch of expired rows through this index).
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.

create index ${prefix}responses_submitted_ix on ${prefix}responses (submitted_s, submitted_ns);

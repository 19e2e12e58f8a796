-- Feedback Loop routing, V3: survey links, public links and their visits, the suppression list.
-- One dialect for PostgreSQL and H2 (MODE=PostgreSQL). ${prefix} is the table-name prefix.
--
-- Tokens are never stored: token_hash is the SHA-256 of the token in lower-case hex. A visitor
-- brings only the token, so lookups go by hash; 256 random bits make it unique across tenants
-- (the unique constraint states it), and the tenant is part of every primary key.

-- Personal links. An opaque token's row is written when the link is issued (used_at null until
-- it is redeemed); a signed token's row is written when it is redeemed (the one-time record).
create table ${prefix}links (
  tenant_id     varchar(64)              not null,
  token_hash    char(64)                 not null,
  survey_id     varchar(64)              not null,
  respondent_id varchar(128)             not null,
  invitation_id varchar(128)             not null,
  expires_at    timestamp with time zone not null,
  used_at       timestamp with time zone,
  constraint ${prefix}links_pk primary key (tenant_id, token_hash),
  constraint ${prefix}links_hash_uq unique (token_hash)
);

create index ${prefix}links_expiry_ix on ${prefix}links (expires_at);

-- Public multi-use links (QR codes).
create table ${prefix}public_links (
  tenant_id  varchar(64)              not null,
  token_hash char(64)                 not null,
  survey_id  varchar(64)              not null,
  created_at timestamp with time zone not null,
  constraint ${prefix}public_links_pk primary key (tenant_id, token_hash),
  constraint ${prefix}public_links_hash_uq unique (token_hash)
);

-- The last answer of each visitor (a hashed respondent id) through a public link, for duplicate
-- detection across nodes.
create table ${prefix}public_link_visits (
  tenant_id    varchar(64)              not null,
  link_hash    char(64)                 not null,
  visitor_hash char(64)                 not null,
  last_at      timestamp with time zone not null,
  constraint ${prefix}public_link_visits_pk primary key (tenant_id, link_hash, visitor_hash)
);

create index ${prefix}public_link_visits_last_ix on ${prefix}public_link_visits (last_at);

-- The suppression list: channel is a channel name or '*' for all channels.
create table ${prefix}suppressions (
  tenant_id     varchar(64)              not null,
  respondent_id varchar(128)             not null,
  channel       varchar(64)              not null,
  reason        varchar(32)              not null,
  since         timestamp with time zone not null,
  constraint ${prefix}suppressions_pk primary key (tenant_id, respondent_id, channel)
);

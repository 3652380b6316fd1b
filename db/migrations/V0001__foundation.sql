-- Foundation: regions, accounts, sessions and the hash-chained audit trail.
-- Times are UTC milliseconds since the epoch (BIGINT) on both engines: see docs/adr/0002.

CREATE TABLE regions (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
  parent_code TEXT REFERENCES regions (code)
);
CREATE INDEX regions_parent_code ON regions (parent_code);

CREATE TABLE users (
  id ${ID_PK},
  username TEXT NOT NULL,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('none', 'region', 'organisation')),
  scope_code TEXT,
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until BIGINT NOT NULL DEFAULT 0,
  password_changed_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT users_username_key UNIQUE (username)
);

CREATE TABLE sessions (
  id ${ID_PK},
  token_hash TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id),
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  revoked_at BIGINT,
  client_ip TEXT NOT NULL,
  user_agent TEXT NOT NULL,
  CONSTRAINT sessions_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX sessions_user_id ON sessions (user_id);

-- The chain's head: one row, updated in the same transaction as every append, so concurrent
-- writers queue on its row lock and the chain never forks.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- No foreign keys: the trail must outlive the accounts and objects it names.
CREATE TABLE audit_records (
  seq BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  user_id BIGINT,
  username TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  request_id TEXT NOT NULL,
  client_ip TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

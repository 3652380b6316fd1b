-- Check-in terminals (R-W3): devices an institution registers with their Ed25519 public key
-- and the venues they serve. Uploads name the terminal by `key_id` (X-Key-Id) and are signed
-- with its key (docs/device-signatures.md). Officers may revoke a terminal; a revoked one
-- stays listed with who revoked it, when and why, and can never upload again.
CREATE TABLE terminals (
  id ${ID_PK},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  key_id TEXT NOT NULL,
  name TEXT NOT NULL,
  public_key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at BIGINT,
  revoked_by TEXT,
  revoked_reason TEXT,
  CONSTRAINT terminals_key_id_key UNIQUE (key_id),
  CONSTRAINT terminals_public_key_key UNIQUE (public_key)
);
CREATE INDEX terminals_institution ON terminals (institution_id, id);

CREATE TABLE terminal_venues (
  terminal_id BIGINT NOT NULL REFERENCES terminals (id),
  venue_id BIGINT NOT NULL REFERENCES venues (id),
  CONSTRAINT terminal_venues_key PRIMARY KEY (terminal_id, venue_id)
);

-- Training institutions (R-C3): the catalogue of each locality, with a lifecycle
-- applied -> under_review -> active <-> suspended -> exited, every step kept in
-- institution_events with reason, actor and date. An exited institution stays listed; one
-- exited for cheating is exposed publicly with the published reason.

CREATE TABLE institutions (
  id ${ID_PK},
  name TEXT NOT NULL,
  credit_code TEXT NOT NULL,
  type TEXT NOT NULL,
  region_code TEXT NOT NULL REFERENCES regions (code),
  status TEXT NOT NULL CHECK (status IN ('applied', 'under_review', 'active', 'suspended', 'exited')),
  assigned_auditor TEXT,
  exposed INTEGER NOT NULL DEFAULT 0 CHECK (exposed IN (0, 1)),
  exposure_reason TEXT,
  integrity_model INTEGER NOT NULL DEFAULT 0 CHECK (integrity_model IN (0, 1)),
  credit_check_overridden INTEGER NOT NULL DEFAULT 0 CHECK (credit_check_overridden IN (0, 1)),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT institutions_credit_code_key UNIQUE (credit_code)
);
CREATE INDEX institutions_region ON institutions (region_code);
CREATE INDEX institutions_status ON institutions (status);

CREATE TABLE institution_events (
  id ${ID_PK},
  institution_id BIGINT NOT NULL REFERENCES institutions (id),
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL,
  request_id TEXT NOT NULL
);
CREATE INDEX institution_events_institution ON institution_events (institution_id, id);

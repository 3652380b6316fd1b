-- The auditor's queue and cases (issue 15 item 4; R-F3, R-S1). An alert is assigned to an officer
-- or a third-party auditor ("user:<username>" or "auditor:<id>", as claim audits are; an auditor
-- sees only what is assigned to it), then dismissed with a reason or confirmed into a case.
ALTER TABLE risk_alerts ADD COLUMN assignee TEXT;
ALTER TABLE risk_alerts ADD COLUMN assigned_at BIGINT;
ALTER TABLE risk_alerts ADD COLUMN assigned_by TEXT;
ALTER TABLE risk_alerts ADD COLUMN decided_at BIGINT;
ALTER TABLE risk_alerts ADD COLUMN decided_by TEXT;
ALTER TABLE risk_alerts ADD COLUMN decision_reason TEXT;
ALTER TABLE risk_alerts ADD COLUMN case_id BIGINT;
CREATE INDEX risk_alerts_assignee ON risk_alerts (assignee, status);
CREATE INDEX risk_alerts_case ON risk_alerts (case_id);

-- A case gathers what is known against an institution - confirmed alerts, inspections, claim
-- audits, recoveries, notes - and ends in an outcome: no action, a warning, recovery of paid
-- lines, suspension, or exit (with exposure). It takes over the cases inspections opened
-- (institution_cases, V0023): those move here with their inspection as the first item, and keep
-- their old number as legacy_case_id for the audit records that named it.
CREATE TABLE risk_cases (
  id ${ID_PK},
  title TEXT NOT NULL,
  institution_id BIGINT REFERENCES institutions (id),
  region_code TEXT NOT NULL REFERENCES regions (code),
  origin TEXT NOT NULL CHECK (origin IN ('risk_alert', 'inspection')),
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  outcome TEXT CHECK (outcome IN ('no_action', 'warning', 'recovery', 'suspension', 'exit')),
  outcome_note TEXT,
  legacy_case_id BIGINT,
  opened_at BIGINT NOT NULL,
  opened_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  closed_at BIGINT,
  closed_by TEXT
);
CREATE INDEX risk_cases_region ON risk_cases (region_code, status, id);
CREATE INDEX risk_cases_institution ON risk_cases (institution_id, status);

-- What a case gathers; each object once per case (notes have none and may repeat).
CREATE TABLE risk_case_items (
  id ${ID_PK},
  case_id BIGINT NOT NULL REFERENCES risk_cases (id),
  kind TEXT NOT NULL CHECK (kind IN ('alert', 'inspection', 'claim_audit', 'recovery', 'note')),
  object_id BIGINT,
  note TEXT NOT NULL,
  added_at BIGINT NOT NULL,
  added_by TEXT NOT NULL,
  CONSTRAINT risk_case_items_once UNIQUE (case_id, kind, object_id)
);

INSERT INTO risk_cases (title, institution_id, region_code, origin, status, legacy_case_id, opened_at, opened_by,
                        updated_at)
SELECT c.reason, c.institution_id, i.region_code, 'inspection', c.status, c.id, c.opened_at, c.opened_by, c.opened_at
FROM institution_cases c
JOIN institutions i ON i.id = c.institution_id
ORDER BY c.id;
INSERT INTO risk_case_items (case_id, kind, object_id, note, added_at, added_by)
SELECT r.id, 'inspection', c.source_id, c.reason, c.opened_at, c.opened_by
FROM institution_cases c
JOIN risk_cases r ON r.legacy_case_id = c.id;
DROP TABLE institution_cases;

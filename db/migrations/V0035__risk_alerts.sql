-- Risk screening (issue 15; R-S1, R-F3): named, versioned rules look across the events and raise
-- alerts - leads, not verdicts - each with its evidence. The same situation is one alert, found
-- again and updated (its fingerprint: the rule and the situation's key), never a flood.
CREATE TABLE risk_alerts (
  id ${ID_PK},
  rule_id TEXT NOT NULL,
  rule_version INTEGER NOT NULL,
  -- What the alert is about (class, terminal, trainee, institution, teacher, claim) and where.
  subject_kind TEXT NOT NULL,
  subject_id BIGINT NOT NULL,
  institution_id BIGINT REFERENCES institutions (id),
  region_code TEXT NOT NULL REFERENCES regions (code),
  severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
  -- The statistic that fired and the threshold it passed, as people read them.
  statistic TEXT NOT NULL,
  threshold TEXT NOT NULL,
  -- JSON object of the ids involved: {"checkin_ids": [...], "trainee_ids": [...], ...}.
  evidence TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'dismissed', 'confirmed')),
  first_seen_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  CONSTRAINT risk_alerts_fingerprint_key UNIQUE (fingerprint)
);
CREATE INDEX risk_alerts_region ON risk_alerts (region_code, status, score);
CREATE INDEX risk_alerts_institution ON risk_alerts (institution_id, status);

-- Each scan: who ran it, over which span and rules, and what it found.
CREATE TABLE risk_scans (
  id ${ID_PK},
  rules TEXT NOT NULL,
  span_from TEXT NOT NULL,
  span_to TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT NOT NULL,
  found INTEGER NOT NULL,
  raised INTEGER NOT NULL,
  run_by TEXT NOT NULL
);

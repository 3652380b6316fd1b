-- Random audits of claims (抽查核查, issue 14 item 7; R-F3, R-F4). A city officer draws, for a
-- span of claim dates, a seeded sample of the city's approved claims at the rate the settings
-- give (claim_audit_rate); the draw keeps its seed and its population, so anyone can draw the
-- same sample again (inspection::StratifiedSample, claims ranked by a hash of the seed, spread
-- over institutions). Each drawn claim is an audit, assigned to an officer or to a third-party
-- auditor (who sees only what is assigned to it), worked through a checklist and concluded with
-- an outcome; an audit with issues is the finding a recovery order cites (source claim_audit).
CREATE TABLE claim_audit_draws (
  id ${ID_PK},
  city_code TEXT NOT NULL REFERENCES regions (code),
  claimed_from TEXT NOT NULL,
  claimed_to TEXT NOT NULL,
  rate_1e4 INTEGER NOT NULL,
  seed TEXT NOT NULL,
  -- JSON array of [claim id, institution id]: what was drawn from.
  population TEXT NOT NULL,
  population_size INTEGER NOT NULL,
  drawn INTEGER NOT NULL,
  drawn_by TEXT NOT NULL,
  drawn_at BIGINT NOT NULL
);
CREATE INDEX claim_audit_draws_city ON claim_audit_draws (city_code, id);

CREATE TABLE claim_audits (
  id ${ID_PK},
  draw_id BIGINT NOT NULL REFERENCES claim_audit_draws (id),
  claim_id BIGINT NOT NULL REFERENCES claims (id),
  city_code TEXT NOT NULL REFERENCES regions (code),
  status TEXT NOT NULL CHECK (status IN ('unassigned', 'assigned', 'concluded')),
  -- "user:<username>" or "auditor:<organisation id>".
  assignee TEXT,
  assigned_by TEXT,
  assigned_at BIGINT,
  -- JSON array of {"item","result","note"} (subsidy/claim_audit_rules.hpp).
  checklist TEXT NOT NULL,
  outcome TEXT CHECK (outcome IN ('no_issue', 'issues_found')),
  finding TEXT,
  concluded_by TEXT,
  concluded_at BIGINT,
  updated_at BIGINT NOT NULL,
  CONSTRAINT claim_audits_once_key UNIQUE (draw_id, claim_id)
);
CREATE INDEX claim_audits_city ON claim_audits (city_code, id);
CREATE INDEX claim_audits_assignee ON claim_audits (assignee, id);

-- Third-party auditors (第三方机构) engaged to spot-check training (R-W4, "assigned third-party
-- auditors"; ADR 0013): an officer engages an auditor for a region within their own and a
-- period; while engaged, the auditor draws samples of the classes running in that region and
-- inspects them, and sees only its own draws. The officers of the region see those draws too.
CREATE TABLE auditor_engagements (
  id ${ID_PK},
  auditor_id BIGINT NOT NULL REFERENCES organisations (id),
  region_code TEXT NOT NULL REFERENCES regions (code),
  valid_from TEXT NOT NULL,
  valid_to TEXT NOT NULL,
  note TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  CONSTRAINT auditor_engagements_period_check CHECK (valid_to >= valid_from)
);
CREATE INDEX auditor_engagements_auditor ON auditor_engagements (auditor_id, valid_to);
CREATE INDEX auditor_engagements_region ON auditor_engagements (region_code, id);

-- A draw made by an engaged auditor names it and the engagement it was made under.
ALTER TABLE spot_check_draws ADD COLUMN auditor_id BIGINT REFERENCES organisations (id);
ALTER TABLE spot_check_draws ADD COLUMN engagement_id BIGINT REFERENCES auditor_engagements (id);
CREATE INDEX spot_check_draws_auditor ON spot_check_draws (auditor_id, id);

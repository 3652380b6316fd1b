-- Subsidy claims (申领, issue 14 items 1-2; R-F1). A claim is for one finished class and one
-- subsidy kind, made by the institution on behalf of the trainees who authorised it. The
-- platform computes every line (subsidy/claim_rules.hpp): the amount, or the reasons it is not
-- paid; the claimant never types an amount. The proof is a sealed snapshot of what justified
-- each line at submission (the roster as locked, the counted check-ins, the minutes, the
-- standard, the certificate), with its SM3 digest, so that `sunshine claims verify` can name
-- any line whose justification changed afterwards.
CREATE TABLE claims (
  id ${ID_PK},
  class_id BIGINT NOT NULL REFERENCES classes (id),
  claimant TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('training', 'assessment')),
  -- The class's county: its officers review first.
  region_code TEXT NOT NULL REFERENCES regions (code),
  status TEXT NOT NULL CHECK (status IN ('submitted', 'returned', 'rejected', 'county_approved', 'approved')),
  claimed_on TEXT NOT NULL,
  lines INTEGER NOT NULL,
  paid_lines INTEGER NOT NULL,
  amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
  proof TEXT NOT NULL,
  proof_sm3 TEXT NOT NULL,
  submitted_at BIGINT NOT NULL,
  submitted_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
-- One live claim per class and kind: a rejected one may be made again.
CREATE UNIQUE INDEX claims_class_kind_live ON claims (class_id, kind) WHERE status <> 'rejected';
CREATE INDEX claims_region ON claims (region_code, id);
CREATE INDEX claims_claimant ON claims (claimant, id);

CREATE TABLE claim_lines (
  id ${ID_PK},
  claim_id BIGINT NOT NULL REFERENCES claims (id),
  trainee_id BIGINT NOT NULL REFERENCES trainees (id),
  position INTEGER NOT NULL,
  paid INTEGER NOT NULL CHECK (paid IN (0, 1)),
  amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
  -- JSON array of {"code", "detail"}: why the line is not paid (empty when it is).
  reasons TEXT NOT NULL,
  counted_minutes INTEGER NOT NULL,
  certificate_number TEXT,
  CONSTRAINT claim_lines_once_key UNIQUE (claim_id, trainee_id)
);
CREATE INDEX claim_lines_trainee ON claim_lines (trainee_id, paid);

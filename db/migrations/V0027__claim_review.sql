-- Claim review (审核, issue 14 item 3; R-F1). The county reviews first and the city second, or
-- whichever levels the setting claim_review_levels names; the levels are kept with the claim
-- when it is submitted, so a later change of the setting does not strand a claim half way.
-- Each stage has a date by which its reviewer must act (claim_review_working_days); a claim past
-- it is shown to the reviewer's superior. A reviewer may refuse payable lines, each with a
-- reason, but never raise one: a refused or (later) objected line is withheld, not rewritten,
-- so the computed line and its proof stay as they were.
ALTER TABLE claims ADD COLUMN review_levels TEXT NOT NULL DEFAULT 'county,city';
-- The level whose officers review the claim now (county, city); NULL once no review is due.
ALTER TABLE claims ADD COLUMN stage TEXT CHECK (stage IN ('county', 'city'));
-- The last day the current stage's reviewer has (YYYY-MM-DD); NULL with the stage.
ALTER TABLE claims ADD COLUMN due_on TEXT;
-- What remains payable: the paid lines no reviewer refused and no objection removed.
ALTER TABLE claims ADD COLUMN approved_fen BIGINT NOT NULL DEFAULT 0;
UPDATE claims SET stage = 'county', approved_fen = amount_fen WHERE status = 'submitted';
UPDATE claims SET approved_fen = amount_fen WHERE status <> 'submitted';
CREATE INDEX claims_stage_due ON claims (stage, due_on);

-- Why a paid line is withheld: refused by a reviewer (refused_county, refused_city) or removed by
-- an upheld objection (objection_upheld), with the reviewer's or the officer's words.
ALTER TABLE claim_lines ADD COLUMN withheld TEXT CHECK (withheld IN ('refused_county', 'refused_city', 'objection_upheld'));
ALTER TABLE claim_lines ADD COLUMN withheld_detail TEXT;

-- The claim's history, in order: each submission (with the proof digest it sealed), approval
-- (with the lines it refused), return and rejection, by whom, when and why.
CREATE TABLE claim_reviews (
  id ${ID_PK},
  claim_id BIGINT NOT NULL REFERENCES claims (id),
  action TEXT NOT NULL CHECK (action IN ('submit', 'resubmit', 'approve', 'return', 'reject')),
  -- The reviewing level (county, city), or claimant for a submission.
  level TEXT NOT NULL CHECK (level IN ('claimant', 'county', 'city')),
  reason TEXT NOT NULL,
  -- JSON: the refused lines [{"trainee_id","reason"}], or the replaced proof's digest.
  detail TEXT NOT NULL,
  approved_fen BIGINT NOT NULL,
  actor TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX claim_reviews_claim ON claim_reviews (claim_id, id);

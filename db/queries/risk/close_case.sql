-- A case closed with its outcome.
UPDATE risk_cases
SET status = 'closed', outcome = :outcome, outcome_note = :outcome_note, updated_at = :updated_at,
    closed_at = :closed_at, closed_by = :closed_by
WHERE id = :id AND status = 'open'

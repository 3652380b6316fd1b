-- A returned claim submitted again - judged anew, with its new proof, back to the first stage.
-- Only from returned (the caller checks the row count).
UPDATE claims
SET status = 'submitted', claimed_on = :claimed_on, lines = :lines, paid_lines = :paid_lines,
    amount_fen = :amount_fen, proof = :proof, proof_sm3 = :proof_sm3, submitted_at = :submitted_at,
    submitted_by = :submitted_by, updated_at = :updated_at, review_levels = :review_levels, stage = :stage,
    due_on = :due_on, approved_fen = :approved_fen
WHERE id = :id AND status = 'returned'

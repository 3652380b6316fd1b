-- A review step - the claim moves from the status the reviewer saw to the next one (the caller
-- checks the row count, so two reviewers acting at once cannot both succeed).
UPDATE claims
SET status = :status, stage = :stage, due_on = :due_on, approved_fen = :approved_fen, updated_at = :updated_at
WHERE id = :id AND status = :seen_status

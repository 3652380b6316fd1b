-- A repayment recorded against an open order (the caller checks the row count).
UPDATE recoveries SET repaid_fen = :repaid_fen, status = :status, updated_at = :updated_at
WHERE id = :id AND status = 'open'

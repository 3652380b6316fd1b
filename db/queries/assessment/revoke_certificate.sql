-- Revokes a valid certificate; no row changes if it is already revoked.
UPDATE certificates
SET status = 'revoked', revoked_at = :revoked_at, revoked_by = :revoked_by, revoked_reason = :revoked_reason
WHERE number = :number AND status = 'valid'

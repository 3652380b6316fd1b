UPDATE terminals SET status = 'revoked', revoked_at = :revoked_at, revoked_by = :revoked_by, revoked_reason = :revoked_reason
WHERE id = :id AND status = 'active'

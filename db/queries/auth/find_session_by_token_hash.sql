SELECT s.id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at,
       u.id, u.username, u.display_name, u.password_hash, u.role, u.scope_kind, u.scope_code,
       u.failed_attempts, u.locked_until, u.created_at
FROM sessions s
JOIN users u ON u.id = s.user_id
WHERE s.token_hash = :token_hash

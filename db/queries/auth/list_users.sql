SELECT id, username, display_name, password_hash, role, scope_kind, scope_code, failed_attempts, locked_until, created_at
FROM users
WHERE id > :after
ORDER BY id
LIMIT :limit

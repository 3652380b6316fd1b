UPDATE users SET failed_attempts = :failed_attempts, locked_until = :locked_until, updated_at = :now
WHERE id = :id

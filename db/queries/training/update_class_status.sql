UPDATE classes
SET status = :status, warnings = :warnings, roster_locked = :roster_locked, submitted_at = :submitted_at,
    reviewed_at = :reviewed_at, reviewed_by = :reviewed_by, review_reason = :review_reason, updated_at = :updated_at
WHERE id = :id

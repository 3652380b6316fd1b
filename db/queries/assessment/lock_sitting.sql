-- Results locked, no row changes unless the sitting is still planned.
UPDATE assessment_sittings
SET status = 'locked', locked_at = :locked_at, locked_by = :locked_by, updated_at = :updated_at
WHERE id = :id AND status = 'planned'

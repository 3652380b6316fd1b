-- A counting event arrived for a finished class, so its kept attendance is computed again.
UPDATE class_attendance_settled SET stale = stale + 1 WHERE class_id = :class_id

-- Marks a class settled, unless a counting event made it stale again after the stale count
-- the computation started from.
INSERT INTO class_attendance_settled (class_id, stale, settled_at)
VALUES (:class_id, 0, :now)
ON CONFLICT (class_id) DO UPDATE SET stale = 0, settled_at = excluded.settled_at
WHERE class_attendance_settled.stale = :seen

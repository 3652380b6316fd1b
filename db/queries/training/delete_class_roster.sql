-- Only while the plan is a draft or rejected, before any roster lock.
DELETE FROM class_roster WHERE class_id = :class_id

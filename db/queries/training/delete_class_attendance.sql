-- The kept attendance of one class, before it is written again.
DELETE FROM class_attendance WHERE class_id = :class_id

-- Every online segment started within a span of instants (Unix ms), in no order (the reader sorts
-- them by learner and start, since walking the learner index read each row at random).
SELECT o.id, o.trainee_id, o.class_id, k.institution_id, k.region_code, o.started_at, o.ended_at, o.course_item
FROM online_segments o
JOIN classes k ON k.id = o.class_id
WHERE o.started_at >= :from_at AND o.started_at < :to_at

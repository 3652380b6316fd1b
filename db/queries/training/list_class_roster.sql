-- The roster with who each person is (the sealed ID number is masked by the service).
SELECT r.id, r.trainee_id, r.position, t.name, t.id_number_sealed, t.birth_date, r.added_at, r.added_by,
       r.amendment_reason, r.before_start, r.withdrawn_at, r.withdrawn_by, r.withdrawn_reason
FROM class_roster r JOIN trainees t ON t.id = r.trainee_id
WHERE r.class_id = :class_id ORDER BY r.position

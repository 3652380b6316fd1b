-- Examiners of sittings held within a span of dates who are, by the blind index of their ID
-- number, teachers of a class whose trainees sat there, by sitting.
SELECT DISTINCT s.id, t.class_id, k.institution_id, s.region_code, e.id, t.id
FROM assessment_sittings s
JOIN sitting_examiners e ON e.sitting_id = s.id
JOIN sitting_candidates c ON c.sitting_id = s.id
JOIN class_teachers t ON t.class_id = c.class_id AND t.id_number_index = e.id_number_index
JOIN classes k ON k.id = t.class_id
WHERE s.status <> 'cancelled' AND s.sitting_date >= :from_date AND s.sitting_date <= :to_date
ORDER BY s.id, e.id, t.id

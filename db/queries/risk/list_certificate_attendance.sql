-- Valid certificates from sittings held within a span of dates whose holder attended the class
-- they trained in below a rate (ten-thousandths), with that rate, by sitting.
SELECT c.sitting_id, c.class_id, k.institution_id, s.region_code, f.id, f.trainee_id, a.rate_1e4
FROM certificates f
JOIN sitting_candidates c ON c.id = f.candidate_id
JOIN assessment_sittings s ON s.id = c.sitting_id
JOIN classes k ON k.id = c.class_id
JOIN class_attendance a ON a.class_id = c.class_id AND a.trainee_id = f.trainee_id
WHERE f.status = 'valid' AND s.sitting_date >= :from_date AND s.sitting_date <= :to_date
  AND a.rate_1e4 < :below_1e4
ORDER BY c.sitting_id, f.trainee_id

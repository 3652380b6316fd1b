-- The people on the rosters of classes starting within a span of dates, with their birth date and
-- the first day of the class, for the age rule.
SELECT r.trainee_id, t.birth_date, k.id, k.institution_id, k.region_code, k.start_date
FROM class_roster r
JOIN classes k ON k.id = r.class_id
JOIN trainees t ON t.id = r.trainee_id
WHERE k.start_date >= :from_date AND k.start_date <= :to_date AND r.withdrawn_at IS NULL
  AND k.status NOT IN ('draft', 'rejected', 'cancelled')
ORDER BY k.id, r.trainee_id

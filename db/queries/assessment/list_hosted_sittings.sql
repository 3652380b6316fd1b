-- Planned sittings whose host institution is the terminal owner, between two dates, by date and id.
SELECT s.id, s.sitting_date, s.start_time, s.end_time, s.place, o.name, s.level, s.organiser_name
FROM assessment_sittings s
JOIN occupations o ON o.id = s.occupation_id
WHERE s.host_institution_id = :institution_id
  AND s.status = 'planned'
  AND s.sitting_date BETWEEN :from_date AND :to_date
ORDER BY s.sitting_date, s.id
LIMIT :limit

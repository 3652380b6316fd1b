-- People on the rosters of classes starting within a span of dates who trained in the same
-- occupation and level before - on an earlier class that ran, or in the old system (subsidy
-- history, matched by the blind index of the ID number) - each with that earlier training, by
-- the later class.
SELECT r.trainee_id, k.id, k.institution_id, k.region_code, k.start_date, 'class', k2.id, k2.start_date
FROM class_roster r
JOIN classes k ON k.id = r.class_id
JOIN training_projects p ON p.id = k.project_id
JOIN class_roster r2 ON r2.trainee_id = r.trainee_id AND r2.class_id <> r.class_id AND r2.withdrawn_at IS NULL
JOIN classes k2 ON k2.id = r2.class_id AND k2.start_date < k.start_date
JOIN training_projects p2 ON p2.id = k2.project_id
WHERE k.start_date >= :from_date AND k.start_date <= :to_date AND r.withdrawn_at IS NULL
  AND k.status NOT IN ('draft', 'rejected', 'cancelled') AND k2.status NOT IN ('draft', 'rejected', 'cancelled')
  AND p2.occupation_id = p.occupation_id AND COALESCE(p2.level, 0) = COALESCE(p.level, 0)
UNION ALL
SELECT r.trainee_id, k.id, k.institution_id, k.region_code, k.start_date, 'history', h.id, h.trained_on
FROM class_roster r
JOIN classes k ON k.id = r.class_id
JOIN training_projects p ON p.id = k.project_id
JOIN trainees t ON t.id = r.trainee_id
JOIN subsidy_history h ON h.id_number_index = t.id_number_index AND h.occupation_id = p.occupation_id
  AND COALESCE(h.level, 0) = COALESCE(p.level, 0) AND h.trained_on < k.start_date
WHERE k.start_date >= :from_date_again AND k.start_date <= :to_date_again AND r.withdrawn_at IS NULL
  AND k.status NOT IN ('draft', 'rejected', 'cancelled')
ORDER BY 2, 1, 7

-- Other approved, running or finished classes of the given people (a JSON array of trainee
-- ids) - the subsidised trainings counted against the yearly limit and the occupation level -
-- and their past subsidised trainings imported from the old system (subsidy_history).
-- The unary plus keeps SQLite from walking every class of those states (classes_status_id) and
-- probing the roster for each, which grew with the province, 33 ms a filing at 2,600 classes
-- against 0.1 ms from the people through class_roster_trainee, as the bookings queries do.
SELECT r.trainee_id, c.start_date, p.occupation_id, p.level
FROM class_roster r
JOIN classes c ON c.id = r.class_id
JOIN training_projects p ON p.id = c.project_id
WHERE r.trainee_id IN (SELECT value FROM json_each(:ids))
  AND r.withdrawn_at IS NULL AND r.before_start = 1 AND c.id <> :class_id
  AND +c.status IN ('approved', 'running', 'finished')
UNION ALL
SELECT t.id, h.trained_on, h.occupation_id, h.level
FROM trainees t
JOIN subsidy_history h ON h.id_number_index = t.id_number_index
WHERE t.id IN (SELECT value FROM json_each(:history_ids))

-- The finished classes an enterprise may claim for - those with someone it employed (or
-- apprenticed) on the first day of the class on the roster - newest first, with its live claim
-- of the training kind for each, if any.
SELECT k.id, k.name, k.training_type, k.start_date, k.end_date, i.name,
       (SELECT MIN(c.id) FROM claims c WHERE c.class_id = k.id AND c.claimant = :claimant AND c.kind = 'training'
                                          AND c.status <> 'rejected')
FROM classes k
JOIN institutions i ON i.id = k.institution_id
WHERE k.status = 'finished'
  AND k.id IN (SELECT r.class_id
               FROM employments e
               JOIN class_roster r ON r.trainee_id = e.trainee_id
               JOIN classes kk ON kk.id = r.class_id
               WHERE e.enterprise_id = :enterprise_id AND e.start_date <= kk.start_date
                 AND (e.end_date IS NULL OR e.end_date >= kk.start_date))
ORDER BY k.end_date DESC, k.id DESC
LIMIT :limit

-- The finished classes an institution may claim for - its own - newest first, with the live
-- claim of the training kind it has made for each, if any.
SELECT k.id, k.name, k.training_type, k.start_date, k.end_date, i.name,
       (SELECT MIN(c.id) FROM claims c WHERE c.class_id = k.id AND c.claimant = :claimant AND c.kind = 'training'
                                          AND c.status <> 'rejected')
FROM classes k
JOIN institutions i ON i.id = k.institution_id
WHERE k.institution_id = :institution_id AND k.status = 'finished'
ORDER BY k.end_date DESC, k.id DESC
LIMIT :limit

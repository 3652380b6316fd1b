-- The payable lines of the approved claims in a region not yet published, claim by claim in
-- line order, with what the notice shows of each (the name and sealed ID number are masked by
-- the caller before anything is stored).
SELECT c.id, l.trainee_id, t.name, t.id_number_sealed, i.name, p.name, l.amount_fen
FROM claims c
JOIN claim_lines l ON l.claim_id = c.id AND l.paid = 1 AND l.withheld IS NULL
JOIN trainees t ON t.id = l.trainee_id
JOIN classes k ON k.id = c.class_id
JOIN institutions i ON i.id = k.institution_id
JOIN training_projects p ON p.id = k.project_id
WHERE c.status = 'approved' AND c.notice_id IS NULL AND c.region_code LIKE :region_like
ORDER BY c.id, l.position

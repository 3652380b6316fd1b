-- The lines of a notice in order, with how many objections each drew.
SELECT l.id, l.claim_id, l.trainee_id, l.position, l.name_masked, l.id_number_masked, l.institution_name,
       l.project_name, l.amount_fen, l.removed,
       (SELECT COUNT(*) FROM objections o WHERE o.line_id = l.id)
FROM notice_lines l
WHERE l.notice_id = :notice_id
ORDER BY l.position

-- The lines of a notice still to pay (not removed), with the claim line each stands for.
SELECT n.id, cl.id, n.amount_fen
FROM notice_lines n
JOIN claim_lines cl ON cl.claim_id = n.claim_id AND cl.trainee_id = n.trainee_id
WHERE n.notice_id = :notice_id AND n.removed = 0 AND cl.withheld IS NULL
ORDER BY n.position

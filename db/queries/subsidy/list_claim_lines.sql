-- The lines of a claim in their order, with the person name and sealed ID number.
SELECT l.trainee_id, t.name, t.id_number_sealed, l.position, l.paid, l.amount_fen, l.reasons, l.counted_minutes,
       l.certificate_number, l.withheld, l.withheld_detail, l.units, l.period
FROM claim_lines l
JOIN trainees t ON t.id = l.trainee_id
WHERE l.claim_id = :claim_id
ORDER BY l.position

-- Objections to notice lines of claims for classes within a region prefix, optionally in one status or
-- only those open past their answer day (overdue, shown to the superior), by keyset on id, with the
-- line objected to.
SELECT o.id, o.notice_id, o.line_id, l.claim_id, l.trainee_id, l.name_masked, l.id_number_masked, l.institution_name,
       l.amount_fen, o.reason, o.contact_sealed, o.lodged_at, o.answer_due_on, o.status, o.answer, o.answered_by,
       o.answered_at
FROM objections o
JOIN notice_lines l ON l.id = o.line_id
JOIN claims c ON c.id = l.claim_id
WHERE c.region_code LIKE :region_like
  AND (:status = '' OR o.status = :status_value)
  AND (:overdue = 0 OR (o.status = 'open' AND o.answer_due_on < :today))
  AND (:after = 0 OR o.id > :after_id)
ORDER BY o.id
LIMIT :limit

-- One claim audit within reach (as in list_claim_audits.sql).
SELECT a.id, a.draw_id, a.claim_id, a.city_code, a.status, COALESCE(a.assignee, ''), COALESCE(a.assigned_by, ''),
       COALESCE(a.assigned_at, 0), a.checklist, COALESCE(a.outcome, ''), COALESCE(a.finding, ''),
       COALESCE(a.concluded_by, ''), COALESCE(a.concluded_at, 0), a.updated_at, i.name, k.name, c.approved_fen
FROM claim_audits a
JOIN claims c ON c.id = a.claim_id
JOIN classes k ON k.id = c.class_id
JOIN institutions i ON i.id = k.institution_id
WHERE a.id = :id AND (a.city_code LIKE :city_like OR a.assignee = :assignee)

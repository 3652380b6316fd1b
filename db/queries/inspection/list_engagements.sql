-- Engagements within the reach of the reader, newest first, those whose region is within the
-- region of the officer (a code prefix LIKE), or the auditor own ones. Callers pass values that
-- cannot match for the other condition.
SELECT e.id, e.auditor_id, a.name, e.region_code, r.name, e.valid_from, e.valid_to, e.note, e.created_at, e.created_by
FROM auditor_engagements e
JOIN organisations a ON a.id = e.auditor_id
JOIN regions r ON r.code = e.region_code
WHERE (e.region_code LIKE :region_like OR e.auditor_id = :auditor_id)
  AND (:after = 0 OR e.id < :after_id)
ORDER BY e.id DESC
LIMIT :limit

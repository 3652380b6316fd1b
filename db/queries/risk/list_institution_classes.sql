-- The classes starting within a span of dates, each with its roster size (withdrawn people left
-- out) and the first approval of its institution (Unix ms), for the volume rule.
SELECT k.id, k.institution_id, i.region_code, k.start_date,
  (SELECT COUNT(*) FROM class_roster r WHERE r.class_id = k.id AND r.withdrawn_at IS NULL),
  (SELECT MIN(e.at) FROM institution_events e WHERE e.institution_id = k.institution_id AND e.to_status = 'active')
FROM classes k
JOIN institutions i ON i.id = k.institution_id
WHERE k.start_date >= :from_date AND k.start_date <= :to_date AND k.status NOT IN ('draft', 'rejected', 'cancelled')
ORDER BY k.institution_id, k.start_date, k.id

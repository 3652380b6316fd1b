-- One draw, if its region is within the region of the reader (a code prefix LIKE) or the reader
-- is the auditor that made it. Callers pass values that cannot match for the other condition.
SELECT d.id, d.draw_date, d.region_code, d.rate_1e4, d.sample_count, d.seed, d.population, d.drawn, d.created_at,
       d.created_by, d.auditor_id, a.name
FROM spot_check_draws d
LEFT JOIN organisations a ON a.id = d.auditor_id
WHERE d.id = :id AND (d.region_code LIKE :region_like OR d.auditor_id = :auditor_id)

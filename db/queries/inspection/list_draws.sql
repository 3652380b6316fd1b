-- Draws within the reach of the reader (as in find_draw.sql), newest first, by keyset on id.
SELECT d.id, d.draw_date, d.region_code, d.rate_1e4, d.sample_count, d.seed, d.population, d.drawn, d.created_at,
       d.created_by, d.auditor_id, a.name
FROM spot_check_draws d
LEFT JOIN organisations a ON a.id = d.auditor_id
WHERE (d.region_code LIKE :region_like OR d.auditor_id = :auditor_id)
  AND (:after = 0 OR d.id < :after_id)
ORDER BY d.id DESC
LIMIT :limit

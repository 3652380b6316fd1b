-- Draws within the region of the reader, newest first, by keyset on id.
SELECT id, draw_date, region_code, rate_1e4, sample_count, seed, population, drawn, created_at, created_by
FROM spot_check_draws
WHERE region_code LIKE :region_like
  AND (:after = 0 OR id < :after_id)
ORDER BY id DESC
LIMIT :limit

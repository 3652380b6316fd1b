-- One draw, if its region is within the region of the reader (a code prefix LIKE).
SELECT id, draw_date, region_code, rate_1e4, sample_count, seed, population, drawn, created_at, created_by
FROM spot_check_draws
WHERE id = :id AND region_code LIKE :region_like

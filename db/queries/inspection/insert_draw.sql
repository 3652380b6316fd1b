-- One spot-check draw; its classes follow in insert_draw_class.sql.
INSERT INTO spot_check_draws (draw_date, region_code, rate_1e4, sample_count, seed, population, drawn, created_at,
                              created_by, auditor_id, engagement_id)
VALUES (:draw_date, :region_code, :rate_1e4, :sample_count, :seed, :population, :drawn, :created_at, :created_by,
        :auditor_id, :engagement_id)
RETURNING id

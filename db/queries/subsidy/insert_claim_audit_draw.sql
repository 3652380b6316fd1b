INSERT INTO claim_audit_draws (city_code, claimed_from, claimed_to, rate_1e4, seed, population, population_size, drawn,
                               drawn_by, drawn_at)
VALUES (:city_code, :claimed_from, :claimed_to, :rate_1e4, :seed, :population, :population_size, :drawn, :drawn_by,
        :drawn_at)
RETURNING id

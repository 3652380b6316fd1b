INSERT INTO recoveries (claim_id, city_code, payee, source, source_reference, reason, lines, amount_fen, status,
                        created_by, created_at, updated_at)
VALUES (:claim_id, :city_code, :payee, :source, :source_reference, :reason, :lines, :amount_fen, 'open', :created_by,
        :created_at, :updated_at)
RETURNING id

INSERT INTO claim_lines (claim_id, trainee_id, position, paid, amount_fen, reasons, counted_minutes, certificate_number,
                         units, period)
VALUES (:claim_id, :trainee_id, :position, :paid, :amount_fen, :reasons, :counted_minutes, :certificate_number,
        :units, :period)

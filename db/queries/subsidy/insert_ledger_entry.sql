INSERT INTO ledger_entries (kind, city_code, claim_line_id, payment_id, recovery_id, amount_fen, reference, actor, at)
VALUES (:kind, :city_code, :claim_line_id, :payment_id, :recovery_id, :amount_fen, :reference, :actor, :at)
RETURNING id

-- The claim lines a recovery order moved to receivable, in order, with the amount ordered.
SELECT claim_line_id, amount_fen FROM ledger_entries WHERE recovery_id = :recovery_id AND kind = 'recover' ORDER BY id

-- The claim lines a payment batch committed, in the order they were committed.
SELECT claim_line_id, amount_fen FROM ledger_entries WHERE payment_id = :payment_id AND kind = 'commit' ORDER BY id

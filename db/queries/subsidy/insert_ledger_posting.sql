INSERT INTO ledger_postings (entry_id, account, amount_fen) VALUES (:entry_id, :account, :amount_fen)

-- The balance of one ledger account (debits positive).
SELECT COALESCE(SUM(amount_fen), 0) FROM ledger_postings WHERE account = :account

-- Every ledger account balance, by account name.
SELECT account, SUM(amount_fen) FROM ledger_postings GROUP BY account ORDER BY account

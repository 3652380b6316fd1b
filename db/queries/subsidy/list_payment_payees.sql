-- The payees of a batch not yet paid, with the lines and money committed to each and their
-- current account (absent when the payee has none), by payee.
SELECT c.claimant, COUNT(*), SUM(e.amount_fen), a.bank_name, a.account_name, a.account_number_sealed,
       a.account_last4, a.updated_at
FROM ledger_entries e
JOIN claim_lines l ON l.id = e.claim_line_id
JOIN claims c ON c.id = l.claim_id
LEFT JOIN payee_accounts a ON a.payee = c.claimant
WHERE e.payment_id = :payment_id AND e.kind = 'commit'
GROUP BY c.claimant, a.bank_name, a.account_name, a.account_number_sealed, a.account_last4, a.updated_at
ORDER BY c.claimant

-- The payees of a paid batch with the accounts it was paid into, by payee.
SELECT payee, payee_name, lines, amount_fen, bank_name, account_name, account_number_sealed, account_last4,
       account_updated_at
FROM payment_payees
WHERE payment_id = :payment_id
ORDER BY payee

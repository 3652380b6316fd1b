-- The bank account of a payee.
SELECT payee, bank_name, account_name, account_number_sealed, account_last4, updated_by, updated_at
FROM payee_accounts
WHERE payee = :payee

-- Set the bank account of a payee, replacing the one it had.
INSERT INTO payee_accounts (payee, bank_name, account_name, account_number_sealed, account_last4, updated_by, updated_at)
VALUES (:payee, :bank_name, :account_name, :account_number_sealed, :account_last4, :updated_by, :updated_at)
ON CONFLICT (payee) DO UPDATE SET bank_name = excluded.bank_name, account_name = excluded.account_name,
  account_number_sealed = excluded.account_number_sealed, account_last4 = excluded.account_last4,
  updated_by = excluded.updated_by, updated_at = excluded.updated_at

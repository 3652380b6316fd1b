-- The account one payee of a batch was paid into.
INSERT INTO payment_payees (payment_id, payee, payee_name, lines, amount_fen, bank_name, account_name,
                            account_number_sealed, account_last4, account_updated_at)
VALUES (:payment_id, :payee, :payee_name, :lines, :amount_fen, :bank_name, :account_name, :account_number_sealed,
        :account_last4, :account_updated_at)

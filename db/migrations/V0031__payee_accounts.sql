-- Payees' bank accounts and what each payment batch paid to whom (issue 14 item 5; R-F1, R-F2).
-- A payee (the claimant: "institution:12", later an enterprise or a trainee who paid first)
-- keeps one account; only the payee sets it, so no officer who pays can also redirect the money.
-- The account number is personal data: sealed (SM4 + HMAC-SM3 like ID numbers), its last four
-- digits kept apart to show it masked without opening it.
CREATE TABLE payee_accounts (
  payee TEXT PRIMARY KEY,
  bank_name TEXT NOT NULL,
  account_name TEXT NOT NULL,
  account_number_sealed TEXT NOT NULL,
  account_last4 TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- When a batch is recorded as paid, the accounts it paid into, as they were then: the money
-- stays traceable to the account that received it even if the payee changes its account later.
CREATE TABLE payment_payees (
  payment_id BIGINT NOT NULL REFERENCES payments (id),
  payee TEXT NOT NULL,
  payee_name TEXT NOT NULL,
  lines INTEGER NOT NULL,
  amount_fen BIGINT NOT NULL,
  bank_name TEXT NOT NULL,
  account_name TEXT NOT NULL,
  account_number_sealed TEXT NOT NULL,
  account_last4 TEXT NOT NULL,
  account_updated_at BIGINT NOT NULL,
  CONSTRAINT payment_payees_key PRIMARY KEY (payment_id, payee)
);

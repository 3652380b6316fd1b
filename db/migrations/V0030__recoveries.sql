-- Recovery (追回, issue 14 item 6; R-F2): from a confirmed finding (a spot check, a claim audit,
-- an upheld objection, a risk case), an order against the payee for paid claim lines; each line
-- is moved in the ledger from paid to receivable, and repayments move it back to the city's
-- available money, line by line in order, until the order is settled.
CREATE TABLE recoveries (
  id ${ID_PK},
  claim_id BIGINT NOT NULL REFERENCES claims (id),
  city_code TEXT NOT NULL REFERENCES regions (code),
  -- Who repays: the claimant ("institution:12").
  payee TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('spot_check', 'claim_audit', 'objection', 'risk_case', 'other')),
  source_reference TEXT NOT NULL,
  reason TEXT NOT NULL,
  lines INTEGER NOT NULL,
  amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
  repaid_fen BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('open', 'settled')),
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX recoveries_city ON recoveries (city_code, id);
CREATE INDEX recoveries_payee ON recoveries (payee, id);

ALTER TABLE ledger_entries ADD COLUMN recovery_id BIGINT REFERENCES recoveries (id);
CREATE INDEX ledger_entries_recovery ON ledger_entries (recovery_id);

-- The subsidy ledger in double entry and payment batches (拨付, issue 14 item 5; R-F1, R-F2).
-- Each entry is one operation of subsidy/ledger_rules.hpp (budget, allocate, commit, release,
-- pay, recover, repay) and its postings sum to zero; an entry about a claim line names it, so
-- every yuan paid is traced to the line and, through the claim's proof, to the events that
-- justify it. Writers serialise on ledger_lock, so two operations cannot both spend the same
-- balance on either engine.
CREATE TABLE ledger_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  operations BIGINT NOT NULL
);
INSERT INTO ledger_lock (id, operations) VALUES (1, 0);

-- A city's payment batch: the payable lines of one notice, committed, then paid with the
-- treasury's or bank's reference.
CREATE TABLE payments (
  id ${ID_PK},
  notice_id BIGINT NOT NULL REFERENCES notices (id),
  city_code TEXT NOT NULL REFERENCES regions (code),
  status TEXT NOT NULL CHECK (status IN ('committed', 'paid')),
  lines INTEGER NOT NULL,
  amount_fen BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  paid_reference TEXT,
  paid_on TEXT,
  paid_by TEXT,
  paid_at BIGINT,
  CONSTRAINT payments_notice_key UNIQUE (notice_id)
);
CREATE INDEX payments_city ON payments (city_code, id);

CREATE TABLE ledger_entries (
  id ${ID_PK},
  kind TEXT NOT NULL CHECK (kind IN ('budget', 'allocate', 'commit', 'release', 'pay', 'recover', 'repay')),
  city_code TEXT REFERENCES regions (code),
  claim_line_id BIGINT REFERENCES claim_lines (id),
  payment_id BIGINT REFERENCES payments (id),
  amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
  -- The document behind it: the budget or allocation document number, the payment reference.
  reference TEXT NOT NULL,
  actor TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX ledger_entries_line ON ledger_entries (claim_line_id);
CREATE INDEX ledger_entries_city ON ledger_entries (city_code, id);

CREATE TABLE ledger_postings (
  entry_id BIGINT NOT NULL REFERENCES ledger_entries (id),
  account TEXT NOT NULL,
  amount_fen BIGINT NOT NULL
);
CREATE INDEX ledger_postings_account ON ledger_postings (account);
CREATE INDEX ledger_postings_entry ON ledger_postings (entry_id);

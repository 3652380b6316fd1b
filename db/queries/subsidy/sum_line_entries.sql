-- What the ledger holds about one claim line - its entries summed by kind.
SELECT kind, SUM(amount_fen) FROM ledger_entries WHERE claim_line_id = :claim_line_id GROUP BY kind

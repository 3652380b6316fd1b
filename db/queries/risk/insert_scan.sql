INSERT INTO risk_scans (rules, span_from, span_to, started_at, finished_at, found, raised, run_by)
VALUES (:rules, :span_from, :span_to, :started_at, :finished_at, :found, :raised, :run_by)
RETURNING id

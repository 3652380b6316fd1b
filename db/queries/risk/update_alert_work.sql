-- The place of an alert in the queue - its status, whom it is assigned to, the decision and its case.
UPDATE risk_alerts
SET status = :status, assignee = :assignee, assigned_at = :assigned_at, assigned_by = :assigned_by,
    decided_at = :decided_at, decided_by = :decided_by, decision_reason = :decision_reason, case_id = :case_id
WHERE id = :id

-- Every alert with its rule and evidence, for scoring the rules against planted fraud.
SELECT rule_id, evidence FROM risk_alerts ORDER BY id

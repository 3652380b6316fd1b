-- The alerts about an institution that still stand (open, assigned or confirmed), for its risk
-- score - each rule with its strongest score and how many alerts.
SELECT a.rule_id, MAX(a.score), COUNT(*)
FROM risk_alerts a
WHERE a.institution_id = :institution_id AND a.status <> 'dismissed'
GROUP BY a.rule_id
ORDER BY MAX(a.score) DESC, a.rule_id

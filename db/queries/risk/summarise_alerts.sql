-- The alerts of a region prefix by city and rule, with how many stand in each status - the
-- figures of the risk dashboard.
SELECT SUBSTR(a.region_code, 1, 4) || '00', a.rule_id, a.status, COUNT(*)
FROM risk_alerts a
WHERE a.region_code LIKE :region_like
GROUP BY SUBSTR(a.region_code, 1, 4), a.rule_id, a.status
ORDER BY 1, 2, 3

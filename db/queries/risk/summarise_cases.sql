-- The cases of a region prefix by city and status, for the risk dashboard.
SELECT SUBSTR(c.region_code, 1, 4) || '00', c.status, COUNT(*)
FROM risk_cases c
WHERE c.region_code LIKE :region_like
GROUP BY SUBSTR(c.region_code, 1, 4), c.status
ORDER BY 1, 2

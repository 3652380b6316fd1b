-- The check-ins list_checkin_exceptions.sql selects, counted per group (institution, class,
-- terminal or the county of the class) and per stored reasons array; the service adds up reasons.
SELECT CASE :grouping WHEN 'institution' THEN c.institution_id WHEN 'class' THEN k.class_id
                      WHEN 'terminal' THEN k.terminal_id ELSE CAST(c.region_code AS BIGINT) END AS group_key,
       CASE :grouping_name WHEN 'institution' THEN i.name WHEN 'class' THEN c.name
                           WHEN 'terminal' THEN t.name ELSE r.name END AS group_name,
       k.reasons, COUNT(*) AS events
FROM checkins k
JOIN classes c ON c.id = k.class_id
JOIN institutions i ON i.id = c.institution_id
JOIN terminals t ON t.id = k.terminal_id
JOIN regions r ON r.code = c.region_code
{include checkin_exception_filters}
GROUP BY 1, 2, 3

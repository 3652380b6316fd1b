-- The segments list_segment_exceptions.sql selects, counted per group and stored reasons array.
SELECT CASE :grouping WHEN 'institution' THEN c.institution_id WHEN 'class' THEN g.class_id
                      WHEN 'terminal' THEN g.terminal_id ELSE CAST(c.region_code AS BIGINT) END AS group_key,
       CASE :grouping_name WHEN 'institution' THEN i.name WHEN 'class' THEN c.name
                           WHEN 'terminal' THEN t.name ELSE r.name END AS group_name,
       g.reasons, COUNT(*) AS events
FROM online_segments g
JOIN classes c ON c.id = g.class_id
JOIN institutions i ON i.id = c.institution_id
JOIN terminals t ON t.id = g.terminal_id
JOIN regions r ON r.code = c.region_code
{include segment_exception_filters}
GROUP BY 1, 2, 3

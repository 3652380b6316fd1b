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
WHERE g.counts = 0
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND (:class = 0 OR g.class_id = :class_value)
  AND (:terminal = 0 OR g.terminal_id = :terminal_value)
  AND (:institution = 0 OR c.institution_id = :institution_value)
  AND (:region = '' OR c.region_code LIKE :region_value)
  AND (:reason = '' OR g.reasons LIKE :reason_value ESCAPE '\')
  AND (CAST(:from AS BIGINT) = 0 OR g.started_at >= :from_value)
  AND (CAST(:to AS BIGINT) = 0 OR g.started_at < :to_value)
GROUP BY 1, 2, 3

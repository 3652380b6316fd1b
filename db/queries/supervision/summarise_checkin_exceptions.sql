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
WHERE k.counts = 0
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND (:class = 0 OR k.class_id = :class_value)
  AND (:terminal = 0 OR k.terminal_id = :terminal_value)
  AND (:institution = 0 OR c.institution_id = :institution_value)
  AND (:region = '' OR c.region_code LIKE :region_value)
  AND (:reason = '' OR k.reasons LIKE :reason_value ESCAPE '\')
  AND (CAST(:from AS BIGINT) = 0 OR k.captured_at >= :from_value)
  AND (CAST(:to AS BIGINT) = 0 OR k.captured_at < :to_value)
GROUP BY 1, 2, 3

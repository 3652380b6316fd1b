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
  AND {scope}
  AND {filter class k.class_id = :class}
  AND {filter terminal k.terminal_id = :terminal}
  AND {filter institution c.institution_id = :institution}
  AND {filter region c.region_code LIKE :region}
  AND {filter reason k.reasons LIKE :reason ESCAPE '\'}
  AND {filter from k.captured_at >= :from}
  AND {filter to k.captured_at < :to}
GROUP BY 1, 2, 3

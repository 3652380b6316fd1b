-- Spot checks of the classes in scope drawn on a day in the period - the draws, the classes
-- drawn, those inspected, and those whose inspection ended serious.
SELECT COUNT(DISTINCT dc.draw_id),
       COUNT(*),
       COALESCE(SUM(CASE WHEN i.id IS NULL THEN 0 ELSE 1 END), 0),
       COALESCE(SUM(CASE WHEN i.outcome = 'serious' THEN 1 ELSE 0 END), 0)
FROM spot_check_draw_classes dc
JOIN spot_check_draws d ON d.id = dc.draw_id
JOIN classes c ON c.id = dc.class_id
LEFT JOIN inspections i ON i.draw_id = dc.draw_id AND i.class_id = dc.class_id
WHERE dc.drawn = 1
  AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND d.draw_date >= :first_day
  AND d.draw_date <= :last_day

-- The kept attendance of the finished classes in scope that ended in the period, by tenth of the
-- rate (the last bucket holds 90 % and more), with how many reached the threshold (both in
-- ten-thousandths, as dashboard/figures.hpp AddRate counts them).
SELECT CASE WHEN a.rate_1e4 >= 9000 THEN 9 ELSE a.rate_1e4 / 1000 END AS bucket,
       COUNT(*),
       SUM(CASE WHEN a.rate_1e4 >= :threshold_1e4 THEN 1 ELSE 0 END)
FROM classes c
JOIN class_attendance a ON a.class_id = c.id
WHERE ((:region_like <> '' AND c.region_code LIKE :region_like_value)
       OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id))
  AND c.status = 'finished'
  AND c.end_date >= :first_day
  AND c.end_date <= :last_day
GROUP BY CASE WHEN a.rate_1e4 >= 9000 THEN 9 ELSE a.rate_1e4 / 1000 END

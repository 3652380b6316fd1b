-- How many check-ins list_checkin_exceptions.sql selects, over all its pages.
-- Up to a cap (src/db/keyset.hpp kCountCap).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM checkins k
  JOIN classes c ON c.id = k.class_id
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
  LIMIT :cap
) counted

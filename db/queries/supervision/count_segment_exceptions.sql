-- How many segments list_segment_exceptions.sql selects, over all its pages.
-- Up to a cap (src/db/keyset.hpp kCountCap).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM online_segments g
  JOIN classes c ON c.id = g.class_id
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
  LIMIT :cap
) counted

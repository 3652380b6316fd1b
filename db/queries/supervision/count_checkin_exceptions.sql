-- How many check-ins list_checkin_exceptions.sql selects, over all its pages.
-- Up to a cap (src/db/keyset.hpp kCountCap).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM checkins k
  JOIN classes c ON c.id = k.class_id
  WHERE k.counts = 0
    AND {scope}
    AND {filter class k.class_id = :class}
    AND {filter terminal k.terminal_id = :terminal}
    AND {filter institution c.institution_id = :institution}
    AND {filter region c.region_code LIKE :region}
    AND {filter reason k.reasons LIKE :reason ESCAPE '\'}
    AND {filter from k.captured_at >= :from}
    AND {filter to k.captured_at < :to}
  LIMIT :cap
) counted

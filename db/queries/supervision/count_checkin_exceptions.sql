-- How many check-ins list_checkin_exceptions.sql selects, over all its pages.
-- Up to a cap (src/db/keyset.hpp kCountCap).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM checkins k
  JOIN classes c ON c.id = k.class_id
  {include checkin_exception_filters}
  LIMIT :cap
) counted

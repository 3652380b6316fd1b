-- How many segments list_segment_exceptions.sql selects, over all its pages.
-- Up to a cap (src/db/keyset.hpp kCountCap).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM online_segments g
  JOIN classes c ON c.id = g.class_id
  {include segment_exception_filters}
  LIMIT :cap
) counted

-- How many segments list_segment_exceptions.sql selects, over all its pages.
-- Up to a cap (src/db/keyset.hpp kCountCap).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM online_segments g
  JOIN classes c ON c.id = g.class_id
  WHERE g.counts = 0
    AND {scope}
    AND {filter class g.class_id = :class}
    AND {filter terminal g.terminal_id = :terminal}
    AND {filter institution c.institution_id = :institution}
    AND {filter region c.region_code LIKE :region}
    AND {filter reason g.reasons LIKE :reason ESCAPE '\'}
    AND {filter from g.started_at >= :from}
    AND {filter to g.started_at < :to}
  LIMIT :cap
) counted

-- How many classes list_classes.sql finds, up to a cap, the scope as a condition an index
-- serves (a code range for a city or the province; InstitutionScopeFilter).
SELECT COUNT(*) FROM (
  SELECT 1
  FROM classes c
  WHERE {scope}
    AND {filter q c.name LIKE :q_name ESCAPE '\'}
    AND {filter status c.status = :status}
    AND {filter institution c.institution_id = :institution}
  LIMIT :cap
) counted

-- The population of a claim audit draw - the approved claims of a city claimed within a span of
-- dates, each with the institution whose class it is - by id.
SELECT c.id, k.institution_id
FROM claims c
JOIN classes k ON k.id = c.class_id
WHERE c.status = 'approved' AND c.region_code LIKE :city_like AND c.claimed_on >= :claimed_from
  AND c.claimed_on <= :claimed_to
ORDER BY c.id

-- R-C4. How many of the filings of a body cover an occupation and level (level 0 for none) at any
-- time between two dates; a sitting needs one in force on its date.
SELECT COUNT(*)
FROM evaluation_filings
WHERE body_id = :body_id
  AND occupation_id = :occupation_id
  AND COALESCE(level, 0) = :level
  AND valid_from <= :until
  AND valid_to >= :since

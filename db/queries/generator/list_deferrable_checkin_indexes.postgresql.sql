-- The secondary indexes of the check-ins that nothing reads while a province is written in bulk,
-- with the statement that makes each (ADR 0012), from the schema in use.
SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = current_schema() AND tablename = 'checkins'
  AND indexname IN ('checkins_photo', 'checkins_trainee', 'checkins_captured', 'checkins_not_counting')
ORDER BY indexname

-- The secondary indexes of the check-ins that nothing reads while a province is written in bulk,
-- with the statement that makes each (ADR 0012). SQLite catalogue here, PostgreSQL beside.
SELECT name, sql FROM sqlite_master
WHERE type = 'index' AND tbl_name = 'checkins'
  AND name IN ('checkins_photo', 'checkins_trainee', 'checkins_captured', 'checkins_not_counting')
ORDER BY name

-- A county's class list sorted by start date reads its own classes in order from this index
-- (training/institution_scope.hpp InstitutionScopeFilter) instead of walking the province's
-- start dates past every other county's classes.
CREATE INDEX classes_region_start_date ON classes (region_code, start_date, id);

-- Each listed class counts the people still on its roster; from this index the count reads
-- index entries only, not every roster row.
CREATE INDEX class_roster_present ON class_roster (class_id) WHERE withdrawn_at IS NULL;

-- The exception lists and their counts check each event's class against the caller's scope;
-- with the class in the partial index that walk reads index entries only instead of a
-- check-in row, somewhere in the province's table, for each event.
DROP INDEX checkins_not_counting;
CREATE INDEX checkins_not_counting ON checkins (id, class_id) WHERE counts = 0;
DROP INDEX online_segments_not_counting;
CREATE INDEX online_segments_not_counting ON online_segments (id, class_id) WHERE counts = 0;

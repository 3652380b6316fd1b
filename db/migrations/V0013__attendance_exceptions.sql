-- The exceptions list (src/supervision): officers walk the check-ins and online segments that
-- do not count, newest first. Partial indexes hold only those rows, so the walk does not read
-- the counting majority (tens of millions a year) and the indexes stay small.
CREATE INDEX checkins_not_counting ON checkins (id) WHERE counts = 0;
CREATE INDEX online_segments_not_counting ON online_segments (id) WHERE counts = 0;

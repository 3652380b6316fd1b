-- The lowest and highest id of the check-ins captured within a span of instants (Unix ms), by the
-- capture index - for a short span, whose check-ins the sweep then reads by id.
SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), -1) FROM checkins WHERE captured_at >= :from_at AND captured_at < :to_at

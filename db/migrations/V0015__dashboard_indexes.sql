-- The dashboards (issue 12 item 5) count the check-ins of a day and the classes by state in a
-- region: without these they would read every check-in and every class.
CREATE INDEX checkins_captured ON checkins (captured_at);
CREATE INDEX classes_status_region ON classes (status, region_code);

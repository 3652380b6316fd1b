-- The class list sorted by start date, name or status reads its page from an index in that
-- order instead of sorting every class in scope (src/db/keyset.hpp).
CREATE INDEX classes_start_date ON classes (start_date, id);
CREATE INDEX classes_name ON classes (name, id);
CREATE INDEX classes_status_id ON classes (status, id);

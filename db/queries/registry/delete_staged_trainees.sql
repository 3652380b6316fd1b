-- Part of a staged import (seq in [from, to)), removed a part per transaction so that clearing
-- a large import never holds the writer long.
DELETE FROM trainee_import_rows WHERE batch = :batch AND seq >= :from_seq AND seq < :to_seq

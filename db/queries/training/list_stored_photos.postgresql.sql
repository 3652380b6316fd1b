-- Which of the hashes (an array literal) are stored photos (PostgreSQL only; SQLite runs
-- find_photo once a hash).
SELECT sha256 FROM photos WHERE sha256 = ANY (CAST(:sha256s AS TEXT[]))

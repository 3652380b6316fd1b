-- Photo rows in one statement (PostgreSQL only; SQLite runs insert_photo once a row). Each
-- parameter is an array literal with one element a photo, in order. Returns the hashes stored;
-- a photo already stored (the same bytes), or repeated later in the list, is not stored again.
INSERT INTO photos (sha256, content_type, bytes, terminal_id, received_at, pack, pack_offset, phash)
SELECT r.sha256, r.content_type, r.bytes, r.terminal_id, r.received_at, r.pack, r.pack_offset, r.phash
FROM unnest(CAST(:sha256s AS TEXT[]), CAST(:content_types AS TEXT[]), CAST(:bytes AS BIGINT[]),
            CAST(:terminal_ids AS BIGINT[]), CAST(:received_ats AS BIGINT[]), CAST(:packs AS TEXT[]),
            CAST(:pack_offsets AS BIGINT[]), CAST(:phashes AS TEXT[]))
     WITH ORDINALITY AS r (sha256, content_type, bytes, terminal_id, received_at, pack, pack_offset, phash, n)
ORDER BY r.n
ON CONFLICT (sha256) DO NOTHING
RETURNING sha256

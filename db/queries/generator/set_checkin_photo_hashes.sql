-- The generator records photos after their check-ins, in sorted batches, with the index of the
-- check-ins by photo dropped, so the check-ins stored since the last batch (ids above the last one
-- seen, a range of the table) take the hashes of their photos in one statement.
UPDATE checkins SET photo_phash = (SELECT p.phash FROM photos p WHERE p.sha256 = checkins.photo_sha256)
WHERE id > :after AND photo_phash IS NULL

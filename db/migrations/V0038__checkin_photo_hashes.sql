-- Near-identical photos at province scale (issue 15): each check-in keeps the perceptual hash of
-- its photo beside the photo's address, so a scan reads check-ins in one pass instead of looking
-- each photo up by its SHA-256 (a random read of the photos' index per check-in: 218 s of a
-- city's 385 s scan, docs/performance.md). Set when the check-in is stored if its photo is
-- already there, else when the photo arrives (photo_service); none while the photo is missing or
-- when no decoder reads it, as on the photo's row.
ALTER TABLE checkins ADD COLUMN photo_phash TEXT;
UPDATE checkins SET photo_phash = p.phash FROM photos p WHERE p.sha256 = checkins.photo_sha256 AND p.phash IS NOT NULL;

-- The check-ins that carry a photo (by the photo index), to learn whether an alert names one.
SELECT id FROM checkins WHERE photo_sha256 = :sha256

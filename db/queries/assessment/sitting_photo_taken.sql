-- Whether a photo was taken at a capture of this sitting (count of captures).
SELECT COUNT(*) FROM sitting_checkins WHERE sitting_id = :sitting_id AND photo_sha256 = :photo_sha256

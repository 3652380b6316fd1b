-- A photo that arrived after its check-ins gives them its perceptual hash (by the index of those awaiting one, V0039).
UPDATE checkins SET photo_phash = :phash WHERE photo_sha256 = :sha256 AND photo_phash IS NULL

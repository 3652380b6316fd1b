-- A stored photo taken at a check-in of a class within the scope of the caller, with where its
-- bytes are (no pack - a photo stored before packs, in its own file).
SELECT p.content_type, p.bytes, p.pack, p.pack_offset FROM photos p
WHERE p.sha256 = :sha256
  AND EXISTS (SELECT 1 FROM checkins k JOIN classes c ON c.id = k.class_id
              WHERE k.photo_sha256 = :checkin_photo
                AND ((:region_like <> '' AND c.region_code LIKE :region_like_value)
                     OR (:org <> '' AND CAST(c.institution_id AS TEXT) = :org_id)))

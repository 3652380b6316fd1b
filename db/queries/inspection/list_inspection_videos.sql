SELECT camera_id, from_at, to_at, reference, added_at, added_by
FROM inspection_videos
WHERE inspection_id = :inspection_id
ORDER BY id

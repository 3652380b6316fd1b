INSERT INTO inspection_videos (inspection_id, camera_id, from_at, to_at, reference, added_at, added_by)
VALUES (:inspection_id, :camera_id, :from_at, :to_at, :reference, :added_at, :added_by)

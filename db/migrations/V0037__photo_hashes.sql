-- Near-identical photos (issue 15): each photo's perceptual hash, computed when it arrives
-- (training/photo_hash.hpp): 96 hex digits, 256 bits of shape and 16 tones. Photos stored before have none, nor do
-- bytes no decoder reads; screening passes them by.
ALTER TABLE photos ADD COLUMN phash TEXT;

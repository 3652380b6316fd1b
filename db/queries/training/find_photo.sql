-- A stored photo by its hash, with where its bytes are.
SELECT content_type, bytes, pack, pack_offset FROM photos WHERE sha256 = :sha256

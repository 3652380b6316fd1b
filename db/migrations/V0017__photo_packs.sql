-- Photo bytes in pack files (ADR 0012): a photo row names the pack under <photo_dir>/packs and
-- the offset of its first byte; `bytes` is its length. Rows written before this migration have
-- no pack and keep their one file per photo under the photo directory.
ALTER TABLE photos ADD COLUMN pack TEXT;
ALTER TABLE photos ADD COLUMN pack_offset BIGINT;

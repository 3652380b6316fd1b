-- One coordinate datum (docs/device-signatures.md, "Coordinates"): venues were stored as typed,
-- in GCJ-02 from Chinese map apps, while terminals report WGS-84, so every distance carried
-- 300-700 m of error in Sichuan. From now on venues are stored in WGS-84. The rows written
-- before this migration keep `datum = 'gcj02'` until the data step that follows every
-- migration run (registry::ConvertVenueDatums) converts them and marks them 'wgs84'; no
-- reader uses a row in the old datum.
ALTER TABLE venues ADD COLUMN datum TEXT NOT NULL DEFAULT 'gcj02' CHECK (datum IN ('wgs84', 'gcj02'));

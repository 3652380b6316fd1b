-- Every stored photo by its SHA-256, for the filter of photos kept by a bulk write (generator
-- bulk_sittings.hpp) - none, or a few, when the sittings of a province begin.
SELECT sha256 FROM photos

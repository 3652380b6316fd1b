-- The check-ins still waiting for their photo's perceptual hash (V0038), by photo address: a
-- photo that arrives after its check-ins finds them here. The full photo index serves too, but a
-- bulk generation drops it while it writes (ADR 0012), and then every photo upload of an
-- assessment sitting read the whole check-in table to find none: a province-year slowed to a
-- day of check-ins a minute by early March. This index holds only rows without the hash (the
-- moments between a check-in and its photo, and photos no decoder reads), so it stays small and
-- is never dropped.
CREATE INDEX checkins_awaiting_photo_hash ON checkins (photo_sha256) WHERE photo_phash IS NULL;

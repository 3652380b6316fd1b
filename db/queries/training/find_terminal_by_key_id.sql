-- The terminal a signed request names in X-Key-Id, to verify its signature.
SELECT t.id, t.institution_id, t.kind, t.name, t.public_key, t.status FROM terminals t WHERE t.key_id = :key_id

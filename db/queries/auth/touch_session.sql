UPDATE sessions SET last_seen_at = :now WHERE id = :id

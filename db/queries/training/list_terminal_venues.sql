SELECT v.id, v.name FROM terminal_venues tv JOIN venues v ON v.id = tv.venue_id
WHERE tv.terminal_id = :terminal_id ORDER BY v.id

INSERT INTO terminal_venues (terminal_id, venue_id) VALUES (:terminal_id, :venue_id)

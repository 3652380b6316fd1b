UPDATE audit_head SET last_hash = :hash WHERE id = 1

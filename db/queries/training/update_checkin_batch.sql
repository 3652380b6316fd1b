UPDATE checkin_batches SET stored = :stored, duplicates = :duplicates, counting = :counting WHERE id = :id

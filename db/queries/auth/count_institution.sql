SELECT COUNT(id) FROM institutions WHERE id = :id

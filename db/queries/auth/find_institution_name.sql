SELECT name FROM institutions WHERE id = :id

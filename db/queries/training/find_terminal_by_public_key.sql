SELECT id FROM terminals WHERE public_key = :public_key

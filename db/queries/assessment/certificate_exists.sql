SELECT COUNT(*) FROM certificates WHERE number = :number

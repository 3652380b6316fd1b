-- What remains payable of a claim after a line is withheld.
UPDATE claims SET approved_fen = approved_fen - :amount_fen, updated_at = :updated_at WHERE id = :id

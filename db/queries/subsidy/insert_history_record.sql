-- One past subsidised training, sealed.
INSERT INTO subsidy_history (import_id, file_row, name, id_number_sealed, id_number_index, occupation_id, level,
                             subsidy_type, trained_on, amount_fen, source)
VALUES (:import_id, :file_row, :name, :id_number_sealed, :id_number_index, :occupation_id, :level,
        :subsidy_type, :trained_on, :amount_fen, :source)

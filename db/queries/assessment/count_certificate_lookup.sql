-- One more public check of a day with an outcome.
INSERT INTO certificate_lookup_counts (lookup_day, outcome, lookups)
VALUES (:lookup_day, :outcome, 1)
ON CONFLICT (lookup_day, outcome) DO UPDATE SET lookups = certificate_lookup_counts.lookups + 1

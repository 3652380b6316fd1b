-- Whether an alert of this fingerprint exists already (the scan holds the write transaction).
SELECT id FROM risk_alerts WHERE fingerprint = :fingerprint

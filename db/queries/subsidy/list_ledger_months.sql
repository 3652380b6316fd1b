-- Money moved per city, month (in China) and kind of entry between two instants, within a city
-- prefix, for the dashboards (allocated, committed, paid, recovered and repaid by month).
SELECT city_code, strftime('%Y-%m', at / 1000 + 28800, 'unixepoch'), kind, CAST(SUM(amount_fen) AS BIGINT)
FROM ledger_entries
WHERE city_code LIKE :city_like AND at >= :from_at AND at < :to_at
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3

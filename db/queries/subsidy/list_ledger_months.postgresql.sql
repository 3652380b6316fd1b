-- Money moved per city, month (in China) and kind of entry between two instants, within a city
-- prefix, for the dashboards (allocated, committed, paid, recovered and repaid by month).
SELECT city_code, to_char(to_timestamp(at / 1000) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), kind,
       CAST(SUM(amount_fen) AS BIGINT)
FROM ledger_entries
WHERE city_code LIKE :city_like AND at >= :from_at AND at < :to_at
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3

-- records_hospital_month: per discharging hospital and month of discharge. Same text for DuckDB
-- and Spark SQL. Averages are exact integer sums over counts (length of stay in days, cost in
-- fen divided by 100 for yuan).
SELECT
    hospital_code,
    MIN(hospital_id) AS hospital_id,
    CAST(year AS INT) AS year,
    CAST(month AS INT) AS month,
    COUNT(*) AS discharges,
    CAST(SUM(CASE WHEN discharge_method = '2' THEN 1 ELSE 0 END) AS BIGINT) AS transfers_out,
    CAST(SUM(length_of_stay) AS DOUBLE) / CAST(NULLIF(COUNT(length_of_stay), 0) AS DOUBLE) AS avg_length_of_stay,
    CAST(SUM(total_cost_fen) AS DOUBLE) / (CAST(NULLIF(COUNT(total_cost_fen), 0) AS DOUBLE) * CAST(100 AS DOUBLE)) AS avg_total_cost
FROM records
GROUP BY hospital_code, CAST(year AS INT), CAST(month AS INT)
ORDER BY hospital_code, year, month

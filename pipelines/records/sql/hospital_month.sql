-- records_hospital_month: per discharging hospital and month of discharge. Same text for DuckDB
-- and Spark SQL. Averages are exact integer sums over counts (length of stay in days, cost in
-- fen divided by 100 for yuan); the sums themselves are columns too, so that year figures are
-- exact.
--
-- Downward transfers received (下转接收): a discharge whose 入院途径 is 3 (其他医疗机构转入) and
-- whose patient (the keyed pseudonym of the ID number) was discharged by a hospital of a higher
-- level (三级 > 二级 > 一级; 未定级 ranks nowhere) on the day of this admission or in the 2 days
-- before it. The 2011 front sheet names no sending institution, so the sender is found among the
-- records themselves; a patient without an ID number cannot be followed and is not counted.
-- Each side reads only the columns and rows it needs, straight from `records` (a CTE read twice
-- would be materialised whole by DuckDB): receivers are 二级/一级 admissions through route 3,
-- senders 三级/二级 discharges, both with a patient pseudonym.
WITH received_down AS (
    SELECT DISTINCT r.hospital_code, r.year, r.month, r.source_file_id, r.source_row
    FROM (
        SELECT hospital_code, CAST(year AS INT) AS year, CAST(month AS INT) AS month, patient_pid, admission_date,
               source_file_id, source_row, CASE hospital_level WHEN '二级' THEN 2 WHEN '一级' THEN 1 END AS level_rank
        FROM records
        WHERE admission_route = '3' AND hospital_level IN ('二级', '一级') AND patient_pid IS NOT NULL
    ) r
    JOIN (
        SELECT patient_pid, discharge_date, CASE hospital_level WHEN '三级' THEN 3 WHEN '二级' THEN 2 END AS level_rank
        FROM records
        WHERE hospital_level IN ('三级', '二级') AND patient_pid IS NOT NULL
    ) s ON s.patient_pid = r.patient_pid
    WHERE s.level_rank > r.level_rank
      AND s.discharge_date <= r.admission_date
      AND s.discharge_date >= r.admission_date - INTERVAL '2' DAY
),
down AS (
    SELECT hospital_code, year, month, COUNT(*) AS downward_transfers_in
    FROM received_down
    GROUP BY hospital_code, year, month
),
totals AS (
    SELECT
        hospital_code,
        MIN(hospital_id) AS hospital_id,
        CAST(year AS INT) AS year,
        CAST(month AS INT) AS month,
        COUNT(*) AS discharges,
        CAST(SUM(CASE WHEN discharge_method = '2' THEN 1 ELSE 0 END) AS BIGINT) AS transfers_out,
        CAST(SUM(length_of_stay) AS DOUBLE) / CAST(NULLIF(COUNT(length_of_stay), 0) AS DOUBLE) AS avg_length_of_stay,
        CAST(SUM(total_cost_fen) AS DOUBLE) / (CAST(NULLIF(COUNT(total_cost_fen), 0) AS DOUBLE) * CAST(100 AS DOUBLE)) AS avg_total_cost,
        CAST(SUM(CASE WHEN admission_route = '3' THEN 1 ELSE 0 END) AS BIGINT) AS transfers_in,
        CAST(SUM(length_of_stay) AS BIGINT) AS stay_days,
        CAST(SUM(total_cost_fen) AS BIGINT) AS total_cost_fen,
        COUNT(length_of_stay) AS discharges_with_stay,
        COUNT(total_cost_fen) AS discharges_with_cost
    FROM records
    GROUP BY hospital_code, CAST(year AS INT), CAST(month AS INT)
)
SELECT t.hospital_code, t.hospital_id, t.year, t.month, t.discharges, t.transfers_out, t.avg_length_of_stay,
       t.avg_total_cost, t.transfers_in, CAST(COALESCE(d.downward_transfers_in, 0) AS BIGINT) AS downward_transfers_in,
       t.stay_days, t.total_cost_fen, t.discharges_with_stay, t.discharges_with_cost
FROM totals t
LEFT JOIN down d ON d.hospital_code = t.hospital_code AND d.year = t.year AND d.month = t.month
ORDER BY t.hospital_code, t.year, t.month

-- records_hospital_diagnosis_month: per discharging hospital, month of discharge and diagnosis
-- group, the discharges whose 主要诊断编码 falls in the group. Same text for DuckDB and Spark SQL.
-- Groups: group_kind 'icd10_chapter' (chapter I–XXII, from clean.sql's icd10_chapter) and
-- group_kind 'condition' (the conditions a county hospital is expected to treat,
-- expected_conditions.yaml, through the lookup `expected_conditions` (category, condition) that
-- conditions.py registers; group_code '*' counts a discharge once when it is in any of them).
-- A discharge without a readable diagnosis code is in no group; shares are of all discharges
-- (records_hospital_month.discharges).
-- Each part reads `records` itself (a CTE read three times would be materialised whole).
SELECT hospital_code, MIN(hospital_id) AS hospital_id, CAST(year AS INT) AS year, CAST(month AS INT) AS month,
       'icd10_chapter' AS group_kind, icd10_chapter AS group_code, COUNT(*) AS discharges
FROM records WHERE icd10_chapter IS NOT NULL
GROUP BY hospital_code, CAST(year AS INT), CAST(month AS INT), icd10_chapter
UNION ALL
SELECT r.hospital_code, MIN(r.hospital_id) AS hospital_id, CAST(r.year AS INT) AS year, CAST(r.month AS INT) AS month,
       'condition' AS group_kind, c.condition AS group_code, COUNT(*) AS discharges
FROM records r JOIN expected_conditions c ON c.category = substr(r.diagnosis_code, 1, 3)
GROUP BY r.hospital_code, CAST(r.year AS INT), CAST(r.month AS INT), c.condition
UNION ALL
SELECT r.hospital_code, MIN(r.hospital_id) AS hospital_id, CAST(r.year AS INT) AS year, CAST(r.month AS INT) AS month,
       'condition' AS group_kind, '*' AS group_code, COUNT(*) AS discharges
FROM records r JOIN (SELECT DISTINCT category FROM expected_conditions) c ON c.category = substr(r.diagnosis_code, 1, 3)
GROUP BY r.hospital_code, CAST(r.year AS INT), CAST(r.month AS INT)
ORDER BY hospital_code, year, month, group_kind, group_code

-- records_hospital_diagnosis_month: per discharging hospital, month of discharge and diagnosis
-- group, the discharges whose 主要诊断编码 falls in the group. Same text for DuckDB and Spark SQL.
-- Groups: group_kind 'icd10_chapter' (chapter I–XXII, from clean.sql's icd10_chapter) and
-- group_kind 'condition' (the conditions a county hospital is expected to treat,
-- expected_conditions.yaml, through the lookup `expected_conditions` (category, condition) that
-- conditions.py registers; group_code '*' counts a discharge once when it is in any of them).
-- A discharge without a readable diagnosis code is in no group; shares are of all discharges
-- (records_hospital_month.discharges).
WITH r AS (
    SELECT hospital_code, hospital_id, CAST(year AS INT) AS year, CAST(month AS INT) AS month,
           icd10_chapter, substr(diagnosis_code, 1, 3) AS category
    FROM records
),
chapters AS (
    SELECT hospital_code, MIN(hospital_id) AS hospital_id, year, month, 'icd10_chapter' AS group_kind,
           icd10_chapter AS group_code, COUNT(*) AS discharges
    FROM r WHERE icd10_chapter IS NOT NULL
    GROUP BY hospital_code, year, month, icd10_chapter
),
conditions AS (
    SELECT r.hospital_code, MIN(r.hospital_id) AS hospital_id, r.year, r.month, 'condition' AS group_kind,
           c.condition AS group_code, COUNT(*) AS discharges
    FROM r JOIN expected_conditions c ON c.category = r.category
    GROUP BY r.hospital_code, r.year, r.month, c.condition
),
any_condition AS (
    SELECT r.hospital_code, MIN(r.hospital_id) AS hospital_id, r.year, r.month, 'condition' AS group_kind,
           '*' AS group_code, COUNT(*) AS discharges
    FROM r JOIN (SELECT DISTINCT category FROM expected_conditions) c ON c.category = r.category
    GROUP BY r.hospital_code, r.year, r.month
)
SELECT * FROM chapters
UNION ALL SELECT * FROM conditions
UNION ALL SELECT * FROM any_condition
ORDER BY hospital_code, year, month, group_kind, group_code

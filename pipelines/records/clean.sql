-- One batch of discharge records (table `batch`: text columns after pseudonymisation) to the
-- stored form, with `reject_code` set on records the indicators exclude (reject_reasons.yaml,
-- first reason that applies). Lookups `fac_by_code`, `fac_by_name` and `known_counties` are
-- built once per ingest by clean.py. Nothing here sees an ID number or a 病案号.
WITH b AS (
    SELECT *,
        parse_day(admission_date_raw) AS admission_day,
        parse_day(discharge_date_raw) AS discharge_day,
        digits_only(residence_raw) AS residence_digits
    FROM (
        SELECT *,
            trim_all(admission_date) AS admission_date_raw,
            trim_all(discharge_date) AS discharge_date_raw,
            trim_all(residence_county_code) AS residence_raw
        FROM batch
    )
),
located AS (
    SELECT b.*,
        COALESCE(hc.hospital_id, hn.hospital_id) AS hospital_id,
        COALESCE(hc.county_code, hn.county_code) AS hospital_county_code,
        COALESCE(hc.level, hn.level) AS hospital_level,
        rn.county_code AS receiving_county_code,
        rn.level AS receiving_level,
        -- 6 digits; a 9- or 12-digit 统计用区划代码 (county + township + village) gives its county
        CASE WHEN regexp_full_match(residence_digits, '[0-9]{6}([0-9]{3}([0-9]{3})?)?') THEN left(residence_digits, 6) END AS residence_code
    FROM b
    LEFT JOIN fac_by_code hc ON hc.code = trim_all(b.hospital_code)
    LEFT JOIN fac_by_name hn ON hn.name_key = b.hospital_name_key
    LEFT JOIN fac_by_name rn ON rn.name_key = b.receiving_key
)
SELECT
    trim_all(hospital_code) AS hospital_code,
    NULLIF(trim_all(hospital_name), '') AS hospital_name,
    hospital_id,
    hospital_county_code,
    hospital_level,
    patient_pid,
    record_pid,
    NULLIF(trim_all(sex), '') AS sex,
    parse_day(trim_all(birth_date)) AS birth_date,
    TRY_CAST(trim_all(age) AS DOUBLE)::INTEGER AS age,
    residence_code AS residence_county_code,
    CASE WHEN regexp_full_match(digits_only(trim_all(hukou_county_code)), '[0-9]{6}([0-9]{3}([0-9]{3})?)?')
         THEN left(digits_only(trim_all(hukou_county_code)), 6) END AS hukou_county_code,
    route_code(trim_all(admission_route)) AS admission_route,
    admission_day AS admission_date,
    discharge_day AS discharge_date,
    -- 实际住院天数: days between admission and discharge, a same-day stay counted as one day
    CASE WHEN discharge_day >= admission_day THEN greatest(date_diff('day', admission_day, discharge_day), 1) END AS length_of_stay,
    method_code(trim_all(discharge_method)) AS discharge_method,
    NULLIF(trim_all(receiving_institution), '') AS receiving_institution,
    receiving_county_code,
    receiving_level,
    NULLIF(upper(trim_all(diagnosis_code)), '') AS diagnosis_code,
    icd10_chapter(upper(trim_all(diagnosis_code))) AS icd10_chapter,
    CAST(round(TRY_CAST(replace(replace(trim_all(total_cost), ',', ''), '，', '') AS DECIMAL(18, 2)) * 100) AS BIGINT) AS total_cost_fen,
    source_row,
    CASE
        WHEN admission_day IS NULL THEN 'ADMISSION_DATE_IMPOSSIBLE'
        WHEN discharge_day IS NULL THEN 'DISCHARGE_DATE_IMPOSSIBLE'
        WHEN discharge_day < admission_day THEN 'DISCHARGE_BEFORE_ADMISSION'
        WHEN residence_raw = '' OR residence_raw IS NULL THEN 'RESIDENCE_COUNTY_BLANK'
        WHEN residence_code IS NULL THEN 'RESIDENCE_COUNTY_MALFORMED'
        WHEN residence_code NOT IN (SELECT county_code FROM known_counties) THEN 'RESIDENCE_COUNTY_UNKNOWN'
    END AS reject_code,
    CAST(year(discharge_day) AS INTEGER) AS year,
    CAST(month(discharge_day) AS INTEGER) AS month
FROM located

-- records_county_month: per county-level unit (city districts included) and month of discharge.
-- One text, run as written by DuckDB and by Spark SQL (portable SQL only; integer sums cast to
-- BIGINT and ratios of exact integers, so both engines give the same numbers to the last bit).
-- Input view `records`: the stored discharges without rejects.
WITH r AS (
    SELECT CAST(year AS INT) AS year, CAST(month AS INT) AS month, residence_county_code,
           hospital_county_code, discharge_method, receiving_county_code
    FROM records
),
residents AS (
    -- discharges of the county's residents (现住址) from any hospital in the data, and of those,
    -- by a hospital located in the same county
    SELECT residence_county_code AS county_code, year, month,
           COUNT(*) AS resident_discharges,
           CAST(SUM(CASE WHEN hospital_county_code = residence_county_code THEN 1 ELSE 0 END) AS BIGINT)
               AS resident_discharges_in_county
    FROM r
    GROUP BY residence_county_code, year, month
),
transfers AS (
    -- 离院方式 2 医嘱转院 from a hospital in the county to an institution that the facility
    -- dictionary places outside it; counted against the discharging hospital's county
    SELECT hospital_county_code AS county_code, year, month, COUNT(*) AS outward_transfers
    FROM r
    WHERE discharge_method = '2' AND hospital_county_code IS NOT NULL
      AND receiving_county_code IS NOT NULL AND receiving_county_code <> hospital_county_code
    GROUP BY hospital_county_code, year, month
)
SELECT
    COALESCE(residents.county_code, transfers.county_code) AS county_code,
    COALESCE(residents.year, transfers.year) AS year,
    COALESCE(residents.month, transfers.month) AS month,
    COALESCE(resident_discharges, 0) AS resident_discharges,
    COALESCE(resident_discharges_in_county, 0) AS resident_discharges_in_county,
    CAST(resident_discharges_in_county AS DOUBLE) / CAST(NULLIF(resident_discharges, 0) AS DOUBLE) AS within_county_rate,
    COALESCE(outward_transfers, 0) AS outward_transfers
FROM residents
FULL OUTER JOIN transfers
  ON residents.county_code = transfers.county_code AND residents.year = transfers.year
 AND residents.month = transfers.month
ORDER BY county_code, year, month

-- Macros shared by the derived models and the validation views.
-- months_between(s, e): calendar-aware length of the inclusive stay [s, e] in months,
-- the same definition as pipelines/ingest/parse_dates.months_between:
-- 2023-03-01..2023-08-31 = 6.0, 2023-03-15..2023-09-14 = 6.0; a partial month counts its
-- days over the length of that month.
CREATE OR REPLACE TEMP MACRO months_between(s, e) AS (
    CASE WHEN s IS NULL OR e IS NULL THEN NULL ELSE (
        WITH parts AS (
            SELECT ((year(e + 1) - year(s)) * 12 + month(e + 1) - month(s)
                    - CASE WHEN day(e + 1) < day(s) THEN 1 ELSE 0 END) AS whole
        )
        SELECT whole + date_diff('day', CAST(s + to_months(CAST(whole AS INTEGER)) AS DATE), e + 1)
                       / date_diff('day', CAST(s + to_months(CAST(whole AS INTEGER)) AS DATE),
                                          CAST(s + to_months(CAST(whole AS INTEGER) + 1) AS DATE))
        FROM parts
    ) END
);

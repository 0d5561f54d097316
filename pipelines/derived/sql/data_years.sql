-- d_data_years — grain: one calendar year. The data's years: every year that appears in an
-- activity-bearing curated table (monthly statistics, county admissions, staff assessments,
-- deployments, trainees, techniques, activities).
-- Read by: d_data_window (the validation window), every indicator's recipient-years
-- (indicators/_common.py), the report's and export's "is there data for this year" check,
-- the data quality review's window (validation/dqr.py).
SELECT DISTINCT CAST(year AS INTEGER) AS year FROM (
    SELECT year FROM hospital_monthly_stats
    UNION SELECT year FROM county_inpatient_stats
    UNION SELECT year FROM staff_monthly_assessments
    UNION SELECT year(start_date) FROM deployments
    UNION SELECT year(start_date) FROM trainees
    UNION SELECT year(first_performed_date) FROM techniques
    UNION SELECT year(activity_date) FROM activities
) WHERE year IS NOT NULL

-- _window: the period a validation run judges, one row.
-- Data years are the years that appear in the activity-bearing tables; a profile with a
-- programme cycle narrows the window to the cycle.
WITH years AS (
    SELECT year FROM hospital_monthly_stats
    UNION SELECT year(start_date) FROM deployments
    UNION SELECT year(start_date) FROM trainees
    UNION SELECT year(activity_date) FROM activities
    UNION SELECT year(first_performed_date) FROM techniques
)
SELECT
    greatest(make_date(CAST(min(year) AS INTEGER), 1, 1), DATE '{{ cycle_start }}') AS start_date,
    least(make_date(CAST(max(year) AS INTEGER), 12, 31), DATE '{{ cycle_end }}') AS end_date,
    '{{ cycle_label }}' AS cycle_label
FROM years

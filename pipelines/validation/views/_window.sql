-- _window: the period a validation run judges, one row.
-- Data years are the years that appear in the activity-bearing tables; a profile with a
-- programme cycle narrows the window to the cycle. cycle_complete says whether the data
-- reach the end of the cycle (always true without a cycle): rules judged "over the cycle"
-- (R11, R20) are only judged then, because a cycle still running may yet meet them.
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
    {% if cycle_label %}'{{ cycle_label }}'{% else %}strftime(greatest(make_date(CAST(min(year) AS INTEGER), 1, 1), DATE '{{ cycle_start }}'), '%Y-%m-%d')
        || '~' || strftime(least(make_date(CAST(max(year) AS INTEGER), 12, 31), DATE '{{ cycle_end }}'), '%Y-%m-%d'){% endif %} AS cycle_label,
    {% if cycle_label %}make_date(CAST(max(year) AS INTEGER), 12, 31) >= DATE '{{ cycle_end }}'{% else %}TRUE{% endif %} AS cycle_complete
FROM years

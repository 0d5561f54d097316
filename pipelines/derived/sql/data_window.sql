-- _window (d_data_window) — grain: one row, the period a profile judges: the data's years
-- (d_data_years) narrowed to the profile's programme cycle. cycle_complete says whether the data
-- reach the end of the cycle (always true without a cycle): rules judged "over the cycle"
-- (R11, R20) are only judged then, because a cycle still running may yet meet them.
-- Read by: d_recipient_year, every validation view (validation/views/), the R06 coverage
-- indicator (through d_recipient_year).
WITH years AS (SELECT year FROM d_data_years)
SELECT
    greatest(make_date(CAST(min(year) AS INTEGER), 1, 1), DATE '{{ cycle_start }}') AS start_date,
    least(make_date(CAST(max(year) AS INTEGER), 12, 31), DATE '{{ cycle_end }}') AS end_date,
    {% if cycle_label %}'{{ cycle_label }}'{% else %}strftime(greatest(make_date(CAST(min(year) AS INTEGER), 1, 1), DATE '{{ cycle_start }}'), '%Y-%m-%d')
        || '~' || strftime(least(make_date(CAST(max(year) AS INTEGER), 12, 31), DATE '{{ cycle_end }}'), '%Y-%m-%d'){% endif %} AS cycle_label,
    {% if cycle_label %}make_date(CAST(max(year) AS INTEGER), 12, 31) >= DATE '{{ cycle_end }}'{% else %}TRUE{% endif %} AS cycle_complete
FROM years

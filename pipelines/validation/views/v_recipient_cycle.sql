-- v_recipient_cycle — grain: recipient x the window (the profile's cycle).
-- Rules R11 (new techniques over the cycle) and R21 (the first dispatched staff on site by
-- the deadline: days from the deadline to the first day anyone was on site; negative = early).
WITH rec AS (
    SELECT p.recipient_hospital_id,
           string_agg(DISTINCT p.support_hospital_id, ',' ORDER BY p.support_hospital_id) AS support_hospital_id
    FROM pairings p
    JOIN hospitals sh ON sh.hospital_id = p.support_hospital_id
    JOIN hospitals rh ON rh.hospital_id = p.recipient_hospital_id
    CROSS JOIN _window w
    WHERE {{ scope }}
      AND p.start_date <= w.end_date AND coalesce(p.end_date, DATE '9999-12-31') >= w.start_date
    GROUP BY 1
),
te AS (
    SELECT t.recipient_hospital_id, count(*) AS n
    FROM techniques t CROSS JOIN _window w
    WHERE t.first_performed_date BETWEEN w.start_date AND w.end_date
    GROUP BY 1
),
fd AS (
    SELECT d.recipient_hospital_id, min(d.start_date) AS first_day
    FROM deployments d CROSS JOIN _window w
    WHERE d.start_date BETWEEN w.start_date AND w.end_date
    GROUP BY 1
)
SELECT
    rec.recipient_hospital_id AS entity_id,
    rec.recipient_hospital_id AS hospital_id,
    rec.support_hospital_id,
    rec.recipient_hospital_id,
    w.cycle_label AS period,
    coalesce(te.n, 0) AS techniques,
    fd.first_day AS first_dispatch_day,
    {% if r21_deadline %}date_diff('day', DATE '{{ r21_deadline }}', fd.first_day){% else %}CAST(NULL AS BIGINT){% endif %} AS days_after_deadline
FROM rec
LEFT JOIN te USING (recipient_hospital_id)
LEFT JOIN fd USING (recipient_hospital_id)
CROSS JOIN _window w

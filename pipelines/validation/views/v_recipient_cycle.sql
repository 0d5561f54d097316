-- v_recipient_cycle — grain: recipient x the window (the profile's cycle).
-- Rules R11 (new techniques over the cycle; judged once the data reach the end of the
-- cycle) and R21 (staff on site by the deadline: days from the due date to the first day
-- anyone was on site, negative = early). The due date is the deadline, or the start of the
-- recipient's first pairing in scope when that is later. Nobody on site by the end of the
-- data counts as arriving the day after; a due date after the data is not judged yet.
WITH rec AS (
    SELECT p.recipient_hospital_id,
           string_agg(DISTINCT p.support_hospital_id, ',' ORDER BY p.support_hospital_id) AS support_hospital_id,
           min(p.start_date) AS first_pairing_start
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
    SELECT d.recipient_hospital_id, min(greatest(d.start_date, w.start_date)) AS first_day
    FROM deployments d CROSS JOIN _window w
    WHERE d.start_date <= w.end_date AND coalesce(d.end_date, d.start_date) >= w.start_date
    GROUP BY 1
),
due AS (
    SELECT rec.recipient_hospital_id,
           {% if r21_deadline %}greatest(DATE '{{ r21_deadline }}', rec.first_pairing_start){% else %}CAST(NULL AS DATE){% endif %} AS due_date
    FROM rec
)
SELECT
    rec.recipient_hospital_id AS entity_id,
    rec.recipient_hospital_id AS hospital_id,
    rec.support_hospital_id,
    rec.recipient_hospital_id,
    w.cycle_label AS period,
    CASE WHEN w.cycle_complete THEN coalesce(te.n, 0) END AS techniques,
    fd.first_day AS first_dispatch_day,
    due.due_date,
    CASE WHEN due.due_date <= w.end_date
         THEN date_diff('day', due.due_date, coalesce(fd.first_day, CAST(w.end_date + 1 AS DATE))) END AS days_after_deadline
FROM rec
JOIN due USING (recipient_hospital_id)
LEFT JOIN te USING (recipient_hospital_id)
LEFT JOIN fd USING (recipient_hospital_id)
CROSS JOIN _window w

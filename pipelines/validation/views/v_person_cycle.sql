-- v_person_cycle — grain: one dispatched person x support hospital over the window
-- (the profile's cycle). Rule R20: months on site added up across the person's stays,
-- each stay clipped to the cycle; judged for doctors (title ...医师) once the data reach
-- the end of the cycle (NULL before: the person may still serve).
SELECT
    d.person_id || '-' || d.support_hospital_id AS entity_id,
    min(d.recipient_hospital_id) AS hospital_id,
    d.support_hospital_id,
    min(d.recipient_hospital_id) AS recipient_hospital_id,
    any_value(w.cycle_label) AS period,
    d.person_id,
    bool_or(coalesce(d.title, '') LIKE '%医师') AS is_doctor,
    CASE WHEN any_value(w.cycle_complete) THEN
        sum(months_between(greatest(d.start_date, w.start_date), least(coalesce(d.end_date, w.end_date), w.end_date))) END AS cumulative_months
FROM deployments d
JOIN hospitals sh ON sh.hospital_id = d.support_hospital_id
JOIN hospitals rh ON rh.hospital_id = d.recipient_hospital_id
CROSS JOIN _window w
WHERE {{ scope }}
  AND d.start_date <= w.end_date AND coalesce(d.end_date, d.start_date) >= w.start_date
GROUP BY d.person_id, d.support_hospital_id

-- v_trainee — grain: one training stay (进修) of a recipient's staff member (trainees).
-- Rules R08 (months in training) and R09 (fee). hospital_id is the sending recipient;
-- period is the year the stay started.
SELECT
    t.trainee_id AS entity_id,
    t.recipient_hospital_id AS hospital_id,
    t.host_hospital_id AS support_hospital_id,
    t.recipient_hospital_id,
    CAST(year(t.start_date) AS VARCHAR) AS period,
    t.person_id, t.department, t.start_date, t.end_date,
    months_between(t.start_date, t.end_date) AS months_in_training,
    CAST(coalesce(t.fee_charged, 0) AS DOUBLE) AS fee,
    t.completed
FROM trainees t
JOIN hospitals sh ON sh.hospital_id = t.host_hospital_id
JOIN hospitals rh ON rh.hospital_id = t.recipient_hospital_id
CROSS JOIN _window w
WHERE {{ scope }}
  AND t.start_date BETWEEN w.start_date AND w.end_date

-- v_staff_month — grain: one dispatched person's month at a recipient
-- (staff_monthly_assessments). Rules R13 (monthly score) and R14 (spot checks).
SELECT
    a.person_id || '-' || a.year || '-' || lpad(CAST(a.month AS VARCHAR), 2, '0') AS entity_id,
    a.recipient_hospital_id AS hospital_id,
    coalesce(a.support_hospital_id,
             (SELECT min(d.support_hospital_id) FROM deployments d
               WHERE d.person_id = a.person_id AND d.recipient_hospital_id = a.recipient_hospital_id)) AS support_hospital_id,
    a.recipient_hospital_id,
    a.year || '-' || lpad(CAST(a.month AS VARCHAR), 2, '0') AS period,
    a.person_id, a.year, a.month,
    CAST(a.score AS DOUBLE) AS score,
    a.spot_checks,
    a.spot_checks_present
FROM staff_monthly_assessments a
JOIN hospitals rh ON rh.hospital_id = a.recipient_hospital_id
LEFT JOIN hospitals sh ON sh.hospital_id = a.support_hospital_id
CROSS JOIN _window w
WHERE {{ scope_recipient_only }}
  AND make_date(a.year, a.month, 1) BETWEEN w.start_date AND w.end_date

-- v_deployment — grain: one dispatched person's stay at a recipient (deployments).
-- Rules R01 (months on site), R02 (title rank), R03 (years of service), R15 (paid by the
-- recipient), R16 (written assessment at the end), and sanity S05 (on site at two recipients).
-- hospital_id is the recipient; period is the year the stay started.
SELECT
    d.deployment_id AS entity_id,
    d.recipient_hospital_id AS hospital_id,
    d.support_hospital_id,
    d.recipient_hospital_id,
    CAST(year(d.start_date) AS VARCHAR) AS period,
    d.person_id, d.department, d.title, d.title_rank, d.staff_category, d.position_at_recipient,
    d.start_date, d.end_date,
    months_between(d.start_date, d.end_date) AS months_on_site,
    CASE d.title_rank WHEN '初级' THEN 1 WHEN '中级' THEN 2 WHEN '副高级' THEN 3 WHEN '正高级' THEN 4 END AS title_rank_ord,
    d.years_of_service,
    CAST(coalesce(d.paid_by_recipient, 0) AS DOUBLE) AS paid,
    -- judged only for stays that ended inside the data window
    CASE WHEN d.end_date <= w.end_date THEN coalesce(d.written_assessment, false) END AS written_assessment_done,
    (SELECT coalesce(max(date_diff('day', greatest(o.start_date, d.start_date), least(o.end_date, d.end_date)) + 1), 0)
       FROM deployments o
      WHERE o.person_id = d.person_id AND o.recipient_hospital_id <> d.recipient_hospital_id
        AND o.start_date <= d.end_date AND o.end_date >= d.start_date) AS days_at_other_recipient,
    rh.category = '中医医院' AS is_tcm
FROM deployments d
JOIN hospitals sh ON sh.hospital_id = d.support_hospital_id
JOIN hospitals rh ON rh.hospital_id = d.recipient_hospital_id
CROSS JOIN _window w
WHERE {{ scope }}
  AND d.start_date <= w.end_date AND coalesce(d.end_date, d.start_date) >= w.start_date

-- v_recipient_batch — grain: one dispatch batch ("组团式"): the people a support hospital
-- sends to one recipient who start in the same calendar month.
-- Rules R04 (team size, smaller minimum for TCM recipients) and R05 (a vice-president).
SELECT
    d.support_hospital_id || '-' || d.recipient_hospital_id || '-' || strftime(date_trunc('month', d.start_date), '%Y-%m') AS entity_id,
    d.recipient_hospital_id AS hospital_id,
    d.support_hospital_id,
    d.recipient_hospital_id,
    CAST(year(date_trunc('month', d.start_date)) AS VARCHAR) AS period,
    CAST(date_trunc('month', d.start_date) AS DATE) AS batch_month,
    count(*) AS team_size,
    bool_or(coalesce(d.position_at_recipient, '') = '副院长') AS has_vice_president,
    any_value(rh.category = '中医医院') AS is_tcm
FROM deployments d
JOIN hospitals sh ON sh.hospital_id = d.support_hospital_id
JOIN hospitals rh ON rh.hospital_id = d.recipient_hospital_id
CROSS JOIN _window w
WHERE {{ scope }}
  AND d.start_date BETWEEN w.start_date AND w.end_date
GROUP BY d.support_hospital_id, d.recipient_hospital_id, date_trunc('month', d.start_date)

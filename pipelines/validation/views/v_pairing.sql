-- v_pairing — grain: one support relationship (pairings).
-- Rules R17 (ended inside the period it should stay stable) and R18 (agreement signed
-- before work starts, or before the profile's deadline).
SELECT
    p.pairing_id AS entity_id,
    p.recipient_hospital_id AS hospital_id,
    p.support_hospital_id,
    p.recipient_hospital_id,
    CAST(year(p.start_date) AS VARCHAR) AS period,
    p.programme, p.start_date, p.end_date, p.agreement_date,
    {% if r17_period_end %}
    CASE WHEN p.end_date IS NOT NULL AND p.end_date >= DATE '{{ r17_period_start }}' AND p.end_date < DATE '{{ r17_period_end }}'
         THEN date_diff('day', p.end_date, DATE '{{ r17_period_end }}') ELSE 0 END
    {% else %} CAST(NULL AS BIGINT) {% endif %} AS days_ended_early,
    p.agreement_date IS NOT NULL AS agreement_signed,
    date_diff('day', {% if r18_deadline %}DATE '{{ r18_deadline }}'{% else %}p.start_date{% endif %}, p.agreement_date) AS agreement_days_late
FROM pairings p
JOIN hospitals sh ON sh.hospital_id = p.support_hospital_id
JOIN hospitals rh ON rh.hospital_id = p.recipient_hospital_id
CROSS JOIN _window w
WHERE {{ scope }}
  AND p.start_date <= w.end_date AND coalesce(p.end_date, DATE '9999-12-31') >= w.start_date

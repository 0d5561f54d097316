-- v_pairing — grain: one support relationship (pairings).
-- Rules R17 (ended inside the period it should stay stable; its result period is the year
-- the pairing ended, or the last year it is observed) and R18 (agreement signed by the day
-- support starts, or by the profile's deadline when the pairing started before it).
SELECT
    p.pairing_id AS entity_id,
    p.recipient_hospital_id AS hospital_id,
    p.support_hospital_id,
    p.recipient_hospital_id,
    CAST(year(p.start_date) AS VARCHAR) AS period,
    CAST(year(least(coalesce(p.end_date, w.end_date), w.end_date)) AS VARCHAR) AS period_observed_to,
    p.programme, p.start_date, p.end_date, p.agreement_date,
    {% if r17_period_end %}
    CASE WHEN p.end_date IS NOT NULL AND p.end_date >= DATE '{{ r17_period_start }}' AND p.end_date < DATE '{{ r17_period_end }}'
         THEN date_diff('day', p.end_date, DATE '{{ r17_period_end }}') ELSE 0 END
    {% else %} CAST(NULL AS BIGINT) {% endif %} AS days_ended_early,
    p.agreement_date IS NOT NULL AS agreement_signed,
    date_diff('day', {% if r18_deadline %}greatest(DATE '{{ r18_deadline }}', p.start_date){% else %}p.start_date{% endif %}, p.agreement_date) AS agreement_days_late
FROM pairings p
JOIN hospitals sh ON sh.hospital_id = p.support_hospital_id
JOIN hospitals rh ON rh.hospital_id = p.recipient_hospital_id
CROSS JOIN _window w
WHERE {{ scope }}
  AND p.start_date <= w.end_date AND coalesce(p.end_date, DATE '9999-12-31') >= w.start_date

-- v_deployment — grain: one dispatched person's stay at a recipient (deployments).
-- Rules R01 (months continuously on site), R02 (title rank), R03 (years of service), R15
-- (paid by the recipient), R16 (written assessment at the end), and sanity S05 (on site at
-- two recipients). hospital_id is the recipient; period is the year the stay started.
-- R01 measures the continuous spell the stay belongs to: stays of the same person at the
-- same recipient that follow each other without a gap (e.g. one stay split over two annual
-- rosters) are one spell. A spell with an open end date is not measured.
WITH ordered AS (
    SELECT d.deployment_id, d.person_id, d.recipient_hospital_id, d.start_date, d.end_date,
           CASE WHEN d.start_date <= max(coalesce(d.end_date, DATE '9999-12-30')) OVER (
                    PARTITION BY d.person_id, d.recipient_hospital_id ORDER BY d.start_date, d.deployment_id
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1
                THEN 0 ELSE 1 END AS new_spell
    FROM deployments d
),
numbered AS (
    SELECT *, sum(new_spell) OVER (PARTITION BY person_id, recipient_hospital_id ORDER BY start_date, deployment_id) AS spell_no
    FROM ordered
),
spells AS (
    SELECT deployment_id,
           min(start_date) OVER s AS spell_start,
           CASE WHEN count(*) FILTER (WHERE end_date IS NULL) OVER s > 0 THEN NULL ELSE max(end_date) OVER s END AS spell_end
    FROM numbered
    WINDOW s AS (PARTITION BY person_id, recipient_hospital_id, spell_no)
)
SELECT
    d.deployment_id AS entity_id,
    d.recipient_hospital_id AS hospital_id,
    d.support_hospital_id,
    d.recipient_hospital_id,
    CAST(year(d.start_date) AS VARCHAR) AS period,
    d.person_id, d.department, d.title, d.title_rank, d.staff_category, d.position_at_recipient,
    d.start_date, d.end_date,
    months_between(d.start_date, d.end_date) AS months_on_site,
    months_between(sp.spell_start, sp.spell_end) AS months_continuous,
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
JOIN spells sp USING (deployment_id)
JOIN hospitals sh ON sh.hospital_id = d.support_hospital_id
JOIN hospitals rh ON rh.hospital_id = d.recipient_hospital_id
CROSS JOIN _window w
WHERE {{ scope }}
  AND d.start_date <= w.end_date AND coalesce(d.end_date, d.start_date) >= w.start_date

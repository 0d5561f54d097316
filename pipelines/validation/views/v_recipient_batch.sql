-- v_recipient_batch — grain: one dispatch batch ("组团式"): the people a support hospital
-- sends to one recipient who arrive in the same calendar month.
-- Rules R04 (team size, smaller minimum for TCM recipients) and R05 (a vice-president).
-- The rules are about the team a batch forms on site: team_size counts the batch's arrivals
-- and the same support hospital's staff already at the recipient who stay on beyond a
-- handover of {{ handover_days }} days (R04/R05 parameter handover_days) after the batch's
-- first arrival. So a lone replacement joining a team of five is one of a team of six, not a
-- batch of one, while an outgoing batch that leaves within the handover is not part of the
-- new team. A stay that continues the same person's stay at the recipient without a gap (one
-- stay split over two annual rosters) is not an arrival. batch_size is the arrivals alone.
WITH stays AS (
    SELECT d.*,
           coalesce(d.start_date <= max(coalesce(d.end_date, DATE '9999-12-30')) OVER (
               PARTITION BY d.person_id, d.recipient_hospital_id ORDER BY d.start_date, d.deployment_id
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1, FALSE) AS continues
    FROM deployments d
    WHERE d.start_date IS NOT NULL
),
batches AS (
    SELECT s.support_hospital_id, s.recipient_hospital_id,
           CAST(date_trunc('month', s.start_date) AS DATE) AS batch_month,
           min(s.start_date) AS first_arrival,
           count(DISTINCT s.person_id) AS batch_size,
           any_value(rh.category = '中医医院') AS is_tcm
    FROM stays s
    JOIN hospitals sh ON sh.hospital_id = s.support_hospital_id
    JOIN hospitals rh ON rh.hospital_id = s.recipient_hospital_id
    CROSS JOIN _window w
    WHERE {{ scope }}
      AND s.start_date BETWEEN w.start_date AND w.end_date
      AND NOT s.continues
    GROUP BY 1, 2, 3
),
team AS (   -- the batch's arrivals, and who was there before its month and is still there after the handover
    SELECT b.support_hospital_id, b.recipient_hospital_id, b.batch_month, s.person_id, s.position_at_recipient
    FROM batches b
    JOIN stays s ON s.support_hospital_id = b.support_hospital_id AND s.recipient_hospital_id = b.recipient_hospital_id
    WHERE (NOT s.continues AND date_trunc('month', s.start_date) = b.batch_month)
       OR (s.start_date <= b.first_arrival + {{ handover_days }}
           AND coalesce(s.end_date, DATE '9999-12-31') >= b.first_arrival + {{ handover_days }}
           AND EXISTS (SELECT 1 FROM stays e
                       WHERE e.person_id = s.person_id AND e.support_hospital_id = s.support_hospital_id
                         AND e.recipient_hospital_id = s.recipient_hospital_id AND e.start_date < b.batch_month))
),
team_size AS (
    SELECT support_hospital_id, recipient_hospital_id, batch_month,
           count(DISTINCT person_id) AS team_size,
           bool_or(coalesce(position_at_recipient, '') = '副院长') AS has_vice_president
    FROM team
    GROUP BY 1, 2, 3
)
SELECT
    b.support_hospital_id || '-' || b.recipient_hospital_id || '-' || strftime(b.batch_month, '%Y-%m') AS entity_id,
    b.recipient_hospital_id AS hospital_id,
    b.support_hospital_id,
    b.recipient_hospital_id,
    CAST(year(b.batch_month) AS VARCHAR) AS period,
    b.batch_month,
    b.batch_size,
    t.team_size - b.batch_size AS staying_on,
    t.team_size,
    t.has_vice_president,
    b.is_tcm
FROM batches b
JOIN team_size t USING (support_hospital_id, recipient_hospital_id, batch_month)

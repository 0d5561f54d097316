-- v_recipient_year — grain: recipient x calendar year in which a pairing in scope is active
-- on at least one day (limited to the data window).
-- Rules R06 (days without dispatched staff on site), R07 (trainees), R10 (new techniques),
-- R12 (training events of the types the profile counts as training).
WITH active AS (
    SELECT p.recipient_hospital_id, y.year,
           string_agg(DISTINCT p.support_hospital_id, ',' ORDER BY p.support_hospital_id) AS support_hospital_id,
           min(greatest(p.start_date, make_date(y.year, 1, 1), w.start_date)) AS active_from,
           max(least(coalesce(p.end_date, DATE '9999-12-31'), make_date(y.year, 12, 31), w.end_date)) AS active_to
    FROM pairings p
    JOIN hospitals sh ON sh.hospital_id = p.support_hospital_id
    JOIN hospitals rh ON rh.hospital_id = p.recipient_hospital_id
    CROSS JOIN _window w
    CROSS JOIN (SELECT range AS year FROM range(year((SELECT start_date FROM _window)), year((SELECT end_date FROM _window)) + 1)) y
    WHERE {{ scope }}
      AND p.start_date <= least(make_date(y.year, 12, 31), w.end_date)
      AND coalesce(p.end_date, DATE '9999-12-31') >= greatest(make_date(y.year, 1, 1), w.start_date)
    GROUP BY 1, 2
),
days AS (
    SELECT recipient_hospital_id, year, CAST(unnest(generate_series(active_from, active_to, INTERVAL 1 DAY)) AS DATE) AS day
    FROM active
),
covered AS (
    SELECT dd.recipient_hospital_id, dd.year, count(DISTINCT dd.day) AS covered_days
    FROM days dd
    JOIN deployments d ON d.recipient_hospital_id = dd.recipient_hospital_id
     AND dd.day >= d.start_date AND dd.day <= coalesce(d.end_date, dd.day)
    GROUP BY 1, 2
),
tr AS (SELECT recipient_hospital_id, year(start_date) AS year, count(*) AS n FROM trainees GROUP BY 1, 2),
te AS (SELECT recipient_hospital_id, year(first_performed_date) AS year, count(*) AS n FROM techniques GROUP BY 1, 2),
ac AS (SELECT recipient_hospital_id, year(activity_date) AS year, count(*) AS n FROM activities
       WHERE activity_type IN ({{ training_types }}) GROUP BY 1, 2)
SELECT
    a.recipient_hospital_id || '-' || a.year AS entity_id,
    a.recipient_hospital_id AS hospital_id,
    a.support_hospital_id,
    a.recipient_hospital_id,
    CAST(a.year AS VARCHAR) AS period,
    a.year,
    a.active_from, a.active_to,
    date_diff('day', a.active_from, a.active_to) + 1 AS active_days,
    date_diff('day', a.active_from, a.active_to) + 1 - coalesce(c.covered_days, 0) AS uncovered_days,
    coalesce(tr.n, 0) AS trainees,
    coalesce(te.n, 0) AS techniques,
    coalesce(ac.n, 0) AS trainings
FROM active a
LEFT JOIN covered c USING (recipient_hospital_id, year)
LEFT JOIN tr USING (recipient_hospital_id, year)
LEFT JOIN te USING (recipient_hospital_id, year)
LEFT JOIN ac USING (recipient_hospital_id, year)

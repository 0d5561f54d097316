-- v_recipient_year — grain: recipient x calendar year in which a pairing in scope is active
-- on at least one day (limited to the data window).
-- Rules R06 (days without dispatched staff on site), R07 (trainees), R10 (new techniques),
-- R12 (training events of the types the profile counts as training); R07, R10 and R12 only in
-- years paired throughout the judged part of the year (paired_whole_year).
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
-- covered_days: the days of [active_from, active_to] on which at least one deployment to the
-- recipient is on site (an open end date: on site from the start on), counted from intervals
-- rather than day by day: the deployments' intervals clipped to the active period, in order
-- of start, each adding its days after the latest end of those before it (all of which start
-- no later, so they cover every day from its start to that end).
clipped AS (
    SELECT a.recipient_hospital_id, a.year,
           greatest(d.start_date, a.active_from) AS s,
           least(coalesce(d.end_date, a.active_to), a.active_to) AS e
    FROM active a
    JOIN deployments d ON d.recipient_hospital_id = a.recipient_hospital_id
    WHERE d.start_date IS NOT NULL
      AND greatest(d.start_date, a.active_from) <= least(coalesce(d.end_date, a.active_to), a.active_to)
),
covered AS (
    SELECT recipient_hospital_id, year,
           CAST(sum(greatest(date_diff('day', greatest(s, coalesce(prev_e + 1, s)), e) + 1, 0)) AS BIGINT) AS covered_days
    FROM (SELECT *, max(e) OVER (PARTITION BY recipient_hospital_id, year ORDER BY s, e
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_e
          FROM clipped)
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
    -- paired over the whole judged part of the year (not from or to mid-year): R07, R10 and R12
    -- judge a year's count only then
    a.active_from = greatest(make_date(a.year, 1, 1), w.start_date) AND a.active_to = least(make_date(a.year, 12, 31), w.end_date)
        AS paired_whole_year,
    date_diff('day', a.active_from, a.active_to) + 1 - coalesce(c.covered_days, 0) AS uncovered_days,
    coalesce(tr.n, 0) AS trainees,
    coalesce(te.n, 0) AS techniques,
    coalesce(ac.n, 0) AS trainings
FROM active a
CROSS JOIN _window w
LEFT JOIN covered c USING (recipient_hospital_id, year)
LEFT JOIN tr USING (recipient_hospital_id, year)
LEFT JOIN te USING (recipient_hospital_id, year)
LEFT JOIN ac USING (recipient_hospital_id, year)

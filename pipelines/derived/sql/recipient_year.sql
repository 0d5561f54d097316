-- d_recipient_year — grain: recipient x calendar year in which a pairing in the profile's
-- scope is active on at least one day of the window (_window).
-- Columns: recipient_hospital_id, year, support_hospital_id (its support hospitals in scope,
-- comma-separated), active_from, active_to (first and last active day of the year),
-- active_days (days on which a pairing in scope is active: gaps between pairings are not
-- counted), covered_days (of those, days with at least one dispatched person on site; a stay
-- without an end date covers every day from its start), uncovered_days, paired_whole_year
-- (a pairing in scope on every day of the year's judged part).
-- Read by: validation's v_recipient_year (R06 uncovered days; R07, R10, R12 judged only when
-- paired_whole_year), the coverage indicator coverage_recipient_year (R06), the report's
-- judged set (ReportContext.paired_whole_year).
-- Day ranges, not day by day: pairings and stays are merged into disjoint ranges (gaps and
-- islands), so overlapping pairings or stays are counted once (rid breaks ties, so that both
-- window passes see the ranges in the same order).
WITH spans AS (   -- pairings in scope, clipped to the window and cut at the year boundaries
    SELECT p.recipient_hospital_id, p.support_hospital_id, CAST(g.y AS INTEGER) AS year,
           greatest(p.start_date, w.start_date, make_date(CAST(g.y AS INTEGER), 1, 1)) AS lo,
           least(coalesce(p.end_date, DATE '9999-12-31'), w.end_date, make_date(CAST(g.y AS INTEGER), 12, 31)) AS hi
    FROM pairings p
    LEFT JOIN hospitals sh ON sh.hospital_id = p.support_hospital_id   -- LEFT: a scope condition on a hospital not in the registry is not met
    LEFT JOIN hospitals rh ON rh.hospital_id = p.recipient_hospital_id
    CROSS JOIN _window w,
    unnest(generate_series(year(greatest(p.start_date, w.start_date)),
                           year(least(coalesce(p.end_date, DATE '9999-12-31'), w.end_date)))) AS g(y)
    WHERE {{ scope }}
      AND p.start_date <= w.end_date AND coalesce(p.end_date, DATE '9999-12-31') >= w.start_date
),
active AS (       -- the active ranges of each recipient-year, merged
    SELECT recipient_hospital_id, year, min(lo) AS lo, max(hi) AS hi FROM (
        SELECT *, sum(CASE WHEN prev_hi IS NULL OR lo > prev_hi + 1 THEN 1 ELSE 0 END)
                      OVER (PARTITION BY recipient_hospital_id, year ORDER BY lo, hi, rid ROWS UNBOUNDED PRECEDING) AS island
        FROM (SELECT *, max(hi) OVER (PARTITION BY recipient_hospital_id, year ORDER BY lo, hi, rid
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_hi
              FROM (SELECT *, row_number() OVER () AS rid FROM spans WHERE lo <= hi)))
    GROUP BY recipient_hospital_id, year, island
),
stays AS (        -- each recipient's dispatched staff on site, merged
    SELECT recipient_hospital_id, min(lo) AS lo, max(hi) AS hi FROM (
        SELECT *, sum(CASE WHEN prev_hi IS NULL OR lo > prev_hi + 1 THEN 1 ELSE 0 END)
                      OVER (PARTITION BY recipient_hospital_id ORDER BY lo, hi, rid ROWS UNBOUNDED PRECEDING) AS island
        FROM (SELECT *, max(hi) OVER (PARTITION BY recipient_hospital_id ORDER BY lo, hi, rid
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_hi
              FROM (SELECT recipient_hospital_id, start_date AS lo, coalesce(end_date, DATE '9999-12-31') AS hi,
                           row_number() OVER () AS rid
                    FROM deployments WHERE start_date IS NOT NULL AND start_date <= coalesce(end_date, DATE '9999-12-31'))))
    GROUP BY recipient_hospital_id, island
),
covered AS (
    SELECT a.recipient_hospital_id, a.year, sum(least(a.hi, s.hi) - greatest(a.lo, s.lo) + 1) AS covered_days
    FROM active a JOIN stays s ON s.recipient_hospital_id = a.recipient_hospital_id AND s.lo <= a.hi AND s.hi >= a.lo
    GROUP BY 1, 2
),
per_year AS (
    SELECT recipient_hospital_id, year, min(lo) AS active_from, max(hi) AS active_to, sum(hi - lo + 1) AS active_days
    FROM active GROUP BY 1, 2
),
supports AS (
    SELECT recipient_hospital_id, year, string_agg(DISTINCT support_hospital_id, ',' ORDER BY support_hospital_id) AS support_hospital_id
    FROM spans WHERE lo <= hi GROUP BY 1, 2
)
SELECT
    y.recipient_hospital_id, y.year, s.support_hospital_id,
    y.active_from, y.active_to,
    CAST(y.active_days AS BIGINT) AS active_days,
    CAST(coalesce(c.covered_days, 0) AS BIGINT) AS covered_days,
    CAST(y.active_days - coalesce(c.covered_days, 0) AS BIGINT) AS uncovered_days,
    y.active_from = greatest(make_date(y.year, 1, 1), w.start_date)
        AND y.active_to = least(make_date(y.year, 12, 31), w.end_date)
        AND y.active_days = date_diff('day', y.active_from, y.active_to) + 1 AS paired_whole_year
FROM per_year y
CROSS JOIN _window w
JOIN supports s USING (recipient_hospital_id, year)
LEFT JOIN covered c USING (recipient_hospital_id, year)

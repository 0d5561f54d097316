-- v_recipient_year — grain: recipient x calendar year in which a pairing in scope is active
-- on at least one day (limited to the data window): d_recipient_year (pipelines/derived/)
-- with the year's counts.
-- Rules R06 (days without dispatched staff on site), R07 (trainees), R10 (new techniques),
-- R12 (training events of the types the profile counts as training); R07, R10 and R12 only in
-- years paired throughout the judged part of the year (paired_whole_year).
WITH tr AS (SELECT recipient_hospital_id, year(start_date) AS year, count(*) AS n FROM trainees GROUP BY 1, 2),
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
    a.active_days,
    a.paired_whole_year,
    a.uncovered_days,
    coalesce(tr.n, 0) AS trainees,
    coalesce(te.n, 0) AS techniques,
    coalesce(ac.n, 0) AS trainings
FROM d_recipient_year a
LEFT JOIN tr USING (recipient_hospital_id, year)
LEFT JOIN te USING (recipient_hospital_id, year)
LEFT JOIN ac USING (recipient_hospital_id, year)

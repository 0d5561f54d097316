-- v_sanity_rows — data-sanity checks on the curated rows of every table (S01-S04, S07).
-- One row per curated row; a column is NULL where the check does not apply to that table.
SELECT 'deployments' AS table_name, deployment_id AS entity_id, recipient_hospital_id AS hospital_id,
       support_hospital_id, recipient_hospital_id, CAST(year(start_date) AS VARCHAR) AS period,
       date_diff('day', end_date, start_date) AS days_end_before_start,
       start_date BETWEEN DATE '2000-01-01' AND current_date + INTERVAL 1 YEAR
         AND coalesce(end_date, start_date) BETWEEN DATE '2000-01-01' AND current_date + INTERVAL 3 YEAR AS dates_plausible,
       least(coalesce(years_of_service, 0), coalesce(paid_by_recipient, 0)) AS min_count,
       CAST(NULL AS BIGINT) AS referrals_over_discharges, CAST(NULL AS BOOLEAN) AS pairing_exists
FROM deployments
UNION ALL
SELECT 'trainees', trainee_id, recipient_hospital_id, host_hospital_id, recipient_hospital_id, CAST(year(start_date) AS VARCHAR),
       date_diff('day', end_date, start_date),
       start_date BETWEEN DATE '2000-01-01' AND current_date + INTERVAL 1 YEAR
         AND coalesce(end_date, start_date) BETWEEN DATE '2000-01-01' AND current_date + INTERVAL 3 YEAR,
       coalesce(fee_charged, 0), NULL, NULL
FROM trainees
UNION ALL
SELECT 'pairings', pairing_id, recipient_hospital_id, support_hospital_id, recipient_hospital_id, CAST(year(start_date) AS VARCHAR),
       date_diff('day', end_date, start_date),
       start_date BETWEEN DATE '1990-01-01' AND current_date + INTERVAL 1 YEAR, NULL, NULL, NULL
FROM pairings
UNION ALL
SELECT 'hospital_monthly_stats', recipient_hospital_id || '-' || year || '-' || lpad(CAST(month AS VARCHAR), 2, '0'),
       recipient_hospital_id, NULL, recipient_hospital_id, year || '-' || lpad(CAST(month AS VARCHAR), 2, '0'),
       NULL, make_date(year, month, 1) BETWEEN DATE '2000-01-01' AND current_date + INTERVAL 1 YEAR,
       least(coalesce(outpatient_visits, 0), coalesce(discharges, 0), coalesce(surgeries, 0), coalesce(referrals_out, 0),
             coalesce(referrals_up_received, 0), coalesce(referrals_down_received, 0)),
       referrals_out - discharges, NULL
FROM hospital_monthly_stats
UNION ALL
SELECT 'county_inpatient_stats', county_code || '-' || year, NULL, NULL, NULL, CAST(year AS VARCHAR),
       NULL, year BETWEEN 2000 AND year(current_date) + 1,
       least(coalesce(resident_admissions, 0), coalesce(resident_admissions_outside_county, 0)),
       resident_admissions_outside_county - resident_admissions, NULL
FROM county_inpatient_stats
UNION ALL
SELECT 'techniques', technique_id, recipient_hospital_id, support_hospital_id, recipient_hospital_id, CAST(year(first_performed_date) AS VARCHAR),
       NULL, first_performed_date BETWEEN DATE '2000-01-01' AND current_date + INTERVAL 1 YEAR, coalesce(cases, 0), NULL, NULL
FROM techniques
UNION ALL
SELECT 'activities', a.activity_id, a.recipient_hospital_id, a.support_hospital_id, a.recipient_hospital_id, CAST(year(a.activity_date) AS VARCHAR),
       NULL, a.activity_date BETWEEN DATE '2000-01-01' AND current_date + INTERVAL 1 YEAR, coalesce(a.participants, 0), NULL,
       EXISTS (SELECT 1 FROM pairings p WHERE p.recipient_hospital_id = a.recipient_hospital_id
                 AND (a.support_hospital_id IS NULL OR p.support_hospital_id = a.support_hospital_id))
FROM activities a
UNION ALL
SELECT 'staff_monthly_assessments', person_id || '-' || year || '-' || lpad(CAST(month AS VARCHAR), 2, '0'), recipient_hospital_id,
       support_hospital_id, recipient_hospital_id, year || '-' || lpad(CAST(month AS VARCHAR), 2, '0'),
       NULL, make_date(year, month, 1) BETWEEN DATE '2000-01-01' AND current_date + INTERVAL 1 YEAR,
       least(coalesce(score, 0), coalesce(spot_checks, 0), coalesce(spot_checks_present, 0)), NULL, NULL
FROM staff_monthly_assessments

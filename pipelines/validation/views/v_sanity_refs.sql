-- v_sanity_refs — every hospital reference in the curated tables, and whether it resolves
-- to the registry (S06). Ingestion quarantines unresolvable names, so a failure here means
-- the registry changed after ingestion.
WITH refs AS (
    SELECT 'pairings.support_hospital_id' AS ref, pairing_id AS entity_id, support_hospital_id AS hid, CAST(year(start_date) AS VARCHAR) AS period FROM pairings
    UNION ALL SELECT 'pairings.recipient_hospital_id', pairing_id, recipient_hospital_id, CAST(year(start_date) AS VARCHAR) FROM pairings
    UNION ALL SELECT 'deployments.support_hospital_id', deployment_id, support_hospital_id, CAST(year(start_date) AS VARCHAR) FROM deployments
    UNION ALL SELECT 'deployments.recipient_hospital_id', deployment_id, recipient_hospital_id, CAST(year(start_date) AS VARCHAR) FROM deployments
    UNION ALL SELECT 'trainees.recipient_hospital_id', trainee_id, recipient_hospital_id, CAST(year(start_date) AS VARCHAR) FROM trainees
    UNION ALL SELECT 'trainees.host_hospital_id', trainee_id, host_hospital_id, CAST(year(start_date) AS VARCHAR) FROM trainees
    UNION ALL SELECT 'techniques.recipient_hospital_id', technique_id, recipient_hospital_id, CAST(year(first_performed_date) AS VARCHAR) FROM techniques
    UNION ALL SELECT 'techniques.support_hospital_id', technique_id, support_hospital_id, CAST(year(first_performed_date) AS VARCHAR) FROM techniques WHERE support_hospital_id IS NOT NULL
    UNION ALL SELECT 'activities.recipient_hospital_id', activity_id, recipient_hospital_id, CAST(year(activity_date) AS VARCHAR) FROM activities
    UNION ALL SELECT 'activities.support_hospital_id', activity_id, support_hospital_id, CAST(year(activity_date) AS VARCHAR) FROM activities WHERE support_hospital_id IS NOT NULL
    UNION ALL SELECT 'hospital_monthly_stats.recipient_hospital_id', recipient_hospital_id || '-' || year || '-' || month, recipient_hospital_id, CAST(year AS VARCHAR) FROM hospital_monthly_stats
    UNION ALL SELECT 'staff_monthly_assessments.recipient_hospital_id', person_id || '-' || year || '-' || month, recipient_hospital_id, CAST(year AS VARCHAR) FROM staff_monthly_assessments
)
SELECT r.ref || ':' || r.entity_id AS entity_id, r.hid AS hospital_id, CAST(NULL AS VARCHAR) AS support_hospital_id,
       CAST(NULL AS VARCHAR) AS recipient_hospital_id, r.period, r.ref AS table_name,
       h.hospital_id IS NOT NULL AS resolves
FROM refs r LEFT JOIN hospitals h ON h.hospital_id = r.hid

-- records_rejects: records excluded from the indicators, per file and reason
-- (reject_reasons.yaml). Input view `rejects_by_file`: one small table per ingested file.
SELECT file_name, reason_code, CAST(SUM(rows) AS BIGINT) AS rows
FROM rejects_by_file
GROUP BY file_name, reason_code
ORDER BY file_name, reason_code

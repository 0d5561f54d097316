-- v_support_year — grain: support hospital x year. Rule R19: how many county-level
-- hospitals, township centres included (3所左右县级医院（包括有条件的乡镇卫生院）), a
-- tertiary hospital supports in the year; urban community health centres are not counted.
SELECT
    p.support_hospital_id || '-' || y.year AS entity_id,
    p.support_hospital_id AS hospital_id,
    p.support_hospital_id,
    CAST(NULL AS VARCHAR) AS recipient_hospital_id,
    CAST(y.year AS VARCHAR) AS period,
    count(DISTINCT p.recipient_hospital_id) AS county_recipients
FROM pairings p
JOIN hospitals sh ON sh.hospital_id = p.support_hospital_id
JOIN hospitals rh ON rh.hospital_id = p.recipient_hospital_id
CROSS JOIN _window w
CROSS JOIN (SELECT range AS year FROM range(year((SELECT start_date FROM _window)), year((SELECT end_date FROM _window)) + 1)) y
WHERE {{ scope }}
  AND sh.level = '三级' AND coalesce(rh.category, '') <> '社区卫生服务中心'
  AND p.start_date <= make_date(y.year, 12, 31) AND coalesce(p.end_date, DATE '9999-12-31') >= make_date(y.year, 1, 1)
GROUP BY p.support_hospital_id, y.year

"""New techniques and services introduced at recipients (新技术新业务)."""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import years_clause


def techniques_recipient_year(con, years=None) -> pd.DataFrame:
    """新技术新业务数 per recipient-year: techniques first performed in the year.

    Recipients with a pairing active in the year and no new technique appear with 0.
    """
    where, params = years_clause("year", years)
    return con.execute(f"""
        WITH ry AS (
            SELECT DISTINCT p.recipient_hospital_id, y.year
            FROM pairings p,
                 (SELECT DISTINCT year(first_performed_date) AS year FROM techniques
                  UNION SELECT DISTINCT year FROM hospital_monthly_stats) y
            WHERE p.start_date <= make_date(y.year, 12, 31) AND coalesce(p.end_date, DATE '9999-12-31') >= make_date(y.year, 1, 1)
            UNION SELECT DISTINCT recipient_hospital_id, year(first_performed_date) FROM techniques
        ),
        t AS (SELECT recipient_hospital_id, year(first_performed_date) AS year, count(*) AS n FROM techniques GROUP BY 1, 2)
        SELECT ry.recipient_hospital_id, h.name AS hospital_name, h.category, ry.year,
               CAST(coalesce(t.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator,
               CAST(coalesce(t.n, 0) AS DOUBLE) AS value
        FROM ry LEFT JOIN t USING (recipient_hospital_id, year)
        LEFT JOIN hospitals h ON h.hospital_id = ry.recipient_hospital_id
        WHERE {where}
        ORDER BY ry.recipient_hospital_id, ry.year""", params).df()

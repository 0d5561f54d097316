"""Training of recipient staff at support hospitals (进修)."""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import years_clause


def trainees_recipient_year(con, years=None) -> pd.DataFrame:
    """进修人数 per recipient-year: training stays (trainees) that started in the year.

    Recipients with a pairing active in the year but nobody trained appear with 0, so a
    shortfall is visible rather than missing.
    """
    where, params = years_clause("year", years)
    return con.execute(f"""
        WITH ry AS (
            SELECT DISTINCT p.recipient_hospital_id, y.year
            FROM pairings p,
                 (SELECT DISTINCT year(start_date) AS year FROM trainees
                  UNION SELECT DISTINCT year FROM hospital_monthly_stats) y
            WHERE p.start_date <= make_date(y.year, 12, 31) AND coalesce(p.end_date, DATE '9999-12-31') >= make_date(y.year, 1, 1)
            UNION SELECT DISTINCT recipient_hospital_id, year(start_date) FROM trainees
        ),
        t AS (SELECT recipient_hospital_id, year(start_date) AS year, count(*) AS n FROM trainees GROUP BY 1, 2)
        SELECT ry.recipient_hospital_id, h.name AS hospital_name, h.category, ry.year,
               CAST(coalesce(t.n, 0) AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator,
               CAST(coalesce(t.n, 0) AS DOUBLE) AS value
        FROM ry LEFT JOIN t USING (recipient_hospital_id, year)
        LEFT JOIN hospitals h ON h.hospital_id = ry.recipient_hospital_id
        WHERE {where}
        ORDER BY ry.recipient_hospital_id, ry.year""", params).df()

"""Year-round coverage (全年驻点覆盖): did the recipient have dispatched staff on site every day?"""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import DATA_END, DATA_YEARS, recipient_year_indicator


def coverage_recipient_year(con, years=None) -> pd.DataFrame:
    """全年驻点覆盖率 per recipient-year = days with at least one dispatched person on site /
    days on which a pairing of the recipient was active, in % (rule R06 wants 100%).

    The days counted run from 1 January of the data's first year (or the pairing's start) to
    31 December of its last year (or the pairing's end). ``uncovered_days`` is the gap in days.
    """
    df = recipient_year_indicator(con, f"""
        WITH active AS (
            SELECT DISTINCT p.recipient_hospital_id, CAST(day AS DATE) AS day
            FROM pairings p,
                 unnest(generate_series(
                     greatest(p.start_date, (SELECT make_date(CAST(min(year) AS INTEGER), 1, 1) FROM ({DATA_YEARS}))),
                     least(coalesce(p.end_date, DATE '9999-12-31'), {DATA_END}),
                     INTERVAL 1 DAY)) AS g(day)
        )
        SELECT a.recipient_hospital_id, year(a.day) AS year,
               count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM deployments d
                   WHERE d.recipient_hospital_id = a.recipient_hospital_id
                     AND a.day >= d.start_date AND a.day <= coalesce(d.end_date, a.day))) AS numerator,
               count(*) AS denominator
        FROM active a GROUP BY 1, 2""", years, factor=100.0)
    df["uncovered_days"] = df["denominator"] - df["numerator"]
    return df

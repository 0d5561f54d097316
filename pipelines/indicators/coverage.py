"""Year-round coverage (全年驻点覆盖): did the recipient have dispatched staff on site every day?"""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import DATA_END, DATA_YEARS, recipient_year_indicator


def _islands(spans: str) -> str:
    """The union of the day ranges ``spans`` (recipient_hospital_id, lo, hi; inclusive) per
    recipient as disjoint ranges: a range starts a new island when it begins after every
    earlier one has ended (gaps and islands)."""
    # rid breaks ties so both window passes see the ranges in the same order
    return f"""
        SELECT recipient_hospital_id, min(lo) AS lo, max(hi) AS hi FROM (
            SELECT *, sum(CASE WHEN prev_hi IS NULL OR lo > prev_hi THEN 1 ELSE 0 END)
                          OVER (PARTITION BY recipient_hospital_id ORDER BY lo, hi, rid ROWS UNBOUNDED PRECEDING) AS island
            FROM (SELECT *, max(hi) OVER (PARTITION BY recipient_hospital_id ORDER BY lo, hi, rid
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_hi
                  FROM (SELECT *, row_number() OVER () AS rid FROM ({spans}) WHERE lo <= hi)))
        GROUP BY recipient_hospital_id, island"""


def coverage_recipient_year(con, years=None) -> pd.DataFrame:
    """全年驻点覆盖率 per recipient-year = days with at least one dispatched person on site /
    days on which a pairing of the recipient was active, in % (rule R06 wants 100%).

    The days counted run from 1 January of the data's first year (or the pairing's start) to
    31 December of its last year (or the pairing's end). ``uncovered_days`` is the gap in days.
    A stay without an end date covers every day from its start.

    Computed on date ranges, not day by day: the active days of a recipient (its pairings'
    ranges merged) split by calendar year, intersected with the merged ranges of its staff's
    stays; the same counts as checking every active day against every stay.
    """
    active = f"""
        SELECT p.recipient_hospital_id,
               CAST(greatest(p.start_date, (SELECT make_date(CAST(min(year) AS INTEGER), 1, 1) FROM ({DATA_YEARS}))) AS DATE) AS lo,
               CAST(least(coalesce(p.end_date, DATE '9999-12-31'), {DATA_END}) AS DATE) AS hi
        FROM pairings p"""
    stays = """
        SELECT recipient_hospital_id, start_date AS lo, coalesce(end_date, DATE '9999-12-31') AS hi
        FROM deployments WHERE start_date IS NOT NULL"""
    df = recipient_year_indicator(con, f"""
        WITH active AS ({_islands(active)}),
        covered AS ({_islands(stays)}),
        segments AS (   -- active ranges cut at the year boundaries
            SELECT a.recipient_hospital_id, CAST(y AS INTEGER) AS year,
                   greatest(a.lo, make_date(CAST(y AS INTEGER), 1, 1)) AS lo, least(a.hi, make_date(CAST(y AS INTEGER), 12, 31)) AS hi
            FROM active a, unnest(generate_series(year(a.lo), year(a.hi))) AS g(y)
        ),
        per_segment AS (
            SELECT s.recipient_hospital_id, s.year, s.lo, s.hi,
                   coalesce(sum(least(s.hi, c.hi) - greatest(s.lo, c.lo) + 1) FILTER (WHERE c.lo IS NOT NULL), 0) AS covered_days
            FROM segments s LEFT JOIN covered c
              ON c.recipient_hospital_id = s.recipient_hospital_id AND c.lo <= s.hi AND c.hi >= s.lo
            GROUP BY ALL
        )
        SELECT recipient_hospital_id, year, sum(covered_days) AS numerator, sum(hi - lo + 1) AS denominator
        FROM per_segment GROUP BY 1, 2""", years, factor=100.0)
    df["uncovered_days"] = df["denominator"] - df["numerator"]
    return df

"""Dispatched staff (派驻人员) at recipients, per recipient-year.

A person counts in a year when at least one day of a stay at the recipient falls in it. A
stay without an end date is taken to run to the end of the data's last year.
"""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import DATA_END, recipient_year_indicator

# one row per deployment and calendar year it touches
_STAY_YEARS = f"""
    SELECT d.*, CAST(y AS INTEGER) AS year
    FROM (SELECT *, coalesce(end_date, {DATA_END}) AS end_on_site FROM deployments) d,
         unnest(generate_series(year(d.start_date), year(d.end_on_site))) AS g(y)"""


def dispatched_headcount_recipient_year(con, years=None) -> pd.DataFrame:
    """派驻人数 per recipient-year: distinct people (person_id) on site at least one day in the year."""
    return recipient_year_indicator(con, f"""
        SELECT recipient_hospital_id, year, count(DISTINCT person_id) AS numerator
        FROM ({_STAY_YEARS}) GROUP BY 1, 2""", years)


def dispatched_person_months_recipient_year(con, years=None) -> pd.DataFrame:
    """派驻人月数 per recipient-year: person-months on site in the year. Each calendar month
    contributes days on site / days in that month, so 1 Jan–30 Jun is 6.0 and
    15 Jan–14 Jul is also 6.0. ``value`` is the (fractional) number of person-months."""
    return recipient_year_indicator(con, f"""
        WITH months AS (
            SELECT d.recipient_hospital_id, d.start_date, d.end_on_site, CAST(m AS DATE) AS m
            FROM (SELECT *, coalesce(end_date, {DATA_END}) AS end_on_site FROM deployments) d,
                 unnest(generate_series(date_trunc('month', d.start_date), date_trunc('month', d.end_on_site), INTERVAL 1 MONTH)) AS g(m)
        )
        SELECT recipient_hospital_id, year(m) AS year,
               sum((date_diff('day', greatest(start_date, m), least(end_on_site, last_day(m))) + 1) / day(last_day(m))) AS numerator
        FROM months GROUP BY 1, 2""", years, numerator_type="DOUBLE")


def dispatched_senior_share_recipient_year(con, years=None) -> pd.DataFrame:
    """副高及以上职称占比 per recipient-year: people on site in the year holding a 副高级 or
    正高级 title (in any stay that year) over all people on site, in %."""
    return recipient_year_indicator(con, f"""
        SELECT recipient_hospital_id, year,
               count(DISTINCT person_id) FILTER (WHERE title_rank IN ('副高级', '正高级')) AS numerator,
               count(DISTINCT person_id) AS denominator
        FROM ({_STAY_YEARS}) GROUP BY 1, 2""", years, factor=100.0)


def vice_president_posts_recipient_year(con, years=None) -> pd.DataFrame:
    """派驻人员任副院长人数 per recipient-year: people on site in the year who served as the
    recipient's vice-president (position_at_recipient = 副院长; rule R05)."""
    return recipient_year_indicator(con, f"""
        SELECT recipient_hospital_id, year,
               count(DISTINCT person_id) FILTER (WHERE position_at_recipient = '副院长') AS numerator
        FROM ({_STAY_YEARS}) GROUP BY 1, 2""", years)

"""Training of recipient staff at support hospitals (进修), per recipient-year of the stay's start."""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import recipient_year_indicator


def trainees_recipient_year(con, years=None) -> pd.DataFrame:
    """进修人数 per recipient-year: training stays (trainees) that started in the year.

    Recipients with a pairing active in the year but nobody trained appear with 0, so a
    shortfall is visible rather than missing.
    """
    return recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year(start_date) AS year, count(*) AS numerator
        FROM trainees GROUP BY 1, 2""", years)


def trainees_completed_6m_recipient_year(con, years=None, min_months: int = 6) -> pd.DataFrame:
    """结业且进修满6个月 per recipient-year: stays started in the year that were completed
    (``completed`` true) and lasted at least ``min_months`` calendar months
    (end_date + 1 day >= start_date + min_months months, so 1 Mar–31 Aug is 6 months).

    numerator = such stays, denominator = all stays started in the year, value = share in %.
    A stay still under way (completed NULL) counts in the denominator only.
    """
    return recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year(start_date) AS year,
               count(*) FILTER (WHERE completed AND end_date + 1 >= start_date + to_months(CAST(? AS INTEGER))) AS numerator,
               count(*) AS denominator
        FROM trainees GROUP BY 1, 2""", years, factor=100.0, params=[min_months])


def trainees_free_share_recipient_year(con, years=None) -> pd.DataFrame:
    """免费进修占比 per recipient-year: stays started in the year with no fee charged
    (fee_charged 0 or not stated, as rule R09 reads it) over all stays started in the year, in %."""
    return recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year(start_date) AS year,
               count(*) FILTER (WHERE coalesce(fee_charged, 0) = 0) AS numerator, count(*) AS denominator
        FROM trainees GROUP BY 1, 2""", years, factor=100.0)

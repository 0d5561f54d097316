"""New techniques and services introduced at recipients (新技术新业务)."""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import DATA_YEARS, recipient_year_indicator


def techniques_recipient_year(con, years=None) -> pd.DataFrame:
    """新技术新业务数 per recipient-year: techniques first performed in the year.

    Recipients with a pairing active in the year and no new technique appear with 0.
    """
    return recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year(first_performed_date) AS year, count(*) AS numerator
        FROM techniques GROUP BY 1, 2""", years)


def techniques_cumulative_recipient_year(con, years=None) -> pd.DataFrame:
    """累计新技术新业务数 per recipient-year: techniques first performed on or before
    31 December of the year, counted from the first record in the database."""
    return recipient_year_indicator(con, f"""
        SELECT t.recipient_hospital_id, CAST(y.year AS INTEGER) AS year, count(*) AS numerator
        FROM techniques t JOIN ({DATA_YEARS}) y ON year(t.first_performed_date) <= y.year
        GROUP BY 1, 2""", years)


def techniques_county_gap_share_recipient_year(con, years=None) -> pd.DataFrame:
    """填补县域空白占比 per recipient-year: of the techniques first performed in the year,
    the share marked as filling a gap in the county (fills_county_gap true), in %.
    Not stated (NULL) counts as not filling a gap."""
    return recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year(first_performed_date) AS year,
               count(*) FILTER (WHERE fills_county_gap) AS numerator, count(*) AS denominator
        FROM techniques GROUP BY 1, 2""", years, factor=100.0)

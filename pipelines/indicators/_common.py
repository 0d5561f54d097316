"""Shared helpers for indicator functions."""

from __future__ import annotations

import pandas as pd

from pipelines.derived import data_years_sql

# The data's years: the derived model d_data_years (pipelines/derived/sql/data_years.sql).
DATA_YEARS = data_years_sql()

# Last day of the data's last year: the end of an open-ended stay or pairing.
DATA_END = f"(SELECT make_date(CAST(max(year) AS INTEGER), 12, 31) FROM ({DATA_YEARS}))"


def years_clause(column: str, years) -> tuple[str, list]:
    if years is None:
        return "TRUE", []
    years = [years] if isinstance(years, int) else list(years)
    return f"{column} IN (SELECT unnest(?))", [years]


def rate(num: pd.Series, den: pd.Series, factor: float) -> pd.Series:
    """num / den * factor, NaN where the denominator is zero or missing."""
    den = den.astype("float64")
    return (num.astype("float64") / den.where(den > 0)) * factor


def recipient_year_indicator(con, agg_sql: str, years=None, factor: float | None = None, params: list | None = None,
                             extra: str = "", numerator_type: str = "BIGINT") -> pd.DataFrame:
    """Run a recipient-year indicator over every recipient with a pairing active in a data year.

    ``agg_sql`` selects ``recipient_hospital_id, year, numerator[, denominator]`` (plus any
    ``extra`` columns, named in ``extra`` as ``", a.col1, a.col2"``). Recipient-years with a
    pairing but no rows get numerator 0, so a shortfall is visible rather than missing.
    ``factor`` None makes a count (value = numerator, denominator NULL); otherwise
    value = numerator / denominator * factor (NaN when the denominator is 0).
    ``numerator_type`` DOUBLE for a measure that is not a count (person-months).
    """
    where, wparams = years_clause("ry.year", years)
    den = "CAST(coalesce(a.denominator, 0) AS BIGINT)" if factor is not None else "CAST(NULL AS BIGINT)"
    df = con.execute(f"""
        WITH a AS ({agg_sql}),
        ry AS (
            SELECT DISTINCT p.recipient_hospital_id, CAST(y.year AS INTEGER) AS year
            FROM pairings p, ({DATA_YEARS}) y
            WHERE p.start_date <= make_date(CAST(y.year AS INTEGER), 12, 31)
              AND coalesce(p.end_date, DATE '9999-12-31') >= make_date(CAST(y.year AS INTEGER), 1, 1)
            UNION SELECT DISTINCT recipient_hospital_id, CAST(year AS INTEGER) FROM a
        )
        SELECT ry.recipient_hospital_id, h.name AS hospital_name, h.city, h.county, h.county_code, h.category, ry.year,
               CAST(coalesce(a.numerator, 0) AS {numerator_type}) AS numerator, {den} AS denominator {extra}
        FROM ry LEFT JOIN a ON a.recipient_hospital_id = ry.recipient_hospital_id AND a.year = ry.year
        LEFT JOIN hospitals h ON h.hospital_id = ry.recipient_hospital_id
        WHERE {where}
        ORDER BY ry.recipient_hospital_id, ry.year""", (params or []) + wparams).df()
    if factor is None:
        df["value"] = df["numerator"].astype("float64")
    else:
        df["value"] = rate(df["numerator"], df["denominator"], factor)
    return df

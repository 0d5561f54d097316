"""Shared helpers for indicator functions."""

from __future__ import annotations

import pandas as pd


def years_clause(column: str, years) -> tuple[str, list]:
    if years is None:
        return "TRUE", []
    years = [years] if isinstance(years, int) else list(years)
    return f"{column} IN (SELECT unnest(?))", [years]


def rate(num: pd.Series, den: pd.Series, factor: float) -> pd.Series:
    """num / den * factor, NaN where the denominator is zero or missing."""
    den = den.astype("float64")
    return (num.astype("float64") / den.where(den > 0)) * factor

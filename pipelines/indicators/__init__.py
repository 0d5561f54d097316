"""Outcome indicators. Each function takes a DuckDB connection and returns a DataFrame;
definitions are in catalogue/indicators.yaml (see ``catalogue.definitions()``)."""

from pipelines.indicators.referral import referral_rate_county_year, referral_rate_recipient_year
from pipelines.indicators.techniques import techniques_recipient_year
from pipelines.indicators.training import trainees_recipient_year

__all__ = [
    "referral_rate_recipient_year",
    "referral_rate_county_year",
    "trainees_recipient_year",
    "techniques_recipient_year",
]

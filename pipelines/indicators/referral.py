"""Outward referral (外转率): per recipient hospital-year and per county-year."""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import rate, years_clause


def referral_rate_recipient_year(con, years=None) -> pd.DataFrame:
    """外转率 per hospital-year = sum(referrals_out) / sum(discharges) * 100 over the months where
    both are present.

    Source: hospital_monthly_stats. ``months_reported`` says how many months the sums cover: a
    month whose report left either figure blank (or "—") is not among them, so numerator and
    denominator always cover the same months; a year with missing months is still a rate over
    the months that have both.
    """
    where, params = years_clause("m.year", years)
    both = "m.referrals_out IS NOT NULL AND m.discharges IS NOT NULL"
    df = con.execute(f"""
        SELECT m.recipient_hospital_id, h.name AS hospital_name, h.city, h.county, h.county_code, h.category, m.year,
               CAST(sum(m.referrals_out) FILTER (WHERE {both}) AS BIGINT) AS numerator,
               CAST(sum(m.discharges) FILTER (WHERE {both}) AS BIGINT) AS denominator,
               count(*) FILTER (WHERE {both}) AS months_reported
        FROM hospital_monthly_stats m LEFT JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id
        WHERE {where}
        GROUP BY ALL ORDER BY m.recipient_hospital_id, m.year""", params).df()
    df["value"] = rate(df["numerator"], df["denominator"], 100.0)
    return df


def referral_rate_county_year(con, years=None) -> pd.DataFrame:
    """县域外转率 per county-year = resident_admissions_outside_county / resident_admissions * 100.

    Source: county_inpatient_stats. The within-county treatment rate (县域内就诊率) is its
    complement, ``within_county_rate_county_year``.
    """
    where, params = years_clause("c.year", years)
    df = con.execute(f"""
        SELECT c.county_code, coalesce(c.county_name, any_value(h.county)) AS county_name, any_value(h.city) AS city, c.year,
               c.resident_admissions_outside_county AS numerator, c.resident_admissions AS denominator
        FROM county_inpatient_stats c LEFT JOIN hospitals h ON h.county_code = c.county_code
        WHERE {where}
        GROUP BY c.county_code, c.county_name, c.year, c.resident_admissions_outside_county, c.resident_admissions
        ORDER BY c.county_code, c.year""", params).df()
    df["value"] = rate(df["numerator"], df["denominator"], 100.0)
    return df


def within_county_rate_county_year(con, years=None) -> pd.DataFrame:
    """县域内就诊率 per county-year = (resident_admissions - resident_admissions_outside_county)
    / resident_admissions * 100, i.e. 100 - the county outward rate. National reform target:
    about 90% (003_0b244856e4da35b0.txt 篇3 §4).
    """
    df = referral_rate_county_year(con, years)
    df["numerator"] = df["denominator"] - df["numerator"]
    df["value"] = rate(df["numerator"], df["denominator"], 100.0)
    return df

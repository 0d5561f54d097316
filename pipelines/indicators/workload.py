"""Recipient workload (受援医院业务量) from hospital_monthly_stats: outpatient and emergency
visits, discharges and operations, per hospital-month and per hospital-year."""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import years_clause

MEASURES = {"outpatient_visits": "门急诊人次", "discharges": "出院人数", "surgeries": "手术台次"}


def _measure(measure: str) -> str:
    if measure not in MEASURES:
        raise ValueError(f"unknown workload measure {measure!r}; one of {sorted(MEASURES)}")
    return measure


def workload_recipient_month(con, years=None, measure: str = "discharges") -> pd.DataFrame:
    """门急诊人次 / 出院人数 / 手术台次 per hospital-month, as reported (every hospital that
    reports monthly statistics, including comparison hospitals). A month not reported has no row."""
    col = _measure(measure)
    where, params = years_clause("m.year", years)
    df = con.execute(f"""
        SELECT m.recipient_hospital_id, h.name AS hospital_name, h.city, h.county, h.county_code, h.category, m.year, m.month,
               CAST(m."{col}" AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator
        FROM hospital_monthly_stats m LEFT JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id
        WHERE {where} ORDER BY m.recipient_hospital_id, m.year, m.month""", params).df()
    df["value"] = df["numerator"].astype("float64")
    return df


def workload_recipient_year(con, years=None, measure: str = "discharges") -> pd.DataFrame:
    """The same per hospital-year: the sum over the months reported (``months_reported``)."""
    col = _measure(measure)
    where, params = years_clause("m.year", years)
    df = con.execute(f"""
        SELECT m.recipient_hospital_id, h.name AS hospital_name, h.city, h.county, h.county_code, h.category, m.year,
               CAST(sum(m."{col}") AS BIGINT) AS numerator, CAST(NULL AS BIGINT) AS denominator,
               count(m."{col}") AS months_reported
        FROM hospital_monthly_stats m LEFT JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id
        WHERE {where} GROUP BY ALL ORDER BY m.recipient_hospital_id, m.year""", params).df()
    df["value"] = df["numerator"].astype("float64")
    return df

"""Indicator values computed directly from the synthetic truth objects.

This is deliberately a separate, plain-Python computation (no SQL, no DuckDB), so tests can
compare what the pipeline derives from the spreadsheets against what the generator knows.
"""

from __future__ import annotations

from collections import defaultdict

from pipelines.synthetic.model import Truth


def referral_rate_recipient_year(t: Truth) -> dict[tuple[str, int], float]:
    num: dict = defaultdict(int)
    den: dict = defaultdict(int)
    for m in t.monthly:
        num[(m.hospital, m.year)] += m.referrals_out
        den[(m.hospital, m.year)] += m.discharges
    return {k: 100.0 * num[k] / den[k] for k in den if den[k]}


def referral_rate_county_year(t: Truth) -> dict[tuple[str, int], float]:
    return {(c.county_code, c.year): 100.0 * c.outside / c.admissions for c in t.county}


def trainees_recipient_year(t: Truth) -> dict[tuple[str, int], int]:
    out: dict = defaultdict(int)
    for tr in t.trainees:
        out[(tr.recipient, tr.start.year)] += 1
    return dict(out)


def techniques_recipient_year(t: Truth) -> dict[tuple[str, int], int]:
    out: dict = defaultdict(int)
    for k in t.techniques:
        out[(k.recipient, k.first_date.year)] += 1
    return dict(out)


def table_counts(t: Truth) -> dict[str, int]:
    return {
        "hospitals": len(t.hospitals), "pairings": len(t.pairings), "deployments": len(t.deployments),
        "trainees": len(t.trainees), "techniques": len(t.techniques), "activities": len(t.activities),
        "hospital_monthly_stats": len(t.monthly), "county_inpatient_stats": len(t.county),
        "staff_monthly_assessments": len(t.assessments),
    }

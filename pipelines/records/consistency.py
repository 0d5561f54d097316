"""The data-quality annex's comparison of the two sources of the referral outcomes (issue 21
item 2): per county and year, each figure as the forms report it and as the patient-level
records give it, the difference, and a flag when they differ by more than a tolerance — kept
as data (a column), for the annex to show and for anyone to filter, never a failure. This is
the WHO Data Quality Review's check of consistency between related figures: two independent
routes to one number should agree.

``compare_sources(pairs, tolerance_pp, tolerance_relative)`` is pure (DataFrames in, a
DataFrame out). ``county_year_pairs(con, year)`` gathers its input from a database: the county
form (county_inpatient_stats) beside records_county_month, and the recipients' monthly form
(hospital_monthly_stats) beside records_hospital_month for the same hospitals and the same
months (those the form reported the figure for).

Measures (``MEASURES``):

- ``within_county_rate`` (%) — residents' admissions in the county / all their admissions:
  the form's (resident_admissions − resident_admissions_outside_county) / resident_admissions,
  the records' resident_discharges_in_county / resident_discharges. Flagged when the two differ
  by more than ``tolerance_pp`` percentage points (default 5: the target is about 90%, and a
  5-point gap decides whether a county meets it).
- ``outside_county_admissions`` (人次) — residents' admissions outside the county: the form's
  column; the records' resident discharges from hospitals outside the county.
- ``recipient_referrals_out`` (人次) — outward referrals (外转) of the county's recipient
  hospitals: the monthly form's referrals_out; the records' discharges of the same hospitals
  with 离院方式 2 (医嘱转院) in the same months.

Counts are flagged when they differ by more than ``tolerance_relative`` of the form's figure
(default 0.10, i.e. ±10%: a conventional threshold for consistency between related figures;
set it per use). A records extract that is a sample, or covers fewer hospitals than the forms,
shows as a large relative difference in every count: ``records_coverage`` (records' resident
discharges / the form's resident admissions) says so beside each county's rows.

The output is not suppressed: it is the analysis table. What a report publishes from it must
go through pipelines/privacy/suppression.py like every published count (publish.py does this
for its comparison table).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

TOLERANCE_PP = 5.0
TOLERANCE_RELATIVE = 0.10
# measure -> (zh, en, unit, kind: rate | count)
MEASURES = {
    "within_county_rate": ("县域内住院率", "Within-county inpatient rate", "%", "rate"),
    "outside_county_admissions": ("县域外住院人次", "Residents' admissions outside the county", "人次", "count"),
    "recipient_referrals_out": ("受援医院外转人次", "Outward referrals of the recipient hospitals", "人次", "count"),
}
PAIR_COLUMNS = ["county_code", "year", "measure", "form_numerator", "form_denominator", "records_numerator",
                "records_denominator"]
COLUMNS = ["county_code", "year", "measure", "measure_zh", "measure_en", "unit", "form_value", "records_value",
           "difference", "relative_difference", "tolerance", "flag", "records_coverage"]


def compare_sources(pairs: pd.DataFrame, tolerance_pp: float = TOLERANCE_PP,
                    tolerance_relative: float = TOLERANCE_RELATIVE, coverage: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per county, year and measure of ``pairs`` (columns ``PAIR_COLUMNS``: for a rate
    its numerator and denominator from each source, for a count the count as numerator and the
    denominator empty). Values: a rate in % (NaN when its denominator is 0), a count as is.
    ``difference`` = records − form (percentage points for a rate); ``relative_difference`` =
    difference / form for a count (NaN for a rate or a form count of 0); ``flag`` True when
    ``|difference| > tolerance_pp`` (rate) or ``|relative_difference| > tolerance_relative``
    (count; a form count of 0 against a records count above 0 is flagged too); False when the
    two agree within it; NA when either value is missing. ``coverage``: a frame of
    (county_code, year, records_coverage) merged in; else the column is NaN."""
    missing = [c for c in PAIR_COLUMNS if c not in pairs.columns]
    if missing:
        raise ValueError(f"缺少列 / columns missing: {', '.join(missing)}")
    unknown = sorted(set(pairs["measure"]) - set(MEASURES))
    if unknown:
        raise ValueError(f"未知指标 / unknown measures: {', '.join(map(str, unknown))}")
    df = pairs[PAIR_COLUMNS].copy()
    kind = df["measure"].map(lambda m: MEASURES[m][3])
    rate = kind == "rate"

    def value(num: pd.Series, den: pd.Series) -> pd.Series:
        num, den = num.astype("float64"), den.astype("float64")
        with np.errstate(divide="ignore", invalid="ignore"):
            as_rate = 100.0 * num / den.where(den > 0)
        return as_rate.where(rate, num)

    df["form_value"] = value(df["form_numerator"], df["form_denominator"])
    df["records_value"] = value(df["records_numerator"], df["records_denominator"])
    df["difference"] = df["records_value"] - df["form_value"]
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = df["difference"] / df["form_value"].where(df["form_value"] != 0)
    df["relative_difference"] = rel.where(~rate)
    df["tolerance"] = np.where(rate, float(tolerance_pp), float(tolerance_relative))
    both = df["form_value"].notna() & df["records_value"].notna()
    beyond = np.where(rate, df["difference"].abs() > tolerance_pp,
                      (df["relative_difference"].abs() > tolerance_relative)
                      | ((df["form_value"] == 0) & (df["records_value"] > 0)))
    df["flag"] = pd.array(np.where(both, beyond, False), dtype="boolean")
    df.loc[~both, "flag"] = pd.NA
    for i, key in enumerate(("measure_zh", "measure_en", "unit")):
        df[key] = df["measure"].map(lambda m, i=i: MEASURES[m][i])
    if coverage is not None and len(coverage):
        df = df.merge(coverage[["county_code", "year", "records_coverage"]], on=["county_code", "year"], how="left")
    else:
        df["records_coverage"] = np.nan
    order = {m: i for i, m in enumerate(MEASURES)}
    df = df.sort_values(["county_code", "year", "measure"], key=lambda s: s.map(order) if s.name == "measure" else s)
    return df[COLUMNS].reset_index(drop=True)


def county_year_pairs(con, year: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(pairs, coverage) of ``year`` from a database with both sources, for ``compare_sources``.
    Counties present in both the county form and the records; recipients' months the form
    reported referrals_out for (a recipient without records in such a month counts 0 there)."""
    year = int(year)
    cty = con.execute("""
        WITH rec AS (SELECT county_code, CAST(sum(resident_discharges) AS BIGINT) AS discharges,
                            CAST(sum(resident_discharges_in_county) AS BIGINT) AS inside
                     FROM records_county_month WHERE year = ? GROUP BY county_code)
        SELECT c.county_code, CAST(sum(c.resident_admissions) AS BIGINT) AS form_all,
               CAST(sum(c.resident_admissions_outside_county) AS BIGINT) AS form_outside,
               any_value(r.discharges) AS rec_all, any_value(r.inside) AS rec_inside
        FROM county_inpatient_stats c JOIN rec r ON r.county_code = c.county_code
        WHERE c.year = ? AND c.resident_admissions IS NOT NULL AND c.resident_admissions_outside_county IS NOT NULL
        GROUP BY c.county_code ORDER BY 1""", [year, year]).df()
    rows = []
    for r in cty.itertuples():
        rows.append((r.county_code, year, "within_county_rate", r.form_all - r.form_outside, r.form_all, r.rec_inside, r.rec_all))
        rows.append((r.county_code, year, "outside_county_admissions", r.form_outside, None, r.rec_all - r.rec_inside, None))
    ref = con.execute("""
        SELECT h.county_code, CAST(sum(m.referrals_out) AS BIGINT) AS form_out, CAST(sum(coalesce(r.transfers_out, 0)) AS BIGINT) AS rec_out
        FROM hospital_monthly_stats m
        JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id
        LEFT JOIN (SELECT hospital_id, year, month, sum(transfers_out) AS transfers_out FROM records_hospital_month
                   WHERE hospital_id IS NOT NULL GROUP BY ALL) r
          ON r.hospital_id = m.recipient_hospital_id AND r.year = m.year AND r.month = m.month
        WHERE m.year = ? AND m.referrals_out IS NOT NULL AND h.county_code IS NOT NULL
          AND EXISTS (SELECT 1 FROM records_hospital_month WHERE year = ?)
        GROUP BY 1 ORDER BY 1""", [year, year]).df()
    for r in ref.itertuples():
        rows.append((r.county_code, year, "recipient_referrals_out", r.form_out, None, r.rec_out, None))
    pairs = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    coverage = pd.DataFrame({"county_code": cty["county_code"], "year": year,
                             "records_coverage": cty["rec_all"] / cty["form_all"].where(cty["form_all"] > 0)})
    return pairs, coverage


def source_comparison(con, year: int, tolerance_pp: float = TOLERANCE_PP,
                      tolerance_relative: float = TOLERANCE_RELATIVE) -> pd.DataFrame:
    """``compare_sources`` on a database's year; an empty table (its columns) without records."""
    from pipelines.records.catalogue_functions import has_records

    if not (has_records(con, "records_county_month") and has_records(con, "records_hospital_month")):
        return pd.DataFrame(columns=COLUMNS)
    pairs, coverage = county_year_pairs(con, year)
    return compare_sources(pairs, tolerance_pp, tolerance_relative, coverage)

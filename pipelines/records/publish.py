"""The records-based tables a report publishes, small counts suppressed (issue 21, items 2 and 6).

``records_tables(con, year, profile, hospital_ids=None, county_codes=None)`` returns

- ``county``: per county-level unit, the year's within-county inpatient rate (县域内住院率) and
  outward transfers (县域外转人次) from the records (records_county_month);
- ``comparison``: the data-quality annex's related-figures check (the WHO data-quality review's
  consistency between related figures): per county and year, each figure the forms report
  (county_inpatient_stats, hospital_monthly_stats) beside the same figure from the records, with
  the difference and, for counts, the ratio records / form (the records' coverage);
- ``rejects``: records excluded from the indicators, per reason (records_rejects, all files).

Counts of patients are published as elsewhere (pipelines/privacy/suppression.py, thresholds in
the ``suppression`` block of pipelines/catalogue/indicators.yaml): 1–7 shown as ``*``, others
rounded to 5, rates recomputed from the rounded counts, and a difference or ratio involving a
masked figure masked too. Reject counts are counts of unreadable rows (as the forms' quarantine
counts), not of patients in an area: they are shown exactly.

Definitions are the catalogue's (``records_indicators`` and ``indicators`` in indicators.yaml): the
records figures come from pipelines/records/catalogue_functions.py; the form figures are the forms'
own columns summed as the catalogue's form-based indicators sum them (the records layer sits below
the indicators layer and reads the curated tables, not pipelines/indicators).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from pipelines.catalogue import load_yaml
from pipelines.derived import scope_sql
from pipelines.privacy import suppression
from pipelines.programme.defaults import DEFAULT_PROFILE
from pipelines.programme.profiles import load_profile
from pipelines.records import catalogue_functions as cf
from pipelines.records.clean import reject_reasons

COUNTY_COLUMNS = ["county_code", "county_name", "year", "resident_discharges", "resident_discharges_in_county",
                  "within_county_rate", "outward_transfers", "months_reported"]
COMPARISON_COLUMNS = ["county_code", "county_name", "year", "measure", "measure_zh", "measure_en", "unit", "hospitals",
                      "form_value", "records_value", "difference", "ratio", "form_source", "records_source"]
REJECT_COLUMNS = ["reason_code", "reason_zh", "reason_en", "rows"]

# (measure, zh, en, unit, form source, records source); in the order the annex lists them
MEASURES = [
    ("within_county_rate", "县域内住院率", "Within-county inpatient rate", "%",
     "county_inpatient_stats", "records_county_month"),
    ("resident_admissions", "县域常住居民住院人次", "Residents' admissions (discharges)", "人次",
     "county_inpatient_stats", "records_county_month"),
    ("resident_admissions_outside_county", "县域外住院人次", "Residents' admissions outside the county", "人次",
     "county_inpatient_stats", "records_county_month"),
    ("recipient_discharges", "受援医院出院人次", "Recipient hospitals' discharges", "人次",
     "hospital_monthly_stats", "records_hospital_month"),
    ("recipient_referral_rate", "受援医院外转率", "Recipient hospitals' outward referral rate", "%",
     "hospital_monthly_stats", "records_hospital_month"),
    ("recipient_downward_received", "受援医院下转接收人次", "Downward transfers received by recipient hospitals", "人次",
     "hospital_monthly_stats", "records_hospital_month"),
]


@dataclass
class RecordsTables:
    available: bool                       # False: no records ingest has run on this database
    year: int
    county: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COUNTY_COLUMNS))
    comparison: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=COMPARISON_COLUMNS))
    rejects: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REJECT_COLUMNS))


def records_tables(con, year: int, profile: str = DEFAULT_PROFILE, hospital_ids=None, county_codes=None,
                   policy: suppression.Policy | None = None) -> RecordsTables:
    """The published records tables of ``year``. ``hospital_ids`` / ``county_codes``: the region
    (None: the whole database); counties are kept by ``county_codes``, the recipients compared by
    ``hospital_ids``. ``profile`` chooses the recipients compared: those of a pairing in the
    profile's scope active in the year."""
    year = int(year)
    if not cf.has_records(con):
        return RecordsTables(False, year)
    policy = policy or suppression.Policy.default()
    counties = None if county_codes is None else {str(c) for c in county_codes}
    hospitals = None if hospital_ids is None else {str(h) for h in hospital_ids}
    names = _county_names(con)

    county = _county(con, year, counties, names, policy)
    recipients = _recipients(con, year, profile, hospitals)
    comparison = _comparison(con, year, counties, recipients, names, policy)
    return RecordsTables(True, year, county, comparison, _rejects(con))


# ---------------------------------------------------------------------- county table
def _county(con, year: int, counties, names: dict, policy) -> pd.DataFrame:
    rate = cf.within_county_rate_county_year(con, [year])
    out = cf.outward_transfers_county_year(con, [year])
    df = rate.rename(columns={"numerator": "resident_discharges_in_county", "denominator": "resident_discharges",
                              "value": "within_county_rate"})
    df = df.merge(out[["county_code", "year", "numerator"]].rename(columns={"numerator": "outward_transfers"}),
                  on=["county_code", "year"], how="outer")
    if counties is not None:
        df = df[df["county_code"].isin(counties)]
    df = df.fillna({"resident_discharges": 0, "resident_discharges_in_county": 0, "outward_transfers": 0,
                    "months_reported": 0})
    for c in ("resident_discharges", "resident_discharges_in_county", "outward_transfers", "months_reported"):
        df[c] = df[c].astype("int64")
    df["county_name"] = df["county_code"].map(names)
    df = df.sort_values("county_code").reset_index(drop=True)
    factor = float(_spec("within_county_rate_county_records")["factor"])
    df = suppression.table(df, counts=["resident_discharges", "resident_discharges_in_county", "outward_transfers"],
                           rates=[("within_county_rate", "resident_discharges_in_county", "resident_discharges", factor)],
                           policy=policy)
    return df[COUNTY_COLUMNS]


# ---------------------------------------------------------------------- comparison
def _recipients(con, year: int, profile: str, hospitals) -> list[str]:
    """Recipients of a pairing in the profile's scope active in the year (within the region)."""
    prof = load_profile(profile)
    ids = [h for (h,) in con.execute(f"""
        SELECT DISTINCT p.recipient_hospital_id FROM pairings p
        JOIN hospitals sh ON sh.hospital_id = p.support_hospital_id
        JOIN hospitals rh ON rh.hospital_id = p.recipient_hospital_id
        WHERE {scope_sql(prof)} AND p.start_date <= make_date(?, 12, 31)
          AND coalesce(p.end_date, DATE '9999-12-31') >= make_date(?, 1, 1)
        ORDER BY 1""", [year, year]).fetchall()]
    return [h for h in ids if hospitals is None or h in hospitals]


def _comparison(con, year: int, counties, recipients: list[str], names: dict, policy) -> pd.DataFrame:
    rows = []
    # county figures: county_inpatient_stats beside records_county_month (residents, by 现住址)
    cty = con.execute("""
        WITH rec AS (SELECT county_code, CAST(sum(resident_discharges) AS BIGINT) AS discharges,
                            CAST(sum(resident_discharges_in_county) AS BIGINT) AS inside
                     FROM records_county_month WHERE year = ? GROUP BY county_code)
        SELECT c.county_code, CAST(c.resident_admissions AS BIGINT) AS form_all,
               CAST(c.resident_admissions - c.resident_admissions_outside_county AS BIGINT) AS form_inside,
               CAST(c.resident_admissions_outside_county AS BIGINT) AS form_outside,
               r.discharges AS rec_all, r.inside AS rec_inside, r.discharges - r.inside AS rec_outside
        FROM county_inpatient_stats c JOIN rec r ON r.county_code = c.county_code
        WHERE c.year = ? AND c.resident_admissions IS NOT NULL
        ORDER BY c.county_code""", [year, year]).df()
    for r in cty.itertuples():
        if counties is not None and r.county_code not in counties:
            continue
        rows.append(_rate_row(r.county_code, "within_county_rate", None, r.form_inside, r.form_all, r.rec_inside, r.rec_all, policy))
        rows.append(_count_row(r.county_code, "resident_admissions", None, r.form_all, r.rec_all, policy))
        rows.append(_count_row(r.county_code, "resident_admissions_outside_county", None, r.form_outside, r.rec_outside, policy))
    # recipients' figures: hospital_monthly_stats beside records_hospital_month, the same
    # hospitals and the same months (those the form reported the figure for), per county; a
    # recipient without records in a year the records cover counts 0 (a gap the annex shows),
    # a year the records do not cover at all is not compared
    covered = con.execute("SELECT count(*) FROM records_hospital_month WHERE year = ?", [year]).fetchone()[0] > 0
    if recipients and covered:
        hm = con.execute("""
            SELECT h.county_code, m.recipient_hospital_id, m.month, m.discharges, m.referrals_out, m.referrals_down_received,
                   r.discharges AS rec_discharges, r.transfers_out AS rec_out, r.downward_transfers_in AS rec_down
            FROM hospital_monthly_stats m
            JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id
            LEFT JOIN (SELECT hospital_id, year, month, CAST(sum(discharges) AS BIGINT) AS discharges,
                              CAST(sum(transfers_out) AS BIGINT) AS transfers_out,
                              CAST(sum(downward_transfers_in) AS BIGINT) AS downward_transfers_in
                       FROM records_hospital_month WHERE hospital_id IS NOT NULL GROUP BY ALL) r
              ON r.hospital_id = m.recipient_hospital_id AND r.year = m.year AND r.month = m.month
            WHERE m.year = ? AND m.recipient_hospital_id IN (SELECT unnest(?))""", [year, recipients]).df()
        hm[["rec_discharges", "rec_out", "rec_down"]] = hm[["rec_discharges", "rec_out", "rec_down"]].fillna(0)
        for code, g in hm.groupby("county_code", sort=True):
            if counties is not None and code not in counties:
                continue
            d = g[g["discharges"].notna()]
            both = g[g["discharges"].notna() & g["referrals_out"].notna()]
            down = g[g["referrals_down_received"].notna()]
            if len(d):
                rows.append(_count_row(code, "recipient_discharges", d["recipient_hospital_id"].nunique(),
                                       int(d["discharges"].sum()), int(d["rec_discharges"].sum()), policy))
            if len(both):
                rows.append(_rate_row(code, "recipient_referral_rate", both["recipient_hospital_id"].nunique(),
                                      int(both["referrals_out"].sum()), int(both["discharges"].sum()),
                                      int(both["rec_out"].sum()), int(both["rec_discharges"].sum()), policy))
            if len(down):
                rows.append(_count_row(code, "recipient_downward_received", down["recipient_hospital_id"].nunique(),
                                       int(down["referrals_down_received"].sum()), int(down["rec_down"].sum()), policy))
    if not rows:
        return pd.DataFrame(columns=COMPARISON_COLUMNS)
    df = pd.DataFrame(rows)
    order = {m[0]: i for i, m in enumerate(MEASURES)}
    df = df.sort_values(["county_code", "measure"], key=lambda s: s.map(order) if s.name == "measure" else s)
    df.insert(1, "county_name", df["county_code"].map(names))
    df.insert(2, "year", year)
    return df[COMPARISON_COLUMNS].reset_index(drop=True)


def _labels(measure: str) -> dict:
    m = next(x for x in MEASURES if x[0] == measure)
    return {"measure": m[0], "measure_zh": m[1], "measure_en": m[2], "unit": m[3], "form_source": m[4], "records_source": m[5]}


def _count_row(county: str, measure: str, hospitals, form: int, records: int, policy) -> dict:
    f, r = suppression.count(form, policy), suppression.count(records, policy)
    masked = policy.mask in (f, r)
    return {"county_code": county, **_labels(measure), "hospitals": hospitals, "form_value": f, "records_value": r,
            "difference": policy.mask if masked else r - f,
            "ratio": policy.mask if masked else (r / f if f else float("nan"))}


def _rate_row(county: str, measure: str, hospitals, form_num: int, form_den: int, rec_num: int, rec_den: int, policy) -> dict:
    f = suppression.rate(form_num, form_den, 100.0, policy)
    r = suppression.rate(rec_num, rec_den, 100.0, policy)
    masked = policy.mask in (f, r)
    return {"county_code": county, **_labels(measure), "hospitals": hospitals, "form_value": f, "records_value": r,
            "difference": policy.mask if masked else r - f, "ratio": float("nan")}


# ---------------------------------------------------------------------- helpers
def _rejects(con) -> pd.DataFrame:
    reasons = reject_reasons()
    df = con.execute("SELECT reason_code, CAST(sum(rows) AS BIGINT) AS rows FROM records_rejects GROUP BY 1 ORDER BY 1").df()
    df["reason_zh"] = df["reason_code"].map(lambda c: reasons.get(c, {}).get("zh"))
    df["reason_en"] = df["reason_code"].map(lambda c: reasons.get(c, {}).get("en"))
    order = {c: i for i, c in enumerate(reasons)}
    return df.sort_values("reason_code", key=lambda s: s.map(order)).reset_index(drop=True)[REJECT_COLUMNS]


def _county_names(con) -> dict[str, str]:
    """County name by code: the registry's, else the county form's."""
    names = dict(con.execute("""SELECT county_code, any_value(county_name) FROM county_inpatient_stats
                                WHERE county_code IS NOT NULL AND county_name IS NOT NULL GROUP BY 1""").fetchall())
    names.update(dict(con.execute("""SELECT county_code, arg_min(county, hospital_id) FROM hospitals
                                     WHERE county_code IS NOT NULL AND county IS NOT NULL GROUP BY 1""").fetchall()))
    return names


def _spec(indicator_id: str) -> dict:
    return load_yaml("indicators.yaml")["records_indicators"][indicator_id]

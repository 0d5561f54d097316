"""Issue 21: the data-quality annex's comparison of form-based and records-based figures per
county and year (pipelines/records/consistency.py), checked on numbers written out by hand."""

from __future__ import annotations

import math

import duckdb
import pandas as pd
import pytest

from pipelines.records.consistency import COLUMNS, compare_sources, source_comparison

PAIRS = pd.DataFrame([
    # county, year, measure, form num, form den, records num, records den
    ("A", 2024, "within_county_rate", 900, 1000, 1700, 2000),      # 90 % vs 85 %: -5 pp, not beyond 5
    ("A", 2024, "outside_county_admissions", 100, None, 300, None),  # +200, +200 %: flagged
    ("B", 2024, "within_county_rate", 80, 100, 88, 100),          # 80 % vs 88 %: +8 pp, flagged
    ("B", 2024, "outside_county_admissions", 20, None, 21, None),   # +1, +5 %: within
    ("C", 2024, "within_county_rate", 0, 0, 5, 10),              # no form rate: flag missing
    ("C", 2024, "recipient_referrals_out", 0, None, 3, None),      # 0 against 3: flagged
    ("D", 2024, "recipient_referrals_out", 10, None, 11, None),    # +10 % exactly: not beyond
], columns=["county_code", "year", "measure", "form_numerator", "form_denominator", "records_numerator",
            "records_denominator"])


def _row(df, county, measure):
    return df[(df["county_code"] == county) & (df["measure"] == measure)].iloc[0]


def test_values_differences_and_flags_by_hand():
    cov = pd.DataFrame({"county_code": ["A"], "year": [2024], "records_coverage": [2.0]})
    df = compare_sources(PAIRS, coverage=cov)
    assert list(df.columns) == COLUMNS and len(df) == 7
    a = _row(df, "A", "within_county_rate")
    assert (a.form_value, a.records_value, a.difference, a.tolerance) == (90.0, 85.0, -5.0, 5.0)
    assert not pd.isna(a.flag) and not bool(a.flag)
    assert math.isnan(a.relative_difference) and a.records_coverage == 2.0 and a.unit == "%"
    a = _row(df, "A", "outside_county_admissions")
    assert (a.form_value, a.records_value, a.difference, a.relative_difference, a.tolerance) == (100, 300, 200, 2.0, 0.10)
    assert bool(a.flag) and a.measure_zh == "县域外住院人次"
    b = _row(df, "B", "within_county_rate")
    assert (b.form_value, b.records_value, b.difference) == (80.0, 88.0, 8.0) and bool(b.flag)
    b = _row(df, "B", "outside_county_admissions")
    assert (b.difference, b.relative_difference) == (1, 0.05) and not bool(b.flag) and math.isnan(b.records_coverage)
    c = _row(df, "C", "within_county_rate")
    assert math.isnan(c.form_value) and c.records_value == 50.0 and pd.isna(c.flag)
    c = _row(df, "C", "recipient_referrals_out")
    assert c.difference == 3 and math.isnan(c.relative_difference) and bool(c.flag)
    d = _row(df, "D", "recipient_referrals_out")
    assert d.relative_difference == pytest.approx(0.1) and not bool(d.flag)
    # rows by county, then in the order the measures are listed
    assert df[["county_code", "measure"]].values.tolist()[:2] == [["A", "within_county_rate"], ["A", "outside_county_admissions"]]


def test_tolerances_are_parameters():
    df = compare_sources(PAIRS, tolerance_pp=4.0, tolerance_relative=0.04)
    assert bool(_row(df, "A", "within_county_rate").flag) and bool(_row(df, "B", "outside_county_admissions").flag)
    assert _row(df, "A", "within_county_rate").tolerance == 4.0


def test_bad_input_is_a_clear_error():
    with pytest.raises(ValueError, match="columns missing: records_denominator"):
        compare_sources(PAIRS.drop(columns="records_denominator"))
    with pytest.raises(ValueError, match="unknown measures: bed_days"):
        compare_sources(PAIRS.assign(measure="bed_days"))
    assert list(compare_sources(PAIRS.iloc[0:0]).columns) == COLUMNS


def _db() -> duckdb.DuckDBPyConnection:
    """Two counties; the county form and the records, and one recipient's monthly form, by hand."""
    con = duckdb.connect()
    con.execute("""CREATE TABLE county_inpatient_stats AS SELECT * FROM (VALUES
        ('990121', 2024, 1000, 150), ('990122', 2024, 400, 40), ('990121', 2023, 900, 200))
        t(county_code, year, resident_admissions, resident_admissions_outside_county)""")
    con.execute("""CREATE TABLE records_county_month AS SELECT * FROM (VALUES
        ('990121', 2024, 1, 500, 430, 0.86, 3), ('990121', 2024, 2, 480, 410, 0.854, 2),
        ('990122', 2024, 1, 50, 45, 0.9, 0), ('990123', 2024, 1, 70, 60, 0.857, 0))
        t(county_code, year, month, resident_discharges, resident_discharges_in_county, within_county_rate, outward_transfers)""")
    con.execute("CREATE TABLE hospitals AS SELECT * FROM (VALUES ('R1', '990121'), ('R2', '990122')) t(hospital_id, county_code)")
    con.execute("""CREATE TABLE hospital_monthly_stats AS SELECT * FROM (VALUES
        ('R1', 2024, 1, 12), ('R1', 2024, 2, 9), ('R1', 2024, 3, NULL), ('R2', 2024, 1, 4))
        t(recipient_hospital_id, year, month, referrals_out)""")
    con.execute("""CREATE TABLE records_hospital_month AS SELECT * FROM (VALUES
        ('H1', 'R1', 2024, 1, 10), ('H1', 'R1', 2024, 2, 11), ('H1', 'R1', 2024, 3, 50))
        t(hospital_code, hospital_id, year, month, transfers_out)""")
    return con


def test_from_a_database_by_hand():
    con = _db()
    try:
        df = source_comparison(con, 2024)
    finally:
        con.close()
    got = {(r.county_code, r.measure): (r.form_value, r.records_value) for r in df.itertuples()}
    assert got == {
        # 990121: form (1000-150)/1000 = 85 %; records (430+410)/(500+480) = 840/980
        ("990121", "within_county_rate"): (85.0, pytest.approx(100 * 840 / 980)),
        ("990121", "outside_county_admissions"): (150, 980 - 840),
        # R1's referrals in the months its form reported them (January, February): 12+9 vs 10+11
        ("990121", "recipient_referrals_out"): (21, 21),
        ("990122", "within_county_rate"): (90.0, 90.0),
        ("990122", "outside_county_admissions"): (40, 5),
        ("990122", "recipient_referrals_out"): (4, 0),   # R2 has no records that month: 0
    }
    flags = {(r.county_code, r.measure): bool(r.flag) for r in df.itertuples()}
    assert flags == {("990121", "within_county_rate"): False, ("990121", "outside_county_admissions"): False,
                     ("990121", "recipient_referrals_out"): False, ("990122", "within_county_rate"): False,
                     ("990122", "outside_county_admissions"): True, ("990122", "recipient_referrals_out"): True}
    cov = df.drop_duplicates("county_code").set_index("county_code")["records_coverage"]
    assert cov["990121"] == pytest.approx(980 / 1000) and cov["990122"] == pytest.approx(50 / 400)
    # 990121's relative difference of outside admissions: (140 - 150) / 150
    assert _row(df, "990121", "outside_county_admissions").relative_difference == pytest.approx(-10 / 150)


def test_without_records_an_empty_table():
    con = duckdb.connect()
    try:
        df = source_comparison(con, 2024)
    finally:
        con.close()
    assert df.empty and list(df.columns) == COLUMNS

"""Records in the demo and in the report (issue 21, items 2, 5 and 6): the demo's records step
(pipelines/demo.py ``_records``: SYNTHETIC discharges drawn from the demo database's own forms,
then ``records ingest``) on a copy of the demo database, and pipelines/records/publish.py's
tables checked against the generator's truth and the forms, with small-number suppression
re-implemented here by hand (NHS method: 1–7 masked, others rounded half up to 5)."""

from __future__ import annotations

import math
import shutil

import duckdb
import pandas as pd
import pytest

from pipelines.records import synthetic

YEAR = 2024


def nhs(n):
    """The published form of a count, written out independently of pipelines/privacy."""
    n = int(n)
    if 1 <= n <= 7:
        return "*"
    return 5 * math.floor(n / 5 + 0.5)


def nhs_rate(num, den):
    a, b = nhs(num), nhs(den)
    if "*" in (a, b):
        return "*"
    return float("nan") if b == 0 else a / b * 100


@pytest.fixture(scope="module")
def demo(demo_db, tmp_path_factory):
    """A copy of the session's demo database (its forms) with the demo's records step run on it,
    and the same generator call repeated to know its truth (the generator is seeded)."""
    from pipelines.demo import RECORDS_FRACTION, _records, records_paths

    base = tmp_path_factory.mktemp("records_demo")
    db = base / "demo.duckdb"
    shutil.copy(demo_db, db)
    raw = base / "synthetic-demo"
    assert _records(raw, db, YEAR) == 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        g, dictionary = synthetic.from_forms(con, YEAR, fraction=RECORDS_FRACTION)
        levels = synthetic.levels_of(con, dictionary)
    finally:
        con.close()
    return {"db": db, "raw": raw, "paths": records_paths(raw, db), "g": g, "fraction": RECORDS_FRACTION,
            "truth": synthetic.Truth(g.truth, levels=levels)}


def _q(db, sql, params=None) -> pd.DataFrame:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).df()
    finally:
        con.close()


def test_demo_records_step_writes_beside_not_into_the_forms(demo):
    exports, store = demo["paths"]
    assert exports.name == "synthetic-demo-records" and store.name == "demo-records"
    assert sorted(p.name for p in exports.iterdir()) == [f"出院记录_{YEAR}_SYNTHETIC.parquet", "机构字典_SYNTHETIC.csv"]
    assert list(store.glob(f"year={YEAR}/month=*/*.parquet")) and not (demo["db"].parent / "records").exists()
    # the records step's views (a report publishes tables of its own named records_…, in schema published)
    views = set(_q(demo["db"], """SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'records_%'
                                  AND table_name NOT IN (SELECT table_name FROM information_schema.tables
                                                         WHERE table_schema = 'published')""")["table_name"])
    assert views == {"records_county_month", "records_hospital_month", "records_hospital_diagnosis_month", "records_rejects"}
    runs = _q(demo["db"], "SELECT status FROM validation.runs WHERE kind = 'records'")
    assert runs["status"].tolist() == ["ok"]


def test_demo_records_are_consistent_with_the_forms(demo):
    """Each recipient's records are the fraction of its monthly 出院人数 (stochastic rounding each
    month: within 12 of the expected total), and each county's residents' records the fraction of
    its 住院总人次 where the county form leaves room for its recipients' discharges."""
    f = demo["fraction"]
    rec = _q(demo["db"], "SELECT hospital_id, sum(discharges) AS n FROM records_hospital_month WHERE year = ? GROUP BY 1",
             [YEAR]).set_index("hospital_id")["n"]
    form = _q(demo["db"], "SELECT recipient_hospital_id AS h, sum(discharges) AS n FROM hospital_monthly_stats WHERE year = ? GROUP BY 1",
              [YEAR]).set_index("h")["n"].astype(float)
    truth_rejected = demo["truth"].all.dropna(subset=["reject"]).groupby("hospital_code").size()
    for h, n in form.items():
        assert abs(rec.get(h, 0) + truth_rejected.get(h, 0) - f * n) <= 12, (h, rec.get(h), f * n)
    cty = _q(demo["db"], "SELECT county_code, resident_admissions AS a, resident_admissions_outside_county AS o "
                         "FROM county_inpatient_stats WHERE year = ?", [YEAR])
    residents = demo["truth"].all.groupby("residence_county_code").size()
    recip_by_county = _q(demo["db"], """SELECT h.county_code, sum(m.discharges) AS n FROM hospital_monthly_stats m
                                        JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id WHERE m.year = ? GROUP BY 1""",
                         [YEAR]).set_index("county_code")["n"].astype(float)
    checked = 0
    for r in cty.itertuples():
        if f * (r.a - r.o) >= f * recip_by_county.get(r.county_code, 0) + 20:
            assert abs(residents.get(r.county_code, 0) - f * r.a) <= 12 + 3 * math.sqrt(f * r.a), r.county_code
            checked += 1
    assert checked >= 5


def test_demo_views_equal_the_generators_truth(demo):
    t = demo["truth"]
    got = _q(demo["db"], "SELECT * FROM records_county_month ORDER BY county_code, year, month")
    want = t.county_month()
    pd.testing.assert_frame_equal(got[want.columns].astype({"year": "int64", "month": "int64"}), want, check_dtype=False)
    hm = _q(demo["db"], "SELECT * FROM records_hospital_month ORDER BY hospital_code, year, month")
    want = t.hospital_month()
    cols = ["hospital_code", "year", "month", "discharges", "transfers_out", "transfers_in", "downward_transfers_in"]
    pd.testing.assert_frame_equal(hm[cols].astype({"year": "int64", "month": "int64"}), want[cols], check_dtype=False)
    # every planted downward transfer is found, and nothing else: the recipients' 下转接收 of the sample
    assert hm["downward_transfers_in"].sum() == int(t.downward().sum()) > 0
    # the registry gives the programme's hospitals their hospital_id; the dictionary's facilities have none
    ids = hm.dropna(subset=["hospital_id"])
    assert set(ids["hospital_code"]) == set(_q(demo["db"], "SELECT code FROM hospitals")["code"]) & set(hm["hospital_code"])
    assert hm.loc[hm["hospital_code"].str.startswith("F"), "hospital_id"].isna().all()


def test_publish_county_table_is_the_truth_suppressed(demo):
    from pipelines.records.publish import COUNTY_COLUMNS, records_tables

    con = duckdb.connect(str(demo["db"]), read_only=True)
    try:
        t = records_tables(con, YEAR, "national-2009")
    finally:
        con.close()
    assert t.available and list(t.county.columns) == COUNTY_COLUMNS
    cm = demo["truth"].county_month()
    cm = cm[cm["year"] == YEAR].groupby("county_code")[["resident_discharges", "resident_discharges_in_county",
                                                        "outward_transfers"]].sum()
    got = t.county.set_index("county_code")
    assert set(got.index) == set(cm.index)
    for code, r in cm.iterrows():
        g = got.loc[code]
        assert g["resident_discharges"] == nhs(r["resident_discharges"]), code
        assert g["resident_discharges_in_county"] == nhs(r["resident_discharges_in_county"]), code
        assert g["outward_transfers"] == nhs(r["outward_transfers"]), code
        want = nhs_rate(r["resident_discharges_in_county"], r["resident_discharges"])
        if isinstance(want, str):
            assert g["within_county_rate"] == want
        elif math.isnan(want):
            assert pd.isna(g["within_county_rate"])
        else:
            assert g["within_county_rate"] == pytest.approx(want), code
    assert got.loc["990121", "county_name"] == "石桥县"


def test_publish_comparison_against_forms_and_truth(demo):
    """Each county's figures: the form's own column and the records' truth, both as published,
    and their difference; recipients compared over the months the form reported."""
    from pipelines.records.publish import COMPARISON_COLUMNS, records_tables

    con = duckdb.connect(str(demo["db"]), read_only=True)
    try:
        t = records_tables(con, YEAR, "national-2009")
        form = con.execute("SELECT county_code, resident_admissions AS a, resident_admissions_outside_county AS o "
                           "FROM county_inpatient_stats WHERE year = ?", [YEAR]).df().set_index("county_code")
        monthly = con.execute("""SELECT h.county_code, sum(m.discharges) AS d, sum(m.referrals_out) AS o,
                                        sum(m.referrals_down_received) AS dn, count(DISTINCT m.recipient_hospital_id) AS n
                                 FROM hospital_monthly_stats m JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id
                                 WHERE m.year = ? AND m.recipient_hospital_id IN (
                                     SELECT recipient_hospital_id FROM pairings  -- paired during the year
                                     WHERE start_date <= DATE '2024-12-31' AND coalesce(end_date, DATE '2024-12-31') >= DATE '2024-01-01')
                                 GROUP BY 1""", [YEAR]).df().set_index("county_code")
    finally:
        con.close()
    c = t.comparison
    assert list(c.columns) == COMPARISON_COLUMNS and (c["year"] == YEAR).all()
    truth = demo["truth"]
    k = truth.kept[truth.kept["year"] == YEAR]
    residents = k.groupby("residence_county_code").size()
    inside = (k["hospital_county_code"] == k["residence_county_code"]).groupby(k["residence_county_code"]).sum()
    by = c.set_index(["county_code", "measure"])
    for code, f in form.iterrows():
        row = by.loc[(code, "resident_admissions")]
        assert row["form_value"] == nhs(f["a"]) and row["records_value"] == nhs(residents[code])
        assert row["difference"] == nhs(residents[code]) - nhs(f["a"])
        assert row["ratio"] == pytest.approx(nhs(residents[code]) / nhs(f["a"]))
        row = by.loc[(code, "within_county_rate")]
        assert row["form_value"] == pytest.approx(nhs_rate(f["a"] - f["o"], f["a"]))
        assert row["records_value"] == pytest.approx(nhs_rate(inside[code], residents[code]))
        assert row["difference"] == pytest.approx(row["records_value"] - row["form_value"])
        # a 2% sample: the rates agree within a few points, the counts are 2% of the form's
        assert abs(row["difference"]) < 6 and by.loc[(code, "resident_admissions"), "ratio"] == pytest.approx(0.02, abs=0.004)
    # recipients paired during the year (the national profile's scope is every pairing), all months reported
    hosp = k.assign(d=truth.downward()[k.index]).groupby("hospital_county_code")
    for code, m in monthly.iterrows():
        row = by.loc[(code, "recipient_discharges")]
        assert row["hospitals"] == m["n"] and row["form_value"] == nhs(m["d"])
        row = by.loc[(code, "recipient_downward_received")]
        assert row["form_value"] == nhs(m["dn"])
        rec_down = int(hosp.get_group(code).loc[lambda x: ~x["hospital_code"].str.startswith("F"), "d"].sum())
        assert row["records_value"] == nhs(rec_down)
        if "*" in (nhs(m["dn"]), nhs(rec_down)):
            assert row["difference"] == "*" and row["ratio"] == "*"
    assert (c["difference"] == "*").any()    # the sample's downward transfers are small counts: masked


def test_publish_region_scope(demo):
    from pipelines.records.publish import records_tables

    con = duckdb.connect(str(demo["db"]), read_only=True)
    try:
        whole = records_tables(con, YEAR, "national-2009")
        one = records_tables(con, YEAR, "national-2009", hospital_ids={"QL101"}, county_codes={"990121"})
    finally:
        con.close()
    assert one.county["county_code"].tolist() == ["990121"]
    assert set(one.comparison["county_code"]) == {"990121"}
    assert one.comparison.set_index("measure").loc["recipient_discharges", "hospitals"] == 1
    assert whole.comparison.set_index(["county_code", "measure"]).loc[("990121", "recipient_discharges"), "hospitals"] > 1
    pd.testing.assert_frame_equal(one.county.reset_index(drop=True),
                                  whole.county[whole.county["county_code"] == "990121"].reset_index(drop=True))
    assert one.rejects["rows"].sum() == sum(demo["truth"].rejects().values()) > 0


def test_publish_without_records_and_for_a_year_without_them(demo_db, demo):
    from pipelines.records.publish import COMPARISON_COLUMNS, COUNTY_COLUMNS, records_tables

    con = duckdb.connect(str(demo_db), read_only=True)   # the session's demo database: forms only
    try:
        t = records_tables(con, YEAR)
    finally:
        con.close()
    assert not t.available and list(t.county.columns) == COUNTY_COLUMNS and list(t.comparison.columns) == COMPARISON_COLUMNS
    con = duckdb.connect(str(demo["db"]), read_only=True)
    try:
        t = records_tables(con, YEAR - 1)
    finally:
        con.close()
    assert t.available and t.county.empty and t.comparison.empty


def test_no_id_number_in_published_tables_or_exports_folder_names(demo):
    from pipelines.records.publish import records_tables

    con = duckdb.connect(str(demo["db"]), read_only=True)
    try:
        t = records_tables(con, YEAR)
    finally:
        con.close()
    text = "\n".join(df.to_csv() for df in (t.county, t.comparison, t.rejects))
    assert not any(i in text for i in list(demo["g"].id_numbers)[:2000])
    assert not any(m in text for m in list(demo["g"].record_numbers)[:2000])
    stored = pd.concat(pd.read_parquet(p) for p in demo["paths"][1].glob("year=*/month=*/*.parquet"))
    assert not {"id_number", "record_number"} & set(stored.columns)
    assert not stored["patient_pid"].isin(demo["g"].id_numbers).any()

"""Patient-level discharge records (issue 21): ingest → Parquet store → views, checked against
the SYNTHETIC generator's own truth (pipelines/records/synthetic.py: it decides each record's
residence, hospital, month, 离院方式, receiving county and reject reason, and Truth groups those
decisions with pandas) and against hand-written records whose expected values are written out
below. Also: the hostile spellings of the data contract, re-ingest, exit codes, and a scan that no
ID number or 病案号 reaches any written file, table or message."""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipelines.privacy.person_id import PersonIds, id_check_char, load_key
from pipelines.records import synthetic
from pipelines.records.cli import register

N_ROWS = 30_000


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="duikou")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture(scope="module")
def generated():
    return synthetic.generate(N_ROWS, seed=11)


@pytest.fixture(scope="module")
def ingested(generated, tmp_path_factory):
    """The generated records written as a platform exports them: one CSV per discharge month,
    alternately UTF-8 and GB18030, one month with the interface's pinyin headers, plus the
    facility dictionary; ingested through the CLI function twice (the second run must replace,
    not add). Returns the folder, the database and everything the CLI printed."""
    base = tmp_path_factory.mktemp("records")
    inp = base / "exports"
    for i, (month, df) in enumerate(synthetic.split_by_month(generated.records, generated.truth).items()):
        synthetic.write_csv(df, inp / f"出院记录_{month}.csv", encoding="gb18030" if i % 2 else "utf-8",
                            headers="pinyin" if month == "2024-05" else "zh")
    synthetic.write_facilities(inp / "机构字典.csv", encoding="gb18030")
    db = base / "curated" / "duikou.duckdb"
    return {"base": base, "inp": inp, "db": db}


@pytest.fixture(scope="module")
def run(ingested):
    """Runs the CLI twice and keeps its output (captured by redirecting sys.stdout/err)."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        codes = [_cli(["records", "ingest", str(ingested["inp"]), "--db", str(ingested["db"]), "--quiet"]),
                 _cli(["records", "ingest", str(ingested["inp"]), "--db", str(ingested["db"]), "--json"])]
    return {**ingested, "codes": codes, "stdout": out.getvalue(), "stderr": err.getvalue()}


def _view(db: Path, name: str) -> pd.DataFrame:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT * FROM {name}").df()
    finally:
        con.close()


def test_exit_code_and_json_summary(run, generated):
    assert run["codes"] == [0, 0]
    summary = json.loads(run["stdout"][run["stdout"].index("{\n"):])
    assert summary["files_failed"] == 0 and summary["engine"] == "duckdb"
    assert sum(f["rows_read"] for f in summary["files"]) == N_ROWS
    truth = synthetic.Truth(generated.truth)
    assert sum(f["rows_stored"] for f in summary["files"]) == len(truth.kept)
    per_reason = pd.DataFrame([(c, n) for f in summary["files"] for c, n in f["rejects"].items()]).groupby(0)[1].sum()
    assert per_reason.to_dict() == truth.rejects()
    assert summary["facility_files"] == ["机构字典.csv"]


def test_county_month_equals_generator_truth(run, generated):
    got = _view(run["db"], "records_county_month").sort_values(["county_code", "year", "month"]).reset_index(drop=True)
    want = synthetic.Truth(generated.truth).county_month()
    assert list(got.columns) == ["county_code", "year", "month", "resident_discharges", "resident_discharges_in_county",
                                 "within_county_rate", "outward_transfers"]
    pd.testing.assert_frame_equal(got[want.columns].astype({"year": "int64", "month": "int64"}), want, check_dtype=False)
    # the five fictional county-level units of the residents, and the county outside whose
    # hospitals transfer patients out too (a row with transfers and no resident discharges)
    assert set(got["county_code"]) == {*synthetic.RESIDENT_COUNTIES, synthetic.OUTSIDE_COUNTY}
    outside = got[got["county_code"] == synthetic.OUTSIDE_COUNTY]
    assert (outside["resident_discharges"] == 0).all() and outside["within_county_rate"].isna().all()
    residents = got[got["county_code"] != synthetic.OUTSIDE_COUNTY]
    assert got["outward_transfers"].sum() > 0 and residents["within_county_rate"].between(0.6, 0.95).all()


def test_outward_transfers_count_against_the_discharging_hospitals_county(run, generated):
    """Residents of the city district (990102) are treated by the city's hospitals; the transfers
    that count are the ones leaving the discharging hospital's county, whoever the patient is."""
    got = _view(run["db"], "records_county_month").groupby("county_code")["outward_transfers"].sum()
    t = generated.truth[generated.truth["reject"].isna()]
    by_hand = {}
    for county in [*synthetic.RESIDENT_COUNTIES, synthetic.OUTSIDE_COUNTY]:
        m = ((t["hospital_county_code"] == county) & (t["discharge_method"] == "2") & t["receiving_county_code"].notna()
             & (t["receiving_county_code"] != county))
        by_hand[county] = int(m.sum())
    assert got.to_dict() == by_hand


def test_hospital_month_equals_generator_truth(run, generated):
    got = _view(run["db"], "records_hospital_month").sort_values(["hospital_code", "year", "month"]).reset_index(drop=True)
    want = synthetic.Truth(generated.truth).hospital_month()
    assert list(got.columns) == ["hospital_code", "hospital_id", "year", "month", "discharges", "transfers_out",
                                 "avg_length_of_stay", "avg_total_cost", "transfers_in", "downward_transfers_in",
                                 "stay_days", "total_cost_fen", "discharges_with_stay", "discharges_with_cost"]
    pd.testing.assert_frame_equal(got[want.columns].astype({"year": "int64", "month": "int64"}), want,
                                  check_dtype=False, rtol=1e-12)
    assert got["hospital_id"].isna().all()   # no hospitals table in this database: codes only


def test_downward_transfers_received_equal_generator_truth(run, generated):
    """The generator plants N // 100 downward transfers (a tertiary city hospital discharges a
    patient with 离院方式 2, their own county's secondary hospital admits them with 入院途径 3
    0–2 days later) and three kinds of look-alike that must not count: admitted 3–10 days later,
    sent by a hospital of the same level, admitted through 门诊. The truth finds transfers from
    the records' own persons, dates and levels (pandas), so chance matches of the same person
    count on both sides."""
    got = _view(run["db"], "records_hospital_month").groupby("hospital_code")["downward_transfers_in"].sum()
    truth = synthetic.Truth(generated.truth)
    want = truth.kept.assign(d=truth.downward()).groupby("hospital_code")["d"].sum()
    assert got.to_dict() == want.astype("int64").to_dict()
    # the planted transfers are all received by the counties' secondary hospitals, and all found
    assert got.sum() >= N_ROWS // 100 and set(got[got > 0].index) <= {c for c in got.index if c[-3:] in ("001", "002") and c[1:7] != "990102"}
    assert (got[[c for c in got.index if c.startswith(("H990102", "H990202"))]] == 0).all()   # nothing down to a tertiary hospital


def test_downward_transfers_by_hand(tmp_path):
    """Written out: one person (one ID number) discharged by the tertiary city hospital on 3 March
    and admitted by the county hospital with 入院途径 3 on 5 March (counted); the same person admitted
    there again on 20 March with 入院途径 3 (no higher-level discharge in the 2 days before: not
    counted); another person admitted with 入院途径 3 a day after a stay at the other county's
    secondary hospital (same level: not counted)."""
    head = "医疗机构代码,医疗机构名称,病案号,身份证号,现住址行政区划代码,入院途径,入院日期,出院日期,离院方式,拟接收医疗机构名称,主要诊断编码,总费用\n"
    a, b = "990121198001010011", "99012219900202002X"
    rows = [f"H990102001,,A1,{a},990121,2,2024-02-28,2024-03-03,2,青岚县人民医院（SYNTHETIC）,I63.9,9000",
            f"H990121001,,B1,{a},990121,3,2024-03-05,2024-03-12,1,,I63.9,3000",
            f"H990121001,,B2,{a},990121,3,2024-03-20,2024-03-22,1,,J18.9,1000",
            f"H990122001,,C1,{b},990122,2,2024-03-01,2024-03-04,2,青岚县人民医院（SYNTHETIC）,K35.8,2000",
            f"H990121001,,B3,{b},990122,3,2024-03-05,2024-03-09,1,,K35.8,2500"]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.csv").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    fac = synthetic.write_facilities(tmp_path / "机构字典.csv")
    db = tmp_path / "d.duckdb"
    assert _cli(["records", "ingest", str(tmp_path / "in"), "--db", str(db), "--facilities", str(fac), "--quiet"]) == 0
    hm = _view(db, "records_hospital_month").set_index("hospital_code")
    assert (hm.loc["H990121001", "transfers_in"], hm.loc["H990121001", "downward_transfers_in"]) == (3, 1)
    assert hm["downward_transfers_in"].sum() == 1
    dm = _view(db, "records_hospital_diagnosis_month")
    h = dm[dm["hospital_code"] == "H990121001"].set_index(["group_kind", "group_code"])["discharges"].to_dict()
    # I63.9: chapter IX, stroke and cardiovascular; J18.9: chapter X, respiratory; K35.8: chapter XI, no condition
    assert h == {("icd10_chapter", "IX"): 1, ("icd10_chapter", "X"): 1, ("icd10_chapter", "XI"): 1,
                 ("condition", "stroke"): 1, ("condition", "cardiovascular"): 1, ("condition", "respiratory"): 1,
                 ("condition", "*"): 2}


def test_diagnosis_groups_equal_generator_truth(run, generated):
    """Chapters from the generator's own table of its ten codes; conditions from the ranges of
    expected_conditions.yaml compared as strings by pandas (the pipeline expands them into
    categories and joins)."""
    import yaml

    conds = yaml.safe_load((Path(__file__).parents[1] / "pipelines" / "records" / "expected_conditions.yaml")
                           .read_text(encoding="utf-8"))["conditions"]
    want = synthetic.Truth(generated.truth).diagnosis_month({k: v["icd10"] for k, v in conds.items()})
    got = _view(run["db"], "records_hospital_diagnosis_month")
    assert list(got.columns) == ["hospital_code", "hospital_id", "year", "month", "group_kind", "group_code", "discharges"]
    got = got.sort_values(["hospital_code", "year", "month", "group_kind", "group_code"]).reset_index(drop=True)
    pd.testing.assert_frame_equal(got[want.columns].astype({"year": "int64", "month": "int64"}), want, check_dtype=False)
    assert {"stroke", "cardiovascular", "maternal", "*"} <= set(got["group_code"])


def test_rejects_per_file_and_reason(run, generated):
    got = _view(run["db"], "records_rejects")
    assert list(got.columns) == ["file_name", "reason_code", "rows"]
    truth = generated.truth
    month = truth["year"].astype(str) + "-" + truth["month"].astype(str).str.zfill(2)
    want = (truth.assign(file_name="出院记录_" + month + ".csv").dropna(subset=["reject"])
            .groupby(["file_name", "reject"]).size().rename("rows").reset_index()
            .rename(columns={"reject": "reason_code"}))
    merged = got.merge(want, on=["file_name", "reason_code"], how="outer", suffixes=("", "_want"))
    assert (merged["rows"] == merged["rows_want"]).all(), merged[merged["rows"] != merged["rows_want"]]
    assert "BLANK_DISCHARGE_METHOD" not in set(got["reason_code"])   # a blank 离院方式 is not a reject


def test_store_is_parquet_by_year_and_month_beside_the_database(run):
    root = run["db"].parent / "records"
    parts = sorted(p.relative_to(root).parts[:2] for p in root.glob("year=*/month=*/*.parquet"))
    assert ("year=2024", "month=1") in parts and ("year=2025", "month=1") in parts
    # one file per input file and month, replaced (not duplicated) by the second ingest
    assert all(p.name.startswith("part-") for p in root.glob("year=*/month=*/*.parquet"))
    total = sum(pq.ParquetFile(p).metadata.num_rows for p in root.glob("year=*/month=*/*.parquet"))
    assert total == _view(run["db"], "records_hospital_month")["discharges"].sum()
    assert not list(root.rglob("*.tmp")) and not (root / "_tmp").exists() and not (root / "_tmp_clean").exists()
    # the main DuckDB file has no record rows, only the views
    con = duckdb.connect(str(run["db"]), read_only=True)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'records%'").fetchall()}
    con.close()
    assert names == {"records_county_month", "records_hospital_month", "records_hospital_diagnosis_month",
                         "records_rejects"}


def _stored(run) -> pd.DataFrame:
    return pd.concat(pd.read_parquet(p) for p in (run["db"].parent / "records").glob("year=*/month=*/*.parquet"))


def test_no_id_number_or_record_number_anywhere(run, generated):
    """Every ID number written (18 digits, the 15-digit spellings, their 18-digit conversions)
    and every 病案号: in no file under the run's folders except the exports themselves, in no
    value of any Parquet file or database table or view, in no file name, in nothing printed."""
    secrets = set(generated.id_numbers) | set(generated.record_numbers)
    for v in list(generated.id_numbers):
        if len(v) == 15:
            s17 = v[:6] + "19" + v[6:]
            secrets.add(s17 + id_check_char(s17))
    assert len(secrets) > N_ROWS
    runs_of_digits = re.compile(r"[0-9]{15,18}X?|ZY[0-9]{10}")

    def leaks(text: str) -> set:
        return {m for m in runs_of_digits.findall(text) if m in secrets}

    scanned = 0
    for path in run["base"].rglob("*"):
        if path.is_dir() or run["inp"] in path.parents:
            continue
        assert not leaks(str(path.relative_to(run["base"])))
        if path.suffix == ".parquet":
            text = pq.read_table(path).to_pandas().astype(str).to_csv()
        elif path.suffix == ".duckdb":
            con = duckdb.connect(str(path), read_only=True)
            tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
            text = "".join(con.execute(f'SELECT * FROM "{t}"').df().astype(str).to_csv() for t in tables)
            con.close()
        else:
            text = ""
        text += path.read_bytes().decode("latin-1")   # the raw bytes as well (uncompressed pages, logs)
        assert not leaks(text), path
        scanned += 1
    assert scanned >= 13   # 13 months of records, rejects, indicators, the database
    assert not leaks(run["stdout"] + run["stderr"])
    # and the pseudonyms are there instead: the ID number's person pseudonym, as person_id.py makes it
    stored = _stored(run)
    ids = PersonIds(load_key())
    some = generated.records["身份证号"].iloc[0]
    assert ids.from_id_number(some) in set(stored["patient_pid"])


HAND = """医疗机构代码,医疗机构名称,病案号,姓名,身份证号,现住址行政区划代码,入院途径,入院日期,出院日期,离院方式,拟接收医疗机构名称,主要诊断编码,总费用
H990121001,\u3000青岚县人民医院（SYNTHETIC）\u3000,HB001,测试甲,990121198001010011,990121,2,20240305,20240309,1,,K35.8,"1,234.50"
H990121001,青岚县人民医院（SYNTHETIC）,HB002,测试乙,990121800101001,990121,2,2024-03-05 14:30:00,2024-03-05 09:00,,,J18.9,800
H990121001,青岚县人民医院（SYNTHETIC）,HB003,王䶮𠮷,,990121,门诊,2024-03-10,2024-03-12,2,\u3000远山市䶮𠮷专科医院（SYNTHETIC）\u3000,I63.9,100.10
H990121001,青岚县人民医院（SYNTHETIC）,HB004,测试丙,,990121,急诊,2024-03-10,2024-03-11,医嘱转院,转上级医院 身份证 990121 19800101 0011,S72.0,
H990121001,青岚县人民医院（SYNTHETIC）,HB005,测试丁,,,1,2024-03-10,2024-03-11,1,,,
H990121001,青岚县人民医院（SYNTHETIC）,HB006,测试戊,,990121,1,2024-02-30,2024-03-11,1,,,
H990121001,青岚县人民医院（SYNTHETIC）,HB007,测试己,,990121,1,2024-03-11,2024-03-10,1,,,
H990121001,青岚县人民医院（SYNTHETIC）,HB008,测试庚,,99012A,1,2024-03-10,2024-03-11,1,,,
H990121001,青岚县人民医院（SYNTHETIC）,HB009,测试辛,,990199,1,2024-03-10,2024-03-11,1,,,
H990121001,青岚县人民医院（SYNTHETIC）,HB010,测试壬,,９９０１２１００１００２,3,2024-03-10,2024/03/11,9,,,
"""


@pytest.fixture(scope="module")
def hand(tmp_path_factory):
    base = tmp_path_factory.mktemp("hand")
    (base / "in").mkdir()
    (base / "in" / "三月.csv").write_bytes(HAND.encode("gb18030"))
    fac = synthetic.write_facilities(base / "dict" / "facilities-2024.csv")
    db = base / "db" / "t.duckdb"
    code = _cli(["records", "ingest", str(base / "in"), "--db", str(db), "--facilities", str(fac), "--quiet"])
    stored = pd.concat(pd.read_parquet(p) for p in (db.parent / "records").glob("year=*/month=*/*.parquet"))
    return {"code": code, "db": db, "stored": stored.sort_values("source_row").reset_index(drop=True)}


def test_hostile_spellings_are_cleaned_not_rejected(hand):
    """Written out by hand: row 2 YYYYMMDD dates, padded name, cost with a thousands comma;
    row 3 a 15-digit ID and dates with a time, blank 离院方式, same-day stay (counted as 1 day);
    row 4 a receiving name outside GBK padded with full-width spaces; row 5 an ID number in the
    receiving name; row 11 a 12-digit 统计用区划代码 in full-width digits and a date with slashes."""
    assert hand["code"] == 0
    s = hand["stored"].set_index("source_row")
    assert list(s.index) == [2, 3, 4, 5, 11]
    assert s.loc[2, "hospital_name"] == "青岚县人民医院（SYNTHETIC）"
    assert str(s.loc[2, "admission_date"]) == "2024-03-05" and s.loc[2, "length_of_stay"] == 4
    assert s.loc[2, "total_cost_fen"] == 123450
    assert s.loc[2, "icd10_chapter"] == "XI" and s.loc[4, "icd10_chapter"] == "IX" and s.loc[5, "icd10_chapter"] == "XIX"
    ids = PersonIds(load_key())
    assert s.loc[2, "patient_pid"] == ids.from_id_number("990121198001010011")
    s17 = "99012119800101001"                      # the 15-digit number, converted by hand
    assert s.loc[3, "patient_pid"] == ids.from_id_number(s17 + id_check_char(s17))
    assert pd.isna(s.loc[3, "discharge_method"]) and s.loc[3, "length_of_stay"] == 1
    assert s.loc[4, "receiving_county_code"] == synthetic.OUTSIDE_COUNTY and s.loc[4, "admission_route"] == "2"
    assert s.loc[5, "discharge_method"] == "2" and "19800101" not in s.loc[5, "receiving_institution"]
    assert "ID masked" in s.loc[5, "receiving_institution"] and pd.isna(s.loc[5, "receiving_county_code"])
    assert s.loc[11, "residence_county_code"] == "990121" and str(s.loc[11, "discharge_date"]) == "2024-03-11"
    assert set(s["record_pid"].str[:1]) == {"R"} and s["record_pid"].nunique() == 5
    # the 病案号 pseudonym: HMAC-SHA256 under the person-id key of "mrn:" + hospital code + "|" + 病案号
    import hashlib
    import hmac
    assert s.loc[2, "record_pid"] == "R" + hmac.new(load_key(), b"mrn:H990121001|HB001", hashlib.sha256).hexdigest()[:20]
    assert not {"id_number", "record_number", "patient_name"} & set(s.columns)


def test_hand_rejects_and_indicators(hand):
    rej = _view(hand["db"], "records_rejects").set_index("reason_code")["rows"].to_dict()
    assert rej == {"RESIDENCE_COUNTY_BLANK": 1, "ADMISSION_DATE_IMPOSSIBLE": 1, "DISCHARGE_BEFORE_ADMISSION": 1,
                   "RESIDENCE_COUNTY_MALFORMED": 1, "RESIDENCE_COUNTY_UNKNOWN": 1}
    cm = _view(hand["db"], "records_county_month")
    assert cm.to_dict("records") == [{"county_code": "990121", "year": 2024, "month": 3, "resident_discharges": 5,
                                      "resident_discharges_in_county": 5, "within_county_rate": 1.0,
                                      "outward_transfers": 1}]  # row 4 only: row 5's receiver cannot be located
    hm = _view(hand["db"], "records_hospital_month").iloc[0]
    assert (hm["discharges"], hm["transfers_out"]) == (5, 2)
    assert hm["avg_length_of_stay"] == pytest.approx((4 + 1 + 2 + 1 + 1) / 5)
    assert hm["avg_total_cost"] == pytest.approx((1234.50 + 800 + 100.10) / 3)


def test_parquet_partitioned_by_hospital(tmp_path, generated):
    """A folder partitioned by hospital (ZZJGDM=… folders, the code not repeated inside), read as
    Parquet: the folder supplies the code."""
    recs = generated.records.iloc[:3000]
    truth = generated.truth.iloc[:3000]
    for code, df in recs.groupby("医疗机构代码"):
        synthetic.write_parquet(df.drop(columns=["医疗机构代码"]), tmp_path / "in" / f"ZZJGDM={code}" / "part-0.parquet")
    fac = synthetic.write_facilities(tmp_path / "机构字典.xlsx.csv")
    db = tmp_path / "d.duckdb"
    assert _cli(["records", "ingest", str(tmp_path / "in"), "--db", str(db), "--facilities", str(fac), "--quiet"]) == 0
    got = _view(db, "records_hospital_month").groupby("hospital_code")["discharges"].sum().to_dict()
    want = truth[truth["reject"].isna()].groupby("hospital_code").size().to_dict()
    assert got == want
    # rejects are named by the file's path below the folder given: every file is part-0.parquet
    rejects = _view(db, "records_rejects").groupby("file_name")["rows"].sum().to_dict()
    by_hand = truth.dropna(subset=["reject"]).groupby("hospital_code").size()
    assert rejects == {f"ZZJGDM={code}/part-0.parquet": n for code, n in by_hand.items()}


def test_reingest_of_the_same_file_replaces_it(hand, tmp_path):
    before = _view(hand["db"], "records_county_month")
    inp = hand["db"].parent.parent / "in"
    fac = hand["db"].parent.parent / "dict" / "facilities-2024.csv"
    assert _cli(["records", "ingest", str(inp), "--db", str(hand["db"]), "--facilities", str(fac), "--quiet"]) == 0
    pd.testing.assert_frame_equal(_view(hand["db"], "records_county_month"), before)


def test_a_broken_file_fails_alone_and_others_are_read(tmp_path, capsys):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.csv").write_text(HAND, encoding="utf-8")
    (inp / "no-dates.csv").write_text("医疗机构代码,病案号,身份证号\nH990121001,HB1,990121198001010011\n", encoding="utf-8")
    (inp / "empty.csv").write_bytes(b"")
    # a row with a column too many, holding an ID number: pyarrow's message quotes the row
    (inp / "ragged.csv").write_text(HAND.replace("HB005,测试丁,,", "HB005,测试丁,990121198001010011,extra,"), encoding="utf-8")
    fac = synthetic.write_facilities(tmp_path / "机构字典.csv")
    code = _cli(["records", "ingest", str(inp), "--db", str(tmp_path / "x.duckdb"), "--facilities", str(fac), "--quiet"])
    out = capsys.readouterr()
    assert code == 2
    assert "入院日期 (admission_date)" in out.out and "出院日期 (discharge_date)" in out.out
    assert "empty.csv" in out.out and "✓ good.csv" in out.out
    assert "✗ ragged.csv: CSV 格式错误" in out.out and "column count or quoting" in out.out
    assert "990121198001010011" not in out.out + out.err and "Traceback" not in out.err
    assert len(_view(tmp_path / "x.duckdb", "records_county_month")) == 1


def test_usage_errors(tmp_path, capsys):
    (tmp_path / "a.csv").write_text(HAND, encoding="utf-8")
    # no hospitals in the database and no facility dictionary: where counties are is unknown
    assert _cli(["records", "ingest", str(tmp_path / "a.csv"), "--db", str(tmp_path / "x.duckdb"), "--quiet"]) == 4
    assert "--facilities" in capsys.readouterr().err
    assert _cli(["records", "ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"),
                 "--facilities", str(tmp_path / "missing.csv"), "--quiet"]) == 4
    assert not (tmp_path / "records").exists()
    with pytest.raises(SystemExit) as exc:
        _cli(["records", "ingest", str(tmp_path), "--engine", "hadoop"])
    assert exc.value.code == 2   # argparse's own usage exit, as for every duikou command


def test_help_has_text_and_defaults_for_every_option(capsys):
    with pytest.raises(SystemExit):
        _cli(["records", "ingest", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for opt in ("--db", "--facilities", "--engine", "--spark-master", "--records-dir", "--memory-limit", "--json", "--quiet"):
        assert opt in text
    assert "(default: duckdb)" in text and "(default: local[2])" in text and "example:" in text


def test_registry_hospitals_locate_records(tmp_path):
    """A hospital known to the database's hospitals table is located from there (and gets its
    hospital_id) without any facility dictionary."""
    from pipelines.db.connection import connect

    db = tmp_path / "r.duckdb"
    con = connect(db, read_only=False, create=True)
    con.execute("""INSERT INTO hospitals (hospital_id, code, id_source, name, level, category, province, city, county, county_code,
                                          submission_id, source_row)
                   VALUES ('HSYN01', 'H990121001', 'code', '青岚县人民医院（SYNTHETIC）', '二级', '综合医院', '测试省', '青州市', '青岚县', '990121', 'S1', 2),
                          ('HSYN02', NULL, 'generated', '远山市䶮𠮷专科医院（SYNTHETIC）', '二级', '专科医院', '测试省', '远山市', '远山县', '990202', 'S1', 3)""")
    con.close()
    (tmp_path / "in.csv").write_text(HAND, encoding="utf-8")
    assert _cli(["records", "ingest", str(tmp_path / "in.csv"), "--db", str(db), "--quiet"]) == 0
    hm = _view(db, "records_hospital_month")
    assert hm["hospital_id"].tolist() == ["HSYN01"]
    assert _view(db, "records_county_month")["outward_transfers"].tolist() == [1]


def test_catalogue_functions_read_the_views(run, generated):
    from pipelines.indicators.catalogue import compute, records_catalogue
    from pipelines.records import catalogue_functions as cf

    spec = records_catalogue()
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        for name, s in spec.items():
            module, fn = s["function"].rsplit(".", 1)
            assert module == cf.__name__ and callable(getattr(cf, fn)), name
            df = compute(name, con, years=[2024])
            assert {"numerator", "denominator", "value"} <= set(df.columns) and len(df), name
        year = cf.within_county_rate_county_year(con, years=[2024]).set_index("county_code")
        los = cf.avg_length_of_stay_hospital_year(con, years=[2024]).set_index("hospital_code")
        cost = cf.avg_total_cost_hospital_year(con, years=[2024]).set_index("hospital_code")
        down = cf.downward_transfers_received_hospital_year(con, years=[2024]).set_index("hospital_code")
        share = cf.expected_conditions_share_hospital_year(con, years=[2024]).set_index("hospital_code")
    finally:
        con.close()
    truth = synthetic.Truth(generated.truth)
    k = truth.kept[truth.kept["year"] == 2024]
    inside = (k["hospital_county_code"] == k["residence_county_code"]).groupby(k["residence_county_code"]).mean() * 100
    np.testing.assert_allclose(year["value"].sort_index().to_numpy(), inside.sort_index().to_numpy())
    # year figures are the exact sums of the records, not averages of monthly averages
    by_h = k.groupby("hospital_code")
    np.testing.assert_allclose(los["value"].sort_index(), by_h["length_of_stay"].mean().sort_index(), rtol=1e-12)
    np.testing.assert_allclose(cost["value"].sort_index(), (by_h["total_cost_fen"].sum() / by_h.size() / 100).sort_index(), rtol=1e-12)
    d = truth.downward()
    assert down["value"].to_dict() == d[k.index].groupby(k["hospital_code"]).sum().astype(float).to_dict()
    conds = {"I63", "I10", "C34", "O80", "S72", "J18"}     # the generated codes inside the conditions' ranges
    in_any = k["diagnosis_code"].str[:3].isin(conds)
    np.testing.assert_allclose(share["value"].sort_index(), (in_any.groupby(k["hospital_code"]).mean() * 100).sort_index())


def test_catalogue_functions_without_records_give_empty_tables(tmp_path):
    """A database no records ingest has touched: every records indicator is an empty table with
    its columns (the report and the exports can ask without checking first)."""
    from pipelines.db.connection import connect
    from pipelines.indicators.catalogue import compute, records_catalogue

    con = connect(tmp_path / "empty.duckdb", read_only=False, create=True)
    try:
        for name in records_catalogue():
            df = compute(name, con, years=[2024])
            assert df.empty and {"numerator", "denominator", "value"} <= set(df.columns), name
    finally:
        con.close()


def test_spark_without_java_exits_5(tmp_path, capsys, monkeypatch):
    """Spark asked for on a machine without Java: exit 5 with what to install."""
    import pipelines.records.spark_engine as se

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.csv").write_text(HAND, encoding="utf-8")
    fac = synthetic.write_facilities(tmp_path / "机构字典.csv")
    monkeypatch.setattr(se, "java_available", lambda: False)
    assert _cli(["records", "ingest", str(tmp_path / "in"), "--db", str(tmp_path / "x.duckdb"), "--facilities", str(fac),
                 "--engine", "spark", "--quiet"]) == 5
    assert "default-jre-headless" in capsys.readouterr().err


def test_read_only_folder_exits_5(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.csv").write_text(HAND, encoding="utf-8")
    fac = synthetic.write_facilities(tmp_path / "机构字典.csv")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root): a read-only folder cannot be made")
        assert _cli(["records", "ingest", str(tmp_path / "in"), "--db", str(ro / "x.duckdb"), "--facilities", str(fac), "--quiet"]) == 5
        err = capsys.readouterr().err
        assert "permission denied" in err and "Traceback" not in err
    finally:
        ro.chmod(0o755)


def test_database_in_use_exits_3(tmp_path, capsys):
    import subprocess
    import sys

    (tmp_path / "a.csv").write_text(HAND, encoding="utf-8")
    fac = synthetic.write_facilities(tmp_path / "机构字典.csv")
    db = tmp_path / "busy.duckdb"
    duckdb.connect(str(db)).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('open', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert _cli(["records", "ingest", str(tmp_path / "a.csv"), "--db", str(db), "--facilities", str(fac), "--quiet"]) == 3
        assert "in use by another duikou process" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()


def test_records_indicator_citations_resolve():
    """The definitions cite seed texts the way the form-based ones do, so they resolve to
    documents; each names the 病案首页 standard by 文号 (catalogued in documents.yaml's standards)."""
    from pipelines.catalogue.citations import cite
    from pipelines.indicators.catalogue import records_catalogue

    spec = records_catalogue()
    assert len(spec) >= 10
    for name, s in spec.items():
        text = cite(s["rationale"])
        assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt", text), name
        assert "卫医政发〔2011〕84号" in text, name
        assert (Path(__file__).parents[1] / "pipelines" / "records" / "sql" / s["sql"]).is_file(), name


def test_a_path_that_does_not_exist_is_named(tmp_path, capsys):
    assert _cli(["records", "ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.duckdb"), "--quiet"]) == 2
    out = capsys.readouterr()
    assert "nowhere: 路径不存在 / no such file or folder" in out.out and "no record files" in out.err


def test_each_ingest_is_a_run(run, tmp_path, monkeypatch):
    """Every records ingest is a row of the runs table (kind "records"): the two runs of the
    fixture finished "ok", in order, with their configuration; a run whose indicators fail is
    marked "failed"."""
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        rows = con.execute("""SELECT run_id, kind, status, config, finished_at >= started_at FROM validation.runs
                              WHERE kind = 'records' ORDER BY seq""").fetchall()
    finally:
        con.close()
    assert [(r[1], r[2], r[4]) for r in rows] == [("records", "ok", True)] * 2
    assert all(r[0].startswith("D") for r in rows)
    config = json.loads(rows[0][3])
    assert config["engine"] == "duckdb" and config["files"] == len(list(run["inp"].glob("出院记录_*.csv")))

    import pipelines.records.indicators as ind

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.csv").write_text(HAND, encoding="utf-8")
    fac = synthetic.write_facilities(tmp_path / "机构字典.csv")
    db = tmp_path / "f.duckdb"

    def boom(*a, **k):
        raise MemoryError("out of memory")
    monkeypatch.setattr(ind, "run_duckdb", boom)
    assert _cli(["records", "ingest", str(tmp_path / "in"), "--db", str(db), "--facilities", str(fac), "--quiet"]) == 5
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT kind, status FROM validation.runs").fetchall() == [("records", "failed")]
    finally:
        con.close()

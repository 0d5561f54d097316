"""realworld108: the outcome side of a fictional province's (琅岑省, SYNTHETIC / 合成数据) evaluation — counties'
inpatient flow and outward referral rate (外转率) as county health bureaus, the city's health commission and the
medical-insurance bureau report them (by year, by quarter, rate only, 参保地 × 就医地 settlement export by 行政区划代码,
a 三年对比 cross-tab, counties renamed 县→区 and 县→市), recipient hospitals' monthly 外转人次 with 其中：转省级 / 转市级
breakdowns, around an ordinary pairing list and a few ordinary submissions — ingested exactly as the README tells a
new user, scored per table against the truth the generator writes, plus the findings expected on curated rows and a
check of the stored counts against the rates the files state.

    make_corpus.py OUT   → OUT/data/raw/{reference,卫健,医保,医院}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld108-test-key"
FOLDERS = frozenset({"reference", "卫健", "医保", "医院"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld108")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
@pytest.mark.xfail(strict=True, reason="first run: county_inpatient_stats 7/16 — 三年对比's 岚溪市（原岚溪县） held, the rate-only table and the 医保 参保地×就医地 export unrecognised")
def test_realworld108_scores(run):
    check_scores(run, KEY, "realworld108")


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld108_findings(run):
    check_findings(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
@pytest.mark.xfail(strict=True, reason="first run: no total stored for 990122 2022-2024 and the four counties' 2021")
def test_realworld108_county_flow_matches_stated_rates(run):
    """Against the contract's county_inpatient_stats alone: one row per county and year, the part outside the
    county never more than the whole, and the rate each file states (县域内就诊率, or 外转率 where only the rate and
    the total were sent) is what the stored counts give — a within-county count stored as the total, or an
    outward rate stored as a count, shows here."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        rows = con.execute("SELECT county_code, year, resident_admissions, resident_admissions_outside_county "
                           "FROM county_inpatient_stats").fetchall()
    finally:
        con.close()
    seen, bad = {}, []
    for code, year, total, outside in rows:
        if (code, year) in seen:
            bad.append(f"{code} {year}: two rows")
        seen[(code, year)] = (total, outside)
        if total is not None and outside is not None and outside > total:
            bad.append(f"{code} {year}: outside {outside} > total {total}")
    for s in run["truth"]["stated_rates"]:
        got = seen.get((s["county_code"], s["year"]))
        if got is None or got[0] is None:
            bad.append(f"{s['county_code']} {s['year']}: no total stored")
            continue
        total, outside = got
        if "within_county_pct" in s:
            if outside is None or abs(100 * (total - outside) / total - s["within_county_pct"]) > 0.01:
                bad.append(f"{s['county_code']} {s['year']}: within-county rate {s['within_county_pct']}% not "
                           f"given by {total} / {outside}")
        elif outside is not None and abs(100 * outside / total - s["outward_pct"]) > 0.05:
            bad.append(f"{s['county_code']} {s['year']}: outward rate {s['outward_pct']}% not given by {outside} / "
                       f"{total}")
    assert not bad, "; ".join(bad)

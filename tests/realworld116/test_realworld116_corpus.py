"""realworld116: a fictional province's (琅岙省, SYNTHETIC / 合成数据) year 2024 — what is INSIDE the cells when
hospitals type freely: line breaks in a cell (姓名 and 身份证号, 派驻起止, a two-line header), units typed with the
numbers (15例, 3,000元, 120人次, 26年), open ends (至今, 2024.3-, 2024年3月起), approximate or qualified values
(约40人, 20余人, 10+, 不详, /, —, 见附件), numbers as text (apostrophe, spaces), percentages as text, a remark in a
value cell (6（含2名护士）), full-width digits and Excel serial numbers typed as text — across rosters, trainees,
techniques, activities, monthly statistics and an assessment. The pairing list in data/raw/reference/, twelve
submissions in folders 省直 / 青棠县 / 苇川县 / 杉溪县 (xlsx, xls, ods, CSV in GBK, UTF-8 and UTF-8-BOM), ingested
exactly as the README tells a new user, scored per table against the truth the generator writes, plus the findings
expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,青棠县,苇川县,杉溪县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings,
                            check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld116-test-key"
FOLDERS = frozenset({"reference", "省直", "青棠县", "苇川县", "杉溪县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld116")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_every_file_read(run):
    check_every_file_read(run)


def test_realworld116_scores(run):
    check_scores(run, KEY, "realworld116")


def test_realworld116_findings(run):
    check_findings(run)


def test_no_text_left_in_counts_or_names(run):
    """Against the contract's tables, not the parser: no curated name, department, title or topic keeps a line
    break, a unit or a placeholder the clerk typed (许知行\\n99…, 教学\\n查房, 见附件), and no curated row of a
    recipient's month holds a percentage as a count (外转率 3.8% is no referral count)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        bad = []
        for table, cols in (("deployments", ("department", "title")), ("trainees", ("department",)),
                            ("techniques", ("name", "department")), ("activities", ("activity_type", "topic"))):
            for r in rows_of(con, f"SELECT {', '.join(cols)} FROM {table}"):
                for c in cols:
                    v = r[c]
                    if isinstance(v, str) and ("\n" in v or "见附件" in v or v.strip() in ("/", "—", "不详")):
                        bad.append(f"{table}.{c} = {v!r}")
        for r in rows_of(con, "SELECT month, referrals_out, outpatient_visits FROM hospital_monthly_stats"):
            for c in ("referrals_out", "outpatient_visits"):
                if r[c] is not None and (r[c] < 0 or float(r[c]) != int(r[c])):
                    bad.append(f"hospital_monthly_stats.{c} = {r[c]!r} (month {r['month']})")
    finally:
        con.close()
    assert not bad, "; ".join(bad)

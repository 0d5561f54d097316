"""realworld126: a fictional province's (琅溪省, SYNTHETIC / 合成数据) year 2024 in which hospitals are identified by
codes as well as names — the pairing list in data/raw/reference/ has a 统一社会信用代码 for every hospital, and the
submissions (xlsx, xls, ods, CSV in GBK and UTF-8-BOM, in folders 省直 / 澜州市 / 各县) write a 统一社会信用代码,
组织机构代码 or 医疗机构登记号 beside or instead of a name (in a column, a title, a 填报单位 line; once with spaces, once
with dashes, once with a wrong check character), and short or old names (省医, 市一院, 县人医, 原溪柘县医院) —
ingested exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澜州市,各县}/…, OUT/truth.json
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
KEY = "realworld126-test-key"
FOLDERS = frozenset({"reference", "省直", "澜州市", "各县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld126")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)
    # every 统一社会信用代码 of the truth has a right GB 32100 check character (the wrong one is only planted)
    chars, w = "0123456789ABCDEFGHJKLMNPQRTUWXY", [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    for code in run["truth"]["codes"].values():
        c = 31 - sum(chars.index(ch) * k for ch, k in zip(code[:17], w)) % 31
        assert chars[0 if c == 31 else c] == code[17], code


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld126_scores(run):
    check_scores(run, KEY, "realworld126")


def test_realworld126_findings(run):
    check_findings(run)


def test_hospital_codes_kept(run):
    """The pairing list gives every hospital's 统一社会信用代码: the registry keeps it (contract: hospitals.code), and
    no code written in a submission — with spaces, dashes or a wrong check character — becomes a hospital."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = dict(con.execute("SELECT name, code FROM hospitals").fetchall())
    finally:
        con.close()
    want = run["truth"]["codes"]
    assert {n: got.get(n) for n in want} == want
    assert set(got) == set(want), f"hospitals beyond the pairing list: {sorted(set(got) - set(want))}"

"""realworld142: a fictional province's (瑶岑省, SYNTHETIC / 合成数据) year 2024 whose recipients sit in autonomous
counties and an autonomous prefecture — the pairing list in data/raw/reference/ names them the long official way, the
thirteen submissions (xlsx, xls, ods, CSV in UTF-8-BOM and GBK) the short ways people say them, beside an ordinary
county with a similar stem (峨山县), a township centre (白石镇卫生院) and a 藏医院 that is not a 中医院 — ingested
exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,峨川县,峨山县,岚山县,格桑州}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld142-test-key"
FOLDERS = frozenset({"reference", "省直", "峨川县", "峨山县", "岚山县", "格桑州"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld142")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld142_scores(run):
    check_scores(run, KEY, "realworld142")


def test_realworld142_findings(run):
    check_findings(run)


def test_similar_stems_never_merged(run):
    """The contract's tables: exactly the nine hospitals of the pairing list — no short spelling (峨川县人民医院,
    州人民医院, 格桑州中医院 …) became a hospital of its own — and no row of 峨山县人民医院 (the ordinary county) is
    attributed to 峨川彝族自治县人民医院 or the other way round, nor a 藏医院 row to a 中医院."""
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        names = sorted(r[0] for r in con.execute("SELECT name FROM hospitals").fetchall())
        rows = con.execute(
            "SELECT s.file_name, h.name FROM (SELECT submission_id, recipient_hospital_id AS h FROM deployments "
            "UNION ALL SELECT submission_id, recipient_hospital_id FROM techniques "
            "UNION ALL SELECT submission_id, recipient_hospital_id FROM activities "
            "UNION ALL SELECT submission_id, recipient_hospital_id FROM trainees "
            "UNION ALL SELECT submission_id, recipient_hospital_id FROM hospital_monthly_stats) x "
            "JOIN submissions s USING (submission_id) JOIN hospitals h ON h.hospital_id = x.h").fetchall()
    finally:
        con.close()
    assert names == sorted(h["name"] for h in run["truth"]["hospitals"])
    bad = [(f, n) for f, n in rows
           if ("峨山" in Path(f).name and "峨川" in n) or ("峨川" in Path(f).name and "峨山" in n)
           or ("省二院" in Path(f).name and n != "峨山县人民医院")
           or ("藏医院" in Path(f).name and n != "格桑藏族自治州藏医院")]
    assert not bad, bad

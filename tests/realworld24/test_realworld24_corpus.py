"""realworld24: a fictional city's (渚阳市, SYNTHETIC / 合成数据) counterpart-support year 2024 around a tight county
medical alliance (桦岭县医共体) as WPS users produce it — the pairing list in data/raw/reference/ and fifteen
submissions (xlsx, xls, ods, CSV in UTF-8-BOM and GBK) from the city's tertiary hospitals, the county lead hospital
reporting for itself and its member township centres, a county hospital sending one file per month (with a
corrected November), and the city health commission — ingested exactly as the README tells a new user, scored per
table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,市直医院,桦岭县医共体,檀溪县,市卫健委}/…, OUT/truth.json
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
KEY = "realworld24-test-key"
FOLDERS = frozenset({"reference", "市直医院", "桦岭县医共体", "檀溪县", "市卫健委"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld24")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld24_scores(run):
    check_scores(run, KEY, "realworld24")


def test_realworld24_findings(run):
    check_findings(run)


# Added after the first run (not part of the first-run score, which the harness does not take from quarantined rows
# outside the truth): the monthly files' "1-10月累计" / "1-11月累计" / "1-12月累计" row (row 6 of each 檀溪县 file, see
# tx_sheet_rows in make_corpus.py) is a cumulative total — not data, and nothing a hospital should be asked to fix.
TX_CUMULATIVE_ROWS = {("SYNTHETIC_檀溪县人民医院业务月报2024年10月.xlsx", 6),
                      ("SYNTHETIC_檀溪县人民医院业务月报2024年11月.xlsx", 6),
                      ("SYNTHETIC_檀溪县人民医院业务月报2024年11月（更正）.xlsx", 6),
                      ("SYNTHETIC_檀溪县人民医院业务月报2024年12月.csv", 6)}


def test_realworld24_cumulative_rows_are_not_data(run):
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        def at(table):
            return {(Path(f).name, r) for f, r in con.execute(
                f"SELECT s.file_name, t.source_row FROM {table} t JOIN submissions s USING (submission_id)").fetchall()}
        quarantined, nondata = at("quarantine"), at("nondata_rows")
    finally:
        con.close()
    assert not TX_CUMULATIVE_ROWS & quarantined, f"cumulative rows quarantined: {sorted(TX_CUMULATIVE_ROWS & quarantined)}"
    assert TX_CUMULATIVE_ROWS <= nondata, f"cumulative rows not listed as non-data: {sorted(TX_CUMULATIVE_ROWS - nondata)}"

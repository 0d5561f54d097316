"""realworld148: a fictional province's (琅岫省, SYNTHETIC / 合成数据) year 2024 whose cells hold several values as
offices type them — two people in one 姓名 cell (Alt+Enter, 、, a space), a stay on three lines of one cell
("2024.3.1⏎至⏎2024.8.31"), hospital names broken over two lines, merged cells running down over a team, merged
two-level headers (派驻时间 over 起 | 止, 参加人数 over 医师 | 护士), values with a remark ("副主任医师（2024年晋升）",
"6个月（含春节假期）") and numbers with units ("42人", "3次", "1.5万元") — beside ordinary forms; the pairing list in
data/raw/reference/. Ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows and one check of this scenario: a cell naming two
people gives two records of two persons.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,沣阙市,漱玉县,青篁县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld148-test-key"
FOLDERS = frozenset({"reference", "省直", "沣阙市", "漱玉县", "青篁县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld148")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld148_scores(run):
    check_scores(run, KEY, "realworld148")


def test_realworld148_findings(run):
    check_findings(run)


def test_two_people_in_one_cell_are_two_persons(run):
    """Each cell naming two people (周砚秋⏎陆听澜, 温以宁、聂清和, 韩照野、叶疏桐, 陆一鸣 夏知秋, 易安⏎辛夷): exactly
    that many curated rows at the row, with as many distinct person_ids (never one person under a two-name key)."""
    import duckdb

    assert run["db"].exists(), "no database written"
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        bad = []
        for table, file, sheet, row, n in run["truth"]["multi_person_cells"]:
            rs = rows_of(con, f"SELECT t.person_id, t.source_row, s.file_name, s.sheet_name FROM {table} t "
                              "JOIN submissions s USING (submission_id)")
            rs = [r for r in rs if base(r["file_name"]) == file and r["source_row"] == row
                  and (sheet is None or r["sheet_name"] == sheet)]
            if len(rs) != n or len({r["person_id"] for r in rs}) != n:
                bad.append(f"{table} {file} | {sheet or '-'} | row {row}: {len(rs)} rows, "
                           f"{len({r['person_id'] for r in rs})} persons (expected {n})")
    finally:
        con.close()
    assert not bad, "; ".join(bad)

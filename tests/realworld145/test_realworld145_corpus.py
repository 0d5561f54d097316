"""realworld145: a fictional province's (琅澈省, SYNTHETIC / 合成数据) year 2024 whose hospitals kept only the stamped
PDF of their returns — files run through a PDF-to-Excel converter or retyped from the scan (the header repeated at
each page break, 续表 / 续上表, page footers, a cell's text wrapped onto a row of its own, numbers with stray spaces,
full-width digits, O for 0 and l for 1, every value as text, empty spacer columns, a converter's note line), mixed
with ordinary provincial forms; the pairing list in data/raw/reference/. Ingested exactly as the README tells a new
user, scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澈州市}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld145-test-key"
FOLDERS = frozenset({"reference", "省直", "澈州市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld145")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)
    # every file of the corpus says it is synthetic, and two builds write the same bytes
    for p in (run["out"] / "data" / "raw").rglob("*"):
        if p.is_file():
            assert (tmp_path / p.relative_to(run["out"])).read_bytes() == p.read_bytes(), p.name


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld145_scores(run):
    check_scores(run, KEY, "realworld145")


def test_realworld145_findings(run):
    check_findings(run)


def test_page_furniture_is_no_data(run):
    """The contract: a row read is curated, quarantined or listed as non-data. The converters' page furniture —
    the note line, 续表 / 续上表, the repeated header, 第 N 页 共 M 页, 盖章处 / 负责人签字 and the wrapped continuation
    rows — is no data: none of those rows may be held as an unusable row (the truth holds only the rows it lists)."""
    import duckdb

    truth = run["truth"]
    held = {(q["file"], q["row"]) for q in truth["quarantines"]}
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = con.execute("SELECT s.file_name, q.source_row, q.reason_code FROM quarantine q "
                          "JOIN submissions s USING (submission_id)").fetchall()
    finally:
        con.close()
    furniture = sorted((Path(str(f).replace("\\", "/")).name, r, c) for f, r, c in got
                       if Path(str(f).replace("\\", "/")).name in truth["submission_files"]
                       and (Path(str(f).replace("\\", "/")).name, r) not in held
                       and not any(Path(str(f).replace("\\", "/")).name == p[0] and r == p[2]
                                   for e in truth["rows"] for p in e["places"]))
    assert not furniture, "page furniture or continuation rows held as unusable: " + json.dumps(furniture,
                                                                                               ensure_ascii=False)

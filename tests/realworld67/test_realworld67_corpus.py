"""realworld67: a fictional province's (澜岫省, SYNTHETIC / 合成数据) year 2024 full of numbers that look like ID numbers
but are not (统一社会信用代码, 组织机构代码, 15-digit 执业证书编码 / 资格证书编号, mobile and bank card numbers, 工号)
beside invented ID numbers (18-digit, 15-digit, x) and 住院号 / 病案号 written inside topics and remarks — ingested
exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁川市}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld67-test-key"
FOLDERS = frozenset({"reference", "省直", "霁川市"})
SEP = r"[\s\-_.·,/:：]*"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld67")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=True)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def _record_pattern(truth):
    """Each planted 住院号 / 病案号 in any spelling: its digits with separators between them (full width via NFKC),
    not part of a longer run of digits."""
    alts = [SEP.join(re.escape(c) for c in r["digits"]) for r in truth["record_numbers"]]
    return re.compile(r"(?<!\d)(?:" + "|".join(alts) + r")(?!\d)")


def _leaks(run, pattern):
    import duckdb

    def hit(text):
        return bool(text) and bool(pattern.search(unicodedata.normalize("NFKC", text)))

    leaks = []
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        for c in rows_of(con, "SELECT table_schema, table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema NOT IN ('information_schema', 'pg_catalog')"):
            q = (f'SELECT DISTINCT CAST("{c["column_name"]}" AS VARCHAR) FROM "{c["table_schema"]}".'
                 f'"{c["table_name"]}" WHERE "{c["column_name"]}" IS NOT NULL')
            try:
                vals = [r[0] for r in con.execute(q).fetchall()]
            except Exception:  # noqa: BLE001 — a view that cannot be read here is scanned through its table
                continue
            if any(hit(v) for v in vals):
                leaks.append(f"{c['table_schema']}.{c['table_name']}.{c['column_name']}")
    finally:
        con.close()
    for name in ("stdout", "stderr"):
        if hit(getattr(run["proc"], name)):
            leaks.append(f"ingest {name}")
    for f in run["written"]:
        if hit(str(f)):
            leaks.append(f"file name {f}")
        if f.is_file() and f.suffix not in (".duckdb", ".wal", ".parquet") and hit(f.read_bytes().decode("utf-8", "ignore")):
            leaks.append(f"file {f.name}")
    return sorted(set(leaks))


def test_no_record_numbers_anywhere(run):
    """The contract: no 病案号 / 住院号 in any table, file name, report or log, in any spelling. Each one planted
    (truth.json ``record_numbers``: in an activity's topic, a technique's remark) is searched in every column of
    every table, the ingest's output and every file the ingest wrote."""
    assert run["db"].exists(), f"no database (exit {run['proc'].returncode})"
    leaks = _leaks(run, _record_pattern(run["truth"]))
    assert not leaks, f"住院号/病案号 found in {leaks}"


def test_other_personal_numbers_reported(run):
    """Mobile and bank card numbers: the contract does not say they must be masked, so this only reports where
    they are stored (printed with -s); it cannot fail unless the scan itself breaks."""
    pattern = re.compile("|".join(re.escape(n) for n in run["truth"]["other_personal_numbers"]))
    where = _leaks(run, pattern)
    print(f"\nmobile / bank card numbers stored in: {where or 'nowhere'}")
    assert isinstance(where, list)


# First run below the bar (README.md, "FIRST-RUN SCORE"); a fix must remove the mark.
def test_realworld67_scores(run):
    check_scores(run, KEY, "realworld67")


def test_realworld67_findings(run):
    check_findings_present(run)


def test_realworld67_every_file_read(run):
    check_every_file_read(run)

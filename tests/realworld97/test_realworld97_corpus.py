"""realworld97: a fictional province's (澜汀省, SYNTHETIC / 合成数据) year 2024 where hospitals mask ID numbers (脱敏)
before sending — 990101********0014, 9901011980****0014, ****1980010100**, full-width ＊, …****, a 身份证号后四位
column, a column 证件号码（已脱敏） — mixed in the same folders with files giving the same people's full numbers.
The pairing list in data/raw/reference/, thirteen submissions in 省直/ and 泊州市/ (xlsx, xls, ods, CSV in UTF-8-BOM
and GBK), ingested exactly as the README tells a new user, scored per table against the truth the generator writes,
plus: the findings expected on curated rows (a masked number: any finding about the ID number or person), the
same name-based person id for one person masked in two files, and no digits of a masked number kept anywhere.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,泊州市}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_same_person, check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld97-test-key"
FOLDERS = frozenset({"reference", "省直", "泊州市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld97")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_no_masked_digits_anywhere(run):
    """A masked number is still part of an ID number: two maskings of one person (990101********0014 in one file,
    ****1980010100** in another) give the whole number back. Every masked row of this corpus is curated (none is
    quarantined or non-data), so no visible digit run of a masked spelling (four or more digits, as a token) and no
    masked spelling has a place in any text column (ids and hashes aside), the ingest output or a written file."""
    import duckdb

    masked = run["truth"]["masked_spellings"]
    runs = sorted({r for s in masked for r in re.findall(r"[0-9Xx]{4,}", unicodedata.normalize("NFKC", s))})
    pat = re.compile(r"(?<![0-9A-Za-z])(?:" + "|".join(map(re.escape, runs)) + r")(?![0-9A-Za-z])")

    def leaks_in(text: str) -> list[str]:
        t = unicodedata.normalize("NFKC", text)
        return [m.group(0) for m in pat.finditer(t)]

    found = []
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        cols = con.execute("SELECT table_schema, table_name, column_name FROM information_schema.columns "
                           "WHERE table_schema NOT IN ('information_schema', 'pg_catalog') "
                           "AND (data_type = 'VARCHAR' OR data_type = 'JSON')").fetchall()
        for schema, table, col in cols:
            if col.endswith("_id") or col in ("file_sha256", "person_id"):
                continue
            try:
                vals = con.execute(f'SELECT DISTINCT CAST("{col}" AS VARCHAR) FROM "{schema}"."{table}" '
                                   f'WHERE "{col}" IS NOT NULL').fetchall()
            except Exception:  # noqa: BLE001 — a view the connection cannot read
                continue
            for (v,) in vals:
                hit = leaks_in(v)
                if hit:
                    found.append(f"{schema}.{table}.{col}: {sorted(set(hit))}")
    finally:
        con.close()
    for name in ("stdout", "stderr"):
        hit = leaks_in(getattr(run["proc"], name))
        if hit:
            found.append(f"ingest {name}: {sorted(set(hit))}")
    for f in run["written"]:
        if f.is_file() and f.suffix not in (".duckdb", ".wal", ".parquet"):
            hit = leaks_in(f.read_bytes().decode("utf-8", "ignore"))
            if hit:
                found.append(f"file {f.name}: {sorted(set(hit))}")
    assert not found, "digits of masked ID numbers kept in: " + "; ".join(found[:20])


def test_realworld97_scores(run):
    check_scores(run, KEY, "realworld97")


def test_realworld97_findings(run):
    check_findings_present(run)


def test_realworld97_same_person(run):
    check_same_person(run)


def test_realworld97_every_file_read(run):
    check_every_file_read(run)

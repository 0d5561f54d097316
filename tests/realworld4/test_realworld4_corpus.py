"""realworld4: a province with only its pairing list (附件1, 澄江省, SYNTHETIC / 合成数据) and no code list — every
hospital id generated — and 22 hospital submissions (rosters, trainee lists, techniques, activities, monthly
statistics; ID numbers with wrong check digits, in the 15-digit form and rounded by Excel) — ingested exactly as
the README tells a new user and scored per table against the truth the generator writes, with the findings expected
on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,submissions}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py (unified 2026-12-06).
"""
from __future__ import annotations

import filecmp
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld4-test-key"
FOLDERS = frozenset({"reference", "submissions"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld4")


def test_realworld4_deterministic_and_labelled(tmp_path, run):
    # rows meant to carry a wrong check digit: the harness's check-digit check does not apply
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=False)
    # and byte for byte (this corpus promised it before the harness did)
    first, again = run["out"] / "data" / "raw", tmp_path / "data" / "raw"
    for sub in sorted(p.relative_to(first) for p in first.rglob("*") if p.is_dir()) + [Path(".")]:
        names = sorted(p.name for p in (first / sub).iterdir() if p.is_file())
        _, mismatch, errors = filecmp.cmpfiles(first / sub, again / sub, names, shallow=False)
        assert not mismatch + errors, f"not byte-identical: {mismatch + errors}"


def test_realworld4_no_id_numbers(run):
    check_no_id_numbers_anywhere(run)


def test_realworld4_scores(run):
    check_scores(run, KEY, "realworld4")


def test_realworld4_every_file_read(run):
    check_every_file_read(run)


def test_realworld4_findings(run):
    check_findings_present(run)

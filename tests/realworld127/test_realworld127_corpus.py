"""realworld127: template drift over one year — a fictional province (琅澜省, SYNTHETIC / 合成数据) changed its forms
in July 2024 (2024年版 V2.0 replacing 2023年版 V1.3), so the same hospitals send the same forms in two layouts
(columns added, removed, reordered, renamed; a two-level header; a hidden column left from the old template; the
version in the title or a cell), some keep the old template after July, and one sends its first half-year again in
the new template. The pairing list in data/raw/reference/, the submissions in 2024上半年/ and 2024下半年/, ingested
exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024上半年,2024下半年}/…, OUT/truth.json
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
KEY = "realworld127-test-key"
FOLDERS = frozenset({"reference", "2024上半年", "2024下半年"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld127")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld127_scores(run):
    check_scores(run, KEY, "realworld127")


def test_realworld127_findings(run):
    check_findings(run)


def test_resent_rows_kept_once(run):
    """The contract's tables, not the parser: a record sent in both templates (青禾县人民医院's January–June
    statistics and trainees, 周映雪's and 方景和's stays listed again after July) is one row, not two."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        dup_months = con.execute(
            "SELECT recipient_hospital_id, year, month, count(*) FROM hospital_monthly_stats "
            "GROUP BY ALL HAVING count(*) > 1").fetchall()
        dup_trainees = con.execute(
            "SELECT person_id, start_date, count(*) FROM trainees GROUP BY ALL HAVING count(*) > 1").fetchall()
        dup_stays = con.execute(
            "SELECT person_id, recipient_hospital_id, start_date, count(*) FROM deployments "
            "GROUP BY ALL HAVING count(*) > 1").fetchall()
    finally:
        con.close()
    assert not dup_months, f"months curated twice: {len(dup_months)}"
    assert not dup_trainees, f"trainee stays curated twice: {len(dup_trainees)}"
    assert not dup_stays, f"deployments curated twice: {len(dup_stays)}"

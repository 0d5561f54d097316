"""realworld155: a fictional province's (琰川省, SYNTHETIC / 合成数据) year 2024 in which the support hospitals report
by quarter and the recipients by half-year, so the same stays, trainees, techniques and activities arrive two to five
times with drifting details — ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows and a check that no event is stored twice.

    make_corpus.py OUT   → OUT/data/raw/{reference,支援医院季报,受援医院半年报}/…, OUT/truth.json
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
KEY = "realworld155-test-key"
FOLDERS = frozenset({"reference", "支援医院季报", "受援医院半年报"})

# the contract's identity of one event: a repeated report of it must not make a second row
EVENT_KEYS = {
    "deployments": "person_id, support_hospital_id, recipient_hospital_id, start_date",
    "trainees": "person_id, recipient_hospital_id, host_hospital_id, start_date",
    "techniques": "recipient_hospital_id, name",
    "activities": "recipient_hospital_id, activity_date, activity_type",
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld155")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
@pytest.mark.xfail(strict=True, reason="first run: deployments and techniques each have 1 extra row — 李娜's Q2 row "
                                       "with a wrong check digit and the PCI dated 2024年4月 kept beside their later reports")
def test_realworld155_scores(run):
    check_scores(run, KEY, "realworld155")


def test_realworld155_findings(run):
    check_findings(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
@pytest.mark.xfail(strict=True, reason="first run: the PCI technique is stored twice (2024-04-01 from 2024年4月 and "
                                       "2024-04-16)")
def test_realworld155_no_event_twice(run):
    """Each stay, trainee, technique and activity is stored once, however many reports repeat it; and the
    deployments of one person at one recipient never overlap (李 娜 / 李娜 / a wrong check digit are one person)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        twice = {t: con.execute(f"SELECT {k}, count(*) FROM {t} GROUP BY ALL HAVING count(*) > 1").fetchall()
                 for t, k in EVENT_KEYS.items()}
        overlap = con.execute(
            "SELECT count(*) FROM deployments a JOIN deployments b ON a.deployment_id < b.deployment_id "
            "AND a.support_hospital_id = b.support_hospital_id AND a.recipient_hospital_id = b.recipient_hospital_id "
            "AND a.department = b.department AND a.start_date = b.start_date").fetchone()[0]
    finally:
        con.close()
    assert not any(twice.values()), {t: len(v) for t, v in twice.items() if v}
    assert overlap == 0, f"{overlap} pairs of deployments of one department starting on one day"

"""realworld131: a fictional province's (琅岫省, SYNTHETIC / 合成数据) year 2024 where hospitals with an
international partner or a bilingual template send forms with English headers (Name, ID No., Dept., Professional
title, Start date, End date, Host hospital, Recipient hospital, No. of participants, Activity type), English titles
and dates ('5 Mar 2024', 'March 2024', '2024-03-05'), Yes/No answers and the hospital's English name in the title
only beside a Chinese 填报单位 line — mixed with ordinary Chinese forms; the pairing list in data/raw/reference/.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,泠州市,县级}/…, OUT/truth.json
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
KEY = "realworld131-test-key"
FOLDERS = frozenset({"reference", "省直", "泠州市", "县级"})
ACTIVITY_TYPES = {"学术讲座", "教学查房", "手术示教", "疑难病例讨论", "死亡病例讨论", "技术培训", "远程会诊", "义诊", "其他"}
TITLES = {"主任医师", "副主任医师", "主治医师", "住院医师"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld131")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld131_scores(run):
    check_scores(run, KEY, "realworld131")


def test_realworld131_findings(run):
    check_findings(run)


def test_english_values_are_stored_in_the_contracts_vocabulary(run):
    """The contract's tables hold Chinese vocabulary: an activity type is one of the nine, a deployment's title a
    normalised Chinese title — never 'Lecture' or 'Chief Physician' carried through as written."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        types = {r[0] for r in con.execute("SELECT DISTINCT activity_type FROM activities").fetchall()}
        titles = {r[0] for r in con.execute("SELECT DISTINCT title FROM deployments WHERE title IS NOT NULL").fetchall()}
    finally:
        con.close()
    assert types <= ACTIVITY_TYPES, f"activity types outside the contract: {sorted(types - ACTIVITY_TYPES)}"
    assert titles <= TITLES, f"titles not normalised: {sorted(titles - TITLES)}"

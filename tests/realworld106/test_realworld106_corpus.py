"""realworld106: activities (帮扶活动) as they are really recorded — a fictional province's (琅屿省, SYNTHETIC / 合成数据)
2024: a 工作日志 and a 工作记录本 in free text, a monthly 工作月报 of counts, a WeChat export of lecture sign-in lists,
photo captions (图片说明), an activity register and a teleconsultation register, beside the pairing list in
data/raw/reference/, three rosters and one monthly-statistics file (xlsx, xls, ods, CSV in GBK / UTF-8 / UTF-8-BOM) —
ingested exactly as the README tells a new user, scored per table against the truth the generator writes, plus the
findings expected on curated rows and the events per recipient and month (what a rule counting sessions would see).

    make_corpus.py OUT   → OUT/data/raw/{reference,派出医院,受援医院}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld106-test-key"
FOLDERS = frozenset({"reference", "派出医院", "受援医院"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld106")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
@pytest.mark.xfail(strict=True, reason="first run: activities 9/31 exact; after the fixes 28/31 — the sign-in sheets' 3 lectures "
                                       "are held as other paperwork (签到表), the lead's decision (README, AFTER THE FIXES)")
def test_realworld106_scores(run):
    check_scores(run, KEY, "realworld106")


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld106_findings(run):
    check_findings(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
@pytest.mark.xfail(strict=True, reason="first run: events per recipient-month short where the logs and sign-in sheets were not "
                                       "read; after the fixes short only by the sign-in sheets' lectures (held: README)")
def test_realworld106_events_per_recipient_month(run):
    """The contract's activities table, one row per event: the events per recipient and month are the truth's —
    no monthly count turned into events, no sign-in attendee or photo caption counted as a further event."""
    import duckdb

    want = Counter((e["hospitals"]["recipient_hospital_id"], e["fields"]["activity_date"][:7])
                   for e in run["truth"]["rows"] if e["table"] == "activities")
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = Counter((name, str(day)[:7]) for name, day in con.execute(
            "SELECT h.name, a.activity_date FROM activities a JOIN hospitals h "
            "ON h.hospital_id = a.recipient_hospital_id").fetchall())
    finally:
        con.close()
    diff = {k: (want.get(k, 0), got.get(k, 0)) for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)}
    assert not diff, "events per (recipient, month), expected vs curated: " + "; ".join(
        f"{k[0]} {k[1]}: {a} vs {b}" for k, (a, b) in diff.items())

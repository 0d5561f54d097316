"""realworld115: a fictional province's (翠渠省, SYNTHETIC / 合成数据) year-end summary forms — 年度对口支援工作总结表,
对口支援工作考核表, 派驻人员考核鉴定表 in label | value layouts with figures inside prose, ☑/□ boxes and stamp lines —
beside the same hospitals' ordinary rosters, trainee lists, technique lists and an activity record, and the pairing
list in data/raw/reference/; ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows and a check that the summaries add no second count.

    make_corpus.py OUT   → OUT/data/raw/{reference,总结考核,明细报表}/…, OUT/truth.json
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
KEY = "realworld115-test-key"
FOLDERS = frozenset({"reference", "总结考核", "明细报表"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld115")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# Below the bar by the lead's decision (README.md, "AFTER THE FIXES"): reading summaries for records must remove these marks.
@pytest.mark.xfail(strict=True, reason="lead decision: a year-end work summary (工作总结) is held as other paperwork with its reason, never read for records; the truth takes 2 trainees, 2 techniques and 1 义诊 from its prose (README, AFTER THE FIXES)")
def test_realworld115_scores(run):
    check_scores(run, KEY, "realworld115")


# Below the bar by the lead's decision (README.md, "AFTER THE FIXES"): reading summaries for records must remove these marks.
@pytest.mark.xfail(strict=True, reason="lead decision: the platform CSV is a work summary, held whole; its trainees (and their NAME_ONLY findings) are not read from prose")
def test_realworld115_findings(run):
    check_findings(run)


# Below the bar by the lead's decision (README.md, "AFTER THE FIXES"): reading summaries for records must remove these marks.
@pytest.mark.xfail(strict=True, reason="lead decision: work summaries held whole; 澄溪 techniques, 青萝中医 trainees and the 白苇 义诊 written only in summaries' prose stay held (the double count is gone)")
def test_summaries_do_not_double_count(run):
    """Per recipient, each contract table holds as many records as the truth has: a stay, a trainee or a technique
    that a summary repeats from a detailed form is counted once; a pairing's annual score (总分 92), a 考核等次, a
    县域内就诊率 or a growth rate in prose are no rows of the monthly, assessment or county tables."""
    import duckdb

    want: dict[tuple[str, str], int] = {}
    for e in run["truth"]["rows"]:
        rec = e["hospitals"]["recipient_hospital_id"]
        want[(e["table"], rec)] = want.get((e["table"], rec), 0) + 1
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = {}
        for t in ("deployments", "trainees", "techniques", "activities"):
            for name, n in con.execute(f"SELECT h.name, count(*) FROM {t} x JOIN hospitals h "
                                       f"ON x.recipient_hospital_id = h.hospital_id GROUP BY h.name").fetchall():
                got[(t, name)] = n
        empty = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("hospital_monthly_stats", "staff_monthly_assessments", "county_inpatient_stats")}
    finally:
        con.close()
    bad = sorted(f"{t} at {r}: {got.get((t, r), 0)} rows, truth {n}" for (t, r), n in want.items()
                 if got.get((t, r), 0) != n)
    bad += sorted(f"{t} at {r}: {n} rows, truth 0" for (t, r), n in got.items() if (t, r) not in want)
    bad += [f"{t}: {n} rows, truth 0" for t, n in empty.items() if n]
    assert not bad, "; ".join(bad)

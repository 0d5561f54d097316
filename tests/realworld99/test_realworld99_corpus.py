"""realworld99: a fictional province's (琅湄省, SYNTHETIC / 合成数据) year 2024 focused on what is and is not a
trainee (进修) — recipients' lists mixing 进修 with 短期培训班, 规培, 学术会议, 线上培训 and 专科护士培训, support
hospitals' 进修生 registers, a 进修 in two segments, 进修 at a hospital that is not the recipient's supporter —
plus an ordinary pairing list, rosters and monthly statistics; ingested exactly as the README tells a new user,
scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,青梧县,白溪县}/…, OUT/truth.json
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
KEY = "realworld99-test-key"
FOLDERS = frozenset({"reference", "省直", "青梧县", "白溪县"})
TABLES = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
          "staff_monthly_assessments", "county_inpatient_stats"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld99")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld99_scores(run):
    check_scores(run, KEY, "realworld99")


def test_realworld99_findings(run):
    check_findings(run)


def test_not_trainees_are_held_not_curated(run):
    """truth.json ``not_trainees``: a row of a real person whose training is no 进修 (短期培训班, 规培, 学术会议,
    线上培训, 专科护士培训) is curated in no table, and is not silently dropped: it is in ``quarantine`` (the
    corpus's reading: held with a reason the data manager can see) or at the least in ``nondata_rows``."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = {s["submission_id"]: s for s in rows_of(con, "SELECT submission_id, file_name, sheet_name "
                                                            "FROM submissions")}

        def places(sql):
            out = set()
            for r in rows_of(con, sql):
                s = subs.get(r["submission_id"], {})
                fl = base(s.get("file_name"))
                out.add((fl, None if fl.lower().endswith(".csv") else s.get("sheet_name"), r["source_row"]))
            return out

        curated = set().union(*(places(f"SELECT submission_id, source_row FROM {t}") for t in TABLES))
        quarantined = places("SELECT submission_id, source_row FROM quarantine")
        nondata = places("SELECT submission_id, source_row FROM nondata_rows")
    finally:
        con.close()
    bad, how = [], {"quarantine": 0, "nondata": 0}
    for e in run["truth"]["not_trainees"]:
        key = (e["file"], None if e["file"].lower().endswith(".csv") else e["sheet"], e["row"])
        where = f"{e['file']} | {e['sheet'] or '-'} | row {e['row']} ({e['what']})"
        if key in curated:
            bad.append(f"curated: {where}")
        elif key in quarantined:
            how["quarantine"] += 1
        elif key in nondata:
            how["nondata"] += 1
        else:
            bad.append(f"silently dropped: {where}")
    print(f"\nnot trainees: {len(run['truth']['not_trainees'])}, held in quarantine {how['quarantine']}, "
          f"non-data {how['nondata']}, wrong {len(bad)}")
    print("\n".join("  ✗ " + b for b in bad))
    assert not bad, f"{len(bad)} rows that are no 进修: " + "; ".join(bad[:5])

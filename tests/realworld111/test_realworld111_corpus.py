"""realworld111: a fictional province's (琅岫省, SYNTHETIC / 合成数据) 2024 trainees (进修) as host hospitals'
进修生管理 systems and recipients' HR offices record them — the pairing list in data/raw/reference/ and eleven
submissions in 省直, 棣川市 and 县级 (xlsx, xls, ods, CSV in GBK and UTF-8) — ingested exactly as the README tells a
new user, scored per table against the truth the generator writes, plus the findings expected on curated rows and
checks on the trainees table (one stay per 进修, never the host's own staff's 外出进修).

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,棣川市,县级}/…, OUT/truth.json
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
KEY = "realworld111-test-key"
FOLDERS = frozenset({"reference", "省直", "棣川市", "县级"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld111")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld111_scores(run):
    check_scores(run, KEY, "realworld111")


def test_realworld111_findings(run):
    check_findings(run)


def test_one_stay_per_trainee_and_no_outward_staff(run):
    """Against the contract's tables: 温若谷 (in three quarterly sheets) is one stay, 沈清和 (in the host's export
    and the recipient's 台账) is one stay, 秦望舒 (interrupted, resumed) is two; no trainee row comes from the host's
    list of its own staff's 外出进修 and no trainee is hosted by a hospital outside the pairing list."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM trainees").fetchone()[0]
        outward = con.execute("SELECT count(*) FROM trainees t JOIN submissions s USING (submission_id) "
                              "WHERE s.file_name LIKE '%外出进修%'").fetchone()[0]
        hosts = {r[0] for r in con.execute("SELECT h.name FROM trainees t JOIN hospitals h "
                                           "ON h.hospital_id = t.host_hospital_id").fetchall()}
    finally:
        con.close()
    want = sum(1 for e in run["truth"]["rows"] if e["table"] == "trainees")
    assert outward == 0, f"{outward} trainee rows from the host's own staff's 外出进修"
    assert hosts <= {"琅岫省人民医院", "琅岫省中医院", "棣川市中心医院"}, hosts
    assert n == want, f"{n} trainee rows, expected {want} stays"

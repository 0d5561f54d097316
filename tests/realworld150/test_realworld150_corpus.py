"""realworld150: a fictional province's (琅澈省, SYNTHETIC / 合成数据) year 2024 seen from the recipients' side — the
county hospitals' own registers of the experts they receive (接收派驻专家登记表, 驻院专家考勤汇总, 专家坐诊排班汇总 by month,
挂职人员名单) mixed with ordinary provincial forms and the pairing list in data/raw/reference/ — ingested exactly as the
README tells a new user, scored per table against the truth the generator writes, plus the findings expected on
curated rows and two checks of the scenario written against the contract's tables.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澈州市,青樾县,柯渚县}/…, OUT/truth.json
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
KEY = "realworld150-test-key"
FOLDERS = frozenset({"reference", "省直", "澈州市", "青樾县", "柯渚县"})
REGISTER = "SYNTHETIC_青樾县人民医院接收派驻专家登记表2024.xlsx"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld150")


def _rows(run, sql, params=()):
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld150_scores(run):
    check_scores(run, KEY, "realworld150")


def test_realworld150_findings(run):
    check_findings(run)


def test_two_stays_are_two_deployments_of_one_person(run):
    """陶明川 came to 青樾县人民医院 twice: the register's two rows are two deployments of one person (one
    person_id, on the ID number), starting 2024-01-08 and 2024-09-02."""
    from pipelines.privacy.person_id import PersonIds

    tao = next(k for k in run["truth"]["id_numbers"] if k.startswith("99020119780905"))
    pid = PersonIds(KEY.encode()).from_id_number(tao)
    got = _rows(run, "SELECT CAST(start_date AS VARCHAR), person_id_basis FROM deployments WHERE person_id = ? "
                     "ORDER BY start_date", [pid])
    assert got == [("2024-01-08", "id_number"), ("2024-09-02", "id_number")], got


def test_mentees_are_no_trainees(run):
    """带教徒弟 names the recipient's own staff the experts mentor: nothing from the register is a trainee, and the
    only trainees of the corpus are the two of the 外出进修 list."""
    from_register = _rows(run, "SELECT count(*) FROM trainees t JOIN submissions s USING (submission_id) "
                               "WHERE s.file_name LIKE ?", ["%" + REGISTER])[0][0]
    assert from_register == 0
    assert _rows(run, "SELECT count(*) FROM trainees")[0][0] == 2

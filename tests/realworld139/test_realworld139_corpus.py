"""realworld139: a fictional province's (澜珂省, SYNTHETIC / 合成数据) year 2024 in which the hospitals call the same
things by different words — 下派 / 驻点 / 蹲点 / 下沉 / 挂职 / 坐诊 (stays) beside 柔性帮扶 (not a stay), 进修 / 跟班学习 /
跟岗学习 (trainees) beside 规培 / 短期培训 (not), 新技术 / 新业务 / 适宜技术推广 / 填补空白项目 (techniques), 查房带教 /
带教手术 / 业务讲座 / 专题讲座 / 巡回医疗 (activity types) — with the pairing list in data/raw/reference/ and ordinary
files beside them, ingested exactly as the README tells a new user and scored per table against the truth the
generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,芷阳市}/…, OUT/truth.json
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
KEY = "realworld139-test-key"
FOLDERS = frozenset({"reference", "省直", "芷阳市"})
ACTIVITY_TYPES = {"学术讲座", "教学查房", "手术示教", "疑难病例讨论", "死亡病例讨论", "技术培训", "远程会诊", "义诊", "其他"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld139")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld139_scores(run):
    check_scores(run, KEY, "realworld139")


def test_realworld139_findings(run):
    check_findings(run)


def test_realworld139_words_land_on_the_contract_vocabulary(run):
    """Whatever a hospital called it, what is curated speaks the contract's words: every activity_type is one of the
    contract's nine, and no 规培 / 短期培训 / 柔性帮扶 row became a trainee or a deployment (they are held)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        types = {r[0] for r in con.execute("SELECT DISTINCT activity_type FROM activities").fetchall()}
        n_trainees = con.execute("SELECT count(*) FROM trainees").fetchone()[0]
        n_deployments = con.execute("SELECT count(*) FROM deployments").fetchone()[0]
    finally:
        con.close()
    assert types <= ACTIVITY_TYPES, f"activity types outside the contract: {sorted(types - ACTIVITY_TYPES)}"
    truth = run["truth"]["rows"]
    assert n_trainees <= sum(e["table"] == "trainees" for e in truth), "a 规培 or 短期培训 row became a trainee"
    assert n_deployments <= sum(e["table"] == "deployments" for e in truth), "a 柔性帮扶 row became a deployment"

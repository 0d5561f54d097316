"""realworld154: new techniques (新技术新项目) as a fictional province's (琅溪省, SYNTHETIC / 合成数据) recipients and
supporters list them — one sheet per department, a technique in stages (首例 / 常规开展), one introduced by the
recipient's own staff after 进修, devices and new clinics in the same list, 县内首例 / 市内首例 / 院内首例, 已开展 /
筹备中 / 暂停, the same technique written two ways by the two sides — with ordinary provincial forms around them,
ingested exactly as the README tells a new user and scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld154-test-key"
FOLDERS = frozenset({"reference", "省直", "澄州市"})
# rows that are no technique: a device (新设备), a new clinic (新开设专科门诊), techniques only in preparation (筹备中)
NOT_TECHNIQUES = ("电子支气管镜（含主机）", "慢性气道疾病专病门诊", "冠脉血管内超声（IVUS）", "1.5T磁共振成像系统",
                  "糖尿病专病门诊", "急性缺血性脑卒中静脉溶栓")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld154")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld154_scores(run):
    check_scores(run, KEY, "realworld154")


def test_realworld154_findings(run):
    check_findings(run)


def test_techniques_once_and_only_techniques(run):
    """Against the contract's `techniques` table: no device, clinic or 筹备中 row is a technique, and no technique
    of a recipient is stored twice (both sides' lists, or its 首例 and 常规开展 stages, are one technique)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        rows = con.execute("SELECT t.recipient_hospital_id, t.name, t.first_performed_date FROM techniques t").fetchall()
        names = {h: n for h, n in con.execute("SELECT hospital_id, name FROM hospitals").fetchall()}
    finally:
        con.close()
    bad = [n for _, n, _ in rows if any(unicodedata.normalize("NFKC", x) in unicodedata.normalize("NFKC", n or "")
                                        for x in NOT_TECHNIQUES)]
    assert not bad, f"not techniques, curated as techniques: {bad}"
    truth = [e for e in run["truth"]["rows"] if e["table"] == "techniques"]
    per_recipient = {}
    for e in truth:
        per_recipient[e["hospitals"]["recipient_hospital_id"]] = per_recipient.get(e["hospitals"]["recipient_hospital_id"],
                                                                                   0) + 1
    got = {}
    for h, _, _ in rows:
        got[names.get(h, h)] = got.get(names.get(h, h), 0) + 1
    assert got == per_recipient, f"techniques per recipient: expected {per_recipient}, got {got}"

"""realworld146: a fictional province's (琅屏省, SYNTHETIC / 合成数据) year 2024 whose support hospitals go by many
names — a university's two affiliated hospitals (附一院 / 一附院 / 医大一院 / 琅医大一附院 vs 附二院 / 医大二院), a
hospital with a second name and two campuses (琅屏省人民医院 = 琅屏医学院附属省立医院 = 省立医院; 东院区, 南院区), a
hospital renamed on 2024-07-01 (鹭岚市第一人民医院 → 鹭岚市中心医院), a recipient whose hanging name contains a support
hospital's name (琅屏医科大学第二附属医院青桐分院 = 青桐县人民医院) — ingested exactly as the README tells a new user,
scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直医院,县级医院}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld146-test-key"
FOLDERS = frozenset({"reference", "省直医院", "县级医院"})


def _n(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld146")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld146_scores(run):
    check_scores(run, KEY, "realworld146")


def test_realworld146_findings(run):
    check_findings(run)


def test_realworld146_names_never_point_elsewhere(run):
    """The contract's hospital_aliases: every name form resolved points to a registry hospital. Every planted
    spelling that is stored as an alias points to its own hospital (附二院 never to 附一院, the hanging name
    琅屏医科大学第二附属医院青桐分院 never to the support hospital it names), the names nobody could resolve are no
    alias at all, and the four support hospitals and the recipient keep five distinct ids."""
    import duckdb

    truth = run["truth"]
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        hid = {_n(n): i for i, n in con.execute("SELECT hospital_id, name FROM hospitals").fetchall()}
        aliases = con.execute("SELECT alias, hospital_id FROM hospital_aliases").fetchall()
    finally:
        con.close()
    wrong = []
    for alias, h in aliases:
        want = truth["hospital_spellings"].get(alias) or next(
            (v for k, v in truth["hospital_spellings"].items() if _n(k) == _n(alias)), None)
        if want is not None and hid.get(_n(want)) != h:
            wrong.append(f"{alias} → {h}, expected {want}")
        if any(_n(u) == _n(alias) for u in truth["unresolvable_names"]):
            wrong.append(f"{alias} (nobody could resolve it) stored as an alias of {h}")
    names = ["琅屏医科大学第一附属医院", "琅屏医科大学第二附属医院", "琅屏省人民医院", "鹭岚市中心医院", "青桐县人民医院"]
    ids = [hid.get(_n(x)) for x in names]
    assert None not in ids and len(set(ids)) == len(ids), f"hospitals missing or merged: {dict(zip(names, ids))}"
    assert not wrong, "; ".join(wrong)

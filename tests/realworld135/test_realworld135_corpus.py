"""realworld135: a fictional province's (青梓省, SYNTHETIC / 合成数据) year 2024 of cross-provincial help — 东西部协作
组团式帮扶 from 东澜省 and 省际对口帮扶 from 南溟省 beside ordinary intra-province pairings: the pairing list in
data/raw/reference/, the supporting provinces' team offices' files in their own layouts (前方工作队 / 后方医院, the
supporters written short), the recipients' files and two intra-province files — ingested exactly as the README tells
a new user, scored per table against the truth the generator writes, plus the findings expected on curated rows and
the contract-level checks of the scenario (a supporter of another province sharing a name with one of this province).

    make_corpus.py OUT   → OUT/data/raw/{reference,东澜省工作队,南溟省,碧崖县,汀芜县,霁原县}/…, OUT/truth.json
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
KEY = "realworld135-test-key"
FOLDERS = frozenset({"reference", "东澜省工作队", "南溟省", "碧崖县", "汀芜县", "霁原县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld135")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld135_scores(run):
    check_scores(run, KEY, "realworld135")


def test_realworld135_findings(run):
    check_findings(run)


def test_same_named_supporters_kept_apart(run):
    """The contract's tables only: 东澜省澄阳市第一人民医院 and 青梓省's 澄阳市第一人民医院 are two hospitals; every
    curated row at 汀芜县人民医院 names the first (its only supporter), every one at 霁原县人民医院 the second."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        ids = dict(con.execute("SELECT name, hospital_id FROM hospitals").fetchall())
        assert ids.get("东澜省澄阳市第一人民医院") and ids.get("澄阳市第一人民医院")
        assert ids["东澜省澄阳市第一人民医院"] != ids["澄阳市第一人民医院"]
        bad = []
        for recipient, support in (("汀芜县人民医院", "东澜省澄阳市第一人民医院"), ("霁原县人民医院", "澄阳市第一人民医院")):
            for table in ("deployments", "techniques"):
                got = {r[0] for r in con.execute(
                    f"SELECT DISTINCT support_hospital_id FROM {table} WHERE recipient_hospital_id = ?",
                    [ids[recipient]]).fetchall()}
                if got - {ids[support]}:
                    bad.append(f"{table} at {recipient}: support {sorted(map(str, got))}, expected {support}")
            got = {r[0] for r in con.execute("SELECT DISTINCT host_hospital_id FROM trainees WHERE "
                                             "recipient_hospital_id = ?", [ids[recipient]]).fetchall()}
            if got - {ids[support]}:
                bad.append(f"trainees from {recipient}: host {sorted(map(str, got))}, expected {support}")
    finally:
        con.close()
    assert not bad, "; ".join(bad)

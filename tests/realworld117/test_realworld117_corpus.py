"""realworld117: one annual cycle of a fictional province's mailbox (澜栖省, SYNTHETIC / 合成数据) — the pairing list in
data/raw/reference/ and fifteen submissions in two batches as they arrived, the same hospitals sending the same form
two or three times (初报 → 更正, v1 → v2 and its WPS re-save, a "(1)" copy, a 补报/更正部分 of only the changed rows,
修订版, an older version arriving after the newer one, two halves of a year that are no versions) — ingested exactly as
the README tells a new user, scored per table against the truth the generator writes. Then the same folder as it
really arrived: the first batch ingested, the second batch added and the folder ingested again; the tables must be
the same. Plus what the contract says of the superseded versions (`submissions.superseded_by`).

    make_corpus.py OUT   → OUT/data/raw/{reference,第一批收件,第二批收件}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld117-test-key"
FOLDERS = frozenset({"reference", "第一批收件", "第二批收件"})
BATCH2 = "第二批收件"

A_FIRST = "SYNTHETIC_省人民医院派驻人员名册2024（初报）20250110.xlsx"
A_FINAL = "SYNTHETIC_省人民医院派驻人员名册2024（更正）2025-01-15.xlsx"
A_COPY = "SYNTHETIC_省人民医院派驻人员名册2024（更正）2025-01-15(1).xlsx"
B_V1 = "SYNTHETIC_青榆县人民医院进修人员2024_v1.xlsx"
B_V2 = "SYNTHETIC_青榆县人民医院进修人员2024_v2.xlsx"
B_WPS = "SYNTHETIC_青榆县人民医院进修人员2024_v2_WPS.xlsx"
C_PART = "SYNTHETIC_栖州市中心医院帮扶白溪县活动记录2024（补报及更正部分）.xlsx"
E_NEW = "SYNTHETIC_苇塘县妇幼保健院2024年业务量_20250120.csv"
E_OLD = "SYNTHETIC_苇塘县妇幼保健院2024年业务量.csv"
F_FIRST = "SYNTHETIC_白溪县人民医院2024年新技术新项目.xls"
F_REV = "SYNTHETIC_白溪县人民医院2024年新技术新项目（修订版）.xls"
G = "SYNTHETIC_省中医院派驻青榆县中医医院人员名单2024.ods"
H1 = "SYNTHETIC_青榆县中医医院2024年1-6月业务量.xlsx"
H2 = "SYNTHETIC_青榆县中医医院2024年7-12月业务量.xlsx"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld117")


def _aside(out: Path):
    shutil.move(str(out / "data" / "raw" / BATCH2), str(out / "aside_batch2"))


def _back(out: Path):
    shutil.move(str(out / "aside_batch2"), str(out / "data" / "raw" / BATCH2))


@pytest.fixture(scope="module")
def run_two_batches(tmp_path_factory):
    """The mailbox as it filled: the first batch ingested (README: `duikou ingest data/raw/`), then the second
    batch — the corrections, the copies and the older version arriving late — added and the folder ingested again."""
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld117_two_batches",
                      first_steps=[_aside, ["data/raw/"], _back])


def check_superseded(run) -> None:
    """The contract's `submissions.superseded_by`: a later corrected submission of the same form, hospital and
    period. Later is by the 填报日期 written in the sheet (the older 苇塘 CSV arrived last but was filled first);
    a byte-identical copy or a re-save of the final version may point to its twin; two halves of a year are
    different periods and supersede nothing."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = rows_of(con, "SELECT submission_id, file_name, superseded_by FROM submissions")
    finally:
        con.close()

    def of(*files):
        return [s for s in subs if base(s["file_name"]) in files]

    def ids(*files):
        return {s["submission_id"] for s in of(*files)}

    bad = []
    for old, newer in ((A_FIRST, (A_FINAL, A_COPY)), (B_V1, (B_V2, B_WPS)), (F_FIRST, (F_REV,)),
                       (E_OLD, (E_NEW,))):
        rows = of(old)
        if not rows:
            bad.append(f"{old}: no submission row")
        for s in rows:
            if s["superseded_by"] not in ids(*newer):
                bad.append(f"{old}: superseded_by {s['superseded_by']!r}, expected a submission of {newer}")
    for final in (E_NEW, F_REV, C_PART, G, H1, H2):
        rows = of(final)
        if not rows:
            bad.append(f"{final}: no submission row")
        for s in rows:
            if s["superseded_by"] is not None:
                bad.append(f"{final}: the kept version is superseded_by {s['superseded_by']!r}")
    for twins in ((A_FINAL, A_COPY), (B_V2, B_WPS)):
        rows = of(*twins)
        if not rows:
            bad.append(f"{twins}: no submission row")
        if rows and all(s["superseded_by"] is not None for s in rows):
            bad.append(f"{twins}: every copy of the final version is superseded")
        for s in rows:
            if s["superseded_by"] is not None and s["superseded_by"] not in ids(*twins):
                bad.append(f"{base(s['file_name'])}: superseded_by {s['superseded_by']!r}, not by its twin")
    print(f"\nsuperseded versions as the contract says: {'yes' if not bad else 'no'}")
    assert not bad, "; ".join(bad)


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld117_scores(run):
    check_scores(run, KEY, "realworld117")


def test_realworld117_findings(run):
    check_findings(run)


def test_realworld117_superseded(run):
    check_superseded(run)


def test_two_batches_no_id_numbers_anywhere(run_two_batches):
    for p in run_two_batches["steps"]:
        assert p.returncode == 0, p.stderr[-2000:]
    check_no_id_numbers_anywhere(run_two_batches)


def test_two_batches_scores(run_two_batches):
    check_scores(run_two_batches, KEY, "realworld117 (two batches)")


def test_two_batches_findings(run_two_batches):
    check_findings(run_two_batches)


def test_two_batches_superseded(run_two_batches):
    check_superseded(run_two_batches)

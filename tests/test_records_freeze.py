"""Issue 21 with issue 18: a frozen year keeps its patient-level records figures.

The demo database (its forms) is validated; a first batch of SYNTHETIC discharge records
(pipelines/records/synthetic.py, the fictional province 99xxxx with its facility dictionary) is
ingested and the year 2024 frozen (v1); a second batch is ingested after it. v1 — opened by
``connect()``, by ``open_snapshot`` and as a database file by ``snapshot_database`` — still
answers ``records_county_month`` as at the freeze: the first batch's truth (the generator's own
decisions grouped with pandas, rows of 2025 discharges left out by hand), while the working
database answers both batches'. The report rebuilt from v1 publishes the numbers frozen."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pandas as pd
import pytest

from pipelines.records import synthetic

YEAR, PROFILE = 2024, "national-2009"
KEY = ["county_code", "year", "month"]
COLUMNS = ["county_code", "year", "month", "resident_discharges", "resident_discharges_in_county",
           "within_county_rate", "outward_transfers"]


def _records_cli(argv: list[str]) -> int:
    from pipelines.records.cli import register

    parser = argparse.ArgumentParser(prog="duikou")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["records", "ingest", *argv])
    with contextlib.redirect_stdout(io.StringIO()):
        return args.func(args)


def _batch(folder: Path, seed: int) -> synthetic.Generated:
    g = synthetic.generate(6_000, seed=seed, year=YEAR)
    synthetic.write_csv(g.records, folder / f"出院记录_SYNTHETIC_{seed}.csv")
    synthetic.write_facilities(folder / "机构字典.csv")
    return g


def _truth_county_month(*batches: synthetic.Generated) -> pd.DataFrame:
    """The first batches' county-month table up to the frozen year, from the generator's truth:
    records discharged in January 2025 (admitted late in December) are not the year's."""
    want = synthetic.Truth(pd.concat([b.truth for b in batches], ignore_index=True)).county_month()
    return want[want["year"] <= YEAR].reset_index(drop=True)


def _table(con, name: str = "records_county_month") -> pd.DataFrame:
    df = con.execute(f"SELECT * FROM {name} ORDER BY county_code, year, month").df()
    return df.astype({"year": "int64", "month": "int64"}).reset_index(drop=True)


def _same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.columns) == COLUMNS
    pd.testing.assert_frame_equal(got[want.columns], want, check_dtype=False)


@pytest.fixture(scope="module")
def cycle(demo_db, tmp_path_factory):
    from pipelines.annual.freeze import freeze
    from pipelines.validation.run import validate

    base = tmp_path_factory.mktemp("records_freeze")
    db = base / "data" / "curated" / "duikou.duckdb"
    db.parent.mkdir(parents=True)
    shutil.copy(demo_db, db)
    first = _batch(base / "exports-1", seed=31)
    assert _records_cli([str(base / "exports-1"), "--db", str(db), "--quiet"]) == 0
    validate(db, profile=PROFILE, out_dir=None, quiet=True, data_docs=False)
    v1 = freeze(db, YEAR, PROFILE)
    v1_bytes = {p.relative_to(v1.path): hashlib.sha256(p.read_bytes()).hexdigest() for p in v1.path.rglob("*") if p.is_file()}
    second = _batch(base / "exports-2", seed=32)
    assert _records_cli([str(base / "exports-2"), "--db", str(db), "--quiet"]) == 0
    return SimpleNamespace(base=base, db=db, root=base / "data" / "published", v1=v1, v1_bytes=v1_bytes,
                           first=first, second=second)


def test_scope_names_every_records_view():
    from pipelines.annual.scope import RECORDS
    from pipelines.records.indicators import VIEWS

    assert set(RECORDS) == set(VIEWS.values())


def test_the_snapshot_holds_the_records_aggregates_and_no_person_level_data(cycle):
    m = json.loads((cycle.v1.path / "manifest.json").read_text(encoding="utf-8"))
    rec = {rel: meta for rel, meta in m["files"].items() if meta["role"] == "records"}
    assert set(rec) == {"main/records_county_month.parquet", "main/records_hospital_month.parquet",
                        "main/records_hospital_diagnosis_month.parquet", "main/records_rejects.parquet"}
    want = _truth_county_month(cycle.first)
    assert rec["main/records_county_month.parquet"]["rows"] == len(want)
    # the rejects of the one file ingested before the freeze, per reason, as the generator planted them
    con = duckdb.connect()
    got = dict(con.execute(f"SELECT reason_code, rows FROM read_parquet('{cycle.v1.path / 'main/records_rejects.parquet'}')").fetchall())
    assert got == synthetic.Truth(cycle.first.truth).rejects()
    # no person-level column in the records files (the store's pseudonyms, birth dates, row numbers)
    for rel in rec:
        cols = {c for (c,) in con.execute(f"SELECT name FROM parquet_schema('{cycle.v1.path / rel}')").fetchall()}
        assert not cols & {"patient_pid", "record_pid", "birth_date", "source_row"}, rel


def test_the_snapshot_answers_as_at_freeze_after_a_later_records_ingest(cycle):
    from pipelines.annual.snapshot import open_snapshot, snapshot_database
    from pipelines.db.connection import connect, source

    at_freeze = _truth_county_month(cycle.first)
    both = _truth_county_month(cycle.first, cycle.second)
    # by hand: the second batch added discharges to every resident county's months
    resident = at_freeze["county_code"].isin(synthetic.RESIDENT_COUNTIES).to_numpy()
    assert (both["resident_discharges"] > at_freeze["resident_discharges"])[resident].all()
    assert both[KEY].equals(at_freeze[KEY])

    live = connect(cycle.db, live=True)
    try:
        _same(_table(live).query(f"year <= {YEAR}").reset_index(drop=True), both)
    finally:
        live.close()
    con = connect(cycle.db, snapshot=True, year=YEAR)
    try:
        assert source(con).startswith(f"snapshot {YEAR} v1")
        _same(_table(con), at_freeze)
        from pipelines.records.catalogue_functions import within_county_rate_county_year
        rates = within_county_rate_county_year(con, [YEAR]).set_index("county_code")
        by_hand = at_freeze.groupby("county_code")[["resident_discharges_in_county", "resident_discharges"]].sum()
        by_hand = by_hand[by_hand["resident_discharges"] > 0]
        assert rates.loc[by_hand.index, "numerator"].tolist() == by_hand["resident_discharges_in_county"].tolist()
        assert rates.loc[by_hand.index, "denominator"].tolist() == by_hand["resident_discharges"].tolist()
    finally:
        con.close()
    con = open_snapshot(YEAR, "v1", cycle.root)
    try:
        _same(_table(con), at_freeze)
    finally:
        con.close()
    path = snapshot_database(YEAR, "v1", cycle.root, out=cycle.base / "v1.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    try:
        _same(_table(con), at_freeze)
        assert con.execute("SELECT count(*) FROM records_hospital_month").fetchone()[0] > 0
        # the published tables the report hashes include the records' (so the hash covers them)
        from pipelines.published.context import PublishContext, published_tables
        assert len(published_tables(PublishContext(con, YEAR, PROFILE))["records_within_county"]) > 0
    finally:
        con.close()
    # v1's files kept their bytes
    assert {p.relative_to(cycle.v1.path): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in cycle.v1.path.rglob("*") if p.is_file()} == cycle.v1_bytes


def test_a_second_freeze_takes_the_new_records_and_a_third_writes_nothing(cycle):
    from pipelines.annual.freeze import freeze
    from pipelines.annual.snapshot import open_snapshot

    v2 = freeze(cycle.db, YEAR, PROFILE)
    assert v2.version == 2 and not v2.unchanged
    # the changelog names the records tables whose content changed (county-month: same keys, new counts)
    n = len(_truth_county_month(cycle.first))
    assert f"- records_county_month: 内容已变 / content changed, 行 rows {n} → {n}" in v2.changelog
    assert "records_rejects" in v2.changelog
    con = open_snapshot(YEAR, "v2", cycle.root)
    try:
        _same(_table(con), _truth_county_month(cycle.first, cycle.second))
    finally:
        con.close()
    again = freeze(cycle.db, YEAR, PROFILE)
    assert again.unchanged and again.version == 2


def test_the_report_from_v1_publishes_the_frozen_numbers(cycle, tmp_path):
    """``duikou report --snapshot v1`` after the later records ingest: the manifest's
    indicator_values_sha256 is v1's (the command itself fails when they differ). The published
    tables include the records' (records_within_county, records_vs_forms, records_excluded), so the
    report rebuilt from v1 must read the records as frozen, not the working store."""
    run = subprocess.run([sys.executable, "-m", "pipelines", "report", "--year", str(YEAR), "--profile", PROFILE,
                          "--db", str(cycle.db), "--snapshot", "v1", "--out", str(tmp_path / "out"), "--json"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    manifest = json.loads(next((tmp_path / "out" / f"snapshot-{YEAR}-v1").glob("*.manifest.json")).read_text(encoding="utf-8"))
    assert manifest["indicator_values_sha256"] == cycle.v1.indicator_values_sha256


def test_a_records_store_gone_missing_is_a_clear_error_not_a_traceback(demo_db, tmp_path):
    from pipelines.annual.freeze import freeze
    from pipelines.errors import UserError
    from pipelines.validation.run import validate

    db = tmp_path / "data" / "curated" / "duikou.duckdb"
    db.parent.mkdir(parents=True)
    shutil.copy(demo_db, db)
    _batch(tmp_path / "exports", seed=33)
    assert _records_cli([str(tmp_path / "exports"), "--db", str(db), "--quiet"]) == 0
    validate(db, profile=PROFILE, out_dir=None, quiet=True, data_docs=False)
    shutil.rmtree(db.parent / "records")
    with pytest.raises(UserError) as exc:
        freeze(db, YEAR, PROFILE)
    assert "duikou records ingest" in str(exc.value) and "出院记录" in str(exc.value)
    assert not (tmp_path / "data" / "published" / str(YEAR) / "v1").exists()

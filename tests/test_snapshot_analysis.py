"""Issue 18 item 4: analysis on a snapshot or a read-only copy, never a lock on the working
database. While a notebook's ``connect_latest()`` connection is open, ``duikou ingest`` and
``duikou validate`` run (exit 0); the same with today's ``connect()`` held is refused (exit 3),
which is what the snapshot connection fixes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from test_freeze import PROFILE, YEAR, correction_file

from pipelines.annual.analysis import connect_latest, source

ROOT = Path(__file__).resolve().parents[1]


def duikou(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipelines", *args], cwd=cwd, env=dict(os.environ),
                          capture_output=True, text=True, timeout=300)


@pytest.fixture()
def working(demo_db, tmp_path) -> Path:
    db = tmp_path / "data" / "curated" / "duikou.duckdb"
    db.parent.mkdir(parents=True)
    shutil.copy(demo_db, db)
    return db


def test_ingest_and_validate_run_while_an_analysis_connection_is_open(working, demo_files, tmp_path, monkeypatch):
    from pipelines import connect
    from pipelines.annual.freeze import freeze

    deployments = duckdb.connect(str(working), read_only=True).execute("SELECT count(*) FROM deployments").fetchone()[0]
    fix, _ = correction_file(demo_files, tmp_path)
    monkeypatch.setenv("DUIKOU_DB", str(working))  # connect_latest()'s default, as the notebook calls it
    con = connect_latest()
    try:
        assert source(con).startswith("read-only copy of")  # nothing frozen yet
        ing = duikou("ingest", str(fix), "--db", str(working), "--quiet", cwd=tmp_path)
        assert ing.returncode == 0, ing.stderr
        val = duikou("validate", "--db", str(working), "--profile", PROFILE, "--out", str(tmp_path / "reports"), cwd=tmp_path)
        assert val.returncode == 0, val.stderr
        # the analysis connection still reads what it opened
        assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == deployments
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM deployments")  # read-only
    finally:
        con.close()
    now = duckdb.connect(str(working), read_only=True)
    assert now.execute("SELECT count(*) FROM deployments").fetchone()[0] == deployments + 1
    now.close()

    freeze(working, YEAR, PROFILE)
    snap = connect_latest()
    try:
        assert source(snap).startswith(f"snapshot {YEAR} v1")  # reads Parquet files only
        assert snap.execute("SELECT count(*) FROM deployments WHERE start_date < DATE '2024-01-01'").fetchone()[0] > 0
    finally:
        snap.close()

    held = connect(working)  # today's default: a read-only open of the working file
    try:
        blocked = duikou("ingest", str(fix), "--db", str(working), "--quiet", cwd=tmp_path)
        assert blocked.returncode == 3 and "in use by another duikou process" in blocked.stderr
    finally:
        held.close()


def test_working_copy_when_asked_and_missing_database(working, tmp_path):
    con = connect_latest(db=working, snapshot=False)
    try:
        tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert {"deployments", "validation_results", "runs", "quarantine"} <= tables  # views of other schemas copied too
    finally:
        con.close()
    from pipelines.db.connection import DatabaseMissing

    with pytest.raises(DatabaseMissing):
        connect_latest(db=tmp_path / "none" / "duikou.duckdb")

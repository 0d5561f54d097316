"""Issue 18 item 4: ``connect()`` — what researchers and the starter notebook open — holds no
lock on the working database. By default it reads the latest published snapshot, else a
read-only copy; ``duikou ingest`` and ``duikou validate`` (subprocesses) run while such a
connection is open here. ``live=True``, the explicit way to read the working file itself, does
hold it (ingest waits: exit 3). The default database is found from the project root, whatever
the working directory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from test_freeze import PROFILE, YEAR, correction_file

from pipelines import connect
from pipelines.db.connection import DatabaseBusy, DatabaseMissing, SnapshotError, source

ROOT = Path(__file__).resolve().parents[1]


def duikou(*args, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipelines", *args], cwd=cwd, env=env or dict(os.environ),
                          capture_output=True, text=True, timeout=600)


def count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.fixture()
def working(demo_db, tmp_path) -> Path:
    db = tmp_path / "data" / "curated" / "duikou.duckdb"
    db.parent.mkdir(parents=True)
    shutil.copy(demo_db, db)
    return db


def test_ingest_and_validate_run_while_connect_is_open(working, demo_files, tmp_path, monkeypatch):
    from pipelines.annual.freeze import freeze

    deployments = count(working, "SELECT count(*) FROM deployments")
    fix, _ = correction_file(demo_files, tmp_path)
    monkeypatch.setenv("DUIKOU_DB", str(working))  # connect()'s default database, as the notebook calls it
    con = connect()
    try:
        assert source(con) == f"read-only copy of {working}"  # nothing frozen yet
        ing = duikou("ingest", str(fix), "--db", str(working), "--quiet", cwd=tmp_path)
        assert ing.returncode == 0, ing.stderr
        val = duikou("validate", "--db", str(working), "--profile", PROFILE, "--out", str(tmp_path / "reports"), cwd=tmp_path)
        assert val.returncode == 0, val.stderr
        # the connection still answers, from what it opened; it cannot write
        assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == deployments
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM deployments")
    finally:
        con.close()
    assert count(working, "SELECT count(*) FROM deployments") == deployments + 1  # the ingest landed

    freeze(working, YEAR, PROFILE)
    snap = connect()  # a year is frozen: its latest snapshot, Parquet files only
    try:
        assert source(snap) == f"snapshot {YEAR} v1 ({working.parents[1] / 'published' / str(YEAR) / 'v1'})"
        val = duikou("validate", "--db", str(working), "--profile", PROFILE, "--out", str(tmp_path / "reports"), cwd=tmp_path)
        assert val.returncode == 0, val.stderr
        assert snap.execute("SELECT count(*) FROM deployments").fetchone()[0] == count(
            working, "SELECT count(*) FROM deployments WHERE start_date <= DATE '2023-12-31'")
    finally:
        snap.close()

    live = connect(live=True)  # the explicit way to live data: it holds the file while open
    try:
        assert source(live) == f"live {working} (read-only)"
        blocked = duikou("ingest", str(fix), "--db", str(working), "--quiet", cwd=tmp_path)
        assert blocked.returncode == 3 and "in use by another duikou process" in blocked.stderr
    finally:
        live.close()


def test_default_database_is_found_from_the_project_root_in_another_directory(tmp_path):
    """A fresh interpreter started elsewhere, without $DUIKOU_DB: the default database and its
    snapshots' folder are the project's, and connect() names that file when it is missing."""
    env = {k: v for k, v in os.environ.items() if k != "DUIKOU_DB"}
    env["PYTHONPATH"] = str(ROOT)
    code = ("from pipelines.db.connection import default_db_path, published_root, DEFAULT_DB\n"
            "print(default_db_path()); print(published_root(default_db_path()))\n"
            "from pipelines import connect\n"
            "try:\n    connect()\nexcept Exception as e:\n    print(type(e).__name__, e)\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == str(ROOT / "data" / "curated" / "duikou.duckdb")
    assert lines[1] == str(ROOT / "data" / "published")
    if not (ROOT / "data" / "curated" / "duikou.duckdb").exists():
        assert lines[2].startswith("DatabaseMissing") and str(ROOT / "data" / "curated" / "duikou.duckdb") in lines[2]
        assert "数据库不存在" in lines[2] and "database not found" in lines[2]
    assert not list(tmp_path.iterdir())  # nothing made in the working directory


def test_a_relative_path_is_read_from_the_project_root_when_not_found_here(working, tmp_path, monkeypatch):
    import pipelines.db.connection as connection

    project = working.parents[2]  # …/data/curated/duikou.duckdb -> the folder holding data/
    monkeypatch.setattr(connection, "PROJECT_ROOT", project)
    elsewhere = tmp_path / "notebooks"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    con = connect("data/curated/duikou.duckdb")
    try:
        assert source(con) == f"read-only copy of {project / 'data' / 'curated' / 'duikou.duckdb'}"
    finally:
        con.close()
    with pytest.raises(DatabaseMissing):
        connect("data/curated/nothing.duckdb")


def test_snapshot_choices_and_the_copy(working, tmp_path, monkeypatch):
    from pipelines.annual.freeze import freeze

    n = count(working, "SELECT count(*) FROM deployments")
    with pytest.raises(SnapshotError) as err:
        connect(working, snapshot=True)  # nothing frozen: asked for, a clear error
    assert "duikou freeze" in str(err.value) and "没有" in str(err.value)
    con = connect(working)  # a path given: a read-only copy of it
    try:
        assert source(con).startswith("read-only copy of") and con.execute("SELECT count(*) FROM deployments").fetchone()[0] == n
        tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert {"deployments", "validation_results", "runs", "quarantine"} <= tables  # other schemas' views too
        assert con.execute("SELECT current_database()").fetchone()[0] == "duikou"  # the copy keeps the file's name
        copy = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = 'duikou'").fetchone()[0]
        assert Path(copy) != working and not Path(copy).exists()  # unlinked once open: freed when the connection closes
    finally:
        con.close()

    from pipelines.validation.run import validate

    validate(working, profile=PROFILE, out_dir=None, quiet=True, data_docs=False)
    freeze(working, YEAR, PROFILE)
    monkeypatch.setenv("DUIKOU_DB", str(working))
    for con, want in ((connect(year=YEAR), f"snapshot {YEAR} v1"), (connect(working, snapshot=True), f"snapshot {YEAR} v1"),
                      (connect(snapshot=False), "read-only copy of"), (connect(working), "read-only copy of")):
        try:
            assert source(con).startswith(want), (source(con), want)
        finally:
            con.close()
    with pytest.raises(SnapshotError):
        connect(year=YEAR, version="v9")
    # a snapshot frozen from another database beside it (demo.duckdb in the same data/) is not this one's
    other = working.with_name("other.duckdb")
    shutil.copy(working, other)
    with pytest.raises(SnapshotError):
        connect(other, snapshot=True)


def test_a_writer_elsewhere_is_a_clear_busy_error(working, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(working)!r}); "
                               "print('open', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseBusy) as err:
            connect(working)
        assert "另一个 duikou 进程" in str(err.value) and "in use by another duikou process" in str(err.value)
    finally:
        holder.kill()
        holder.wait()
    con = connect(working)  # the writer gone: the copy is made
    con.close()


def test_the_copy_includes_what_a_killed_writer_left_in_the_wal(tmp_path):
    """A writer killed before its checkpoint leaves its last rows in the .wal file beside the
    database: the copy carries them (as a read-only open of the file itself would), and the
    working file and its WAL are left as they were."""
    db = tmp_path / "w.duckdb"
    code = (f"import duckdb, os\nc = duckdb.connect({str(db)!r}); c.execute('CREATE TABLE a AS SELECT 1 AS x'); c.close()\n"
            f"c = duckdb.connect({str(db)!r}); c.execute(\"PRAGMA wal_autocheckpoint='1TB'\")\n"
            "c.execute('INSERT INTO a VALUES (2)'); os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    wal = Path(str(db) + ".wal")
    assert wal.exists()
    before = (db.read_bytes(), wal.read_bytes())
    con = connect(db)
    try:
        assert con.execute("SELECT sum(x) FROM a").fetchone()[0] == 3
    finally:
        con.close()
    assert (db.read_bytes(), wal.read_bytes()) == before

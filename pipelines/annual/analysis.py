"""Analysis without a lock on the working database.

``connect_latest()`` opens the latest frozen snapshot (of ``year``, or of the latest frozen
year) as an in-memory connection over its verified Parquet files; when nothing is frozen, a
read-only copy of the working database made in a temporary folder (the working file is open
only while it is copied, so ``duikou ingest`` and ``duikou validate`` run while a notebook
holds the connection). The connection is a plain DuckDB connection; the TEMP view
``duikou_source`` (kind, year, version, path) says which one was opened.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import duckdb

from pipelines.annual.scope import published_root, versions
from pipelines.annual.snapshot import open_snapshot


def frozen_years(root: Path) -> list[int]:
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit() and versions(root, int(p.name)))


def connect_latest(year: int | None = None, db: str | Path | None = None, root: str | Path | None = None,
                   snapshot: bool = True):
    """A connection for analysis: the latest snapshot of ``year`` (default: the latest frozen
    year), else a read-only copy of the working database. ``snapshot=False``: always the copy."""
    from pipelines.db.connection import default_db_path

    db = Path(db) if db else default_db_path()
    root = Path(root) if root else published_root(db)
    if snapshot:
        years = frozen_years(root)
        pick = year if year is not None else (years[-1] if years else None)
        if pick is not None and pick in years:
            con = open_snapshot(pick, None, root)
            return _label(con, "snapshot", pick, versions(root, pick)[-1], root)
    con, _copy = working_copy(db)
    return _label(con, "copy", None, None, db)


def _label(con, kind: str, year, version, path):
    def lit(v):  # a view holds no parameters: literals
        return "NULL" if v is None else "'" + str(v).replace("'", "''") + "'"

    con.execute(f"CREATE TEMP VIEW duikou_source AS SELECT {lit(kind)}::VARCHAR AS kind, {lit(year)}::INTEGER AS year, "
                f"{lit(version)}::INTEGER AS version, {lit(path)}::VARCHAR AS path")
    return con


def source(con) -> str:
    """What ``con`` reads: ``snapshot 2024 v2 (<root>)`` or ``read-only copy of <db>``."""
    kind, year, version, path = con.execute("SELECT * FROM duikou_source").fetchone()
    return f"snapshot {year} v{version} ({path})" if kind == "snapshot" else f"read-only copy of {path}"


def working_copy(db: Path) -> tuple[duckdb.DuckDBPyConnection, Path]:
    """A read-only connection on a copy of ``db`` in a temporary folder (removed at exit). The
    copy is made through DuckDB (COPY FROM DATABASE), so it is consistent even with a WAL."""
    from pipelines.db.connection import DatabaseBusy, DatabaseMissing

    if not db.exists():
        raise DatabaseMissing(f"数据库不存在：{db} / database not found: {db}")
    tmp = Path(tempfile.mkdtemp(prefix="duikou-copy-"))
    atexit.register(shutil.rmtree, tmp, True)
    copy = tmp / db.name
    mem = duckdb.connect(":memory:")
    try:
        try:
            mem.execute(f"ATTACH '{_q(db)}' AS duikou_src (READ_ONLY)")
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise DatabaseBusy(f"数据库 {db} 正被另一个 duikou 进程写入，复制不了；请稍后再试 / the database {db} is being "
                                   f"written by another duikou process and cannot be copied now; try again shortly") from None
            raise
        mem.execute(f"ATTACH '{_q(copy)}' AS duikou_copy")
        mem.execute("COPY FROM DATABASE duikou_src TO duikou_copy")
    finally:
        mem.close()  # the working database is open only while it is copied
    return duckdb.connect(str(copy), read_only=True), copy


def _q(p: Path) -> str:
    return str(p).replace("'", "''")

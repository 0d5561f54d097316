"""Analysis without a lock on the working database.

``connect_latest()`` opens the latest frozen snapshot (of ``year``, or of the latest frozen
year) as an in-memory connection over its verified Parquet files; when nothing is frozen, a
read-only copy of the working database made in a temporary folder (the working file is open
only while it is copied, so ``duikou ingest`` and ``duikou validate`` run while a notebook
holds the connection). ``con.duikou_source`` says which one was opened.
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
            return _Labelled(con, f"snapshot {pick} v{versions(root, pick)[-1]} ({root})")
    return _Labelled(*working_copy(db))


def working_copy(db: Path) -> tuple[duckdb.DuckDBPyConnection, str]:
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
    return duckdb.connect(str(copy), read_only=True), f"read-only copy of {db} ({copy})"


def _q(p: Path) -> str:
    return str(p).replace("'", "''")


class _Labelled:
    """A DuckDB connection that also says where it reads from (``duikou_source``); every other
    attribute is the connection's."""

    def __init__(self, con, source: str):
        object.__setattr__(self, "_con", con)
        object.__setattr__(self, "duikou_source", source)

    def __getattr__(self, name):
        return getattr(self._con, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._con.close()

"""Opening the curated DuckDB file.

DuckDB allows one writing process per file, and while it is open for writing, even a
read-only open from another process fails at once. Those lock errors are turned into
``DatabaseBusy`` with a message a data manager can act on, instead of a traceback.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from pipelines.db.schema import ensure_schema

# the project's root (the checkout holding pipelines/): the default database is found from it,
# not from the working directory (data contract)
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = PROJECT_ROOT / "data" / "curated" / "duikou.duckdb"
DB_ENV = "DUIKOU_DB"


class DatabaseBusy(RuntimeError):
    pass


class DatabaseMissing(RuntimeError):
    pass


def default_db_path() -> Path:
    """``$DUIKOU_DB`` when set, else data/curated/duikou.duckdb under the project root: the one
    definition of the default every command uses."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def _busy_message(path: Path, exc: Exception) -> str:
    m = re.search(r"PID (\d+)", str(exc))
    who = f"（进程 PID {m.group(1)}）" if m else ""
    who_en = f" (process PID {m.group(1)})" if m else ""
    return (f"数据库 {path} 正被另一个 duikou 进程使用{who}，请等它结束后再运行。 / "
            f"The database {path} is in use by another duikou process{who_en}; wait for it to finish and run again.")


def connect(db: str | os.PathLike | None = None, *, read_only: bool = True, create: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the curated database. Researchers: ``from pipelines import connect; con = connect()``.

    ``read_only=True`` (default) for analysis; ingestion and validation open it for writing.
    """
    path = Path(db) if db else default_db_path()
    if not path.exists():
        if not create:
            raise DatabaseMissing(f"数据库不存在：{path}（先运行 duikou ingest 或 duikou demo） / database not found: {path} (run `duikou ingest` or `duikou demo` first)")
        path.parent.mkdir(parents=True, exist_ok=True)
        read_only = False
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise DatabaseBusy(_busy_message(path, exc)) from None
        raise
    if not read_only:
        ensure_schema(con)
    return con

"""Opening a frozen year again: its manifest's hashes checked first (a file changed since the
freeze is refused as a tampered snapshot), then either an in-memory connection with read-only
views named like the database's tables (``open_snapshot``), or a small DuckDB file holding the
snapshot's rows in the database's own schema (``snapshot_database``), so that code taking a
database path — the report — runs on it unchanged.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb

# reading a snapshot is layer 0 (connect() opens one); these names stay importable from here
from pipelines.db.connection import (MANIFEST, SnapshotError, SnapshotTampered, content_hash, open_snapshot_dir,
                                     sha256_file, snapshot_dir, snapshot_tables, verify)

__all__ = ["MANIFEST", "SnapshotError", "SnapshotTampered", "content_hash", "default_root", "open_snapshot", "resolve",
           "sha256_file", "snapshot_database", "verify"]


def default_root() -> Path:
    from pipelines.db.connection import default_db_path, published_root

    return published_root(default_db_path())


def resolve(year: int, version: int | str | None = None, root: str | Path | None = None) -> Path:
    """The folder of a version (None: the latest); a clear error when there is none."""
    return snapshot_dir(Path(root) if root else default_root(), year, version)


def open_snapshot(year: int, version: int | str | None = None, root: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory connection on a verified snapshot: a read-only view over each Parquet file,
    named like the database's table (in its schema, and in ``main`` for tables of another
    schema), and an empty view for each catalogue table the snapshot does not hold."""
    vdir = resolve(year, version, root)
    return open_snapshot_dir(vdir, verify(vdir))


def snapshot_database(year: int, version: int | str | None = None, root: str | Path | None = None,
                      out: str | Path | None = None) -> Path:
    """The snapshot as a DuckDB file (default: a new temporary folder): the database's schema
    (pipelines/db/schema.py) filled with the snapshot's rows; a ``published`` table the
    catalogue does not define is created as stored."""
    from pipelines.db.schema import ensure_schema

    vdir = resolve(year, version, root)
    manifest = verify(vdir)
    path = Path(out) if out else Path(tempfile.mkdtemp(prefix=f"duikou-snapshot-{year}-v{manifest['version']}-")) / "snapshot.duckdb"
    if path.exists():
        raise SnapshotError(f"文件已存在，不覆盖：{path} / the file exists and is not overwritten: {path}")
    con = duckdb.connect(str(path))
    try:
        ensure_schema(con)
        existing = set(con.execute("""SELECT table_schema, table_name FROM information_schema.tables
                                      WHERE table_type = 'BASE TABLE'""").fetchall())
        views = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_type = 'VIEW' AND table_schema = 'main'").fetchall()}
        con.begin()
        for schema, table, rel in snapshot_tables(manifest):
            src = f"read_parquet('{_sql_path(vdir / rel)}')"
            if (schema, table) in existing:
                con.execute(f'INSERT INTO "{schema}"."{table}" BY NAME SELECT * FROM {src}')
            else:
                con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
                con.execute(f'CREATE TABLE "{schema}"."{table}" AS SELECT * FROM {src}')
                if schema != "main" and table not in views:
                    con.execute(f'CREATE VIEW main."{table}" AS SELECT * FROM "{schema}"."{table}"')
        con.commit()
    finally:
        con.close()
    return path


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")

"""Opening a frozen year again: its manifest's hashes checked first (a file changed since the
freeze is refused as a tampered snapshot), then either an in-memory connection with read-only
views named like the database's tables (``open_snapshot``), or a small DuckDB file holding the
snapshot's rows in the database's own schema (``snapshot_database``), so that code taking a
database path — the report — runs on it unchanged.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import duckdb

from pipelines.annual.scope import parse_version, published_root, version_dir, versions
from pipelines.errors import UserError

MANIFEST = "manifest.json"


class SnapshotError(UserError):
    """A snapshot or version that does not exist."""


class SnapshotTampered(SnapshotError):
    """A snapshot whose files differ from its manifest (changed, removed) since it was frozen."""


def sha256_file(path: Path) -> str:
    from pipelines.ingest.parse_file import file_sha256  # the one file hash (ingest's, for submissions)

    return file_sha256(str(path))


def content_hash(files: dict[str, dict]) -> str:
    """One hash over every data file: SHA-256 of the sorted ``path:sha256`` lines."""
    return hashlib.sha256("\n".join(f"{k}:{files[k]['sha256']}" for k in sorted(files)).encode()).hexdigest()


def default_root() -> Path:
    from pipelines.db.connection import default_db_path

    return published_root(default_db_path())


def resolve(year: int, version: int | str | None = None, root: str | Path | None = None) -> Path:
    """The folder of a version (None: the latest); a clear error when there is none."""
    root = Path(root) if root else default_root()
    have = versions(root, year)
    if not have:
        raise SnapshotError(f"{year} 年尚无冻结版本（{root}）；先运行 duikou freeze --year {year} / "
                            f"no frozen version of {year} under {root}; run `duikou freeze --year {year}` first")
    v = have[-1] if version is None else parse_version(version)
    if v not in have:
        raise SnapshotError(f"{year} 年没有版本 v{v}，已有：{', '.join(f'v{x}' for x in have)} / "
                            f"{year} has no version v{v}; versions: {', '.join(f'v{x}' for x in have)}")
    return version_dir(root, year, v)


def verify(vdir: Path) -> dict:
    """The manifest, after checking every listed file's SHA-256 and the content hash."""
    vdir = Path(vdir)
    try:
        manifest = json.loads((vdir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SnapshotTampered(f"快照清单无法读取：{vdir / MANIFEST}（{exc}） / the snapshot's manifest cannot be read: "
                            f"{vdir / MANIFEST} ({exc})") from None
    files = manifest.get("files") or {}
    bad = []
    for rel, meta in sorted(files.items()):
        p = vdir / rel
        if not p.is_file():
            bad.append(f"{rel} (缺失 / missing)")
        elif sha256_file(p) != meta.get("sha256"):
            bad.append(f"{rel} (校验值不符 / hash differs)")
    if not bad and content_hash(files) != manifest.get("content_sha256"):
        bad.append(f"{MANIFEST} (内容校验值不符 / content hash differs)")
    if bad:
        raise SnapshotTampered(f"快照 {vdir} 已被改动，不能使用：{'；'.join(bad)} / the snapshot {vdir} has been tampered "
                            f"with and cannot be used: {'; '.join(bad)}")
    return manifest


def _tables(manifest: dict) -> list[tuple[str, str, str]]:
    """(schema, table, relative file) of every table file in the manifest."""
    return [(m["schema"], m["table"], rel) for rel, m in sorted(manifest["files"].items())]


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")


def open_snapshot(year: int, version: int | str | None = None, root: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory connection on a verified snapshot: a read-only view over each Parquet file,
    named like the database's table (in its schema, and in ``main`` for tables of another
    schema), and an empty view for each catalogue table the snapshot does not hold."""
    from pipelines.db.schema import table_schema, table_specs

    vdir = resolve(year, version, root)
    manifest = verify(vdir)
    con = duckdb.connect(":memory:")
    have = set()
    for schema, table, rel in _tables(manifest):
        con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        con.execute(f"""CREATE VIEW "{schema}"."{table}" AS SELECT * FROM read_parquet('{_sql_path(vdir / rel)}')""")
        if schema != "main":
            con.execute(f'CREATE OR REPLACE VIEW main."{table}" AS SELECT * FROM "{schema}"."{table}"')
        have.add(table)
    for table, spec in table_specs().items():
        if table in have:
            continue
        schema = table_schema(table)
        cols = ", ".join(f'CAST(NULL AS {c["type"]}) AS "{c["name"]}"' for c in spec["columns"])
        con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        con.execute(f'CREATE VIEW "{schema}"."{table}" AS SELECT {cols} WHERE FALSE')
        if schema != "main":
            con.execute(f'CREATE OR REPLACE VIEW main."{table}" AS SELECT * FROM "{schema}"."{table}"')
    return con


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
        for schema, table, rel in _tables(manifest):
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

"""Opening the curated DuckDB file — for analysis, without a lock on it.

DuckDB allows one writing process per file, and while any process has it open (even read-only)
no other process can open it for writing. So a notebook holding a connection on the working
database makes ``duikou ingest`` and ``duikou validate`` fail ("another duikou process"). For
that reason ``connect()`` by default opens no lock-holding connection on the working file:

- ``connect()`` (the project's database): its latest published snapshot
  (data/published/<year>/v<N>/, verified against its manifest) when a year has been frozen,
  else a read-only copy of the working database;
- ``connect(path)``: a read-only copy of that database file;
- ``connect(..., live=True)``: the working file itself, read-only (live data; while it is open,
  ingest and validate wait — close it soon);
- ``connect(path, read_only=False)``: the working file for writing (ingest, validate, freeze).

The copy is taken while a read-only open of the working file holds DuckDB's shared lock (so no
writer is half way), then that open is closed: the working file is held only for the copy
(median 0.04 s for the 5.3 MiB demo database, 0.06 s for the 18 MiB national preset, against
0.21 s and 1.27 s for DuckDB's COPY FROM DATABASE, measured in one process). The copy lives in the
system's temporary folder and is unlinked once opened, so its disk space is freed when the
connection closes. Lock errors become ``DatabaseBusy`` with a message a data manager can act on.

A snapshot is read here (layer 0) so that ``connect()`` can open one; writing a snapshot is
pipelines/annual/freeze.py. ``source(con)`` says what a connection reads.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import re
import shutil
import tempfile
import weakref
from pathlib import Path

import duckdb

from pipelines.db.schema import ensure_schema
from pipelines.errors import UserError

# the project's root (the checkout holding pipelines/): the default database is found from it,
# not from the working directory (data contract)
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DB = PROJECT_ROOT / "data" / "curated" / "duikou.duckdb"
DB_ENV = "DUIKOU_DB"
MANIFEST = "manifest.json"
VERSION_RE = re.compile(r"^v(\d+)$")


class DatabaseBusy(RuntimeError):
    pass


class DatabaseMissing(RuntimeError):
    pass


class SnapshotError(UserError):
    """A snapshot or version that does not exist."""


class SnapshotTampered(SnapshotError):
    """A snapshot whose files differ from its manifest (changed, removed) since it was frozen."""


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


def _missing(path: Path) -> DatabaseMissing:
    return DatabaseMissing(f"数据库不存在：{path}（先运行 duikou ingest 或 duikou demo） / database not found: {path} "
                           "(run `duikou ingest` or `duikou demo` first)")


def connect(db: str | os.PathLike | None = None, *, live: bool = False, read_only: bool = True, create: bool = False,
            snapshot: bool | None = None, year: int | None = None,
            version: int | str | None = None) -> duckdb.DuckDBPyConnection:
    """A connection on the curated data. Researchers: ``from pipelines import connect; con = connect()``.

    Without ``db``: the latest snapshot of ``year`` (default: of the latest frozen year) of the
    project's database when one is frozen, else a read-only copy of it. With ``db``: a read-only
    copy of that file. ``snapshot=True`` insists on the snapshot (``version``: an older one),
    ``snapshot=False`` on the copy. ``live=True``: the working file itself, read-only — it holds a
    lock while open. ``read_only=False`` (ingestion, validation): the working file for writing;
    ``create``: make it when missing. A relative ``db`` not found from the working directory is
    read from the project root. ``source(con)`` says which of these a connection reads.
    """
    path = _locate(db)
    if not read_only or create:
        return _open_file(path, read_only=read_only, create=create)
    if live:
        con = _open_file(path, read_only=True, create=False)
        return _label(con, "live", None, None, path)
    if snapshot or (snapshot is None and (db is None or year is not None or version is not None)):
        vdir = latest_snapshot(path, year, version, required=bool(snapshot) or version is not None)
        if vdir is not None:
            manifest = verify(vdir)
            return _label(open_snapshot_dir(vdir, manifest), "snapshot", manifest["year"], manifest["version"], vdir)
    return _label(working_copy(path), "copy", None, None, path)


def _locate(db) -> Path:
    if db is None:
        return default_db_path()
    path = Path(db)
    if not path.is_absolute() and not path.exists() and (PROJECT_ROOT / path).exists():
        return PROJECT_ROOT / path  # a notebook opened in notebooks/ naming data/curated/…
    return path


def _open_file(path: Path, *, read_only: bool, create: bool) -> duckdb.DuckDBPyConnection:
    if not path.exists():
        if not create:
            raise _missing(path)
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


# what each open connection reads, kept beside it rather than in it (a TEMP view would show in
# information_schema's table lists); entries go with their connection
_SOURCES: "weakref.WeakKeyDictionary[duckdb.DuckDBPyConnection, tuple]" = weakref.WeakKeyDictionary()


def source(con) -> str:
    """What ``con`` (from ``connect``) reads: ``snapshot 2024 v2 (<folder>)``, ``read-only copy of
    <db>`` or ``live <db> (read-only)``; ``unlabelled`` for a connection made otherwise."""
    kind, year, version, path = _SOURCES.get(con, (None, None, None, None))
    if kind is None:
        return "unlabelled"
    return {"snapshot": f"snapshot {year} v{version} ({path})", "copy": f"read-only copy of {path}"}.get(
        kind, f"live {path} (read-only)")


def _label(con, kind: str, year, version, path) -> duckdb.DuckDBPyConnection:
    _SOURCES[con] = (kind, year, version, str(path))
    return con


# ---------------------------------------------------------------------- a read-only copy
def working_copy(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection on a copy of ``db`` (and its WAL, if a crashed writer left one).

    The bytes are copied (shutil.copyfile: the kernel's copy_file_range/sendfile; 5-20x faster than
    DuckDB's COPY FROM DATABASE, and byte-identical) while a read-only open holds DuckDB's shared
    lock, so no writer is part way through. A POSIX lock belongs to the process: closing the copy's
    own handle releases it, which is why the copy is the last thing done under it. The copy keeps
    the file's name (so ``current_database()`` is the same) and is unlinked once opened."""
    db = Path(db)
    if not db.exists():
        raise _missing(db)
    tmp = Path(tempfile.mkdtemp(prefix="duikou-copy-"))
    atexit.register(shutil.rmtree, tmp, True)
    copy = tmp / db.name
    try:
        hold = _open_file(db, read_only=True, create=False)
        try:
            shutil.copyfile(db, copy)
            wal = Path(str(db) + ".wal")
            if wal.exists():
                shutil.copyfile(wal, Path(str(copy) + ".wal"))
        finally:
            hold.close()
        con = duckdb.connect(str(copy), read_only=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    for p in (copy, Path(str(copy) + ".wal")):
        try:
            p.unlink(missing_ok=True)  # the open connection keeps the data; the space is freed when it closes
        except OSError:
            pass  # a system that cannot unlink an open file (Windows): removed at exit instead
    return con


# ---------------------------------------------------------------------- published snapshots
def published_root(db: str | os.PathLike) -> Path:
    """data/published beside the database's curated folder (a database elsewhere: published/ beside the file)."""
    db = Path(db).resolve()
    return db.parent.parent / "published" if db.parent.name == "curated" else db.parent / "published"


def snapshot_versions(root: str | os.PathLike, year: int) -> list[int]:
    """The year's finished versions, oldest first (temporary folders of a freeze are not versions)."""
    d = Path(root) / str(int(year))
    if not d.is_dir():
        return []
    return sorted(int(m.group(1)) for p in d.iterdir() if p.is_dir() and (m := VERSION_RE.match(p.name)))


def frozen_years(root: str | os.PathLike) -> list[int]:
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(int(p.name) for p in root.iterdir() if p.is_dir() and p.name.isdigit() and snapshot_versions(root, int(p.name)))


def parse_version(version: int | str) -> int:
    m = VERSION_RE.match(str(version)) or re.match(r"^(\d+)$", str(version))
    if not m:
        raise SnapshotError(f"版本应写作 v1、v2… / a version is written v1, v2, …: {version!r}")
    return int(m.group(1))


def snapshot_dir(root: str | os.PathLike, year: int, version: int | str | None = None) -> Path:
    """The folder of a version (None: the latest); a clear error when there is none."""
    root = Path(root)
    have = snapshot_versions(root, year)
    if not have:
        raise SnapshotError(f"{year} 年尚无冻结版本（{root}）；先运行 duikou freeze --year {year} / "
                            f"no frozen version of {year} under {root}; run `duikou freeze --year {year}` first")
    v = have[-1] if version is None else parse_version(version)
    if v not in have:
        raise SnapshotError(f"{year} 年没有版本 v{v}，已有：{', '.join(f'v{x}' for x in have)} / "
                            f"{year} has no version v{v}; versions: {', '.join(f'v{x}' for x in have)}")
    return root / str(int(year)) / f"v{v}"


def latest_snapshot(db: Path, year: int | None = None, version: int | str | None = None,
                    required: bool = False) -> Path | None:
    """The folder of the snapshot ``connect`` opens for ``db``: ``version`` (default the latest) of
    ``year`` (default the latest frozen year) among those frozen from a database of ``db``'s name;
    None when there is none (``required``: a SnapshotError instead)."""
    root = published_root(db)
    years = [year] if year is not None else frozen_years(root)
    for y in sorted(years, reverse=True):
        if not snapshot_versions(root, y):
            continue
        vdir = snapshot_dir(root, y, version)
        if _frozen_from(vdir) in (None, Path(db).name):
            return vdir
    if required:
        which = f"{year} 年" if year is not None else ""
        raise SnapshotError(f"{root} 下没有 {Path(db).name} 的{which}冻结版本；先运行 duikou freeze / no frozen snapshot of "
                            f"{Path(db).name}{f' for {year}' if year is not None else ''} under {root}; run `duikou freeze` first")
    return None


def _frozen_from(vdir: Path) -> str | None:
    """The database file name the snapshot was frozen from (None: not recorded, older snapshots)."""
    try:
        return json.loads((vdir / MANIFEST).read_text(encoding="utf-8")).get("database")
    except (OSError, ValueError):
        return None  # verify() reports it


def sha256_file(path: str | os.PathLike) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def content_hash(files: dict[str, dict]) -> str:
    """One hash over every data file: SHA-256 of the sorted ``path:sha256`` lines."""
    return hashlib.sha256("\n".join(f"{k}:{files[k]['sha256']}" for k in sorted(files)).encode()).hexdigest()


def verify(vdir: str | os.PathLike) -> dict:
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


def snapshot_tables(manifest: dict) -> list[tuple[str, str, str]]:
    """(schema, table, relative file) of every table file in the manifest."""
    return [(m["schema"], m["table"], rel) for rel, m in sorted(manifest["files"].items())]


def open_snapshot_dir(vdir: Path, manifest: dict) -> duckdb.DuckDBPyConnection:
    """An in-memory connection on a verified snapshot: a read-only view over each Parquet file,
    named like the database's table (in its schema, and in ``main`` for tables of another
    schema), and an empty view for each catalogue table the snapshot does not hold."""
    from pipelines.db.schema import table_schema, table_specs

    con = duckdb.connect(":memory:")
    have = set()
    for schema, table, rel in snapshot_tables(manifest):
        path = str(Path(vdir) / rel).replace("'", "''")
        con.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        con.execute(f"""CREATE VIEW "{schema}"."{table}" AS SELECT * FROM read_parquet('{path}')""")
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

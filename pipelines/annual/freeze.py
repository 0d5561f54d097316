"""``freeze``: a year's immutable, versioned snapshot (data/published/<year>/v<N>/).

What it holds is defined in ``scope``. Each table is one Parquet file (rows in a fixed order,
so the same rows give the same bytes), ``manifest.json`` lists each file's SHA-256 and row
count with a content hash over all of them, and from v2 ``CHANGELOG.md`` says what changed
since the previous version. The version is written under a temporary name and renamed when
complete (a killed freeze leaves no half version; its temporary folder is removed by the next
freeze); files are made read-only and never overwritten. A freeze that would store exactly
the previous version's content writes nothing and says so. The run is recorded in ``runs``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipelines.annual import changelog
from pipelines.annual.amendments import published_moves, submission_files
from pipelines.annual.diff import table_changes
from pipelines.annual.scope import (BOOKKEEPING, RECORDS, VALIDATION, curated_tables, published_root, records_condition,
                                    version_dir, versions, year_condition)
from pipelines.db.schema import in_transaction
from pipelines.annual.snapshot import MANIFEST, content_hash, open_snapshot, sha256_file, verify
from pipelines.db.runs import finish_run, latest_run, start_run, validation_is_stale
from pipelines.db.schema import table_schema
from pipelines.errors import UserError

FORMAT = 1
_TMP = re.compile(r"^\.v\d+\.tmp-(\d+)-[0-9a-f]+$")


@dataclass
class FreezeResult:
    year: int
    version: int
    path: Path
    profile: str
    validation_run_id: str
    run_id: str
    content_sha256: str
    indicator_values_sha256: str
    rows: dict[str, int] = field(default_factory=dict)
    unchanged: bool = False        # nothing changed since the latest version: no new version written
    changelog: str | None = None
    validation_stale: bool = False  # the data changed after the validation run started (validate again, then freeze)

    def summary(self) -> dict:
        return {"year": self.year, "version": f"v{self.version}", "path": str(self.path), "profile": self.profile,
                "validation_run_id": self.validation_run_id, "run_id": self.run_id, "content_sha256": self.content_sha256,
                "indicator_values_sha256": self.indicator_values_sha256, "rows": self.rows, "unchanged": self.unchanged,
                "validation_older_than_ingest": self.validation_stale}


def freeze(db, year: int, profile: str | None = None, root: str | Path | None = None) -> FreezeResult:
    from pipelines.db.connection import connect
    from pipelines.programme.defaults import DEFAULT_PROFILE
    from pipelines.programme.profiles import load_profile

    year, profile = int(year), profile or DEFAULT_PROFILE
    load_profile(profile)  # an unknown profile is a usage error before anything is written
    root = Path(root) if root else published_root(db)
    con = connect(db, read_only=False)
    try:
        vrun = latest_run(con, "validate", profile)
        if vrun is None:
            raise UserError(f"方案 {profile} 尚无核查结果；先运行 duikou validate --profile {profile} / no validation run of "
                            f"profile {profile} yet: run `duikou validate --profile {profile}` first")
        _check_year(con, year)
        run_id = start_run(con, "freeze", profile, {"year": year, "root": str(root)})
        try:
            result = _freeze(con, year, profile, root, vrun.run_id, run_id)
        except BaseException:
            finish_run(con, run_id, "failed")
            raise
        finish_run(con, run_id, "ok")
        return result
    finally:
        con.close()


def _check_year(con, year: int) -> None:
    from pipelines.derived import data_years

    years = data_years(con)
    if year not in years:
        raise UserError(f"数据中没有 {year} 年（有：{', '.join(map(str, years)) or '无'}） / the data has no year {year} "
                        f"(years: {', '.join(map(str, years)) or 'none'})")


def _freeze(con, year: int, profile: str, root: Path, vrun: str, run_id: str) -> FreezeResult:
    ydir = root / str(year)
    ydir.mkdir(parents=True, exist_ok=True)
    _remove_stale(ydir)
    have = versions(root, year)
    n = (have[-1] + 1) if have else 1
    tmp = ydir / f".v{n}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    tmp.mkdir()
    con.begin()  # one consistent read of the database for every file
    try:
        files = _write_tables(con, tmp, year, profile, vrun)
        manifest = {
            "format": FORMAT, "version": n, "year": year, "profile": profile,
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "validation_run_id": vrun, "freeze_run_id": run_id,
            "validation_older_than_ingest": validation_is_stale(con, profile)[2],
            "indicator_values_sha256": _indicator_hash(con, year, profile),
            "git_commit": _git_commit(), "year_rows": _year_rows_doc(year),
            "database": _database_name(con),  # connect() opens only snapshots of its own database's name
            "files": files, "content_sha256": content_hash(files),
        }
        rows = {m["table"]: m["rows"] for m in files.values()}
        prev = None
        if have:
            prev_dir = version_dir(root, year, have[-1])
            prev = verify(prev_dir)
            if data_hash(prev["files"]) == data_hash(manifest["files"]):
                shutil.rmtree(tmp)
                con.commit()
                return FreezeResult(year, have[-1], prev_dir, profile, vrun, run_id, prev["content_sha256"],
                                    prev.get("indicator_values_sha256"), rows, unchanged=True)
            changes, moves = _changes(con, year, profile, root, prev_dir, prev, tmp, manifest)
            (tmp / "CHANGELOG.md").write_text(changelog.render(year, n, prev, manifest, changes, moves), encoding="utf-8")
            manifest["changelog"] = "CHANGELOG.md"
            # the same changes as a table, hashed with the data (a report from the snapshot shows it)
            changelog.write_changes(changelog.changes_frame(n, prev["version"], changes, moves), tmp / changelog.CHANGES_FILE)
            schema, table = changelog.CHANGES_TABLE
            manifest["files"][changelog.CHANGES_FILE] = {
                "schema": schema, "table": table, "role": "changelog",
                "rows": _rows(con, tmp / changelog.CHANGES_FILE), "sha256": sha256_file(tmp / changelog.CHANGES_FILE)}
            manifest["content_sha256"] = content_hash(manifest["files"])
        (tmp / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        con.commit()
        final = version_dir(root, year, n)
        _read_only(tmp)
        os.rename(tmp, final)  # atomic; fails rather than replace a version made meanwhile
    except BaseException:
        if in_transaction(con):
            con.rollback()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return FreezeResult(year, n, final, profile, vrun, run_id, manifest["content_sha256"], manifest["indicator_values_sha256"],
                        rows, changelog=(final / "CHANGELOG.md").read_text(encoding="utf-8") if prev else None,
                        validation_stale=manifest["validation_older_than_ingest"])


def _queries(con, year: int, profile: str, vrun: str) -> list[tuple[str, str, str, str]]:
    """(schema, table, role, query) of every file of the snapshot."""
    out = []
    cur = curated_tables()
    for t in cur:
        out.append((table_schema(t), t, "curated", f'SELECT * FROM main."{t}" WHERE {year_condition(t, year)}'))
    sids = " UNION ".join(f'SELECT submission_id FROM main."{t}" WHERE {year_condition(t, year)}'
                          for t in cur if t != "hospital_aliases")
    subs = (f"SELECT * FROM submissions WHERE submission_id IN ({sids}) "
            f"OR try_cast(left(period, 4) AS INTEGER) <= {int(year)}")
    out.append((table_schema("submissions"), "submissions", "bookkeeping", subs))
    for t in BOOKKEEPING[1:]:
        out.append((table_schema(t), t, "bookkeeping", f'SELECT * FROM main."{t}" WHERE submission_id IN (SELECT submission_id FROM ({subs}))'))
    run = vrun.replace("'", "''")
    out.append((table_schema("runs"), "runs", "validation", f"SELECT * FROM validation.runs WHERE run_id = '{run}'"))
    for t in VALIDATION:
        out.append((table_schema(t), t, "validation", f"SELECT * FROM {table_schema(t)}.\"{t}\" WHERE run_id = '{run}'"))
    for t in _published_tables(con):
        cols = {c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'published' "
                                          "AND table_name = ? AND table_catalog = current_database()", [t]).fetchall()}
        where = [f"year = {int(year)}"] if "year" in cols else []
        if "profile" in cols:
            where.append(f"profile = '{profile.replace(chr(39), chr(39) * 2)}'")
        out.append(("published", t, "published", f'SELECT * FROM published."{t}"' + (" WHERE " + " AND ".join(where) if where else "")))
    # patient-level records: the aggregates the records views read, as they are now (scope.RECORDS
    # says why the aggregates and not the person-level store)
    for view in _records_views(con):
        out.append(("main", view, "records", f'SELECT * FROM main."{view}" WHERE {records_condition(view, year)}'))
    return out


def _records_views(con) -> list[str]:
    """The records views (or, in a database made from a snapshot, tables) the database has."""
    have = {t for (t,) in con.execute("""SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'
                                         AND table_catalog = current_database()""").fetchall()}
    return [v for v in RECORDS if v in have]


def _published_tables(con) -> list[str]:
    return [t for (t,) in con.execute("""SELECT table_name FROM information_schema.tables WHERE table_schema = 'published'
                                         AND table_type = 'BASE TABLE' AND table_catalog = current_database() ORDER BY 1""").fetchall()]


def _write_tables(con, tmp: Path, year: int, profile: str, vrun: str) -> dict[str, dict]:
    files = {}
    for schema, table, role, sql in _queries(con, year, profile, vrun):
        rel = f"{schema}/{table}.parquet"
        path = tmp / rel
        path.parent.mkdir(exist_ok=True)
        # ORDER BY ALL: the same rows give the same file, whatever order the database holds them in
        try:
            con.execute(f"COPY (SELECT * FROM ({sql}) ORDER BY ALL) TO '{str(path).replace(chr(39), chr(39) * 2)}' "
                        "(FORMAT parquet, COMPRESSION zstd)")
        except duckdb.IOException as exc:
            if role != "records":
                raise
            # the view reads records/_indicators/*.parquet by absolute path: moved or deleted
            raise UserError(f"出院记录视图 {table} 读取的文件不存在（数据库文件夹被移动或 records/ 被删除）；请重新运行 duikou records "
                            f"ingest 后再冻结 / the records view {table} reads files that are gone (the database folder was "
                            "moved or records/ deleted): run `duikou records ingest` again, then freeze") from exc
        files[rel] = {"schema": schema, "table": table, "role": role, "rows": _rows(con, path), "sha256": sha256_file(path)}
    return files


def _rows(con, path: Path) -> int:
    return int(con.execute(f"SELECT count(*) FROM read_parquet('{str(path).replace(chr(39), chr(39) * 2)}')").fetchone()[0])


def _database_name(con) -> str | None:
    """The file name of the database being frozen."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return Path(row[0]).name if row and row[0] else None


def _indicator_hash(con, year: int, profile: str) -> str:
    """The report manifest's indicator_values_sha256 for the year and profile (whole province)."""
    from pipelines.published.context import PublishContext, published_tables, values_digest

    return values_digest(published_tables(PublishContext(con, year, profile)))[0]


def data_hash(files: dict[str, dict]) -> str:
    """The content hash of a version's data files (its changes table aside): equal when a freeze
    would store exactly what the previous version holds."""
    return content_hash({k: v for k, v in files.items() if v.get("role") != "changelog"})


def _changes(con, year, profile, root, prev_dir, prev, tmp, manifest):
    """(row changes, published value moves) since the previous version ``prev``."""
    files = submission_files(con)
    changes = []
    for rel, meta in sorted(manifest["files"].items()):
        if meta["role"] != "curated":
            continue
        old = prev_dir / rel
        old_sql = (f"SELECT * FROM read_parquet('{str(old).replace(chr(39), chr(39) * 2)}')" if old.exists()
                   else f'SELECT * FROM main."{meta["table"]}" WHERE FALSE')
        changes += table_changes(con, meta["table"], old_sql,
                                 f"SELECT * FROM read_parquet('{str(tmp / rel).replace(chr(39), chr(39) * 2)}')", files)
    old_con = open_snapshot(year, prev["version"], root)
    try:
        moves, _ = published_moves(old_con, con, year, profile)
    finally:
        old_con.close()
    return changes, moves


def _read_only(d: Path) -> None:
    for p in sorted(d.rglob("*"), reverse=True):
        os.chmod(p, 0o444 if p.is_file() else 0o555)
    os.chmod(d, 0o555)


def _remove_stale(ydir: Path) -> None:
    """Temporary folders of a freeze that was killed (its process is gone)."""
    for p in ydir.iterdir():
        m = _TMP.match(p.name)
        if not m:
            continue
        try:
            os.kill(int(m.group(1)), 0)
            continue  # its process still runs
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        for q in [p, *p.rglob("*")]:
            if q.is_dir():
                os.chmod(q, 0o755)
        shutil.rmtree(p, ignore_errors=True)


def _git_commit() -> str | None:
    from pipelines.db.connection import PROJECT_ROOT

    if not (PROJECT_ROOT / ".git").exists():
        return None
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def _year_rows_doc(year: int) -> dict[str, str]:
    return {t: year_condition(t, year) for t in curated_tables()}

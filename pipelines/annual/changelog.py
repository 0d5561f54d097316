"""What changed in a version since the previous one (from v2 on): CHANGELOG.md (``render``) and
the changes table stored beside it (``changes_frame``, read back with ``changes_since_previous``)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pandas as pd

from pipelines.annual.diff import Change, Move


def render(year: int, version: int, previous: dict, current: dict, changes: list[Change], moves: list[Move]) -> str:
    """Markdown: the manifest differences, then per table and submission the rows added,
    removed and changed (fields old → new), then the published values that moved."""
    lines = [f"# {year} v{version} — 相对 v{previous['version']} 的变化 / changes since v{previous['version']}", ""]
    for k, label in (("profile", "项目方案 / profile"), ("validation_run_id", "核查批次 / validation run"),
                     ("indicator_values_sha256", "发布指标值校验值 / indicator_values_sha256")):
        if previous.get(k) != current.get(k):
            lines.append(f"- {label}: {previous.get(k)} → {current.get(k)}")
    counts: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for c in changes:
        counts[c.table][c.change].add(c.key)
    if not changes:
        lines += ["", "数据行无变化 / no curated row changed."]
    for table in sorted(counts):
        n = counts[table]
        lines += ["", f"## {table}: +{len(n['added'])} −{len(n['removed'])} ~{len(n['changed'])}", ""]
        by_file: dict[str, list[Change]] = defaultdict(list)
        for c in changes:
            if c.table == table:
                by_file[c.file_name or "（提交未知 / submission unknown）"].append(c)
        for f in sorted(by_file):
            lines.append(f"### {f}")
            for c in by_file[f]:
                if c.change == "changed":
                    lines.append(f"- 修改 / changed `{c.key}`: {c.field} {c.old} → {c.new}")
                elif c.change == "added":
                    lines.append(f"- 新增 / added `{c.key}`")
                else:
                    lines.append(f"- 删除 / removed `{c.key}` (原文件 / from {c.previous_file_name})")
    lines += _records_lines(previous, current)
    if moves:
        lines += ["", "## 变动的发布值 / published values that moved", "",
                  "| table | key | column | old | new | Δ |", "|---|---|---|---|---|---|"]
        for m in moves:
            d = "" if m.delta is None else f"{m.delta:+g}"
            lines.append(f"| {m.table} | {m.key} | {m.column} | {m.old} | {m.new} | {d} |")
    return "\n".join(lines) + "\n"


def _records_lines(previous: dict, current: dict) -> list[str]:
    """The records aggregates (role ``records``: a later ``duikou records ingest``) whose content
    changed, with their row counts; nothing when neither version has any. They are aggregates,
    so the change is stated per table, not per row."""
    def of(m: dict) -> dict:
        return {meta["table"]: meta for meta in m.get("files", {}).values() if meta.get("role") == "records"}

    old, new = of(previous), of(current)
    moved = [t for t in sorted(set(old) | set(new)) if (old.get(t) or {}).get("sha256") != (new.get(t) or {}).get("sha256")]
    if not moved:
        return []
    lines = ["", "## 出院记录汇总表 / patient-level records aggregates", ""]
    for t in moved:
        a, b = (old.get(t) or {}).get("rows"), (new.get(t) or {}).get("rows")
        lines.append(f"- {t}: 内容已变 / content changed, 行 rows {a if a is not None else '—'} → {b if b is not None else '—'}")
    return lines


# ---------------------------------------------------------------------- the changes table
# One row per (curated table, submission) whose rows changed — kind "rows" — and per published
# value that moved — kind "value". Stored in version N >= 2 as CHANGES_FILE, listed in
# its manifest (hashed with it); a report built from the snapshot reads it with changes_since_previous().
CHANGES_FILE = "annual/changes_since_previous.parquet"
CHANGES_TABLE = ("annual", "changes_since_previous")  # (schema, table) in the manifest and in a snapshot connection
COLUMNS = {  # column -> (DuckDB type, meaning)
    "version": ("INTEGER", "the snapshot version (N)"),
    "previous_version": ("INTEGER", "the version it is compared with (N-1)"),
    "kind": ("VARCHAR", "rows: rows of a curated table from one submission; value: a published value that moved"),
    "table_name": ("VARCHAR", "rows: the curated table; value: the published table (indicator)"),
    "submission_id": ("VARCHAR", "rows: the submission that brought the change (removed rows: the one that replaced theirs)"),
    "file_name": ("VARCHAR", "rows: that submission's file (removed rows with no replacing submission: the file they came from)"),
    "rows_added": ("BIGINT", "rows: rows added"),
    "rows_removed": ("BIGINT", "rows: rows removed"),
    "rows_changed": ("BIGINT", "rows: rows with at least one field changed"),
    "key": ("VARCHAR", "value: the published row, as column=value; …"),
    "column_name": ("VARCHAR", "value: the column that moved (value, numerator, denominator, …)"),
    "old_value": ("VARCHAR", "value: in version N-1 (empty: the row was not published)"),
    "new_value": ("VARCHAR", "value: in version N (empty: no longer published)"),
    "delta": ("DOUBLE", "value: new - old when both are numbers"),
    "basis": ("VARCHAR", "value: recomputed (the publishing step run on both versions) or stored (schema published as stored)"),
}


def changes_frame(version: int, previous_version: int, changes: list[Change], moves: list[Move]) -> pd.DataFrame:
    """The changes table (COLUMNS) from the row changes and value moves between two versions."""
    rows: dict[tuple, dict] = {}
    seen: set[tuple] = set()
    for c in changes:
        sid = c.submission_id
        file_name = c.file_name or (c.previous_file_name if c.change == "removed" else None)
        group = (c.table, sid, file_name)
        r = rows.setdefault(group, {"kind": "rows", "table_name": c.table, "submission_id": sid, "file_name": file_name,
                                    "rows_added": 0, "rows_removed": 0, "rows_changed": 0})
        if (group, c.change, c.key) in seen:  # a changed row: one Change per field, counted once
            continue
        seen.add((group, c.change, c.key))
        r[f"rows_{c.change}"] += 1
    out = sorted(rows.values(), key=lambda r: (r["table_name"], r["file_name"] or "", r["submission_id"] or ""))
    out += [{"kind": "value", "table_name": m.table, "key": m.key, "column_name": m.column, "old_value": _number(m.old),
             "new_value": _number(m.new), "delta": m.delta, "basis": m.basis} for m in moves]
    df = pd.DataFrame(out, columns=list(COLUMNS))
    df["version"], df["previous_version"] = int(version), int(previous_version)
    return _typed(df)


def _number(v: str | None) -> str | None:
    """A number to 10 significant digits (as the published values' hash reads them: a sum taken in
    another order differs only past that), other text as it is."""
    if v is None:
        return None
    try:
        x = float(v)
    except ValueError:
        return v
    return f"{x:.10g}" if x == x and abs(x) != float("inf") else v


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    ints = {c for c, (t, _) in COLUMNS.items() if t in ("INTEGER", "BIGINT")}
    for c in COLUMNS:
        if c in ints:
            df[c] = df[c].astype("Int64")
        elif COLUMNS[c][0] == "DOUBLE":
            df[c] = df[c].astype("Float64")
        else:
            df[c] = df[c].astype("string")
    return df


def write_changes(df: pd.DataFrame, path: Path) -> None:
    """The table as Parquet with the declared types (the same rows give the same bytes)."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        con.register("changes", df)
        cols = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, (t, _) in COLUMNS.items())
        path.parent.mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY (SELECT {cols} FROM changes) TO '{str(path).replace(chr(39), chr(39) * 2)}' "
                    "(FORMAT parquet, COMPRESSION zstd)")
    finally:
        con.close()


def changes_since_previous(year: int, version: int | str | None = None, root: str | Path | None = None) -> pd.DataFrame:
    """What changed in ``year``'s snapshot ``version`` (default the latest) since the version
    before it: the changes table (COLUMNS), read from the verified snapshot. Version 1 (nothing
    before it): no rows. A version frozen before the table was stored: computed from the two
    verified snapshots (the same comparison freeze makes)."""
    from pipelines.annual.snapshot import resolve, verify

    vdir = resolve(year, version, root)
    manifest = verify(vdir)
    n = int(manifest["version"])
    if n == 1:
        return changes_frame(1, 0, [], [])
    if CHANGES_FILE in manifest["files"]:
        import duckdb

        con = duckdb.connect(":memory:")
        try:
            df = con.execute(f"SELECT * FROM read_parquet('{str(vdir / CHANGES_FILE).replace(chr(39), chr(39) * 2)}')").df()
        finally:
            con.close()
        return _typed(df[list(COLUMNS)])
    return _typed(compare_versions(year, n - 1, n, Path(vdir).parent.parent))


def compare_versions(year: int, old: int, new: int, root: Path) -> pd.DataFrame:
    """The changes table between two verified snapshots of a year."""
    from pipelines.annual.amendments import published_moves
    from pipelines.annual.diff import table_changes
    from pipelines.annual.snapshot import open_snapshot, resolve, verify

    old_dir, new_dir = resolve(year, old, root), resolve(year, new, root)
    m_old, m_new = verify(old_dir), verify(new_dir)
    old_con, new_con = open_snapshot(year, old, root), open_snapshot(year, new, root)
    try:
        files = {s: (f, by) for s, f, by in new_con.execute("SELECT submission_id, file_name, superseded_by FROM submissions").fetchall()}
        changes = []
        for rel, meta in sorted(m_new["files"].items()):
            if meta.get("role") != "curated":
                continue
            t = meta["table"]
            old_sql = (f"SELECT * FROM read_parquet('{str(old_dir / rel).replace(chr(39), chr(39) * 2)}')"
                       if rel in m_old["files"] else f'SELECT * FROM main."{t}" WHERE FALSE')
            changes += table_changes(new_con, t, old_sql, f'SELECT * FROM main."{t}"', files)
        moves, _ = published_moves(old_con, new_con, year, m_new.get("profile"))
    finally:
        old_con.close()
        new_con.close()
    return changes_frame(new, old, changes, moves)

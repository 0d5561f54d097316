"""``duikou freeze`` and ``duikou amendments``: the command line over pipelines.annual (no logic
here). pipelines/cli.py adds them with ``register(sub)``."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from pipelines.cli import CommandError, add_command, summarise

EXIT_OK, EXIT_USAGE, EXIT_ENVIRONMENT = 0, 4, 5
SHOWN = 40  # changes printed; --csv writes them all


def register(subparsers) -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    from pipelines.db.connection import default_db_path
    from pipelines.programme.defaults import DEFAULT_PROFILE

    db_help = f"DuckDB 数据库文件 / DuckDB file (默认 / default: {default_db_path()}, 或 / or $DUIKOU_DB)"
    f = add_command(
        subparsers, "freeze", help="冻结某年的发布数据为带校验值的只读快照 / freeze a year as an immutable, hashed snapshot",
        description="把某年发布数字所依据的一切（该年及以前的入库数据、机构名册与对口关系、最近一次核查、发布表）写成 Parquet 快照，"
                    "存于数据库 data/ 旁的 data/published/<年>/v<N>/，附清单（各文件 SHA-256、行数、总校验值）；"
                    "从 v2 起附 CHANGELOG.md。文件只读，永不覆盖。\n"
                    "Writes everything the year's published numbers depend on (curated rows dated in or before the year, "
                    "the registry and pairings, the profile's latest validation run, the published tables) as Parquet under "
                    "data/published/<year>/v<N>/ beside the database's data folder, with manifest.json (per-file SHA-256, "
                    "row counts, a content hash) and, from v2, CHANGELOG.md. Files are read-only and never overwritten; "
                    "when nothing changed since the latest version no new version is written.",
        examples=["duikou freeze --year 2024", "duikou freeze --year 2024 --profile guangxi-2022 --db data/curated/duikou.duckdb",
                  "duikou freeze --year 2024 --json"])
    f.add_argument("--year", type=int, required=True, metavar="YYYY", help="冻结的年度 / the year to freeze")
    f.add_argument("--profile", default=DEFAULT_PROFILE, metavar="NAME", help="项目方案 / programme profile")
    f.add_argument("--db", default=None, metavar="FILE", help=db_help)
    f.set_defaults(func=cmd_freeze)

    a = add_command(
        subparsers, "amendments", help="已冻结年度之后的更正 / changes to a frozen year since its latest snapshot",
        description="将工作数据库与该年最新快照比较：按自然键列出新增、删除、修改的行（字段旧值 → 新值）及带来改动的报送文件，"
                    "以及将因此变动的发布指标值与变动量。\n"
                    "Compares the working database with the year's latest snapshot: rows added, removed and changed by natural "
                    "key (each field old → new) with the submission (file) that brought the change, and the published "
                    "indicator values that would move and by how much.",
        examples=["duikou amendments --year 2024", "duikou amendments --year 2024 --csv 更正清单.csv",
                  "duikou amendments --year 2024 --json"])
    a.add_argument("--year", type=int, required=True, metavar="YYYY", help="已冻结的年度 / the frozen year")
    a.add_argument("--db", default=None, metavar="FILE", help=db_help)
    a.add_argument("--csv", default=None, metavar="FILE",
                   help="把全部改动写入 CSV（UTF-8 带 BOM） / write every change to a CSV file, UTF-8 with BOM (默认 / default: none)")
    a.set_defaults(func=cmd_amendments)
    return f, a


def _db(args) -> Path:
    from pipelines.db.connection import default_db_path

    return Path(args.db) if args.db else default_db_path()


def _snapshot_errors(call):
    from pipelines.annual.snapshot import SnapshotError, SnapshotTampered

    try:
        return call()
    except SnapshotTampered as exc:
        raise CommandError("snapshot_tampered", str(exc), EXIT_ENVIRONMENT) from None
    except SnapshotError as exc:
        raise CommandError("snapshot", str(exc), EXIT_USAGE) from None


def cmd_freeze(args) -> int:
    from pipelines.annual.freeze import freeze

    r = _snapshot_errors(lambda: freeze(_db(args), args.year, args.profile))
    if r.unchanged:
        print(f"{args.year} 年自 v{r.version} 以来没有变化，未写新版本 / {args.year}: nothing changed since v{r.version}; "
              f"no new version written ({r.path})")
    else:
        print(f"已冻结 / frozen {args.year} v{r.version}: {r.path}")
        print(f"  核查批次 / validation run {r.validation_run_id}; 内容校验值 / content sha256 {r.content_sha256[:16]}…")
        for t, n in r.rows.items():
            print(f"  {t}: {n}")
        if r.changelog:
            from pipelines.annual.changelog import CHANGES_FILE

            print(f"  变化见 / changes: {r.path / 'CHANGELOG.md'}; 变化表 / as a table: {r.path / CHANGES_FILE}")
    if r.validation_stale:
        print(f"  注意：核查批次 {r.validation_run_id} 早于最近一次导入；冻结的核查结果不含此后的数据（先 duikou validate 再冻结） / "
              f"note: validation run {r.validation_run_id} is older than the last ingest: the frozen findings miss later data "
              "(run duikou validate, then freeze)", file=sys.stderr)
    summarise(args, r.summary())
    return EXIT_OK


def cmd_amendments(args) -> int:
    from pipelines.annual.amendments import amendments
    from pipelines.safe_text import neutralise

    a = _snapshot_errors(lambda: amendments(_db(args), args.year))
    s = a.summary()
    print(f"{args.year} 年自 v{a.version}（方案 {a.profile}）以来的改动 / changes to {args.year} since v{a.version} (profile {a.profile})")
    if not a.changes:
        print("  无 / none")
    for t, n in s["tables"].items():
        print(f"  {t}: +{n['added']} −{n['removed']} ~{n['changed']}")
    for c in a.changes[:SHOWN]:
        what = f"{c.field}: {c.old} → {c.new}" if c.change == "changed" else c.change
        print(f"  [{c.table}] {c.key}  {what}  ({c.file_name or c.previous_file_name or '?'})")
    if len(a.changes) > SHOWN:
        print(f"  … 另有 {len(a.changes) - SHOWN} 条，用 --csv 查看全部 / {len(a.changes) - SHOWN} more: --csv writes them all")
    if a.moves:
        print("将变动的发布值 / published values that would move:")
        for m in a.moves[:SHOWN]:
            d = "" if m.delta is None else f" (Δ {m.delta:+g})"
            print(f"  [{m.table}] {m.key} {m.column}: {m.old} → {m.new}{d}  [{m.basis}]")
    for note in a.notes:
        print(f"  注 / note: {note}")
    if args.csv:
        df = a.df()
        with open(args.csv, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: opens in Excel with Chinese intact
            w = csv.writer(fh)
            w.writerow(df.columns)
            for row in df.itertuples(index=False):
                w.writerow([neutralise("" if v is None or v != v else v) for v in row])
        print(f"全部写入 / all written to {args.csv}")
    summarise(args, s)
    return EXIT_OK

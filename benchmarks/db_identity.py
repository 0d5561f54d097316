"""Is the curated database the same before and after a change of the ingest code? (issues 15, 20, 23)

The gate of a rewrite of ingestion is identity, not approximation: the same submissions
ingested by the old and the new code give the same database, table by table — curated
rows, quarantine cells, findings, non-data rows, submissions and the registry. Only what
records *when* a run happened differs between two runs (run ids, times), and is left out.

    # a database from the synthetic national year (or province, small), with this checkout:
    .venv/bin/python benchmarks/db_identity.py build --preset national --db /tmp/new.duckdb
    # the same with an older checkout (a git worktree), to compare against:
    git worktree add /tmp/oldwt <commit>
    (cd /tmp/oldwt && PYTHONPATH=$PWD /work/main/.venv/bin/python /work/main/benchmarks/db_identity.py \
        build --preset national --db /tmp/old.duckdb)
    # table by table: rows only in one of them, with examples
    .venv/bin/python benchmarks/db_identity.py diff /tmp/old.duckdb /tmp/new.duckdb

`build` also takes `--raw FOLDER` (any submission folder, its pairing list in `reference/`).
Both runs must use the same person key (the same $HOME or $DUIKOU_KEY_FILE) and the same
folder path (submissions record where their file was).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
# when a run happened, not what it wrote
VOLATILE = {"run_id", "ingested_at", "started_at", "finished_at", "seconds"}


def tables(con) -> list[tuple[str, str]]:
    return con.execute("SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database() "
                       "ORDER BY ALL").fetchall()


def diff(a: str, b: str, examples: int = 5) -> int:
    """Rows in one database and not the other (as multisets), per table; 0 when identical."""
    con = duckdb.connect()
    con.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
    con.execute(f"ATTACH '{b}' AS b (READ_ONLY)")

    def listing(db):
        # by table name: a table moved to another schema (a layer) is still the same table
        return {t: s for s, t in con.execute("SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = ?",
                                              [db]).fetchall()}

    ta, tb = listing("a"), listing("b")
    bad = 0
    for only, where in ((ta.keys() - tb.keys(), "only in A"), (tb.keys() - ta.keys(), "only in B")):
        for t in sorted(only):
            print(f"{t}: table {where}")
            bad += 1
    for t in sorted(ta.keys() & tb.keys()):
        sa, sb = ta[t], tb[t]
        cols_a = [c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE database_name='a' AND schema_name=? "
                                             "AND table_name=? ORDER BY column_index", [sa, t]).fetchall()]
        cols_b = {c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE database_name='b' AND schema_name=? "
                                             "AND table_name=?", [sb, t]).fetchall()}
        if set(cols_a) != cols_b:
            print(f"{t}: columns differ: only in A {sorted(set(cols_a) - cols_b)}, only in B {sorted(cols_b - set(cols_a))}")
            bad += 1
        cols = ", ".join(f'"{c}"' for c in cols_a if c in cols_b and c not in VOLATILE)
        n = con.execute(f'SELECT count(*) FROM a."{sa}"."{t}"').fetchone()[0]
        lines = []
        for x, y, label in (("a", "b", "only in A"), ("b", "a", "only in B")):
            q = f'SELECT {cols} FROM {x}."{ta[t] if x == "a" else tb[t]}"."{t}" EXCEPT ALL SELECT {cols} FROM {y}."{ta[t] if y == "a" else tb[t]}"."{t}"'
            k = con.execute(f"SELECT count(*) FROM ({q})").fetchone()[0]
            if k:
                lines.append(f"  {k} rows {label}, e.g.")
                lines += [f"    {r}" for r in con.execute(f"{q} ORDER BY ALL LIMIT {examples}").fetchall()]
        where = t if sa == sb else f"{t} ({sa} -> {sb})"
        if lines:
            bad += 1
            print(f"{where}: DIFFERENT ({n} rows in A)")
            print("\n".join(lines))
        else:
            print(f"{where}: identical ({n} rows)")
    print("IDENTICAL" if not bad else f"{bad} tables differ")
    return 1 if bad else 0


def build(raw: Path, db: Path, workers: int) -> None:
    from pipelines.ingest.run import ingest

    if db.exists():
        db.unlink()
    rep = ingest([str(raw)], db, workers=workers, show_progress=False)
    print(f"{db}: {len(rep.files)} files, {len(rep.failed)} failed")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="ingest a synthetic preset (or a folder) into a new database")
    g = b.add_mutually_exclusive_group(required=True)
    g.add_argument("--preset", choices=["small", "province", "national"])
    g.add_argument("--raw", type=Path, help="a submission folder")
    b.add_argument("--db", type=Path, required=True)
    b.add_argument("--workers", type=int, default=2)
    d = sub.add_parser("diff", help="compare two databases table by table")
    d.add_argument("a")
    d.add_argument("b")
    args = ap.parse_args()
    if args.cmd == "diff":
        return diff(args.a, args.b)
    raw = args.raw
    if args.preset:
        sys.path.insert(0, str(HERE))
        from run_benchmark import generate

        raw, _ = generate(args.preset, HERE / "out", regenerate=False)
    build(raw, args.db, args.workers)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())

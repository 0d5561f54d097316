"""connect()'s read-only copy: the byte copy under DuckDB's shared lock (pipelines.db.connection.
working_copy) against the baseline, DuckDB's own COPY FROM DATABASE into a new file, in the same
process, median of N runs each; also how long the working file is held (the copy's lock window).

    .venv/bin/python benchmarks/connect_copy.py data/curated/demo.duckdb [--runs 7]
"""
import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

from pipelines.db.connection import working_copy


def baseline(db: Path) -> duckdb.DuckDBPyConnection:
    tmp = Path(tempfile.mkdtemp(prefix="duikou-bench-"))
    dst = tmp / db.name
    mem = duckdb.connect(":memory:")
    mem.execute(f"ATTACH '{db}' AS s (READ_ONLY)")
    mem.execute(f"ATTACH '{dst}' AS d")
    mem.execute("COPY FROM DATABASE s TO d")
    mem.close()
    con = duckdb.connect(str(dst), read_only=True)
    shutil.rmtree(tmp)
    return con


def timed(f, db, runs):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        con = f(db)
        out.append(time.perf_counter() - t)
        assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] >= 0
        con.close()
    return statistics.median(out), min(out), max(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    size = a.db.stat().st_size / 2**20
    b = timed(baseline, a.db, a.runs)
    c = timed(working_copy, a.db, a.runs)
    print(f"{a.db} {size:.1f} MiB, median of {a.runs} (min-max)")
    print(f"  baseline COPY FROM DATABASE  {b[0]:.3f} s ({b[1]:.3f}-{b[2]:.3f})")
    print(f"  working_copy (byte copy)     {c[0]:.3f} s ({c[1]:.3f}-{c[2]:.3f})  ratio {c[0] / b[0]:.2f}")


if __name__ == "__main__":
    main()

"""Benchmark patient-level records (issue 21): ingest + indicators on DuckDB and on Spark, with
a researcher's pandas script as the baseline, on N million SYNTHETIC discharges.

    .venv/bin/python benchmarks/records_benchmark.py --rows 1 2      # millions of rows; ~2 min per million
    .venv/bin/python benchmarks/records_benchmark.py --rows 10 --skip-spark --skip-pandas

For each N: generate (cached in benchmarks/out/records-<N>M/, one UTF-8 CSV per million rows
and the facility dictionary), then, each in its own process, with wall time and the peak
resident memory of the process tree (the JVM included for Spark) sampled by psutil:

  pandas baseline     pandas.read_csv of every file + merge with the facility dictionary +
                      groupby county-month (what a researcher would write; no pseudonyms, no
                      cleaning, no rejects) — its time, or its memory failure
  ingest duckdb       `duikou records ingest` (read, pseudonymise, clean, store, indicators on DuckDB)
  ingest spark        the same with --engine spark (indicators by Spark SQL, local[2])
  indicators duckdb   the indicator SQL alone over the stored Parquet, DuckDB (memory limit set)
  indicators spark    the same SQL alone, Spark local[2] (session start included)

Ratios are against the pandas baseline measured in the same run. Results are printed and
written to OUT/records-benchmark.json after each N (a run stopped part way keeps the sizes it
finished); figures in benchmarks/README-records.md and, for the scale runs, the records section
of benchmarks/README.md.

Scale runs (issue 21 item 3: 10M, 50M, 100M rows within the memory limit, spilling):

    .venv/bin/python benchmarks/records_benchmark.py --rows 10 50 100 --skip-spark \
        --pandas-rows 10 --out /tmp/duikou-records-bench --cleanup

The generated million-row chunks are shared between the sizes (OUT/records-chunks/, each
N's input folder holds hard links to the first N of them), so 100M needs 100 chunks on disk
(about 19 GB), not 160; ``--cleanup`` removes each N's stored Parquet and input links once
measured. Each size also runs ``county_month.sql`` alone over its store with the memory limit
and a spill folder (``county_month duckdb``). The load average (``os.getloadavg``) is recorded
before each stage: on a shared machine the absolute times depend on it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from run_benchmark import run_stage  # noqa: E402 - after the sys.path lines above

PY = sys.executable
CHUNK = 1_000_000
ENV = {"DUIKOU_PERSON_KEY": "benchmark-synthetic-key-not-a-secret"}

PANDAS_BASELINE = r"""
import sys, glob, pandas as pd
files = sorted(glob.glob(sys.argv[1] + "/part-*.csv"))
fac = pd.read_csv(sys.argv[1] + "/机构字典.csv", dtype=str)
df = pd.concat([pd.read_csv(f, dtype=str) for f in files], ignore_index=True)
df = df.merge(fac[["机构代码", "所在地行政区划代码"]], left_on="医疗机构代码", right_on="机构代码", how="left")
d = pd.to_datetime(df["出院日期"], errors="coerce", format="mixed")
df["year"], df["month"] = d.dt.year, d.dt.month
df["inside"] = df["所在地行政区划代码"] == df["现住址行政区划代码"]
out = df.groupby(["现住址行政区划代码", "year", "month"])["inside"].agg(["size", "sum"])
print(len(df), len(out))
"""

INDICATORS_DUCKDB = "import sys; from pathlib import Path; from pipelines.records.indicators import run_duckdb; " \
                    "t = run_duckdb(Path(sys.argv[1]), memory_limit=sys.argv[2]); print(t['county_month'].num_rows)"
# the in-run baseline of the indicator stage: county_month.sql alone (the first indicators of
# issue 21), to show what the later ones (downward transfers: a self-join on the patient with a
# date window; diagnosis groups) cost on the same store in the same run
COUNTY_MONTH_ONLY = "import sys, duckdb; from pathlib import Path; from pipelines.records.indicators import sql_text, stored_files; " \
                    "c = duckdb.connect(); c.execute(f\"SET memory_limit = '{sys.argv[2]}'\"); " \
                    "(Path(sys.argv[1]) / '_tmp').mkdir(exist_ok=True); c.execute(f\"SET temp_directory = '{Path(sys.argv[1]) / '_tmp'}'\"); " \
                    "c.execute(f'CREATE VIEW records AS SELECT * FROM read_parquet({[str(f) for f in stored_files(Path(sys.argv[1]))]!r}, hive_partitioning = true)'); " \
                    "print(len(c.sql(sql_text('county_month')).fetchall()))"
INDICATORS_SPARK = "import sys; from pathlib import Path; from pipelines.records.spark_engine import run_spark; " \
                   "t = run_spark(Path(sys.argv[1]), 'local[2]'); print(t['county_month'].num_rows)"


def generate(millions: int, out: Path) -> Path:
    """The input folder of ``millions`` million rows: hard links to the first ``millions`` shared
    chunks of OUT/records-chunks/ (chunk k has seed 1000 + k, so any size holds the same first
    rows), each generated once, written under a temporary name and renamed when complete."""
    from pipelines.records import synthetic

    chunks = out.parent / "records-chunks"
    chunks.mkdir(parents=True, exist_ok=True)
    inp = out / "in"
    shutil.rmtree(out, ignore_errors=True)
    inp.mkdir(parents=True)
    t0 = time.perf_counter()
    made = 0
    for k in range(millions):
        f = chunks / f"part-{k:03d}.csv"
        if not f.exists():
            g = synthetic.generate(CHUNK, seed=1000 + k)
            tmp = chunks / f".part-{k:03d}.csv.tmp"
            synthetic.write_csv(g.records, tmp)
            tmp.rename(f)
            made += 1
        os.link(f, inp / f.name)
    synthetic.write_facilities(inp / "机构字典.csv")
    print(f"generated {made} chunk(s) of {CHUNK:,} rows in {time.perf_counter() - t0:.0f} s", flush=True)
    return inp


def stage(name: str, cmd: list[str], env: dict | None = None, before=None) -> dict:
    """run_stage with the load average (1, 5, 15 min) just before it: 2 shared cores."""
    load = [round(x, 2) for x in os.getloadavg()]
    s = run_stage(name, cmd, env, before=before)
    s["load_before"] = load
    return s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[1], help="millions of rows, one run each (default 1)")
    ap.add_argument("--memory-limit", default="2GB", help="DuckDB memory limit (default 2GB)")
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--skip-pandas", action="store_true")
    ap.add_argument("--pandas-rows", type=int, nargs="*", default=None,
                    help="run the pandas baseline only at these sizes (millions; default: every size)")
    ap.add_argument("--cleanup", action="store_true",
                    help="remove each size's stored Parquet and input links once measured (the shared chunks stay)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    ap.add_argument("--stored-only", action="store_true",
                    help="only the indicator stages, on the store an earlier run left in OUT/records-<N>M/db/records")
    args = ap.parse_args()
    results = {"machine": {"cpus": os.cpu_count(), "load_at_start": os.getloadavg(), "python": platform.python_version()},
               "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip(),
               "memory_limit": args.memory_limit, "runs": []}
    path = Path(args.out) / ("records-benchmark-indicators.json" if args.stored_only else "records-benchmark.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    for m in args.rows:
        out = Path(args.out) / f"records-{m}M"
        db = out / "db" / "duikou.duckdb"
        root = db.parent / "records"
        n = m * CHUNK
        stages = []
        if args.stored_only:
            if not list(root.glob("year=*/month=*/*.parquet")):
                sys.exit(f"no stored records under {root}: run without --stored-only first")
            stages.append(stage("county_month.sql alone", [PY, "-c", COUNTY_MONTH_ONLY, str(root), args.memory_limit], ENV))
            stages.append(stage("indicators duckdb", [PY, "-c", INDICATORS_DUCKDB, str(root), args.memory_limit], ENV))
            base = stages[0]
            for s in stages:
                s["rows_per_second"] = round(n / s["seconds"])
                s["time_vs_county_month"] = round(s["seconds"] / base["seconds"], 2)
                s["memory_vs_county_month"] = round(s["peak_mb"] / base["peak_mb"], 2)
                s.pop("stdout_tail", None)
            results["runs"].append({"rows": n, "stages": stages})
            print(json.dumps(stages, indent=1), flush=True)
            continue
        inp = generate(m, out)
        print(f"{n:,} rows ({sum(f.stat().st_size for f in inp.glob('*.csv')) / 1024**2:,.0f} MB of CSV)", flush=True)

        def fresh(db=db):
            shutil.rmtree(db.parent, ignore_errors=True)

        if not args.skip_pandas and (args.pandas_rows is None or m in args.pandas_rows):
            try:
                stages.append(stage("pandas baseline", [PY, "-c", PANDAS_BASELINE, str(inp)]))
            except SystemExit as exc:   # out of memory or killed: reported, not fatal
                stages.append({"stage": "pandas baseline", "failed": str(exc)})
        ingest = [PY, "-m", "pipelines.records.cli", "ingest", str(inp), "--db", str(db), "--quiet", "--memory-limit", args.memory_limit]
        stages.append(stage("ingest duckdb", ingest, ENV, before=fresh))
        stored = sum(f.stat().st_size for f in root.rglob("*.parquet"))
        stages.append(stage("county_month duckdb", [PY, "-c", COUNTY_MONTH_ONLY, str(root), args.memory_limit], ENV))
        stages.append(stage("indicators duckdb", [PY, "-c", INDICATORS_DUCKDB, str(root), args.memory_limit], ENV))
        if not args.skip_spark:
            stages.append(stage("indicators spark", [PY, "-c", INDICATORS_SPARK, str(root)], ENV))
            stages.append(stage("ingest spark", [*ingest, "--engine", "spark"], ENV, before=fresh))
        base = next((s for s in stages if s["stage"] == "pandas baseline" and "seconds" in s), None)
        for s in stages:
            if "seconds" in s:
                s["rows_per_second"] = round(n / s["seconds"])
                if base:
                    s["time_vs_pandas"] = round(s["seconds"] / base["seconds"], 2)
                    s["memory_vs_pandas"] = round(s["peak_mb"] / base["peak_mb"], 2)
            s.pop("stdout_tail", None)
        results["runs"].append({"rows": n, "stored_parquet_mb": round(stored / 1024**2), "stages": stages})
        print(json.dumps(stages, indent=1), flush=True)
        path.write_text(json.dumps(results, ensure_ascii=False, indent=1))   # after each size
        if args.cleanup:
            shutil.rmtree(out, ignore_errors=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()

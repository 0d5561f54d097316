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
written to benchmarks/out/records-benchmark.json; figures in benchmarks/README-records.md.
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
                    "c.execute(f'CREATE VIEW records AS SELECT * FROM read_parquet({[str(f) for f in stored_files(Path(sys.argv[1]))]!r}, hive_partitioning = true)'); " \
                    "print(len(c.sql(sql_text('county_month')).fetchall()))"
INDICATORS_SPARK = "import sys; from pathlib import Path; from pipelines.records.spark_engine import run_spark; " \
                   "t = run_spark(Path(sys.argv[1]), 'local[2]'); print(t['county_month'].num_rows)"


def generate(millions: int, out: Path) -> Path:
    from pipelines.records import synthetic

    inp = out / "in"
    marker = out / "generated.json"
    if marker.exists():
        return inp
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    for k in range(millions):
        g = synthetic.generate(CHUNK, seed=1000 + k)
        synthetic.write_csv(g.records, inp / f"part-{k:03d}.csv")
    synthetic.write_facilities(inp / "机构字典.csv")
    marker.write_text(json.dumps({"rows": millions * CHUNK, "seconds": round(time.perf_counter() - t0, 1)}))
    return inp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[1], help="millions of rows, one run each (default 1)")
    ap.add_argument("--memory-limit", default="2GB", help="DuckDB memory limit (default 2GB)")
    ap.add_argument("--skip-spark", action="store_true")
    ap.add_argument("--skip-pandas", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    ap.add_argument("--stored-only", action="store_true",
                    help="only the indicator stages, on the store an earlier run left in OUT/records-<N>M/db/records")
    args = ap.parse_args()
    results = {"machine": {"cpus": os.cpu_count(), "load_at_start": os.getloadavg(), "python": platform.python_version()},
               "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip(),
               "runs": []}
    for m in args.rows:
        out = Path(args.out) / f"records-{m}M"
        db = out / "db" / "duikou.duckdb"
        root = db.parent / "records"
        n = m * CHUNK
        stages = []
        if args.stored_only:
            if not list(root.glob("year=*/month=*/*.parquet")):
                sys.exit(f"no stored records under {root}: run without --stored-only first")
            stages.append(run_stage("county_month.sql alone", [PY, "-c", COUNTY_MONTH_ONLY, str(root), args.memory_limit], ENV))
            stages.append(run_stage("indicators duckdb", [PY, "-c", INDICATORS_DUCKDB, str(root), args.memory_limit], ENV))
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

        if not args.skip_pandas:
            try:
                stages.append(run_stage("pandas baseline", [PY, "-c", PANDAS_BASELINE, str(inp)]))
            except SystemExit as exc:   # out of memory or killed: reported, not fatal
                stages.append({"stage": "pandas baseline", "failed": str(exc)})
        ingest = [PY, "-m", "pipelines.records.cli", "ingest", str(inp), "--db", str(db), "--quiet", "--memory-limit", args.memory_limit]
        stages.append(run_stage("ingest duckdb", ingest, ENV, before=fresh))
        stages.append(run_stage("indicators duckdb", [PY, "-c", INDICATORS_DUCKDB, str(root), args.memory_limit], ENV))
        if not args.skip_spark:
            stages.append(run_stage("indicators spark", [PY, "-c", INDICATORS_SPARK, str(root)], ENV))
            stages.append(run_stage("ingest spark", [*ingest, "--engine", "spark"], ENV, before=fresh))
        base = next((s for s in stages if s["stage"] == "pandas baseline" and "seconds" in s), None)
        for s in stages:
            if "seconds" in s:
                s["rows_per_second"] = round(n / s["seconds"])
                if base:
                    s["time_vs_pandas"] = round(s["seconds"] / base["seconds"], 2)
                    s["memory_vs_pandas"] = round(s["peak_mb"] / base["peak_mb"], 2)
            s.pop("stdout_tail", None)
        results["runs"].append({"rows": n, "stages": stages})
        print(json.dumps(stages, indent=1), flush=True)
    path = Path(args.out) / ("records-benchmark-indicators.json" if args.stored_only else "records-benchmark.json")
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()

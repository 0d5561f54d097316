"""Does the GX child process (pipelines/validation/gx_process.py) earn its keep? ``duikou validate``
with the suites in a child process (the CLI's choice: GX is imported on the second core while
this process fetches the views and runs the data quality review) against the baseline, the
suites run in the calling process, each in a fresh interpreter (as the CLI runs), alternating,
median of N runs each. The database is copied first; no Data Docs, no report files.

    .venv/bin/python benchmarks/gx_child.py data/curated/demo.duckdb [--runs 5] [--profile P]
"""
import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CODE = """
import sys
from pipelines.validation.run import validate
validate(sys.argv[1], profile=sys.argv[2], out_dir=None, quiet=True, data_docs=False,
         gx_in_child=sys.argv[3] == "1")
"""


def one(db: Path, profile: str, in_child: bool) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", CODE, str(db), profile, "1" if in_child else "0"], check=True,
                   cwd=Path(__file__).resolve().parents[1])
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--profile", default="national-2009")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="duikou-gx-"))
    try:
        db = tmp / a.db.name
        shutil.copy(a.db, db)
        times = {False: [], True: []}
        one(db, a.profile, True)  # warm the file cache and the bytecode
        for _ in range(a.runs):
            for child in (False, True):
                times[child].append(one(db, a.profile, child))
        base, child = statistics.median(times[False]), statistics.median(times[True])
        size = a.db.stat().st_size / 2**20
        print(f"{a.db} {size:.1f} MiB, profile {a.profile}, median of {a.runs} (min-max), fresh process each")
        print(f"  baseline: suites in this process  {base:.2f} s ({min(times[False]):.2f}-{max(times[False]):.2f})")
        print(f"  GX child process                  {child:.2f} s ({min(times[True]):.2f}-{max(times[True]):.2f})"
              f"  ratio {child / base:.2f}, saves {base - child:.2f} s")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

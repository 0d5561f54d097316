"""CPU time of the parse half of ingestion (``parse_file``) on a seeded sample of a preset's files, in one
process: the figure to compare two code versions by (run each checkout's copy with PYTHONPATH pointing at it,
alternately). The files are read once beforehand, so the time is parsing, not the disk.

    .venv/bin/python benchmarks/parse_cpu.py --files 1500                     # this checkout
    (cd /tmp/old && PYTHONPATH=$PWD /work/main/.venv/bin/python /work/main/benchmarks/parse_cpu.py --files 1500)
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", default=str(ROOT / "benchmarks" / "out" / "national-2024" / "raw"),
                    help="a generated year (run_benchmark.py --preset national writes it)")
    ap.add_argument("--files", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    from pipelines.ingest.parse_file import parse_file
    from pipelines.privacy.person_id import PersonIds

    files = sorted(str(p) for p in Path(args.raw).rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods", ".csv"))
    if not files:
        raise SystemExit(f"no files under {args.raw}: generate them with run_benchmark.py first")
    sample = random.Random(args.seed).sample(files, min(args.files, len(files)))
    shas = {f: hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in sample}
    ids = PersonIds(b"benchmark-key-not-secret-0000000")
    for f in sample[:30]:  # imports, caches of catalogues and regular expressions
        parse_file(f, ids, shas[f])
    t0, c0 = time.perf_counter(), time.process_time()
    rows = 0
    for f in sample:
        rows += sum(s.rows_read for s in parse_file(f, ids, shas[f]).sheets)
    print(f"parse: {len(sample)} files, {rows} rows, {time.process_time() - c0:.2f} s CPU, {time.perf_counter() - t0:.2f} s wall")


if __name__ == "__main__":
    main()

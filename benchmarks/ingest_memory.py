"""Peak memory of `duikou ingest` as the run grows (issue 23).

The peak resident memory of the whole process tree (the main process and its reader
processes, sampled every 50 ms) for the national preset's files once, three times and ten
times over (the repeats are copies of the preset's files in further folders, as the issue
allows: they are read and spooled again, their rows are found unchanged), and for one sheet
of 1,000,000 rows, under the default budget and under a larger one.

    .venv/bin/python benchmarks/ingest_memory.py                 # 1x, 3x, 1M rows (~6 min)
    .venv/bin/python benchmarks/ingest_memory.py --times 1 3 10  # + 10x (~15 min more)

Figures go to benchmarks/out/ingest-memory.json and benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PY = sys.executable


class TreePeak(threading.Thread):
    """The largest sum of resident memory over a process and all its descendants."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.main_peak = 0
        self._halt = threading.Event()

    def run(self):
        while not self._halt.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
                self.main_peak = max(self.main_peak, self.proc.memory_info().rss)
            except psutil.Error:
                break
            time.sleep(self.interval)

    def stop(self):
        self._halt.set()
        self.join()


def ingest(raw: Path, db: Path, env: dict | None = None) -> dict:
    for p in (db, Path(str(db) + ".wal")):
        if p.exists():
            p.unlink()
    t0 = time.perf_counter()
    proc = subprocess.Popen([PY, "-m", "pipelines", "ingest", "--quiet", str(raw), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})
    watch = TreePeak(proc.pid)
    watch.start()
    out, err = proc.communicate()
    watch.stop()
    return {"exit": proc.returncode, "seconds": round(time.perf_counter() - t0, 1), "peak_tree_mib": round(watch.peak / 2**20),
            "peak_main_mib": round(watch.main_peak / 2**20), "tail": (out + err).strip().splitlines()[-3:]}


def repeated(raw: Path, times: int) -> Path:
    """The preset's files ``times`` over: the original folder plus copies."""
    if times == 1:
        return raw
    dest = OUT / f"national-x{times}"
    marker = dest / ".complete"
    if marker.exists():
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    for k in range(times):
        shutil.copytree(raw, dest / f"copy{k}")
    marker.write_text("ok")
    return dest


def million_rows(path: Path, n: int = 1_000_000) -> Path:
    """One CSV sheet of hospital monthly statistics, SYNTHETIC, ``n`` rows."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(7)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["合成数据 SYNTHETIC 受援医院月度业务统计（百万行）"])
        w.writerow(["受援医院", "年份", "月份", "门急诊人次", "出院人数", "下转人次", "外转人次"])
        for i in range(n):
            w.writerow([f"合成第{i % 997}卫生院", 2000 + (i // 12) % 25, 1 + i % 12, rnd.randint(100, 9000), rnd.randint(10, 900),
                        rnd.randint(0, 50), rnd.randint(0, 50)])
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--times", type=int, nargs="+", default=[1, 3])
    ap.add_argument("--skip-million", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from run_benchmark import generate

    raw, info = generate("national", OUT, regenerate=False)
    results: dict = {"files_per_copy": info["files"], "runs": {}}
    db = OUT / "memory.duckdb"
    for t in args.times:
        r = ingest(repeated(raw, t), db)
        results["runs"][f"national x{t}"] = r
        print(f"national x{t}: {r}", flush=True)
    if not args.skip_million:
        big = million_rows(OUT / "million" / "SYNTHETIC_百万行月报.csv")
        for label, env in (("1M rows, default budget", {}), ("1M rows, --memory-limit 12GB", {"DUIKOU_MEMORY_LIMIT": "12GB"})):
            r = ingest(big.parent, db, env)
            results["runs"][label] = r
            print(f"{label}: {r}", flush=True)
    runs = results["runs"]
    if "national x1" in runs:
        base = runs["national x1"]["peak_tree_mib"]
        results["peak_ratio_vs_x1"] = {k: round(v["peak_tree_mib"] / base, 2) for k, v in runs.items() if k.startswith("national")}
    (OUT / "ingest-memory.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print(json.dumps(results.get("peak_ratio_vs_x1"), ensure_ascii=False))
    if db.exists():
        db.unlink()


if __name__ == "__main__":
    main()

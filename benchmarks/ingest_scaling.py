"""Ingest time per 100,000 rows read as the year grows (issue 20): small → province → national → 3× national.

Each preset is a separate generated year (`national.py`; `national3x` has three times the national
hospitals, so three times the distinct files and rows — not copies), ingested into a fresh database
by `duikou ingest --json` with 2 readers. The figure that shows whether growth is linear is the
seconds per 100,000 rows read (and per 1,000 files): constant means linear.

    .venv/bin/python benchmarks/ingest_scaling.py                       # all four (~15 min to generate 3× once, ~5 min to run)
    .venv/bin/python benchmarks/ingest_scaling.py --presets small province

Generated files are cached in benchmarks/out/<preset>-2024/raw/ (as run_benchmark.py does); results go to
benchmarks/out/ingest-scaling.json and benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run_benchmark import PY, _phases, data_files, generate, run_stage  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--presets", nargs="+", default=["small", "province", "national", "national3x"])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--out", default=str(HERE / "out"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    print(f"ingest scaling — {args.workers} workers, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.2f} at start", flush=True)
    rows_out = []
    import duckdb

    for preset in args.presets:
        raw, info = generate(preset, out, False)
        work = raw.parent
        db = work / "scaling.duckdb"

        def fresh():
            for p in (db, db.with_name(db.name + ".wal")):
                p.unlink(missing_ok=True)

        env = {"DUIKOU_KEY_FILE": str(work / "bench.key")}
        cmd = [PY, "-m", "pipelines", "ingest", "--quiet", "--json", "--workers", str(args.workers), str(raw), "--db", str(db)]
        st = run_stage(f"ingest {preset}", cmd, env, args.repeat, fresh)
        phases = _phases(st.pop("stdout"))
        con = duckdb.connect(str(db), read_only=True)
        rows_read, sheets = con.execute("SELECT sum(rows_read), count(*) FROM submissions").fetchone()
        con.close()
        n_files = len(data_files(raw))
        row = {"preset": preset, "files": n_files, "sheets": sheets, "rows_read": rows_read, "seconds": st["seconds"],
               "peak_mb": st["peak_mb"], "phases": phases,
               "s_per_100k_rows": round(st["seconds"] / rows_read * 100_000, 2),
               "s_per_1000_files": round(st["seconds"] / n_files * 1000, 2),
               "parse_s_per_100k_rows": round(phases.get("parse", 0) / rows_read * 100_000, 2),
               "write_s_per_100k_rows": round(phases.get("write", 0) / rows_read * 100_000, 2)}
        rows_out.append(row)
        fresh()
    print(f"\n  {'preset':<12}{'files':>8}{'rows read':>12}{'ingest s':>10}{'s/100k rows':>13}{'parse':>8}{'write':>8}{'s/1k files':>12}{'peak MB':>9}")
    for r in rows_out:
        print(f"  {r['preset']:<12}{r['files']:>8,}{r['rows_read']:>12,}{r['seconds']:>10.1f}{r['s_per_100k_rows']:>13.2f}"
              f"{r['parse_s_per_100k_rows']:>8.2f}{r['write_s_per_100k_rows']:>8.2f}{r['s_per_1000_files']:>12.2f}{r['peak_mb']:>9.0f}")
    path = out / "ingest-scaling.json"
    path.write_text(json.dumps({"workers": args.workers, "repeat": args.repeat, "cpu_count": os.cpu_count(), "runs": rows_out},
                               ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nwritten {path}")


if __name__ == "__main__":
    main()

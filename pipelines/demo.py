"""`duikou demo`: the whole road on bundled synthetic data.

generate (data/raw/synthetic-demo) -> ingest -> validate -> report. The demo uses its own
database (data/curated/demo.duckdb by default), rebuilt on every run, so it never mixes
synthetic rows into a database of real submissions.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from pipelines.db.connection import PROJECT_ROOT

DEMO_DB = PROJECT_ROOT / "data" / "curated" / "demo.duckdb"


def _step(n: int, text: str) -> None:
    print(f"\n[{n}/4] {text}", flush=True)


def run_demo(raw: Path, db: Path | None, out: Path, year: int = 2024, profile: str = "national-2009") -> int:
    from pipelines.db.connection import default_db_path
    from pipelines.ingest.run import ingest
    from pipelines.ingest.summary import format_report
    from pipelines.report.build import build_report
    from pipelines.synthetic.generate import generate
    from pipelines.synthetic.render_standard import write_standard
    from pipelines.validation.run import validate

    db = Path(db) if db and Path(db) != default_db_path() else DEMO_DB
    t0 = time.perf_counter()
    _step(1, f"生成合成数据 / generating synthetic data into {raw}")
    if raw.exists():
        shutil.rmtree(raw)
    truth = generate(years=tuple(range(year - 2, year + 1)))
    files = write_standard(truth, raw)
    print(f"  {len(files)} 个文件 / files (合成数据 SYNTHETIC); {len(truth.planted)} 处预置违规 / planted violations")

    _step(2, f"导入 / ingesting into {db}")
    for p in (db, db.with_suffix(db.suffix + ".wal")):
        if p.exists():
            p.unlink()
    rep = ingest([str(raw)], db, show_progress=sys.stderr.isatty())
    print(format_report(rep).splitlines()[-3 if rep.skipped else -2])
    if rep.failed:
        print(format_report(rep), file=sys.stderr)
        return 2

    _step(3, f"规则核查 / validating with profile {profile}")
    run = validate(db, profile=profile, out_dir=out, quiet=True, gx_in_child=True)
    print(run.summary_text())

    _step(4, f"生成报告 / rendering the {year} report")
    rpt = build_report(db, year=year, profile=profile, out_dir=out)
    print(f"  报告 report: {rpt.html}\n  清单 manifest: {rpt.manifest}\n  核查 validation: {run.html}")
    print(f"\n完成 / done in {time.perf_counter() - t0:.0f} s. 数据库 database: {db}")
    return 0

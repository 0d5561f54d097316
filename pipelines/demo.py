"""`duikou demo`: the whole road on bundled synthetic data.

generate (data/raw/synthetic-demo) -> ingest -> records ingest -> validate -> report. The demo
uses its own database (data/curated/demo.duckdb by default) and its own records store
(data/curated/demo-records/ beside it), rebuilt on every run, so it never mixes synthetic rows
into a database or records store of real submissions.

The records step writes a small SYNTHETIC sample of the report year's discharge records (2% of
what the forms count, consistent with the demo's hospitals and forms: pipelines/records/
synthetic.py ``from_forms``) to data/raw/synthetic-demo-records/ and ingests it, so the demo
database has the records views the report's records section and data-quality annex read.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from pipelines.db.connection import PROJECT_ROOT

DEMO_DB = PROJECT_ROOT / "data" / "curated" / "demo.duckdb"


STEPS = 5
RECORDS_FRACTION = 0.02   # the demo's records: a 2% sample of the report year (about 18,000 discharges)


def _step(n: int, text: str) -> None:
    print(f"\n[{n}/{STEPS}] {text}", flush=True)


def records_paths(raw: Path, db: Path) -> tuple[Path, Path]:
    """Where the demo writes its records exports (beside the forms folder, not in it) and its store."""
    return raw.with_name(raw.name + "-records"), db.with_name(db.stem + "-records")


def _records(raw: Path, db: Path, year: int) -> int:
    """Generate the demo's discharge records from the forms just ingested and ingest them."""
    from pipelines.db.connection import connect
    from pipelines.records import synthetic
    from pipelines.records.ingest import ingest_records

    exports, store = records_paths(raw, db)
    for d in (exports, store):
        if d.exists():
            shutil.rmtree(d)
    con = connect(db, live=True)
    try:
        g, dictionary = synthetic.from_forms(con, year, fraction=RECORDS_FRACTION)
    finally:
        con.close()
    synthetic.write_parquet(g.records, exports / f"出院记录_{year}_SYNTHETIC.parquet")
    synthetic.write_csv(dictionary, exports / "机构字典_SYNTHETIC.csv")
    rep = ingest_records([str(exports)], db, records_dir=store, show_progress=False)
    stored = sum(f.rows_stored for f in rep.files)
    print(f"  {stored:,} 条出院记录入库（合成抽样 SYNTHETIC, {RECORDS_FRACTION:.0%}） / discharge records stored; "
          f"records_county_month {rep.county_months} 行/rows")
    if rep.failed or rep.usage_error:
        from pipelines.records.ingest import format_report
        print(format_report(rep), file=sys.stderr)
        return 2
    return 0


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

    _step(3, f"病案首页记录 / discharge records (SYNTHETIC sample of {year})")
    if _records(raw, db, year):
        return 2

    _step(4, f"规则核查 / validating with profile {profile}")
    run = validate(db, profile=profile, out_dir=out, quiet=True)
    print(run.summary_text())

    _step(5, f"生成报告 / rendering the {year} report")
    rpt = build_report(db, year=year, profile=profile, out_dir=out)
    print(f"  报告 report: {rpt.html}\n  清单 manifest: {rpt.manifest}\n  核查 validation: {run.html}")
    print(f"\n完成 / done in {time.perf_counter() - t0:.0f} s. 数据库 database: {db}")
    return 0

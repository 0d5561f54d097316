"""``duikou records ingest``: the command line over pipelines.records.ingest (no logic here).

pipelines/cli.py adds it with ``register(sub)`` after its other commands.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_FILES_FAILED, EXIT_BUSY, EXIT_USAGE, EXIT_ENVIRONMENT = 0, 2, 3, 4, 5
ENGINE_ENV, MASTER_ENV = "DUIKOU_RECORDS_ENGINE", "DUIKOU_SPARK_MASTER"


def register(subparsers) -> argparse.ArgumentParser:
    """Add ``records`` (with its ``ingest`` subcommand) to the parser's subcommands."""
    from pipelines.db.connection import default_db_path
    from pipelines.records.defaults import DEFAULT_MEMORY_LIMIT
    from pipelines.records.spark_engine import DEFAULT_MASTER

    rec = subparsers.add_parser("records", help="病案首页/医保结算清单记录 / patient-level discharge records",
                                description="病案首页（住院病案首页）或医保结算清单的患者级出院记录 / patient-level "
                                            "discharge records (inpatient front sheets, insurance settlement lists)")
    rsub = rec.add_subparsers(dest="records_command", required=True)
    s = rsub.add_parser(
        "ingest", help="读取出院记录，生成县-月、医院-月指标 / read discharge records; county-month and hospital-month indicators",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
        description="Reads CSV (UTF-8, GBK, GB18030) or Parquet exports, one file or folders partitioned by month "
                    "or hospital; ID numbers and 病案号 become keyed pseudonyms as they are read. Stores Parquet "
                    "under records/ beside the database and creates the views records_county_month, "
                    "records_hospital_month and records_rejects.",
        epilog="example: duikou records ingest exports/2024/ --facilities 机构字典.xlsx --db data/curated/duikou.duckdb")
    s.add_argument("paths", nargs="+", metavar="PATH", help="记录文件或文件夹（CSV、Parquet）；其中的机构字典文件作为机构字典使用 / record files or folders (CSV, Parquet); a 机构字典 file among them is used as the facility dictionary")
    s.add_argument("--db", default=str(default_db_path()), help="DuckDB 数据库文件；记录存于其旁的 records/ / DuckDB file; the records go to records/ beside it ($DUIKOU_DB)")
    s.add_argument("--facilities", action="append", default=[], metavar="FILE",
                   help="机构字典（机构代码、机构名称、所在地行政区划代码、机构级别），CSV/xlsx，可重复 / facility dictionary, CSV/xlsx; repeatable")
    s.add_argument("--engine", choices=["duckdb", "spark"], default=os.environ.get(ENGINE_ENV, "duckdb"),
                   help=f"计算指标的引擎 / engine for the indicators (${ENGINE_ENV})")
    s.add_argument("--spark-master", default=os.environ.get(MASTER_ENV, DEFAULT_MASTER),
                   help=f"Spark 主节点地址（--engine spark 时） / Spark master URL with --engine spark, e.g. spark://host:7077 (${MASTER_ENV})")
    s.add_argument("--records-dir", default=None, metavar="DIR",
                   help="Parquet 存储目录，默认为数据库旁的 records/ / the Parquet store; default: records/ beside --db. With a Spark cluster: a folder every executor can read")
    s.add_argument("--memory-limit", default=DEFAULT_MEMORY_LIMIT,
                   help="DuckDB 内存上限，超出部分写入 records/_tmp / DuckDB memory limit; beyond it DuckDB spills to records/_tmp ($DUIKOU_RECORDS_MEMORY)")
    s.add_argument("--json", action="store_true", default=False, help="输出机器可读的 JSON 摘要 / print a machine-readable summary instead of text")
    s.add_argument("--quiet", action="store_true", default=False, help="不显示进度条 / no progress bar")
    s.set_defaults(func=cmd_records_ingest)

    g = rsub.add_parser(
        "generate", help="生成合成出院记录（含预设的结对效果） / write SYNTHETIC discharge records with a planted pairing effect",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
        description="Writes SYNTHETIC discharge records of a fictional province (codes 9903xx) over several years as "
                    "Parquet, one file per month, with the facility dictionary and planted_effect.json (the truth): "
                    "the within-county share of the paired counties' residents rises by --effect-pp percentage points "
                    "from the pairing's start (pipelines/records/synthetic_panel.py).",
        epilog="example: duikou records generate --rows 1000000 --out /tmp/records-synthetic --effect-pp 5")
    g.add_argument("--rows", type=int, default=200_000, help="记录数（约） / number of records (about)")
    g.add_argument("--out", required=True, metavar="DIR", help="输出文件夹 / output folder")
    g.add_argument("--effect-pp", type=float, default=5.0, help="结对后县域内住院率上升的百分点 / planted rise of the within-county share, percentage points")
    g.add_argument("--counties", type=int, default=12, help="县数 / counties")
    g.add_argument("--treated", type=int, default=6, help="结对的县数 / paired counties (two cohorts: 1 January and 1 July of the second year)")
    g.add_argument("--first-year", type=int, default=2022, help="第一年 / first year")
    g.add_argument("--last-year", type=int, default=2024, help="最后一年 / last year")
    g.add_argument("--seed", type=int, default=21, help="随机种子 / random seed")
    g.add_argument("--json", action="store_true", default=False, help="输出 JSON 摘要 / print a JSON summary")
    g.set_defaults(func=cmd_records_generate)
    return rec


def cmd_records_generate(args) -> int:
    """Write the SYNTHETIC panel and its truth; exit 0, or 4 for a design that cannot be made."""
    from dataclasses import asdict

    from pipelines.records import synthetic_panel

    try:
        if args.rows < 1 or args.last_year < args.first_year + 1:
            raise ValueError("--rows 至少为 1，且至少两年 / --rows must be at least 1 and the years at least two")
        t = synthetic_panel.write(args.out, args.rows, counties=args.counties, treated=args.treated,
                                  years=tuple(range(args.first_year, args.last_year + 1)), effect_pp=args.effect_pp,
                                  seed=args.seed)
    except ValueError as exc:
        print(f"duikou records: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps({"out": str(args.out), **asdict(t)}, ensure_ascii=False, indent=2))
    else:
        print(f"{t.rows:,} 条合成出院记录（SYNTHETIC）→ {args.out}；预设效果 planted effect +{t.effect_pp} pp "
              f"（{len(t.paired_from)}/{len(t.counties)} 个县结对 counties paired）；真值 truth: "
              f"{Path(args.out) / synthetic_panel.TRUTH_FILE}")
    return EXIT_OK


def cmd_records_ingest(args) -> int:
    """Run the ingest; exit 0 ok, 2 some files failed (or none found), 3 database in use by another
    duikou process, 4 usage, 5 environment (disk full, read-only, permission, memory, no Java for Spark)."""
    from pipelines.db.connection import DatabaseBusy
    from pipelines.errors import environment_problem
    from pipelines.records.ingest import format_report, ingest_records
    from pipelines.records.spark_engine import SparkUnavailable
    from pipelines.safe_text import for_terminal

    def say(text: str) -> None:
        print(f"duikou records: {for_terminal(text)}", file=sys.stderr)

    try:
        rep = ingest_records(args.paths, Path(args.db), facility_files=args.facilities, engine=args.engine,
                             spark_master=args.spark_master, memory_limit=args.memory_limit,
                             records_dir=Path(args.records_dir) if args.records_dir else None,
                             show_progress=not (args.quiet or args.json))
    except SparkUnavailable as exc:
        say(str(exc))
        return EXIT_ENVIRONMENT
    except DatabaseBusy as exc:
        say(str(exc))
        return EXIT_BUSY
    except Exception as exc:  # disk full, read-only, permission, memory: named as such; anything else is a bug
        problem = environment_problem(exc)
        if not problem:
            raise
        say(problem)
        return EXIT_ENVIRONMENT
    if args.json:
        print(json.dumps(rep.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(for_terminal(format_report(rep)))
    if rep.usage_error:
        say(rep.usage_error)
        return EXIT_USAGE
    if not rep.files:
        say("没有找到记录文件（.csv、.parquet） / no record files (.csv, .parquet) found under the given paths")
        return EXIT_FILES_FAILED
    return EXIT_FILES_FAILED if rep.failed or rep.missing_paths else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """``python -m pipelines.records.cli ingest ...``: the command without the rest of duikou's CLI
    (benchmarks, and before pipelines/cli.py registers it)."""
    parser = argparse.ArgumentParser(prog="duikou")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["records", *(argv if argv is not None else sys.argv[1:])])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

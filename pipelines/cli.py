"""The `duikou` command line. Every command prints what it did; errors are messages, not tracebacks."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_FILES_FAILED = 2
EXIT_BUSY = 3
EXIT_USAGE = 4
EXIT_ERROR = 1
EXIT_ENVIRONMENT = 5   # disk full, read-only, permission, damaged database, out of memory
EXIT_INTERRUPTED = 130


def _db_arg(p: argparse.ArgumentParser) -> None:
    from pipelines.db.connection import default_db_path

    p.add_argument("--db", default=None, help=f"DuckDB file (default {default_db_path()}, or $DUIKOU_DB)")


def _db(args) -> Path:
    from pipelines.db.connection import default_db_path

    return Path(args.db) if args.db else default_db_path()


def cmd_ingest(args) -> int:
    from pipelines.ingest.run import ingest
    from pipelines.ingest.summary import format_report

    if args.explain:
        from pipelines.ingest import mapping_overrides
        from pipelines.ingest.explain import explain

        fixes = mapping_overrides.load(Path(args.overrides) if args.overrides else mapping_overrides.default_overrides_file(_db(args)))
        ok = True
        for f in args.explain:
            text, read = explain(f, fixes)
            print(text)
            ok = ok and read
        return EXIT_OK if ok else EXIT_FILES_FAILED
    if not (args.paths or args.pairings or args.registry):
        print("duikou ingest: 请给出文件或文件夹 / give files or folders to ingest (or --pairings FILE)", file=sys.stderr)
        return EXIT_USAGE
    rep = ingest(args.paths, _db(args), dry_run=args.dry_run, workers=args.workers, show_progress=not args.quiet,
                 pairings=args.pairings, registries=args.registry, names=args.names, overrides=args.overrides)
    print(format_report(rep, verbose=args.verbose))
    if not rep.files and not rep.unchanged_files and not args.pairings:
        print("没有找到任何电子表格 / no spreadsheets found under the given paths", file=sys.stderr)
        return EXIT_FILES_FAILED
    return EXIT_FILES_FAILED if rep.failed else EXIT_OK


def cmd_hospitals(args) -> int:
    from pipelines.ingest import confirmed_names
    from pipelines.ingest.run import ingest
    from pipelines.ingest.summary import format_report
    from pipelines.ingest.unresolved_names import confirm, format_unresolved, unresolved

    db = _db(args)
    names_file = Path(args.names) if args.names else confirmed_names.default_names_file(db)
    if args.confirm or args.new:
        for line in confirm(db, names_file, args.confirm, args.new,
                            {"county": args.county, "level": args.level, "category": args.category, "code": args.code}):
            print(f"已记录 / recorded: {line}")
        print(f"确认文件 / confirmations file: {names_file}")
        if not args.no_apply:  # re-read the rows held for these names, now
            rep = ingest([], db, show_progress=False, names=names_file)
            print(f"重新读取 {len(rep.reresolved_files)} 个含待识别医院的文件 / re-read {len(rep.reresolved_files)} files with held rows")
            print(format_report(rep))
    print(format_unresolved(unresolved(db), names_file))
    return EXIT_OK


def cmd_quarantine(args) -> int:
    from pipelines.ingest.quarantine import list_quarantine

    print(list_quarantine(_db(args), form=args.form, limit=args.limit, csv_path=args.csv))
    return EXIT_OK


def cmd_validate(args) -> int:
    from pipelines.validation.run import validate

    res = validate(_db(args), profile=args.profile, out_dir=Path(args.out), gx_in_child=True)
    print(res.summary_text())
    return EXIT_OK


def cmd_suites(args) -> int:
    from pipelines.validation.profiles import list_profiles, load_profile
    from pipelines.validation.suites import render_suites, stored_suites, write_suites

    names = [args.profile] if args.profile else list_profiles()
    stale = []
    for name in names:
        prof = load_profile(name)
        if args.write:
            for p in write_suites(prof):
                print(f"wrote {p}")
        else:
            _, current = stored_suites(prof)
            n = sum(len(s["expectations"]) for s in render_suites(prof).values())
            print(f"{name}: {len(prof.rules)} rules, {n} expectations, suite files {'up to date' if current else 'OUT OF DATE'}")
            stale += [] if current else [name]
    if stale and not args.write:
        print("运行 `duikou suites --write` 更新套件文件 / run `duikou suites --write` to update the suite files", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_report(args) -> int:
    from pipelines.report.build import build_report

    out = build_report(_db(args), year=args.year, profile=args.profile, out_dir=Path(args.out), lang=args.lang, region=args.region,
                       pdf=args.pdf)
    print(f"报告已生成 / report written: {out.html}\n运行清单 / manifest: {out.manifest}")
    if out.pdf:
        print(f"PDF（A4）/ PDF (A4): {out.pdf}")
    return EXIT_OK


def cmd_export(args) -> int:
    from pipelines.export import export_indicators

    res = export_indicators(_db(args), year=args.year, out_dir=Path(args.out), profile=args.profile, region=args.region,
                            formats=tuple(f.strip() for f in args.format.split(",") if f.strip()))
    print(f"已导出 {res.tables} 个指标表 / exported {res.tables} indicator tables:")
    for f in res.files:
        print(f"  {f}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from pipelines.demo import run_demo

    return run_demo(Path(args.raw), _db(args), Path(args.out), year=args.year, profile=args.profile)


def cmd_generate(args) -> int:
    from pipelines.synthetic.generate import generate
    from pipelines.synthetic.render_standard import write_standard

    truth = generate(seed=args.seed, years=tuple(range(args.first_year, args.last_year + 1)))
    files = write_standard(truth, Path(args.out))
    print(f"已生成 {len(files)} 个合成数据文件 / wrote {len(files)} synthetic files to {args.out}")
    return EXIT_OK


def cmd_dictionary(args) -> int:
    from pipelines.data_dictionary import render_markdown

    text = render_markdown()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    else:
        print(text)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="duikou", description="城乡医院对口支援评估 / counterpart-support evaluation pipeline")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="读取报送表格入库 / read spreadsheets into the database")
    s.add_argument("paths", nargs="*", help="files or folders of submissions (xlsx, xlsm, xls, ods, csv)")
    s.add_argument("--pairings", action="append", default=[], metavar="FILE",
                   help="the province's pairing list (附件1); establishes the hospitals and pairings (repeatable). "
                        "Files in a folder named 'reference' under PATH are applied the same way")
    s.add_argument("--names", default=None, metavar="FILE",
                   help="confirmed hospital names (default: hospital-names.yaml beside the database; see `duikou hospitals`)")
    s.add_argument("--overrides", default=None, metavar="FILE",
                   help="mapping overrides: how to read sheets the heuristics get wrong (default: mapping-overrides.yaml beside the database)")
    s.add_argument("--registry", action="append", default=[], metavar="FILE",
                   help="a hospital code list (机构代码 …), when there is one; maps codes onto the hospitals (repeatable)")
    _db_arg(s)
    s.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    s.add_argument("--explain", action="append", default=[], metavar="FILE",
                   help="show how each sheet of FILE is read (form, header rows, column map, context, where each row goes); writes nothing")
    s.add_argument("--workers", type=int, default=None, help="parallel reader processes (default: 2 or the number of cores)")
    s.add_argument("--quiet", action="store_true", help="no progress bar")
    s.add_argument("--verbose", action="store_true", help="notes for every sheet")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("hospitals", help="无法识别的医院名称及确认 / hospital names that did not resolve, and confirming them")
    _db_arg(s)
    s.add_argument("--names", default=None, metavar="FILE",
                   help="confirmed-names file (default: hospital-names.yaml beside the database)")
    s.add_argument("--confirm", action="append", default=[], metavar="NAME=HOSPITAL",
                   help="confirm that a name as written means a known hospital (official name or hospital_id); repeatable")
    s.add_argument("--new", action="append", default=[], metavar="NAME", help="add a hospital the pairing list does not name")
    s.add_argument("--county", default=None, help="with --new: its county")
    s.add_argument("--level", default=None, help="with --new: 三级/二级/一级/未定级")
    s.add_argument("--category", default=None, help="with --new: e.g. 综合医院, 乡镇卫生院")
    s.add_argument("--code", default=None, help="with --new: its official code, if known")
    s.add_argument("--no-apply", action="store_true", help="only record the confirmations; the next ingest applies them")
    s.set_defaults(func=cmd_hospitals)

    s = sub.add_parser("quarantine", help="列出隔离行 / list quarantined rows to fix")
    _db_arg(s)
    s.add_argument("--form", default=None, help="only this form (curated table name)")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--csv", default=None, help="write all quarantined rows to this CSV for the data manager")
    s.set_defaults(func=cmd_quarantine)

    s = sub.add_parser("validate", help="按项目方案核查规则 / check the programme's rules")
    _db_arg(s)
    s.add_argument("--profile", default="national-2009", help="programme profile (expectations/profiles/NAME.yaml)")
    s.add_argument("--out", default="reports", help="folder for the HTML summary and GX Data Docs")
    s.set_defaults(func=cmd_validate)

    s = sub.add_parser("suites", help="由项目方案生成 GX 套件文件 / render GX suite files from the profiles")
    s.add_argument("--profile", default=None, help="one profile (default: all)")
    s.add_argument("--write", action="store_true", help="write expectations/suites/<profile>/*.json")
    s.set_defaults(func=cmd_suites)

    s = sub.add_parser("report", help="生成年度评估报告 / render the annual evaluation report")
    s.add_argument("--year", type=int, required=True)
    _db_arg(s)
    s.add_argument("--profile", default="national-2009")
    s.add_argument("--out", default="reports")
    s.add_argument("--lang", default="zh", choices=["zh", "en"])
    s.add_argument("--region", default=None, help="only this city or county (name or 6-digit code)")
    s.add_argument("--pdf", action="store_true",
                   help="同时生成 A4 PDF（需要 Chromium） / also write an A4 PDF beside the HTML (needs Chromium)")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("export", help="导出指标表（CSV、Excel） / export indicator tables to CSV and Excel")
    s.add_argument("--year", type=int, required=True)
    _db_arg(s)
    s.add_argument("--profile", default="national-2009")
    s.add_argument("--region", default=None, help="only this city or county (name or 6-digit code)")
    s.add_argument("--out", default="reports/exports")
    s.add_argument("--format", default="csv,xlsx", help="csv, xlsx or both (comma-separated)")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("demo", help="合成数据端到端演示 / synthetic data end to end: generate, ingest, validate, report")
    _db_arg(s)
    s.add_argument("--raw", default="data/raw/synthetic-demo")
    # (--db defaults to data/curated/demo.duckdb for the demo, rebuilt each run)
    s.add_argument("--out", default="reports")
    s.add_argument("--year", type=int, default=2024)
    s.add_argument("--profile", default="national-2009")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("generate", help="只生成合成数据表格 / write synthetic spreadsheets only")
    s.add_argument("--out", default="data/raw/synthetic-demo")
    s.add_argument("--seed", type=int, default=20240601)
    s.add_argument("--first-year", type=int, default=2022)
    s.add_argument("--last-year", type=int, default=2024)
    s.set_defaults(func=cmd_generate)

    s = sub.add_parser("dictionary", help="数据字典 / print the data dictionary (Markdown)")
    s.add_argument("--out", default=None)
    s.set_defaults(func=cmd_dictionary)

    from pipelines.templates import add_template_parser

    add_template_parser(sub)  # `duikou template`: a form to fill, as an .xlsx (sets its own func)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from pipelines.db.connection import DatabaseBusy, DatabaseMissing
    from pipelines.errors import UserError, environment_problem
    from pipelines.safe_text import for_terminal

    def say(text: str) -> None:
        print(f"duikou: {for_terminal(text)}", file=sys.stderr)

    try:
        return args.func(args)
    except DatabaseBusy as exc:
        say(str(exc))
        return EXIT_BUSY
    except DatabaseMissing as exc:
        say(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        say("已中断，数据库未改变 / interrupted; the database was not changed")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader of our output went away (`duikou quarantine | head`): not an error. Point
        # stdout at /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UserError as exc:
        say(str(exc))
        return EXIT_USAGE
    except Exception as exc:  # a bug: say so plainly; DUIKOU_DEBUG=1 shows the traceback
        if os.environ.get("DUIKOU_DEBUG"):
            raise
        problem = environment_problem(exc)
        if problem:
            say(problem)
            return EXIT_ENVIRONMENT
        say(f"内部错误，数据库未改变 / internal error, the database was not changed: {type(exc).__name__}: {exc}\n"
            f"  设置 DUIKOU_DEBUG=1 重新运行可查看详情 / run again with DUIKOU_DEBUG=1 for the details")
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())

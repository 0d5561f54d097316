"""The `duikou` command line. Every command prints what it did; errors are messages, not tracebacks.

Exit codes (README, "What the tool refuses, and exit codes"): 0 done; 2 some files could not be
read or none were found; 3 the database is in use by another duikou process; 4 a usage problem
(unknown option or value, profile, year, no database yet); 5 a problem of the machine; 6 done,
but what ``--fail-on`` names was found; 130 interrupted; 1 an internal error (a bug).

For scripts: ``--json`` on every command that reports something prints one JSON document on
stdout (shapes in pipelines/cli_json.py; human text then goes to stderr), errors included
(``{"error": {...}, "exit_code": N}``); ``duikou --version``.

Commands added from other modules (``register(subparsers)``) get the same help layout, ``--json``
and error handling through :func:`add_command` (a new parser) or :func:`prepare` (an existing
one); in JSON mode their handler returns its exit code and hands its summary to
:func:`summarise` (or prints exactly one JSON object on stdout, which is then wrapped).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from pathlib import Path

from pipelines.programme.defaults import DEFAULT_PROFILE

EXIT_OK = 0
EXIT_FILES_FAILED = 2
EXIT_BUSY = 3
EXIT_USAGE = 4
EXIT_ERROR = 1
EXIT_ENVIRONMENT = 5   # disk full, read-only, permission, damaged database, out of memory
EXIT_FAIL_ON = 6       # done, but what --fail-on names was found
EXIT_INTERRUPTED = 130

EXIT_CODES = {
    EXIT_OK: "完成 / done",
    EXIT_ERROR: "内部错误（程序缺陷） / internal error (a bug)",
    EXIT_FILES_FAILED: "有文件无法读取，或没有找到文件 / some files could not be read, or none were found",
    EXIT_BUSY: "数据库正被另一个 duikou 进程使用 / the database is in use by another duikou process",
    EXIT_USAGE: "用法问题（未知选项、方案、年份，尚无数据库） / usage problem (unknown option, profile, year; no database yet)",
    EXIT_ENVIRONMENT: "机器问题（磁盘满、只读、权限、数据库损坏、内存不足） / machine problem (disk full, read-only, "
                      "permission, damaged database, out of memory)",
    EXIT_FAIL_ON: "完成，但发现了 --fail-on 所列情况 / done, but what --fail-on names was found",
    EXIT_INTERRUPTED: "已中断 / interrupted",
}
_ERROR_CODES = {EXIT_ERROR: "internal", EXIT_FILES_FAILED: "files_failed", EXIT_BUSY: "busy", EXIT_USAGE: "usage",
                EXIT_ENVIRONMENT: "environment", EXIT_INTERRUPTED: "interrupted"}


# ---- parser: bilingual help, defaults shown, usage errors exit 4 -------------------------------

class UsageExit(SystemExit):
    """A usage error found by argparse: exit code 4 (argparse's own 2 means "files failed" here)."""

    def __init__(self, message_zh: str, message_en: str):
        super().__init__(EXIT_USAGE)
        self.message_zh, self.message_en = message_zh, message_en


# argparse's messages are English; the common ones get a Chinese half (the rest say 用法错误)
_ARGPARSE_ZH = (
    ("unrecognized arguments", "无法识别的参数"),
    ("the following arguments are required", "缺少必需的参数"),
    ("invalid choice", "无效的取值"),
    ("invalid int value", "不是整数"),
    ("expected one argument", "该选项需要一个值"),
    ("not allowed with argument", "不能与该参数同时使用"),
    ("ambiguous option", "选项有歧义"),
)


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs as written (examples keep their lines); every option's default
    appended to its help unless the help already says it or there is none to show (flags,
    repeatable options, an unset default the help explains)."""

    def _fill_text(self, text, width, indent):
        """Each line of a description or epilog wrapped on its own (indented lines, the examples,
        kept as written); a line with Chinese is wrapped narrower, its characters being two wide."""
        import textwrap
        import unicodedata

        out = []
        for line in text.splitlines():
            if not line.strip() or line[0].isspace():
                out.append(indent + line)
                continue
            columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
            fit = max(20, width * len(line) // columns)
            out += textwrap.wrap(line, fit, initial_indent=indent, subsequent_indent=indent) or [indent]
        return "\n".join(out)

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "用法 / usage: " if prefix is None else prefix)

    def _get_help_string(self, action):
        text = action.help or ""
        default = action.default
        if ("%(default)" in text or "默认" in text or "default" in text.lower() or default is argparse.SUPPRESS
                or default is None or isinstance(default, bool) or default == [] or not action.option_strings):
            return text
        return f"{text}（默认 / default: %(default)s）"


class DuikouParser(argparse.ArgumentParser):
    """argparse with the duikou conventions: bilingual -h and section titles, the help formatter
    above, and usage errors that exit 4 with a bilingual line (``--help`` still exits 0)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "位置参数 / positional arguments"
        self._optionals.title = "选项 / options"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="显示本帮助并退出 / show this help and exit")

    def error(self, message: str):
        from pipelines.cli_json import split_bilingual
        from pipelines.safe_text import for_terminal

        label = next((z for en, z in _ARGPARSE_ZH if en in message), "用法错误")
        zh, en = split_bilingual(message)  # our own messages (--fail-on) are bilingual; argparse's are English
        self.print_usage(sys.stderr)
        print(for_terminal(f"{self.prog}: {label} / usage error: {message}"), file=sys.stderr)
        raise UsageExit(f"{self.prog}: {label}：{zh}", f"{self.prog}: usage error: {en}")


def version_text() -> str:
    """``duikou 0.1.0`` and, from a git checkout, `` (git 1a2b3c4)``; asked only when --version is given."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        text = f"duikou {version('duikou')}"
    except PackageNotFoundError:
        text = "duikou (未安装 / not installed)"
    root = Path(__file__).resolve().parents[1]
    if (root / ".git").exists():
        import subprocess

        try:
            out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], check=False, cwd=root, capture_output=True, text=True, timeout=5)
            if out.returncode == 0 and out.stdout.strip():
                text += f" (git {out.stdout.strip()})"
        except (OSError, subprocess.SubprocessError):
            pass
    return text


class _Version(argparse.Action):
    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, _namespace, _values, _option_string=None):
        print(version_text())
        parser.exit(0)


def _examples(examples) -> str | None:
    if not examples:
        return None
    return "示例 / examples:\n" + "\n".join(f"  {e}" for e in examples)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json`` on ``parser`` (unless it has one already)."""
    if "--json" not in parser._option_string_actions:
        parser.add_argument("--json", action="store_true",
                            help="在标准输出打印一份 JSON 摘要（文字信息改到标准错误） / print one JSON summary on stdout "
                                 "(human text goes to stderr)")


def prepare(parser: argparse.ArgumentParser, *, examples=(), json: bool = True) -> argparse.ArgumentParser:
    """Give a sub-command parser built elsewhere duikou's help layout, an examples epilog and
    ``--json``. Its handler's own JSON (one object printed on stdout) is wrapped by main()."""
    parser.formatter_class = HelpFormatter
    if examples and not parser.epilog:
        parser.epilog = _examples(examples)
    if json:
        add_json_option(parser)
    return parser


def add_command(subparsers, name: str, *, help: str, description: str, examples=(), json: bool = True,
                fail_on: str | None = None, **kwargs) -> argparse.ArgumentParser:
    """A new ``duikou NAME`` sub-command for modules that register their own (``register(sub)``):
    bilingual ``help`` and ``description``, ``examples`` shown in the epilog, ``--json`` (the
    handler returns its exit code and calls :func:`summarise` with its summary dict), and, with
    ``fail_on`` set to a key of cli_json.FAIL_ON, ``--fail-on``. Usage errors exit 4."""
    p = subparsers.add_parser(name, help=help, description=description, epilog=_examples(examples),
                              formatter_class=HelpFormatter, **kwargs)
    if json:
        add_json_option(p)
        p.set_defaults(_duikou_json=True)
    if fail_on:
        _fail_on_arg(p, fail_on)
    return p


def summarise(args, summary: dict) -> None:
    """The JSON summary of this run (printed by main() in --json mode, with the exit code)."""
    args._json_summary = summary


class CommandError(Exception):
    """A command's refusal with its exit code and an error code for --json (message bilingual)."""

    def __init__(self, code: str, message: str, exit_code: int, summary: dict | None = None):
        super().__init__(message)
        self.code, self.exit_code, self.summary = code, exit_code, summary


def _fail_on_arg(p: argparse.ArgumentParser, command: str) -> None:
    from pipelines.cli_json import FAIL_ON, parse_fail_on

    def kinds(text: str) -> list[str]:
        try:
            return parse_fail_on(command, text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    listed = "; ".join(f"{k}: {v}" for k, v in FAIL_ON[command].items())
    p.add_argument("--fail-on", type=kinds, default=[], metavar="WHAT[,WHAT]",
                   help=f"发现所列情况时以退出码 {EXIT_FAIL_ON} 结束（无法读取的文件仍为 2；默认不设） / exit {EXIT_FAIL_ON} when "
                        f"any of these was found (unreadable files still exit 2; default: none). {listed}")


# ---- commands -----------------------------------------------------------------------------

def _db_arg(p: argparse.ArgumentParser) -> None:
    from pipelines.db.connection import default_db_path

    p.add_argument("--db", default=None, metavar="FILE",
                   help=f"DuckDB 数据库文件 / DuckDB file (默认 / default: {default_db_path()}, 或 / or $DUIKOU_DB)")


def _db(args) -> Path:
    from pipelines.db.connection import default_db_path

    return Path(args.db) if args.db else default_db_path()


def _json(args) -> bool:
    return bool(getattr(args, "json", False))


def _exit_with_fail_on(args, found: dict, code: int) -> int:
    """``code`` unless it is 0 and --fail-on found something (then 6)."""
    return EXIT_FAIL_ON if code == EXIT_OK and found else code


def cmd_ingest(args) -> int:
    from pipelines import cli_json
    from pipelines.ingest.run import ingest
    from pipelines.ingest.summary import format_report

    if args.explain:
        from pipelines.ingest import mapping_overrides
        from pipelines.ingest.explain import explain

        fixes = mapping_overrides.load(Path(args.overrides) if args.overrides else mapping_overrides.default_overrides_file(_db(args)))
        ok, shown = True, []
        for f in args.explain:
            text, read = explain(f, fixes)
            if not _json(args):
                print(text)
            shown.append({"file": Path(f).name, "read": read, "lines": text.splitlines()})
            ok = ok and read
        summarise(args, {"explain": shown})
        return EXIT_OK if ok else EXIT_FILES_FAILED
    if not (args.paths or args.pairings or args.registry):
        raise CommandError("usage", "请给出文件或文件夹 / give files or folders to ingest (or --pairings FILE)", EXIT_USAGE)
    db = _db(args)
    rep = ingest(args.paths, db, dry_run=args.dry_run, workers=args.workers, show_progress=not (args.quiet or _json(args)),
                 pairings=args.pairings, registries=args.registry, names=args.names, overrides=args.overrides,
                 memory_limit=args.memory_limit)
    if not _json(args):
        print(format_report(rep, verbose=args.verbose))
    summary = cli_json.ingest_summary(rep, None if args.dry_run else db)
    found = cli_json.fail_on_doc(args.fail_on, cli_json.ingest_fail_counts(summary))
    summary["fail_on"] = found
    if not rep.files and not rep.unchanged_files and not args.pairings:
        raise CommandError("no_files", "没有找到任何电子表格 / no spreadsheets found under the given paths", EXIT_FILES_FAILED, summary)
    summarise(args, summary)
    _say_fail_on(found["found"])
    return _exit_with_fail_on(args, found["found"], EXIT_FILES_FAILED if rep.failed else EXIT_OK)


def _say_fail_on(found: dict) -> None:
    if found:
        what = ", ".join(f"{k} {v}" for k, v in found.items())
        print(f"duikou: 发现 --fail-on 所列情况 / found what --fail-on names: {what}", file=sys.stderr)


def cmd_hospitals(args) -> int:
    from pipelines import cli_json
    from pipelines.ingest import confirmed_names
    from pipelines.ingest.run import ingest
    from pipelines.ingest.summary import format_report
    from pipelines.ingest.unresolved_names import confirm, format_unresolved, unresolved

    db = _db(args)
    names_file = Path(args.names) if args.names else confirmed_names.default_names_file(db)
    recorded, reingest = [], None
    if args.confirm or args.new:
        recorded = confirm(db, names_file, args.confirm, args.new,
                           {"county": args.county, "level": args.level, "category": args.category, "code": args.code})
        for line in recorded:
            print(f"已记录 / recorded: {line}")
        print(f"确认文件 / confirmations file: {names_file}")
        if not args.no_apply:  # re-read the rows held for these names, now
            rep = ingest([], db, show_progress=False, names=names_file)
            print(f"重新读取 {len(rep.reresolved_files)} 个含待识别医院的文件 / re-read {len(rep.reresolved_files)} files with held rows")
            if not _json(args):
                print(format_report(rep))
            reingest = cli_json.ingest_summary(rep, db)
    items = unresolved(db)
    if not _json(args):
        print(format_unresolved(items, names_file))
    summarise(args, {**cli_json.unresolved_summary(items, names_file, recorded), "reingest": reingest})
    return EXIT_OK


def cmd_quarantine(args) -> int:
    from pipelines import cli_json
    from pipelines.ingest.quarantine import list_quarantine, quarantine_rows

    text = list_quarantine(_db(args), form=args.form, limit=args.limit, csv_path=args.csv)
    if _json(args):
        summarise(args, cli_json.quarantine_summary(quarantine_rows(_db(args), args.form), args.limit, args.csv))
    else:
        print(text)
    return EXIT_OK


def cmd_validate(args) -> int:
    from pipelines import cli_json
    from pipelines.validation.run import validate

    res = validate(_db(args), profile=args.profile, out_dir=Path(args.out))
    if not _json(args):
        print(res.summary_text())
    summary = cli_json.validation_summary(res)
    summary["fail_on"] = found = cli_json.fail_on_doc(args.fail_on, cli_json.validate_fail_counts(summary))
    summarise(args, summary)
    _say_fail_on(found["found"])
    return _exit_with_fail_on(args, found["found"], EXIT_OK)


def cmd_suites(args) -> int:
    from pipelines.programme.profiles import list_profiles, load_profile
    from pipelines.validation.suites import render_suites, stored_suites, write_suites

    names = [args.profile] if args.profile else list_profiles()
    stale, profiles = [], []
    for name in names:
        prof = load_profile(name)
        n = sum(len(s["expectations"]) for s in render_suites(prof).values())
        entry = {"profile": name, "rules": len(prof.rules), "expectations": n}
        if args.write:
            entry["written"] = [str(p) for p in write_suites(prof)]
            entry["up_to_date"] = True
            for p in entry["written"]:
                print(f"已写出 / wrote {p}")
        else:
            _, current = stored_suites(prof)
            entry["up_to_date"] = bool(current)
            print(f"{name}: {len(prof.rules)} rules, {n} expectations, suite files {'up to date' if current else 'OUT OF DATE'}")
            stale += [] if current else [name]
        profiles.append(entry)
    summarise(args, {"profiles": profiles, "out_of_date": stale})
    if stale and not args.write:
        print("运行 `duikou suites --write` 更新套件文件 / run `duikou suites --write` to update the suite files", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_report(args) -> int:
    from pipelines import cli_json
    from pipelines.report.build import build_report

    if args.snapshot:
        return _report_from_snapshot(args)
    out = build_report(_db(args), year=args.year, profile=args.profile, out_dir=Path(args.out), lang=args.lang, region=args.region,
                       pdf=args.pdf)
    print(f"报告已生成 / report written: {out.html}\n运行清单 / manifest: {out.manifest}")
    if out.pdf:
        print(f"PDF（A4）/ PDF (A4): {out.pdf}")
    summarise(args, cli_json.report_summary(out))
    return EXIT_OK


def _report_from_snapshot(args) -> int:
    """`duikou report --year Y --snapshot vN`: the report rebuilt from a frozen year (pipelines/annual),
    into reports/snapshot-Y-vN/ (never over the live report); its published numbers must equal the
    snapshot's (indicator_values_sha256), or the command says so and fails."""
    import json
    import shutil
    import tempfile

    from pipelines import cli_json
    from pipelines.annual.scope import published_root
    from pipelines.annual.snapshot import SnapshotError, SnapshotTampered, resolve, snapshot_database, verify
    from pipelines.report.build import build_report

    root = published_root(_db(args))
    try:
        vdir = resolve(args.year, args.snapshot, root)
        frozen = verify(vdir)
        tmp = Path(tempfile.mkdtemp(prefix="duikou-report-snapshot-"))
        try:
            snap = snapshot_database(args.year, args.snapshot, root, out=tmp / "snapshot.duckdb")
            out = build_report(snap, year=args.year, profile=args.profile, lang=args.lang, region=args.region, pdf=args.pdf,
                               out_dir=Path(args.out) / f"snapshot-{args.year}-v{frozen['version']}")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    except SnapshotTampered as exc:
        raise CommandError("snapshot_tampered", str(exc), EXIT_ENVIRONMENT) from None
    except SnapshotError as exc:
        raise CommandError("snapshot", str(exc), EXIT_USAGE) from None
    print(f"报告已由快照 v{frozen['version']} 生成 / report written from snapshot v{frozen['version']}: {out.html}\n"
          f"运行清单 / manifest: {out.manifest}")
    made = json.loads(Path(out.manifest).read_text(encoding="utf-8")).get("indicator_values_sha256")
    if args.region is None and frozen.get("profile") in (None, args.profile) and made != frozen.get("indicator_values_sha256"):
        raise CommandError("snapshot_mismatch", f"由快照重建的已发布指标与冻结时不一致 / the published numbers rebuilt from snapshot "
                                                f"v{frozen['version']} differ from those frozen ({made} ≠ {frozen.get('indicator_values_sha256')})",
                           EXIT_ERROR, cli_json.report_summary(out))
    summarise(args, {**cli_json.report_summary(out), "snapshot": {"version": frozen["version"], "path": str(vdir),
                                                                  "content_sha256": frozen.get("content_sha256")}})
    return EXIT_OK


def cmd_export(args) -> int:
    from pipelines import cli_json
    from pipelines.export import export_indicators

    res = export_indicators(_db(args), year=args.year, out_dir=Path(args.out), profile=args.profile, region=args.region,
                            formats=tuple(f.strip() for f in args.format.split(",") if f.strip()))
    print(f"已导出 {res.tables} 个发布表 / exported {res.tables} published tables:")
    for f in res.files:
        print(f"  {f}")
    summarise(args, cli_json.export_summary(res))
    return EXIT_OK


def cmd_demo(args) -> int:
    from pipelines.demo import DEMO_DB, run_demo

    code = run_demo(Path(args.raw), _db(args), Path(args.out), year=args.year, profile=args.profile)
    if _json(args):
        from pipelines.db.connection import connect, default_db_path
        from pipelines.report.build import report_stem
        from pipelines.validation.run import latest_run_id

        db = _db(args) if args.db and _db(args) != default_db_path() else DEMO_DB  # as run_demo chooses
        summary = {"db": db, "raw": args.raw, "year": args.year, "profile": args.profile, "synthetic": True}
        if db.exists():
            con = connect(db)
            try:
                tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                                                    "ORDER BY 1").fetchall()]
                summary["tables"] = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
                summary["validation_run_id"] = latest_run_id(con, args.profile)
            finally:
                con.close()
        html = Path(args.out) / f"{report_stem(args.year, args.profile, 'zh')}.html"
        summary["outputs"] = {"html": html if html.exists() else None}
        summarise(args, summary)
    return code


def cmd_generate(args) -> int:
    from pipelines.synthetic.generate import generate
    from pipelines.synthetic.render_standard import write_standard

    truth = generate(seed=args.seed, years=tuple(range(args.first_year, args.last_year + 1)))
    files = write_standard(truth, Path(args.out))
    print(f"已生成 {len(files)} 个合成数据文件 / wrote {len(files)} synthetic files to {args.out}")
    summarise(args, {"synthetic": True, "out": args.out, "seed": args.seed, "years": [args.first_year, args.last_year],
                     "file_count": len(files), "files": [str(Path(f).relative_to(args.out)) if Path(f).is_relative_to(args.out)
                                                         else str(f) for f in files],
                     "planted_violations": len(truth.planted)})
    return EXIT_OK


def cmd_dictionary(args) -> int:
    from pipelines.data_dictionary import render_markdown

    text = render_markdown()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"已写出 / wrote {args.out}")
    else:
        print(text)
    return EXIT_OK


# ---- the parser ---------------------------------------------------------------------------

def _sub(sub, name: str, help: str, description: str, examples, func, *, json: bool = True, fail_on: str | None = None):
    p = add_command(sub, name, help=help, description=description, examples=examples, json=json, fail_on=fail_on)
    p.set_defaults(func=func)
    return p


def build_parser() -> argparse.ArgumentParser:
    p = DuikouParser(
        prog="duikou",
        description="城乡医院对口支援评估 / counterpart-support evaluation pipeline\n\n"
                    "退出码 / exit codes:\n" + "\n".join(f"  {k:>3}  {v}" for k, v in sorted(EXIT_CODES.items())),
        epilog=_examples(["duikou demo", "duikou ingest data/raw/ --json --fail-on quarantine",
                          "duikou validate --profile national-2009 --json", "duikou report --year 2024 --pdf",
                          "duikou COMMAND --help"]))
    p.add_argument("--version", action=_Version, help="显示版本（及 git 提交）并退出 / show the version (and git commit) and exit")
    sub = p.add_subparsers(dest="command", required=True, title="命令 / commands", metavar="COMMAND")

    s = _sub(sub, "ingest", "读取报送表格入库 / read spreadsheets into the database",
             "读取路径下的每个电子表格（xlsx、xls、xlsm、ods、csv），写入整理后的行与隔离行，并逐文件汇总。\n"
             "Reads every spreadsheet under the paths (xlsx, xls, xlsm, ods, csv), writes curated and quarantined rows and "
             "prints a per-file summary.",
             ["duikou ingest data/raw/", "duikou ingest --pairings 附件1.xlsx data/raw/2024/",
              "duikou ingest data/raw/ --dry-run", "duikou ingest --explain 某医院.xlsx",
              "duikou ingest data/raw/ --json --fail-on quarantine,unresolved"], cmd_ingest, fail_on="ingest")
    s.add_argument("paths", nargs="*", metavar="PATH",
                   help="报送文件或文件夹 / files or folders of submissions (xlsx, xlsm, xls, ods, csv)")
    s.add_argument("--pairings", action="append", default=[], metavar="FILE",
                   help="省级对口支援关系表（附件1），确立医院与结对关系（可重复） / the province's pairing list (附件1); "
                        "establishes the hospitals and pairings (repeatable). Files in a folder named 'reference' under PATH "
                        "are applied the same way")
    s.add_argument("--names", default=None, metavar="FILE",
                   help="已确认的医院名称 / confirmed hospital names (默认 / default: hospital-names.yaml beside the database; "
                        "see `duikou hospitals`)")
    s.add_argument("--overrides", default=None, metavar="FILE",
                   help="读取规则覆盖：启发式读错的表怎样读 / mapping overrides: how to read sheets the heuristics get wrong "
                        "(默认 / default: mapping-overrides.yaml beside the database)")
    s.add_argument("--registry", action="append", default=[], metavar="FILE",
                   help="医疗机构代码表（如有），把代码对应到医院（可重复） / a hospital code list, when there is one; maps codes "
                        "onto the hospitals (repeatable)")
    _db_arg(s)
    s.add_argument("--dry-run", action="store_true", help="只预览，不写入 / show what would happen, write nothing")
    s.add_argument("--explain", action="append", default=[], metavar="FILE",
                   help="逐表说明 FILE 如何读取（表单、表头行、列对应、上下文、每行去向），不写入 / show how each sheet of FILE "
                        "is read (form, header rows, column map, context, where each row goes); writes nothing")
    s.add_argument("--workers", type=int, default=None, metavar="N",
                   help="并行读取进程数 / parallel reader processes (默认 / default: 2 or the number of cores)")
    s.add_argument("--memory-limit", default=None, metavar="SIZE",
                   help="本次导入的内存预算，如 4GB；超出预算的文件将被拒绝 / the memory this run may use, e.g. 4GB; a file too "
                        "large for it is refused (default: $DUIKOU_MEMORY_LIMIT, else half the machine's memory, at most 8 GiB)")
    s.add_argument("--quiet", action="store_true", help="不显示进度条 / no progress bar")
    s.add_argument("--verbose", action="store_true", help="列出每个工作表的说明 / notes for every sheet")

    s = _sub(sub, "hospitals", "无法识别的医院名称及确认 / hospital names that did not resolve, and confirming them",
             "列出未能识别的医院名称（行数、文件、候选）；--confirm / --new 记录确认并重新读取暂存的行。\n"
             "Lists the hospital names that did not resolve (rows, files, suggestions); --confirm / --new record an answer "
             "and re-read the rows held for it.",
             ["duikou hospitals", "duikou hospitals --confirm '澄江人医=澄江省人民医院'",
              "duikou hospitals --new '某某卫生院' --county 石桥县 --level 一级 --category 乡镇卫生院", "duikou hospitals --json"],
             cmd_hospitals)
    _db_arg(s)
    s.add_argument("--names", default=None, metavar="FILE",
                   help="确认文件 / confirmed-names file (默认 / default: hospital-names.yaml beside the database)")
    s.add_argument("--confirm", action="append", default=[], metavar="NAME=HOSPITAL",
                   help="确认某名称即某已知医院（正式名称或 hospital_id，可重复） / confirm that a name as written means a "
                        "known hospital (official name or hospital_id); repeatable")
    s.add_argument("--new", action="append", default=[], metavar="NAME",
                   help="新增对口支援关系表中没有的医院（可重复） / add a hospital the pairing list does not name (repeatable)")
    s.add_argument("--county", default=None, help="与 --new 同用：所在县 / with --new: its county")
    s.add_argument("--level", default=None, help="与 --new 同用：三级/二级/一级/未定级 / with --new: its level")
    s.add_argument("--category", default=None, help="与 --new 同用：如 综合医院、乡镇卫生院 / with --new: its category")
    s.add_argument("--code", default=None, help="与 --new 同用：机构代码（如已知） / with --new: its official code, if known")
    s.add_argument("--no-apply", action="store_true",
                   help="只记录确认，下次导入时生效 / only record the confirmations; the next ingest applies them")

    s = _sub(sub, "quarantine", "列出隔离行 / list quarantined rows to fix",
             "列出当前报送中被隔离的行：文件、工作表、行号、原因与原始内容。\n"
             "Lists the quarantined rows of the current submissions: file, sheet, row, reason and the cells as read.",
             ["duikou quarantine", "duikou quarantine --form activities --limit 20", "duikou quarantine --csv 隔离行.csv",
              "duikou quarantine --json"], cmd_quarantine)
    _db_arg(s)
    s.add_argument("--form", default=None, help="只看此报表（整理表名） / only this form (curated table name; 默认 / default: all)")
    s.add_argument("--limit", type=int, default=50, metavar="N", help="最多显示的行数 / rows to show at most")
    s.add_argument("--csv", default=None, metavar="FILE",
                   help="把全部隔离行写入 CSV 供数据管理员修正 / write all quarantined rows to this CSV for the data manager")

    s = _sub(sub, "validate", "按项目方案核查规则 / check the programme's rules",
             "按项目方案运行 Great Expectations 规则，结果写入 validation_results、合规评分与数据质量审查表。\n"
             "Runs the programme profile's rules (Great Expectations) and stores validation_results, the compliance "
             "scorecard and the data quality review. Violations are findings: exit 0 unless --fail-on names them.",
             ["duikou validate", "duikou validate --profile guangxi-2022 --out reports/",
              "duikou validate --json --fail-on violations"], cmd_validate, fail_on="validate")
    _db_arg(s)
    s.add_argument("--profile", default=DEFAULT_PROFILE, metavar="NAME",
                   help="项目方案 / programme profile (expectations/profiles/NAME.yaml)")
    s.add_argument("--out", default="reports", metavar="DIR", help="HTML 摘要与 GX 结果的文件夹 / folder for the HTML summary and GX results")

    s = _sub(sub, "suites", "由项目方案生成 GX 套件文件 / render GX suite files from the profiles",
             "检查或写出由项目方案生成的 GX 套件文件；有过期文件时退出码 1。\n"
             "Checks (or with --write writes) the GX suite files rendered from the profiles; exit 1 when one is out of date.",
             ["duikou suites", "duikou suites --write --profile national-2009", "duikou suites --json"], cmd_suites)
    s.add_argument("--profile", default=None, metavar="NAME", help="只处理一个方案 / one profile (默认 / default: all)")
    s.add_argument("--write", action="store_true",
                   help="写出 expectations/suites/<profile>/*.json / write expectations/suites/<profile>/*.json")

    s = _sub(sub, "report", "生成年度评估报告 / render the annual evaluation report",
             "执行年度报告 notebook，写出一个离线可用的 HTML 报告及其运行清单（manifest）。\n"
             "Executes the annual-report notebook and writes one offline HTML report and its manifest.",
             ["duikou report --year 2024", "duikou report --year 2024 --lang en --region 石桥县 --pdf",
              "duikou report --year 2024 --json"], cmd_report)
    s.add_argument("--year", type=int, required=True, metavar="YYYY", help="报告年度（必填） / the report's year (required)")
    _db_arg(s)
    s.add_argument("--profile", default=DEFAULT_PROFILE, metavar="NAME", help="项目方案 / programme profile")
    s.add_argument("--out", default="reports", metavar="DIR", help="输出文件夹 / output folder")
    s.add_argument("--lang", default="zh", choices=["zh", "en"], help="报告语言 / report language")
    s.add_argument("--region", default=None,
                   help="只报告此市或县（名称或 6 位代码；默认全省） / only this city or county (name or 6-digit code; default: "
                        "the whole province)")
    s.add_argument("--pdf", action="store_true",
                   help="同时生成 A4 PDF（需要 Chromium） / also write an A4 PDF beside the HTML (needs Chromium)")
    s.add_argument("--snapshot", default=None, metavar="vN",
                   help="由冻结的年度快照重建（duikou freeze），写入 OUT/snapshot-年-vN/ / rebuild from a frozen year's snapshot "
                        "(duikou freeze), into OUT/snapshot-YEAR-vN/")

    s = _sub(sub, "export", "导出发布表（CSV、Excel） / export the published tables to CSV and Excel",
             "先发布（计算并存入数据库 published 层），再导出所存的发布表：各指标（小单元格抑制后）、判定结果、效果估计等；"
             "CSV（UTF-8 带 BOM）与 xlsx，公式单元格已中和。\n"
             "Publishes (computes and stores in the database's published layer), then exports exactly the stored published "
             "tables: the indicators after small-number suppression, the judged set, the effect estimates, …; CSV (UTF-8 with "
             "BOM) and xlsx, formula cells neutralised.",
             ["duikou export --year 2024", "duikou export --year 2024 --region 石桥县 --format xlsx --out exports/",
              "duikou export --year 2024 --json"], cmd_export)
    s.add_argument("--year", type=int, required=True, metavar="YYYY", help="年度（必填） / the year (required)")
    _db_arg(s)
    s.add_argument("--profile", default=DEFAULT_PROFILE, metavar="NAME", help="项目方案 / programme profile")
    s.add_argument("--region", default=None,
                   help="只导出此市或县（名称或 6 位代码；默认全省） / only this city or county (name or 6-digit code; default: "
                        "the whole province)")
    s.add_argument("--out", default="reports/exports", metavar="DIR", help="输出文件夹 / output folder")
    s.add_argument("--format", default="csv,xlsx", help="csv、xlsx 或两者（逗号分隔） / csv, xlsx or both (comma-separated)")

    s = _sub(sub, "demo", "合成数据端到端演示 / synthetic data end to end: generate, ingest, validate, report",
             "生成合成数据（虚构的省、医院与人员），导入、核查并生成报告；使用单独的演示数据库，每次重建。\n"
             "Generates synthetic data (a fictional province, hospitals and people), ingests, validates and renders the "
             "report, in its own demo database rebuilt on every run.",
             ["duikou demo", "duikou demo --year 2024 --out reports/", "duikou demo --json"], cmd_demo)
    s.add_argument("--db", default=None, metavar="FILE",
                   help="演示数据库，每次重建 / the demo database, rebuilt on every run (默认 / default: data/curated/demo.duckdb)")
    s.add_argument("--raw", default="data/raw/synthetic-demo", metavar="DIR",
                   help="写出合成表格的文件夹（每次清空） / folder for the synthetic spreadsheets (emptied on every run)")
    s.add_argument("--out", default="reports", metavar="DIR", help="报告输出文件夹 / folder for the report")
    s.add_argument("--year", type=int, default=2024, metavar="YYYY",
                   help="报告年度（生成此前两年起的数据） / the report's year (data from two years before)")
    s.add_argument("--profile", default=DEFAULT_PROFILE, metavar="NAME", help="项目方案 / programme profile")

    s = _sub(sub, "generate", "只生成合成数据表格 / write synthetic spreadsheets only",
             "生成合成数据表格（虚构，标注 SYNTHETIC），不导入。\n"
             "Writes the synthetic spreadsheets (fictional, labelled SYNTHETIC) without ingesting them.",
             ["duikou generate", "duikou generate --out /tmp/synthetic --seed 7 --first-year 2023 --last-year 2024",
              "duikou generate --json"], cmd_generate)
    s.add_argument("--out", default="data/raw/synthetic-demo", metavar="DIR", help="输出文件夹 / output folder")
    s.add_argument("--seed", type=int, default=20240601, help="随机种子（同种子同数据） / random seed (same seed, same data)")
    s.add_argument("--first-year", type=int, default=2022, metavar="YYYY", help="第一年 / first year")
    s.add_argument("--last-year", type=int, default=2024, metavar="YYYY", help="最后一年（至少两年） / last year (two years at least)")

    s = _sub(sub, "dictionary", "数据字典 / print the data dictionary (Markdown)",
             "以 Markdown 打印或写出数据字典（表、字段、含义）。\nPrints or writes the data dictionary (tables, fields, "
             "meanings) as Markdown.",
             ["duikou dictionary", "duikou dictionary --out docs/data-dictionary.md"], cmd_dictionary, json=False)
    s.add_argument("--out", default=None, metavar="FILE",
                   help="写入此文件 / write to this file (默认 / default: print on stdout)")

    from pipelines.templates import add_template_parser

    # `duikou template`: a form to fill, as an .xlsx (sets its own func; prints its own --json object)
    prepare(add_template_parser(sub), examples=[
        "duikou template --form activities --out 带教活动.xlsx",
        "duikou template --form trainees --db data/curated/duikou.duckdb --support 澄江省人民医院 --out 进修.xlsx",
        "duikou template --form activities --out a.xlsx --json"])
    from pipelines.annual.cli import register as register_annual

    register_annual(sub)  # `duikou freeze`, `duikou amendments` (pipelines/annual)
    from pipelines.records.cli import register as register_records

    records = register_records(sub)  # `duikou records ingest` (its own --json and exit codes)
    for action in records._actions:  # its sub-commands: duikou's help layout (defaults shown, bilingual titles)
        if isinstance(action, argparse._SubParsersAction):
            for leaf in action.choices.values():
                prepare(leaf)
    return p


# ---- running a command --------------------------------------------------------------------

def _run(args) -> tuple[int, str | None, str | None, dict | None]:
    """Run the command: (exit code, error code, message, partial summary); errors become messages."""
    from pipelines.db.connection import DatabaseBusy, DatabaseMissing
    from pipelines.errors import UserError, environment_problem

    try:
        return args.func(args), None, None, None
    except CommandError as exc:
        return exc.exit_code, exc.code, str(exc), exc.summary
    except DatabaseBusy as exc:
        return EXIT_BUSY, "busy", str(exc), None
    except DatabaseMissing as exc:
        return EXIT_USAGE, "database_missing", str(exc), None
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED, "interrupted", "已中断，数据库未改变 / interrupted; the database was not changed", None
    except BrokenPipeError:
        # the reader of our output went away (`duikou quarantine | head`): not an error. Point
        # stdout at /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK, None, None, None
    except UserError as exc:
        return EXIT_USAGE, "usage", str(exc), None
    except Exception as exc:  # a bug: say so plainly; DUIKOU_DEBUG=1 shows the traceback
        if os.environ.get("DUIKOU_DEBUG"):
            raise
        problem = environment_problem(exc)
        if problem:
            return EXIT_ENVIRONMENT, "environment", problem, None
        message = (f"内部错误，数据库未改变 / internal error, the database was not changed: {type(exc).__name__}: {exc}\n"
                   f"  设置 DUIKOU_DEBUG=1 重新运行可查看详情 / run again with DUIKOU_DEBUG=1 for the details")
        return EXIT_ERROR, "internal", message, None


@contextlib.contextmanager
def _stdout_to_stderr(capture: bool):
    """While a command runs in --json mode, what it prints (and what its child processes write
    to file descriptor 1) goes to stderr, so stdout carries only the JSON document. With
    ``capture`` (a command that prints its own JSON object) Python-level output is kept in a
    buffer instead. Yields (the real stdout, the buffer or None)."""
    real = sys.stdout
    with contextlib.suppress(AttributeError, ValueError, OSError):
        real.flush()
    saved = None
    try:
        saved = os.dup(1)
        os.dup2(2, 1)
    except OSError:  # no file descriptor 1 (embedded use): Python-level redirection only
        saved = None
    buffer = io.StringIO() if capture else None
    try:
        with contextlib.redirect_stdout(buffer if capture else sys.stderr):
            yield real, buffer
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        if saved is not None:
            os.dup2(saved, 1)
            os.close(saved)


def _command_name(args) -> str:
    return " ".join(str(v) for v in (getattr(args, "command", None), getattr(args, "records_command", None)) if v)


def main(argv: list[str] | None = None) -> int:
    from pipelines import cli_json
    from pipelines.safe_text import for_terminal

    argv = list(sys.argv[1:] if argv is None else argv)
    want_json = "--json" in argv
    try:
        args = build_parser().parse_args(argv)
    except UsageExit as exc:  # the usage line is on stderr already
        if want_json:
            command = argv[0] if argv and not argv[0].startswith("-") else None
            print(cli_json.dumps(cli_json.error_doc("usage", f"{exc.message_zh} / {exc.message_en}", EXIT_USAGE, command=command,
                                                    zh_en=(exc.message_zh, exc.message_en))))
        return EXIT_USAGE
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK

    def say(text: str) -> None:
        print(f"duikou: {for_terminal(text)}", file=sys.stderr)

    if not _json(args):
        code, _, message, _ = _run(args)
        if message:
            say(message)
        return code

    own = getattr(args, "_duikou_json", False)  # else: the command prints its own JSON object (template, records)
    with _stdout_to_stderr(capture=not own) as (real, buffer):
        code, err, message, partial = _run(args)
    summary = getattr(args, "_json_summary", None) if own else None
    if buffer is not None:
        printed = buffer.getvalue().strip()
        try:
            summary = json.loads(printed) if printed else None
            if summary is not None and not isinstance(summary, dict):
                summary = {"output": summary}
        except ValueError:
            print(printed, file=sys.stderr)
    if message:
        say(message)
    command = _command_name(args)
    if err is None and code not in (EXIT_OK, EXIT_FAIL_ON) and not summary:  # a failure the command only printed
        err, message = _ERROR_CODES.get(code, "failed"), EXIT_CODES.get(code, f"exit {code}")
    if err is not None:  # refused or failed: the error, with what the command had summarised so far
        doc = cli_json.error_doc(err, message, code, command=command, **(partial or summary or {}))
    else:  # done (files that could not be read are listed in the summary, exit 2)
        doc = {"schema": cli_json.SCHEMA, "command": command, **(summary or {}), "exit_code": code}
    try:
        print(cli_json.dumps(doc), file=real, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), real.fileno())
    return code


if __name__ == "__main__":
    sys.exit(main())

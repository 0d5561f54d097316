"""The command line for scripts (issue 19 item 6): help on every option, --version, usage errors
exit 4, --json summaries whose numbers are counted here by hand, --fail-on exit codes both ways.

The ingest runs read a small folder written here: the SYNTHETIC pairing list from the generator
(hospitals and pairings known from its truth) and a hand-written activities CSV whose rows are
counted by hand (one row with a date nobody can read); ingest runs as `python -m pipelines` so
that stdout is checked to hold exactly one JSON document."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import query

from pipelines.cli import EXIT_FAIL_ON, EXIT_USAGE, build_parser, main
from pipelines.privacy.person_id import id_check_char

ROOT = Path(__file__).resolve().parents[1]
IDN = "99012119850301002"
IDN += id_check_char(IDN)
CJK = re.compile(r"[\u4e00-\u9fff]")
# commands whose parsers other modules own (their help text is checked for presence, not language)
REGISTERED = {"template", "records"}

# the hand-written activities CSV: 2 lines above the header, the header, 3 good rows, 1 bad row
ACTIVITIES = ("带教培训活动记录（合成数据 SYNTHETIC）\n填报单位：雁鸣县人民医院\n活动日期,活动类型,主题,参加人数\n"
              "2024年3月5日,专题讲座,合理用药,23人\n2024.3.19,教学查房,心衰查房,15\n2024-04-02,手术示教,腹腔镜,8\n"
              "不详,专题讲座,院感,12\n")
ALL_BAD = ("带教培训活动记录（合成数据 SYNTHETIC）\n填报单位：雁鸣县人民医院\n活动日期,活动类型,主题,参加人数\n"
           "不详,专题讲座,院感,12\n待定,教学查房,查房,9\n")
# a report from a hospital neither the pairing list nor anyone else names: its row is held
UNKNOWN_SENDER = ("带教培训活动记录（合成数据 SYNTHETIC）\n填报单位：雾隐县第九人民医院\n活动日期,活动类型,主题,参加人数\n"
                  "2024-05-06,专题讲座,合理用药,20\n")
# the bad-row file's name carries an ID number and an escape character: neither may reach the JSON
ODD_NAME = f"活动_{IDN}_\x1b[31m.csv"


def _walk(parser: argparse.ArgumentParser, path=()):
    """(command path, parser) for the parser and every sub-command, depth first."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _walk(sub, (*path, name))


def _duikou(*args, env=None, timeout=300):
    return subprocess.run([sys.executable, "-m", "pipelines", *map(str, args)], check=False, cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def _one_json(stdout: str) -> dict:
    """stdout holds exactly one JSON document (one line), nothing else."""
    lines = [ln for ln in stdout.splitlines() if ln.strip()]
    assert len(lines) == 1, stdout[:2000]
    return json.loads(lines[0])


def _strings(doc):
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield k
            yield from _strings(v)
    elif isinstance(doc, list):
        for v in doc:
            yield from _strings(v)
    elif isinstance(doc, str):
        yield doc


# ---- help, version, usage ------------------------------------------------------------------

def test_every_subcommand_help_exits_0_and_every_option_has_help(capsys):
    parsers = list(_walk(build_parser()))
    names = {path[0] for path, _ in parsers if path}
    assert {"ingest", "hospitals", "quarantine", "validate", "suites", "report", "export", "demo", "generate",
            "template", "dictionary"} <= names
    for path, parser in parsers:
        assert main([*path, "--help"]) == 0, path
        text = capsys.readouterr().out
        assert "用法 / usage:" in text or path[:1] and path[0] in REGISTERED, path
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help and action.help.strip(), (path, action.option_strings or action.dest)
            if path and path[0] not in REGISTERED:  # ours: Chinese and English, and shown with its default
                assert CJK.search(action.help) and re.search(r"[A-Za-z]{3}", action.help), (path, action.option_strings)
                shown = parser.formatter_class("x")._get_help_string(action)
                d = action.default
                if action.option_strings and d not in (None, False, [], argparse.SUPPRESS):
                    assert "%(default)" in shown or "默认" in shown or "default" in shown.lower(), (path, action.option_strings)
        if path and path[0] not in REGISTERED:
            assert parser.description and CJK.search(parser.description), path
            assert parser.epilog and "示例 / examples:" in parser.epilog and f"duikou {path[0]}" in parser.epilog, path


def test_version(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"duikou {version('duikou')}")
    if (ROOT / ".git").exists():
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], check=False, cwd=ROOT, capture_output=True, text=True).stdout.strip()
        assert f"(git {head})" in out


@pytest.mark.parametrize("argv", [
    ["--no-such-option"],
    ["no-such-command"],
    [],
    ["report"],                                      # --year is required
    ["report", "--year", "twenty"],                  # not an integer
    ["report", "--year", "2024", "--lang", "fr"],    # not a choice
    ["validate", "--fail-on", "quarantine"],         # an ingest condition, not validate's
    ["ingest", "x", "--fail-on", "violations,typo"],
])
def test_usage_errors_exit_4_not_2(argv, capsys):
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "用法 / usage:" in err and "usage error" in err
    assert main([*argv, "--json"]) == EXIT_USAGE
    doc = _one_json(capsys.readouterr().out)
    assert doc["exit_code"] == EXIT_USAGE and doc["error"]["code"] == "usage"
    assert doc["error"]["message_zh"] and doc["error"]["message_en"]


def test_an_error_in_json_mode_is_json_on_stdout_and_a_line_on_stderr(tmp_path, capsys):
    assert main(["validate", "--db", str(tmp_path / "none.duckdb"), "--json"]) == 4
    cap = capsys.readouterr()
    doc = _one_json(cap.out)
    assert doc["exit_code"] == 4 and doc["command"] == "validate" and doc["error"]["code"] == "database_missing"
    assert CJK.search(doc["error"]["message_zh"]) and not CJK.search(doc["error"]["message_en"])
    assert "database not found" in cap.err


def test_template_json_is_one_document(tmp_path, capsys):
    out = tmp_path / "活动模板.xlsx"
    assert main(["template", "--form", "activities", "--out", str(out), "--json"]) == 0
    doc = _one_json(capsys.readouterr().out)
    assert doc["command"] == "template" and doc["exit_code"] == 0 and Path(doc["path"]) == out and out.exists()


# ---- ingest, quarantine, validate on a folder counted by hand ------------------------------

@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """`duikou generate --json` makes the pairing list; two folders are built around it."""
    base = tmp_path_factory.mktemp("cli")
    gen = base / "gen"
    proc = _duikou("generate", "--out", gen, "--first-year", "2023", "--last-year", "2024", "--seed", "7", "--json")
    assert proc.returncode == 0, proc.stderr
    doc = _one_json(proc.stdout)
    on_disk = sorted(p for p in gen.rglob("*") if p.is_file() and p.suffix != ".txt")
    assert doc["file_count"] == len(on_disk) and doc["synthetic"] is True
    from pipelines.synthetic.generate import generate

    truth = generate(seed=7, years=(2023, 2024))
    assert doc["planted_violations"] == len(truth.planted)
    pairing_list = next(gen.glob("reference/*.xlsx"))
    mixed, bad, unknown = base / "mixed", base / "allbad", base / "unknown"
    for folder, name, text in ((mixed, ODD_NAME, ACTIVITIES), (bad, "活动.csv", ALL_BAD), (unknown, "外院活动.csv", UNKNOWN_SENDER)):
        (folder / "reference").mkdir(parents=True)
        (folder / "reference" / pairing_list.name).write_bytes(pairing_list.read_bytes())
        (folder / name).write_text(text, encoding="utf-8")
    return {"mixed": mixed, "bad": bad, "unknown": unknown, "hospitals": len(truth.hospitals), "pairings": len(truth.pairings), "base": base}


@pytest.fixture(scope="module")
def mixed_run(folders):
    db = folders["base"] / "mixed.duckdb"
    proc = _duikou("ingest", folders["mixed"], "--db", db, "--json")
    return proc, db


def test_ingest_json_counts_equal_the_hand_count(mixed_run, folders):
    proc, db = mixed_run
    assert proc.returncode == 0, proc.stderr  # rows quarantined: still done, without --fail-on
    doc = _one_json(proc.stdout)
    assert doc["command"] == "ingest" and doc["exit_code"] == 0 and doc["schema"] == 1 and doc["dry_run"] is False
    act = doc["tables"]["activities"]
    # 7 lines: title, 填报单位, header (non-data); three good rows; '不详' is no date
    assert (act["rows_read"], act["new"], act["quarantined"], act["nondata"], act["findings"]) == (7, 3, 1, 3, 0)
    # the pairing list: every hospital and pairing of the generator's truth, new
    assert doc["tables"]["hospitals"]["new"] == folders["hospitals"]
    assert doc["tables"]["pairings"]["new"] == folders["pairings"]
    assert doc["totals"]["new"] == folders["hospitals"] + folders["pairings"] + 3
    assert doc["totals"]["quarantined"] == 1
    assert doc["quarantined_by_reason"] == {"UNPARSEABLE_VALUE": 1} and doc["findings_by_code"] == {}
    assert doc["unresolved_rows"] == 0 and doc["failed_files"] == [] and doc["fail_on"] == {"asked": [], "found": {}}
    assert len(doc["files"]) == 2
    per_file = {f["sheets"][0]["form"]: f for f in doc["files"] if f["sheets"]}
    assert per_file["activities"]["rows_read"] == 7 and per_file["activities"]["status"] == "read"
    # the same run, as the database records it
    assert query(db, "SELECT sum(rows_read), sum(rows_curated), sum(rows_quarantined) FROM submissions "
                     "WHERE form_type = 'activities'") == [(7, 3, 1)]
    # no ID number and no control character in the document, in any spelling
    for s in _strings(doc):
        assert IDN not in s and not any(ord(c) < 32 or c == "\x7f" for c in s), s
    assert IDN not in proc.stdout and "\x1b" not in proc.stdout
    assert "\\x1b" in per_file["activities"]["file"]  # shown, as an escape


def test_quarantine_json_agrees_with_the_table(mixed_run, capsys):
    _, db = mixed_run
    assert main(["quarantine", "--db", str(db), "--json", "--limit", "5"]) == 0
    doc = _one_json(capsys.readouterr().out)
    assert doc["total"] == 1 and doc["by_reason"] == {"UNPARSEABLE_VALUE": 1} and doc["by_form"] == {"activities": 1}
    assert doc["rows"][0]["row"] == 7 and IDN not in json.dumps(doc, ensure_ascii=False)


def test_ingest_fail_on_both_ways(folders):
    found = _duikou("ingest", folders["mixed"], "--db", folders["base"] / "f1.duckdb", "--json", "--fail-on", "quarantine")
    assert found.returncode == EXIT_FAIL_ON, found.stderr
    doc = _one_json(found.stdout)
    assert doc["exit_code"] == EXIT_FAIL_ON and doc["fail_on"] == {"asked": ["quarantine"], "found": {"quarantine": 1}}
    assert "--fail-on" in found.stderr
    clean = _duikou("ingest", folders["mixed"], "--db", folders["base"] / "f2.duckdb", "--quiet",
                    "--fail-on", "findings,unresolved")
    assert clean.returncode == 0, clean.stderr  # neither happened: done
    assert "导入完成 / ingest finished" in clean.stdout  # without --json: the human summary, as before
    held = _duikou("ingest", folders["unknown"], "--db", folders["base"] / "f3.duckdb", "--json", "--fail-on", "findings,unresolved")
    assert held.returncode == EXIT_FAIL_ON, held.stderr
    doc = _one_json(held.stdout)
    assert doc["unresolved_rows"] == 1 and doc["quarantined_by_reason"] == {"UNRESOLVED_HOSPITAL": 1}
    assert doc["fail_on"]["found"] == {"unresolved": 1}  # findings: none, so not listed


def test_an_all_quarantined_ingest_is_distinguishable_from_success(folders):
    plain = _duikou("ingest", folders["bad"], "--db", folders["base"] / "b1.duckdb", "--json")
    asked = _duikou("ingest", folders["bad"], "--db", folders["base"] / "b2.duckdb", "--json", "--fail-on", "quarantine")
    assert plain.returncode == 0, plain.stderr  # the documented default: files were read
    assert asked.returncode == EXIT_FAIL_ON, asked.stderr
    for proc in (plain, asked):
        act = _one_json(proc.stdout)["tables"]["activities"]
        assert (act["rows_read"], act["new"], act["quarantined"]) == (5, 0, 2)


def test_validate_json_and_fail_on_violations(mixed_run, folders):
    _, db = mixed_run
    proc = _duikou("validate", "--db", db, "--out", folders["base"] / "reports", "--json", "--fail-on", "violations")
    doc = _one_json(proc.stdout)
    stored = dict(query(db, "SELECT rule_id, count(*) FILTER (WHERE success = false) FROM validation_results "
                            "WHERE run_id = ? GROUP BY 1", [doc["run_id"]]))
    assert {r["rule_id"]: r["violations"] for r in doc["rules"]} == stored
    assert doc["totals"]["rules_run"] == len(stored) and doc["totals"]["violations"] == sum(stored.values())
    # this folder has no monthly statistics: some rule is not met, so --fail-on violations fails
    assert doc["totals"]["violations"] > 0
    assert proc.returncode == EXIT_FAIL_ON and doc["exit_code"] == EXIT_FAIL_ON, proc.stderr
    assert doc["fail_on"]["found"] == {"violations": doc["totals"]["violations"]}
    assert doc["profile"] == "national-2009" and Path(doc["outputs"]["html"]).exists()


def test_a_registered_command_gets_help_json_and_exit_codes(tmp_path, monkeypatch, capsys):
    """What records/cli.py or templates do with ``register(sub)``: add_command gives the help
    layout, --json (the handler's summarise() printed by main with the exit code) and exit 4 for
    usage errors; a CommandError is a JSON error."""
    from pipelines import cli

    def cmd_count(args) -> int:
        n = sum(1 for p in Path(args.folder).iterdir() if p.is_file())
        if n == 0:
            raise cli.CommandError("no_files", "文件夹是空的 / the folder is empty", cli.EXIT_FILES_FAILED, {"files": 0})
        print(f"{n} 个文件 / {n} files")
        cli.summarise(args, {"files": n})
        return cli.EXIT_OK

    original = cli.build_parser

    def with_count():
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        s = cli.add_command(sub, "count", help="数文件 / count files", description="数文件夹里的文件 / count a folder's files",
                            examples=["duikou count data/raw/"])
        s.add_argument("folder", help="文件夹 / a folder")
        s.set_defaults(func=cmd_count)
        return parser

    monkeypatch.setattr(cli, "build_parser", with_count)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text("x")
    assert cli.main(["count", "--help"]) == 0
    out = capsys.readouterr().out
    assert "duikou count data/raw/" in out and "--json" in out and "用法 / usage:" in out
    assert cli.main(["count", str(tmp_path), "--json"]) == 0
    cap = capsys.readouterr()
    assert _one_json(cap.out) == {"schema": 1, "command": "count", "files": 3, "exit_code": 0}
    assert "3 个文件 / 3 files" in cap.err  # human text moved to stderr
    (tmp_path / "empty").mkdir()
    assert cli.main(["count", str(tmp_path / "empty"), "--json"]) == cli.EXIT_FILES_FAILED
    doc = _one_json(capsys.readouterr().out)
    assert doc["error"] == {"code": "no_files", "message_zh": "文件夹是空的", "message_en": "the folder is empty"}
    assert doc["files"] == 0 and doc["exit_code"] == 2
    assert cli.main(["count"]) == EXIT_USAGE


def test_a_busy_database_is_exit_3_and_json(mixed_run, tmp_path):
    import shutil

    import duckdb

    _, db = mixed_run
    held = tmp_path / "held.duckdb"
    shutil.copy(db, held)
    con = duckdb.connect(str(held))  # another process holds the database for writing
    try:
        proc = _duikou("quarantine", "--db", held, "--json")
    finally:
        con.close()
    assert proc.returncode == 3, proc.stderr
    doc = _one_json(proc.stdout)
    assert doc["exit_code"] == 3 and doc["error"]["code"] == "busy" and "in use" in doc["error"]["message_en"]
    assert "in use" in proc.stderr

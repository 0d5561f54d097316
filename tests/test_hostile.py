"""Broken, hostile and enormous submissions (issue 17, item 6), written as an outsider would:
from the README, docs/intake.md and the data contract, through the `duikou` command only.

Every bad file is generated on demand (tests/hostile/); bombs are small on disk. A small valid
province (a pairing list and three good submissions) is ingested once; each scenario runs on a
copy of that database, so "the good files are still ingested" and "curated rows before = after"
mean something. What is asserted, per the README:

* an unreadable file: exit 2, one bilingual line with a code in the summary and in
  `file_errors`, no traceback and no reader internals; the other files are ingested;
* every row read is accounted for (`rows_read = curated + quarantined + non-data`);
* `--dry-run` leaves the database byte for byte as it was;
* no ID number, in any spelling, in any table, output, CSV, export, report or manifest;
* every CSV/xlsx the tool writes neutralises formula cells; no report page runs a script;
* links out of the folder are skipped with a reason; nothing behind them is stored;
* a correction or resubmission never loses curated data silently;
* a blank or "—" month is not a reported month.

Kill -9 at several points and two ingests at once are covered in test_ingest_safety.py and not
repeated here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pytest

from hostile import files as H
from hostile.base import ROSTER_IDS, SUPPORT, write_base
from hostile.ids import IdScanner
from hostile.scan import TRACEBACK_SIGNS, active_script, db_texts, formula_cells_csv, formula_cells_xlsx, xlsx_text

pytestmark = pytest.mark.slow

_SCRIPT = Path(sys.executable).with_name("duikou")
DUIKOU = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "pipelines"]
CURATED = ("deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
           "county_inpatient_stats", "staff_monthly_assessments", "hospitals", "hospital_aliases", "pairings")
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{3,}")


@dataclass
class Out:
    rc: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def text(self) -> str:
        return self.stdout + "\n" + self.stderr


def duikou(*args, cwd: Path, timeout: int = 240) -> Out:
    t0 = time.monotonic()
    p = subprocess.run([*DUIKOU, *map(str, args)], cwd=cwd, capture_output=True, timeout=timeout,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    return Out(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
               time.monotonic() - t0)


def sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def q(db: Path, sql: str, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def snapshot(db: Path, provenance: bool = True) -> dict[str, set]:
    """Every curated table's rows; without `provenance`, leaving out submission_id and
    source_row (a pairing list named again re-writes the same pairings from the new file)."""
    out = {}
    for t in CURATED:
        cols = [c for (c,) in q(db, "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                    "ORDER BY ordinal_position", [t])]
        if not provenance:
            cols = [c for c in cols if c not in ("submission_id", "source_row")]
        out[t] = set(q(db, f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{t}"')) if cols else set()
    return out


def no_internals(text: str) -> list[str]:
    return [m.group(0) for m in TRACEBACK_SIGNS.finditer(text)]


def bilingual(line: str) -> bool:
    return bool(CJK.search(line)) and bool(LATIN.search(line)) and " / " in line


def error_line(stdout: str, name: str) -> str | None:
    """The summary's line for an unreadable file (`✗ name: [CODE] 中文 / English`)."""
    shown = name.replace("\x1b", "\\x1b")
    for ln in stdout.splitlines():
        if ln.strip().startswith("✗") and (name in ln or shown in ln):
            return ln
    return None


def notes_under(stdout: str, name: str) -> list[str]:
    """The indented lines the summary prints under a file's row."""
    lines = stdout.splitlines()
    for i, ln in enumerate(lines):
        if ln.startswith(name[:20]):
            notes = []
            for nxt in lines[i + 1:]:
                if not nxt.startswith("    "):
                    break
                notes.append(nxt)
            return notes
    return []


def assert_accounted(db: Path, run_ids=None):
    """Contract invariant: rows_read = curated + quarantined + non-data, and the quarantine and
    nondata_rows tables hold exactly the rows counted."""
    rows = q(db, """
        SELECT s.submission_id, s.file_name, s.rows_read, s.rows_curated, s.rows_quarantined, s.rows_nondata,
               (SELECT count(*) FROM quarantine q WHERE q.submission_id = s.submission_id),
               (SELECT count(*) FROM nondata_rows n WHERE n.submission_id = s.submission_id)
        FROM submissions s""")
    bad = [r for r in rows if r[2] != r[3] + r[4] + r[5] or r[4] != r[6] or r[5] != r[7]]
    assert not bad, bad


# --------------------------------------------------------------------------------------------
# the valid base: a pairing list and three good submissions
# --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def base(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-base")
    write_base(root / "raw")
    db = root / "base.duckdb"
    out = duikou("ingest", root / "raw", "--db", db, "--quiet", cwd=root)
    assert out.rc == 0, out.text
    counts = dict(q(db, "SELECT form_type, sum(rows_curated) FROM submissions GROUP BY 1"))
    assert counts == {"pairings": 9, "deployments": 6, "hospital_monthly_stats": 12, "techniques": 4}, counts
    return db


def copy_db(base_db: Path, dest_dir: Path, name: str = "db.duckdb") -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    db = dest_dir / name
    shutil.copy(base_db, db)
    return db


# --------------------------------------------------------------------------------------------
# 1. broken files: one run with a good file and one file per failure
# --------------------------------------------------------------------------------------------
@dataclass
class BrokenRun:
    db: Path
    cases: dict
    dry: Out
    sha_before: str
    sha_after_dry: str
    real: Out
    before: dict
    after: dict
    file_errors: list = field(default_factory=list)


@pytest.fixture(scope="module")
def broken(base, tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile-broken")
    folder = work / "in"
    cases = H.write_broken(folder)
    H.write(folder / "医疗机构名册.xlsx", H.registry_lookalike())
    H.write(folder / "附件1_对口支援关系一览表（调整）.xlsx", H.pairing_lookalike())
    db = copy_db(base, work)
    before = snapshot(db)
    sha_before = sha(db)
    dry = duikou("ingest", folder, "--db", db, "--dry-run", "--quiet", cwd=work)
    sha_dry = sha(db)
    real = duikou("ingest", folder, "--db", db, "--quiet", cwd=work)
    return BrokenRun(db, cases, dry, sha_before, sha_dry, real, before, snapshot(db),
                     q(db, "SELECT file_name, file_sha256, error_code, error FROM file_errors"))


def test_broken_dry_run_changes_nothing(broken):
    assert broken.sha_before == broken.sha_after_dry
    assert not no_internals(broken.dry.text), broken.dry.text[-3000:]


def test_broken_run_exit_2_without_traceback(broken):
    assert broken.real.rc == 2, broken.real.text[-3000:]
    assert broken.real.seconds < 60  # bombs and a whole-grid dimension cost no more than a small file
    assert not no_internals(broken.real.text), no_internals(broken.real.text)


REFUSED = ["empty_csv", "zero_byte_xlsx", "truncated_xlsx", "encrypted_xlsx", "zip_bomb", "entity_bomb"]
READ = ["good_control", "xlsx_named_xls", "huge_dimension", "gb18030_csv", "utf16_csv", "utf8_bom_csv",
        "terminal_escape_name", "quote_in_name"]


def _assert_refused(run: BrokenRun, case):
    line = error_line(run.real.stdout, case.path.name)
    assert line, f"no ✗ line for {case.path.name!r}:\n{run.real.stdout[-3000:]}"
    assert re.search(r"\[[A-Z][A-Z0-9_]{2,}\]", line), line
    assert bilingual(line), line
    assert not no_internals(line), line
    assert "INTERNAL" not in line, line
    errs = [e for e in run.file_errors if e[1] == case.sha256]
    if len(errs) > 1:  # the two empty files have the same hash
        errs = [e for e in errs if e[0] == case.path.name]
    assert len(errs) == 1, run.file_errors
    assert re.fullmatch(r"[A-Z][A-Z0-9_]{2,}", errs[0][2]) and errs[0][2] != "INTERNAL_ERROR", errs
    assert bilingual(errs[0][3]) and not no_internals(errs[0][3]), errs
    assert not q(run.db, "SELECT 1 FROM submissions WHERE file_sha256 = ?", [case.sha256])


def _curated_of(run_db: Path, case) -> int:
    r = q(run_db, "SELECT coalesce(sum(rows_curated), 0) FROM submissions WHERE file_sha256 = ?", [case.sha256])
    return int(r[0][0])


@pytest.mark.parametrize("key", REFUSED)
def test_unreadable_file_gets_one_bilingual_coded_line(broken, key):
    case = broken.cases[key]
    _assert_refused(broken, case)
    if key == "encrypted_xlsx":
        line = error_line(broken.real.stdout, case.path.name)
        assert "密码" in line and "password" in line.lower(), line


@pytest.mark.parametrize("key", READ)
def test_readable_oddity_is_ingested(broken, key):
    case = broken.cases[key]
    assert error_line(broken.real.stdout, case.path.name) is None
    assert not [e for e in broken.file_errors if e[1] == case.sha256]
    assert _curated_of(broken.db, case) == case.curated


@pytest.mark.parametrize("key", [
    "csv_field_over_131072",
    "csv_unclosed_quote",
])
def test_malformed_csv_refused_clearly_or_every_row_read(broken, key):
    """A malformed CSV is refused with a clean line, or read with every data row curated —
    never half-read (a row swallowed into a neighbour's cell) and never an internal error."""
    case = broken.cases[key]
    if error_line(broken.real.stdout, case.path.name):
        _assert_refused(broken, case)
    else:
        assert _curated_of(broken.db, case) == case.curated, q(
            broken.db, "SELECT a.* FROM activities a JOIN submissions s USING (submission_id) WHERE s.file_sha256 = ?",
            [case.sha256])


def test_odd_encodings_recorded(broken):
    enc = {k: q(broken.db, "SELECT encoding FROM submissions WHERE file_sha256 = ?", [broken.cases[k].sha256])
           for k in ("gb18030_csv", "utf16_csv", "utf8_bom_csv")}
    assert enc["gb18030_csv"] == [("gb18030",)], enc
    assert enc["utf16_csv"] and enc["utf16_csv"][0][0].startswith("utf-16"), enc
    assert enc["utf8_bom_csv"] and enc["utf8_bom_csv"][0][0] in ("utf-8-sig", "utf-8"), enc
    # the characters outside GBK came through
    themes = {r[0] for r in q(broken.db, "SELECT topic FROM activities a JOIN submissions s USING (submission_id) "
                                          "WHERE s.file_sha256 = ?", [broken.cases["gb18030_csv"].sha256])}
    assert "𬌗病规范化诊疗" in themes, themes


def test_terminal_escape_codes_never_printed_raw(broken):
    for out in (broken.dry, broken.real):
        assert "\x1b" not in out.text and "\x07" not in out.text, repr(out.stdout[:500])
    assert "\\x1b" in broken.real.stdout  # shown, as an escape


def test_header_only_file_is_said(broken):
    case = broken.cases["header_only"]
    line = error_line(broken.real.stdout, case.path.name)
    notes = notes_under(broken.real.stdout, case.path.name)
    assert line or any(bilingual(n) for n in notes), broken.real.stdout


def test_rows_accounted_for_after_broken_run(broken):
    assert_accounted(broken.db)


def test_broken_run_keeps_every_earlier_curated_row(broken):
    for t in CURATED:
        assert broken.before[t] <= broken.after[t], (t, broken.before[t] - broken.after[t])


def test_registry_or_pairing_lookalike_changes_no_hospital(broken):
    for t in ("hospitals", "hospital_aliases", "pairings"):
        assert broken.before[t] == broken.after[t], (t, broken.after[t] ^ broken.before[t])
    assert "--registry" in broken.real.stdout and "--pairings" in broken.real.stdout


# --------------------------------------------------------------------------------------------
# 2. formula/HTML text, ID numbers in every spelling, links out of the folder
# --------------------------------------------------------------------------------------------
@dataclass
class InjectionRun:
    work: Path
    db: Path
    inj: object
    ingest: Out
    quarantine: Out
    quarantine_csv: Path
    qcsv_out: Out
    export_dir: Path
    export: Out
    report_dir: Path
    report: Out
    hospitals: Out
    before: dict
    key_link: Path
    scanner: IdScanner = None


@pytest.fixture(scope="module")
def injection(base, tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile-inject")
    folder = work / "in"
    inj = H.write_injection(folder, work / "outside")
    pairings = H.formula_pairing_list(work / "ref" / "附件1_对口支援关系一览表（含新增）.xlsx")
    H.formula_hospital_monthly(folder)
    key_link = folder / "person_id.key.csv"  # the person-id key file (the test session's own, see conftest)
    os.symlink(os.environ["DUIKOU_KEY_FILE"], key_link)
    out_dir = work / "out"
    db = copy_db(base, out_dir)
    before = snapshot(db, provenance=False)
    ingest = duikou("ingest", "--pairings", pairings, folder, "--db", db, "--quiet", cwd=out_dir)
    quarantine = duikou("quarantine", "--db", db, "--limit", "100000", cwd=out_dir)
    qcsv = out_dir / "quarantine.csv"
    qcsv_out = duikou("quarantine", "--db", db, "--csv", qcsv, cwd=out_dir)
    exp = out_dir / "exports"
    export = duikou("export", "--year", 2024, "--db", db, "--out", exp, "--format", "csv,xlsx", cwd=out_dir)
    rep = out_dir / "reports"
    report = duikou("report", "--year", 2024, "--db", db, "--out", rep, cwd=out_dir, timeout=400)
    hospitals = duikou("hospitals", "--db", db, cwd=out_dir)
    run = InjectionRun(work, db, inj, ingest, quarantine, qcsv, qcsv_out, exp, export, rep, report, hospitals,
                       before, key_link)
    run.scanner = IdScanner(list(inj.ids.values()) + ROSTER_IDS)
    return run


def test_injection_run_completes_without_traceback(injection):
    for name in ("ingest", "quarantine", "qcsv_out", "export", "report", "hospitals"):
        out = getattr(injection, name)
        assert out.rc == 0, (name, out.text[-3000:])
        assert not no_internals(out.text), (name, no_internals(out.text))


def test_formula_text_is_kept_as_data(injection):
    """Formula and HTML text in a good file is curated like any text (6 techniques)."""
    case = injection.inj.cases["formula_cells_curated"]
    assert _curated_of(injection.db, case) == case.curated
    assert_accounted(injection.db)


def test_quarantine_csv_neutralises_formula_cells(injection):
    text = injection.quarantine_csv.read_text(encoding="utf-8-sig")
    assert "HYPERLINK" in text and "@SUM" in text  # the payloads are there (file, sheet and cell text)
    assert formula_cells_csv(injection.quarantine_csv) == []


def test_exports_neutralise_formula_cells(injection):
    written = sorted(injection.export_dir.rglob("*"))
    csvs = [p for p in written if p.suffix == ".csv"]
    xlsxs = [p for p in written if p.suffix == ".xlsx"]
    assert csvs and xlsxs, written
    assert any("HYPERLINK" in p.read_text(encoding="utf-8-sig") for p in csvs)  # the hospital names got there
    bad = [b for p in csvs for b in formula_cells_csv(p)] + [b for p in xlsxs for b in formula_cells_xlsx(p)]
    assert bad == []


def test_report_runs_no_injected_script(injection):
    pages = sorted(injection.report_dir.rglob("*.html"))
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert H.XSS in html  # the hostile hospital name is shown …
        assert active_script(html, H.XSS) == []  # … as text


def _scan(injection, text: str, where: str):
    found = injection.scanner.find(text)
    what = {v: k for k, v in injection.inj.ids.items()}
    assert not found, f"ID numbers in {where}: " + ", ".join(what.get(i, "roster") for i in sorted(found))


def test_id_rows_were_really_quarantined(injection):
    """The scan below is meaningful: the roster with ID numbers had rows quarantined (raw
    cells stored) and a non-data line, and the CSV named with an ID number was read."""
    r = q(injection.db, "SELECT sum(rows_quarantined), sum(rows_nondata), sum(rows_curated) FROM submissions "
                        "WHERE file_sha256 = ?", [injection.inj.cases["id_numbers_roster"].sha256])
    assert r[0][0] >= 5 and r[0][1] >= 3 and r[0][2] >= 2, r
    for key in ("id_in_csv_name", "id_fullwidth_file_name", "id_suffixed_file_name", "id_fullwidth_sheet"):
        assert q(injection.db, "SELECT sum(rows_quarantined) FROM submissions WHERE file_sha256 = ?",
                 [injection.inj.cases[key].sha256])[0][0] == 1, key


def test_no_id_number_in_any_table(injection):
    for table, text in db_texts(injection.db).items():
        _scan(injection, text, f"table {table}")


def test_no_id_number_in_ingest_summary(injection):
    _scan(injection, injection.ingest.text, "the ingest summary")


def test_no_id_number_in_quarantine_or_hospitals_output_or_csv(injection):
    _scan(injection, injection.quarantine.text, "`duikou quarantine`")
    _scan(injection, injection.hospitals.text, "`duikou hospitals`")
    _scan(injection, injection.quarantine_csv.read_text(encoding="utf-8-sig"), "quarantine --csv")


def test_no_id_number_in_exports_reports_or_any_file_written(injection):
    """Exports, the report, its manifest, and anything else the tool wrote (logs, yaml)."""
    out_dir = injection.db.parent
    for p in sorted(out_dir.rglob("*")):
        if not p.is_file() or p.suffix in (".duckdb", ".wal"):
            continue
        text = xlsx_text(p) if p.suffix == ".xlsx" else p.read_text(encoding="utf-8", errors="replace")
        _scan(injection, text, str(p.relative_to(out_dir)))
    assert list(out_dir.rglob("*.manifest.json"))


def test_links_out_of_the_folder_skipped_with_a_reason(injection):
    files = [p for p in injection.inj.links if not p.name.startswith("链接目录")] + [injection.key_link]
    for link in files:
        lines = [ln for ln in injection.ingest.stdout.splitlines() if link.name in ln]
        assert lines and all(bilingual(ln) for ln in lines), (link.name, injection.ingest.stdout[-2000:])


def test_link_to_a_folder_outside_skipped_with_a_reason(injection):
    link = next(p for p in injection.inj.links if p.name.startswith("链接目录"))
    lines = [ln for ln in injection.ingest.stdout.splitlines() if link.name in ln]
    assert lines and all(bilingual(ln) for ln in lines), injection.ingest.stdout[-2000:]


def test_nothing_behind_a_link_is_stored_or_printed(injection):
    key = Path(os.environ["DUIKOU_KEY_FILE"])
    secrets = [H.OUTSIDE_MARKER, key.read_bytes().decode("latin-1").strip()]
    assert len(secrets[1]) >= 16
    outputs = [injection.ingest.text, injection.quarantine.text, injection.hospitals.text,
               injection.quarantine_csv.read_text(encoding="utf-8-sig")]
    for secret in secrets:
        for table, text in db_texts(injection.db).items():
            assert secret not in text, table
        assert not any(secret in o for o in outputs)
    hashes = {H.Case("", p, "").sha256 for p in (key, injection.inj.outside / "secret.csv", injection.inj.outside / "passwd")}
    assert not q(injection.db, f"SELECT file_name FROM submissions WHERE file_sha256 IN ({','.join('?' * len(hashes))})",
                 sorted(hashes))


def test_terminal_escape_codes_never_printed_raw_by_any_command(injection):
    """A file name and quarantined cells carry ESC/BEL sequences (screen clear, window title,
    hidden text, an OSC 8 hyperlink): every command's output shows them as escapes."""
    assert _curated_of(injection.db, injection.inj.cases["escape_codes_quarantined"]) == 0
    assert q(injection.db, "SELECT sum(rows_quarantined) FROM submissions WHERE file_sha256 = ?",
             [injection.inj.cases["escape_codes_quarantined"].sha256])[0][0] == 2
    for name in ("ingest", "quarantine", "hospitals"):
        text = getattr(injection, name).text
        raw = sorted({ch for ch in text if ord(ch) < 32 and ch not in "\n\t\r"} | ({"\x7f"} & set(text)))
        assert not raw, (name, raw)


def test_injection_run_keeps_every_earlier_curated_row(injection):
    after = snapshot(injection.db, provenance=False)
    for t in CURATED:
        assert injection.before[t] <= after[t], (t, injection.before[t] - after[t])


def test_quarantine_into_head_closes_quietly(injection):
    """`duikou quarantine | head -1`: the reader goes away after one line."""
    p = subprocess.Popen([*DUIKOU, "quarantine", "--db", str(injection.db), "--limit", "100000"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=injection.db.parent)
    first = p.stdout.readline()
    p.stdout.close()  # what head does after its line
    err = p.stderr.read().decode("utf-8", "replace")
    rc = p.wait(timeout=60)
    assert first.strip()
    assert "BrokenPipe" not in err and not no_internals(err), err[-2000:]
    assert rc != 1, (rc, err[-2000:])


# --------------------------------------------------------------------------------------------
# 3. numbers out of range among good files
# --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def out_of_range(base, tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile-range")
    cases = H.write_out_of_range(work / "in")
    db = copy_db(base, work / "out")
    before = snapshot(db)
    return cases, db, before, duikou("ingest", work / "in", "--db", db, "--quiet", cwd=work / "out")


def test_out_of_range_number_never_aborts_the_run(out_of_range):
    cases, db, before, out = out_of_range
    assert out.rc == 0, out.text[-3000:]
    assert not no_internals(out.text) and "internal error" not in out.text.lower(), out.text[-3000:]
    for key in ("good_activities", "good_techniques"):
        assert _curated_of(db, cases[key]) == cases[key].curated, key
    assert_accounted(db)
    after = snapshot(db)
    for t in CURATED:
        assert before[t] <= after[t], t


@pytest.mark.parametrize("key", ["xlsx_out_of_range", "csv_out_of_range"])
def test_out_of_range_row_quarantined_or_field_left_empty_with_a_finding(out_of_range, key):
    """The row with the impossible count is quarantined with a reason, or (data contract:
    an optional value that does not parse) curated with that field empty and a finding; never
    stored as some other number. The other months are curated as written."""
    cases, db, _, _ = out_of_range
    case = cases[key]
    sub = q(db, "SELECT submission_id FROM submissions WHERE file_sha256 = ?", [case.sha256])
    assert len(sub) == 1, sub
    sid = sub[0][0]
    bad_months = {int(m) for m in case.note.split(",")}
    rows = {r[0]: r[1:] for r in q(db, "SELECT month, outpatient_visits, discharges, surgeries, referrals_out, source_row "
                                       "FROM hospital_monthly_stats WHERE submission_id = ?", [sid])}
    assert set(range(1, 13)) - bad_months <= set(rows), rows
    for m in bad_months:
        src = m + 2  # title, header, then January on row 3
        if m in rows:
            values = rows[m][:4]
            assert all(v is None or 0 <= v < 10**9 for v in values), (m, values)
            assert None in values, (m, values)
            assert q(db, "SELECT code FROM findings WHERE submission_id = ? AND source_row = ?", [sid, src]), m
        else:
            reason = q(db, "SELECT reason_code, reason FROM quarantine WHERE submission_id = ? AND source_row = ?", [sid, src])
            assert reason and reason[0][0] and bilingual(reason[0][1]), (m, reason)


# --------------------------------------------------------------------------------------------
# 4. corrections and resubmissions; blank months
# --------------------------------------------------------------------------------------------
@dataclass
class CorrectionRun:
    db: Path
    files: dict
    sha_before: str
    sha_after_dry: str
    dry: Out
    real: Out
    before: dict
    export_dir: Path
    export: Out


@pytest.fixture(scope="module")
def corrections(base, tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile-corrections")
    folder = work / "in"
    files = {"correction": H.unreadable_correction(folder), "narrower": H.narrower_monthly(folder),
             "partial": H.partial_roster(folder), "blanks": H.monthly_with_blanks(folder)}
    db = copy_db(base, work / "out")
    before = snapshot(db)
    sha_before = sha(db)
    dry = duikou("ingest", folder, "--db", db, "--dry-run", "--quiet", cwd=work / "out")
    sha_dry = sha(db)
    real = duikou("ingest", folder, "--db", db, "--quiet", cwd=work / "out")
    exp = work / "out" / "exports"
    export = duikou("export", "--year", 2024, "--db", db, "--out", exp, "--format", "csv", cwd=work / "out")
    return CorrectionRun(db, files, sha_before, sha_dry, dry, real, before, exp, export)


def _rows_of(db: Path, table: str, hospital: str, col: str = "recipient_hospital_id"):
    return set(q(db, f'SELECT t.* EXCLUDE (submission_id, source_row) FROM "{table}" t JOIN hospitals h '
                     f'ON h.hospital_id = t.{col} WHERE h.name = ?', [hospital]))


def test_correction_dry_run_changes_nothing_and_shows_each_field(corrections):
    assert corrections.sha_before == corrections.sha_after_dry
    assert corrections.dry.rc == 0 and not no_internals(corrections.dry.text), corrections.dry.text[-3000:]
    lines = corrections.dry.stdout.splitlines()
    assert any("1001" in ln and "2001" in ln for ln in lines), corrections.dry.stdout  # 门急诊人次 old → new
    assert any("内科" in ln and "外科" in ln for ln in lines), corrections.dry.stdout  # department old → new


def test_no_id_number_in_resubmission_summaries(corrections):
    """The dry run lists updates field by field, of a roster whose rows carry ID numbers."""
    scanner = IdScanner(ROSTER_IDS)
    for out in (corrections.dry, corrections.real):
        assert not scanner.find(out.text)
    for table, text in db_texts(corrections.db).items():
        assert not scanner.find(text), table


def test_unreadable_correction_deletes_no_curated_row(corrections, base):
    c = corrections
    sub = q(c.db, "SELECT rows_curated, rows_quarantined FROM submissions WHERE file_sha256 = ?", [sha(c.files["correction"])])
    assert sub and sub[0] == (0, 4), sub  # the scenario holds: nothing in the correction is usable
    assert _rows_of(c.db, "techniques", "柳溪县中医医院") == _rows_of(base, "techniques", "柳溪县中医医院")
    assert len(_rows_of(c.db, "techniques", "柳溪县中医医院")) == 4


def test_narrower_resubmission_keeps_the_column_it_lacks_and_says_so(corrections, base):
    c = corrections
    was = {r[0]: r for r in q(base, "SELECT month, outpatient_visits, discharges, surgeries, referrals_out FROM hospital_monthly_stats")}
    now = {r[0]: r for r in q(c.db, "SELECT m.month, m.outpatient_visits, m.discharges, m.surgeries, m.referrals_out "
                                    "FROM hospital_monthly_stats m JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id "
                                    "WHERE h.name = '石湾县人民医院'")}
    assert set(now) == set(range(1, 13))
    for m in range(1, 13):
        assert now[m][1] == was[m][1] + 1000, (m, now[m], was[m])  # updated
        assert now[m][3] == was[m][3] is not None, (m, now[m], was[m])  # surgeries kept, not NULL
        assert now[m][2] == was[m][2] and now[m][4] == was[m][4]
    notes = notes_under(c.real.stdout, c.files["narrower"].name)
    assert any(("surgeries" in n or "手术台次" in n) and bilingual(n) for n in notes), c.real.stdout


def test_partial_roster_removes_nobody_and_says_so(corrections, base):
    c = corrections
    people = lambda db: {r[0]: r[1] for r in q(db, "SELECT d.person_id, d.department FROM deployments d JOIN hospitals h "  # noqa: E731
                                                   "ON h.hospital_id = d.support_hospital_id WHERE h.name = ?", [SUPPORT])}
    was, now = people(base), people(c.db)
    assert set(now) == set(was) and len(now) == 6, (was, now)
    assert sorted(now.values()) == sorted(["外科"] + ["内科"] * 5), now
    notes = notes_under(c.real.stdout, c.files["partial"].name)
    assert any(bilingual(n) and "5" in n and re.search(r"保留|kept|keep", n) for n in notes), c.real.stdout


def test_resubmissions_account_for_every_row(corrections):
    assert corrections.real.rc == 0 and not no_internals(corrections.real.text), corrections.real.text[-3000:]
    assert_accounted(corrections.db)
    after = snapshot(corrections.db)
    # only the two resubmitted forms may change; everything else as before
    for t in ("hospitals", "pairings", "activities", "trainees"):
        assert corrections.before[t] == after[t], t


def _export_row(c: CorrectionRun, indicator: str, hospital: str) -> dict:
    import csv

    path = next(c.export_dir.glob(f"*-{indicator}.csv"))
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    head = [re.search(r"（(\w+)）$", h).group(1) if re.search(r"（(\w+)）$", h) else h for h in rows[0]]
    for r in rows[1:]:
        d = dict(zip(head, r))
        if d.get("hospital_name") == hospital:
            return d
    raise AssertionError(f"{hospital} not in {path.name}")


def test_blank_or_dash_month_is_not_a_reported_month(corrections):
    """柳溪县中医医院: 出院人数 blank in March, "—" in April; 门急诊人次 "—" in May; 转出 10 a month.
    The control hospital reported all twelve months."""
    c = corrections
    assert c.export.rc == 0, c.export.text[-2000:]
    blanks = q(c.db, "SELECT m.month, m.outpatient_visits, m.discharges FROM hospital_monthly_stats m JOIN hospitals h "
                     "ON h.hospital_id = m.recipient_hospital_id WHERE h.name = '柳溪县中医医院' AND m.month IN (3, 4, 5)")
    for month, visits, discharges in blanks:
        assert (discharges if month in (3, 4) else visits) != 0, (month, visits, discharges)  # not invented as 0
    assert _export_row(c, "discharges_recipient_year", "柳溪县中医医院")["months_reported"] == "10"
    assert _export_row(c, "outpatient_visits_recipient_year", "柳溪县中医医院")["months_reported"] == "11"
    rate = _export_row(c, "referral_rate_recipient", "柳溪县中医医院")
    assert rate["months_reported"] == "10" and rate["numerator"] == "100", rate  # 10 months of referrals, not 12
    assert _export_row(c, "discharges_recipient_year", "石湾县人民医院")["months_reported"] == "12"


# --------------------------------------------------------------------------------------------
# 5. a database path with quotes
# --------------------------------------------------------------------------------------------
def test_dry_run_with_quotes_in_the_database_path(base, tmp_path):
    folder = tmp_path / "in"
    H.write(folder / "石湾县人民医院_带教活动.csv",
            H._activities("石湾县人民医院", ["合理用药", "心衰查房", "院感防控"]).encode())
    odd = tmp_path / "it's \"quoted\"" / "o'brien\"; DROP TABLE hospitals; --.duckdb"
    db = copy_db(base, odd.parent, odd.name)
    before = sha(db)
    out = duikou("ingest", folder, "--db", db, "--dry-run", "--quiet", cwd=tmp_path)
    assert out.rc == 0 and not no_internals(out.text), out.text[-3000:]
    assert sha(db) == before
    assert re.search(r"石湾县人民医院_带教活动\.csv\s+\d+\s+3\b", out.stdout), out.stdout


# --------------------------------------------------------------------------------------------
# 6. the disk fills up during an ingest
# --------------------------------------------------------------------------------------------
def _can_mount_tmpfs(tmp: Path) -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    d = tmp / "probe"
    d.mkdir()
    p = subprocess.run(["unshare", "-m", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs '{d}'"],
                       capture_output=True, timeout=30)
    return p.returncode == 0


@pytest.mark.parametrize("room_kb", [256, 1536])
def test_disk_full_named_as_such_and_database_unchanged(base, tmp_path, room_kb):
    """The database lives on a file system with `room_kb` KB free; the submission needs more.
    README: exit 5, the problem named (disk full), the database unchanged. A private mount
    namespace holds the small tmpfs, so nothing outlives the test."""
    if not _can_mount_tmpfs(tmp_path):
        pytest.skip("needs root and a mount namespace (unshare -m) for a small tmpfs")
    from hostile.base import activity_csv_text

    folder = tmp_path / "in"
    items = [(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "学术讲座", f"第{i}次讲座：占用空间的较长主题描述", 10 + i % 50)
             for i in range(20000)]
    H.write(folder / "石湾县人民医院_带教活动.csv", activity_csv_text("石湾县人民医院", items).encode())
    mnt, out = tmp_path / "mnt", tmp_path / "out"
    mnt.mkdir()
    out.mkdir()
    size = base.stat().st_size + room_kb * 1024
    cmd = " ".join(DUIKOU)
    script = (f"mount -t tmpfs -o size={size} tmpfs '{mnt}' && cp '{base}' '{mnt}/db.duckdb' && "
              f"{cmd} ingest '{folder}' --db '{mnt}/db.duckdb' --quiet > '{out}/stdout' 2> '{out}/stderr'; "
              f"echo $? > '{out}/rc'; cp -a '{mnt}/.' '{out}/db/' 2>/dev/null || (mkdir -p '{out}/db' && cp -a '{mnt}/.' '{out}/db/')")
    p = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, timeout=300,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert (out / "rc").exists(), p.stderr.decode()
    rc = int((out / "rc").read_text())
    text = (out / "stdout").read_text(encoding="utf-8", errors="replace") + (out / "stderr").read_text(encoding="utf-8", errors="replace")
    assert rc == 5, (rc, text[-2000:])
    assert not no_internals(text) and "DUIKOU_DEBUG" not in text, text[-2000:]
    assert any(bilingual(ln) and "磁盘" in ln and re.search(r"disk", ln, re.I) for ln in text.splitlines()), text
    db = out / "db" / "db.duckdb"
    assert snapshot(db) == snapshot(base)


# --------------------------------------------------------------------------------------------
# 7. Ctrl-C while the readers parse
# --------------------------------------------------------------------------------------------
def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


@pytest.mark.parametrize("after", [0.3, 1.0])
def test_ctrl_c_during_parsing_is_quiet_and_changes_nothing(base, tmp_path, after):
    """Ctrl-C reaches the whole foreground process group (the ingest and its reader processes):
    README: exit 130, the database unchanged, and no reader's traceback on the screen."""
    import signal

    from hostile.base import RECIPIENTS, activity_csv_text

    folder = tmp_path / "in"
    for h in list(RECIPIENTS)[:4]:
        items = [(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "学术讲座", f"第{i}次讲座", 10 + i % 50) for i in range(15000)]
        H.write(folder / f"{h}_带教活动.csv", activity_csv_text(h, items).encode())
    db = copy_db(base, tmp_path / "out")
    p = subprocess.Popen([*DUIKOU, "ingest", str(folder), "--db", str(db), "--quiet"], cwd=tmp_path,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    t0 = time.monotonic()
    while time.monotonic() - t0 < 60 and p.poll() is None and not _children(p.pid):
        time.sleep(0.02)
    time.sleep(after)
    if p.poll() is not None:
        p.communicate()
        pytest.skip("the ingest finished before the interrupt")
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=120)
    text = out.decode("utf-8", "replace") + err.decode("utf-8", "replace")
    assert p.returncode == 130, (p.returncode, text[-3000:])
    assert not no_internals(text) and "KeyboardInterrupt" not in text, text[-3000:]
    assert any(bilingual(ln) for ln in text.splitlines()), text
    assert snapshot(db) == snapshot(base)

"""Templates (issue 18, item 1): every form's generated template, filled by a script with the
synthetic generator's truth, ingests with 100% fidelity — every filled row curated with exactly
the values written (compared with the truth filled in, never with the pipeline's output),
nothing quarantined — also when edited by hand (two columns swapped, two rows inserted above
the header) and after a LibreOffice round trip (skipped when soffice is absent).

The pairing list is itself filled in from the pairings template and named with ``pairings=``;
rows about hospitals the pairing list does not name (the generator's never-paired comparison
hospitals' monthly statistics) cannot resolve and are not filled.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections import Counter
from decimal import Decimal
from pathlib import Path

import duckdb
import openpyxl
import pytest

from pipelines.ingest.run import ingest
from pipelines.privacy.person_id import PersonIds
from pipelines.synthetic.generate import generate
from pipelines.templates import add_template_parser, cmd_template, columns, template_forms, template_info, write_template

KEY = "templates-test-key"
FORMS = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats", "staff_monthly_assessments",
         "county_inpatient_stats"]
YES_NO = {True: "是", False: "否", None: None}


# ---------------------------------------------------------------- the truth, as rows of the template's fields
@pytest.fixture(scope="module")
def truth():
    return generate()


def _rows(t, form: str, who: tuple[str, str] | None = None) -> list[dict]:
    """Truth rows of one form as {field: cell value} the way a hospital fills the template in
    (hospitals by their name in the pairing list). ``who`` (role, hospital_id): only the rows
    where that hospital is the support hospital (host) or the recipient."""
    name = {h.hospital_id: h.name for h in t.hospitals}
    paired = {h for p in t.pairings for h in (p.support, p.recipient)}
    out = []
    if form == "pairings":
        for p in t.pairings:
            r, s = t.hospital(p.recipient), t.hospital(p.support)
            out.append({"recipient_hospital_id": r.name, "recipient_level": r.level, "recipient_grade": r.grade,
                        "recipient_category": r.category, "recipient_county": r.county, "support_hospital_id": s.name,
                        "support_level": s.level, "programme": p.programme, "start_date": p.start, "end_date": p.end,
                        "agreement_date": p.agreement, "_ids": (p.support, p.recipient)})
    elif form == "deployments":
        for d in t.deployments:
            out.append({"name": d.person.name, "id_number": d.person.id_number, "support_hospital_id": name[d.support],
                        "recipient_hospital_id": name[d.recipient], "department": d.department, "title": d.title,
                        "staff_category": d.staff_category, "position_at_recipient": d.position, "start_date": d.start,
                        "end_date": d.end, "years_of_service": d.years_of_service, "paid_by_recipient": float(d.paid_by_recipient),
                        "written_assessment": YES_NO[d.written_assessment], "_ids": (d.support, d.recipient), "_truth": d})
    elif form == "trainees":
        for x in t.trainees:
            out.append({"name": x.person.name, "id_number": x.person.id_number, "recipient_hospital_id": name[x.recipient],
                        "host_hospital_id": name[x.host], "department": x.department, "start_date": x.start, "end_date": x.end,
                        "fee_charged": float(x.fee), "completed": YES_NO[x.completed], "_ids": (x.host, x.recipient), "_truth": x})
    elif form == "techniques":
        for k in t.techniques:
            out.append({"recipient_hospital_id": name[k.recipient], "support_hospital_id": name.get(k.support), "name": k.name,
                        "department": k.department, "first_performed_date": k.first_date, "cases": k.cases,
                        "fills_county_gap": YES_NO[k.fills_gap], "_ids": (k.support, k.recipient), "_truth": k})
    elif form == "activities":
        for a in t.activities:
            out.append({"recipient_hospital_id": name[a.recipient], "support_hospital_id": name.get(a.support),
                        "activity_date": a.date, "activity_type": a.type, "topic": a.topic, "participants": a.participants,
                        "_ids": (a.support, a.recipient), "_truth": a})
    elif form == "hospital_monthly_stats":
        for m in t.monthly:
            if m.hospital in paired:
                out.append({"recipient_hospital_id": name[m.hospital], "year": m.year, "month": m.month,
                            "outpatient_visits": m.outpatient, "discharges": m.discharges, "surgeries": m.surgeries,
                            "referrals_out": m.referrals_out, "referrals_up_received": m.up_received,
                            "referrals_down_received": m.down_received, "_ids": (None, m.hospital), "_truth": m})
    elif form == "county_inpatient_stats":
        for c in t.county:
            out.append({"county_name": c.county_name, "county_code": c.county_code, "year": c.year,
                        "resident_admissions": c.admissions, "resident_admissions_outside_county": c.outside,
                        "_ids": (None, None), "_truth": c})
    elif form == "staff_monthly_assessments":
        for a in t.assessments:
            out.append({"name": a.person.name, "id_number": a.person.id_number, "recipient_hospital_id": name[a.recipient],
                        "support_hospital_id": name[a.support], "year": a.year, "month": a.month, "score": float(a.score),
                        "spot_checks": a.spot_checks, "spot_checks_present": a.present, "_ids": (a.support, a.recipient),
                        "_truth": a})
    if who:
        role, hid = who
        out = [r for r in out if r["_ids"][0 if role == "support" else 1] == hid]
    return out


def _expected(form: str, rows: list[dict], ids: PersonIds) -> Counter:
    """The curated values the written cells must give, worked out from the rows filled in."""
    def d(v):
        return v

    def money(v):
        return None if v is None else Decimal(str(v))

    def yn(v):
        return {"是": True, "否": False, None: None}[v]

    out = Counter()
    for r in rows:
        if form == "pairings":
            out[(r["support_hospital_id"], r["recipient_hospital_id"], r["programme"], r["start_date"], r["end_date"],
                 r["agreement_date"])] += 1
        elif form == "deployments":
            x = r["_truth"]
            out[(ids.from_id_number(r["id_number"]), "id_number", r["support_hospital_id"], r["recipient_hospital_id"],
                 r["department"], r["title"], x.title_rank, r["staff_category"], r["position_at_recipient"], r["start_date"],
                 r["end_date"], r["years_of_service"], money(r["paid_by_recipient"]), yn(r["written_assessment"]))] += 1
        elif form == "trainees":
            out[(ids.from_id_number(r["id_number"]), r["recipient_hospital_id"], r["host_hospital_id"], r["department"],
                 r["start_date"], r["end_date"], money(r["fee_charged"]), yn(r["completed"]))] += 1
        elif form == "techniques":
            out[(r["recipient_hospital_id"], r["support_hospital_id"], r["name"], r["department"], r["first_performed_date"],
                 r["cases"], yn(r["fills_county_gap"]))] += 1
        elif form == "activities":
            out[(r["recipient_hospital_id"], r["support_hospital_id"], r["activity_date"], r["activity_type"], r["topic"],
                 r["participants"])] += 1
        elif form == "hospital_monthly_stats":
            out[(r["recipient_hospital_id"], r["year"], r["month"], r["outpatient_visits"], r["discharges"], r["surgeries"],
                 r["referrals_out"], r["referrals_up_received"], r["referrals_down_received"])] += 1
        elif form == "county_inpatient_stats":
            out[(r["county_code"], r["year"], r["county_name"], r["resident_admissions"],
                 r["resident_admissions_outside_county"])] += 1
        elif form == "staff_monthly_assessments":
            out[(ids.from_id_number(r["id_number"]), r["recipient_hospital_id"], r["support_hospital_id"], r["year"], r["month"],
                 Decimal(str(r["score"])), r["spot_checks"], r["spot_checks_present"])] += 1
    return out


QUERIES = {
    "pairings": """SELECT s.name, r.name, p.programme, p.start_date, p.end_date, p.agreement_date FROM pairings p
                   JOIN hospitals s ON s.hospital_id = p.support_hospital_id JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id""",
    "deployments": """SELECT d.person_id, d.person_id_basis, s.name, r.name, d.department, d.title, d.title_rank, d.staff_category,
                      d.position_at_recipient, d.start_date, d.end_date, d.years_of_service, d.paid_by_recipient, d.written_assessment
                      FROM deployments d JOIN hospitals s ON s.hospital_id = d.support_hospital_id
                      JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id""",
    "trainees": """SELECT x.person_id, r.name, h.name, x.department, x.start_date, x.end_date, x.fee_charged, x.completed FROM trainees x
                   JOIN hospitals r ON r.hospital_id = x.recipient_hospital_id JOIN hospitals h ON h.hospital_id = x.host_hospital_id""",
    "techniques": """SELECT r.name, s.name, k.name, k.department, k.first_performed_date, k.cases, k.fills_county_gap FROM techniques k
                     JOIN hospitals r ON r.hospital_id = k.recipient_hospital_id LEFT JOIN hospitals s ON s.hospital_id = k.support_hospital_id""",
    "activities": """SELECT r.name, s.name, a.activity_date, a.activity_type, a.topic, a.participants FROM activities a
                     JOIN hospitals r ON r.hospital_id = a.recipient_hospital_id LEFT JOIN hospitals s ON s.hospital_id = a.support_hospital_id""",
    "hospital_monthly_stats": """SELECT r.name, m.year, m.month, m.outpatient_visits, m.discharges, m.surgeries, m.referrals_out,
                                 m.referrals_up_received, m.referrals_down_received FROM hospital_monthly_stats m
                                 JOIN hospitals r ON r.hospital_id = m.recipient_hospital_id""",
    "county_inpatient_stats": """SELECT county_code, year, county_name, resident_admissions, resident_admissions_outside_county
                                 FROM county_inpatient_stats""",
    "staff_monthly_assessments": """SELECT a.person_id, r.name, s.name, a.year, a.month, a.score, a.spot_checks, a.spot_checks_present
                                    FROM staff_monthly_assessments a JOIN hospitals r ON r.hospital_id = a.recipient_hospital_id
                                    LEFT JOIN hospitals s ON s.hospital_id = a.support_hospital_id""",
}


# ---------------------------------------------------------------- filling a template in, as a script would
def _header_row(ws, form: str) -> tuple[int, dict[str, int]]:
    """The header row and each field's column, found from the labels (so moved columns and
    added rows are followed)."""
    labels = {c.label: c.field for c in columns(form)}
    for row in ws.iter_rows(min_row=1, max_row=20):
        found = {labels[c.value]: c.column for c in row if isinstance(c.value, str) and c.value in labels}
        if len(found) == len(labels):
            return row[0].row, found
    raise AssertionError(f"{form}: header not found")


def _data_sheet(wb, form: str):
    from pipelines.templates.build import spec

    return wb[spec()["forms"][form]["sheet"]]


def _lists(wb) -> dict[str, list]:
    ws = wb["下拉选项"]
    return {ws.cell(1, c).value: [ws.cell(r, c).value for r in range(2, ws.max_row + 1) if ws.cell(r, c).value is not None]
            for c in range(1, ws.max_column + 1)}


def fill(path: Path, form: str, rows: list[dict], *, edit: bool = False) -> Path:
    wb = openpyxl.load_workbook(path)
    ws = _data_sheet(wb, form)
    if edit:  # by hand: two columns swapped, two rows inserted above the header
        head, cols = _header_row(ws, form)
        a, b = sorted(cols.values())[:2]
        ws.cell(head, a).value, ws.cell(head, b).value = ws.cell(head, b).value, ws.cell(head, a).value
        ws.insert_rows(1, 2)
        ws.cell(1, 1).value = "（本表经医务科调整列顺序）"
    head, cols = _header_row(ws, form)
    for i, r in enumerate(rows, head + 1):
        for f, c in cols.items():
            ws.cell(i, c).value = r.get(f)
    wb.save(path)
    return path


# ---------------------------------------------------------------- the runs
@pytest.fixture(scope="module")
def env(tmp_path_factory):
    old = os.environ.get("DUIKOU_PERSON_KEY")
    os.environ["DUIKOU_PERSON_KEY"] = KEY
    yield PersonIds(KEY.encode())
    if old is None:
        os.environ.pop("DUIKOU_PERSON_KEY", None)
    else:
        os.environ["DUIKOU_PERSON_KEY"] = old


@pytest.fixture(scope="module")
def pairing_list(truth, env, tmp_path_factory) -> Path:
    """The province's pairing list, written from the pairings template; and a database with it."""
    d = tmp_path_factory.mktemp("pairing_list")
    path = fill(write_template("pairings", d / "SYNTHETIC_附件1_对口支援关系一览表.xlsx"), "pairings", _rows(truth, "pairings"))
    return path


@pytest.fixture(scope="module")
def base_db(pairing_list, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("base") / "base.duckdb"
    rep = ingest([], db, show_progress=False, pairings=[str(pairing_list)])
    assert not rep.failed
    return db


def _run(tmp: Path, base_db: Path, pairing_list: Path, files: list[Path]) -> Path:
    db = tmp / "run.duckdb"
    rep = ingest([str(tmp / "in")], db, show_progress=False, pairings=[str(pairing_list)])
    assert not rep.failed, [f.error for f in rep.failed]
    return db


def _fidelity(db: Path, form: str, rows: list[dict], ids: PersonIds, file_name: str) -> tuple[Counter, Counter, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        got = Counter(con.execute(QUERIES[form]).fetchall())
        quarantined = con.execute("""SELECT q.source_row, q.reason_code, q.reason FROM quarantine q JOIN submissions s USING (submission_id)
                                     WHERE s.file_name = ?""", [file_name]).fetchall()
    finally:
        con.close()
    want = _expected(form, rows, ids)
    return want - got, got - want, quarantined


def _write_all(truth, base_db: Path, folder: Path, *, edit: bool = False, who: dict | None = None) -> dict[str, tuple[Path, list]]:
    """Every form's template (hospital dropdowns from the base database), filled in."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for form in FORMS:
        kw, rows_who = {}, None
        if who and form in who:
            role, hid = rows_who = who[form]
            kw[role] = truth.hospital(hid).name
        rows = _rows(truth, form, rows_who)
        path = write_template(form, folder / f"SYNTHETIC_{form}.xlsx", db=base_db, **kw)
        out[form] = (fill(path, form, rows, edit=edit), rows)
    return out


def _check_all(db: Path, written: dict, ids: PersonIds) -> dict[str, str]:
    problems = {}
    for form, (path, rows) in written.items():
        missing, extra, quarantined = _fidelity(db, form, rows, ids, path.name)
        if missing or extra or quarantined:
            problems[form] = f"missing {list(missing.items())[:3]} extra {list(extra.items())[:3]} quarantined {quarantined[:3]}"
    return problems


@pytest.fixture(scope="module")
def filled(truth, base_db, pairing_list, env, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("filled")
    written = _write_all(truth, base_db, tmp / "in")
    return written, _run(tmp, base_db, pairing_list, list(written))


# ---------------------------------------------------------------- tests
def test_pairing_list_from_template_establishes_hospitals_and_pairings(truth, base_db, env):
    rows = _rows(truth, "pairings")
    missing, extra, quarantined = _fidelity(base_db, "pairings", rows, env, "SYNTHETIC_附件1_对口支援关系一览表.xlsx")
    assert not missing and not extra and not quarantined
    con = duckdb.connect(str(base_db), read_only=True)
    got = {r[0]: r[1:] for r in con.execute("SELECT name, level, grade, category, county FROM hospitals").fetchall()}
    con.close()
    for r in rows:
        assert got[r["recipient_hospital_id"]] == (r["recipient_level"], r["recipient_grade"], r["recipient_category"],
                                                   r["recipient_county"])
        assert got[r["support_hospital_id"]][0] == r["support_level"]


@pytest.mark.parametrize("form", FORMS)
def test_filled_template_ingests_with_full_fidelity(form, filled, env):
    written, db = filled
    path, rows = written[form]
    assert rows
    missing, extra, quarantined = _fidelity(db, form, rows, env, path.name)
    assert not quarantined, quarantined[:5]
    assert not missing, f"{form}: rows written but not curated as written: {list(missing.items())[:5]}"
    assert not extra, f"{form}: curated rows that were not written: {list(extra.items())[:5]}"
    con = duckdb.connect(str(db), read_only=True)
    sheets = con.execute("SELECT sheet_name, form_type, rows_curated, rows_quarantined FROM submissions WHERE file_name = ?",
                         [path.name]).fetchall()
    con.close()
    # the data sheet gives every row; the instructions and the hidden options are not data
    assert sorted(sheets, key=str) == sorted([(s[0], form, len(rows), 0) for s in sheets if s[1]]
                                             + [(s[0], None, 0, 0) for s in sheets if not s[1]], key=str)
    assert [s[1] for s in sheets].count(form) == 1 and len(sheets) == 3


def test_template_for_one_hospital_ingests_with_full_fidelity(truth, base_db, pairing_list, env, tmp_path):
    """Templates for one support hospital (its recipients in the dropdowns) or one recipient."""
    sup, rec = truth.pairings[0].support, truth.pairings[0].recipient
    who = {"deployments": ("support", sup), "trainees": ("support", sup), "techniques": ("recipient", rec),
           "activities": ("recipient", rec), "hospital_monthly_stats": ("recipient", rec),
           "staff_monthly_assessments": ("recipient", rec)}
    written = _write_all(truth, base_db, tmp_path / "in", who=who)
    assert all(rows for _, rows in written.values())
    db = _run(tmp_path, base_db, pairing_list, list(written))
    assert _check_all(db, written, env) == {}
    # the fixed hospital's dropdown offers it alone; the other party's, the hospitals paired with it
    values = _lists(openpyxl.load_workbook(written["deployments"][0]))
    assert values["support_hospitals"] == [truth.hospital(sup).name]
    assert set(values["recipient_hospitals"]) == {truth.hospital(p.recipient).name for p in truth.pairings if p.support == sup}


def test_template_edited_by_hand_still_ingests(truth, base_db, pairing_list, env, tmp_path):
    written = _write_all(truth, base_db, tmp_path / "in", edit=True)
    db = _run(tmp_path, base_db, pairing_list, list(written))
    assert _check_all(db, written, env) == {}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("target", ["ods", "xlsx"])
def test_libreoffice_round_trip(target, filled, base_db, pairing_list, env, tmp_path):
    """Filled templates opened and saved by LibreOffice (as .ods, and as .xlsx again) ingest the same."""
    written, _ = filled
    conv = tmp_path / "in"
    conv.mkdir()
    filt = "ods" if target == "ods" else "xlsx:Calc MS Excel 2007 XML"
    src = tmp_path / "src"
    src.mkdir()
    for form, (path, _) in written.items():
        shutil.copy(path, src / path.name.replace("SYNTHETIC_", "SYNTHETIC_lo_"))
    profile = tmp_path / "lo_profile"
    proc = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", filt,
                           "--outdir", str(conv), *sorted(str(p) for p in src.iterdir())],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = {}
    for form, (path, rows) in written.items():
        new = conv / (path.stem.replace("SYNTHETIC_", "SYNTHETIC_lo_") + f".{target}")
        assert new.exists(), (new, proc.stdout, proc.stderr)
        assert template_info(new)["id"] == f"duikou-template:{form}"   # the hidden id survives
        out[form] = (new, rows)
    db = _run(tmp_path, base_db, pairing_list, list(out))
    assert _check_all(db, out, env) == {}


# ---------------------------------------------------------------- the workbook itself
@pytest.mark.parametrize("form", template_forms())
def test_template_layout(form, base_db, tmp_path):
    path = write_template(form, tmp_path / f"{form}.xlsx", db=base_db)
    info = template_info(path)
    assert info["id"] == f"duikou-template:{form}" and info["form"] == form and info["version"].startswith("1+")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "填表说明"
    assert wb["下拉选项"].sheet_state == "hidden"
    assert "duikou_template" in wb.defined_names
    ws = _data_sheet(wb, form)
    head, cols = _header_row(ws, form)
    assert ws.freeze_panes == f"A{head + 1}"
    spec_cols = {c.field: c for c in columns(form)}
    validated = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            validated[rng.min_col] = dv
    for f, c in cols.items():
        col = spec_cols[f]
        cell = ws.cell(head + 1, c)
        if col.kind == "date":
            assert "yy" in cell.number_format
        if col.kind in ("id_number", "text", "hospital"):
            assert cell.number_format == "@"
        assert validated[c].prompt, (form, f)           # an input message on every column
        if col.list in ("titles", "activity_types", "yes_no", "recipient_hospitals", "support_hospitals", "hospitals"):
            assert validated[c].type == "list", (form, f)
    text = "\n".join(str(r[0]) for r in wb["填表说明"].iter_rows(values_only=True) if r[0])
    for col in spec_cols.values():
        assert f"．{col.label}（" in text


def test_instructions_cite_the_profile_with_document_number(tmp_path):
    wb = openpyxl.load_workbook(write_template("deployments", tmp_path / "a.xlsx"))
    text = "\n".join(str(r[0]) for r in wb["填表说明"].iter_rows(values_only=True) if r[0])
    assert "《城乡医院对口支援工作管理办法（试行）》（卫医管发〔2009〕72号）" in text and "R15" in text
    wb = openpyxl.load_workbook(write_template("deployments", tmp_path / "b.xlsx", profile="guangxi-2022"))
    text = "\n".join(str(r[0]) for r in wb["填表说明"].iter_rows(values_only=True) if r[0])
    assert "《广西三级医院对口支援县级医院工作方案（2022—2025年）》" in text and "至少 5 人" in text and "R05" in text
    wb = openpyxl.load_workbook(write_template("techniques", tmp_path / "c.xlsx", profile="changchun-2011"))
    text = "\n".join(str(r[0]) for r in wb["填表说明"].iter_rows(values_only=True) if r[0])
    assert "长卫医管发〔2011〕3号" in text and "R11" in text


def test_same_name_hospitals_are_offered_by_id(env, tmp_path):
    """Two 青石镇卫生院 in two counties: the bare name resolves to neither, so the dropdown
    offers their hospital_id (listed in the instructions with the county), which resolves."""
    rows = [{"recipient_hospital_id": "青石镇卫生院", "recipient_level": "一级", "recipient_category": "乡镇卫生院",
             "recipient_county": county, "support_hospital_id": f"{county}人民医院", "start_date": dt.date(2021, 1, 1)}
            for county in ("北塘县", "鹤沙县")]
    plist = fill(write_template("pairings", tmp_path / "SYNTHETIC_附件1.xlsx"), "pairings", rows)
    db = tmp_path / "db.duckdb"
    ingest([], db, show_progress=False, pairings=[str(plist)])
    con = duckdb.connect(str(db), read_only=True)
    ids = dict(con.execute("SELECT county, hospital_id FROM hospitals WHERE name = '青石镇卫生院'").fetchall())
    con.close()
    (tmp_path / "in").mkdir()
    path = write_template("activities", tmp_path / "in" / "SYNTHETIC_act.xlsx", db=db, support="鹤沙县人民医院")
    wb = openpyxl.load_workbook(path)
    assert _lists(wb)["recipient_hospitals"] == [ids["鹤沙县"]]
    text = "\n".join(str(r[0]) for r in wb["填表说明"].iter_rows(values_only=True) if r[0])
    assert f"{ids['鹤沙县']} 即 鹤沙县青石镇卫生院" in text
    fill(path, "activities", [{"recipient_hospital_id": ids["鹤沙县"], "support_hospital_id": "鹤沙县人民医院",
                               "activity_date": dt.date(2024, 3, 1), "activity_type": "义诊", "topic": "义诊", "participants": 9}])
    ingest([str(tmp_path / "in")], db, show_progress=False)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT recipient_hospital_id FROM activities").fetchall() == [(ids["鹤沙县"],)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
    con.close()


def test_cli(base_db, tmp_path, truth):
    import argparse

    from pipelines.errors import UserError

    p = argparse.ArgumentParser(prog="duikou")
    add_template_parser(p.add_subparsers(dest="command"))
    out = tmp_path / "t.xlsx"
    args = p.parse_args(["template", "--form", "trainees", "--db", str(base_db), "--support", truth.hospital("QL001").name,
                         "--profile", "bozhou-2016", "--out", str(out)])
    assert args.func(args) == 0 and template_info(out)["form"] == "trainees"
    args = p.parse_args(["template", "--form", "trainees", "--db", str(base_db), "--support", "不存在的医院", "--out", str(out)])
    with pytest.raises(UserError):
        cmd_template(args)
    with pytest.raises(SystemExit):
        p.parse_args(["template", "--form", "nosuchform", "--out", str(out)])

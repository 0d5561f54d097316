"""Write a fillable .xlsx template for one form (``duikou template``).

The workbook has three sheets: the instructions (填表说明: every column, whether required, its
format, the programme rule it feeds with the policy document's title and 文号), the data sheet
(title, optional 填报单位 line, a frozen header whose texts are the intake's standard labels from
pipelines/catalogue/forms.yaml, typed and validated cells, input messages) and a hidden sheet
of dropdown options. The template's id and version are kept as workbook custom properties and
as a defined name, invisible on the sheets (``template_info`` reads them back).

Text and layout are data: pipelines/templates/templates.yaml.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipelines.catalogue import load_yaml
from pipelines.errors import UserError

HERE = Path(__file__).resolve().parent
DEFINED_NAME = "duikou_template"
PROP_ID, PROP_VERSION, PROP_FORM, PROP_COLUMNS, PROP_PROFILE = (
    "duikou_template_id", "duikou_template_version", "duikou_template_form", "duikou_template_columns", "duikou_template_profile")
DATA_ROWS = 500  # rows prepared with formats and validation (more can be typed below)


@lru_cache(maxsize=1)
def spec() -> dict:
    with open(HERE / "templates.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def template_forms() -> list[str]:
    return list(spec()["forms"])


@dataclass
class Column:
    field: str
    label: str            # header text: the catalogue's first (standard) label
    kind: str
    required: bool
    meaning: str
    format: str
    rules: list[str]
    example: Any
    list: str | None = None
    party: str | None = None


def columns(form: str) -> list[Column]:
    """The form's columns, in order, with the header label the intake maps exactly."""
    from pipelines.ingest.form_catalogue import forms

    if form not in spec()["forms"]:
        raise UserError(f"未知报表 {form} / unknown form {form!r}; one of: {', '.join(template_forms())}")
    cat = forms()[form].fields
    out = []
    for c in spec()["forms"][form]["columns"]:
        f = cat[c["field"]]
        out.append(Column(c["field"], f.labels[0], c["kind"], bool(c.get("required", f.required)), c["meaning"], c["format"],
                          list(c.get("rules") or []), c.get("example"), c.get("list"), c.get("party")))
    return out


def template_id(form: str) -> str:
    return f"{spec()['id_prefix']}:{form}"


def template_version(form: str) -> str:
    """The declared version plus a short hash of the columns: a change of labels shows."""
    cols = [(c.field, c.label, c.kind) for c in columns(form)]
    digest = hashlib.sha256(json.dumps(cols, ensure_ascii=False).encode()).hexdigest()[:8]
    return f"{spec()['version']}+{digest}"


# ------------------------------------------------------------------ lists
def _catalogue_lists() -> dict[str, list]:
    titles = list(load_yaml("titles.yaml")["titles"])
    tables = load_yaml("tables.yaml")
    enum = {}
    for t in _iter_tables(tables):
        for col in t.get("columns", []):
            if col.get("name") in ("staff_category", "activity_type") and col["name"] not in enum:
                enum[col["name"]] = [s.strip() for s in re.split(r"[,，、]", str(col.get("en") or col.get("meaning") or "")) if s.strip()]
    return {"titles": titles, "staff_categories": enum.get("staff_category", []), "activity_types": enum.get("activity_type", [])}


def _iter_tables(doc: Any):
    tables = doc.get("tables", doc) if isinstance(doc, dict) else doc
    if isinstance(tables, dict):
        for name, t in tables.items():
            if isinstance(t, dict):
                yield {"name": name, **t}
    elif isinstance(tables, list):
        yield from (t for t in tables if isinstance(t, dict))


@dataclass
class Parties:
    hospitals: list[str] = field(default_factory=list)
    support_hospitals: list[str] = field(default_factory=list)
    recipient_hospitals: list[str] = field(default_factory=list)
    support: str | None = None
    recipient: str | None = None
    same_name: list[tuple[str, str, str | None]] = field(default_factory=list)  # (hospital_id, name, county) offered by id


def _display_names(rows: list[tuple[str, str, str | None]]) -> dict[str, str]:
    """hospital_id -> what the dropdown offers: the official name, or the hospital_id where two
    hospitals share a name (两个县的青石镇卫生院): the intake resolves the bare name to neither,
    and the id to the one meant."""
    by_name: dict[str, int] = {}
    for _, name, _ in rows:
        by_name[name] = by_name.get(name, 0) + 1
    return {hid: hid if by_name[name] > 1 else name for hid, name, _ in rows}


def parties_from_db(db: str | Path | None, support: str | None, recipient: str | None) -> Parties:
    if db is None:
        return Parties(support=support, recipient=recipient,
                       support_hospitals=[support] if support else [], recipient_hospitals=[recipient] if recipient else [])
    import duckdb

    if not Path(db).exists():
        raise UserError(f"数据库不存在 / no database at {db}")
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error as exc:
        raise UserError(f"无法读取数据库 / cannot read the database {db}: {exc}") from None
    try:
        hosp = con.execute("SELECT hospital_id, name, county FROM hospitals").fetchall()
        pairs = con.execute("SELECT DISTINCT support_hospital_id, recipient_hospital_id FROM pairings").fetchall()
    except duckdb.Error as exc:
        raise UserError(f"数据库中没有医院或对口支援关系表 / the database has no hospitals or pairings table: {exc}") from None
    finally:
        con.close()
    names = _display_names(hosp)

    def find(text: str | None, role: str) -> str | None:
        if text is None:
            return None
        hits = [hid for hid, name, _ in hosp if text in (hid, name, names[hid])]
        if len(hits) != 1:
            raise UserError(f"数据库中找不到唯一的{role} {text!r} / {text!r} is not one hospital of the database "
                            f"({len(hits)} matches); use the name or hospital_id of the pairing list")
        return hits[0]

    s_id, r_id = find(support, "支援医院"), find(recipient, "受援医院")
    sel = [(s, r) for s, r in pairs if (s_id is None or s == s_id) and (r_id is None or r == r_id)]
    if (s_id or r_id) and not sel:
        raise UserError("数据库中没有这对医院的对口支援关系 / the database has no pairing for that support hospital and recipient")

    def named(ids) -> list[str]:
        return sorted({names[h] for h in ids if h in names})

    return Parties(hospitals=named({h for p in pairs for h in p}),
                   support_hospitals=[names[s_id]] if s_id else named(s for s, _ in sel),
                   recipient_hospitals=[names[r_id]] if r_id else named(r for _, r in sel),
                   support=names[s_id] if s_id else None, recipient=names[r_id] if r_id else None,
                   same_name=sorted((hid, name, county) for hid, name, county in hosp
                                    if names[hid] == hid != name and hid in {h for p in pairs for h in p}))


# ------------------------------------------------------------------ rules and documents
@dataclass
class Policy:
    profile: str
    profile_title: str
    doc_title: str
    doc_no: str | None
    issuer: str | None
    rules: dict[str, Any]   # rule id -> pipelines.programme.profiles.Rule


def policy(profile: str | None) -> Policy:
    from pipelines.programme.profiles import load_profile

    name = profile or spec()["default_profile"]
    p = load_profile(name)
    doc = dict(spec()["documents"].get(name) or {})
    title = doc.get("title") or re.sub(r"（[^（）]*〔\d{4}〕\d+号）$", "", p.title_zh)
    no = doc.get("doc_no")
    if not no:  # a 文号 in the profile's title: ……（长卫医管发〔2011〕3号）
        m = re.search(r"([\u4e00-\u9fff]+[〔﹝\[]\d{4}[〕﹞\]]\d+号)", p.title_zh)
        no = m.group(1) if m else None
    rules = {k: v for k, v in p.rules.items() if k.startswith("R")}
    return Policy(name, p.title_zh, title, no, doc.get("issuer"), rules)


def _citation(pol: Policy, rule) -> str:
    no = pol.doc_no or spec()["text"]["doc_no_missing"]
    return f"《{pol.doc_title}》（{no}）；{rule.citation}"


# ------------------------------------------------------------------ writer
def write_template(form: str, out_path: str | Path, *, profile: str | None = None, db: str | Path | None = None,
                   support: str | None = None, recipient: str | None = None, rows: int = DATA_ROWS) -> Path:
    """Write the template of ``form`` to ``out_path`` (.xlsx) and return the path.

    ``db``: a curated database whose ``hospitals`` and ``pairings`` give the hospital dropdowns
    (without it, hospital cells are free text). ``support`` / ``recipient``: a hospital (name
    or hospital_id in ``db``) the template is for: its column offers that hospital only, the
    other party's column the hospitals paired with it. ``profile``: the programme profile
    whose rules and citations the instructions give (default national-2009)."""
    import xlsxwriter

    cols = columns(form)
    fspec = spec()["forms"][form]
    text = spec()["text"]
    pol = policy(profile)
    parties = parties_from_db(db, support, recipient)
    lists = {**spec()["lists"], **_catalogue_lists(),
             "hospitals": parties.hospitals, "support_hospitals": parties.support_hospitals,
             "recipient_hospitals": parties.recipient_hospitals}
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tid, version = template_id(form), template_version(form)
    fixed = parties.support or parties.recipient
    title = f"{fixed or ''}{fspec['title']}"
    data_sheet = fspec["sheet"]

    wb = xlsxwriter.Workbook(str(out), {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"title": title, "subject": tid, "keywords": f"{tid} {version}", "comments": f"{tid} v{version}",
                       "created": dt.datetime(2000, 1, 1)})
    for name, value in ((PROP_ID, tid), (PROP_VERSION, version), (PROP_FORM, form),
                        (PROP_COLUMNS, ",".join(c.field for c in cols)), (PROP_PROFILE, pol.profile)):
        wb.set_custom_property(name, value)
    wb.define_name(DEFINED_NAME, f'="{tid}|{version}"')

    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_bold = wb.add_format({"bold": True})
    f_head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "vcenter", "align": "center"})
    f_head_req = wb.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1, "text_wrap": True, "valign": "vcenter", "align": "center"})
    f_wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    kinds = {
        "date": wb.add_format({"num_format": "yyyy-mm-dd"}),
        "id_number": wb.add_format({"num_format": "@"}),
        "text": wb.add_format({"num_format": "@"}),
        "hospital": wb.add_format({"num_format": "@"}),
        "int": wb.add_format({"num_format": "0"}),
        "year": wb.add_format({"num_format": "0"}),
        "month": wb.add_format({"num_format": "0"}),
        "money": wb.add_format({"num_format": "0.00"}),
        "decimal": wb.add_format({"num_format": "General"}),
        "bool": wb.add_format({"num_format": "@"}),
    }

    # -- instructions
    ws_i = wb.add_worksheet(text["instructions_sheet"])
    ws_d = wb.add_worksheet(data_sheet)
    ws_l = wb.add_worksheet(text["lists_sheet"])
    header_row = 2 if fixed else 1  # 0-based: title, [填报单位 line], header
    first = header_row + 1
    r = 0
    ws_i.write(r, 0, text["instructions_title"].format(title=fspec["title"], template_id=tid, version=version), f_title)
    r += 1
    scope = text["scope_line"].format(profile_title=f"{pol.profile_title}（{pol.profile}）") if profile else text["scope_default"]
    doc_line = text["document_line"].format(title=pol.doc_title, issuer=f"，{pol.issuer}" if pol.issuer else "",
                                            doc_no=pol.doc_no or text["doc_no_missing"])
    for line in [*(g.format(data_sheet=data_sheet, first_row=first + 1) for g in text["general"]), scope, doc_line]:
        ws_i.write(r, 0, line)
        r += 1
    if parties.same_name:
        ws_i.write(r, 0, text["same_name_intro"])
        r += 1
        for hid, name, county in parties.same_name:
            ws_i.write(r, 0, text["same_name_line"].format(id=hid, name=name, county=county or ""))
            r += 1
    for role, name in (("support", parties.support), ("recipient", parties.recipient)):
        if name:
            ws_i.write(r, 0, text["party_line"][role].format(name=name))
            r += 1
    r += 1
    # one column of text blocks, never a table: a table of labels would be read as a form
    for i, col in enumerate(cols, 1):
        rules = [rid for rid in col.rules if rid in pol.rules]
        block = text["block"]
        lines = [(block["head"].format(n=i, label=col.label, required=text["required_yes"] if col.required else text["required_no"]), f_bold),
                 (block["meaning"].format(meaning=col.meaning), None),
                 (block["format"].format(format=col.format) + (block["example"].format(example=col.example)
                                                               if col.example not in (None, "") else ""), None)]
        if col.list:
            lines.append((block["list"], None))
        if col.kind == "id_number":
            lines.append((block["id_number"], None))
        for rid in rules:
            lines.append((block["rule"].format(rule=rid, text=pol.rules[rid].zh), None))
            lines.append((block["citation"].format(citation=_citation(pol, pol.rules[rid])), None))
        if not rules:
            lines.append((block["no_rule"], None))
        for line, fmt in lines:
            ws_i.write_string(r, 0, line, fmt or f_wrap)
            r += 1
        r += 1
    ws_i.set_column(0, 0, 110)

    # -- dropdown options (hidden sheet)
    ranges: dict[str, str] = {}
    used = sorted({c.list for c in cols if c.list and lists.get(c.list)})
    for c, key in enumerate(used):
        ws_l.write(0, c, key)
        for k, v in enumerate(lists[key], 1):
            ws_l.write(k, c, v)
        col_letter = xlsxwriter.utility.xl_col_to_name(c)
        ranges[key] = f"='{text['lists_sheet']}'!${col_letter}$2:${col_letter}${len(lists[key]) + 1}"
    ws_l.hide()

    # -- data sheet
    ws_d.write(0, 0, title, f_title)
    if fixed:
        ws_d.write(1, 0, text["reporter_line"].format(name=fixed))
    last = first + rows - 1
    for c, col in enumerate(cols):
        ws_d.write_string(header_row, c, col.label, f_head_req if col.required else f_head)
        ws_d.set_column(c, c, max(10, min(30, 2 * len(col.label) + 4)), kinds[col.kind])
        for rr in range(first, last + 1):
            ws_d.write_blank(rr, c, None, kinds[col.kind])
        v: dict[str, Any] = {"input_title": col.label[: text["input_title_max"]]}
        msg = f"{col.meaning}。{col.format}，{text['required_yes'] if col.required else text['required_no']}。"
        party_name = {"support": parties.support, "recipient": parties.recipient}.get(col.party or "")
        if party_name:
            msg += text["fixed_party"].format(name=party_name)
        v["input_message"] = msg[: text["input_message_max"]]
        if col.list and col.list in ranges:
            v.update({"validate": "list", "source": ranges[col.list],
                      "error_type": "warning" if col.kind in ("hospital", "text") else "stop"})
        elif col.kind == "date":
            v.update({"validate": "date", "criteria": "between", "minimum": dt.date(2000, 1, 1), "maximum": dt.date(2099, 12, 31),
                      "error_type": "warning"})
        elif col.kind in ("int", "year"):
            lo, hi = (2000, 2099) if col.kind == "year" else (0, 2_000_000_000)
            v.update({"validate": "integer", "criteria": "between", "minimum": lo, "maximum": hi, "error_type": "warning"})
        elif col.kind in ("money", "decimal"):
            v.update({"validate": "decimal", "criteria": ">=", "value": 0, "error_type": "warning"})
        elif col.kind == "id_number":
            v.update({"validate": "length", "criteria": "between", "minimum": 15, "maximum": 18, "error_type": "warning"})
        else:
            v.update({"validate": "any"})
        ws_d.data_validation(first, c, last, c, v)
    ws_d.freeze_panes(first, 0)
    ws_d.set_row(header_row, 30)
    ws_d.activate()
    wb.close()
    return out


def template_info(path: str | Path) -> dict[str, str] | None:
    """The template id, version and form of a workbook written by ``write_template`` (from the
    custom properties — of an .xlsx, or of the same saved as .ods — else the defined name), or
    None for any other workbook."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            custom = z.read("docProps/custom.xml").decode("utf-8") if "docProps/custom.xml" in names else ""
            book = z.read("xl/workbook.xml").decode("utf-8") if "xl/workbook.xml" in names else ""
            meta = z.read("meta.xml").decode("utf-8") if "meta.xml" in names else ""  # the same saved as .ods
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return None
    props = dict(re.findall(r'name="(duikou_template_\w+)"[^>]*>\s*<vt:\w+>([^<]*)</vt:\w+>', custom))
    props.update(re.findall(r'<meta:user-defined meta:name="(duikou_template_\w+)"[^>]*>([^<]*)</meta:user-defined>', meta))
    if PROP_ID in props:
        return {"id": props[PROP_ID], "version": props.get(PROP_VERSION, ""), "form": props.get(PROP_FORM, ""),
                "columns": props.get(PROP_COLUMNS, ""), "profile": props.get(PROP_PROFILE, "")}
    m = re.search(rf'<definedName[^>]*name="{DEFINED_NAME}"[^>]*>([^<]*)</definedName>', book)
    if m:
        value = m.group(1).replace("&quot;", '"').strip('="')
        tid, _, version = value.partition("|")
        return {"id": tid, "version": version, "form": tid.rpartition(":")[2], "columns": "", "profile": ""}
    return None

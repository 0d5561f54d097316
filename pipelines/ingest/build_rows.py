"""Stage 5: turn the data rows of a located, classified sheet into records or quarantine.

Each cell is parsed by its field type (parse_values.py). A row with any unreadable value,
a missing required value, or a missing required column goes to quarantine with the
original cell text and a bilingual reason; it is never dropped and never half-parsed.
Person names and ID numbers are consumed here: they become ``person_id`` and are removed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pipelines.ingest.classify import Classification
from pipelines.ingest.form_catalogue import Form, forms
from pipelines.ingest.locate_table import Located
from pipelines.ingest.parse_dates import DateParseError, add_months, parse_date
from pipelines.ingest.parse_values import cell_text, is_blank, parse_grade, parse_value
from pipelines.ingest.read_cells import Sheet
from pipelines.ingest.results import Quarantined, Record, SheetResult
from pipelines.privacy.person_id import PersonIds, mask_id_numbers

_HOSPITAL_NAME = re.compile(r"([\u4e00-\u9fff（）()]{2,40}?(?:医院|卫生院|服务中心|保健院|保健所|医疗集团|总医院))")
_PERSON_FORMS = {"deployments", "trainees", "staff_monthly_assessments"}


def find_hospital_name(text: str | None) -> str | None:
    if not text:
        return None
    t = unicodedata.normalize("NFKC", text)
    m = _HOSPITAL_NAME.search(t.replace(" ", ""))
    return m.group(1) if m else None


def sheet_reporting_name(loc: Located, sheet_name: str) -> str | None:
    """The hospital a sheet speaks for: the 填报单位 line, else a hospital named in the
    title, else the sheet name when it is a hospital name (one sheet per recipient)."""
    if loc.meta.reporting_unit:
        return loc.meta.reporting_unit
    name = find_hospital_name(sheet_name)
    if name and len(name) >= len(unicodedata.normalize("NFKC", sheet_name).strip()) - 2:
        return name
    return find_hospital_name(loc.meta.title) or name


def _raw_row(loc: Located, i: int, labels: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    row = loc.grid[i]
    for c, v in enumerate(row):
        if is_blank(v):
            continue
        key = labels[c] if c < len(labels) and labels[c] else f"列{c + 1}"
        if key in out:
            key = f"{key}#{c + 1}"
        out[key] = str(mask_id_numbers(cell_text(v)))
    return out


def build_sheet(sheet: Sheet, loc: Located, cls: Classification, person_ids: PersonIds) -> SheetResult:
    res = SheetResult(sheet.name, cls.form, rows_read=len(sheet.rows), hidden=sheet.hidden)
    res.nondata = [(i + 1, kind, str(mask_id_numbers(text))) for i, kind, text in loc.nondata]
    res.reporting_name = sheet_reporting_name(loc, sheet.name) if loc.found else None
    res.period = loc.meta.period_text
    if loc.meta.reported_date:
        try:
            pd_ = parse_date(loc.meta.reported_date)
            res.reported_date = pd_.value if pd_ else None
        except DateParseError:
            res.notes["reported_date_unreadable"] = loc.meta.reported_date
    labels = [c.label for c in loc.columns]

    if not loc.found:
        _unrecognised(res, sheet)
        return res
    if cls.form is None:
        res.notes["candidates"] = cls.candidates
        for i in loc.data_rows:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "SHEET_UNRECOGNISED",
                                               "无法判断该表属于哪类报表 / cannot tell which form this sheet is"))
        return res

    form = forms()[cls.form]
    if cls.mapping is not None:
        res.notes["columns"] = {f: {"header": h, "method": m, "score": round(s, 1)} for f, (h, m, s) in cls.mapping.methods.items()}
        if cls.mapping.unmapped:
            res.notes["unmapped_columns"] = cls.mapping.unmapped
        if cls.mapping.guesses:
            res.notes["guessed_columns"] = cls.mapping.guesses
    if cls.missing_required:
        names = "、".join(form.fields[f].labels[0] for f in cls.missing_required)
        for i in loc.data_rows:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "MISSING_COLUMN",
                                               f"缺少必填列：{names} / required column missing: {', '.join(cls.missing_required)}"))
        return res

    if cls.wide:
        _build_wide(res, loc, cls, form, labels)
    else:
        for i in loc.data_rows:
            _build_row(res, loc, i, cls, form, labels, person_ids)
    if res.period is None:
        res.period = _period_from_records(res.records)
    return res


def _unrecognised(res: SheetResult, sheet: Sheet) -> None:
    """A sheet with no header we know. Table-like content is quarantined so a person looks
    at it; a few lines of text (instructions, a cover note) are listed as non-data."""
    tableish = sum(1 for r in sheet.rows if sum(not is_blank(v) for v in r) >= 3)
    if tableish < 2:
        res.nondata = [(r, "blank" if k == "blank" else "note", t) for r, k, t in res.nondata]
        return
    kept = []
    for r, kind, text in res.nondata:
        if kind == "blank":
            kept.append((r, kind, text))
        else:
            row = sheet.rows[r - 1]
            raw = {f"列{c + 1}": str(mask_id_numbers(cell_text(v))) for c, v in enumerate(row) if not is_blank(v)}
            res.quarantined.append(Quarantined(r, raw, "SHEET_UNRECOGNISED", "未找到可识别的表头，无法判断报表类型 / no recognisable header row: cannot tell which form this sheet is"))
    res.nondata = kept


def _default_hospital(res: SheetResult, loc: Located, i: int) -> str | None:
    return loc.sections.get(i) and (find_hospital_name(loc.sections[i]) or loc.sections[i]) or res.reporting_name


def _build_row(res: SheetResult, loc: Located, i: int, cls: Classification, form: Form, labels: list[str], person_ids: PersonIds) -> None:
    row = loc.grid[i]
    mapping = cls.mapping
    assert mapping is not None
    values: dict[str, Any] = {}
    errors: list[str] = []
    for fname, ci in mapping.fields.items():
        v = row[ci] if ci < len(row) else None
        try:
            values[fname] = parse_value(form.fields[fname].type, v)
        except ValueError as exc:
            errors.append(f"{labels[ci]}: {mask_id_numbers(str(exc))}")
    if errors:
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNPARSEABLE_VALUE", "；".join(errors)))
        return
    if form.name == "hospitals" and "grade" not in mapping.fields and "level" in mapping.fields:
        try:  # "三级甲等" in one cell gives level and grade
            values["grade"] = parse_grade(row[mapping.fields["level"]])
        except ValueError:
            values["grade"] = None
    try:
        _complete(values, form, res, loc, i, person_ids)
    except ValueError as exc:
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "INCONSISTENT_VALUE", str(mask_id_numbers(str(exc)))))
        return
    missing = [f for f in form.fields.values() if f.required and values.get(f.name) is None]
    if form.name in _PERSON_FORMS and values.get("person_id") is None:
        missing.append(form.fields["name"])
    if missing:
        names = "、".join(f.labels[0] for f in missing)
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "MISSING_VALUE",
                                           f"必填项为空：{names} / required value missing: {', '.join(f.name for f in missing)}"))
        return
    res.records.append(Record(i + 1, values, _raw_row(loc, i, labels)))


def _complete(values: dict[str, Any], form: Form, res: SheetResult, loc: Located, i: int, person_ids: PersonIds) -> None:
    """Fill derived and default values; raises ValueError for contradictory input."""
    for f in form.fields.values():
        if f.default == "reporting_hospital" and values.get(f.name) is None:
            values[f.name] = _default_hospital(res, loc, i)
    period = res.period
    if "year" in form.fields and values.get("year") is None and period:
        values["year"] = int(period[:4])
    if "month" in form.fields and values.get("month") is None and period and len(period) == 7:
        values["month"] = int(period[5:7])

    rng = values.pop("period_range", None)
    if rng is not None:
        start, end = rng
        if values.get("start_date") is None:
            values["start_date"] = start
        if values.get("end_date") is None and end is not None:
            values["end_date"] = end
    months = values.pop("duration", None)
    for k in ("start_date", "end_date", "first_performed_date", "activity_date", "agreement_date"):
        if values.get(k) is not None:
            values[k] = values[k].value
    if months is not None and values.get("end_date") is None and values.get("start_date") is not None:
        values["end_date"] = add_months(values["start_date"], months)

    if "title" in form.fields:
        t = values.pop("title", None)
        explicit_cat = values.get("staff_category")
        values["title"] = t.title if t else None
        values["title_rank"] = t.rank if t else None
        values["staff_category"] = explicit_cat or (t.category if t else None)
        if values.get("position_at_recipient") in ("副院长", "院长") and values["staff_category"] is None:
            values["staff_category"] = "管理"
    if form.name in _PERSON_FORMS:
        idn = values.pop("id_number", None)
        name = values.pop("name", None)
        if idn:
            values["person_id"] = person_ids.from_id_number(idn)
        elif name:
            values["person_id"] = None
            values["_person_name"] = name  # resolved to a person id once the hospital is known
        else:
            values["person_id"] = None


def _build_wide(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str]) -> None:
    """Months as columns: one record per month from the indicator rows."""
    year = int(res.period[:4]) if res.period else None
    hospital = res.reporting_name
    per_month: dict[int, dict[str, Any]] = {}
    errors: dict[int, list[str]] = {}
    used_rows = sorted(cls.wide_rows)
    for i in loc.data_rows:
        if i not in cls.wide_rows:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNKNOWN_INDICATOR",
                                               "指标不在数据规范中 / indicator not in the data contract"))
    for i in used_rows:
        fname = cls.wide_rows[i]
        for c, month in loc.wide_months.items():
            v = loc.grid[i][c] if c < len(loc.grid[i]) else None
            if is_blank(v):
                continue
            try:
                per_month.setdefault(month, {})[fname] = parse_value("int", v)
            except ValueError as exc:
                errors.setdefault(month, []).append(f"{month}月 {form.fields[fname].labels[0]}: {exc}")
    src = tuple(r + 1 for r in used_rows)
    for month in sorted(set(per_month) | set(errors)):
        raw = {"月份": f"{month}月", **{form.fields[cls.wide_rows[i]].labels[0]: cell_text(loc.grid[i][c])
                                         for i in used_rows for c, m in loc.wide_months.items() if m == month and not is_blank(loc.grid[i][c])}}
        if month in errors:
            res.quarantined.append(Quarantined(src[0], raw, "UNPARSEABLE_VALUE", "；".join(errors[month]), src))
            continue
        if year is None or hospital is None:
            what = "年份 / year" if year is None else "医院 / hospital"
            res.quarantined.append(Quarantined(src[0], raw, "MISSING_VALUE", f"表中未写明{what.split(' / ')[0]} / the sheet does not state the {what.split(' / ')[1]}", src))
            continue
        values = {"recipient_hospital_id": hospital, "year": year, "month": month, **per_month[month]}
        res.records.append(Record(src[0], values, raw, src))


def _period_from_records(records: list[Record]) -> str | None:
    years = set()
    for rec in records:
        v = rec.values
        for k in ("year", "start_date", "first_performed_date", "activity_date"):
            x = v.get(k)
            if x is not None:
                years.add(x if isinstance(x, int) else x.year)
                break
    return str(years.pop()) if len(years) == 1 else None

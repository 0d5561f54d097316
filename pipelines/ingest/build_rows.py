"""Stage 5: turn the data rows of a located, classified sheet into records or quarantine.

Each cell is parsed by its field type (parse_values.py). A row with any unreadable value,
a missing required value, or a missing required column goes to quarantine with the
original cell text and a bilingual reason; it is never dropped and never half-parsed.
Person names and ID numbers are consumed here: they become ``person_id`` and are removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
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
    names = hospital_names_in(text)
    return names[0] if names else None


_TITLE_SPLIT = re.compile(r"对口支援|对口帮扶|支援|帮扶|关于|派驻|派往|[0-9]{4}\s*年度?|[0-9]{1,2}\s*月|[\s:：,，、;；()（）【】\[\]]+")


# Role words that end like a hospital name but name none: 受援医院：石桥县人民医院
_GENERIC = re.compile(r"^(受援|支援|派出|派驻|派往|进修|接收|帮扶|县级|三级|二级|一级|城市|城乡|乡镇|基层|对口|各|本|该|医院$|卫生院$)")


def hospital_names_in(text: str | None) -> list[str]:
    """Hospital names in a title or sheet name, in order: "青岚省人民医院对口支援石桥县人民医院
    2023年新技术" -> ["青岚省人民医院", "石桥县人民医院"]."""
    if not text:
        return []
    t = unicodedata.normalize("NFKC", text).replace(" ", "")
    out = []
    for part in _TITLE_SPLIT.split(t):
        m = _HOSPITAL_NAME.search(part)
        if m and not _GENERIC.match(m.group(1)):
            out.append(m.group(1))
    return out


@dataclass
class SheetContext:
    """Where a sheet says which hospital it is from and about (see forms.yaml `default`)."""

    reporter: str | None        # 填报单位, else the title's (first) hospital, else the sheet name's
    sheet_hospital: str | None  # the sheet is named after a hospital (one sheet per recipient)
    title_subject: str | None   # the hospital the title is about (the one after 支援, else the only one)

    @classmethod
    def of(cls, loc: Located, sheet_name: str) -> "SheetContext":
        sn = unicodedata.normalize("NFKC", sheet_name).strip()
        in_name = hospital_names_in(sn)
        sheet_h = in_name[0] if len(in_name) == 1 and len(in_name[0]) >= len(re.sub(r"[（(].*?[)）]|\d{4}年?", "", sn)) - 1 else None
        title = loc.meta.title or ""
        in_title = hospital_names_in(title)
        subject = None
        if in_title:
            after = re.split(r"对口支援|对口帮扶|支援|帮扶", unicodedata.normalize("NFKC", title))
            subject = (hospital_names_in(after[-1]) or in_title)[0] if len(after) > 1 else in_title[0]
        reporter = loc.meta.reporting_unit or (in_title[0] if in_title else None) or sheet_h or (in_name[0] if in_name else None)
        return cls(reporter, sheet_h, subject)

    def default(self, kind: str, section: str | None) -> str | None:
        if kind == "reporting_hospital":
            return self.reporter
        if kind == "subject_hospital":
            return section or self.sheet_hospital or self.title_subject or self.reporter
        if kind == "sheet_hospital":
            return section or self.sheet_hospital
        raise ValueError(f"unknown default {kind!r} in forms.yaml")


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
    ctx = SheetContext.of(loc, sheet.name) if loc.found else None
    res.reporting_name = ctx.reporter if ctx else None
    res.subject_name = (ctx.sheet_hospital or ctx.title_subject) if ctx else None
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
        _build_wide(res, loc, cls, form, labels, ctx)
    else:
        for i in loc.data_rows:
            _build_row(res, loc, i, cls, form, labels, person_ids, ctx)
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


def _section_hospital(loc: Located, i: int) -> str | None:
    sec = loc.sections.get(i)
    if not sec:
        return None
    return find_hospital_name(sec) or re.sub(r"^.*?[:：]\s*", "", sec).strip() or None


def _build_row(res: SheetResult, loc: Located, i: int, cls: Classification, form: Form, labels: list[str], person_ids: PersonIds,
               ctx: SheetContext) -> None:
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
        _complete(values, form, res, loc, i, person_ids, ctx)
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


def _complete(values: dict[str, Any], form: Form, res: SheetResult, loc: Located, i: int, person_ids: PersonIds,
              ctx: SheetContext) -> None:
    """Fill derived and default values; raises ValueError for contradictory input."""
    for f in form.fields.values():
        if f.default and f.default != "reporter_if_other" and values.get(f.name) is None:
            values[f.name] = ctx.default(f.default, _section_hospital(loc, i))
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


def _build_wide(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str], ctx: SheetContext) -> None:
    """Months as columns: one record per month from the indicator rows."""
    year = int(res.period[:4]) if res.period else None
    hospital = ctx.default("subject_hospital", None)
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
    """The period a sheet covers when its title does not say: one month ('2023-05') for a
    monthly form whose rows share a month, else one year, else None."""
    years, months = set(), set()
    for rec in records:
        v = rec.values
        if v.get("year") is not None and v.get("month") is not None:
            months.add((v["year"], v["month"]))
        for k in ("year", "start_date", "first_performed_date", "activity_date"):
            x = v.get(k)
            if x is not None:
                years.add(x if isinstance(x, int) else x.year)
                break
    if len(months) == 1:
        y, m = months.pop()
        return f"{y}-{m:02d}"
    return str(years.pop()) if len(years) == 1 else None

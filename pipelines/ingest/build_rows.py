"""Stage 5: turn the data rows of a located, classified sheet into records or quarantine.

Each cell is parsed by its field type (parse_values.py). A row with any unreadable value,
a missing required value, or a missing required column goes to quarantine with the
original cell text and a bilingual reason; it is never dropped and never half-parsed.
Person names and ID numbers are consumed here: they become ``person_id`` and are removed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from pipelines.ingest.classify import REPORTER_KEY, Classification, sheet_fields, vertical_rows
from pipelines.ingest.form_catalogue import Form, forms, norm_label, sideless_labels
from pipelines.ingest.locate_table import Column, Located, numbers_the_columns
from pipelines.ingest.map_columns import match_column
from pipelines.ingest.parse_dates import (DateParseError, ParsedDate, add_months, parse_date, parse_date_in_year, parse_date_range,
                                          parse_date_range_in_year, parse_year_last, year_last_order)
from pipelines.ingest.parse_values import cell_text, is_blank, parse_grade, parse_value
from pipelines.ingest.read_cells import Sheet
from pipelines.ingest.results import Quarantined, Record, SheetResult, raw_cells
from pipelines.ingest.sheet_context import SheetContext, find_hospital_name, hospital_names_in
from pipelines.ingest.survey_answers import submitted_column
from pipelines.privacy.person_id import PersonIds, mask_id_numbers, read_id_number

# defaults that need the registry, filled (or the row quarantined) by the writer
WRITER_DEFAULTS = {"reporter_if_other", "title_if_other", "county_lookup", "pairing_support"}
_PERSON_FORMS = {"deployments", "trainees", "staff_monthly_assessments"}
_LEVEL_GRADE = {"hospitals": (("level", "grade"),), "pairings": (("recipient_level", "recipient_grade"),)}


def _raw_row(loc: Located, i: int, labels: list[str]) -> dict[str, str]:
    return raw_cells(loc.grid[i], labels)


def build_sheet(sheet: Sheet, loc: Located, cls: Classification, person_ids: PersonIds, file_stem: str | None = None) -> SheetResult:
    res = _build_sheet(sheet, loc, cls, person_ids, file_stem)
    if cls.form is not None and res.records:
        from pipelines.ingest.survey_answers import keep_latest_submissions

        keep_latest_submissions(res, loc, forms()[cls.form])
    if loc.spans:  # a record read from two physical rows (two_row_records.py) stands for both
        for entry in (*res.records, *res.quarantined):
            second = loc.spans.get(entry.source_row - 1)
            if second is not None and not entry.source_rows:
                entry.source_rows = (entry.source_row, second + 1)
    return res


def _build_sheet(sheet: Sheet, loc: Located, cls: Classification, person_ids: PersonIds, file_stem: str | None) -> SheetResult:
    res = SheetResult(sheet.name, cls.form, rows_read=len(sheet.rows), hidden=sheet.hidden)
    if sheet.hidden:
        # a hidden sheet is a draft, a lookup list or an old copy: never data, and never allowed
        # to replace the visible sheet. Its rows are listed as non-data with the reason.
        res.form_type = None
        res.nondata = [(i + 1, "hidden_sheet", "隐藏的工作表，不作为数据读取 / hidden sheet: not read as data")
                       for i in range(len(sheet.rows))]
        res.notes["hidden_sheet"] = True
        return res
    res.nondata = [(i + 1, kind, str(mask_id_numbers(text))) for i, kind, text in loc.nondata]
    if loc.meta.reporting_unit is None and cls.mapping is not None:
        loc.meta.reporting_unit = _reporter_column(loc, cls.mapping)
    ctx = SheetContext.of(loc, sheet.name, file_stem, cls.form)
    res.title_only = ctx.title_only
    res.reporting_name = ctx.reporter if (loc.found or loc.vertical) else None
    res.subject_name = (ctx.sheet_hospital or ctx.title_subject) if (loc.found or loc.vertical) else None
    res.period = loc.meta.period_text
    if loc.meta.reported_date:
        try:
            pd_ = parse_date(loc.meta.reported_date)
            res.reported_date = pd_.value if pd_ else None
        except DateParseError:
            res.notes["reported_date_unreadable"] = loc.meta.reported_date
    labels = [c.label for c in loc.columns]
    res.county_hint = ctx.title_county or _county_in([loc.meta.title, *loc.meta.top_texts, file_stem, sheet.name])
    res.notes["header_rows"] = [r + 1 for r in loc.header_rows]
    res.notes["context"] = {k: v for k, v in (
        ("reporting_unit", (loc.meta.reporting_unit, "填报单位")), ("sheet_hospital", (ctx.sheet_hospital, "sheet name / section")),
        ("title_hospital", (ctx.first_in_title, "title or file name")), ("title_support", (ctx.title_support, "title: A派驻B")),
        ("title_recipient", (ctx.title_recipient, "title: A派驻B")), ("period", (res.period, "title / 报告期 line")))
        if v[0]}
    if cls.form == "pairings":
        res.notes["_title_period"] = title_period([loc.meta.title, *loc.meta.top_texts, file_stem])

    if loc.vertical and cls.form is not None:
        _build_vertical(res, loc, cls, forms()[cls.form], labels, ctx, person_ids)
        res.period = res.period or _period_from_records(res.records)
        return res
    if not loc.found and cls.form is None:
        inline = _inline_forms(loc)
        if inline:  # 姓名：张三 / 派驻时间：… one line each: one person (or several, one after another)
            _build_inline(res, sheet, loc, cls, inline, labels, person_ids, file_stem)
            return res
    if not loc.found:
        _unrecognised(res, sheet, loc)
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
        res.supplied = frozenset(cls.mapping.fields)
        res.sideless = frozenset(f for f, (h, _, _) in cls.mapping.methods.items() if norm_label(h) in sideless_labels())
        if cls.mapping.unmapped:
            res.notes["unmapped_columns"] = cls.mapping.unmapped
        if cls.mapping.guesses:
            res.notes["guessed_columns"] = cls.mapping.guesses
    month_given = {}
    if cls.missing_required and set(cls.missing_required) <= _MONTH_DATE_FIELDS:
        month = _month_of_sheet(sheet.name, res.period, [loc.meta.title, *loc.meta.top_texts, file_stem])
        if month is not None:  # "3月新开展项目" with the year in the title: the month's first day
            month_given = {f: ParsedDate(month, "month") for f in cls.missing_required}
            res.notes["context"]["date_from_sheet_name"] = (month.isoformat()[:7], "sheet name + title year")
            cls = replace(cls, missing_required=[])
    if cls.missing_required == ["year"] and _months_carry_year(loc, cls.mapping):
        cls = replace(cls, missing_required=[])  # 2024年7月 / 二〇二四年七月 in the month column: each row's year
    if cls.missing_required:
        names = "、".join(form.fields[f].labels[0] for f in cls.missing_required)
        for i in loc.data_rows:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "MISSING_COLUMN",
                                               f"缺少必填列：{names} / required column missing: {', '.join(cls.missing_required)}"))
        return res

    given, err = _sheet_values(loc, form, cls)
    if err:
        for i in loc.data_rows:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNPARSEABLE_VALUE", err))
        return res
    given.update(month_given)
    res.notes["_year_last"] = _year_last_columns(loc, cls.mapping, form) if cls.mapping else {}
    res.notes["_ticks"] = _tick_columns(loc, cls.mapping, form) if cls.mapping else None
    if cls.groups:
        _build_grouped(res, loc, cls, form, labels, person_ids, ctx, given)
    elif cls.year_cols:
        _build_years(res, loc, cls, form, labels)
    elif cls.wide:
        _build_wide(res, loc, cls, form, labels, ctx)
    else:
        _fill_down(loc, cls, form)
        for i in loc.data_rows:
            _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given)
    if res.period is None:
        res.period = _period_from_records(res.records)
    return res


_NAME_WITH_ID = re.compile(r"\s*([^\d（(]{1,20}?)\s*[（(]\s*([\dXx][\dXx\s\-]{13,22})\s*[)）]\s*")

# "same as above" (同上, 〃, a ditto mark): the value of the row above
_DITTO = frozenset({"同上", "〃", "\"", "”", "“", "同前", "同上单位", "ditto", "''"})
# "same as the cell to its left" (同左): the cell on its left in the same row (over a blank: not read)
_DITTO_LEFT = frozenset({"同左", "同左栏", "同左列"})


# written once over the rows of its group like a hospital (地区 | 受援医院: the county over its recipients)
_GROUPING_FIELDS = {"recipient_county"}


def _names_other_county(name: Any, county: Any) -> bool:
    """Does a hospital's name say it is in another county than ``county`` (柳渡县中医医院, 石岭县)?"""
    m = re.match(r"([\u4e00-\u9fff]{1,6}?[县区旗])", cell_text(name).strip()) if not is_blank(name) else None
    return bool(m) and not cell_text(county).strip().startswith(m.group(1)[:-1])


def _fill_down(loc: Located, cls: Classification, form: Form) -> None:
    """A list sorted by hospital, each written once per group: "同上" / "〃" under a value means
    that value (any column); in a required hospital column, a blank below the group's first
    row does too — when the first row has it (a roster grouped by recipient, not merged). The
    rows are replaced in ``loc.grid`` (the located copy), not in the sheet. "同左" means the
    cell on its left in the same row; over a blank cell it is left as written (and not read)."""
    if cls.mapping is None or submitted_column(loc) is not None:
        return  # each row of a form system's export is one person's submission: nothing carries over
    hosp = {ci for f, ci in cls.mapping.fields.items()
            if form.fields[f].type == "hospital" and (form.fields[f].required or form.fields[f].key) or f in _GROUPING_FIELDS}
    grouping = {ci for f, ci in cls.mapping.fields.items() if f in _GROUPING_FIELDS}
    rec_ci = cls.mapping.fields.get("recipient_hospital_id")
    last: dict[int, Any] = {}
    first = True
    copied = False
    for i in loc.data_rows:
        row = loc.grid[i]
        new = None
        for ci in sorted(cls.mapping.fields.values()):
            v = row[ci] if ci < len(row) else None
            if isinstance(v, str) and v.strip() in _DITTO_LEFT:
                src = new or row
                left = src[ci - 1] if 0 < ci <= len(src) and not is_blank(src[ci - 1]) else None  # the cell itself, never further
                if left is not None and not (isinstance(left, str) and left.strip() in _DITTO | _DITTO_LEFT):
                    new = new or list(row)
                    new[ci] = v = left
            ditto = isinstance(v, str) and v.strip() in _DITTO
            if ci in grouping and not ditto and is_blank(v) and last.get(ci) is not None and rec_ci is not None \
                    and _names_other_county(row[rec_ci] if rec_ci < len(row) else None, last[ci]):
                continue  # 柳渡县中医医院 under 石岭县: its own name says its county
            if (ditto or (is_blank(v) and ci in hosp and not first)) and last.get(ci) is not None:
                new = new or list(row)
                new[ci] = last[ci]
            elif not is_blank(v) and not ditto:
                last[ci] = v
        if new is not None:
            if not copied:  # the grid may be the sheet's own rows: never changed
                loc.grid, copied = list(loc.grid), True
            loc.grid[i] = new
        first = False


def _inline_forms(loc: Located) -> tuple[str, dict[int, list]] | None:
    """A person form written as "label：value" lines, one per line (姓名：张三, 身份证号：…,
    派驻时间：…), which the locator lists as meta lines: (form, {row: [(field, col, col)]}) for the
    person form whose fields they name best (a name or ID number and two more), else None."""
    from pipelines.ingest.classify import _pair_field  # the classifier's own test of a label

    best = None
    for fname in sorted(_PERSON_FORMS):
        form = forms()[fname]
        rows = {}
        for i, kind, _ in loc.nondata:
            if kind not in ("meta", "title"):
                continue
            cells = [(c, v) for c, v in enumerate(loc.grid[i]) if not is_blank(v)]
            if len(cells) != 1:
                continue
            label, colon, rest = cell_text(cells[0][1]).replace(":", "：").partition("：")
            f = _pair_field(label.strip(), form) if colon and rest.strip() else None
            if f:
                rows[i] = [(f, cells[0][0], cells[0][0])]
        fields = {ps[0][0] for ps in rows.values()}
        if ({"name", "id_number"} & fields) and len(fields) >= 3 and (best is None or len(fields) > best[2]):
            best = (fname, rows, len(fields))
    return (best[0], best[1]) if best else None


def _build_inline(res: SheetResult, sheet: Sheet, loc: Located, cls: Classification, inline, labels: list[str],
                  person_ids: PersonIds, file_stem: str | None) -> None:
    fname, rows = inline
    form = forms()[fname]
    ctx = SheetContext.of(loc, sheet.name, file_stem, fname)
    res.form_type = fname
    res.reporting_name, res.subject_name, res.title_only = ctx.reporter, ctx.sheet_hospital or ctx.title_subject, ctx.title_only
    res.nondata = [n for n in res.nondata if n[0] - 1 not in rows]
    blocks: list[dict[int, list]] = [{}]
    seen: set[str] = set()
    for i in sorted(rows):
        f = rows[i][0][0]
        if f in seen:  # the same label again: the next person
            blocks.append({})
            seen = set()
        blocks[-1][i] = rows[i]
        seen.add(f)
    for block in blocks:
        _build_vertical(res, loc, replace(cls, form=fname, vertical_rows=block), form, labels, ctx, person_ids,
                        nondata=None, sheet_level=False)
    res.nondata.sort()


def _unrecognised(res: SheetResult, sheet: Sheet, loc: Located) -> None:
    """A sheet with no header we know. Every row that could be data (a number, or two cells
    or more) is quarantined so a person looks at it; lines of plain text (instructions, a
    cover note) are listed as non-data notes. Nothing with a number in it becomes a 'note'."""
    for i in loc.data_rows:
        row = sheet.rows[i] if i < len(sheet.rows) else []
        vals = [v for v in row if not is_blank(v)]
        if len(vals) >= 2 or any(_has_number(v) for v in vals):
            raw = {f"列{c + 1}": str(mask_id_numbers(cell_text(v))) for c, v in enumerate(row) if not is_blank(v)}
            res.quarantined.append(Quarantined(i + 1, raw, "SHEET_UNRECOGNISED", "未找到可识别的表头，无法判断报表类型 / no recognisable header row: cannot tell which form this sheet is"))
        else:
            res.nondata.append((i + 1, "note", str(mask_id_numbers(cell_text(vals[0]) if vals else ""))))
    res.nondata.sort()


def _ticked(v: Any) -> bool:
    if is_blank(v):
        return False
    try:
        return bool(parse_value("bool", v))
    except ValueError:
        return cell_text(v) in ("✔", "☑", "●", "■", "v", "V", "x", "X", "*")


_COLUMN_WORD = re.compile(r"本月|当月|本期|累计|同期|同比|环比|上年|去年|本年|全年|增减|增长|计划|完成|目标|[0-9]+\s*[-—~至]\s*[0-9]+\s*月")


def _column_words(vals: list) -> bool:
    """Every cell a column heading of a report (本月 | 1-7月累计 | 去年同期), none an amount."""
    return all(isinstance(v, str) and _COLUMN_WORD.search(v) and not re.fullmatch(r"[\d.,\s%]+", v) for v in vals)


def _has_number(v: Any) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return True
    return bool(re.search(r"[0-9０-９]", cell_text(v)))


_NAME_ONLY = ("没有身份证号，按姓名在所属医院内生成人员编号（同院同名者无法区分，跨年可能对不上） / no ID number: the person id is "
              "made from the name within the person's hospital (two namesakes there are one person; years may not match)")
def _year_last_columns(loc: Located, mapping, form: Form) -> dict[int, str]:
    """Date columns written year-last (3/15/2024, an export from another locale): the day and
    month order when the column's unambiguous dates agree on one ({column: "md" or "dm"})."""
    out = {}
    for fname, ci in mapping.fields.items():
        if form.fields[fname].type not in ("date", "date_end"):
            continue
        orders = {o for i in loc.data_rows if ci < len(loc.grid[i]) and isinstance(loc.grid[i][ci], str)
                  and (o := year_last_order(loc.grid[i][ci])) in ("md", "dm")}
        if len(orders) == 1:
            out[ci] = orders.pop()
    return out


_MONTH_DATE_FIELDS = {"first_performed_date", "activity_date"}
_SHEET_MONTH = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _month_of_sheet(sheet_name: str, period: str | None, texts) -> dt.date | None:
    """A techniques or activities sheet that names only its month ("3月新开展项目", "五月"),
    with the year from the title, the file name or the sheet's period: the month's first day."""
    name = unicodedata.normalize("NFKC", sheet_name or "")
    if _MONTH_SPAN.search(name) or len(_SHEET_MONTH.findall(name)) != 1:
        return None  # 1-3月, 上半年（1—6月）, 第一季度: a span, not a month
    m = _SHEET_MONTH.search(name)
    month = int(m.group(1)) if m.group(1).isdigit() else _CN_MONTH[m.group(1)]
    own = re.search(r"((?:19|20)\d\d)\s*年", name)  # the sheet's own year first (2023年12月)
    year = int(own.group(1)) if own else (int(period[:4]) if period and period[:4].isdigit() else None)
    if year is None:  # a year written as a year (2024年), not a document number (〔2021〕12号)
        y = next((y for t in texts if (y := re.search(r"(?<![〔\[(（\d])((?:19|20)\d\d)\s*年", unicodedata.normalize("NFKC", str(t or ""))))), None)
        year = int(y.group(1)) if y else None
    return dt.date(year, month, 1) if year else None


_MONTH_SPAN = re.compile(r"\d\s*月?\s*[-—–~～至到]\s*\d+\s*月|季度|半年|全年")


_COUNTY_WORD = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:县|旗))(?!医院|人民医院|中医)")


def _county_in(texts) -> str | None:
    """The first county a title, file name or sheet name names (北塘县乡镇卫生院赴县医院进修…)."""
    for t in texts:
        m = _COUNTY_WORD.search(unicodedata.normalize("NFKC", re.sub(r"^SYNTHETIC_?", "", str(t or ""))))
        if m:
            return m.group(1)
    return None


def _section_hospital(loc: Located, i: int) -> str | None:
    """A section row names a hospital ("受援医院：石桥县人民医院", "二、青石镇卫生院") or a
    department or batch ("一、内科", "第二批"): only the first sets a hospital."""
    sec = loc.sections.get(i)
    if not sec:
        return None
    return find_hospital_name(sec)


_SECTION_LEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．])\s*")
_DEPARTMENT_WORD = re.compile(r"(科|部|室|中心|病区|组)$")


def _section_department(loc: Located, i: int) -> str | None:
    """A section row that names a department ("一、内科", "（二）护理部") gives the rows below it
    their department when they have none of their own; a batch ("第二批") gives nothing."""
    sec = loc.sections.get(i)
    if not sec or find_hospital_name(sec):
        return None
    s = unicodedata.normalize("NFKC", sec).strip()
    s = _SECTION_LEAD.sub("", re.sub(r"^.*?[:：]\s*", "", s) if re.match(r"^(科室|专业|部门)\s*[:：]", s) else s).strip()
    if re.search(r"第[一二三四五六七八九十\d]+批|批次|上半年|下半年|季度", s) or not (1 < len(s) <= 12):
        return None
    return s if _DEPARTMENT_WORD.search(s) else None


def _sheet_values(loc: Located, form: Form, cls: Classification) -> tuple[dict[str, Any], str | None]:
    """Parsed values given once for the sheet ("受援医院：…", "考核月份：…"). A line that does
    not parse as its field is ignored (it may be prose: "派驻时间：起始日期填写实际到岗日期");
    the rows then need the value from elsewhere or are quarantined for lacking it."""
    out: dict[str, Any] = {}
    for fname, text in sheet_fields(loc, form, cls.mapping).items():
        try:
            out[fname] = parse_value(form.fields[fname].type, text)
        except ValueError:
            continue
    return out, None


def _build_row(res: SheetResult, loc: Located, i: int, cls: Classification, form: Form, labels: list[str], person_ids: PersonIds,
               ctx: SheetContext, given: dict[str, Any], row: list | None = None) -> None:
    mapping = cls.mapping
    assert mapping is not None
    if row is None:
        row = loc.grid[i]
        if form.name in _PERSON_FORMS and "name" in mapping.fields:
            people = _people_in_one_row(row, mapping)
            if people is not None:  # 郑书远\n冯若宁 | 9901…\n9901… (a Word table pasted in): a record each
                if not people:
                    res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "INCONSISTENT_VALUE",
                                                       "一个单元格中写了多个人，且身份证号与人数不对应，请每人填一行 / several people in one "
                                                       "cell, and the ID numbers do not match them one to one: one row per person, please"))
                    return
                for one in people:
                    _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given, one)
                return
        if form.name in _EVENT_FORMS:
            several = _events_in_one_row(row, mapping, form)
            if several is not None:  # 青禾县人民医院、石岭县人民医院 | 2024年4月3日—4月24日 每周三: a record each
                pc = mapping.fields.get("participants")
                count = row[pc] if pc is not None and pc < len(row) and several[0][pc] is None else None
                for one in several:
                    n = len(res.records)
                    _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given, one)
                    if not is_blank(count):
                        for rec in res.records[n:]:
                            rec.findings = [*(rec.findings or ()), ("participants", "SHARED_COUNT",
                                            f"参加人数“{cell_text(count)}”是{len(several)}家受援医院合计，不能分到各家，该项留空 / "
                                            f"the headcount {cell_text(count)!r} is for all {len(several)} recipients together: left empty")]
                return
    values: dict[str, Any] = {}
    errors: list[str] = []
    found: list[tuple[str, str, str]] | None = None
    width = len(row)
    for fname, ci, ftype in _plan(mapping, form):
        cell = row[ci] if ci < width else None
        try:
            if ftype == "int" and _TEN_THOUSANDS.search(labels[ci] or "") and not is_blank(cell):
                values[fname] = round(parse_value("decimal", cell) * 10000)  # 常住居民住院总人次（万人次） 4.37 is 43,700
                continue
            values[fname] = parse_value(ftype, cell)
            if ftype == "money" and values[fname] and (unit := _money_unit(labels[ci])):  # 进修费用（万元） 0.3 is 3,000 元
                values[fname] = values[fname] * unit
            elif ftype == "bool" and values[fname] is None and _TICK_COLUMN.search(labels[ci] or ""):
                values[fname] = False  # 是否填补县域空白（√）: a tick list, the unticked rows are "no"
            elif ftype == "date" and getattr(values[fname], "precision", None) == "year" and form.fields[fname].required:
                # "2025年度" is a year, not the date a row must have (never read as 1 January)
                raise DateParseError(f"只有年份，没有月份和日期 / a year only, not a date: {cell_text(cell)!r}")
        except ValueError as exc:
            if ftype in ("date", "date_end") and ci in res.notes.get("_year_last", ()):
                try:  # 4/5/2024 in a column whose other dates (3/15/2024) show month-first
                    values[fname] = parse_year_last(cell, res.notes["_year_last"][ci], ftype == "date_end")
                    continue
                except ValueError:
                    pass
            if ftype == "year_month" and (res.period or "year" in mapping.fields):
                try:  # 考核月份 "3月" on a sheet whose title gives the year, or beside a 考核年度 column
                    yc = mapping.fields.get("year")
                    year = parse_value("year", row[yc]) if yc is not None and yc < width else None
                    values[fname] = (year or int(res.period[:4]), parse_value("month", cell))
                    continue
                except (ValueError, TypeError):
                    pass
            if ftype == "date" and fname not in _STARTS and (first := _first_day(cell, res.period)) is not None:
                values[fname] = first  # 3月12日-14日 in a one-day column: a several-day activity, its first day
                continue
            if ftype in ("date", "date_end") and res.period:
                try:  # 3月15日 on a sheet whose title gives the year
                    values[fname] = parse_date_in_year(cell, int(res.period[:4]), ftype == "date_end")
                    continue
                except ValueError:
                    pass
            if ftype == "date_range" and res.period:
                try:  # 3月1日—8月31日 on a sheet whose title gives the year
                    values[fname] = parse_date_range_in_year(cell, int(res.period[:4]))
                    continue
                except ValueError:
                    pass
            if ftype == "date_end" and "duration" in form.fields:
                try:  # 半年 / 一年 written in the end-date column
                    months = parse_value("duration", cell)
                    if isinstance(months, float):
                        values.setdefault("duration", months)
                        continue
                except ValueError:
                    pass
            if (pair := _count_pair(labels[ci], cell)) is not None:
                values.update(pair)  # 在岗抽查（在岗次数/抽查次数） 3/4: both counts, in the header's order
                continue
            if fname in _optional_fields(form):
                # usable row, doubtful field: curated with the field empty and a finding
                values[fname] = None
                (found := found or []).append((fname, "UNPARSEABLE_OPTIONAL", _unparsed_message(labels[ci], cell, exc)))
                continue
            errors.append(f"{labels[ci]}: {mask_id_numbers(str(exc))}")
    if "month" in mapping.fields and "year" in form.fields and values.get("year") is None and "year" not in mapping.fields:
        try:  # a month column written with its year: 2023年1月, 2023-02
            ym = parse_value("year_month", row[mapping.fields["month"]] if mapping.fields["month"] < width else None)
            if ym:
                values["year"] = ym[0]
        except ValueError:
            pass
    for fname, v in given.items():
        if values.get(fname) is None:
            values[fname] = v
    if cls.onehot and values.get("activity_type") is None:
        ticked = [t for ci, t in cls.onehot.items() if ci < width and _ticked(row[ci])]
        if ticked:
            values["activity_type"] = ticked[0]
    if res.notes.get("_ticks"):
        _read_ticks(values, row, res.notes["_ticks"])
    if errors:
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNPARSEABLE_VALUE", "；".join(errors)))
        return
    for lv, gr in _LEVEL_GRADE.get(form.name, ()):
        if gr not in mapping.fields and lv in mapping.fields:
            try:  # "三级甲等" in one cell gives level and grade
                values[gr] = parse_grade(row[mapping.fields[lv]])
            except ValueError:
                values[gr] = None
    try:
        derived = _complete(values, form, res, loc, i, person_ids, ctx)
    except ValueError as exc:
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "INCONSISTENT_VALUE", str(mask_id_numbers(str(exc)))))
        return
    missing = [f for f in _fields_of(form)[1] if values.get(f.name) is None]
    if form.name in _PERSON_FORMS and values.get("person_id") is None and derived.person_name is None:
        missing.append(form.fields["name"])
    if missing:
        names = "、".join(f.labels[0] for f in missing)
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "MISSING_VALUE",
                                           f"必填项为空：{names} / required value missing: {', '.join(f.name for f in missing)}"))
        return
    if derived.findings:
        found = (found or []) + derived.findings
    if (order := _date_order(values, row, mapping)) is not None:
        found = (found or []) + [order]
    handed = _handover(values, row, labels) if form.name == "pairings" else None
    if handed is not None:  # 备注 "2024年7月起由省二院接替": the pairing ends, the other hospital's begins
        later, note = handed
        found = (found or []) + [note]
        res.records.append(Record(i + 1, later, None, cells=tuple(row), labels=labels, findings=[note],
                                  defaulted=derived.defaulted))
    res.records.append(Record(i + 1, values, None, cells=tuple(row), labels=labels, findings=found,
                              defaulted=derived.defaulted, person_name=derived.person_name))


_HANDOVER = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年)?\s*(?P<m>\d{1,2})\s*月(?:(?P<d>\d{1,2})\s*日)?\s*(?:起|开始)?[,，]?\s*(?:改由|转由|由)"
                       r"(?P<h>[\u4e00-\u9fff（）()]{2,30}?)(?:接替|接手|接管|负责|承担|对口支援|支援)")
_REMARK_LABELS = frozenset({"备注", "说明", "备注说明", "附注"})


def _handover(values: dict[str, Any], row: list, labels: list[str]) -> tuple[dict[str, Any], tuple[str, str, str]] | None:
    """A pairing list's 备注 that hands the pairing to another hospital on a date (2024年7月起由省二院接替):
    (the other hospital's pairing from that date to this one's end, the finding on both rows); this
    row's pairing ends the day before. None when the remark says no such thing."""
    start, end = values.get("start_date"), values.get("end_date")
    start = getattr(start, "value", start)
    for c, label in enumerate(labels):
        if norm_label(label) in _REMARK_LABELS and c < len(row) and isinstance(row[c], str) and (m := _HANDOVER.search(row[c])):
            if not isinstance(start, dt.date) or hospital_names_in(m["h"]) != [m["h"]]:
                return None  # 由医务科负责日常对接: a department, no hospital taking the pairing over
            try:
                day = dt.date(int(m["y"] or start.year), int(m["m"]), int(m["d"] or 1))
            except ValueError:
                return None
            end_v = getattr(end, "value", end)
            if day <= start or (isinstance(end_v, dt.date) and day > end_v):
                return None
            later = dict(values, support_hospital_id=m["h"], start_date=day, start_date_source="remark", agreement_date=None)
            values["end_date"] = day - dt.timedelta(days=1)
            note = ("support_hospital_id", "HANDOVER_FROM_REMARK",
                    f"备注“{row[c].strip()[:40]}”：{day} 起由{m['h']}接替，原结对关系至前一日止，请核对 / the remark hands the pairing to "
                    f"{m['h']} from {day}: the earlier pairing ends the day before; please check")
            return later, note
    return None


def _date_order(values: dict[str, Any], row: list, mapping) -> tuple[str, str, str] | None:
    """An end before its start: a finding (doubtful but usable). An end typed as the number
    2024.1 (Excel keeps 2024.10 as 2024.1) that only makes sense as October is read as October,
    with a finding that says so."""
    start, end = values.get("start_date"), values.get("end_date")
    if not (isinstance(start, dt.date) and isinstance(end, dt.date)) or end >= start:
        return None
    ci = mapping.fields.get("end_date")
    cell = row[ci] if ci is not None and ci < len(row) else None
    if isinstance(cell, float) and 1900 < cell < 2100 and repr(cell).endswith(".1"):
        october = add_months(dt.date(int(cell), 10, 1), 1)  # its last day
        if october >= start:
            values["end_date"] = october
            return ("end_date", "MONTH_READ_AS_OCTOBER",
                    f"结束年月 {cell} 按 {int(cell)}.10（10月）读取：Excel 把数字 {int(cell)}.10 存为 {cell}，按1月则早于开始日期，请核对 / "
                    f"the end {cell} was read as {int(cell)}.10 (October): Excel keeps the number {int(cell)}.10 as {cell}, and "
                    "January would be before the start; please check")
    return ("end_date", "END_BEFORE_START", f"结束日期 {end} 早于开始日期 {start}，请核对 / the end date {end} is before the start date {start}: please check")


# Fields whose failure to parse leaves the row unusable: the required ones, the natural key,
# and those a required value is derived from (a 起止时间 range gives the start date).
def _reporter_column(loc: Located, mapping) -> str | None:
    """A 填报单位 column no field took (a form system's export stamps each row with it): the
    sheet's reporting unit, as a 填报单位 line would be, when every row names the same one."""
    taken = set(mapping.fields.values())
    for col in loc.columns:
        if col.index in taken or not REPORTER_KEY.match(norm_label(col.lower)):
            continue
        names = {cell_text(loc.grid[i][col.index]).strip() for i in loc.data_rows
                 if col.index < len(loc.grid[i]) and not is_blank(loc.grid[i][col.index])}
        if len(names) == 1:
            return names.pop()
    return None


def _months_carry_year(loc: Located, mapping) -> bool:
    """Whether the month column states the year in every data row that has a month (the year
    is then each row's own; a row whose month cell says no year is held as missing it)."""
    if mapping is None or "month" not in mapping.fields:
        return False
    col, seen = mapping.fields["month"], False
    for i in loc.data_rows:
        row = loc.grid[i]
        cell = row[col] if col < len(row) else None
        if is_blank(cell):
            continue
        try:
            if not parse_value("year_month", cell):
                return False
        except ValueError:
            return False
        seen = True
    return seen


# a 证件类型 that is no resident identity card (a code 1 / 01 or 身分证 is left alone: the number decides)
_OTHER_DOCUMENT = re.compile(r"护照|通行证|军官证|士兵证|警官证|居留证|台胞证|回乡证|外国人|passport", re.I)
_FEEDS_REQUIRED = {"period_range", "duration", "year_month", "support_period", "name", "id_number"}


def _optional_fields(form: Form) -> frozenset[str]:
    out = _OPTIONAL.get(form.name)
    if out is None or out[0] is not form:
        from pipelines.db.schema import table_specs

        spec = table_specs().get(form.name, {"columns": []})
        not_null = {c["name"] for c in spec["columns"] if c.get("nullable", True) is False}
        opt = frozenset(f.name for f in form.fields.values()
                        if not f.required and not f.key and f.type != "hospital" and f.name not in _FEEDS_REQUIRED
                        and f.name not in not_null)
        out = _OPTIONAL[form.name] = (form, opt)
    return out[1]


_OPTIONAL: dict[str, tuple] = {}


def _unparsed_message(label: str, cell: Any, exc: Exception) -> str:
    text = str(mask_id_numbers(cell_text(cell)))[:40]
    return (f"“{label}”的值“{text}”无法识别，该项留空，其余数据已入库 / {label}: {text!r} could not be read; "
            f"the field is left empty and the row is curated ({mask_id_numbers(str(exc))})")


def _plan(mapping, form: Form) -> list[tuple[str, int, str]]:
    """(field, column, type) for a sheet's mapped columns, worked out once per mapping."""
    plan = _PLANS.get(id(mapping))
    if plan is None or plan[0] is not mapping:
        plan = _PLANS[id(mapping)] = (mapping, [(f, ci, form.fields[f].type) for f, ci in mapping.fields.items()])
    return plan[1]


_PLANS: dict[int, tuple] = {}


def _fields_of(form: Form) -> tuple[list[tuple[str, tuple[str, ...]]], list]:
    """(fields with defaults as (name, kinds), required fields a row must fill itself) for a
    form, in catalogue order. Worked out once per form: every row checks both."""
    out = _FORM_FIELDS.get(form.name)
    if out is None or out[0] is not form:
        defaults = [(f.name, f.default) for f in form.fields.values() if f.default]
        # a field that may come from the reporter is checked by the writer, once hospitals are resolved
        required = [f for f in form.fields.values() if f.required and not WRITER_DEFAULTS & set(f.default)]
        out = _FORM_FIELDS[form.name] = (form, (defaults, required))
    return out[1]


_FORM_FIELDS: dict[str, tuple] = {}


@dataclass
class _Derived:
    """What completing a row found besides its values: the fields filled from the sheet's
    context, the name of a person without a usable ID number, and doubtful fields."""
    defaulted: tuple[str, ...] = ()
    person_name: str | None = None
    findings: list = field(default_factory=list)


def _complete(values: dict[str, Any], form: Form, res: SheetResult, loc: Located, i: int, person_ids: PersonIds,
              ctx: SheetContext) -> _Derived:
    """Fill derived and default values; raises ValueError for contradictory input."""
    derived = _Derived()
    defaulted = []
    section = _section_hospital(loc, i) if loc.sections else None  # most sheets have no sections
    for name, kinds in _fields_of(form)[0]:
        if values.get(name) is None:
            for kind in kinds:
                v = ctx.default(kind, section)
                if v is not None:
                    values[name] = v
                    defaulted.append(name)
                    break
    if "recipient_hospital_id" in res.sideless and ctx.title_receiver and "support_hospital_id" in form.fields \
            and values.get("support_hospital_id") is None \
            and values.get("recipient_hospital_id") not in (None, ctx.title_receiver):
        # 柳渡县人民医院接收派驻专家名单 | 单位: the bare 单位 is where the experts came from, the title the recipient
        values["support_hospital_id"], values["recipient_hospital_id"] = values["recipient_hospital_id"], ctx.title_receiver
        defaulted = [d for d in defaulted if d != "support_hospital_id"] + ["recipient_hospital_id"]
    derived.defaulted = tuple(defaulted)
    if loc.sections and "department" in form.fields and values.get("department") is None:
        dep = _section_department(loc, i)
        if dep:
            values["department"] = dep
    values.pop("home_department", None)
    inside = values.pop("admissions_inside_county", None)
    if values.get("resident_admissions") is None and inside is not None and values.get("resident_admissions_outside_county") is not None:
        # 常住居民住院人次 | 县域内 · 县域外 and no 合计: all residents' admissions are the two together
        values["resident_admissions"] = inside + values["resident_admissions_outside_county"]
    ym = values.pop("year_month", None)
    if ym is not None:
        if values.get("year") is None:
            values["year"] = ym[0]
        if values.get("month") is None:
            values["month"] = ym[1]
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
    if isinstance(months, tuple):  # the duration column held the dates (2023.03—2023.09)
        start, end = months
        if values.get("start_date") is None:
            values["start_date"] = start
        if values.get("end_date") is None and end is not None:
            values["end_date"] = end
        months = None
    for k in ("start_date", "end_date", "first_performed_date", "activity_date", "agreement_date"):
        if values.get(k) is not None:
            values[k] = values[k].value
    if months is not None and values.get("end_date") is None and values.get("start_date") is not None:
        values["end_date"] = add_months(values["start_date"], months)

    if "title" in form.fields:
        t = values.pop("title", None)
        if t is None and isinstance(values.get("name"), str):  # 陆景行（副主任技师）, the 职称 cell blank
            split = _name_and_title(values["name"])
            if split:
                values["name"], t = split
        explicit_cat = values.get("staff_category")
        values["title"] = t.title if t else None
        values["title_rank"] = t.rank if t else None
        values["staff_category"] = explicit_cat or (t.category if t else None)
        if values.get("position_at_recipient") in ("副院长", "院长") and values["staff_category"] is None:
            values["staff_category"] = "管理"
    if values.pop("fee_waived", None) is True and values.get("fee_charged") is None:
        values["fee_charged"] = 0
    if values.pop("fee_asked", None) is False and values.get("fee_charged") is None:
        values["fee_charged"] = 0  # 是否收取进修费用 否, the amount column left blank: no fee
    if form.name == "pairings":
        # a list in sections per cycle ("二、第二周期（2021—2025年）"): the section's period before the title's
        _pairing_dates(values, res, title_period([loc.sections[i]]) if i in loc.sections else None)
        county = ctx.title_county or _county_in([loc.meta.title, *loc.meta.top_texts])  # the title's, never the file name's
        if "recipient_county" not in res.supplied and county and not re.search(r"[县旗]", str(values.get("recipient_hospital_id") or "")):
            # 渫川县县乡对口帮扶关系表 (no county column): its township centres are in the title's county;
            # a hospital whose name says its county keeps it
            values["recipient_county"] = county
    elif form.name == "hospitals":
        values["code"] = values.get("hospital_id")
        values["id_source"] = "code"
    if form.name in _PERSON_FORMS:
        idn = values.pop("id_number", None)  # an IdReading (person_id.read_id_number) or None
        name = values.pop("name", None)
        kind = values.pop("id_type", None)
        if kind and _OTHER_DOCUMENT.search(kind):
            idn = None  # 护照, 港澳居民来往内地通行证, 军官证: no resident ID number (the person id comes from the name)
        if idn is None and isinstance(name, str):  # 姓名（身份证号） in one cell: 魏明轩（990521198806144391）
            m = _NAME_WITH_ID.fullmatch(name)
            if m:
                name, idn = m.group(1).strip(), read_id_number(m.group(2))
        if idn is not None and idn.code:
            derived.findings.append(("id_number", idn.code, idn.message))
        if idn is not None and idn.canonical:
            values["person_id"] = person_ids.from_id_number(idn.canonical)
            values["person_id_basis"] = "id_number"
        elif name:
            values["person_id"] = None
            values["person_id_basis"] = "name"
            derived.person_name = name  # resolved to a person id once the hospital is known
            if idn is None:  # (an unusable number has its own finding, which says the same)
                derived.findings.append(("person_id", "NAME_ONLY", _NAME_ONLY))
        else:
            values["person_id"] = None
    return derived


_SEVERAL_NAMES = re.compile(r"\s*[、，,；;/\n]\s*")
_ONE_NAME = re.compile(r"[\u4e00-\u9fff·•]{2,8}")


_EVENT_FORMS = {"activities", "techniques", "pairings"}
# 每周三, 每周二、四 (not 每周一次: once a week)
_WEEKLY = re.compile(r"每(?:周|星期|礼拜)([一二三四五六日天](?:[、，,和及与][一二三四五六日天])*)(?![次回])")
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _events_in_one_row(row: list, mapping, form: Form) -> list[list] | None:
    """One ledger line that stands for several events: a cell naming several recipients
    (青禾县人民医院、石岭县人民医院 — one record each), or an activity's date range with the weekday
    it recurs on (2024年4月3日—4月24日 | 每周三下午 — one record per such day). None when the row is
    one event."""
    ci = mapping.fields.get("recipient_hospital_id")
    cell = row[ci] if ci is not None and ci < len(row) else None
    if isinstance(cell, str) and _SEVERAL_NAMES.search(cell.strip()):
        parts = [p for p in _SEVERAL_NAMES.split(cell.strip()) if p]
        if len(parts) >= 2 and all(hospital_names_in(p) == [p] for p in parts):
            out = []
            shared = [c for f, c in mapping.fields.items() if f == "participants"]  # 两院共60人: a count of both, no one's
            for k, p in enumerate(parts):
                one = list(row)
                one[ci] = p
                for c in shared:  # left empty on each (the caller adds the finding that quotes it)
                    if c < len(one):
                        one[c] = None
                for c, v in enumerate(row):  # 二级甲等\n二级乙等 beside them: the k-th line goes with the k-th hospital
                    if c != ci and isinstance(v, str) and "\n" in v.strip():
                        lines = [x for x in v.strip().split("\n") if x.strip()]
                        if len(lines) == len(parts):
                            one[c] = lines[k]
                out.append(one)
            return out
    di = mapping.fields.get("activity_date")
    cell = row[di] if di is not None and di < len(row) else None
    if not isinstance(cell, str):  # a date cell (the usual case) is one day: no row is scanned for 每周
        return None
    weekly = next((m for v in row if isinstance(v, str) for m in [_WEEKLY.search(v)] if m), None)
    if weekly is not None:
        try:
            rng = parse_date_range(cell)
        except ValueError:
            return None
        if rng and rng[0] is not None and rng[1] is not None and rng[1].value > rng[0].value:
            day, last = rng[0].value, rng[1].value
            want = {_WEEKDAY[ch] for ch in weekly.group(1) if ch in _WEEKDAY}
            days = [day + dt.timedelta(days=k) for k in range((last - day).days + 1) if (day + dt.timedelta(days=k)).weekday() in want]
            if 2 <= len(days) <= 60:
                return [row[:di] + [d] + row[di + 1:] for d in days]
    return None


def _people_in_one_row(row: list, mapping) -> list[list] | None:
    """A row whose name cell holds several people (郑书远\n冯若宁 with two ID numbers, 王芳、李强):
    one row per person when the ID cell holds as many numbers; [] (hold the row) when names are
    listed (、，；/) but the ID numbers do not match them one to one; None for an ordinary row — a
    name wrapped onto two lines (司马\n相如) without two ID numbers, or a name and a title
    (张伟\n主治医师, 王芳、护士长)."""
    nc = mapping.fields["name"]
    cell = row[nc] if nc < len(row) else None
    if type(cell) is not str or not _SEVERAL_NAMES.search(cell.strip()):
        return None
    names = [n for n in (re.sub(r"\s+", "", x) for x in _SEVERAL_NAMES.split(cell.strip())) if n]
    if len(names) < 2 or not all(_ONE_NAME.fullmatch(n) and not _NOT_A_NAME.search(n) and not _is_title(n) for n in names):
        return None
    ic = mapping.fields.get("id_number")
    ids = [x for x in re.split(r"[\s、，,；;/]+", cell_text(row[ic])) if x] if ic is not None and ic < len(row) else []
    if len(ids) != len(names):
        listed = bool(re.search(r"[、，,；;/]", cell))  # a list, not a wrapped line
        return [] if listed else None
    out = []
    for name, idn in zip(names, ids):
        one = list(row)
        one[nc], one[ic] = name, idn
        out.append(one)
    return out


_NOT_A_NAME = re.compile(r"(长|师|员|士|主任|院长|科室|医院|卫生院)$")


def _is_title(text: str) -> bool:
    try:
        t = parse_value("title", text)
    except ValueError:
        return False
    return t is not None and t.rank is not None


_MONEY_UNIT = re.compile(r"[（(]\s*(千元|万元)\s*[)）]|(千元|万元)\s*$")


# a count stated in ten thousands (常住居民住院总人次（万人次）)
_TEN_THOUSANDS = re.compile(r"[（(]\s*万(?:人次|人|例|台次|次)\s*[)）]\s*$")
# a yes/no column whose header asks for a tick (是否填补县域空白（√）, 打"√"): blank means no
_TICK_COLUMN = re.compile(r"[√✓✔☑]|打勾|打钩|勾选")
# 挂职科主任 | 担任副院长 as a √/× column: the post, when ticked
_POST_TICK = re.compile(r"(?:是否)?(?:挂职|担任|兼任|任)(科主任|科室主任|副院长|业务副院长|院长|执行院长|护士长|副主任|主任|科副主任)")
# 在岗抽查 over 第1次 | 第2次 | …, a √/× each: one visit a column
_VISIT = re.compile(r"第?[一二三四五六七八九十\d]{1,2}次(?:抽查)?")


@dataclass
class _Ticks:
    posts: dict[int, str]   # column -> the post it asks about
    visits: list[int]       # the spot-check visits' columns


def _tick_columns(loc: Located, mapping, form: Form) -> _Ticks | None:
    """Columns answered with ticks that stand for a field's value: a post (挂职科主任 √) or the
    visits of a spot check (在岗抽查 | 第1次 √ | 第2次 ×). None when the sheet has none."""
    posts: dict[int, str] = {}
    visits: list[int] = []
    mapped = set(mapping.fields.values())
    for col in loc.columns:
        if col.index in mapped:
            continue
        lower = norm_label(col.lower)
        if "position_at_recipient" in form.fields and "position_at_recipient" not in mapping.fields \
                and (m := _POST_TICK.fullmatch(lower)):
            posts[col.index] = m.group(1)
        elif "spot_checks" in form.fields and "spot_checks" not in mapping.fields and col.upper and _VISIT.fullmatch(lower) \
                and (hit := match_column(Column(col.index, col.upper, ""), form)) and hit[0] == "spot_checks":
            visits.append(col.index)
    return _Ticks(posts, visits) if posts or visits else None


def _read_ticks(values: dict[str, Any], row: list, ticks: _Ticks) -> None:
    if values.get("position_at_recipient") is None:
        for ci, post in ticks.posts.items():
            if ci < len(row) and _ticked(row[ci]):
                values["position_at_recipient"] = parse_value("position", post)
                break
    if ticks.visits and values.get("spot_checks") is None:
        marks = []
        for ci in ticks.visits:
            if ci < len(row) and not is_blank(row[ci]):
                try:
                    marks.append(bool(parse_value("bool", row[ci])))
                except ValueError:
                    return  # a visit column holding something else: not a tick list, left as it is
        if marks:
            values["spot_checks"], values["spot_checks_present"] = len(marks), sum(marks)


def _money_unit(label: str) -> int | None:
    """费用（万元） -> 10000, 费用(千元) -> 1000: the unit a money column's header states — in
    brackets or at its end (not 进修费用（元，千元以下免收）, whose unit is 元)."""
    m = _MONEY_UNIT.search(label)
    return None if m is None else 10000 if "万" in m.group(0) else 1000


_NAME_WITH_TITLE = re.compile(r"\s*([^\d（(]{1,20}?)\s*[（(]\s*([^\d（()）]{2,12}?)\s*[)）]\s*")


def _name_and_title(name: str):
    """(name, title) for a name cell that carries the title in brackets, when the bracket reads
    as a title with a rank (副主任技师); else None (李明（大）is a name)."""
    m = _NAME_WITH_TITLE.fullmatch(name)
    if not m:
        return None
    try:
        t = parse_value("title", m.group(2))
    except ValueError:
        return None
    return (m.group(1).strip(), t) if t is not None and t.rank is not None else None


_TITLE_PERIOD = re.compile(r"(20\d\d|19\d\d)\s*年?\s*[—–\-－~～至到]+\s*(20\d\d|19\d\d)\s*年")


def title_period(texts) -> tuple[dt.date, dt.date] | None:
    """The years a pairing list's title gives ("…一览表（2021—2025年）"): 1 Jan to 31 Dec."""
    for t in texts:
        m = _TITLE_PERIOD.search(unicodedata.normalize("NFKC", str(t or "")))
        if m and int(m.group(1)) <= int(m.group(2)):
            return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(2)), 12, 31)
    return None


def _pairing_dates(values: dict[str, Any], res: SheetResult, section=None) -> None:
    """A pairing's start: its own column, else the 支援期限 range, else the period in the
    list's title (or in the line of the section the row is in), else the agreement date;
    start_date_source records which. The end comes from the same place when the row has none
    of its own."""
    rng = values.pop("support_period", None)
    title = section or res.notes.get("_title_period")
    if values.get("start_date") is not None:
        values["start_date_source"] = "column"
    elif rng is not None and rng[0] is not None:
        values["start_date"] = rng[0].value if hasattr(rng[0], "value") else rng[0]
        values["start_date_source"] = "support_period"
    elif title is not None:
        values["start_date"] = title[0]
        values["start_date_source"] = "title_period"
    elif values.get("agreement_date") is not None:
        values["start_date"] = values["agreement_date"]
        values["start_date_source"] = "agreement_date"
    if values.get("end_date") is None:
        if rng is not None and rng[1] is not None and values.get("start_date_source") in ("support_period", "column"):
            values["end_date"] = rng[1].value if hasattr(rng[1], "value") else rng[1]
        elif title is not None and values.get("start_date_source") in ("title_period", "agreement_date", "column"):
            values["end_date"] = title[1]


def _build_grouped(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str], person_ids: PersonIds,
                   ctx: SheetContext, given: dict[str, Any]) -> None:
    """One record per data row and period group; a group whose cells are all empty is skipped
    (the person had left, the county did not report that year)."""
    base = set(cls.mapping.fields) if cls.mapping else set()
    for i in loc.data_rows:
        row = loc.grid[i]
        produced = False
        for period, mapping in cls.groups.items():
            own = [ci for f, ci in mapping.fields.items() if f not in base]
            if all(is_blank(row[ci]) if ci < len(row) else True for ci in own):
                continue
            pg = dict(given)
            if period[0] == "H":  # columns grouped by hospital (classify._classify_hospital_groups)
                pg["recipient_hospital_id"] = period[1]
            elif period[0] == "Y":
                pg["year"] = period[1]
            else:
                pg["month"] = period[1]
                if period[2]:
                    pg["year"] = period[2]
                elif res.period:
                    pg.setdefault("year", int(res.period[:4]))
            _build_row(res, loc, i, replace(cls, mapping=mapping), form, labels, person_ids, ctx, pg)
            produced = True
        if not produced:
            res.nondata.append((i + 1, "blank", "（各期数据均为空 / every period empty）"))


def _stacked_cards(loc: Located, form: Form) -> list[dict[int, list]] | None:
    """Label | value forms stacked one under another (a WPS form export): the form's first
    field named again starts the next form. None when the sheet holds one form — a field that
    merely appears twice in one form (起 / 止 under 派驻时间) starts nothing — or when the parts
    do not share most of the first form's fields."""
    rows = vertical_rows(loc, form, each_once=False)
    if not rows:
        return None
    order = sorted(rows)
    anchor = rows[order[0]][0][0]  # the first field of the first form
    cards: list[dict[int, list]] = [{}]
    for i in order:
        if cards[-1] and any(f == anchor for f, _, _ in rows[i]):
            cards.append({})
        cards[-1][i] = rows[i]
    if len(cards) < 2:
        return None
    first = {f for pairs in cards[0].values() for f, _, _ in pairs}
    for card in cards:
        fields = {f for pairs in card.values() for f, _, _ in pairs}
        if len(fields) < 2 or 2 * len(fields & first) < len(first):
            return None
    return cards


def _vertical_other_row(res: SheetResult, loc: Located, i: int, labels: list[str], form: Form | None = None) -> None:
    """A row of a label | value sheet that names no field: quarantined if it holds numbers
    (an indicator we do not know), else non-data (a header line, a note)."""
    vals = [v for v in loc.grid[i] if not is_blank(v)]
    if vals and form is not None and form.is_derived(cell_text(vals[0])):  # 县域内就诊率（%） | 82.0: worked out from the counts
        res.nondata.append((i + 1, "derived", str(mask_id_numbers(" ".join(cell_text(v) for v in vals)))))
    elif form is not None and form.name in _PERSON_FORMS:
        # 出生年月 | 1972年3月, 个人简介 | …: a person's form asks more than the contract keeps — not an indicator
        res.nondata.append((i + 1, "note", str(mask_id_numbers(" ".join(cell_text(v) for v in vals)))))
    elif any(_has_number(v) for v in vals[1:]) and not numbers_the_columns(loc.grid[i]) \
            and not _column_words(vals[1:]):  # 序号 | 1 | 2 | 3, 指标 | 本月 | 1-7月累计 | 去年同期: no indicator
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNKNOWN_INDICATOR", "指标不在数据规范中 / indicator not in the data contract"))
    else:
        res.nondata.append((i + 1, "header" if len(vals) > 1 else "note", str(mask_id_numbers(" ".join(cell_text(v) for v in vals)))))


def _transposed_columns(loc: Located, cls: Classification) -> list[int] | None:
    """A transposed table (field labels down one column, one person per column: 姓名 | 周建华 |
    刘芳 | 宋佳): the value columns, when every labelled row has a single label in the same
    column and at least two columns to its right hold values."""
    if cls.form not in _PERSON_FORMS and "county_code" not in forms()[cls.form].fields:
        return None  # one person (or county) per column; a monthly form's extra column is a unit (人次)
    pairs = [p for ps in cls.vertical_rows.values() for p in ps]
    if len(pairs) < 3 or any(len(ps) != 1 for ps in cls.vertical_rows.values()) or len({lc for _, lc, _ in pairs}) != 1:
        return None
    label_col = pairs[0][1]
    form = forms()[cls.form]
    cols = []
    for c in sorted({c for i in cls.vertical_rows for c, v in enumerate(loc.grid[i]) if c > label_col and not is_blank(v)}):
        cells = [(loc.grid[i][c] if c < len(loc.grid[i]) else None, ps[0][0]) for i, ps in cls.vertical_rows.items()]
        filled = [(v, f) for v, f in cells if not is_blank(v)]
        readable = sum(1 for v, f in filled if _parses(form.fields[f].type, v))
        # a person's column: most fields filled, and what is filled reads as those fields
        if len(filled) >= 0.6 * len(cells) and readable >= 0.8 * len(filled):
            cols.append(c)
    return cols if len(cols) >= 2 else None


def _parses(ftype: str, value: Any) -> bool:
    try:
        parse_value(ftype, value)
        return True
    except ValueError:
        return False


def _year_columns(loc: Located, cls: Classification) -> dict[int, int] | None:
    """{column: year} (and -1: the header row) when a line above the indicators names a year
    per column (指标 | 2023年 | 2024年 | 备注), for yearly forms (县域住院流向)."""
    form = forms()[cls.form]
    if "year" not in form.fields or "month" in form.fields or not cls.vertical_rows:
        return None
    # the years' line is above the indicators; it may itself be labelled 年份/年度 (then it is
    # one of the label | value rows, and read here instead)
    year_row = next((i for i, ps in cls.vertical_rows.items() if any(f == "year" for f, _, _ in ps)), None)
    first = min(i for i in cls.vertical_rows if i != year_row) if len(cls.vertical_rows) > (year_row is not None) else None
    for i in (r for r in loc.data_rows if first is None or r < first or r == year_row):
        cols = {}
        for c, v in enumerate(loc.grid[i]):
            m = re.fullmatch(r"((?:19|20)\d\d)\s*年?度?", unicodedata.normalize("NFKC", cell_text(v)).strip()) if not is_blank(v) else None
            if m:
                cols[c] = int(m.group(1))
        if len(cols) >= 2:
            return {**cols, -1: i}
    return None


def _column_names(loc: Located, cls: Classification, columns: list[int]) -> dict[int, str]:
    """指标 | 萝溪县 | 箬山县: the line above the indicators that names each column's unit (text in
    every value column, no numbers), column -> name."""
    first = min(cls.vertical_rows)
    for i in sorted((r for r in loc.data_rows if r < first), reverse=True):
        row = loc.grid[i]
        cells = {c: cell_text(row[c]) if c < len(row) else "" for c in columns}
        if all(t and not _has_number(t) for t in cells.values()):
            return cells
    return {}


def _read_columns(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str], ctx: SheetContext,
                  person_ids: PersonIds, columns: dict[int, dict[str, Any]], head: int | None = None) -> None:
    """A label | value sheet with several value columns (years, or one person per column): one
    record per column with that column's ``extra`` values. ``head``: the years' header line, not
    data; then a line with one value for all years (县名：柳湾县) gives it to each year, and a year
    column left empty (2025年 not yet reported) gives nothing. The other rows are accounted once."""
    rows = {i: ps[0] for i, ps in cls.vertical_rows.items() if i != head and (head is None or ps[0][0] != "year")}

    def at(i, c):
        return loc.grid[i][c] if c < len(loc.grid[i]) else None
    for c, extra in columns.items():
        if all(is_blank(at(i, c)) for i in rows):
            continue
        shared = head is not None
        one = replace(cls, vertical_rows={i: [(f, lc, vc if shared and is_blank(at(i, c)) else c)] for i, (f, lc, vc) in rows.items()})
        _build_vertical(res, loc, one, form, labels, ctx, person_ids, nondata=None, extra=extra)
    for i in loc.data_rows:
        if i == head:
            res.nondata.append((i + 1, "header", str(mask_id_numbers(" ".join(cell_text(v) for v in loc.grid[i] if not is_blank(v))))))
        elif i not in cls.vertical_rows:
            _vertical_other_row(res, loc, i, labels, form)
    res.nondata.sort()


def _build_vertical(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str], ctx: SheetContext,
                    person_ids: PersonIds, nondata: bool | None = True, extra: dict[str, Any] | None = None,
                    sheet_level: bool = True) -> None:
    """Label | value sheets (项目 | 数量, or one sheet per person: 姓名 | 郑伟 | 性别 | 男): one
    record from the pairs that name a field. Rows with numbers that name nothing we know are
    quarantined; plain text rows are listed as non-data. ``nondata`` None: reading one column
    of a transposed table (the caller accounts for the other rows)."""
    years = _year_columns(loc, cls) if nondata is not None else None
    if years:  # indicators down a column, one year per column (指标 | 2023年 | 2024年): a record per year
        head = years.pop(-1)
        _read_columns(res, loc, cls, form, labels, ctx, person_ids, {c: {"year": y} for c, y in years.items()}, head=head)
        return
    columns = _transposed_columns(loc, cls) if nondata is not None else None
    if columns:  # one person (or county) per column: each column is read as its own label | value form
        names = _column_names(loc, cls, columns) if "county_name" in form.fields else {}
        _read_columns(res, loc, cls, form, labels, ctx, person_ids,
                      {c: {"county_name": names[c]} if c in names else {} for c in columns})
        return
    cards = _stacked_cards(loc, form) if nondata else None
    if cards:  # the same form filled several times, one under another (a WPS form export): a record each
        for card in cards:
            _build_vertical(res, loc, replace(cls, vertical_rows=card), form, labels, ctx, person_ids, nondata=None,
                            sheet_level=False)
        used = {i for card in cards for i in card}
        for i in loc.data_rows:
            if i not in used:
                _vertical_other_row(res, loc, i, labels, form)
        res.nondata.sort()
        return
    values: dict[str, Any] = {}
    errors: list[str] = []
    raw: dict[str, str] = {}
    for i, pairs in cls.vertical_rows.items():
        row = loc.grid[i]
        for fname, label_col, col in pairs:
            label, cell = cell_text(row[label_col]), row[col]
            if col == label_col:  # "派驻时间：2023年1月5日至…" in one cell
                label, _, cell = label.replace(":", "：").partition("：")
                cell = cell.strip()
            raw[label] = str(mask_id_numbers(cell_text(cell)))
            try:
                values[fname] = parse_value(form.fields[fname].type, cell)
            except ValueError as exc:
                errors.append(f"{label}: {mask_id_numbers(str(exc))}")
    used = sorted(cls.vertical_rows)
    src = tuple(r + 1 for r in used)
    for i in loc.data_rows if nondata else ():
        if i not in cls.vertical_rows:
            _vertical_other_row(res, loc, i, labels, form)
    res.nondata.sort()
    if errors:
        res.quarantined.append(Quarantined(src[0], raw, "UNPARSEABLE_VALUE", "；".join(errors), src))
        return
    # sheet-level "key：value" lines; not for people written as such lines (one person's values
    # must never fill another's: sheet_level False)
    given, err = _sheet_values(loc, form, cls) if sheet_level else ({}, None)
    if err:
        res.quarantined.append(Quarantined(src[0], raw, "UNPARSEABLE_VALUE", err, src))
        return
    for fname, v in {**given, **(extra or {})}.items():
        values.setdefault(fname, v)
    try:
        derived = _complete(values, form, res, loc, used[0], person_ids, ctx)
    except ValueError as exc:
        res.quarantined.append(Quarantined(src[0], raw, "INCONSISTENT_VALUE", str(mask_id_numbers(str(exc))), src))
        return
    missing = [f.labels[0] for f in form.fields.values() if f.required and values.get(f.name) is None
               and not WRITER_DEFAULTS & set(f.default)]
    if form.name in _PERSON_FORMS and values.get("person_id") is None and derived.person_name is None:
        missing.append(form.fields["name"].labels[0])
    if missing:
        res.quarantined.append(Quarantined(src[0], raw, "MISSING_VALUE", f"表中未写明：{'、'.join(missing)} / the sheet does not state: {', '.join(missing)}", src))
        return
    res.records.append(Record(src[0], values, raw, src, findings=derived.findings or None, defaulted=derived.defaulted,
                              person_name=derived.person_name))


def _build_wide(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str], ctx: SheetContext) -> None:
    """Months as columns: one record per month from the indicator rows — per hospital, when a
    column names each row's hospital (受援单位 | 指标 | 1月 …)."""
    for i in loc.data_rows:
        if i not in cls.wide_rows:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNKNOWN_INDICATOR",
                                               "指标不在数据规范中 / indicator not in the data contract"))
    hcol = cls.wide_hospital_col
    blocks: dict[str | None, list[int]] = {}
    for i in sorted(cls.wide_rows):
        whose = cell_text(loc.grid[i][hcol]) if hcol is not None and hcol < len(loc.grid[i]) else ""
        blocks.setdefault(whose or None, []).append(i)
    for whose, rows in blocks.items():
        _build_wide_block(res, loc, cls, form, rows, whose or ctx.default("subject_hospital", None))


def _build_wide_block(res: SheetResult, loc: Located, cls: Classification, form: Form, used_rows: list[int],
                      hospital: str | None) -> None:
    """One hospital's indicator rows, months as columns: a record per month."""
    period_year = int(res.period[:4]) if res.period else None
    header_years: dict[int, int] = {}
    per_month: dict[int, dict[str, Any]] = {}
    errors: dict[int, list[str]] = {}
    found: dict[int, list[tuple[str, str, str]]] = {}
    for i in used_rows:
        fname = cls.wide_rows[i]
        for c, month in loc.wide_months.items():
            v = loc.grid[i][c] if c < len(loc.grid[i]) else None
            if is_blank(v):
                continue
            if c in loc.wide_years:
                header_years[month] = loc.wide_years[c]
            try:
                per_month.setdefault(month, {})[fname] = parse_value("int", v)
            except ValueError as exc:
                if fname in _optional_fields(form):  # "约11": this count empty, the month curated, a finding
                    per_month.setdefault(month, {})[fname] = None
                    found.setdefault(month, []).append((fname, "UNPARSEABLE_OPTIONAL",
                                                        _unparsed_message(f"{month}月 {form.fields[fname].labels[0]}", v, exc)))
                    continue
                errors.setdefault(month, []).append(f"{month}月 {form.fields[fname].labels[0]}: {mask_id_numbers(str(exc))}")
    src = tuple(r + 1 for r in used_rows)
    for month in sorted(set(per_month) | set(errors)):
        raw = {"月份": f"{month}月", **{form.fields[cls.wide_rows[i]].labels[0]: str(mask_id_numbers(cell_text(loc.grid[i][c])))
                                         for i in used_rows for c, m in loc.wide_months.items() if m == month and not is_blank(loc.grid[i][c])}}
        if month in errors:
            res.quarantined.append(Quarantined(src[0], raw, "UNPARSEABLE_VALUE", "；".join(errors[month]), src))
            continue
        year = header_years.get(month, period_year)
        if year is None or hospital is None:
            what = "年份 / year" if year is None else "医院 / hospital"
            res.quarantined.append(Quarantined(src[0], raw, "MISSING_VALUE", f"表中未写明{what.split(' / ')[0]} / the sheet does not state the {what.split(' / ')[1]}", src))
            continue
        values = {"recipient_hospital_id": hospital, "year": year, "month": month, **per_month[month]}
        res.records.append(Record(src[0], values, raw, src, findings=found.get(month)))


def _build_years(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str]) -> None:
    """Years as columns (years_as_columns.py): a record per block of rows and year column."""
    from pipelines.ingest.years_as_columns import blocks, is_derived_row

    keys = cls.mapping
    assert keys is not None
    for cells, rows in blocks(loc, keys, cls.measure_col):
        used = [i for i in rows if i in cls.wide_rows or is_derived_row(loc, i, cls.measure_col, form)]
        for i in rows:
            if i not in used:
                res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNKNOWN_INDICATOR",
                                                   "指标不在数据规范中 / indicator not in the data contract"))
        measured = [i for i in used if i in cls.wide_rows]
        if not measured:
            continue
        src = tuple(i + 1 for i in used)
        base: dict[str, Any] = {}
        errors: list[str] = []
        for fname, c in keys.fields.items():
            cell = loc.grid[rows[0]][c] if c < len(loc.grid[rows[0]]) else None
            try:
                base[fname] = parse_value(form.fields[fname].type, cell)
            except ValueError as exc:
                errors.append(f"{labels[c]}: {mask_id_numbers(str(exc))}")
        for c, year in sorted(cls.year_cols.items()):
            values = dict(base, year=year)
            raw = {labels[k]: str(mask_id_numbers(cell_text(loc.grid[rows[0]][k]))) for k in keys.fields.values()
                   if k < len(loc.grid[rows[0]])}
            raw["年份"] = str(year)
            errs = list(errors)
            for i in measured:
                v = loc.grid[i][c] if c < len(loc.grid[i]) else None
                label = form.fields[cls.wide_rows[i]].labels[0]
                if is_blank(v):
                    continue
                raw[label] = str(mask_id_numbers(cell_text(v)))
                try:
                    values[cls.wide_rows[i]] = parse_value("int", v)
                except ValueError as exc:
                    errs.append(f"{year}年 {label}: {mask_id_numbers(str(exc))}")
            if errs:
                res.quarantined.append(Quarantined(src[0], raw, "UNPARSEABLE_VALUE", "；".join(errs), src))
                continue
            if all(values.get(cls.wide_rows[i]) is None for i in measured):
                continue  # an empty year column for this block: nothing reported
            missing = [f for f in form.fields.values() if f.required and values.get(f.name) is None and not f.default]
            if missing:
                res.quarantined.append(Quarantined(src[0], raw, "MISSING_VALUE", f"{year}年 必填项为空：{'、'.join(f.labels[0] for f in missing)} / "
                                                   f"{year}: required value missing: {', '.join(f.name for f in missing)}", src))
                continue
            res.records.append(Record(src[0], values, raw, src))


_PAIR = re.compile(r"\s*(\d+)\s*[/／]\s*(\d+)\s*")


def _count_pair(label: str, cell: Any) -> dict[str, int] | None:
    """"3/4" under 在岗抽查（在岗次数/抽查次数）: the spot checks present and made, as the header
    orders them; None for anything else."""
    m = _PAIR.fullmatch(cell_text(cell))
    if not m or "抽查" not in label:
        return None
    inner = re.search(r"[（(]([^）)]*)[)）]", label)
    parts = re.split(r"[/／]", inner.group(1) if inner else label)
    if len(parts) != 2:
        return None
    kinds = ["spot_checks_present" if "在岗" in p else "spot_checks" if "抽查" in p else None for p in parts]
    if None in kinds or kinds[0] == kinds[1]:
        return None
    return {kinds[0]: int(m.group(1)), kinds[1]: int(m.group(2))}


# a range in a start-date column also has an end the row needs: not cut to its first day (the
# row is held as before); a one-day column (activity_date) takes the first day of a several-day event
_STARTS = frozenset({"start_date"})


def _first_day(cell: Any, period: str | None) -> ParsedDate | None:
    """The start of a range written in a one-date column (2025.4.9-4.10; 3月12日-14日 on a sheet
    whose title gives the year), or None."""
    text = cell_text(cell)
    tries = [text]
    if period and not re.match(r"\s*(?:19|20)\d\d", text):
        tries.append(f"{period[:4]}年{text}")
    for t in tries:
        try:
            r = parse_date_range(t)
        except ValueError:
            continue
        if r and r[0] is not None and r[1] is not None and r[0].precision == "day":
            return r[0]
    return None


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

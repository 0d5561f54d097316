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
from functools import lru_cache
from typing import Any

from pipelines.ingest.classify import REPORTER_KEY, Classification, sheet_fields, units_only, vertical_rows
from pipelines.ingest.form_catalogue import MONTH_WORDS, Form, column_sums, forms, name_notes, norm_label, running_totals, sideless_labels
from pipelines.ingest.locate_table import Located, numbers_the_columns, row_text
from pipelines.ingest.parse_dates import (DateParseError, ParsedDate, add_months, parse_date, parse_date_in_year, parse_date_range,
                                          months_span, parse_date_range_in_year, parse_year_last, year_last_kind)
from pipelines.ingest.parse_numbers import STATED_UNKNOWN, per_month_fee
from pipelines.ingest.parse_titles import department_category
from pipelines.ingest.parse_values import cell_text, completion_of, gap_filled, is_blank, parse_activity_type, parse_grade, parse_scanned, parse_value
from pipelines.ingest.read_cells import Sheet
from pipelines.ingest.other_paperwork import not_a_trainee, out_of_scope, why_not_a_form
from pipelines.ingest.results import PRIVATE_MASK, Quarantined, Record, SheetResult, raw_cells
from pipelines.ingest.broken_cells import join_broken_cells
from pipelines.ingest.date_order import date_order
from pipelines.ingest.department_rows import hospital_total_only
from pipelines.ingest.attendance_rows import attendee_column, merge_attendees, own_staff_events
from pipelines.ingest.pairing_dates import adjustment, adjustment_kind, handover, pairing_dates, title_period
from pipelines.ingest.remark_dates import end_from_remark
from pipelines.ingest.section_rows import section_department, section_fields, section_hospital
from pipelines.ingest.several_in_one_row import SEVERAL_NAMES, events_in_one_row, people_in_one_row, stays_in_one_row, succession
from pipelines.ingest.settlement_flows import build as build_flows, flow_header
from pipelines.ingest.work_log import events_in_text
from pipelines.ingest.sheet_context import SheetContext, county_in, hospital_names_in, month_of_sheet, province_words
from pipelines.ingest.resolve_hospitals import COMMUNITY_WORDS
from pipelines.ingest.tick_columns import TICK_COLUMN, is_ticked, read_ticks, tick_columns
from pipelines.ingest.survey_answers import submitted_column
from pipelines.ingest.team_period import carry_team_period
from pipelines.ingest.year_parts import whole_years
from pipelines.privacy.person_id import PersonIds, mask_id_numbers, read_id_number

# defaults that need the registry, filled (or the row quarantined) by the writer
WRITER_DEFAULTS = {"reporter_if_other", "title_if_other", "county_lookup", "pairing_support"}
_PERSON_FORMS = {"deployments", "trainees", "staff_monthly_assessments"}
_STAY_FORMS = {"deployments", "trainees"}  # a person's stay, whose real end a remark may give
_LEVEL_GRADE = {"hospitals": (("level", "grade"),), "pairings": (("recipient_level", "recipient_grade"), ("support_level", "support_grade"))}


# a patient's identity or complaint in a header (出院患者数, 门急诊人次 are counts: not these)
_PATIENT_WORDS = re.compile(r"(?:患者|病人|病员)姓名|住院号|病案号|病历号|门诊号|就诊卡|主诉")


def _patient_sheet(loc: Located) -> bool:
    """A sheet about patients: its header, or a line at its top, names a patient's details."""
    texts = [c.label for c in loc.columns] + [cell_text(v) for row in loc.grid[:6] for v in row if isinstance(v, str)]
    return any(_PATIENT_WORDS.search(t) for t in texts if t)


def _raw_row(loc: Located, i: int, labels: list[str]) -> dict[str, str]:
    return raw_cells(loc.grid[i], labels)


def build_sheet(sheet: Sheet, loc: Located, cls: Classification, person_ids: PersonIds, file_stem: str | None = None) -> SheetResult:
    res = _build_sheet(sheet, loc, cls, person_ids, file_stem)
    if (res.quarantined or res.records) and _patient_sheet(loc):
        # a patient-level sheet (双向转诊登记, 义诊 register): its held rows keep their headers, never a patient's
        # cells — nor do its records, which the writer may still hold (an unresolved hospital)
        for q in res.quarantined:
            q.raw = {k: PRIVATE_MASK for k in q.raw}
        for rec in res.records:
            rec.raw_dict = {k: PRIVATE_MASK for k in rec.raw}
        res.nondata = [(r, kind, text if kind in ("title", "header", "blank") else PRIVATE_MASK) for r, kind, text in res.nondata]
    if cls.form is not None and res.records:
        from pipelines.ingest.survey_answers import drop_test_submissions, keep_latest_submissions

        drop_test_submissions(res, loc)
        keep_latest_submissions(res, loc, forms()[cls.form])
    if loc.spans:  # a record read from two physical rows (two_row_records.py) stands for both
        for entry in (*res.records, *res.quarantined):
            second = loc.spans.get(entry.source_row - 1)
            if second is not None and not entry.source_rows:
                entry.source_rows = (entry.source_row, second + 1)
    return res


def _build_sheet(sheet: Sheet, loc: Located, cls: Classification, person_ids: PersonIds, file_stem: str | None) -> SheetResult:
    res = SheetResult(sheet.name, cls.form, rows_read=len(sheet.rows), hidden=sheet.hidden)
    if sheet.comments:
        res.notes["_comments"] = sheet.comments  # 批注: remarks on a row (remark_dates)
    if sheet.hidden:
        # a hidden sheet is a draft, a lookup list or an old copy: never data, and never allowed
        # to replace the visible sheet. Its rows are listed as non-data with the reason.
        res.form_type = None
        res.nondata = [(i + 1, "hidden_sheet", "隐藏的工作表，不作为数据读取 / hidden sheet: not read as data")
                       for i in range(len(sheet.rows))]
        res.notes["hidden_sheet"] = True
        return res
    if hospital_total_only(loc, cls.form):
        res.notes["departments"] = "全院合计行为本月数据，各科室行为其组成 / the hospital total row is the month's figure, the departments its parts"
    res.nondata = [(i + 1, kind, str(mask_id_numbers(text))) for i, kind, text in loc.nondata]
    if loc.meta.reporting_unit is None and cls.mapping is not None:
        loc.meta.reporting_unit = _reporter_column(loc, cls.mapping)
        if loc.meta.reporting_unit is None and (own := _reporters_by_row(loc, cls.mapping, cls.form)) is not None:
            # a shared online sheet every hospital adds its rows to (腾讯文档): 填报医院 is each row's own hospital
            fname, col = own
            mapping = replace(cls.mapping, fields={**cls.mapping.fields, fname: col.index},
                              methods={**cls.mapping.methods, fname: (col.label, "reporter", 100.0)},
                              unmapped=[u for u in cls.mapping.unmapped if u != col.label])
            cls = replace(cls, mapping=mapping, missing_required=[f for f in cls.missing_required if f != fname])
    ctx = SheetContext.of(loc, sheet.name, file_stem, cls.form)
    res.title_only = ctx.title_only
    res.reporting_name = ctx.reporter if (loc.found or loc.vertical) else None
    res.subject_name = (ctx.sheet_hospital or ctx.title_subject) if (loc.found or loc.vertical) else None
    res.period = loc.meta.period_text
    res.months = months_span(loc.meta.title) or months_span(file_stem)
    if loc.meta.reported_date:
        try:
            pd_ = parse_date(loc.meta.reported_date)
            res.reported_date = pd_.value if pd_ else None
        except DateParseError:
            res.notes["reported_date_unreadable"] = loc.meta.reported_date
    labels = [c.label for c in loc.columns]
    res.county_hint = ctx.title_county or county_in([loc.meta.title, *loc.meta.top_texts, file_stem, sheet.name])
    res.province_words = province_words([loc.meta.title, *loc.meta.top_texts, loc.meta.reporting_unit, file_stem])
    res.community = any(t and COMMUNITY_WORDS.search(t) for t in (loc.meta.title, *loc.meta.top_texts, loc.meta.reporting_unit, file_stem))
    res.notes["header_rows"] = [r + 1 for r in loc.header_rows]
    res.notes["context"] = {k: v for k, v in (
        ("reporting_unit", (loc.meta.reporting_unit, "填报单位")), ("sheet_hospital", (ctx.sheet_hospital, "sheet name / section")),
        ("title_hospital", (ctx.first_in_title, "title or file name")), ("title_support", (ctx.title_support, "title: A派驻B")),
        ("title_recipient", (ctx.title_recipient, "title: A派驻B")), ("period", (res.period, "title / 报告期 line")))
        if v[0]}
    if cls.form == "pairings":
        res.notes["_title_period"] = title_period([loc.meta.title, *loc.meta.top_texts, file_stem])

    other = why_not_a_form(cls.form, loc.meta.title, cls.mapping.methods if cls.mapping else {},
                           [c.lower for c in loc.columns]) if cls.form is not None and (loc.found or loc.vertical) else None
    if loc.vertical and cls.form is not None and not other:
        _build_vertical(res, loc, cls, forms()[cls.form], labels, ctx, person_ids)
        res.period = res.period or _period_from_records(res.records)
        return res
    if not loc.found and cls.form is None:
        inline = _inline_forms(loc)
        if inline:  # 姓名：张三 / 派驻时间：… one line each: one person (or several, one after another)
            _build_inline(res, sheet, loc, cls, inline, labels, person_ids, file_stem)
            return res
    if cls.form is None and (flows := flow_header(loc.grid)) is not None:
        # 参保地 | 就医地 | 结算人次: a settlement export's flows, summed per insured county (settlement_flows.py)
        res.nondata = []
        build_flows(res, loc.grid, flows, [row_text(r) for r in loc.grid[:flows[0]]])
        return res
    if not loc.found and not other:
        _unrecognised(res, sheet, loc)
        return res
    if cls.form is None or other:
        res.notes["candidates"] = cls.candidates
        if other:
            res.form_type = None
            res.notes["other_paperwork"] = other
        for i in loc.data_rows:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "SHEET_UNRECOGNISED",
                                               other or "无法判断该表属于哪类报表 / cannot tell which form this sheet is"))
        return res

    form = forms()[cls.form]
    if cls.mapping is not None:
        res.notes["columns"] = {f: {"header": h, "method": m, "score": round(s, 1)} for f, (h, m, s) in cls.mapping.methods.items()}
        res.notes["_name_col"] = cls.mapping.fields.get("name")
        res.notes["_department_col"] = cls.mapping.fields.get("department")
        res.notes["_id_col"] = cls.mapping.fields.get("id_number")
        res.notes["_period_cols"] = tuple(cls.mapping.fields[f] for f in ("start_date", "end_date", "period_range")
                                          if f in cls.mapping.fields)
        res.supplied = frozenset(cls.mapping.fields)
        res.sideless = frozenset(f for f, (h, _, _) in cls.mapping.methods.items() if norm_label(h) in sideless_labels())
        if cls.mapping.unmapped:
            res.notes["unmapped_columns"] = cls.mapping.unmapped
        if cls.mapping.guesses:
            res.notes["guessed_columns"] = cls.mapping.guesses
    month_given = {}
    if cls.missing_required and set(cls.missing_required) <= _MONTH_DATE_FIELDS:
        month = month_of_sheet(sheet.name, res.period, [loc.meta.title, *loc.meta.top_texts, file_stem])
        if month is not None:  # "3月新开展项目" with the year in the title: the month's first day
            month_given = {f: ParsedDate(month, "month") for f in cls.missing_required}
            res.notes["context"]["date_from_sheet_name"] = (month.isoformat()[:7], "sheet name + title year")
            cls = replace(cls, missing_required=[])
    if cls.missing_required == ["year"] and _months_carry_year(loc, cls.mapping):
        cls = replace(cls, missing_required=[])  # 2024年7月 / 二〇二四年七月 in the month column: each row's year
    if form.name == "deployments" and cls.mapping is not None and not {"start_date", "period_range"} & set(cls.mapping.fields) \
            and (ticked := _ticked_months(loc, res.period, cls.mapping.fields.get("name"))) is not None:
        col, stays = ticked  # 1月 … 12月 with √ for the months on site: a stay per run of months
        res.notes["_tick_stays"] = stays
        cls = replace(cls, mapping=replace(cls.mapping, fields={**cls.mapping.fields, "period_range": col},
                                           methods={**cls.mapping.methods, "period_range": ("1月…12月 √", "ticked months", 100.0)}),
                      missing_required=[f for f in cls.missing_required if f != "start_date"])
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
    res.notes["_ticks"] = tick_columns(loc, cls.mapping, form) if cls.mapping else None
    if cls.groups:
        _build_grouped(res, loc, cls, form, labels, person_ids, ctx, given)
    elif cls.long_cols:
        _build_long(res, loc, cls, form, labels, ctx)
    elif cls.year_cols:
        _build_years(res, loc, cls, form, labels)
    elif cls.wide:
        _build_wide(res, loc, cls, form, labels, ctx)
    else:
        if cls.mapping is not None and (n := join_broken_cells(loc, cls.mapping.fields)):
            res.notes["joined_cells"] = n  # 心血管 | 内科: a PDF converter's broken cell, joined
        once = carry_team_period(loc, cls.mapping.fields, form) if cls.mapping is not None and submitted_column(loc) is None else {}
        _fill_down(loc, cls, form)
        for i in loc.data_rows:
            n = len(res.records)
            _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given)
            if i in once:  # 派驻时间 written on the team's first row only: carried down, with a finding
                for rec in res.records[n:]:
                    rec.findings = [*(rec.findings or ()), *once[i]]
        if form.name == "activities":
            if (col := attendee_column(loc, cls.mapping)) is not None:  # a sign-in list: one activity per event, its attendees counted
                dc = cls.mapping.fields.get("activity_date")
                merge_attendees(res, col, labels[dc] if dc is not None and dc < len(labels) else None)
            own_staff_events(res)
        if res.notes.get("_year_parts"):  # a county's flow by quarter or month: one record per whole year
            res.records = whole_years(res.records, res.notes.pop("_year_parts"), res.quarantined, res.nondata,
                                      res.notes.get("columns", {}).get("year_part", {}).get("header"))
    if res.period is None:
        res.period = _period_from_records(res.records)
    return res


_IN_DAYS = re.compile(r"[（(]\s*天\s*[)）]|天数")  # a length headed in days: 派驻时长（天）

# 贺明远 over 990301…: the name and the number on two lines of one cell (under a 姓名\n身份证号 header)
_NAME_OVER_ID = re.compile(r"([^\d\n（(]{1,20}?)\s*\n\s*([\dXx][\dXx \-]{13,22})")
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
    that value (any column); in a required hospital or year column (and an assessment's month), a
    blank below the group's first row does too — when the first row has it (a roster grouped by
    recipient, a statistics table with its year once, not merged). The
    rows are replaced in ``loc.grid`` (the located copy), not in the sheet. "同左" means the
    cell on its left in the same row; over a blank cell it is left as written (and not read)."""
    if cls.mapping is None or submitted_column(loc) is not None:
        return  # each row of a form system's export is one person's submission: nothing carries over
    # a required hospital and a year (2024 | 7月, then | 8月: written once for the rows under it) carry down over
    # blanks; so does the month of a list of people assessed month by month (2024年6月 | 顾临川, then | 方采薇) —
    # never a statistics table's month (each row its own: a blank one is missing), nor a person's dates or score
    carried = ("hospital", "year", "month", "year_month") if form.name in _PERSON_FORMS else ("hospital", "year")
    hosp = {ci for f, ci in cls.mapping.fields.items()
            if form.fields[f].type in carried and (form.fields[f].required or form.fields[f].key or form.fields[f].type == "year_month")
            or f in _GROUPING_FIELDS}
    grouping = {ci for f, ci in cls.mapping.fields.items() if f in _GROUPING_FIELDS}
    rec_ci = cls.mapping.fields.get("recipient_hospital_id")
    # a column that writes its value again on the next row (青溆县人民医院 twice) is written on every row: a blank
    # in it is a value left out, not a group's value written once (realworld136: the pivot beside it counts it (空白))
    hosp -= _written_each_row(loc, {ci for f, ci in cls.mapping.fields.items() if form.fields[f].type == "hospital"} & hosp - grouping)
    last: dict[int, Any] = {}
    first = True
    copied = False
    columns = sorted(cls.mapping.fields.values())
    for i in loc.data_rows:
        row = loc.grid[i]
        new = None
        for ci in columns:
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


# a note after two hospitals saying they did it together: 甲医院、乙医院（合作引进）
_JOINT_NOTE = re.compile(r"\s*[（(]\s*(?:合作|联合|共同)[\u4e00-\u9fff]{0,4}\s*[)）]\s*$")


def _written_each_row(loc: Located, columns: set[int]) -> set[int]:
    """The columns among ``columns`` in which a value is written again on the next data row — never counting a cell
    a merged range filled in (a group merged over its rows is written once: REV21)."""
    out: set[int] = set()
    for ci in columns:
        prev = None
        for i in loc.data_rows:
            v = loc.grid[i][ci] if ci < len(loc.grid[i]) else None
            t = None if is_blank(v) or (i, ci) in loc.merged_down else cell_text(v).strip()
            if t is not None and t == prev and t not in _DITTO:
                out.add(ci)
                break
            prev = t
    return out


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
    month order when the column's unambiguous dates agree on one ({column: "md" or "dm"}); a column
    whose every date is ambiguous (01/03/2024) takes the order the sheet's other date columns agree on
    (31/08/2024 in the end column: one clerk, one way of writing dates — realworld123)."""
    out, undecided, sheet = {}, [], set()
    for fname, ci in mapping.fields.items():
        if form.fields[fname].type not in ("date", "date_end"):
            continue
        orders = {o for i in loc.data_rows if ci < len(loc.grid[i]) and isinstance(loc.grid[i][ci], str)
                  and (o := year_last_kind(loc.grid[i][ci])) in ("md", "dm", "?")}
        known = orders - {"?"}
        sheet |= known
        if len(known) == 1:
            out[ci] = next(iter(known))
        elif not known and orders:
            undecided.append(ci)
    if len(sheet) == 1:
        for ci in undecided:
            out[ci] = next(iter(sheet))
    return out


_MONTH_DATE_FIELDS = {"first_performed_date", "activity_date"}
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
    if row is None and loc.sections.get(i) and (said := section_fields(loc, i, form, mapping)):
        # 第一组　受援单位：…　派驻时间：…: the section line's fields, for the rows under it
        for fname, text in said.items():
            try:
                given = {**given, fname: parse_value(form.fields[fname].type, text)}
            except ValueError:
                continue
    if row is None:
        row = loc.grid[i]
        if (ticks := res.notes.get("_tick_stays")) is not None:
            col = mapping.fields["period_range"]
            if ticks.get(i) == []:
                res.nondata.append((i + 1, "total", str(mask_id_numbers(row_text(row)))))
                return
            for period in ticks.get(i, [None]):  # a row with no month ticked is held for its missing start
                _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given,
                           [*row, *[None] * (col - len(row)), period])
            return
        if form.name == "deployments" and (held_in_turn := succession(row, mapping, labels)) is not None:
            for one in held_in_turn:  # 原派驻人员 until the 接替日期, then 接替人员: a stay each
                _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given, one)
            return
        if form.name in _PERSON_FORMS and "name" in mapping.fields:
            people = people_in_one_row(row, mapping)
            if people is not None and not people:
                res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "INCONSISTENT_VALUE",
                                                   "一个单元格中写了多个人，且身份证号与人数不对应，请每人填一行 / several people in one "
                                                   "cell, and the ID numbers do not match them one to one: one row per person, please"))
                return
            if form.name in _STAY_FORMS and (stays := stays_in_one_row(people or [row], mapping)) is not None:
                people = stays  # two periods in a cell, people rotating through a period: a stay each
            if people is not None:  # 郑书远\n冯若宁 | 9901…\n9901… (a Word table pasted in): a record each
                for one in people:
                    _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given, one)
                return
        pc = mapping.fields.get("participants")
        if pc is not None and loc.merged_down.get((i, pc), 1) > 1 and pc < len(row) and not is_blank(row[pc]):
            # 参加人数 60 merged over the three recipients' rows of one joint session: no one recipient's count
            count, row = row[pc], list(row)
            row[pc] = None
            n = len(res.records)
            _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given, row)
            for rec in res.records[n:]:
                rec.findings = [*(rec.findings or ()), ("participants", "SHARED_COUNT",
                                f"参加人数“{cell_text(count)}”合并跨{loc.merged_down[(i, pc)]}行，是这几行合计，不能分到各行，该项留空 / "
                                f"the headcount {cell_text(count)!r} is merged over {loc.merged_down[(i, pc)]} rows: theirs together, "
                                "left empty")]
            return
        if form.name == "activities" and "work_content" in mapping.fields and "activity_type" not in mapping.fields \
                and any(_WORK_LOG_TITLE.search(t) for t in ctx.titles):
            _work_log_day(res, loc, i, cls, form, labels, person_ids, ctx, given, row)
            return
        if form.name in _EVENT_FORMS:
            several = events_in_one_row(row, mapping, form)
            if several is not None:  # 青禾县人民医院、石岭县人民医院 | 2024年4月3日—4月24日 每周三: a record each
                pc = mapping.fields.get("participants")
                count = row[pc] if pc is not None and pc < len(row) and several[0][pc] is None else None
                for one in several:
                    n = len(res.records)
                    _build_row(res, loc, i, cls, form, labels, person_ids, ctx, given, one)
                    if not is_blank(count):
                        for rec in res.records[n:]:
                            rec.findings = [*(rec.findings or ()), ("participants", "SHARED_COUNT",
                                            f"参加人数“{cell_text(count)}”是这一行{len(several)}项活动（受援医院或活动类型）合计，不能分到各项，该项留空 / "
                                            f"the headcount {cell_text(count)!r} is for the row's {len(several)} activities (recipients or "
                                            "types) together: left empty")]
                return
    values: dict[str, Any] = {}
    errors: list[str] = []
    found: list[tuple[str, str, str]] | None = None
    width = len(row)
    unknown: list[tuple] = []  # the fields stated 不详: said once the row is known to report something
    for fname, ci, ftype in _plan(mapping, form):
        cell = row[ci] if ci < width else None
        if fname in mapping.parts:
            cell = _sum_of_parts(row, mapping.parts[fname])
        if type(cell) is str and cell.strip() in STATED_UNKNOWN and fname in _optional_fields(form):
            # 不详: a value exists and the hospital does not know it — empty, and said (realworld116); a required
            # field stated unknown is missing (the row is held as such)
            values[fname] = None
            unknown.append((fname, "UNPARSEABLE_OPTIONAL", _unparsed_message(
                labels[ci], cell, ValueError("填报单位注明不详 / stated as unknown"))))
            continue
        try:
            if ftype == "duration" and _IN_DAYS.search(labels[ci] or "") and "duration_days" in form.fields:
                values["duration_days"] = parse_value("int", cell)  # 派驻时长（天） 91: days, never 91 months
                continue
            if ftype == "int" and _TEN_THOUSANDS.search(labels[ci] or "") and not is_blank(cell):
                values[fname] = round(parse_value("decimal", cell) * 10000)  # 常住居民住院总人次（万人次） 4.37 is 43,700
                continue
            values[fname] = parse_value(ftype, cell)
            if ftype == "money" and values[fname] and (unit := _money_unit(labels[ci])):  # 进修费用（万元） 0.3 is 3,000 元
                values[fname] = values[fname] * unit
            elif ftype == "bool" and values[fname] is None and TICK_COLUMN.search(labels[ci] or ""):
                values[fname] = False  # 是否填补县域空白（√）: a tick list, the unticked rows are "no"
            elif ftype == "date" and getattr(values[fname], "precision", None) == "year" and form.fields[fname].required:
                # "2025年度" is a year, not the date a row must have (never read as 1 January)
                raise DateParseError(f"只有年份，没有月份和日期 / a year only, not a date: {cell_text(cell)!r}")
        except ValueError as exc:
            if type(cell) is str and not _TEN_THOUSANDS.search(labels[ci] or "") and not _money_unit(labels[ci]) \
                    and (scanned := parse_scanned(ftype, cell)) is not None:
                values[fname] = scanned  # 2024.O3.01, l295O: a scan's letters among the digits
                found = (found or []) + [(fname, "OCR_DIGITS", f"“{labels[ci]}”的值“{cell.strip()}”中有形似数字的字母（扫描或转换所致），"
                                          f"已按数字读入，请核对 / {labels[ci]!r}: {cell.strip()!r} has letters where digits belong "
                                          "(a scan or a PDF conversion): read as digits; please check")]
                continue
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
            if fname == "start_date" and "end_date" in form.fields and "end_date" not in mapping.fields \
                    and "period_range" not in mapping.fields:
                try:  # 下派时间 2024.3.1-2024.8.31: a whole stay in the start column, with no end column (realworld133)
                    start, end = parse_date_range(cell) or (None, None)
                except ValueError:
                    start = end = None
                if start is not None and end is not None:
                    values[fname] = start
                    values.setdefault("end_date", end)
                    continue
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
            if fname == "fills_county_gap" and (wide := gap_filled(cell)) is not None:
                values[fname] = wide  # 填补院内空白: a gap in the hospital only; 填补市内空白: the county's too
                continue
            if fname == "completed" and (done := completion_of(cell)) is not None:
                values[fname] = done  # 结业情况 优秀: a completion assessment's result in the yes/no column
                continue
            if fname == "fee_charged" and (per := per_month_fee(cell)) is not None:
                values["_fee_per_month"] = (per, labels[ci], cell)  # 1500元/月: times the stay's months (_complete)
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
    more_types: list[str] = []
    if cls.onehot and values.get("activity_type") is None:
        ticked = _ticked_types(cls.onehot, row, width)
        if ticked:
            values["activity_type"] = ticked[0]
            if len(ticked) > 1 and submitted_column(loc) is not None:
                # an online form's answer ticking two (学术讲座 and 教学查房) is two activities, the headcount with the
                # first; a register's row ticking two is one event (its first type), as before (REV20)
                more_types = ticked[1:]
    if res.notes.get("_ticks"):
        read_ticks(values, row, res.notes["_ticks"])
    if "柔性" in str(values.pop("support_mode", None) or ""):
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "NOT_A_STAY",
                                           "柔性帮扶专家按月到院、不驻点：不是派驻，不计入派驻人员 / a part-time (柔性) expert comes some days "
                                           "a month and is not stationed at the recipient: no stay"))
        return
    if form.name == "techniques":
        what = values.pop("technique_kind", None)
        if what and norm_label(what) in _not_techniques():  # 新设备, 新开设专科门诊: no technique (realworld154)
            res.nondata.append((i + 1, "not_a_technique", f"{what}：不是新技术新项目 / {what}: not a technique"))
            return
        src = values.get("support_hospital_id")
        if isinstance(src, str) and norm_label(src).startswith(_own_sources()):
            values["support_hospital_id"] = None  # 本院进修后开展, 医院自购: the recipient's own, no support hospital
    kind = values.pop("training_kind", None)
    if form.name == "trainees" and (why := not_a_trainee(kind, ctx.titles)) is not None:
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "NOT_A_TRAINEE", why))
        return
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
    grade = values.pop("assessment_grade", None)
    if grade is not None and values.get("score") is None:  # 考核等次 合格, 考核得分 blank: no score to judge
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "MISSING_VALUE",
                                           f"只有考核等次“{grade}”，没有考核得分（分数）/ a grade ('{grade}') and no score: the "
                                           "assessment's score is a number"))
        return
    missing = [f for f in _fields_of(form)[1] if values.get(f.name) is None]
    if form.name in _PERSON_FORMS and values.get("person_id") is None and derived.person_name is None:
        missing.append(form.fields["name"])
    if missing:
        names = "、".join(f.labels[0] for f in missing)
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "MISSING_VALUE",
                                           f"必填项为空：{names} / required value missing: {', '.join(f.name for f in missing)}"))
        return
    if _figures_unread(values, form, row, mapping):
        _, running = running_totals()
        why = ("此行只有累计数（本年累计、1-N月累计等），没有本月数：累计数不能当作本月数，请报送本月数 / the row gives only running "
               "totals (本年累计, 1-N月累计), not the month's own figures: a running total is never read as the month's"
               if any(w in norm_label(lab) for lab in labels for w in running) else
               "此行的数字均未读入任何指标（表头未识别），请核对 / none of the row's figures was read as a measure (the header was "
               "not understood): please check")
        res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "MISSING_VALUE", why))
        return
    if form.name == "hospital_monthly_stats" and _nothing_reported(values, form, found, row, mapping):
        # 7月 … 12月 printed in the template, their figures blank or —: no report for those months
        res.nondata.append((i + 1, "blank", "（各项数据均为空，未报告 / no figure reported）"))
        return
    if unknown:  # (a month whose every figure is 不详 reports nothing, as a blank one: above)
        found = (found or []) + unknown
    if derived.findings:
        found = (found or []) + derived.findings
    if form.name in _STAY_FORMS and (said := end_from_remark(values, row, labels, res.notes.get("_comments", {}).get(i, ()))) is not None:
        found = (found or []) + [said]
    if (order := date_order(values, row, mapping)) is not None:
        found = (found or []) + [order]
    lecturer = values.pop("lecturer", None)
    if lecturer and values.get("support_hospital_id") is None and len(named := hospital_names_in(lecturer)) == 1:
        values["lecturer_hospital"] = named[0]  # 授课专家 "省人民医院 张某": which of the recipient's supporters (resolve_rows)
    if form.name == "pairings":
        values.pop("member_hospitals", None)  # a team's members: a row each already (several_in_one_row)
        if (why := out_of_scope(values.get("support_hospital_id"), values.get("recipient_hospital_id"))) is not None:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "OUT_OF_SCOPE", why))
            return
        try:
            later = adjustment(values)  # 原支援医院 → 调整后支援医院 from 调整日期
        except ValueError as exc:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "MISSING_VALUE", str(exc)))
            return
        if later is not None:
            res.records.append(Record(i + 1, later, None, cells=tuple(row), labels=labels, defaulted=derived.defaulted))
    handed = handover(values, row, labels) if form.name == "pairings" else None
    if handed is not None:  # 备注 "2024年7月起由省二院接替": the pairing ends, the other hospital's begins
        later, note = handed
        found = (found or []) + [note]
        res.records.append(Record(i + 1, later, None, cells=tuple(row), labels=labels, findings=[note],
                                  defaulted=derived.defaulted))
    res.records.append(Record(i + 1, values, None, cells=tuple(row), labels=labels, findings=found,
                              defaulted=derived.defaulted, person_name=derived.person_name,
                              known_name=derived.known_name, replaced_name=derived.replaced_name))
    for t in more_types:
        res.records.append(Record(i + 1, {**values, "activity_type": t, "participants": None}, None, cells=tuple(row),
                                  labels=labels, findings=found, defaulted=derived.defaulted, person_name=derived.person_name,
                                  known_name=derived.known_name, replaced_name=derived.replaced_name))


def _ticked_types(onehot: dict[int, str], row: list, width: int) -> list[str]:
    """The activity types a row ticks (√, 1, Y, or the option's own text as 金数据 writes it), then any typed
    in an "other" option's box (""), each once, in column order."""
    out: list[str] = []
    for ci, t in onehot.items():
        if ci >= width or is_blank(row[ci]):
            continue
        v = row[ci]
        if t:
            got = t if is_ticked(v) or _activity_type(v) == t else None
        else:  # the 其他 option: the type typed in its box, or 其他 when it is only ticked
            got = "其他" if is_ticked(v) else (_activity_type(v) or "其他")
        if got and got not in out:
            out.append(got)
    return out


def _activity_type(v) -> str | None:
    try:
        return parse_activity_type(v)
    except ValueError:  # 0 under a tick column: a code, not a type
        return None


_SUMMARY_LINE = re.compile(r"小结|合计|汇总|总结|本月共|本周共")
# a dispatched person's own log, by its title (an activity register with a 工作内容 column is read as a register)
_WORK_LOG_TITLE = re.compile(r"日志|工作记录|记录本|工作纪实|工作周记|工作月记")


def _work_log_day(res: SheetResult, loc: Located, i: int, cls: Classification, form: Form, labels: list[str],
                  person_ids: PersonIds, ctx: SheetContext, given: dict[str, Any], row: list) -> None:
    """A day of a work log (日期 | 工作内容): a record per programme activity its text names (work_log.py),
    with its headcount; a day naming none (门诊, 休息) and the month's 小结 line are non-data."""
    mapping = cls.mapping
    text = cell_text(row[mapping.fields["work_content"]]) if mapping.fields["work_content"] < len(row) else ""
    day = cell_text(row[mapping.fields["activity_date"]]) if mapping.fields["activity_date"] < len(row) else ""
    if _SUMMARY_LINE.search(day):
        res.nondata.append((i + 1, "total", str(mask_id_numbers(row_text(row)))))  # 月小结: the month's counts again
        return
    events = events_in_text(text)
    if not events:
        res.nondata.append((i + 1, "no_activity", str(mask_id_numbers(row_text(row)))))
        return
    for kind, count in events:
        n = len(res.records)
        _build_row(res, loc, i, cls, form, labels, person_ids, ctx, {**given, "activity_type": kind}, list(row))
        if count is None:
            continue
        try:
            heads = parse_value("headcount", count)
        except ValueError as exc:
            heads = None
            for rec in res.records[n:]:
                rec.findings = [*(rec.findings or ()), ("participants", "UNPARSEABLE_OPTIONAL", _unparsed_message("参加人数", count, exc))]
        for rec in res.records[n:]:
            if rec.values.get("participants") is None:
                rec.values["participants"] = heads


def _gap_ticks(loc: Located, i: int) -> bool | None:
    """Tick columns naming the gap a technique fills (填补市内空白 | 填补院内空白): the widest ticked says whether it
    fills the county's; None when none is ticked or the sheet has no such columns."""
    row = loc.grid[i]
    said = [gap_filled(c.label) for c in loc.columns if c.index < len(row) and "空白" in (c.label or "") and is_ticked(row[c.index])]
    said = [x for x in said if x is not None]
    return (True in said) if said else None


def _sum_of_parts(row: list, cols: tuple[int, ...]) -> Any:
    """The quarters of a count added (— 20 31 28 → 79): a blank, — or / quarter is none. A quarter that is no
    number (约20) leaves the cell as written, so the field is empty with a finding; all quarters blank is blank."""
    given = [row[c] for c in cols if c < len(row) and not is_blank(row[c])]
    try:
        counts = [n for v in given if (n := parse_value("int", v)) is not None]  # —, / : none
    except ValueError:
        return "、".join(cell_text(x) for x in given)
    return sum(counts) if counts else None


@lru_cache(maxsize=None)
def _measures(form_name: str) -> tuple[str, ...]:
    """A form's optional counts (asked for every row of a statistics sheet: listed once per form)."""
    return tuple(f.name for f in forms()[form_name].fields.values() if f.type == "int" and not f.required and not f.key)


def _figures_unread(values: dict[str, Any], form: Form, row: list, mapping) -> bool:
    """A statistics row (a form of optional counts: hospital_monthly_stats) none of whose counts was
    read while columns no field took hold numbers: the header was misread, and a record of
    nothing but its month would be wrong without saying so."""
    measures = _measures(form.name)
    if len(measures) < 3 or any(values.get(m) is not None for m in measures):
        return False
    taken = set(mapping.fields.values()) | set(mapping.serial_columns)  # 序号 is no figure
    return any(_has_number(v) and not isinstance(v, str) or (isinstance(v, str) and re.fullmatch(r"[\d,，.\s]+", v.strip()))
               for c, v in enumerate(row) if c not in taken and not is_blank(v))


def _nothing_reported(values: dict[str, Any], form: Form, found, row: list, mapping) -> bool:
    """A statistics row whose every figure is blank or a placeholder (—, /): a month printed in the
    template and not reported, not a month of zeros (0 is written as 0). A figure that did not parse
    (约1万), or a figure in a column no field took (1.2万), is something reported: that row stays."""
    measures = _measures(form.name)
    if any(values.get(m) is not None for m in measures) or any(f[0] in measures for f in found or ()):
        return False
    taken = set(mapping.fields.values()) | set(mapping.serial_columns)
    return not any(re.search(r"\d", cell_text(v)) for c, v in enumerate(row) if c not in taken and not is_blank(v))


_COUNT_LINE = re.compile(r"(人数|人次|合计|小计|总计)$")


def _ticked_months(loc: Located, period: str | None, name_col: int | None) -> tuple[int, dict[int, list[str]]] | None:
    """A roster of months as columns (1月 … 12月) with √ for each month a person was on site, under a
    title giving the year: (a column past the sheet's for the periods, row -> the periods of its runs
    of months); None for any other sheet."""
    months = {c.index: MONTH_WORDS[norm_label(c.lower)] for c in loc.columns if norm_label(c.lower) in MONTH_WORDS}
    if len(months) < 6 or not period or not period[:4].isdigit():
        return None
    year = int(period[:4])
    # a schedule's months hold the days each expert sits (坐诊排班汇总（按月，单位：天）: realworld150) — not an attendance
    # summary's (出勤天数汇总: checked against the stays of the roster, never stays of its own — realworld120)
    said = " ".join(t for t in (loc.meta.title or "", *loc.meta.top_texts))
    days = bool(re.search(r"单位\s*[:：]?\s*天|坐诊天数|驻点天数|值班天数", said)) and bool(re.search(r"排班|坐诊|轮值|值班", said)) \
        and not re.search(r"出勤|考勤|签到|人次|例数|分", said)  # (not 接诊量（人次/天）: REV25)
    stays: dict[int, list[str]] = {}
    for i in loc.data_rows:
        row = loc.grid[i]
        cells = [row[c] for c in months if c < len(row) and not is_blank(row[c])]
        name = cell_text(row[name_col]).strip() if name_col is not None and name_col < len(row) else ""
        if cells and all(isinstance(v, (int, float)) for v in cells) and (not name or _COUNT_LINE.search(name)):
            stays[i] = []  # 在岗人数 | 1 | 2 | …: the months' headcount under the roster, not a person
            continue
        # a tick, or a 1 a second clerk typed for one; in a sheet of days on site (单位：天, 出勤天数) a month's days
        on = sorted(m for c, m in months.items() if c < len(row) and (isinstance(row[c], str) and is_ticked(row[c]) or row[c] == 1
                                                                       or days and _days_in_month(row[c])))
        runs: list[list[int]] = []
        for m in on:
            if runs and m == runs[-1][-1] + 1:
                runs[-1].append(m)
            else:
                runs.append([m])
        if runs:
            stays[i] = [f"{year}年{r[0]}月至{year}年{r[-1]}月" for r in runs]
    if not any(stays.values()):
        return None
    return max(max(len(loc.grid[i]) for i in loc.data_rows), max(months) + 1), stays


@lru_cache(maxsize=1)
def _not_techniques() -> frozenset[str]:
    from pipelines.catalogue import load_yaml

    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("not_techniques", ()))


@lru_cache(maxsize=1)
def _own_sources() -> tuple[str, ...]:
    from pipelines.catalogue import load_yaml

    return tuple(norm_label(x) for x in load_yaml("forms.yaml").get("own_sources", ()))


def _days_in_month(v) -> bool:
    """A month's count of days on site: a whole number from 1 to 31."""
    return type(v) in (int, float) and v == int(v) and 1 <= v <= 31


_OWN_SIDE = ("subject_hospital", "reporter_unless_receiver", "reporter_unless_sender", "reporter_if_other", "unit_line")


def _reporters_by_row(loc: Located, mapping, form_name: str | None):
    """(field, column) when a 填报医院 column no field took names several hospitals, row by row: each
    row's reporter is the hospital on the side the form's reporter stands (forms.yaml ``default``:
    the roster's support hospital, the technique list's or the statistics' recipient) — the first
    hospital field not in the sheet whose defaults name the reporter or the subject."""
    if form_name is None:
        return None
    taken = set(mapping.fields.values())
    for col in loc.columns:
        if col.index in taken or not REPORTER_KEY.match(norm_label(col.lower)) or units_only(loc, col.index):
            continue
        names = {cell_text(loc.grid[i][col.index]).strip() for i in loc.data_rows
                 if col.index < len(loc.grid[i]) and not is_blank(loc.grid[i][col.index])}
        if len(names) < 2:
            continue
        for f in forms()[form_name].fields.values():
            if f.type == "hospital" and f.name not in mapping.fields and set(f.default) & set(_OWN_SIDE):
                return f.name, col
    return None


def _reporter_column(loc: Located, mapping) -> str | None:
    """A 填报单位 column no field took (a form system's export stamps each row with it): the
    sheet's reporting unit, as a 填报单位 line would be, when every row names the same one."""
    taken = set(mapping.fields.values())
    for col in loc.columns:
        # (a 单位 column of 人次 / 万人次 holds units of measure, not hospitals)
        if col.index in taken or not REPORTER_KEY.match(norm_label(col.lower)) or units_only(loc, col.index):
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


# The fields a row is curated without when they do not parse (left empty, with a finding): not
# required, not in the key, no required value derived from them (a 起止时间 range gives the start
# date), and nullable in tables.yaml.
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
    known_name: str | None = None       # deployments: the name beside a usable ID number
    replaced_name: str | None = None    # deployments: a change list's 原派驻人员


def _complete(values: dict[str, Any], form: Form, res: SheetResult, loc: Located, i: int, person_ids: PersonIds,
              ctx: SheetContext) -> _Derived:
    """Fill derived and default values; raises ValueError for contradictory input."""
    derived = _Derived()
    defaulted = []
    section = section_hospital(loc, i) if loc.sections else None  # most sheets have no sections
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
        dep = section_department(loc, i)
        if dep:
            values["department"] = dep
    values.pop("home_department", None)
    values.pop("work_content", None)  # a work log's day: its events are the records (_work_log_day)
    if (staff := values.pop("staff_name", None)) is not None:
        derived.known_name = staff  # who led the activity: their roster may give its support hospital (activity_staff.py)
    _admissions_total(values)
    part = values.pop("year_part", None)
    if part is not None:  # 第一季度 / 2024年1月 in a county table by the year: summed when the year is whole
        res.notes.setdefault("_year_parts", {})[i + 1] = part
        if values.get("year") is None and part[0] is not None:
            values["year"] = part[0]
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
    # 原派驻人员 of a change list: never the row's person; that person's stay ends (replacements.py)
    derived.replaced_name = values.pop("replaced_person", None)
    actual = values.pop("actual_end_date", None)
    if actual is not None:  # 计划结束日期 | 实际结束日期: the stay ended when it really did
        values["end_date"] = actual
    for k in ("start_date", "end_date", "first_performed_date", "activity_date", "agreement_date"):
        if values.get(k) is not None:
            values[k] = values[k].value
    if months is not None and values.get("end_date") is None and values.get("start_date") is not None:
        values["end_date"] = add_months(values["start_date"], months)
    days = values.pop("duration_days", None)
    if days and days > 0 and values.get("end_date") is None and values.get("start_date") is not None:
        values["end_date"] = values["start_date"] + dt.timedelta(days=days - 1)  # 派驻天数 91 from 4月1日: 6月30日

    if isinstance(values.get("name"), str) and (m := _NAME_WITH_NOTE.fullmatch(values["name"])) \
            and m.group(2).strip() in name_notes() and m.group(1).strip() not in _namesakes(loc, res, _NAME_WITH_NOTE):
        values["name"] = m.group(1).strip()  # 李强（女）, 刘洋（已返回）: a note beside the name, the person is 李强
    if isinstance(values.get("name"), str) and (split := _name_and_department(values["name"], values.get("department"))) \
            and split[0] not in _namesakes(loc, res):
        values["name"] = split[0]  # 卢青禾（针灸科）: the person is 卢青禾 (one person id with the rows that say 卢青禾)
        if "department" in form.fields and values.get("department") is None:
            values["department"] = parse_value("department", split[1])
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
        licence = values.pop("licence_category", None)
        if values.get("position_at_recipient") in ("副院长", "院长") and values["staff_category"] is None and not licence:
            values["staff_category"] = "管理"
        # a rank alone (中级): the licence class (执业类别 护理), else a department of one profession (药剂科)
        values["staff_category"] = values["staff_category"] or licence or department_category(values.get("department"))
    if (per := values.pop("_fee_per_month", None)) is not None and values.get("fee_charged") is None:
        a, b = (getattr(values.get(k), "value", values.get(k)) for k in ("start_date", "end_date"))
        if isinstance(a, dt.date) and isinstance(b, dt.date) and b >= a and (n := round(((b - a).days + 1) / 30.44)) >= 1:
            values["fee_charged"] = per[0] * n  # 1500元/月 over a stay of 3 months: 4500
        else:
            derived.findings.append(("fee_charged", "UNPARSEABLE_OPTIONAL", _unparsed_message(
                per[1], per[2], ValueError("按月收费，但进修起止不全，无法算出总额 / a fee by the month, and no whole stay to count"))))
    if form.name in ("techniques", "activities") and isinstance(sup := values.get("support_hospital_id"), str) \
            and len(parts := [p for p in SEVERAL_NAMES.split(_JOINT_NOTE.sub("", sup.strip())) if p]) >= 2 \
            and all(hospital_names_in(p) == [p] for p in parts):
        # introduced (or held) by two support hospitals together, 甲医院、乙医院（合作引进）: neither one's alone — never
        # the one whose name ends the cell (realworld141)
        values["support_hospital_id"] = None
    if form.name == "techniques" and values.get("fills_county_gap") is None and (ticked := _gap_ticks(loc, i)) is not None:
        values["fills_county_gap"] = ticked  # 填补市内空白 √ | 填补院内空白: the widest gap ticked
    if (grade := values.pop("completion_grade", None)) is not None and values.get("completed") is None:
        values["completed"] = completion_of(grade)  # 结业考核 优秀 / 合格: completed; 未结业: not
    if values.pop("fee_waived", None) is True and values.get("fee_charged") is None:
        values["fee_charged"] = 0
    if values.pop("fee_asked", None) is False and values.get("fee_charged") is None:
        values["fee_charged"] = 0  # 是否收取进修费用 否, the amount column left blank: no fee
    if form.name == "pairings":
        # a list in sections per cycle ("二、第二周期（2021—2025年）"): the section's period before the title's
        if not adjustment_kind(values):  # (a row ending a pairing keeps that pairing's own start)
            pairing_dates(values, res, title_period([loc.sections[i]]) if i in loc.sections else None)
        county = ctx.title_county or county_in([loc.meta.title, *loc.meta.top_texts])  # the title's, never the file name's
        county = None if county and county.endswith("区") else county  # (脱贫地区, 开发区: never a list's county, REV21)
        # a label|value list has no columns: there a county given is in the values
        supplied = res.supplied if res.supplied is not None else {f for f, v in values.items() if v is not None}
        if "recipient_county" not in supplied and county and not re.search(r"[县旗]", str(values.get("recipient_hospital_id") or "")):
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
            m = _NAME_WITH_ID.fullmatch(name) or _NAME_OVER_ID.fullmatch(name)
            if m:
                name, idn = m.group(1).strip(), read_id_number(m.group(2))
        if name is None and (ci := res.notes.get("_id_col")) is not None and ci < len(loc.grid[i]) \
                and isinstance(cell := loc.grid[i][ci], str) and (m := _NAME_OVER_ID.fullmatch(cell.strip())):
            name, idn = m.group(1).strip(), read_id_number(m.group(2))  # a 姓名\n身份证号 column: a line each
        if idn is not None and idn.code:
            derived.findings.append(("id_number", idn.code, idn.message))
        if idn is not None and idn.canonical:
            values["person_id"] = person_ids.from_id_number(idn.canonical)
            values["person_id_basis"] = "id_number"
            if form.name == "deployments" and isinstance(name, str):
                derived.known_name = name  # a change list elsewhere may name this person without the number
        elif name:
            values["person_id"] = None
            values["person_id_basis"] = "name"
            derived.person_name = name  # resolved to a person id once the hospital is known
            if (dept := values.get("department")) and name in _department_namesakes(loc, res):
                derived.person_name = f"{name}（{dept}）"  # two 李娜 of one list, 内科 and 外科: two people
            if idn is None:  # (an unusable number has its own finding, which says the same)
                derived.findings.append(("person_id", "NAME_ONLY", _NAME_ONLY))
        else:
            values["person_id"] = None
    return derived


_EVENT_FORMS = {"activities", "techniques", "pairings"}
_MONEY_UNIT = re.compile(r"[（(]\s*(千元|万元)\s*[)）]|(千元|万元)\s*$")


# a count stated in ten thousands (常住居民住院总人次（万人次）)
_TEN_THOUSANDS = re.compile(r"[（(]\s*万(?:人次|人|例|台次|次)\s*[)）]\s*$")
def _money_unit(label: str) -> int | None:
    """费用（万元） -> 10000, 费用(千元) -> 1000: the unit a money column's header states — in
    brackets or at its end (not 进修费用（元，千元以下免收）, whose unit is 元)."""
    m = _MONEY_UNIT.search(label)
    return None if m is None else 10000 if "万" in m.group(0) else 1000


_NAME_WITH_TITLE = re.compile(r"\s*([^\d（(]{1,20}?)\s*[（(]\s*([^\d（()）]{2,12}?)\s*[)）]\s*")


_NAME_WITH_NOTE = re.compile(r"\s*([^\d（(]{1,20}?)\s*[（(]\s*([^\d（()）]{1,12}?)\s*[)）]\s*")


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


_DEPARTMENT_END = re.compile(r"(科|科室|部|病区|中心|门诊|病房)$")  # not 组: 第一组 is a team


def _namesakes(loc: Located, res: SheetResult, bracket: re.Pattern | None = None) -> frozenset[str]:
    """Names written in one sheet with two different brackets (张伟（内科）, 张伟（外科）; with ``bracket`` =
    _NAME_WITH_NOTE also 张伟（男）, 张伟（女）): two people the bracket tells apart, whose bracket stays part of the
    name. Worked out once per sheet and pattern."""
    bracket = bracket or _NAME_WITH_TITLE
    key = f"_namesakes{bracket.pattern}"
    got = res.notes.get(key)
    if got is None:
        ci = res.notes.get("_name_col")
        seen: dict[str, set[str]] = {}
        for i in loc.data_rows if ci is not None else ():
            v = loc.grid[i][ci] if ci < len(loc.grid[i]) else None
            if isinstance(v, str) and (m := bracket.fullmatch(v)):
                seen.setdefault(m.group(1).strip(), set()).add(m.group(2).strip())
        got = res.notes[key] = frozenset(n for n, b in seen.items() if len(b) > 1)
    return got


def _department_namesakes(loc: Located, res: SheetResult) -> frozenset[str]:
    """Names written in one sheet on rows of two different departments over the same period (李娜 | 内科 |
    2024.03.01-2024.08.31, 李娜 | 外科 | the same): with no ID number, two people the department tells apart. One
    name in two departments one after the other is one person moving on. Worked out once per sheet."""
    got = res.notes.get("_department_namesakes")
    if got is None:
        ci, di = res.notes.get("_name_col"), res.notes.get("_department_col")
        periods = res.notes.get("_period_cols") or ()
        seen: dict[tuple, set[str]] = {}
        for i in loc.data_rows if ci is not None and di is not None and periods else ():
            row = loc.grid[i]
            name, dept = (cell_text(row[c]).replace(" ", "").replace("\u3000", "") if c < len(row) else "" for c in (ci, di))
            when = tuple(cell_text(row[c]) if c < len(row) else "" for c in periods)
            if name and dept and any(when):
                seen.setdefault((name, when), set()).add(dept)
        got = res.notes["_department_namesakes"] = frozenset(n for (n, _), d in seen.items() if len(d) > 1)
    return got


def _name_and_department(name: str, department) -> tuple[str, str] | None:
    """(name, department) for a name cell that carries the department in brackets (卢青禾（针灸科）,
    张三(内科)) — the bracket ending as a department does, or saying the row's own 科室; else None."""
    m = _NAME_WITH_TITLE.fullmatch(name)
    if not m or not re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", m.group(1).strip()):
        return None
    inside = m.group(2).strip()
    if inside == (department or "") or _DEPARTMENT_END.search(inside):
        return m.group(1).strip(), inside
    return None


def _admissions_total(values: dict[str, Any]) -> None:
    """常住居民住院人次 | 县域内 · 县域外 and no 合计: all residents' admissions are the two together."""
    inside = values.pop("admissions_inside_county", None)
    if values.get("resident_admissions") is None and inside is not None and values.get("resident_admissions_outside_county") is not None:
        values["resident_admissions"] = inside + values["resident_admissions_outside_county"]


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


_TOTAL_COLUMN = re.compile(r"(合计|总计|小计|汇总)$|^(合计|总计|小计)")


def _transposed_columns(loc: Located, cls: Classification) -> list[int] | None:
    """A transposed table (field labels down one column, one person per column: 姓名 | 周建华 |
    刘芳 | 宋佳): the value columns, when every labelled row has a single label in the same
    column and at least two columns to its right hold values."""
    if cls.form not in _PERSON_FORMS and "county_code" not in forms()[cls.form].fields:
        return None  # one person (or county) per column; a monthly form's extra column is a unit (人次)
    pairs = [p for ps in cls.vertical_rows.values() for p in ps]
    # a county's two counts (县域内 | 县域外) are a county's whole record; a person's needs three fields
    if len(pairs) < (2 if cls.form not in _PERSON_FORMS else 3) or any(len(ps) != 1 for ps in cls.vertical_rows.values()) or len({lc for _, lc, _ in pairs}) != 1:
        return None
    label_col = pairs[0][1]
    form = forms()[cls.form]
    cols = []
    above = range(0, min(cls.vertical_rows))  # 指标 | 青漪县 | 石门县 | 全市合计 over the labelled rows
    for c in sorted({c for i in cls.vertical_rows for c, v in enumerate(loc.grid[i]) if c > label_col and not is_blank(v)}):
        if any(c < len(loc.grid[i]) and _TOTAL_COLUMN.search(cell_text(loc.grid[i][c])) for i in above):
            continue  # a total's column, not a county's or a person's
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
    said: dict[str, tuple[str, int]] = {}  # field -> (its label, its value's column)
    for i, pairs in cls.vertical_rows.items():
        row = loc.grid[i]
        for fname, label_col, col in pairs:
            label, cell = cell_text(row[label_col]), row[col]
            if col == label_col:  # "派驻时间：2023年1月5日至…" in one cell
                label, _, cell = label.replace(":", "：").partition("：")
                cell = cell.strip()
            raw[label] = str(mask_id_numbers(cell_text(cell)))
            said[fname] = (label, col)
            try:
                values[fname] = parse_value(form.fields[fname].type, cell)
            except ValueError as exc:
                errors.append(f"{label}: {mask_id_numbers(str(exc))}")
    added = _vertical_sums(loc, cls, form, values, said, raw)
    used = sorted({*cls.vertical_rows, *added})
    src = tuple(r + 1 for r in used)
    for i in loc.data_rows if nondata else ():
        if i not in cls.vertical_rows and i not in added:
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
                              person_name=derived.person_name, known_name=derived.known_name,
                              replaced_name=derived.replaced_name))


def _vertical_sums(loc: Located, cls: Classification, form: Form, values: dict[str, Any], said: dict, raw: dict) -> list[int]:
    """Indicators down the rows with 门诊人次 and 急诊人次 on rows of their own (an August correction: realworld113): the
    field the first names is the two added, as across columns (forms.yaml column_sums); the rows added."""
    added = []
    for fname, spec in column_sums().get(form.name, {}).items():
        if fname not in said or norm_label(said[fname][0]) not in spec["when"] or type(values.get(fname)) is not int:
            continue
        col = said[fname][1]
        for i in loc.data_rows:
            row = loc.grid[i]
            first = next((c for c, v in enumerate(row) if not is_blank(v)), None)
            if i in cls.vertical_rows or first is None or first >= col or norm_label(cell_text(row[first])) not in spec["add"]:
                continue
            try:
                more = parse_value(form.fields[fname].type, row[col]) if col < len(row) else None
            except ValueError:
                continue
            if type(more) is int:
                values[fname] += more
                raw[cell_text(row[first])] = cell_text(row[col])
                added.append(i)
            break
    return added


def _build_wide(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str], ctx: SheetContext) -> None:
    """Months as columns: one record per month from the indicator rows — per hospital, when a
    column names each row's hospital (受援单位 | 指标 | 1月 …)."""
    hcol = cls.wide_hospital_col
    for i in loc.data_rows:
        if i in cls.wide_rows:
            continue
        if i in cls.wide_block_headers:  # 指标 | 7月 … 12月: the next printed block's header
            res.nondata.append((i + 1, "header", str(mask_id_numbers(row_text(loc.grid[i])))))
            continue
        texts = [cell_text(v) for c, v in enumerate(loc.grid[i]) if c != hcol and isinstance(v, str) and v.strip()]
        if texts and form.is_derived(texts[0]):  # 外转率(%) under a hospital's indicators: worked out from its counts
            res.nondata.append((i + 1, "derived", str(mask_id_numbers(row_text(loc.grid[i])))))
        else:
            res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNKNOWN_INDICATOR",
                                               "指标不在数据规范中 / indicator not in the data contract"))
    blocks: dict[tuple[str | None, int | None], list[int]] = {}
    for i in sorted(cls.wide_rows):
        whose = cell_text(loc.grid[i][hcol]) if hcol is not None and hcol < len(loc.grid[i]) else ""
        blocks.setdefault((whose or None, cls.wide_row_block.get(i)), []).append(i)
    for (whose, block), rows in blocks.items():
        months = cls.wide_block_headers[block] if block is not None else (loc.wide_months, loc.wide_years)
        _build_wide_block(res, loc, cls, form, rows, whose or ctx.default("subject_hospital", None), months)


def _build_wide_block(res: SheetResult, loc: Located, cls: Classification, form: Form, used_rows: list[int],
                      hospital: str | None, months: tuple[dict[int, int], dict[int, int]]) -> None:
    """One hospital's indicator rows, months as columns (``months``: column -> month, column -> year,
    the header's or a printed block's): a record per month."""
    wide_months, wide_years = months
    period_year = int(res.period[:4]) if res.period else None
    header_years: dict[int, int] = {}
    per_month: dict[int, dict[str, Any]] = {}
    errors: dict[int, list[str]] = {}
    found: dict[int, list[tuple[str, str, str]]] = {}
    for i in used_rows:
        fname = cls.wide_rows[i]
        for c, month in wide_months.items():
            v = loc.grid[i][c] if c < len(loc.grid[i]) else None
            if is_blank(v):
                continue
            if c in wide_years:
                header_years[month] = wide_years[c]
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
                                         for i in used_rows for c, m in wide_months.items() if m == month and not is_blank(loc.grid[i][c])}}
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


def _build_long(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str], ctx: SheetContext) -> None:
    """Long format (long_format.py): a record per hospital-month (county-year) of indicator rows."""
    from pipelines.ingest.long_format import group_rows, scale

    keys = cls.mapping
    assert keys is not None and cls.long_cols is not None
    ind, val, unit, _ = cls.long_cols
    for _, rows in group_rows(loc, keys):
        first = loc.grid[rows[0]]
        used = []
        taken: set[str] = set()
        for i in rows:
            text = cell_text(loc.grid[i][ind]) if ind < len(loc.grid[i]) else ""
            if i in cls.wide_rows and cls.wide_rows[i] not in taken or i not in cls.wide_rows and form.is_derived(text):
                used.append(i)
                if i in cls.wide_rows:
                    taken.add(cls.wide_rows[i])  # 门急诊人次 then 门诊人次: the first names the field, as across columns
            else:
                res.quarantined.append(Quarantined(i + 1, _raw_row(loc, i, labels), "UNKNOWN_INDICATOR",
                                                   "指标不在数据规范中 / indicator not in the data contract"))
        measured = [i for i in used if i in cls.wide_rows]
        if not measured:
            res.nondata.extend((i + 1, "derived", str(mask_id_numbers(row_text(loc.grid[i])))) for i in used)
            continue
        src = tuple(i + 1 for i in used)
        values: dict[str, Any] = {}
        raw = {labels[c]: str(mask_id_numbers(cell_text(first[c]))) for c in keys.fields.values() if c < len(first)}
        errors: list[str] = []
        for fname, c in keys.fields.items():
            try:
                values[fname] = parse_value(form.fields[fname].type, first[c] if c < len(first) else None)
            except ValueError as exc:
                errors.append(f"{labels[c]}: {mask_id_numbers(str(exc))}")
        if isinstance(ym := values.pop("year_month", None), tuple):
            values.setdefault("year", ym[0])
            values.setdefault("month", ym[1])
        for name, kinds in _fields_of(form)[0]:  # the hospital a one-hospital export names in its title
            if values.get(name) is None:
                values[name] = next((v for kind in kinds if (v := ctx.default(kind, None)) is not None), None)
        for i in measured:
            row = loc.grid[i]
            v = row[val] if val < len(row) else None
            label = form.fields[cls.wide_rows[i]].labels[0]
            if is_blank(v) or cell_text(v).strip() in ("—", "-", "/", "——"):
                continue
            raw[label] = str(mask_id_numbers(cell_text(v)))
            k = scale(row[unit]) if unit is not None and unit < len(row) else 1
            try:
                x = parse_value("decimal", v) if k != 1 else parse_value("int", v)
                values[cls.wide_rows[i]] = int(round(float(x) * k)) if k != 1 and x is not None else x
            except ValueError as exc:
                errors.append(f"{label}: {mask_id_numbers(str(exc))}")
        if errors:
            res.quarantined.append(Quarantined(src[0], raw, "UNPARSEABLE_VALUE", "；".join(errors), src))
            continue
        if all(values.get(cls.wide_rows[i]) is None for i in measured):
            res.nondata.extend((i + 1, "blank", "（各项数据均为空，未报告 / no figure reported）") for i in used)
            continue
        _admissions_total(values)
        missing = [f for f in form.fields.values() if f.required and values.get(f.name) is None and not f.default]
        if missing:
            res.quarantined.append(Quarantined(src[0], raw, "MISSING_VALUE", f"必填项为空：{'、'.join(f.labels[0] for f in missing)} / "
                                               f"required value missing: {', '.join(f.name for f in missing)}", src))
            continue
        res.records.append(Record(src[0], values, raw, src))


def _build_years(res: SheetResult, loc: Located, cls: Classification, form: Form, labels: list[str]) -> None:
    """Years as columns (years_as_columns.py): a record per block of rows and year column."""
    from pipelines.ingest.years_as_columns import TOTAL_BLOCK, blocks, is_derived_row

    keys = cls.mapping
    assert keys is not None
    for cells, rows in blocks(loc, keys, cls.measure_col):
        if cells == TOTAL_BLOCK:  # the lines of a 合计 block under its first: part of the total
            res.nondata.extend((i + 1, "total", str(mask_id_numbers(row_text(loc.grid[i])))) for i in rows)
            continue
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
            _admissions_total(values)
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

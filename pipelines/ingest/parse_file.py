"""One file from bytes to parsed sheets: guard -> read cells -> locate -> classify -> build rows.

Runs in a worker process (see run.py) with no database access, so it can be sandboxed
with a memory limit and parallelised. Hospital names are resolved later, in the writer.
"""

from __future__ import annotations

import hashlib
import os
import time
import traceback

from pipelines.ingest.build_rows import build_sheet
from pipelines.ingest.classify import classify
from pipelines.ingest.encoding import EncodingError
from pipelines.ingest.exchange_rows import DOWN as EXCHANGE_DOWN, relabelled, row_plans
from pipelines.ingest.file_guard import FileRejected, Limits, check_file
from pipelines.ingest.locate_table import is_month_tab, locate, period_in, tab_month_over_title, with_sheet_month
from pipelines.ingest.mapping_overrides import apply as apply_override
from pipelines.ingest.cohort_schedule import dates_from_schedule, read_schedule
from pipelines.ingest.pivot_tables import rewrite_pivot
from pipelines.ingest.read_cells import read_workbook
from pipelines.ingest.side_by_side import split_side_by_side
from pipelines.ingest.workbook_aids import aid_sheet, as_aid_nondata, unrecognised_aid
from pipelines.ingest.code_tables import as_nondata, decode, names_from_code_columns, read_code_tables
from pipelines.ingest.survey_answers import merge_specify_columns
from pipelines.ingest.sheet_context import hospital_names_in, title_parties
from pipelines.ingest.results import FileResult, Quarantined
from pipelines.ingest.stacked_tables import form_segments, segments
from pipelines.privacy.person_id import PersonIds, mask_id_numbers


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _read_sheet(sheet, loc, person_ids, stem, cover, cover_titles, form=None, month_tabs=False):
    if month_tabs and (tab := tab_month_over_title(loc.meta.period_text, sheet.name)):
        loc.meta.period_text = tab  # a sheet per month, its title left from the month it was copied from
    if cover:
        have = {k for k, _ in loc.meta.pairs}
        loc.meta.pairs += [(k, v) for k, v in cover if k not in have]
    if cover_titles and loc.found:
        loc.meta.top_texts += [t for t in cover_titles if t not in loc.meta.top_texts]
    if loc.meta.period_text is None and stem:  # …考核_2024年9月.xlsx: the file name gives the period
        loc.meta.period_text = with_sheet_month(period_in(stem), sheet.name, stem)
    cls = classify(loc, sheet.name, only=form)
    return build_sheet(sheet, loc, cls, person_ids, stem)


def _read_free(sheet, loc, *context):
    """A table read as whatever form its own header says (no form imposed), its columns noted."""
    res = _read_sheet(sheet, loc, *context)
    res.part = sheet.part
    return res


def _join(whole, stacked):
    """One sheet result from its stacked tables (stacked_tables.py), each row from the table it
    is in; None (read the sheet whole) when the tables are not all of the sheet's form."""
    if any(r.form_type != whole.form_type for _, _, r in stacked):
        return None
    first = stacked[0][2]
    out = _like(first, whole, whole.form_type, whole.rows_read)
    parts = [r.supplied for _, _, r in stacked]
    out.supplied = None if None in parts else frozenset().union(*parts)
    out.sideless = frozenset().union(*(r.sideless for _, _, r in stacked))
    out.notes["stacked_tables"] = [{"rows": [lo + 1, hi], "header_rows": r.notes.get("header_rows"),
                                    "columns": {f: m["header"] for f, m in (r.notes.get("columns") or {}).items()}}
                                   for lo, hi, r in stacked]
    for k, (lo, hi, r) in enumerate(stacked):
        _take_rows(out, r, lo if k else 0, hi)
    out.nondata.sort()
    return out


def _like(src, whole, form_type, rows_read):
    """An empty result for (part of) ``whole``, with the context ``src`` read (reporting unit, period …)."""
    out = src.__class__(whole.sheet_name, form_type, rows_read, hidden=whole.hidden)
    for attr in ("reporting_name", "subject_name", "title_only", "period", "reported_date", "county_hint", "province_words", "community"):
        setattr(out, attr, getattr(src, attr))
    out.notes = dict(src.notes)
    return out


def _take_rows(out, src, lo: int, hi: int) -> None:
    """The records, held rows and non-data rows of ``src`` that lie in sheet rows lo+1 … hi."""
    out.records += [x for x in src.records if lo < x.source_row <= hi]
    out.quarantined += [q for q in src.quarantined if lo < q.source_row <= hi]
    out.nondata += [n for n in src.nondata if lo < n[0] <= hi]


def _drop_hidden_twins(sheet) -> None:
    """Blank a hidden column whose header text a visible column of the same row also has (职称 |
    职称 hidden: an old draft kept beside the real one), and a hidden column with nothing under its
    header (派驻时间 left empty and hidden when a new template added 派驻起止日期: realworld127) —
    it would take its field from the visible column that holds the data. Other hidden columns are
    read: a hidden column alone is often the data itself (an ID column folded away)."""
    top = sheet.rows[:15]
    twins = set()
    for c in sheet.hidden_cols:
        filled = [i for i, r in enumerate(sheet.rows) if c < len(r) and r[c] is not None and str(r[c]).strip()]
        if filled and filled[-1] < 6 and all(isinstance(sheet.rows[i][c], str) for i in filled) \
                and sum(1 for r in sheet.rows[filled[-1] + 1:] if any(v is not None and str(v).strip() for v in r)) >= 2:
            twins.add(c)  # a header over an empty column (the rows under it have data elsewhere)
            continue
        for row in top:
            if c < len(row) and isinstance(row[c], str) and row[c].strip() and any(
                    i != c and i not in sheet.hidden_cols and isinstance(v, str) and v.strip() == row[c].strip()
                    for i, v in enumerate(row)):
                twins.add(c)
                break
    if twins:
        sheet.rows = [[None if i in twins else v for i, v in enumerate(r)] for r in sheet.rows]


def parse_file(path: str, person_ids: PersonIds, sha256: str | None = None, limits: Limits = Limits(),
               overrides=None) -> FileResult:
    """``overrides``: the data manager's mapping overrides (mapping_overrides.Overrides)."""
    t0 = time.perf_counter()
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
        sha = sha256 or file_sha256(path)
    except OSError as exc:
        return FileResult(path, name, None, 0, error_code="UNREADABLE", error=f"文件无法访问 / cannot access the file: {exc.strerror}")
    fr = FileResult(path, name, sha, size)
    try:
        fr.kind = check_file(path, limits)
        wb = read_workbook(path, fr.kind)
        fr.encoding = wb.encoding
        if not wb.sheets or all(not s.rows for s in wb.sheets):
            raise FileRejected("EMPTY_FILE", "文件中没有任何内容 / the workbook contains no cells")
        hidden_rows = {}
        for sheet in wb.sheets:  # hidden rows are not data: blanked before the table is located
            if sheet.hidden_rows and not sheet.hidden:
                hidden_rows[sheet.name] = {i for i in sheet.hidden_rows if i < len(sheet.rows)}
                sheet.rows = [[] if i in hidden_rows[sheet.name] else r for i, r in enumerate(sheet.rows)]
        for sheet in wb.sheets:  # a hidden draft column beside the visible one of the same header is not data
            if sheet.hidden_cols and not sheet.hidden:
                _drop_hidden_twins(sheet)
        fixes = {}
        for sheet in wb.sheets:  # a person's fix of how this sheet is read, before anything else
            ov = overrides.for_sheet(name, sheet.name) if overrides else None
            if ov is not None:
                apply_override(sheet, ov)
                fixes[sheet.name] = ov
        # a platform export's code table (代码表): its codes are read as their meaning (code_tables.py)
        codebook, code_sheets = read_code_tables(wb.sheets)
        located = []
        for sheet in wb.sheets:  # two tables side by side are read as two sheets (side_by_side.py)
            if sheet.name in code_sheets:
                located.append((sheet, None))
                continue
            rewrite_pivot(sheet.rows)  # 行标签 | 求和项:门急诊人次: a pivot table copied as values (pivot_tables.py)
            loc = locate(sheet)
            decode(loc, codebook)  # the workbook's code tables, and national code lists (职称代码)
            merge_specify_columns(loc)  # 职称 其他 + 职称〖其他〗 主管技师: the box's text (survey_answers.py)
            names_from_code_columns(loc)  # 选送单位 empty, 选送单位统一社会信用代码 given: the code names it
            parts = None if sheet.name in fixes else split_side_by_side(sheet, loc)
            if parts:
                located += parts
            else:
                located.append((sheet, loc))
        # 期次 2 on each row, each cohort's dates on a 期次安排 sheet (cohort_schedule.py): the rows get their cohort's
        schedule, schedule_sheets = read_schedule(located)
        if schedule and not sum(dates_from_schedule(loc, schedule) for sh, loc in located
                                if loc is not None and sh.name not in schedule_sheets):
            schedule_sheets = set()
        # a cover sheet (no table, only "支援单位：… 受援单位：…") speaks for the whole workbook
        cover = [(k, v) for sh, loc in located if loc is not None and not loc.found and not loc.data_rows and not sh.hidden for k, v in loc.meta.pairs
                 if hospital_names_in(v)]
        # ... and so does its title when it names both parties ("临渊市中医医院对口支援鹤沙县中医医院工作台账"):
        # read after each sheet's own title lines
        cover_titles = [t for sh, loc in located if loc is not None and not loc.found and not loc.data_rows and not sh.hidden
                        for t in (loc.meta.title, *loc.meta.top_texts) if t and title_parties(t)]
        stem = os.path.splitext(name)[0]
        names = [sh.name for sh in wb.sheets]
        month_tabs = sum(map(is_month_tab, names)) >= 2  # a sheet per month (4月 | 5月 | 6月)
        for sheet, loc in located:
            what = None if loc is None or sheet.hidden or sheet.name in fixes else \
                "schedule" if sheet.name in schedule_sheets else aid_sheet(sheet.name)
            if loc is None or what:  # a code table; a cover, contents, instructions or drop-down lists page
                res = as_aid_nondata(sheet, what) if what else as_nondata(sheet)
                res.counts = res.row_accounting()
                res.notes_json()
                fr.sheets.append(res)
                continue
            fix = fixes.get(sheet.name)
            res = _read_sheet(sheet, loc, person_ids, stem, cover, cover_titles, fix.form if fix else None, month_tabs)
            parts = results = None
            if res.form_type and not sheet.hidden:
                parts = form_segments(sheet, loc, res.form_type) if loc.vertical else segments(sheet, loc)
            if not parts and fix is None:  # one table: its rows may go two ways (exchange_rows.py)
                results = _exchange(sheet, loc, res, person_ids, stem, cover, cover_titles)
            if parts:
                stacked = [(lo, hi, _read_sheet(sub, sloc, person_ids, stem, cover, cover_titles, res.form_type))
                           for lo, hi, sub, sloc in parts]
                if fix is None:  # a ledger's sections (一、派驻人员 … 二、接收进修人员 …): each table its own form,
                    # two sections side by side within one (三、新技术 | 四、带教培训) each read on its own
                    free = [(lo, hi, [_read_free(s, sl, person_ids, stem, cover, cover_titles)
                                      for s, sl in (split_side_by_side(sub, sloc) or [(sub, sloc)])])
                            for lo, hi, sub, sloc in parts]
                    results = _split(res, stacked, free)
                if results is None:
                    res = _join(res, stacked) or res
            if results is None and (later := unrecognised_aid(sheet, res, names)) is not None:  # Sheet1: a cover or contents
                res = as_aid_nondata(sheet, later)
            for res in results or [res]:
                _finish(res, sheet, fix, hidden_rows)
                fr.sheets.append(res)
        if month_tabs:
            _copied_months(fr.sheets)
    except FileRejected as exc:
        fr.error_code, fr.error = exc.code, exc.message
        fr.sheets = []
    except EncodingError as exc:
        fr.error_code, fr.error = "ENCODING", str(exc)
        fr.sheets = []
    except MemoryError:
        fr.error_code, fr.error = "TOO_LARGE", "读取时内存不足，文件过大或异常 / ran out of memory while reading: the file is too large or malformed"
        fr.sheets = []
    except Exception as exc:  # a bug in duikou: report it for this file, keep the run going
        fr.error_code = "INTERNAL_ERROR"
        detail = f": {type(exc).__name__}: {exc} | {traceback.format_exc(limit=3)}" if os.environ.get("DUIKOU_DEBUG") else ""
        fr.error = str(mask_id_numbers("读取此文件时出现程序错误（duikou 的缺陷，请报告；其余文件照常导入） / internal error while reading "
                                       "this file (a duikou bug: please report it; the other files were ingested). "
                                       "DUIKOU_DEBUG=1 shows the details" + detail))
        fr.sheets = []
    fr.seconds = time.perf_counter() - t0
    return fr


def _finish(res, sheet, fix, hidden_rows) -> None:
    """Provenance, hidden rows and the row accounting of one sheet's (or one table's) result."""
    res.part = res.part or sheet.part
    if sheet.part:
        res.notes["columns_range"] = sheet.part  # provenance: which of the tables side by side
    if fix is not None:
        res.notes["override"] = fix.note()  # provenance: a person decided how this sheet is read
    if sheet.name in hidden_rows:
        hid = hidden_rows[sheet.name]
        res.nondata = [(r, "hidden_row", "隐藏的行，不作为数据 / hidden row: not data") if r - 1 in hid else (r, k, t)
                       for r, k, t in res.nondata]
    res.dedupe_quarantine()
    res.counts = res.row_accounting()  # raises if any row is unaccounted for
    res.notes_json()  # encoded here, in parallel, not by the writer


def _exchange(sheet, loc, whole, *context):
    """A two-way exchange roster (下派 and 上挂 in one list: exchange_rows.py): one result per direction, each
    row from the reading of its own form; None when the sheet is no such roster."""
    if sheet.hidden or not (got := row_plans(loc, whole.form_type, whole.reporting_name)):
        return None
    plans, fills = got
    data = {i + 1 for rows in plans.values() for i in rows}
    rest = set(range(1, whole.rows_read + 1)) - data  # title, header, sections, totals: the first part's
    out = []
    for k, ((form, relabel), rows) in enumerate(sorted(plans.items(), key=lambda kv: kv[1][0])):
        sub = relabelled(sheet, loc, form, relabel, fills)
        read = _read_sheet(sub, locate(sub), *context, form)
        own = {i + 1 for i in rows} | (rest if k == 0 else set())
        one = _like(read, whole, form, len(own))
        one.supplied, one.sideless = read.supplied, read.sideless
        one.part = f"交流{k + 1} {'下派' if form == EXCHANGE_DOWN else '上挂'}"
        one.notes["exchange"] = {"form": form, "rows": sorted(i + 1 for i in rows),
                                 "columns": {str(c): f for c, f in relabel}}
        one.records = [x for x in read.records if x.source_row in own]
        one.quarantined = [q for q in read.quarantined if q.source_row in own]
        one.nondata = sorted(n for n in read.nondata if n[0] in own)
        try:
            one.row_accounting()
        except AssertionError:
            return None  # a row the two readings saw differently: the sheet is read whole, as before
        out.append(one)
    return out


# a monthly form's figures: a month's sheet with all of them as another month's sheet was copied and not updated
_MEASURES = ("outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received", "referrals_down_received")


def _copied_months(sheets) -> None:
    """A workbook of a sheet per month (4月 | 5月 | 6月) whose later month's sheet repeats an earlier month's, every
    hospital's figures the same (at least three not zero each): the sheet was copied and not updated — its rows are held
    COPIED_MONTH for the hospital to resend, never stored as that month (realworld151). A sheet where any hospital's
    figures changed is a real month, equal figures of a small centre included (REV25)."""
    seen: dict[tuple, tuple[int, str]] = {}
    for res in sheets:
        if res.form_type != "hospital_monthly_stats" or not res.records:
            continue
        months = {rec.values.get("month") for rec in res.records}
        figures = frozenset((rec.values.get("recipient_hospital_id"), rec.values.get("year"), tuple(rec.values.get(f) for f in _MEASURES))
                            for rec in res.records)
        if len(months) != 1 or None in months or any(sum(1 for x in f[2] if x) < 3 for f in figures):
            continue
        month = months.pop()
        first = seen.setdefault(figures, (month, res.sheet_name))
        if first[0] == month:
            continue
        for rec in res.records:
            res.quarantined.append(Quarantined(
                rec.source_row, rec.raw, "COPIED_MONTH",
                f"与工作表“{first[1]}”（{first[0]}月）的各项数字完全相同，疑为复制后未更新，请重报本月 / every figure is the "
                f"same as sheet {first[1]!r} ({first[0]}): a copy not updated — this month is to be sent again", rec.source_rows))
        res.records = []
        res.counts = res.row_accounting()


def _split(whole, forced, free):
    """A sheet whose stacked tables are of different forms (a ledger: 派驻人员, then 接收进修人员, then 新技术):
    one result per table, each read as the form its own header says — when a later table read freely is
    of another form and yields as many records as read as the sheet's first form. None otherwise (the
    tables are read as the sheet's form and joined)."""
    def differs(f, rs):
        if len(rs) > 1:  # tables side by side within the section: each its own
            return any(r.form_type for r in rs)
        r = rs[0]
        return r.form_type not in (None, whole.form_type) and bool(r.records) and len(r.records) >= len(f.records)

    better = {k for k, ((_, _, f), (_, _, rs)) in enumerate(zip(forced, free)) if differs(f, rs)}
    if not better:
        return None
    out = []
    for k, ((lo, hi, f), (_, _, rs)) in enumerate(zip(forced, free)):
        lo = lo if k else 0  # the lines above the first table are the first table's
        for use in (rs if k in better else [f]):
            one = _like(use, whole, use.form_type, hi - lo)
            one.supplied, one.sideless = use.supplied, use.sideless
            # which of the tables stacked in the sheet (its rows), and side by side (its columns)
            one.part = f"行{lo + 1}-{hi}" + (f" {use.part}" if use.part else "")
            one.notes["rows_range"] = [lo + 1, hi]
            _take_rows(one, use, lo, hi)
            one.nondata.sort()
            out.append(one)
    return out

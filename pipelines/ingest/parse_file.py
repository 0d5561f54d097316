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
from pipelines.ingest.file_guard import FileRejected, Limits, check_file
from pipelines.ingest.locate_table import locate, period_in
from pipelines.ingest.mapping_overrides import apply as apply_override
from pipelines.ingest.read_cells import read_workbook
from pipelines.ingest.side_by_side import split_side_by_side
from pipelines.ingest.workbook_aids import aid_sheet, as_aid_nondata, unrecognised_aid
from pipelines.ingest.code_tables import as_nondata, decode, read_code_tables
from pipelines.ingest.sheet_context import hospital_names_in, title_parties
from pipelines.ingest.results import FileResult
from pipelines.ingest.stacked_tables import form_segments, segments
from pipelines.privacy.person_id import PersonIds, mask_id_numbers


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _read_sheet(sheet, loc, person_ids, stem, cover, cover_titles, form=None):
    if cover:
        have = {k for k, _ in loc.meta.pairs}
        loc.meta.pairs += [(k, v) for k, v in cover if k not in have]
    if cover_titles and loc.found:
        loc.meta.top_texts += [t for t in cover_titles if t not in loc.meta.top_texts]
    if loc.meta.period_text is None and stem:  # …考核_2024年9月.xlsx: the file name gives the period
        loc.meta.period_text = period_in(stem)
    cls = classify(loc, sheet.name, only=form)
    return build_sheet(sheet, loc, cls, person_ids, stem)


def _join(whole, stacked):
    """One sheet result from its stacked tables (stacked_tables.py), each row from the table it
    is in; None (read the sheet whole) when the tables are not all of the sheet's form."""
    if any(r.form_type != whole.form_type for _, _, r in stacked):
        return None
    first = stacked[0][2]
    out = first.__class__(whole.sheet_name, whole.form_type, whole.rows_read, hidden=whole.hidden)
    for attr in ("reporting_name", "subject_name", "title_only", "period", "reported_date", "county_hint"):
        setattr(out, attr, getattr(first, attr))
    out.notes = dict(first.notes)
    parts = [r.supplied for _, _, r in stacked]
    out.supplied = None if None in parts else frozenset().union(*parts)
    out.sideless = frozenset().union(*(r.sideless for _, _, r in stacked))
    out.notes["stacked_tables"] = [{"rows": [lo + 1, hi], "header_rows": r.notes.get("header_rows"),
                                    "columns": {f: m["header"] for f, m in (r.notes.get("columns") or {}).items()}}
                                   for lo, hi, r in stacked]
    for k, (lo, hi, r) in enumerate(stacked):
        inside = (lambda row: lo < row <= hi) if k else (lambda row: row <= hi)
        out.records += [x for x in r.records if inside(x.source_row)]
        out.quarantined += [q for q in r.quarantined if inside(q.source_row)]
        out.nondata += [n for n in r.nondata if inside(n[0])]
    out.nondata.sort()
    return out


def _drop_hidden_twins(sheet) -> None:
    """Blank a hidden column whose header text a visible column of the same row also has (职称 |
    职称 hidden: an old draft kept beside the real one). Other hidden columns are read: a hidden
    column alone is often the data itself (an ID column folded away)."""
    top = sheet.rows[:15]
    twins = set()
    for c in sheet.hidden_cols:
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
            loc = locate(sheet)
            if codebook:
                decode(loc, codebook)
            parts = None if sheet.name in fixes else split_side_by_side(sheet, loc)
            if parts:
                located += parts
            else:
                located.append((sheet, loc))
        # a cover sheet (no table, only "支援单位：… 受援单位：…") speaks for the whole workbook
        cover = [(k, v) for sh, loc in located if loc is not None and not loc.found and not loc.data_rows and not sh.hidden for k, v in loc.meta.pairs
                 if hospital_names_in(v)]
        # ... and so does its title when it names both parties ("临渊市中医医院对口支援鹤沙县中医医院工作台账"):
        # read after each sheet's own title lines
        cover_titles = [t for sh, loc in located if loc is not None and not loc.found and not loc.data_rows and not sh.hidden
                        for t in (loc.meta.title, *loc.meta.top_texts) if t and title_parties(t)]
        stem = os.path.splitext(name)[0]
        for sheet, loc in located:
            what = None if loc is None or sheet.hidden or sheet.name in fixes else aid_sheet(sheet.name)
            if loc is None or what:  # a code table; a cover, contents, instructions or drop-down lists page
                res = as_aid_nondata(sheet, what) if what else as_nondata(sheet)
                res.counts = res.row_accounting()
                res.notes_json()
                fr.sheets.append(res)
                continue
            fix = fixes.get(sheet.name)
            res = _read_sheet(sheet, loc, person_ids, stem, cover, cover_titles, fix.form if fix else None)
            parts = None
            if res.form_type and not sheet.hidden:
                parts = form_segments(sheet, loc, res.form_type) if loc.vertical else segments(sheet, loc)
            if parts:
                stacked = [(lo, hi, _read_sheet(sub, sloc, person_ids, stem, cover, cover_titles, res.form_type))
                           for lo, hi, sub, sloc in parts]
                res = _join(res, stacked) or res
            names = [sh.name for sh in wb.sheets]
            if (later := unrecognised_aid(sheet, res, names)) is not None:  # Sheet1 that is a cover or a contents page
                res = as_aid_nondata(sheet, later)
            res.part = sheet.part
            if res.part:
                res.notes["columns_range"] = res.part  # provenance: which of the tables side by side
            if fix is not None:
                res.notes["override"] = fix.note()  # provenance: a person decided how this sheet is read
            if sheet.name in hidden_rows:
                hid = hidden_rows[sheet.name]
                res.nondata = [(r, "hidden_row", "隐藏的行，不作为数据 / hidden row: not data") if r - 1 in hid else (r, k, t)
                               for r, k, t in res.nondata]
            res.dedupe_quarantine()
            res.counts = res.row_accounting()  # raises if any row is unaccounted for
            res.notes_json()  # encoded here, in parallel, not by the writer
            fr.sheets.append(res)
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

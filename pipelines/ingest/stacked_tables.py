"""Several tables stacked in one sheet, each with its own header ("第一批" … header … rows,
then "第二批" … another header, perhaps in another column order … rows); and several
label | value forms stacked in one sheet (one dispatched person after another: 姓名：… 职称：…,
blank line, 姓名：… again).

The first table is located as usual; a later row that reads like a header of the same form
(three or more known column labels, nothing that reads as a value) starts another table.
Each table is located and read on its own — with the sheet's title lines above it for context —
so its rows are mapped by its own header, never by the first one's. The results are joined
into one sheet result: every row is counted once, in the table it belongs to.
"""

from __future__ import annotations

import dataclasses
import re

from pipelines.ingest.form_catalogue import SERIAL_WORDS, all_labels, norm_label, strip_label
from pipelines.ingest.locate_table import Located, locate
from pipelines.ingest.parse_values import cell_text, is_blank
from pipelines.ingest.read_cells import Sheet

PERSON_FORMS = ("deployments", "trainees", "staff_monthly_assessments")
_VALUE = re.compile(r"^[\d\s.,:/\-年月日]+$")


def _header_like(row: list) -> bool:
    # runs for every data row of every sheet: the cheap tests first (a header is text only, and
    # its first cell is a known label or 序号; a data row starts with a number, a name or a date)
    first = next((v for v in row if v is not None and v != ""), None)
    if not isinstance(first, str) or any(not isinstance(v, str) for v in row if v is not None):
        return False
    labels = all_labels()
    lead = norm_label(first)
    if lead not in labels and lead not in SERIAL_WORDS and strip_label(first) not in labels:
        return False
    cells = [cell_text(v).strip() for v in row if not is_blank(v)]
    if len(cells) < 3:
        return False
    known = sum(1 for c in cells if norm_label(c) in labels or strip_label(c) in labels)
    serial = sum(1 for c in cells if norm_label(c) in SERIAL_WORDS)
    return known >= 3 and (known + serial) >= 0.6 * len(cells) and not any(_VALUE.match(c) for c in cells)


_TABLE_TITLE = re.compile(r"第\s*[一二三四五六七八九十\d]+\s*批|批次|上半年|下半年|季度|\d{4}\s*年|\d{1,2}\s*月|^[一二三四五六七八九十]+\s*[、.．]|"
                          r"^[（(][一二三四五六七八九十\d]+[)）]|名单|名册|情况|统计|登记")


# a section's ordinal: 一、 / （二） / 3. / 第二批
_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+\s*[、.．]|第[一二三四五六七八九十\d]+批)")


def _table_title(row: list) -> bool:
    """A line that titles the next table ("第二批（2024年7月—12月）", "二、下半年"), not a data
    row with one cell filled (a name alone stays data of the table above)."""
    cells = [cell_text(v).strip() for v in row if not is_blank(v)]
    return len(cells) == 1 and bool(_TABLE_TITLE.search(cells[0]))


def later_headers(sheet: Sheet, loc: Located) -> list[int]:
    """0-based rows after the first table's header that start another table."""
    if not loc.found or loc.vertical or loc.wide_months:
        return []
    return [i for i in loc.data_rows if i < len(sheet.rows) and _header_like(sheet.rows[i])]


def segments(sheet: Sheet, loc: Located) -> list[tuple[int, int, Sheet, Located]] | None:
    """(first row, end row, sub-sheet, located) per stacked table, or None when there is one.

    A table's range starts at the single-text lines right above its header ("第二批（2024年7月—
    12月）"), which are its own title lines; the sheet's lines above the first header are kept
    in every sub-sheet as context (they are counted in the first table only)."""
    heads = later_headers(sheet, loc)
    if not heads:
        return None
    starts = []
    for h in heads:
        s = h
        while s - 1 > loc.header_rows[-1] and _table_title(sheet.rows[s - 1]):
            s -= 1
        starts.append(s)
    bounds = [0, *starts, len(sheet.rows)]
    # the first table's own heading (一、派驻人员情况) right above its header titles that table, not the later ones
    own = loc.header_rows[0]
    while own - 1 >= 0 and _table_title(sheet.rows[own - 1]) and _ORDINAL.match(cell_text(next(
            v for v in sheet.rows[own - 1] if not is_blank(v)))):
        own -= 1
    return _sub_sheets(sheet, bounds, own)


def form_segments(sheet: Sheet, loc: Located, form_name: str) -> list[tuple[int, int, Sheet, Located]] | None:
    """Label | value forms stacked in one sheet: a new form starts where a field label comes
    again (the second 姓名：). (first row, end row, sub-sheet, located) per form, or None."""
    from pipelines.ingest.classify import _pair_field  # the classifier's own test of a label cell
    from pipelines.ingest.form_catalogue import forms

    if not loc.vertical or form_name not in PERSON_FORMS:  # one person after another; a monthly form is one record
        return None
    form = forms()[form_name]
    starts, seen = [], set()
    first_data = loc.data_rows[0] if loc.data_rows else 0
    for i in loc.data_rows:
        cells = [cell_text(v) for v in loc.grid[i] if not is_blank(v)]
        # a label followed by a value that is not itself a label (as the classifier pairs them)
        fields = [f for k, c in enumerate(cells[:-1]) if (f := _pair_field(c, form)) and not _pair_field(cells[k + 1], form)]
        if not fields:
            continue
        if seen & set(fields):
            starts.append(i)
            seen = set()
        seen |= set(fields)
    if not starts:
        return None
    # a new form starts at the blank line or the single-text line ("专家二") right above it, if any
    bounds = [0]
    for h in starts:
        s = h
        while s - 1 > first_data and len([v for v in sheet.rows[s - 1] if not is_blank(v)]) <= 1 and s - 1 > bounds[-1]:
            s -= 1
        bounds.append(s)
    bounds.append(len(sheet.rows))
    return _sub_sheets(sheet, bounds, first_data)


def _sub_sheets(sheet: Sheet, bounds: list[int], top: int) -> list[tuple[int, int, Sheet, Located]]:
    """(first row, end row, sub-sheet, located) per range [bounds[k], bounds[k+1]): the sheet
    with every other row blanked; the lines above the first table (rows < top) are kept in each
    sub-sheet as its context, and counted in the first only (parse_file._join)."""
    out = []
    for k in range(len(bounds) - 1):
        lo, hi = bounds[k], bounds[k + 1]
        keep = set(range(lo, hi)) | (set(range(top)) if k else set())
        rows = [r if i in keep else [] for i, r in enumerate(sheet.rows)]
        merged = [m for m in sheet.merged if all(i in keep for i in range(m[0], m[2] + 1))]
        sub = dataclasses.replace(sheet, rows=rows, merged=merged)
        out.append((lo, hi, sub, locate(sub)))
    return out

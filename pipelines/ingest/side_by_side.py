"""Two tables side by side on one sheet (一、派驻人员 on the left, 二、新技术、新项目 on the
right, an empty column between them), each with its own header.

Located whole, such a sheet is one table whose rows mix two forms: the right table's columns
overwrite the left one's fields, and the left table's extra rows look like rows of the right
one with its fields missing. Here the sheet is cut at the empty column into one sub-sheet per
table, each read on its own (one submission each, the sheet's name with its columns: 2024年 A:F);
the lines above
the headers that span the sheet (its title) are kept in each, for context.
"""

from __future__ import annotations

import dataclasses

from pipelines.ingest.form_catalogue import SERIAL_WORDS, all_labels, norm_label, strip_label
from pipelines.ingest.locate_table import Located, locate
from pipelines.ingest.parse_values import cell_text, is_blank
from pipelines.ingest.read_cells import Sheet

MIN_LABELS = 2  # known column labels each table's header must have (besides 序号)


def get_column_letter(n: int) -> str:
    """Excel's column name of the 1-based column ``n`` (1 -> A, 27 -> AA). Not openpyxl's: the
    readers run under a memory cap (run.py) and importing openpyxl costs them ~20 MB of it."""
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def split_side_by_side(sheet: Sheet, loc: Located) -> list[tuple[Sheet, Located]] | None:
    """The sheet's tables as (sub-sheet, located), left to right, when an empty column divides
    the header and every row below it into two tables with headers of their own; else None."""
    if not loc.found or loc.vertical or loc.wide_months or sheet.hidden:
        return None
    top = loc.header_rows[0]
    header = loc.grid[loc.header_rows[-1]]
    width = len(header)
    rows = sheet.rows
    below = range(top, len(rows))

    def empty_col(c: int) -> bool:
        return all(c >= len(rows[i]) or is_blank(rows[i][c]) for i in below)

    filled = [c for c in range(width) if not is_blank(header[c])]
    if len(filled) < 2 * (MIN_LABELS + 1):
        return None
    for gap in range(filled[0] + 1, filled[-1]):
        if not empty_col(gap):
            continue
        left, right = [c for c in filled if c < gap], [c for c in filled if c > gap]
        if _known(header, left) >= MIN_LABELS and _known(header, right) >= MIN_LABELS and _has_data(rows, loc, right):
            end = gap + 1
            while end < width and empty_col(end):
                end += 1
            parts = [_block(sheet, top, 0, gap), _block(sheet, top, end, width)]
            if _two_tables(sheet.name, parts, loc):
                return parts
    return None


def _two_tables(sheet_name: str, parts: list[tuple[Sheet, Located]], whole: Located) -> bool:
    """Are the two sides tables of their own, not one table with a blank spacer column? Each
    side must be a form, and either they are different forms (派驻人员 | 新技术) or each is a
    whole form by itself (no required column missing). A side that lacks a required column
    while the sheet read whole is a complete form is half of one table laid out for printing
    with a spacer column (姓名 | 身份证号 ‖ 派出单位 | 起止时间), not a table of its own; so are two
    sides of one form with no field in common (a list printed in two halves repeats its fields)."""
    from pipelines.ingest.classify import classify

    cls = [classify(loc, sheet_name) for _, loc in parts]
    if any(c.form is None for c in cls):
        return False
    if any(c.missing_required for c in cls):
        one = classify(whole, sheet_name)
        if one.form is not None and not one.missing_required:
            return False
    if cls[0].form == cls[1].form and cls[0].mapping is not None and cls[1].mapping is not None \
            and not set(cls[0].mapping.fields) & set(cls[1].mapping.fields):
        return False
    return cls[0].form != cls[1].form or not any(c.missing_required for c in cls)


def _known(header: list, cols: list[int]) -> int:
    labels = all_labels()
    texts = [cell_text(header[c]).strip() for c in cols]
    return sum(1 for t in texts if (norm_label(t) in labels or strip_label(t) in labels) and norm_label(t) not in SERIAL_WORDS)


def _has_data(rows: list[list], loc: Located, cols: list[int]) -> bool:
    return any(c < len(rows[i]) and not is_blank(rows[i][c]) for i in loc.data_rows if i < len(rows) for c in cols)


def _block(sheet: Sheet, top: int, c0: int, c1: int) -> tuple[Sheet, Located]:
    out = []
    for i, row in enumerate(sheet.rows):
        part = list(row[c0:c1])
        if i < top and all(is_blank(v) for v in part):
            # a line above the tables that is not one table's own (the sheet's title): kept for context
            texts = [v for v in row if not is_blank(v)]
            part = [texts[0]] if len(texts) == 1 else part
        out.append(part)
    merged = [(r0, max(a, c0) - c0, r1, min(b, c1 - 1) - c0) for r0, a, r1, b in sheet.merged if a < c1 and b >= c0]
    sub = dataclasses.replace(sheet, rows=out, merged=merged, part=f"{get_column_letter(c0 + 1)}:{get_column_letter(c1)}")
    return sub, locate(sub)

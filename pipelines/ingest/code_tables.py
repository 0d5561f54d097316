"""A reporting platform's code table (代码表): enumerated answers exported as codes (职称 231,
是否 1/2, 活动形式 "01") with a sheet of the same workbook saying what each code means, one row
per code: 字段代码 | 字段名称 | 代码 | 代码含义 (the column labels are data: ``code_table_columns``
in catalogue/forms.yaml).

A careful reader looks each code up; so does ingestion: a data sheet's column whose header
carries the field's code ("B04 职称") or its name ("职称") is decoded cell by cell before its
values are parsed (a code the table does not list is left as written, and parsing says so).
The code table itself is not data: its rows are listed as non-data with that reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest.form_catalogue import norm_label, strip_label
from pipelines.ingest.locate_table import Located, fill_from_columns
from pipelines.ingest.parse_values import cell_text, is_blank
from pipelines.ingest.read_cells import Sheet
from pipelines.ingest.results import SheetResult

_FIELD_CODE = re.compile(r"^\s*([A-Za-z]\d{2,3})(?:[\s_.、:：-]+|(?=[^\x00-\x7f]))")
_SCAN_ROWS = 10  # the header of a code table is among its first rows

Codebook = dict[str, dict[str, str]]  # field code or field name (normalised) -> code -> meaning


@lru_cache(maxsize=1)
def _columns() -> dict[str, frozenset[str]]:
    spec = load_yaml("forms.yaml").get("code_table_columns", {})
    return {role: frozenset(norm_label(x) for x in labels) for role, labels in spec.items()}


def code_key(value) -> str:
    """A code as compared: its text, NFKC, upper case; digits without leading zeros (a code
    table's 0303 and a cell Excel turned into 303 are one code)."""
    s = unicodedata.normalize("NFKC", cell_text(value)).strip().upper()
    return str(int(s)) if s.isdigit() else s


@lru_cache(maxsize=1)
def _roles_of() -> dict[str, tuple[str, ...]]:
    """label -> the roles (in the catalogue's order) whose labels have it: one lookup per cell."""
    out: dict[str, tuple[str, ...]] = {}
    for role, labels in _columns().items():
        for label in labels:
            out[label] = (*out.get(label, ()), role)
    return out


def _header(row: list) -> dict[str, int] | None:
    roles_of = _roles_of()
    found: dict[str, int] = {}
    for c, v in enumerate(row):
        if v is None:
            continue
        for role in roles_of.get(norm_label(cell_text(v)), ()):
            if role not in found:
                found[role] = c
                break
    if "code" in found and "meaning" in found and ("field_code" in found or "field_name" in found):
        return found
    return None


_CODE_SUFFIX = re.compile(r"(代码|编码|代号)$")
_TABLE_NAME = re.compile(r"^(.+?)(?:代码表|编码表|代码对照表|字典)$")


@lru_cache(maxsize=1)
def standard_codes() -> Codebook:
    """National code lists a system export may use without a code table of its own (forms.yaml
    ``standard_codes``: 职称代码 by GB/T 8561), keyed by the coded column's label."""
    out: Codebook = {}
    for label, spec in load_yaml("forms.yaml").get("standard_codes", {}).items():
        table = {code_key(k): str(v) for k, v in spec["codes"].items()}
        for name in [label, *spec.get("labels", ())]:
            out[norm_label(name)] = table
    return out


def _one_field_header(row: list, sheet_name: str) -> tuple[str, int, int] | None:
    """科室代码 | 科室名称 (or 代码 | 名称 on a sheet named 科室代码表): a code table of one field —
    (the field's label, the code column, the meaning column)."""
    cells = [(c, norm_label(cell_text(v))) for c, v in enumerate(row) if not is_blank(v)]
    if len(cells) != 2:
        return None
    (c1, a), (c2, b) = cells
    named = _TABLE_NAME.match(norm_label(sheet_name))
    if _CODE_SUFFIX.search(a) and len(a) > 2:
        field = _CODE_SUFFIX.sub("", a)
        if b in (field, field + "名称", "名称", "含义"):
            return field, c1, c2
    if a in _columns()["code"] and named and b in (named.group(1), named.group(1) + "名称", "名称", "含义"):
        return named.group(1), c1, c2
    return None


def read_code_tables(sheets: list[Sheet]) -> tuple[Codebook, set[str]]:
    """The workbook's codebook and the names of its code-table sheets."""
    book: Codebook = {}
    names: set[str] = set()
    for sheet in sheets:
        if sheet.hidden:
            continue
        for h, row in enumerate(sheet.rows[:_SCAN_ROWS]):
            one = _one_field_header(row, sheet.name) if h < 2 else None
            if one is not None:
                field, cc, mc = one
                table = {code_key(r[cc]): cell_text(r[mc]).strip() for r in sheet.rows[h + 1:]
                         if max(cc, mc) < len(r) and not is_blank(r[cc]) and not is_blank(r[mc])}
                if len(table) >= 2:  # a table, not a pair of cells
                    names.add(sheet.name)
                    book[norm_label(field)] = book[norm_label(field) + "代码"] = table
                    break
            cols = _header(row)
            if cols is None:
                continue
            names.add(sheet.name)
            for r in sheet.rows[h + 1:]:
                def cell(role):
                    c = cols.get(role)
                    return r[c] if c is not None and c < len(r) else None
                code, meaning = cell("code"), cell("meaning")
                if is_blank(code) or is_blank(meaning):
                    continue
                for role in ("field_code", "field_name"):
                    f = cell(role)
                    if not is_blank(f):
                        book.setdefault(_field_key(cell_text(f)), {})[code_key(code)] = cell_text(meaning).strip()
            break
    return book, names


def _field_key(text: str) -> str:
    return norm_label(text).upper() if _FIELD_CODE.match(text + " ") else norm_label(text)


def decode(loc: Located, book: Codebook) -> int:
    """Replace the coded cells of ``loc``'s data rows by their meaning (in the located copy of
    the grid, never in the sheet); returns how many cells were decoded."""
    if not loc.header_rows:
        return 0
    header = loc.grid[loc.header_rows[-1]]
    tables: dict[int, dict[str, str]] = {}
    standard = standard_codes()
    for c, v in enumerate(header):
        text = cell_text(v)
        m = _FIELD_CODE.match(text)
        label = norm_label(text[m.end():] if m else text)
        table = (book.get(m.group(1).upper()) if m else None) or book.get(label) or standard.get(label) \
            or (book.get(strip_label(text)) if "[" in text or "【" in text else None)  # 2、派出单位[单选题]
        if table:
            tables[c] = table
            # 科室代码 read as 科室 once decoded: the column is mapped by its meaning (never its codes undecoded)
            stem = _CODE_SUFFIX.sub("", label) if _CODE_SUFFIX.search(label) else None
            # ... unless the sheet has that column written out too (职称 | 职称代码): that one is read
            if stem and not any(norm_label(col.lower) in (stem, stem + "名称") for col in loc.columns):
                loc.columns = [replace(col, lower=stem) if col.index == c and norm_label(col.lower) == label else col
                               for col in loc.columns]
    if not tables:
        return 0
    n = 0
    grid = list(loc.grid)
    for i in loc.data_rows:
        row = grid[i]
        new = None
        for c, table in tables.items():
            if c < len(row) and not is_blank(row[c]):
                meaning = table.get(code_key(row[c]))
                if meaning is not None:
                    new = new or list(row)
                    new[c] = meaning
                    n += 1
        if new is not None:
            grid[i] = new
    if n:
        loc.grid = grid
    return n


def as_nondata(sheet: Sheet) -> SheetResult:
    """A code-table sheet: every row is listed as non-data."""
    res = SheetResult(sheet.name, None, rows_read=len(sheet.rows), hidden=sheet.hidden)
    res.nondata = [(i + 1, "code_table", "代码表：用于解读其他工作表中的代码，不作为数据 / code table: explains the codes "
                                         "of the other sheets, not data") for i, row in enumerate(sheet.rows)]
    res.notes["code_table"] = True
    return res


# 选送单位 | 选送单位统一社会信用代码: a hospital column with its code beside it
_CODE_COLUMN = re.compile(r"^(.+?)(?:统一社会信用代码|社会信用代码|组织机构代码|机构代码|代码|编码)$")


def names_from_code_columns(loc: Located) -> int:
    """A row whose hospital cell is empty but whose code column beside it (选送单位 | 选送单位统一社会信用代码) has
    the code: the code names the hospital (resolved as a code), before any empty cell is filled from the row
    above (realworld126). Works on the located copy of the grid; returns how many cells were filled."""
    if not loc.header_rows or not any("代码" in c.lower or "编码" in c.lower for c in loc.columns):
        return 0
    by_label = {norm_label(c.lower): c.index for c in loc.columns if c.lower}
    pairs = []
    for col in loc.columns:
        m = _CODE_COLUMN.match(norm_label(col.lower)) if col.lower else None
        if m and m.group(1) in by_label and by_label[m.group(1)] != col.index:
            pairs.append((by_label[m.group(1)], col.index))
    return fill_from_columns(loc, pairs, lambda name, _: is_blank(name))

"""Stage 1: read every cell of every sheet, keeping where it came from.

Workbooks (xlsx, xlsm, xls, ods) are read with python-calamine (Rust calamine: the fastest
maintained reader, and it reports merged ranges). CSV is decoded by encoding.py and split
by the standard csv module. Rows are returned from A1, so ``rows[i]`` is Excel row ``i+1``
and provenance is simply the index.
"""

from __future__ import annotations

import csv
import io
import os
import posixpath
import re
from html.parser import HTMLParser
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines.ingest import formula_cells
from pipelines.ingest.survey_answers import clean
from pipelines.ingest.encoding import decode_text
from pipelines.ingest.file_guard import FileRejected


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]
    # merged ranges, 0-based inclusive: (first_row, first_col, last_row, last_col)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden: bool = False
    hidden_rows: frozenset[int] = frozenset()  # 0-based rows a person does not see (xlsx, xlsm, xls, ods)
    hidden_cols: frozenset[int] = frozenset()  # 0-based columns a person does not see (xlsx, xlsm)
    part: str | None = None  # one of several tables side by side: its columns ("A:F")
    comments: dict[int, list[str]] = field(default_factory=dict)  # 0-based row -> its cells' comments (批注; xlsx)


@dataclass
class Workbook:
    path: str
    kind: str
    sheets: list[Sheet]
    encoding: str | None = None


def read_workbook(path: str, kind: str) -> Workbook:
    if kind == ".csv":
        return _read_csv(path)
    if kind == ".html":
        return _read_html(path)
    return _read_calamine(path, kind)


class _Tables(HTMLParser):
    """The tables of a web page, as rows of cell texts, laid out as a browser does: a cell spanning
    columns or rows (colspan, rowspan) holds its text in its first position and the positions it
    covers stay empty, recorded as a merged range — as a merged Excel cell reads."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list]] = []
        self.merged: list[list[tuple[int, int, int, int]]] = []
        self._row: list | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._depth = 0
        self._below: dict[int, int] = {}   # column -> rows still covered by a rowspan from above
        self._above: dict[int, int] = {}   # the coverage this row started with

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._depth += 1
            self.tables.append([])
            self.merged.append([])
            self._below = {}
        elif tag == "tr" and self._depth:
            self._row, self._above = [], dict(self._below)
        elif tag in ("td", "th") and self._row is not None:
            a = dict(attrs)
            self._cell = []
            self._span = tuple(int(x) if str(x).isdigit() and 0 < int(x) < 1000 else 1
                               for x in (a.get("rowspan") or "1", a.get("colspan") or "1"))
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def _covered(self) -> None:
        while self._row is not None and len(self._row) in self._above:
            self._row.append(None)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._covered()
            rs, cs = self._span
            r, c = len(self.tables[-1]), len(self._row)
            self._row += ["".join(self._cell).strip() or None] + [None] * (cs - 1)
            if rs > 1 or cs > 1:
                self.merged[-1].append((r, c, r + rs - 1, c + cs - 1))
            for k in range(c, c + cs):
                if rs > 1:
                    self._below[k] = rs  # counted down at this row's end, with the others
            self._cell = None
        elif tag == "tr" and self._row is not None:
            while self._above and len(self._row) <= max(self._above):
                self._row.append(None)  # covered columns at the row's end
            self.tables[-1].append(self._row)
            self._below = {k: n - 1 for k, n in self._below.items() if n > 1}
            self._row = None
        elif tag == "table" and self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _read_html(path: str) -> Workbook:
    """A web page saved as .xls (a platform's export): each of its tables a sheet. The standard
    library's parser, not pandas.read_html: a reader runs under a memory cap, and pandas costs it
    ~60 MB and a parser library besides."""
    text, enc = decode_text(Path(path).read_bytes())
    parser = _Tables()
    parser.feed(text)
    tables = [(t, m) for t, m in zip(parser.tables, parser.merged) if t]
    if not tables and "urn:schemas-microsoft-com:office:spreadsheet" in text[:4096]:
        raise FileRejected("WRONG_FORMAT", "该 .xls 文件实为“XML 电子表格 2003”格式，无法读取；请在 Excel 或 WPS 中打开后另存为 .xlsx 重新报送 / "
                           "this .xls is really an XML Spreadsheet 2003 file, which is not read: open it in Excel or WPS, "
                           "save it as .xlsx and resubmit")
    if not tables:
        raise FileRejected("WRONG_FORMAT", "该 .xls 文件实为网页，但其中没有表格 / this .xls is a web page with no table in it")
    stem = Path(path).stem
    sheets = [Sheet(stem if len(tables) == 1 else f"{stem}_{i + 1}", [[clean(c) if c else None for c in r] for r in t], m)
              for i, (t, m) in enumerate(tables)]
    return Workbook(path, ".html", sheets, encoding=enc)


def _read_csv(path: str) -> Workbook:
    data = Path(path).read_bytes()
    text, enc = decode_text(data)
    delim = guess_delimiter(text[:8192])
    try:  # strict first: a well-formed file reads the same either way
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)]
    except csv.Error:
        # lenient, as Excel reads it ("项目一"（二期） is one cell) — unless a quote never closed
        # swallowed the lines after it into one cell: then the file is refused, never half-read
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
        try:
            rows = [list(r) for r in reader]
        except csv.Error:  # a cell over the csv module's 128 KiB limit: in practice the same
            rows = None
        hit = next((i + 1 for i, r in enumerate(rows) if any("\n" in c and delim in c for c in r)), None) if rows else None
        if rows is None or hit is not None:
            line = hit or reader.line_num
            raise FileRejected("CORRUPT_CSV", f"CSV 格式错误：第 {line} 行附近有引号未闭合，其后各行被并入一个单元格；请在 Excel 中打开检查后重新导出 / "
                               f"malformed CSV: a quote near line {line} is never closed and the lines after it run into one cell; "
                               "open it in Excel, check it and export it again") from None
    rows = [[clean(_TEXT_MARK.sub("", c)) if c.strip() else None for c in r] for r in rows]
    return Workbook(path, ".csv", [Sheet(Path(path).stem, rows)], encoding=enc)


# Excel's mark for "a number kept as text" exported into a CSV: '2000, '999402, '2024-03-01 — the
# apostrophe is no part of the value (text that merely starts with one, 'quoted words', keeps it)
_TEXT_MARK = re.compile(r"^\s*'(?=[0-9][0-9.,/\-:\sXx]*$)")


def guess_delimiter(sample: str, candidates: str = ",\t;|") -> str:
    """The delimiter that splits most lines of the sample into the same number of columns.

    Not csv.Sniffer: it tabulates the frequency of every character in the sample (~2 ms per
    file, a few seconds over a national year of CSVs) and then often still guesses wrong on
    Chinese text with a title line; here only the four usual delimiters are tried, with the
    csv module's own quoting rules."""
    lines = sample.splitlines()
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line short
    best, best_score = ",", (0, 0)
    for d in candidates:
        widths = [len(r) for r in csv.reader(lines[:50], delimiter=d) if len(r) > 1 and any(c.strip() for c in r)]
        if widths:
            width, n = Counter(widths).most_common(1)[0]
            if (n, width) > best_score:
                best, best_score = d, (n, width)
    return best


def _internals(exc: Exception) -> str:
    """The reader's own words, for a developer only (DUIKOU_DEBUG=1): a data manager cannot act on them."""
    return f" ({type(exc).__name__}: {str(exc)[:200]})" if os.environ.get("DUIKOU_DEBUG") else ""


def _read_calamine(path: str, kind: str) -> Workbook:
    from python_calamine import CalamineWorkbook

    try:
        if os.path.splitext(path)[1].lower() == kind:
            wb = CalamineWorkbook.from_path(path)
        else:  # saved under the other Excel extension (file_guard looked at the content): calamine detects the format
            with open(path, "rb") as fh:
                wb = CalamineWorkbook.from_filelike(fh)
    except Exception as exc:  # calamine raises its own error types; all mean "cannot open"
        msg = str(exc)
        low = msg.lower()
        if "password" in low or "encrypt" in low:
            raise FileRejected("ENCRYPTED", "文件已加密（设置了打开密码），请去掉密码后重新报送 / the workbook is password-protected; remove the password and resubmit") from None
        raise FileRejected("CORRUPT", "文件无法打开，可能已损坏；请用 Excel 或 WPS 打开检查后另存为 .xlsx 重新报送 / the file cannot be "
                           "opened, it may be damaged: open it in Excel or WPS, save it as .xlsx and resubmit" + _internals(exc)) from None
    hidden = {}
    try:
        for meta in wb.sheets_metadata:
            hidden[meta.name] = str(getattr(meta, "visible", "")).lower().endswith(("hidden", "veryhidden"))
    except Exception:  # metadata is optional information
        pass
    sheets = []
    for name in wb.sheet_names:
        try:
            sh = wb.get_sheet_by_name(name)
            rows = sh.to_python(skip_empty_area=False)
            try:
                merged = [(a[0], a[1], b[0], b[1]) for a, b in (sh.merged_cell_ranges or [])]
            except Exception:  # not every format reports merged cells
                merged = []
        except Exception as exc:
            raise FileRejected("CORRUPT", f"工作表“{name}”无法读取，可能已损坏 / sheet “{name}” cannot be read, it may be damaged" + _internals(exc)) from None
        rows = [[clean(v) for v in r] for r in rows]
        sheets.append(Sheet(name, rows, merged, hidden.get(name, False)))
    if kind == ".ods":  # calamine reports no merged ranges for .ods, and reads a formula's error result as ""
        spans, errs, hidden_rows = _ods_merged(path)
        for s in sheets:
            s.merged = s.merged or spans.get(s.name, [])
            s.hidden_rows = hidden_rows.get(s.name, frozenset())
            _keep_errors(s, errs.get(s.name, {}))
    if kind == ".xls":  # calamine reads an .xls error cell (BOOLERR) as empty too
        errs, hidden_rows = _xls_errors(path), _xls_hidden_rows(path)
        for s in sheets:
            s.hidden_rows = hidden_rows.get(s.name, frozenset())
            _keep_errors(s, errs.get(s.name, {}))
    if kind in (".xlsx", ".xlsm"):
        errors: dict[str, dict[tuple[int, int], str]] = {}
        formulas: dict[str, dict[tuple[int, int], str]] = {}
        pkg = _Package.open(path)  # one opening, each sheet part decompressed once, for the passes below
        try:
            for sh, (rows, cols) in zip(sheets, _xlsx_hidden_rows(pkg, [s.name for s in sheets], errors, formulas)):
                sh.hidden_rows, sh.hidden_cols = rows, cols
                _keep_errors(sh, errors.get(sh.name, {}))
            _xlsx_annotations(pkg, sheets)
        finally:
            if pkg is not None:
                pkg.close()
        for sh in sheets:  # formulas saved without their values (a script's workbook): worked out (formula_cells.py)
            if sh.name in formulas:
                formula_cells.fill(sh.rows, formulas[sh.name])
    _shown_as_formatted(path, kind, sheets)
    return Workbook(path, kind, sheets)


_SI = re.compile(rb"<(?:\w+:)?(?:si|is)>(.*?)</(?:\w+:)?(?:si|is)>", re.S)
_RUN = re.compile(rb"<(?:\w+:)?r>(.*?)</(?:\w+:)?r>", re.S)
_STRIKE = re.compile(rb"<(?:\w+:)?strike(?:\s+val=\"(?:1|true)\")?\s*/>")
_T = re.compile(rb"<(?:\w+:)?t(?:\s[^>]*)?>(.*?)</(?:\w+:)?t>", re.S)
_COMMENT = re.compile(rb'<(?:\w+:)?comment\b[^>]*\bref="[A-Z]{1,3}(\d+)"[^>]*>(.*?)</(?:\w+:)?comment>', re.S)


_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_CELL_ATTR = re.compile(rb'\b(r|t)="([^"]*)"')
_REF = re.compile(rb"([A-Z]{1,3})(\d+)")
_V = re.compile(rb"<(?:\w+:)?v>(\d+)</(?:\w+:)?v>")


def _unstruck(fragment: bytes) -> str | None:
    """A rich text's runs without the struck ones (None when all of it is struck out)."""
    return "".join(_xml_text(r) for r in _RUN.findall(fragment) if not _STRIKE.search(r)).strip() or None


def _xml_text(fragment: bytes) -> str:
    from html import unescape

    return unescape(b"".join(_T.findall(fragment)).decode("utf-8", "replace"))


class _Package:
    """An .xlsx package opened once for the passes that read its XML beside calamine (hidden rows,
    error and formula cells, struck text, comments): the workbook's sheet parts worked out once and
    each part of ordinary size decompressed once (a very large one is read again rather than held)."""

    _KEEP = 8 * 1024 * 1024

    def __init__(self, z):
        self.z = z
        self.names = set(z.namelist())
        self._read: dict[str, bytes] = {}
        self._sheet_parts: dict[str, str] | None = None

    @classmethod
    def open(cls, path: str) -> "_Package | None":
        import zipfile

        try:
            return cls(zipfile.ZipFile(path))
        except Exception:  # noqa: BLE001 - not a package these passes can read: they learn nothing more
            return None

    def read(self, name: str) -> bytes:
        got = self._read.get(name)
        if got is None:
            got = self.z.read(name)
            if len(got) <= self._KEEP:
                self._read[name] = got
        return got

    def sheet_parts(self) -> dict[str, str]:
        """sheet name -> its part (xl/worksheets/sheet1.xml), from workbook.xml and its relationships."""
        if self._sheet_parts is None:
            from xml.etree import ElementTree as ET

            wb = ET.fromstring(self.read("xl/workbook.xml"))
            targets = {r.get("Id"): r.get("Target") for r in ET.fromstring(self.read("xl/_rels/workbook.xml.rels"))}
            parts = {}
            for sh in wb.iterfind("m:sheets/m:sheet", _NS):
                t = targets.get(sh.get(f"{{{_NS['r']}}}id"), "") or ""
                parts[sh.get("name")] = t.lstrip("/") if t.startswith("/") else "xl/" + t
            self._sheet_parts = parts
        return self._sheet_parts

    def close(self) -> None:
        self._read.clear()
        self.z.close()


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def _xlsx_annotations(pkg: "_Package | None", sheets: list[Sheet]) -> None:
    """What a person sees in Excel beyond the values calamine gives: text struck through inside a
    cell (2024-12-31 struck out before 2025-01-15: the struck runs are not that cell's value; a cell
    struck out whole is empty), and the cells' comments (批注, kept per row: a remark on the row,
    such as 已调回，实际于2024年6月28日返回 on a name). Read from the package's XML, cell by cell;
    anything unexpected only means nothing more is known."""
    from xml.etree import ElementTree as ET

    if pkg is None:
        return
    try:
        z, names = pkg, pkg.names
        shared = z.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in names else b""
        struck_shared = {i: _unstruck(si) for i, si in enumerate(_SI.findall(shared))
                         if _STRIKE.search(si)} if _STRIKE.search(shared) else {}
        has_comments = any(n.startswith("xl/comments") for n in names)
        if not struck_shared and not has_comments and not any(
                n.startswith("xl/worksheets/sheet") and _STRIKE.search(z.read(n)) for n in names):
            return
        by_name = {sh.name: sh for sh in sheets}
        for name, part in pkg.sheet_parts().items():
            sh = by_name.get(name)
            if sh is None or part not in names:
                continue
            data = z.read(part)
            if struck_shared or _STRIKE.search(data):
                for m in _CELL.finditer(data):
                    attrs, body = dict(_CELL_ATTR.findall(m.group(1))), m.group(2) or b""
                    ref = _REF.fullmatch(attrs.get(b"r", b""))
                    if ref is None:
                        continue
                    kind = attrs.get(b"t")
                    if kind == b"s" and struck_shared and (v := _V.search(body)) and int(v.group(1)) in struck_shared:
                        kept = struck_shared[int(v.group(1))]
                    elif kind == b"inlineStr" and _STRIKE.search(body):
                        kept = _unstruck(body)
                    else:
                        continue
                    r, c = int(ref.group(2)) - 1, _col_index(ref.group(1))
                    if r < len(sh.rows) and c < len(sh.rows[r]):
                        sh.rows[r][c] = kept
            rels = part.rsplit("/", 1)[0] + "/_rels/" + part.rsplit("/", 1)[1] + ".rels"
            if not has_comments or rels not in names:
                continue
            for rel in ET.fromstring(z.read(rels)):
                if not rel.get("Type", "").endswith("/comments"):
                    continue
                target = rel.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(posixpath.dirname(part), target))
                if target in names:
                    for row, body in _COMMENT.findall(z.read(target)):
                        sh.comments.setdefault(int(row) - 1, []).append(_xml_text(body).strip())
    except Exception:  # noqa: BLE001 - annotations are extra information, never a reason to fail
        return


def _tenth_month(v: Any) -> bool:
    """2024.1: the number Excel keeps when 2024.10 (October) is typed in a cell — or January."""
    return isinstance(v, float) and 1900 < v < 2100 and repr(v).endswith(".1")


def _shown_as_formatted(path: str, kind: str, sheets: list[Sheet]) -> None:
    """A number the cell shows differently from its value, where it matters: 2024.1 in a cell
    formatted 0.00 shows "2024.10" (October, as the clerk typed it), and is read as that text.
    calamine gives values only, so the few workbooks with such a number are opened a second
    time for the cells' formats (openpyxl for xlsx, xlrd for xls); a General 2024.1 stays
    January, as the cell shows it."""
    cells = {sh.name: [(r, c) for r, row in enumerate(sh.rows) for c, v in enumerate(row) if _tenth_month(v)] for sh in sheets}
    if not any(cells.values()) or kind not in (".xlsx", ".xlsm", ".xls"):
        return
    try:
        formats = _xls_formats(path, cells) if kind == ".xls" else _xlsx_formats(path, cells)
    except Exception:  # the formats are a refinement: a workbook whose styles cannot be read keeps its values
        return
    for sh in sheets:
        for (r, c), fmt in formats.get(sh.name, {}).items():
            m = re.search(r"0\.(0+)", fmt or "")
            if m and len(m.group(1)) >= 2:
                sh.rows[r][c] = f"{sh.rows[r][c]:.{len(m.group(1))}f}"


def _xlsx_formats(path: str, cells: dict[str, list[tuple[int, int]]]) -> dict[str, dict[tuple[int, int], str]]:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        out = {}
        for name, want in cells.items():
            if not want or name not in wb.sheetnames:
                continue
            rows = {r for r, _ in want}
            found = {}
            for r, row in enumerate(wb[name].iter_rows(max_row=max(rows) + 1)):
                if r in rows:
                    for cell in row:
                        c = getattr(cell, "column", None)
                        if c is not None and (r, c - 1) in want:
                            found[(r, c - 1)] = cell.number_format
            out[name] = found
        return out
    finally:
        wb.close()


def _xls_formats(path: str, cells: dict[str, list[tuple[int, int]]]) -> dict[str, dict[tuple[int, int], str]]:
    import xlrd

    book = xlrd.open_workbook(path, formatting_info=True, on_demand=True)
    try:
        out = {}
        for name, want in cells.items():
            if not want or name not in book.sheet_names():
                continue
            sh = book.sheet_by_name(name)
            out[name] = {(r, c): book.format_map[book.xf_list[sh.cell_xf_index(r, c)].format_key].format_str
                         for r, c in want if r < sh.nrows and c < sh.ncols}
        return out
    finally:
        book.release_resources()


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ATTR = re.compile(rb'\b(r|hidden|outlineLevel|collapsed)="([^"]*)"')
_COL_TAG = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_COL_ATTR = re.compile(rb'\b(min|max|hidden)="([^"]*)"')
# an autofilter with a filter set: the rows it hides are data a person filtered out of view, not
# rows hidden as drafts (the filter is a view; its =SUBTOTAL totals count them)
_FILTER = re.compile(rb'<(?:\w+:)?autoFilter\b[^>]*\bref="[A-Z]+(\d+):[A-Z]+(\d+)"[^>]*>(.*?)</(?:\w+:)?autoFilter>', re.S)


# an error cell (#REF!, #N/A, #VALUE!) in the sheet XML: calamine reads it as empty
_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*?\bt="e"[^>]*>.*?<(?:\w+:)?v>([^<]{1,16})</(?:\w+:)?v>', re.S)


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _keep_errors(sh: Sheet, errors: dict[tuple[int, int], str]) -> None:
    """#REF! / #N/A kept as written: an empty cell would be filled from the row above or read as
    "not stated", where the clerk's formula broke."""
    for (r, c), text in errors.items():
        if r < len(sh.rows) and c < len(sh.rows[r]) and sh.rows[r][c] in (None, ""):
            sh.rows[r][c] = text


# a BIFF8 BOOLERR record (type 0x0205, length 8) whose last byte says "error": rw, col, ixfe, value, fError=1
_XLS_ERROR_RECORD = re.compile(rb"\x05\x02\x08\x00.{7}\x01", re.S)


def _xls_errors(path: str) -> dict[str, dict[tuple[int, int], str]]:
    """Error cells (#DIV/0!, #N/A …) of an .xls, per sheet, read with xlrd — only for a file whose bytes
    hold an error record at all (most have none, and a second reader for every .xls would cost time)."""
    try:
        with open(path, "rb") as fh:
            if not _XLS_ERROR_RECORD.search(fh.read()):
                return {}
        import xlrd

        book = xlrd.open_workbook(path, on_demand=True)
        out: dict[str, dict[tuple[int, int], str]] = {}
        for sh in book.sheets():
            for r in range(sh.nrows):
                for c, t in enumerate(sh.row_types(r)):
                    if t == xlrd.XL_CELL_ERROR:
                        text = xlrd.error_text_from_code.get(sh.cell_value(r, c))
                        if text:
                            out.setdefault(sh.name, {})[(r, c)] = text
        return out
    except Exception:  # xlrd's own errors: nothing is known to be an error cell
        return {}


# a BIFF ROW record (0x0208, 16 bytes) whose option flags say hidden (fDyZero, 0x20)
_XLS_ROW_RECORD = re.compile(rb"\x08\x02\x10\x00.{12}(.)", re.S)


def _xls_hidden_rows(path: str) -> dict[str, frozenset[int]]:
    """Rows hidden by hand in an .xls, per sheet (calamine does not report them), read with xlrd's
    row information — only for a file whose bytes hold a hidden ROW record at all (opening it a
    second time with formatting is slow). A row of a folded outline group is a view of data, as in
    xlsx and ods, and stays (folded_groups)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        if not any(m.group(1)[0] & 0x20 for m in _XLS_ROW_RECORD.finditer(data)):
            return {}
        import xlrd

        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
        out = {}
        for sh in book.sheets():
            info = sh.rowinfo_map
            grouped = {r for r, i in info.items() if i.hidden and i.outline_level}
            folds = {r for r, i in info.items() if i.outline_group_starts_ends}  # the fCollapsed bit
            rows = frozenset({r for r, i in info.items() if i.hidden and not i.outline_level} | (grouped - folded_groups(grouped, folds)))
            if rows:
                out[sh.name] = rows
        return out
    except Exception:  # noqa: BLE001 - xlrd's own errors: nothing is known to be hidden
        return {}


def _ods_merged(path: str) -> tuple[dict[str, list[tuple[int, int, int, int]]], dict[str, dict[tuple[int, int], str]],
                                    dict[str, frozenset[int]]]:
    """Merged ranges of an .ods, per sheet, 0-based inclusive: the cells that span rows or
    columns (table:number-rows-spanned / number-columns-spanned) in content.xml; the cells whose
    formula's result is an error (#VALUE!, shown as the cell's text; calamine reads them as ""); and
    the rows hidden by hand (table:visibility="collapse" outside a collapsed outline group — a
    group folded away, like a filter's "filter" rows, is a view of data, as in xlsx). Read with
    the standard library's XML parser (the ODF library is not a runtime dependency, and these are
    a few attributes and a text); ({}, {}, {}) when the file does not say."""
    import xml.etree.ElementTree as ET
    import zipfile

    from pipelines.ingest.parse_values import EXCEL_ERROR

    out: dict[str, list[tuple[int, int, int, int]]] = {}
    errors: dict[str, dict[tuple[int, int], str]] = {}
    hidden: dict[str, set[int]] = {}
    try:
        with zipfile.ZipFile(path) as z:
            if z.getinfo("content.xml").file_size <= 8 * 1024 * 1024:
                data = z.read("content.xml")
                if b"spanned" not in data and b"collapse" not in data and b"formula=" not in data:
                    return {}, {}, {}  # (most files) nothing merged, hidden or computed: no need to parse it
                fh = io.BytesIO(data)
            else:  # a very large sheet: streamed, never held whole
                fh = z.open("content.xml")
            name, r, c, cell, folded = None, -1, 0, (0, False), 0
            for event, el in ET.iterparse(fh, events=("start", "end")):
                tag = el.tag
                if event == "start" and tag == _ODS_TABLE + "table":
                    name, r = el.get(_ODS_TABLE + "name"), -1
                elif tag == _ODS_TABLE + "table-row-group" and el.get(_ODS_TABLE + "display") == "false":
                    folded += 1 if event == "start" else -1
                elif event == "start" and tag == _ODS_TABLE + "table-row":
                    r, c = r + 1, 0
                    if el.get(_ODS_TABLE + "visibility") == "collapse" and not folded and name is not None:
                        n = int(el.get(_ODS_TABLE + "number-rows-repeated", "1"))
                        if n < 1000:  # not the sheet's endless tail of empty rows
                            hidden.setdefault(name, set()).update(range(r, r + n))
                elif event == "end" and tag == _ODS_TABLE + "table-row":
                    r += int(el.get(_ODS_TABLE + "number-rows-repeated", "1")) - 1
                    el.clear()
                elif event == "start" and tag in (_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"):
                    rs = int(el.get(_ODS_TABLE + "number-rows-spanned", "1"))
                    cs = int(el.get(_ODS_TABLE + "number-columns-spanned", "1"))
                    if name is not None and (rs > 1 or cs > 1):
                        out.setdefault(name, []).append((r, c, r + rs - 1, c + cs - 1))
                    cell = (c, el.get(_ODS_TABLE + "formula") is not None and el.get(_ODS_OFFICE + "value-type") == "string")
                    c += int(el.get(_ODS_TABLE + "number-columns-repeated", "1"))
                elif event == "end" and tag == _ODS_TABLE + "table-cell" and name is not None and cell[1]:
                    text = "".join(el.itertext()).strip()
                    if EXCEL_ERROR.fullmatch(text):
                        errors.setdefault(name, {})[(r, cell[0])] = text
    except (OSError, KeyError, zipfile.BadZipFile, ET.ParseError, ValueError):
        return {}, {}, {}
    return out, errors, {k: frozenset(v) for k, v in hidden.items()}


def folded_groups(grouped: set[int], folds: set[int]) -> set[int]:
    """Of the hidden rows of outline groups, those folded away with Excel's +/− (a view of data, like
    a filter's): a run of them next to a row marked collapsed (the group's summary row, below or
    above it). A row hidden by hand inside an open group has no such mark and stays hidden."""
    out: set[int] = set()
    for r in sorted(grouped):
        if r in out:
            continue
        end = r
        while end + 1 in grouped:
            end += 1
        if r - 1 in folds or end + 1 in folds:
            out.update(range(r, end + 1))
    return out


def _xlsx_hidden_rows(pkg: "_Package | None", names: list[str], errors: dict | None = None,
                      formulas: dict | None = None) -> list[tuple[frozenset[int], frozenset[int]]]:
    """Hidden rows and columns of each sheet, read from the sheet XML (calamine does not report
    them); ``errors`` is filled with each sheet's error cells, {(row, col): "#REF!"}, and ``formulas``
    with its formula cells saved without a value, {(row, col): "B3+C3"} (formula_cells.py). A hidden row
    is not data a person reviewed: a draft line, a helper row, an old value —
    except a row an autofilter hides. The sheet parts were already size-checked by file_guard;
    anything unexpected here only means nothing is known to be hidden."""
    out = [(frozenset(), frozenset())] * len(names)
    errors = {} if errors is None else errors
    if pkg is None:
        return out
    try:
        parts = pkg.sheet_parts()
        for i, name in enumerate(names):
            part = parts.get(name)
            if not part or part not in pkg.names:
                continue
            data = pkg.read(part)
            if b't="e"' in data:
                errors[name] = {(int(m.group(2)) - 1, _col_index(m.group(1))): m.group(3).decode("utf-8", "replace")
                                for m in _ERROR_CELL.finditer(data)}
            if formulas is not None and (found := formula_cells.uncomputed(data)):
                formulas[name] = found
            if b'hidden="1"' not in data and b'hidden="true"' not in data:
                continue
            rows, grouped, folds = set(), set(), set()
            for m in _ROW_TAG.finditer(data):
                attrs = dict(_ATTR.findall(m.group(1)))
                if not attrs.get(b"r", b"").isdigit():
                    continue
                r = int(attrs[b"r"]) - 1
                if attrs.get(b"collapsed") in (b"1", b"true"):
                    folds.add(r)
                if attrs.get(b"hidden") in (b"1", b"true"):
                    (grouped if attrs.get(b"outlineLevel", b"0") not in (b"0", b"") else rows).add(r)
            rows |= grouped - folded_groups(grouped, folds)
            f = _FILTER.search(data)
            if f and b"filterColumn" in f.group(3):
                rows -= set(range(int(f.group(1)) - 1, int(f.group(2))))
            cols = set()
            for m in _COL_TAG.finditer(data):
                attrs = dict(_COL_ATTR.findall(m.group(1)))
                if attrs.get(b"hidden") in (b"1", b"true") and attrs.get(b"min", b"").isdigit() and attrs.get(b"max", b"").isdigit():
                    cols.update(range(int(attrs[b"min"]) - 1, min(int(attrs[b"max"]), 16384)))
            out[i] = (frozenset(rows), frozenset(cols))
    except Exception:  # noqa: BLE001 - the hidden-row note is extra information, never a reason to fail
        return [(frozenset(), frozenset())] * len(names)
    return out

"""What the tool wrote, read back as an auditor would: every table of the database, CSV and
xlsx files, report pages; checks for ID numbers, formula cells and active script."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import duckdb

TRACEBACK_SIGNS = re.compile(
    r"Traceback \(most recent call last\)|File \"[^\"]+\.py\", line \d+|\b[A-Z][A-Za-z]+(Error|Exception)\b"
    r"|panicked at|RUST_BACKTRACE|called `(Result|Option)::unwrap\(\)`|memory allocation of \d+ bytes failed"
    r"|\b(calamine|openpyxl|xlrd|zipfile|lxml|pyexcel|python_calamine|duckdb)\.|BadZipFile|KeyError|INTERNAL_ERROR")


def db_texts(db: Path) -> dict[str, str]:
    """Every table and view of the database, as text (one string per table)."""
    out = {}
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = con.execute("SELECT table_schema, table_name FROM information_schema.tables "
                            "WHERE table_catalog = current_database()").fetchall()
        for schema, name in names:
            try:
                rows = con.execute(f'SELECT * FROM "{schema}"."{name}"').fetchall()
            except duckdb.Error as e:  # a view that cannot be computed on this data
                out[f"{schema}.{name}"] = f"<view failed: {e}>"
                continue
            out[f"{schema}.{name}"] = "\n".join("\t".join("" if v is None else str(v) for v in r) for r in rows)
    finally:
        con.close()
    return out


def xlsx_cells(path: Path):
    """(sheet, cell ref, value, is_formula, quote_prefixed) for every cell of an xlsx."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=False)
    for ws in wb.worksheets:
        yield ws.title, "sheet-name", ws.title, False, False
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                yield ws.title, c.coordinate, str(c.value), c.data_type == "f", bool(c.quotePrefix)


def xlsx_text(path: Path) -> str:
    """All text inside an xlsx (every XML member), for scanning."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith((".xml", ".rels")))


def csv_cells(path: Path):
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    for r, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        for c, cell in enumerate(row, start=1):
            yield r, c, cell


_NUMBER = re.compile(r"^[-+]?(\d[\d,]*)?(\.\d+)?([eE][-+]?\d+)?%?$")


def is_formula_text(cell: str) -> bool:
    """Would a spreadsheet read this CSV cell as a formula (OWASP CSV injection)? A plain
    negative or signed number is data."""
    if not cell:
        return False
    if cell[0] in "=@\t\r":
        return cell[0] in "=@" or (len(cell) > 1 and cell[1] in "=+-@")
    if cell[0] in "+-":
        return not _NUMBER.match(cell)
    return False


def formula_cells_csv(path: Path) -> list[str]:
    return [f"{path.name} r{r}c{c}: {cell[:60]!r}" for r, c, cell in csv_cells(path) if is_formula_text(cell)]


def formula_cells_xlsx(path: Path) -> list[str]:
    bad = []
    for sheet, ref, value, is_formula, quoted in xlsx_cells(path):
        if is_formula or (ref != "sheet-name" and is_formula_text(value) and not quoted):
            bad.append(f"{path.name} [{sheet}] {ref}: {value[:60]!r}{' (formula)' if is_formula else ''}")
    return bad


ACTIVE_HTML = re.compile(r"<script>alert\(|<img src=x onerror=|<svg onload=|javascript:alert", re.I)


def active_script(html: str, marker: str) -> list[str]:
    """Injected markup that a browser would run: our payloads, raw, anywhere in the page."""
    hits = []
    for m in ACTIVE_HTML.finditer(html):
        window = html[m.start(): m.start() + 120]
        if marker in window or "alert(" in window:
            hits.append(window[:100])
    return hits

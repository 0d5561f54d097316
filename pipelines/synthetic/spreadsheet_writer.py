"""Write sheets the way hospitals' Excel forms look (title, 填报单位 line, header, data,
footer) to .xlsx (xlsxwriter), legacy .xls (xlwt), .ods (odfpy via pandas) or .csv."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any


@dataclass
class SheetSpec:
    name: str
    title: str | None
    meta: str | None
    headers: list[str]
    rows: list[list[Any]]
    footer: str | None = None
    # second header row (two-level headers): same width as headers, "" where merged vertically
    sub_headers: list[str] | None = None
    extra_top: list[str] = field(default_factory=list)   # further lines above the header
    extra_bottom: list[str] = field(default_factory=list)


def _cell(v: Any) -> Any:
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, bool):
        return "是" if v else "否"
    return v


def write_xlsx(path: Path, sheets: list[SheetSpec]) -> None:
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    # a fixed creation time makes the same truth produce byte-identical files (stable hashes)
    wb.set_properties({"created": dt.datetime(2000, 1, 1), "title": "SYNTHETIC DATA", "comments": "duikou synthetic data"})
    f_title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    f_head = wb.add_format({"bold": True, "border": 1, "align": "center", "valign": "vcenter", "text_wrap": True})
    f_date = wb.add_format({"num_format": "yyyy-mm-dd", "border": 1})
    f_cell = wb.add_format({"border": 1})
    f_text = wb.add_format({"border": 1, "num_format": "@"})
    for spec in sheets:
        ws = wb.add_worksheet(spec.name[:31])
        width = len(spec.headers)
        r = 0
        if spec.title:
            if width > 1:
                ws.merge_range(r, 0, r, width - 1, spec.title, f_title)
            else:
                ws.write(r, 0, spec.title, f_title)
            r += 1
        for line in ([spec.meta] if spec.meta else []) + spec.extra_top:
            ws.write(r, 0, line)
            r += 1
        if spec.sub_headers:
            for c, (h, sub) in enumerate(zip(spec.headers, spec.sub_headers)):
                if not sub:
                    ws.merge_range(r, c, r + 1, c, h, f_head)
            c = 0
            while c < width:
                if spec.sub_headers[c]:
                    c2 = c
                    while c2 + 1 < width and spec.sub_headers[c2 + 1] and spec.headers[c2 + 1] == spec.headers[c]:
                        c2 += 1
                    if c2 > c:
                        ws.merge_range(r, c, r, c2, spec.headers[c], f_head)
                    else:
                        ws.write(r, c, spec.headers[c], f_head)
                    for k in range(c, c2 + 1):
                        ws.write(r + 1, k, spec.sub_headers[k], f_head)
                    c = c2 + 1
                else:
                    c += 1
            r += 2
        else:
            for c, h in enumerate(spec.headers):
                ws.write(r, c, h, f_head)
            r += 1
        for row in spec.rows:
            for c, v in enumerate(row):
                v = _cell(v)
                if v is None:
                    continue
                if isinstance(v, (dt.date, dt.datetime)):
                    ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), f_date)
                elif isinstance(v, str):
                    ws.write_string(r, c, v, f_text if v.isdigit() else f_cell)
                else:
                    ws.write_number(r, c, v, f_cell)
            r += 1
        if spec.footer or spec.extra_bottom:
            r += 1
            for line in ([spec.footer] if spec.footer else []) + spec.extra_bottom:
                ws.write(r, 0, line)
                r += 1
        ws.set_column(0, max(0, width - 1), 14)
    wb.close()


def write_xls(path: Path, sheets: list[SheetSpec]) -> None:
    """Legacy Excel 97-2003 (.xls), as older county systems still export."""
    import xlwt

    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for spec in sheets:
        ws = wb.add_sheet(spec.name[:31])
        r = 0
        if spec.title:
            ws.write_merge(r, r, 0, max(0, len(spec.headers) - 1), spec.title)
            r += 1
        for line in ([spec.meta] if spec.meta else []) + spec.extra_top:
            ws.write(r, 0, line)
            r += 1
        for c, h in enumerate(spec.headers):
            ws.write(r, c, h)
        r += 1
        if spec.sub_headers:
            for c, h in enumerate(spec.sub_headers):
                if h:
                    ws.write(r, c, h)
            r += 1
        for row in spec.rows:
            for c, v in enumerate(row):
                v = _cell(v)
                if v is None:
                    continue
                if isinstance(v, (dt.date, dt.datetime)):
                    ws.write(r, c, dt.datetime(v.year, v.month, v.day), date_style)
                else:
                    ws.write(r, c, v)
            r += 1
        if spec.footer or spec.extra_bottom:
            r += 1
            for line in ([spec.footer] if spec.footer else []) + spec.extra_bottom:
                ws.write(r, 0, line)
                r += 1
    wb.save(str(path))


def write_ods(path: Path, sheets: list[SheetSpec]) -> None:
    """OpenDocument spreadsheet (WPS/LibreOffice users), written through pandas + odfpy."""
    import pandas as pd

    path.parent.mkdir(parents=True, exist_ok=True)
    with pd.ExcelWriter(path, engine="odf") as xw:
        for spec in sheets:
            pd.DataFrame(_as_grid(spec, dates_as_text=False)).to_excel(xw, sheet_name=spec.name[:31], header=False, index=False)


def _as_grid(spec: SheetSpec, dates_as_text: bool = True, date_fmt: str = "%Y-%m-%d") -> list[list[Any]]:
    width = len(spec.headers)
    grid: list[list[Any]] = []

    def line(text):
        grid.append([text] + [None] * (width - 1))

    if spec.title:
        line(spec.title)
    for t in ([spec.meta] if spec.meta else []) + spec.extra_top:
        line(t)
    grid.append(list(spec.headers))
    if spec.sub_headers:
        grid.append([h or None for h in spec.sub_headers])
    for row in spec.rows:
        out = []
        for v in row:
            v = _cell(v)
            if dates_as_text and isinstance(v, (dt.date, dt.datetime)):
                v = v.strftime(date_fmt)
            out.append(v)
        grid.append(out)
    if spec.footer or spec.extra_bottom:
        grid.append([None] * width)
        for t in ([spec.footer] if spec.footer else []) + spec.extra_bottom:
            line(t)
    return grid


def write_csv(path: Path, spec: SheetSpec, encoding: str = "utf-8", date_fmt: str = "%Y-%m-%d") -> None:
    """CSV as exported by hospital systems: GBK, GB18030, UTF-8 or UTF-8 with BOM."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        for row in _as_grid(spec, dates_as_text=True, date_fmt=date_fmt):
            w.writerow(["" if v is None else v for v in row])


def write_sheets(path: Path, sheets: list[SheetSpec], encoding: str = "utf-8") -> None:
    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm"):
        write_xlsx(path, sheets)
    elif ext == ".xls":
        write_xls(path, sheets)
    elif ext == ".ods":
        write_ods(path, sheets)
    elif ext == ".csv":
        if len(sheets) != 1:
            raise ValueError("a CSV file holds one sheet")
        write_csv(path, sheets[0], encoding)
    else:
        raise ValueError(f"unsupported output format {ext}")

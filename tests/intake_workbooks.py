"""Small hand-made workbooks for the intake tests (test_intake_*): one place that writes them."""

import re
import shutil
import zipfile

import openpyxl


def book(path, sheets):
    """An .xlsx with the sheets given as [(name, rows)]."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def set_error_cells(path, cells):
    """Rewrite the first sheet's XML so the cells hold an error value (t="e"), as Excel saves a broken formula
    (openpyxl writes formulas without their cached values)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                for ref, err in cells.items():
                    text = re.sub(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', f'<c r="{ref}" t="e"><v>{err}</v></c>', text, flags=re.S)
                data = text.encode()
            zout.writestr(item, data)
    shutil.move(tmp, path)

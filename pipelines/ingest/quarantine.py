"""`duikou quarantine`: the rows a data manager must fix, with the original cells and why."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pipelines.db.connection import connect
from pipelines.privacy.person_id import mask_id_numbers
from pipelines.safe_text import for_terminal, neutralise

_SQL = """
SELECT s.file_name, s.sheet_name, q.source_row, q.form_type, q.reason_code, q.reason, q.raw,
       q.source_rows  -- a record read from several rows names them all
FROM quarantine q JOIN submissions s USING (submission_id)
WHERE s.superseded_by IS NULL {form}
ORDER BY s.file_name, s.sheet_name, q.source_row
"""


def quarantine_rows(db, form: str | None = None) -> list[tuple]:
    con = connect(db)
    try:
        return con.execute(_SQL.format(form="AND q.form_type = ?" if form else ""), [form] if form else []).fetchall()
    finally:
        con.close()


def rows_text(r: tuple) -> str:
    """The sheet rows of one quarantine entry as a person reads them: 7, or 3、4、5."""
    return "、".join(map(str, r[7])) if len(r) > 7 and r[7] else str(r[2])


def list_quarantine(db, form: str | None = None, limit: int = 50, csv_path: str | None = None) -> str:
    rows = quarantine_rows(db, form)
    if csv_path:
        with open(csv_path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: opens in Excel with Chinese intact
            w = csv.writer(fh)
            w.writerow(["文件 file", "工作表 sheet", "行号 row", "报表 form", "原因代码 code", "原因 reason", "原始内容 cells"])
            for r in rows:  # sender's text: ID numbers masked, formula cells neutralised
                cells = "；".join(f"{k}={v}" for k, v in json.loads(r[6] or "{}").items())
                w.writerow([neutralise(mask_id_numbers(v)) for v in (*r[:2], rows_text(r), *r[3:6], cells)])
    if not rows:
        return "没有隔离行 / no quarantined rows"
    lines = [f"隔离行 {len(rows)} 条 / {len(rows)} quarantined rows" + (f"（前 {limit} 条 / first {limit}）" if len(rows) > limit else "")]
    for r in rows[:limit]:
        f, sheet, _, form_type, code, reason, raw = r[:7]
        cells = "；".join(f"{k}={v}" for k, v in json.loads(raw or "{}").items())
        where = rows_text(r)
        lines.append(f"{f} [{sheet}] 第{where}行 row {where} ({form_type or '?'}) {code}: {reason}\n    {cells[:200]}")
    if csv_path:
        lines.append(f"全部写入 / all written to {Path(csv_path)}")
    return for_terminal("\n".join(lines))

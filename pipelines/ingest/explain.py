"""`duikou ingest --explain FILE`: how each sheet of one file is read, without writing anything.

Per sheet: the form it was taken for, the header rows, each column -> field and how it was
matched (exact label, synonym, fuzzy guess), the context values (reporting unit, the hospital
the sheet is about, the period) and where each came from, and which rows became records,
quarantine (with the reason) or non-data (with the kind). Hospital names are shown as written:
they are resolved when the file is ingested.
"""

from __future__ import annotations

import os

from pipelines.ingest.file_guard import SUPPORTED
from pipelines.ingest.parse_file import parse_file
from pipelines.privacy.person_id import PersonIds, load_key, mask_id_numbers
from pipelines.safe_text import for_terminal


def _ranges(rows: list[int]) -> str:
    rows = sorted(set(rows))
    out, start, prev = [], None, None
    for r in rows:
        if start is None:
            start = prev = r
        elif r == prev + 1:
            prev = r
        else:
            out.append(f"{start}-{prev}" if prev != start else f"{start}")
            start = prev = r
    if start is not None:
        out.append(f"{start}-{prev}" if prev != start else f"{start}")
    return ", ".join(out) or "—"


def explain(path: str, overrides=None) -> tuple[str, bool]:
    """The text to show, and whether the file could be read."""
    if not os.path.isfile(path):
        return f"文件不存在 / no such file: {path}", False
    if os.path.splitext(path)[1].lower() not in SUPPORTED:
        return f"不是支持的电子表格 / not a supported spreadsheet: {path}", False
    fr = parse_file(path, PersonIds(load_key()), overrides=overrides)
    lines = [f"文件 / file: {fr.file_name}  ({fr.kind or '?'}{', ' + fr.encoding if fr.encoding else ''})"]
    if not fr.ok:
        lines.append(f"  无法读取 / cannot be read: [{fr.error_code}] {fr.error}")
        return for_terminal("\n".join(lines)), False
    for sh in fr.sheets:
        lines.append("")
        lines.append(f"工作表 / sheet “{sh.sheet_name}”{f' [{sh.part}]' if sh.part else ''}: 报表 form = {sh.form_type or '（未识别 / not recognised）'}; "
                     f"{sh.rows_read} 行 rows")
        if sh.notes.get("hidden_sheet"):
            lines.append("  隐藏的工作表，不作为数据 / hidden sheet: not data")
            continue
        if sh.notes.get("override"):
            lines.append(f"  按映射修正读取 / read with a mapping override: {sh.notes['override']}")
        if sh.notes.get("header_rows"):
            lines.append(f"  表头行 / header rows: {_ranges(sh.notes['header_rows'])}")
        for field, m in (sh.notes.get("columns") or {}).items():
            lines.append(f"    列 column “{m['header']}” → {field}  ({m['method']}, {m['score']:.0f})")
        for k, seg in enumerate(sh.notes.get("stacked_tables") or []):
            cols = "，".join(f"{h}→{f}" for f, h in seg["columns"].items())
            lines.append(f"  第{k + 1}个表 / table {k + 1} (rows {seg['rows'][0]}-{seg['rows'][1]}, header {_ranges(seg['header_rows'] or [])}): {cols}")
        for col in sh.notes.get("unmapped_columns") or []:
            lines.append(f"    列 column “{col}” → （未使用 / not used）")
        for key, (value, source) in (sh.notes.get("context") or {}).items():
            lines.append(f"  上下文 context {key} = {mask_id_numbers(value)}  (来自 from: {source})")
        if sh.notes.get("candidates"):
            lines.append(f"  可能的报表 / candidate forms: {sh.notes['candidates']}")
        rec_rows = [r for rec in sh.records for r in rec.rows()]
        lines.append(f"  入库 / records: {len(sh.records)} from rows {_ranges(rec_rows)}")
        for rec in sh.records:
            for fname, code, msg in rec.findings or ():
                lines.append(f"    存疑 finding row {rec.source_row} {fname}: [{code}] {msg}")
        for q in sh.quarantined:
            lines.append(f"  隔离 / quarantined row {_ranges(list(q.rows()))}: [{q.reason_code}] {mask_id_numbers(q.reason)}")
        kinds: dict[str, list[int]] = {}
        for r, kind, _ in sh.nondata:
            kinds.setdefault(kind, []).append(r)
        for kind, rows in kinds.items():
            lines.append(f"  非数据 / non-data ({kind}): rows {_ranges(rows)}")
    return for_terminal("\n".join(lines)), True  # headers, names and context come from the sheet

"""A hospital's monthly figures reported by department (科室: 内科 | 外科 | 儿科, then 全院合计): the form's row is
the hospital's month, so its figure is the hospital's total row; the department rows are its parts.

When the sheet has a department column (forms.yaml ``department_breakdown.columns``) and exactly one row whose
department cell says it is the whole hospital (全院合计, 合计: ``department_breakdown.total_words``), that row is
the sheet's one data row and the department rows are non-data of kind ``part`` (the total is never lost as a
total line, nor a department curated as the hospital). A breakdown without such a row is left as it is.
"""
from __future__ import annotations

from pipelines.ingest.form_catalogue import department_breakdown, norm_label
from pipelines.ingest.locate_table import Located, row_text
from pipelines.ingest.parse_values import cell_text


def hospital_total_only(loc: Located, form: str | None) -> bool:
    """Keep the hospital's total row as the data and list the departments as parts (in ``loc``); True if done."""
    forms, columns, totals = department_breakdown()
    if form not in forms:
        return False
    dc = next((c.index for c in loc.columns if norm_label(c.lower) in columns), None)
    if dc is None:
        return False

    def dept(i: int) -> str:
        row = loc.grid[i]
        return norm_label(cell_text(row[dc])) if dc < len(row) else ""
    whole = [i for i in loc.data_rows if dept(i) in totals] + \
            [i for i, kind, _ in loc.nondata if kind == "total" and dept(i) in totals]
    if len(whole) != 1 or not loc.data_rows:
        return False
    total = whole[0]
    parts = [i for i in loc.data_rows if i != total]
    loc.nondata = sorted([n for n in loc.nondata if n[0] != total] + [(i, "part", row_text(loc.grid[i])) for i in parts])
    loc.data_rows = [total]
    return True

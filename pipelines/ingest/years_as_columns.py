"""Years as columns: a yearly form written as a statistics office's cross-tab, the measures down
the rows and one column per year, blocks of rows per county (or hospital):

    县（市、区） | 行政区划代码 | 指标                       | 2023年 | 2024年
    柳陂县       | 999101       | 县域内常住居民住院总人次   | 41236  | 42810
                 |              | 其中：县域外住院人次       | 7855   | 6930
                 |              | 县域内就诊率（%）          | 80.95  | 83.81

One record per block and year column. A row whose measure the form lists as derived (forms.yaml:
县域内就诊率 is worked out from the two counts) belongs to its block's record and is not stored;
any other row naming no field of the form is held as an unknown indicator.
"""

from __future__ import annotations

import re
import unicodedata

from pipelines.ingest.form_catalogue import Form, forms
from pipelines.ingest.locate_table import Located
from pipelines.ingest.map_columns import Mapping, map_columns
from pipelines.ingest.parse_values import cell_text, is_blank

_YEAR_LABEL = re.compile(r"((?:19|20)\d{2})\s*年?度?")


def year_columns(loc: Located) -> dict[int, int]:
    """Header column -> year, for columns labelled only by a year (2023年, 2024, 2024年度)."""
    out = {}
    for col in loc.columns:
        m = _YEAR_LABEL.fullmatch(unicodedata.normalize("NFKC", col.lower).strip())
        if m and not col.upper:
            out[col.index] = int(m.group(1))
    return out if out and len(set(out.values())) == len(out) else {}


def yearly_forms() -> list[Form]:
    """The forms with a year key and no month: the ones a years-as-columns sheet can hold."""
    return [f for f in forms().values() if "year" in f.fields and f.fields["year"].key and "month" not in f.fields]


def measure_rows(loc: Located, form: Form, years: dict[int, int], label_field) -> tuple[dict[int, str], Mapping, int | None]:
    """(row -> field, the mapping of the key columns left of the years, the measure column)."""
    first = min(years)
    keys = map_columns([c for c in loc.columns if c.index < first], form)
    rows: dict[int, str] = {}
    measure_col = None
    for i in loc.data_rows:
        row = loc.grid[i]
        for c in range(first):
            if c in keys.fields.values():
                continue
            t = cell_text(row[c]) if c < len(row) else ""
            if t:
                f = label_field(t, form)
                if f:
                    rows[i] = f
                    measure_col = c if measure_col is None else measure_col
                break
    return rows, keys, measure_col


TOTAL_BLOCK = ("<total>",)


def blocks(loc: Located, keys: Mapping, measure_col: int | None) -> list[tuple[tuple, list[int]]]:
    """The data rows grouped by their key cells (a county merged or left blank down its block).
    Rows with blank keys under a total row (沅汀市合计 | 住院总人次, then | 其中：县域外住院人次) are the
    total's block, not the county's above it: they come back as a block with the key TOTAL_BLOCK."""
    cols = sorted(keys.fields.values())
    totals = {i for i, kind, _ in loc.nondata if kind == "total"}
    out: list[tuple[tuple, list[int]]] = []
    last: tuple | None = None
    prev = -1
    for i in loc.data_rows:
        row = loc.grid[i]
        cells = tuple(cell_text(row[c]) if c < len(row) else "" for c in cols)
        if not any(cells) and (last == TOTAL_BLOCK or any(prev < k < i for k in totals)):
            if last != TOTAL_BLOCK:
                last = TOTAL_BLOCK
                out.append((TOTAL_BLOCK, []))
            out[-1][1].append(i)
            prev = i
            continue
        prev = i
        # the block's own rows repeat its key or leave it blank (青禾县 on every row, its code on the first)
        same = last is not None and last != TOTAL_BLOCK and all(not c or c == k for c, k in zip(cells, last))
        if any(cells) and not same:
            last = cells
            out.append((cells, []))
        elif same and any(c and not k for c, k in zip(cells, last)):
            last = tuple(k or c for c, k in zip(cells, last))
            out[-1] = (last, out[-1][1])
        if out:
            out[-1][1].append(i)
    return out


def is_derived_row(loc: Located, i: int, measure_col: int | None, form: Form) -> bool:
    """县域内就诊率（%）: a measure the form lists as worked out from its counts (forms.yaml `derived`)."""
    row = loc.grid[i]
    if measure_col is None or measure_col >= len(row) or is_blank(row[measure_col]):
        return False
    return form.is_derived(cell_text(row[measure_col]))

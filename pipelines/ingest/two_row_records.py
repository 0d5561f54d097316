"""Two physical rows per record: a roster that writes each person over two rows under a header
of two rows, the second naming other fields than the first (not a group over its sub-labels):

    序号 | 姓名     | 性别       | 科室 | 派出单位 | 派驻起始时间
         | 身份证号 | 职称       |      |          | 派驻结束时间
    1    | 周慕白   | 男         | 骨科 | 省医院   | 2024.01.15
         | 9901…    | 副主任医师 |      |          | 2024.07.14

The sheet is read as if each pair of rows were one row: the first row's cells under the first
header row's labels, then the second row's cells under the second's. A record's rows are both
physical rows. Used only when every data row pairs up this way; otherwise the sheet is read as
usual (and held where its columns do not make sense).
"""

from __future__ import annotations

from typing import Any

from functools import lru_cache

from pipelines.ingest.form_catalogue import END_WORDS, START_WORDS, all_labels, canon_label, forms, norm_label, strip_label
from pipelines.ingest.parse_values import cell_text, is_blank


def _label(v: Any) -> str | None:
    """A recognised header label (as written, stripped, or in its canonical form: 派驻结束时间)."""
    if is_blank(v) or not isinstance(v, str):
        return None
    n = norm_label(v)
    return n if (n in all_labels() or strip_label(v) in all_labels() or canon_label(v) in _canon_labels()) else None


@lru_cache(maxsize=1)
def _canon_labels() -> frozenset[str]:
    return frozenset(c for f in forms().values() for c in f.canon_index)


def _header_text(v: Any) -> bool:
    """A header cell of the first row: text with no digits (性别 is no field of ours, still a label)."""
    return isinstance(v, str) and bool(v.strip()) and not any(ch.isdigit() for ch in v)


def second_header_columns(upper: list[Any], lower: list[Any]) -> list[int] | None:
    """The columns where ``lower`` names a field of its own under ``upper``'s label (姓名 over
    身份证号): at least two such, each under a recognised label that differs from it, and every
    other cell of ``lower`` blank or the label above repeated (a header cell merged down)."""
    cols = []
    for c, v in enumerate(lower):
        if is_blank(v):
            continue
        up = upper[c] if c < len(upper) else None
        if not is_blank(up) and cell_text(up) == cell_text(v):
            continue
        lo = _label(v)
        if lo is None or not _header_text(up) or lo == norm_label(up) or lo in START_WORDS or lo in END_WORDS:
            return None  # 派驻时间 over 起始 is one field; a value under a label is no header
        cols.append(c)
    if len(cols) < 2:
        return None
    # labels of their own above, not one group label spanning them (人员信息 over 姓名 | 身份证号)
    above = [cell_text(upper[c]) for c in cols]
    if len(set(above)) < len(above) or sum(1 for v in upper if _label(v)) < 2:
        return None
    return cols


def pair_rows(grid: list[list[Any]], data_rows: list[int], second: list[int], width: int) -> list[tuple[int, int]] | None:
    """Consecutive data rows as (first, second) pairs, or None unless every data row pairs up:
    the second row has values only in the second header's columns (elsewhere blank, or the
    first row's value repeated by a merged cell), the first row has values outside them."""
    if not data_rows or len(data_rows) % 2:
        return None
    own = set(second)
    pairs = []
    for a, b in zip(data_rows[::2], data_rows[1::2]):
        if b != a + 1:
            return None
        ra, rb = grid[a], grid[b]
        for c in range(width):
            vb = rb[c] if c < len(rb) else None
            va = ra[c] if c < len(ra) else None
            if c not in own and not is_blank(vb) and cell_text(vb) != cell_text(va):
                return None
        if not any(not is_blank(rb[c]) for c in second if c < len(rb)):
            return None
        if not any(not is_blank(ra[c]) for c in range(width) if c not in own and c < len(ra)):
            return None
        pairs.append((a, b))
    return pairs


def joined_row(first: list[Any], second_row: list[Any], second: list[int], width: int) -> list[Any]:
    """The pair as one row: the first row's cells, then the second row's in its own columns."""
    a = list(first) + [None] * (width - len(first))
    b = [second_row[c] if c in second and c < len(second_row) else None for c in range(width)]
    return a + b

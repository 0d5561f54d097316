"""A cell's text broken into the empty column beside it, as PDF converters leave it: 心血管 | 内科 under
科室 | (no header), 桑野县妇幼 | 保健院, 腹腔镜下胆囊 | 切除术.

Such a column has no header of its own — the left column's header merged over both, or blank in a
converter's layout that leaves a blank column after many real ones (a single blank-headed column is a
column of its own: 性别 without its header) — and stands right of a column that has one; its cells are short
words (no figures, not a yes/no or a sex) following a written cell. Each is joined to the cell on its
left in the located grid (the sheet itself is never changed). A column with a header, or whose cells
hold figures, is data of its own and left alone.
"""
from __future__ import annotations

import re
from typing import Any

from pipelines.ingest.locate_table import Located
from pipelines.ingest.parse_values import cell_text, is_blank

_WORD = re.compile(r"[\u4e00-\u9fff（）()·]{1,10}")
_NOT_A_PART = frozenset({"男", "女", "是", "否", "有", "无", "√", "×"})


def join_broken_cells(loc: Located, fields: dict[str, int]) -> int:
    """Join the broken-off parts onto their cells (in ``loc.grid``); the number of cells joined."""
    # a header of its own: not blank, and not the left one's label again (a header cell merged over both)
    label = {c.index: c.label for c in loc.columns}
    width = max((len(loc.grid[i]) for i in loc.data_rows), default=0)
    blank = [i for i in range(1, width) if not label.get(i)]
    merged_over = {i for i, t in label.items() if t and t == label.get(i - 1)}
    # a converter's layout leaves a blank column after many of the real ones (序号 | | 姓名 | | 身份证号 | …); a
    # single blank-headed column is a column of its own (性别 without its header), never a broken-off part
    interleaved = len(blank) >= 3 and len(blank) * 3 >= width
    headed = set(range(width)) - merged_over - (set(blank) if interleaved else set())
    mapped = set(fields.values())
    parts = []
    for c in range(1, width):
        if c in headed or c - 1 not in mapped:
            continue
        cells = [(i, loc.grid[i][c]) for i in loc.data_rows if c < len(loc.grid[i]) and not is_blank(loc.grid[i][c])]
        if not cells or any(not isinstance(v, str) or not _WORD.fullmatch(v.strip()) or v.strip() in _NOT_A_PART
                            or is_blank(loc.grid[i][c - 1]) or not isinstance(loc.grid[i][c - 1], str) for i, v in cells):
            continue
        parts.append((c, cells))
    if not parts:
        return 0
    loc.grid = list(loc.grid)  # the grid may be the sheet's own rows: never changed
    done: dict[int, list[Any]] = {}
    for c, cells in parts:
        for i, v in cells:
            row = done.get(i) or list(loc.grid[i])
            row[c - 1] = cell_text(row[c - 1]).strip() + v.strip()
            row[c] = None
            done[i] = loc.grid[i] = row
    return sum(len(cells) for _, cells in parts)

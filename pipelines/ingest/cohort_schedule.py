"""A list whose rows only say their cohort (期次 2, 第2期) beside a sheet of the same workbook that gives each
cohort's dates (期次安排: 期次 | 开始日期 | 结束日期): each row's dates are its cohort's. The schedule sheet itself is
a page of the workbook that the list refers to, not a list of people (realworld138)."""

from __future__ import annotations

import re
from typing import Any

import cn2an

from pipelines.ingest.form_catalogue import norm_label
from pipelines.ingest.locate_table import Column, Located
from pipelines.ingest.parse_values import cell_text, is_blank

# the words are few and fixed by the layout (a schedule's three columns), so they stay here beside their use
_COHORT = frozenset({"期次", "期别", "期数", "班次", "批次", "批别", "轮次"})
_START = frozenset({"开始日期", "开始时间", "起始日期", "起始时间", "开课日期", "进修开始日期", "进修开始时间"})
_END = frozenset({"结束日期", "结束时间", "截止日期", "终止日期", "结业日期", "进修结束日期", "进修结束时间"})
_NAME = frozenset({"姓名", "学员姓名", "人员姓名", "进修人员", "学员"})


def cohort_number(v: Any) -> int | None:
    """第2期, 2, 二, 第二批 -> 2 (cn2an reads the Chinese numerals); 2024-1 or a year -> None."""
    if is_blank(v):
        return None
    t = cell_text(v).strip()
    m = re.search(r"第\s*(\d+|[一二三四五六七八九十]+)\s*[期批班轮]", t) or re.match(r"(\d{1,2}|[一二三四五六七八九十]+)\s*[期批班轮]", t) \
        or re.fullmatch(r"(\d{1,2}|[一二三四五六七八九十]+)", t)  # 第2期, 2期班, 1期（3-8月）, 二期学员, 2
    if not m:
        return None
    m = re.search(r"\d+|[一二三四五六七八九十]+", m.group(1))
    try:
        return int(m.group(0)) if m.group(0).isdigit() else int(cn2an.cn2an(m.group(0), "smart"))
    except ValueError:
        return None


def _columns(loc: Located) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in loc.columns:
        k = norm_label(c.lower)
        for what, words in (("cohort", _COHORT), ("start", _START), ("end", _END), ("name", _NAME)):
            if k in words:
                out.setdefault(what, c.index)
    return out


def read_schedule(located: list[tuple[Any, Located | None]]) -> tuple[dict[int, tuple[Any, Any]], set[str]]:
    """The cohorts' dates a workbook's schedule sheet gives ({2: (start, end)}) and the names of such sheets: a
    table of a cohort column, a start and an end, and no person."""
    dates: dict[int, tuple[Any, Any]] = {}
    sheets: set[str] = set()
    for sheet, loc in located:
        if loc is None or not loc.found:
            continue
        cols = _columns(loc)
        if {"cohort", "start", "end"} - set(cols) or "name" in cols or len(loc.columns) > 6 \
                or any(re.search(r"姓名|医院|单位|科室|人员|专家", c.lower or "") for c in loc.columns):
            continue  # a schedule is a few columns about cohorts, no person and no hospital (REV21: a dated roster)
        got = {}
        for i in loc.data_rows:
            row = loc.grid[i]
            k = cohort_number(row[cols["cohort"]] if cols["cohort"] < len(row) else None)
            if k is not None:
                got[k] = tuple(row[cols[x]] if cols[x] < len(row) else None for x in ("start", "end"))
        if got:
            dates.update(got)
            sheets.add(sheet.name)
    return dates, sheets


def dates_from_schedule(loc: Located, dates: dict[int, tuple[Any, Any]]) -> int:
    """A list of people with a cohort column and no dates of its own: a start and an end column added to the
    located copy, each row's its cohort's from the schedule. Returns how many rows were given dates."""
    cols = _columns(loc)
    if not dates or "cohort" not in cols or "name" not in cols or "start" in cols or "end" in cols:
        return 0
    if any(norm_label(c.lower).endswith(("时间", "日期", "起止", "期间")) for c in loc.columns):
        return 0  # the list dates its rows itself (进修时间 2024.3—8): the cohort is only a label (a 时长 does not place a stay)
    width = max((len(r) for r in loc.grid), default=0)
    width = max(width, max(c.index for c in loc.columns) + 1)
    grid = list(loc.grid)
    n = 0
    for i in loc.data_rows:
        k = cohort_number(grid[i][cols["cohort"]] if cols["cohort"] < len(grid[i]) else None)
        if k in dates:
            grid[i] = [*grid[i], *[None] * (width - len(grid[i])), *dates[k]]
            n += 1
    if n:
        loc.grid = grid
        loc.columns = [*loc.columns, Column(width, "开始日期"), Column(width + 1, "结束日期")]
    return n

"""A team's period written once: a roster or trainee list of people sent together, whose 派驻时间 /
进修时间 (or 起始日期 | 结束日期) is written only on the team's first row and left blank below it.

A blank date is normally unknown, and a person's dates are never taken from the row above. They are
carried down only when the sheet's own shape says the date was written once for a group:
- the column holds a date on the table's first row and nowhere else (two rows or more); or
- the column is filled exactly on the rows where a group column starts a new group of two rows or more — the recipient
  hospital, or a batch column (批次, forms.yaml ``group_columns``) — and blank on the others.
The period's columns (起始日期 | 结束日期) must be written on the same rows: a start on every row and an end on the
first only is each person's own start and an open end. Every row that receives a date this way keeps a finding (``PERIOD_WRITTEN_ONCE``), naming the row it
came from, so a reader can see it was not written on the row. A blank among written dates (one person's
date missing in a list that gives each its own) matches neither shape and stays missing.
"""
from __future__ import annotations

from typing import Any

from pipelines.ingest.form_catalogue import Form, group_column_words, norm_label
from pipelines.ingest.locate_table import Located
from pipelines.ingest.parse_values import is_blank

CODE = "PERIOD_WRITTEN_ONCE"
_DATE_TYPES = frozenset({"date", "date_end", "date_range"})
_OWN_DATES = frozenset({"actual_end_date"})  # a person's own real end is never a team's
_TEAM_FORMS = frozenset({"deployments", "trainees"})  # people sent (or taken in) together


def _cell(row: list, ci: int) -> Any:
    return row[ci] if ci < len(row) else None


def carry_team_period(loc: Located, fields: dict[str, int], form: Form) -> dict[int, list[tuple[str, str, str]]]:
    """Fill a team's period down over the blanks under it, in ``loc.grid`` (copied rows, never the
    sheet's own), and return {data row index: [(field, code, message)]} for the rows filled."""
    rows = list(loc.data_rows)
    if form.name not in _TEAM_FORMS or len(rows) < 2:
        return {}
    date_cols = {f: ci for f, ci in fields.items()
                 if f in form.fields and form.fields[f].type in _DATE_TYPES and f not in _OWN_DATES}
    if not date_cols:
        return {}
    date_idx = set(date_cols.values())
    hosp_cols = {ci for f, ci in fields.items() if f in form.fields and form.fields[f].type == "hospital"}
    batch_cols = {c.index for c in loc.columns if norm_label(c.lower) in group_column_words() and c.index not in fields.values()}

    def filled(ci: int) -> list[bool]:
        return [not is_blank(_cell(loc.grid[i], ci)) for i in rows]

    starts = [filled(ci) for ci in sorted(hosp_cols | batch_cols) if ci not in date_idx]
    written = {ci: filled(ci) for ci in date_idx}
    if len({tuple(h) for h in written.values()}) != 1:
        return {}  # 起始日期 on every row, 结束日期 on the first only: each person's own dates, one of them open
    out: dict[int, list[tuple[str, str, str]]] = {}
    for f, ci in sorted(date_cols.items()):
        has = written[ci]
        if all(has) or not has[0]:
            continue
        # on the first row alone (of three rows or more: of two, the second may simply be unknown), or
        # exactly where a group column starts its groups
        # — and every group so marked has two rows at least (a roster filled on every row but its last is
        # not written once: its last person's dates are missing)
        starts_at = [k for k, h in enumerate(has) if h] + [len(has)]
        teams = all(b - a >= 2 for a, b in zip(starts_at, starts_at[1:]))
        once = teams and ((sum(has) == 1 and len(rows) >= 3) or any(s == has for s in starts))
        if not once:
            continue
        label = next((c.label for c in loc.columns if c.index == ci), f)
        src = None
        for k, i in enumerate(rows):
            if has[k]:
                src = i
                continue
            value = _cell(loc.grid[src], ci)
            row = list(loc.grid[i]) + [None] * max(0, ci + 1 - len(loc.grid[i]))
            row[ci] = value
            if not out:  # the grid may be the sheet's own rows: never changed
                loc.grid = list(loc.grid)
            loc.grid[i] = row
            out.setdefault(i, []).append((f, CODE, f"“{label}”只写在本组第一行（第{src + 1}行），本行沿用该行的日期 / "
                                                   f"{label!r} is written only on the group's first row (row {src + 1}): "
                                                   "carried down to this row"))
    return out

"""Columns answered with ticks (√ / ×) that stand for a field's value.

A post asked as a yes/no column (挂职科主任 √), the visits of a spot check (在岗抽查 | 第1次 | 第2次),
and yes/no columns whose header asks for a tick, where a blank means no.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipelines.ingest.form_catalogue import Form, norm_label
from pipelines.ingest.locate_table import Column, Located
from pipelines.ingest.map_columns import match_column
from pipelines.ingest.parse_values import cell_text, is_blank, parse_value


def is_ticked(v: Any) -> bool:
    if is_blank(v):
        return False
    try:
        return bool(parse_value("bool", v))
    except ValueError:
        return cell_text(v) in ("✔", "☑", "●", "■", "v", "V", "x", "X", "*")


# a yes/no column whose header asks for a tick (是否填补县域空白（√）, 打"√"): blank means no
TICK_COLUMN = re.compile(r"[√✓✔☑]|打勾|打钩|勾选")


# 挂职科主任 | 担任副院长 as a √/× column: the post, when ticked
_POST_TICK = re.compile(r"(?:是否)?(?:挂职|担任|兼任|任)(科主任|科室主任|副院长|业务副院长|院长|执行院长|护士长|副主任|主任|科副主任)")


# 在岗抽查 over 第1次 | 第2次 | …, a √/× each: one visit a column
_VISIT = re.compile(r"第?[一二三四五六七八九十\d]{1,2}次(?:抽查)?")


@dataclass
class Ticks:
    posts: dict[int, str]   # column -> the post it asks about
    visits: list[int]       # the spot-check visits' columns


def tick_columns(loc: Located, mapping, form: Form) -> Ticks | None:
    """Columns answered with ticks that stand for a field's value: a post (挂职科主任 √) or the
    visits of a spot check (在岗抽查 | 第1次 √ | 第2次 ×). None when the sheet has none."""
    posts: dict[int, str] = {}
    visits: list[int] = []
    mapped = set(mapping.fields.values())
    for col in loc.columns:
        if col.index in mapped:
            continue
        lower = norm_label(col.lower)
        if "position_at_recipient" in form.fields and "position_at_recipient" not in mapping.fields \
                and (m := _POST_TICK.fullmatch(lower)):
            posts[col.index] = m.group(1)
        elif "spot_checks" in form.fields and "spot_checks" not in mapping.fields and col.upper and _VISIT.fullmatch(lower) \
                and (hit := match_column(Column(col.index, col.upper, ""), form)) and hit[0] == "spot_checks":
            visits.append(col.index)
    return Ticks(posts, visits) if posts or visits else None


def read_ticks(values: dict[str, Any], row: list, ticks: Ticks) -> None:
    if values.get("position_at_recipient") is None:
        for ci, post in ticks.posts.items():
            if ci < len(row) and is_ticked(row[ci]):
                values["position_at_recipient"] = parse_value("position", post)
                break
    if ticks.visits and values.get("spot_checks") is None:
        marks = []
        for ci in ticks.visits:
            if ci < len(row) and not is_blank(row[ci]):
                try:
                    marks.append(bool(parse_value("bool", row[ci])))
                except ValueError:
                    return  # a visit column holding something else: not a tick list, left as it is
        if marks:
            values["spot_checks"], values["spot_checks_present"] = len(marks), sum(marks)

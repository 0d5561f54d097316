"""A stay's real end written in its 备注 rather than in the date columns: an early return
("提前返回，实际于2024年4月19日返回") or an extension ("延期至2024年9月30日"). The remark's date
replaces the row's end date, with a finding that quotes the remark (the columns said
otherwise, so a person should see it). A remark naming no such date changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pipelines.ingest.form_catalogue import norm_label
from pipelines.ingest.parse_dates import DateParseError, parse_date, parse_date_in_year

REMARK_LABELS = frozenset({"备注", "说明", "备注说明", "附注", "情况说明", "变动情况"})

# a day, not a month: "延期至9月" does not say which day the stay ended, and the row's own end stands
_DATE = r"(?:(?:19|20)\d{2}\s*[年./-]\s*)?\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号]?"
# 实际于2024年4月19日返回, 2024年4月19日提前返回, 已于4月19日撤回 — something that happened, said so
# (实际 / 已 / 提前); not 预计2025年2月结业, a plan
_RETURNED = re.compile(rf"(?:(?:实际|已)\s*于?\s*(?P<d>{_DATE})\s*(?:提前)?|(?P<d2>{_DATE})\s*提前)"
                       r"(?:返回|返院|回院|撤回|离岗|撤离|结束派驻|结束进修|结业)")
# 延期至2024年9月30日, 延长到9月底 (not 拟延期至…, 预计延长至…: a plan)
_EXTENDED = re.compile(rf"(?<!预计)(?<!计划)(?<!拟)(?<!申请)(?:延期|延长|顺延|续派|续驻)\s*(?:至|到)\s*"
                       rf"(?P<d>{_DATE}|(?:(?:19|20)\d{{2}}\s*年\s*)?\d{{1,2}}\s*月底)")


# a remark that also says the person came back, or what was planned: the date it names is not the stay's end
_NOT_THE_END = re.compile(r"重新|继续|返岗|回岗|到岗|休假|请假|原定|原计划|计划于")


_QUESTION = re.compile(r"[？?]|是否|请核实|请确认|待核实|待确认|有无")


def end_from_remark(values: dict[str, Any], row: list, labels: list[str], comments: tuple | list = ()) -> tuple[str, str, str] | None:
    """Set ``end_date`` from a remark that states the real end — in a 备注 column, or a comment (批注)
    on one of the row's cells; the finding, or None."""
    start = values.get("start_date")
    if not isinstance(start, dt.date):
        return None
    remarks = [row[c] for c, label in enumerate(labels)
               if c < len(row) and isinstance(row[c], str) and norm_label(label) in REMARK_LABELS]
    for text in [*remarks, *comments]:
        text = text.strip()
        if _QUESTION.search(text):
            continue  # 请核实：是否已于2024年6月28日返回？ asks, it does not say
        m = _RETURNED.search(text) or _EXTENDED.search(text)
        if not m:
            continue
        if re.search(r"预计|计划|拟|将于|申请", text[:m.start()][-4:]) or _NOT_THE_END.search(text):
            continue  # 预计于…结业: what is expected; 5月20日重新到岗, 原定…: not where the stay ended
        day_text = re.sub(r"月底$", "月", (m["d"] or m.groupdict().get("d2") or "").strip())
        try:
            day = parse_date(day_text, end_of_period=True) if re.match(r"(?:19|20)\d{2}", day_text) \
                else parse_date_in_year(day_text, start.year, True)
        except (DateParseError, ValueError):
            return None
        before = values.get("end_date")
        extended = m.re is _EXTENDED
        if day is None or day.value <= start or day.value == before or \
                (isinstance(before, dt.date) and (day.value < before) == extended):
            return None  # an extension ends later than planned, a return earlier — else the remark says something else
        values["end_date"] = day.value
        return ("end_date", "END_FROM_REMARK",
                f"备注“{text[:40]}”：结束日期按备注取 {day.value}（表中为 {before or '空'}），请核对 / the remark gives the end "
                f"date {day.value} (the row said {before or 'nothing'}): please check")
    return None

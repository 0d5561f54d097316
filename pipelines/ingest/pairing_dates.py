"""A pairing's start and end: its own columns, a 支援期限 range, the period in the list's
title or section line, the agreement date — and a 备注 that hands the pairing to another
hospital on a date. ``start_date_source`` records which.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from pipelines.ingest.form_catalogue import norm_label
from pipelines.ingest.remark_dates import REMARK_LABELS
from pipelines.ingest.results import SheetResult
from pipelines.ingest.sheet_context import hospital_names_in


_TITLE_PERIOD = re.compile(r"(20\d\d|19\d\d)\s*年?\s*[—–\-－~～至到]+\s*(20\d\d|19\d\d)\s*年")


def title_period(texts) -> tuple[dt.date, dt.date] | None:
    """The years a pairing list's title gives ("…一览表（2021—2025年）"): 1 Jan to 31 Dec."""
    for t in texts:
        m = _TITLE_PERIOD.search(unicodedata.normalize("NFKC", str(t or "")))
        if m and int(m.group(1)) <= int(m.group(2)):
            return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(2)), 12, 31)
    return None


def pairing_dates(values: dict[str, Any], res: SheetResult, section=None) -> None:
    """A pairing's start: its own column, else the 支援期限 range, else the period in the
    list's title (or in the line of the section the row is in), else the agreement date;
    start_date_source records which. The end comes from the same place when the row has none
    of its own."""
    rng = values.pop("support_period", None)
    title = section or res.notes.get("_title_period")
    if values.get("start_date") is not None:
        values["start_date_source"] = "column"
    elif rng is not None and rng[0] is not None:
        values["start_date"] = rng[0].value if hasattr(rng[0], "value") else rng[0]
        values["start_date_source"] = "support_period"
    elif title is not None:
        values["start_date"] = title[0]
        values["start_date_source"] = "title_period"
    elif values.get("agreement_date") is not None:
        values["start_date"] = values["agreement_date"]
        values["start_date_source"] = "agreement_date"
    if values.get("end_date") is None:
        if rng is not None and rng[1] is not None and values.get("start_date_source") in ("support_period", "column"):
            values["end_date"] = rng[1].value if hasattr(rng[1], "value") else rng[1]
        elif title is not None and values.get("start_date_source") in ("title_period", "agreement_date", "column"):
            values["end_date"] = title[1]


_HANDOVER = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年)?\s*(?P<m>\d{1,2})\s*月(?:(?P<d>\d{1,2})\s*日)?\s*(?:起|开始)?[,，]?\s*(?:改由|转由|由)"
                       r"(?P<h>[\u4e00-\u9fff（）()]{2,30}?)(?:接替|接手|接管|负责|承担|对口支援|支援)"
                       # 2024年6月起调整为澄漪市第一人民医院支援 (realworld152)
                       r"|(?:(?P<y2>(?:19|20)\d{2})\s*年)?\s*(?P<m2>\d{1,2})\s*月(?:(?P<d2>\d{1,2})\s*日)?\s*(?:起|开始)?[,，]?\s*"
                       r"(?:调整为|改为|变更为|调整由)(?P<h2>[\u4e00-\u9fff（）()]{2,30}?)(?:对口支援|支援|帮扶|接替)")




_NEW_PAIRING = re.compile(r"新增|增加|新建|新结对|新纳入")
_ENDED = re.compile(r"撤销|终止|取消|解除|退出|停止")
_ADJUSTED = re.compile(r"调整|变更|更换|接替")  # 调整（原医院退出）: a hand-over, not an end


def adjustment_kind(values: dict[str, Any]) -> bool:
    """An adjustment notice's row by its 调整类型 (realworld119): 新增 is a pairing of the hospital after the
    adjustment from the date on (原支援医院 "—"); 撤销 / 终止 ends the pairing the day before the date — its start is
    the pairing's own, found among the pairings known (resolve_rows.ending_pairings), so the row takes none from the
    list's period. True for such an ending row. 调整 (or no kind) is left to ``adjustment``."""
    kind = values.pop("adjustment_kind", None)
    if not isinstance(kind, str):
        return False
    day = getattr(values.get("adjustment_date"), "value", values.get("adjustment_date"))
    if _NEW_PAIRING.search(kind):
        new = values.pop("new_support_hospital", None)
        if values.get("support_hospital_id") is None and new and hospital_names_in(new) == [new]:
            values["support_hospital_id"] = new
        if isinstance(day, dt.date) and values.get("start_date") is None:
            values["start_date"], values["start_date_source"] = day, "adjustment"
        values.pop("adjustment_date", None)
        return False
    if _ENDED.search(kind) and not _ADJUSTED.search(kind) and isinstance(day, dt.date):
        values.pop("new_support_hospital", None)
        values.pop("adjustment_date", None)
        values.pop("support_period", None)  # (—: the pairing ends, no period of its own)
        values["end_date"] = values.get("end_date") or day - dt.timedelta(days=1)
        return True
    return False


def adjustment(values: dict[str, Any]) -> dict[str, Any] | None:
    """An adjustment notice's row (受援医院 | 原支援医院 | 调整后支援医院 | 调整日期): this row's pairing (the
    former hospital's) ends the day before the date; the pairing of the hospital after the adjustment,
    returned, runs from that date to this one's end. None for a row that adjusts nothing (blank, 不变, 同上);
    ValueError (bilingual) for a hospital after the adjustment without a date."""
    new, day = values.pop("new_support_hospital", None), values.pop("adjustment_date", None)
    day = getattr(day, "value", day)
    if not new or hospital_names_in(new) != [new]:
        return None  # 不变, 同上 (filled from above), 无: the pairing goes on as it was
    if not isinstance(day, dt.date):
        raise ValueError(f"写明了调整后支援医院“{new}”，但没有调整日期，无法确定原结对关系何时结束 / the pairing names the hospital after "
                         f"an adjustment ({new!r}) but no adjustment date: when the former pairing ended cannot be told")
    later = dict(values, support_hospital_id=new, start_date=day, start_date_source="adjustment", agreement_date=None)
    values["end_date"] = day - dt.timedelta(days=1)
    start = getattr(values.get("start_date"), "value", values.get("start_date"))
    if values.get("start_date_source") == "support_period" and isinstance(start, dt.date) and start >= day:
        # the row's 支援期限 is the new state's (2024年7月1日—2025年12月31日): the former pairing's start is its own,
        # found among the pairings known (resolve_rows.ending_pairings)
        values["start_date"] = values["start_date_source"] = None
    return later


def handover(values: dict[str, Any], row: list, labels: list[str]) -> tuple[dict[str, Any], tuple[str, str, str]] | None:
    """A pairing list's 备注 that hands the pairing to another hospital on a date (2024年7月起由省二院接替):
    (the other hospital's pairing from that date to this one's end, the finding on both rows); this
    row's pairing ends the day before. None when the remark says no such thing."""
    start, end = values.get("start_date"), values.get("end_date")
    start = getattr(start, "value", start)
    for c, label in enumerate(labels):
        if norm_label(label) in REMARK_LABELS and c < len(row) and isinstance(row[c], str) and (found := _HANDOVER.search(row[c])):
            m = {k: found[k] or found[f"{k}2"] for k in ("y", "m", "d", "h")}
            if not isinstance(start, dt.date) or hospital_names_in(m["h"]) != [m["h"]]:
                return None  # 由医务科负责日常对接: a department, no hospital taking the pairing over
            try:
                day = dt.date(int(m["y"] or start.year), int(m["m"]), int(m["d"] or 1))
            except ValueError:
                return None
            end_v = getattr(end, "value", end)
            if day <= start or (isinstance(end_v, dt.date) and day > end_v):
                return None
            later = dict(values, support_hospital_id=m["h"], start_date=day, start_date_source="remark", agreement_date=None)
            values["end_date"] = day - dt.timedelta(days=1)
            note = ("support_hospital_id", "HANDOVER_FROM_REMARK",
                    f"备注“{row[c].strip()[:40]}”：{day} 起由{m['h']}接替，原结对关系至前一日止，请核对 / the remark hands the pairing to "
                    f"{m['h']} from {day}: the earlier pairing ends the day before; please check")
            return later, note
    return None

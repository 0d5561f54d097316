"""An end date before its start: a finding, or an end typed 2024.1 read as October."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pipelines.ingest.parse_dates import add_months


def date_order(values: dict[str, Any], row: list, mapping) -> tuple[str, str, str] | None:
    """An end before its start: a finding (doubtful but usable). An end typed as the number
    2024.1 (Excel keeps 2024.10 as 2024.1) that only makes sense as October is read as October,
    with a finding that says so."""
    start, end = values.get("start_date"), values.get("end_date")
    if not (isinstance(start, dt.date) and isinstance(end, dt.date)) or end >= start:
        return None
    ci = mapping.fields.get("end_date")
    cell = row[ci] if ci is not None and ci < len(row) else None
    if isinstance(cell, float) and 1900 < cell < 2100 and repr(cell).endswith(".1"):
        october = add_months(dt.date(int(cell), 10, 1), 1)  # its last day
        if october >= start:
            values["end_date"] = october
            return ("end_date", "MONTH_READ_AS_OCTOBER",
                    f"结束年月 {cell} 按 {int(cell)}.10（10月）读取：Excel 把数字 {int(cell)}.10 存为 {cell}，按1月则早于开始日期，请核对 / "
                    f"the end {cell} was read as {int(cell)}.10 (October): Excel keeps the number {int(cell)}.10 as {cell}, and "
                    "January would be before the start; please check")
    return ("end_date", "END_BEFORE_START", f"结束日期 {end} 早于开始日期 {start}，请核对 / the end date {end} is before the start date {start}: please check")

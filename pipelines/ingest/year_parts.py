"""A county's inpatient flow reported by quarter or by month (第一季度 … 第四季度; 2024年1月 … 12月)
where the table's grain is the year (county_inpatient_stats: one row per county and year).

Admissions are counts, so a whole year's figure is the sum of its parts — when every part is there
(four quarters, or twelve months) and every part gives the counts. The rows become one record whose
``source_rows`` are all of them. A year with parts missing, or a part without its counts, is no year's
figure: its rows are held (``PART_OF_YEAR``) rather than one part stored as the year (a month's
admissions curated as the year's would be silently wrong).
"""
from __future__ import annotations

import re

from pipelines.ingest.results import Quarantined, Record

CODE = "PART_OF_YEAR"
SUMMED = ("resident_admissions", "resident_admissions_outside_county")


_WHOLE = re.compile(r"全年|合计|总计|小计|累计|年度|1\s*[-—–~至到]\s*12\s*月")


def whole_years(records: list[Record], parts: dict[int, tuple[int | None, str, int]],
                quarantined: list[Quarantined], nondata: list[tuple[int, str, str]], part_label: str | None = None) -> list[Record]:
    """The records of a county table by quarter or month (``parts``: source row -> part), summed into one
    record per county and year when the year is whole; the others held with their reason. A row of the
    same county and year whose period says the whole (全年, 小计, 1-12月) beside the parts is their total: not
    data (kind ``total``); one whose period is blank or unreadable is held; a county-year with no parts at
    all is a year's row and stays as it is."""
    groups: dict[tuple, list[Record]] = {}
    for rec in records:
        v = rec.values
        groups.setdefault((v.get("county_code"), v.get("county_name"), v.get("year")), []).append(rec)
    out: list[Record] = []
    for key, group in groups.items():
        recs = [r for r in group if r.source_row in parts]
        if not recs:
            out.extend(group)
            continue
        for r in group:
            if r.source_row in parts:
                continue
            said = str((r.raw or {}).get(part_label or "", "") or "")
            if _WHOLE.search(said):  # 全年, 小计, 1-12月 beside the parts: their total
                nondata.append((r.source_row, "total", " ".join(str(x) for x in (r.raw or {}).values() if x)))
            else:  # a part whose 季度 / 月份 is blank or unreadable: not to be guessed
                quarantined.append(Quarantined(r.source_row, r.raw, "MISSING_VALUE", f"表按季度或月份填报，本行缺少季度/月份“{said}” / "
                                               f"the table is by quarter or month and this row's is missing or unreadable: {said!r}",
                                               r.source_rows))
        _, name, year = key
        kinds = {parts[r.source_row][1] for r in recs}
        numbers = sorted(parts[r.source_row][2] for r in recs)
        kind = kinds.pop() if len(kinds) == 1 else None
        whole = kind is not None and numbers == list(range(1, (4 if kind == "Q" else 12) + 1))
        counted = all(r.values.get(f) is not None for r in recs for f in SUMMED)
        if whole and counted:
            first = min(recs, key=lambda r: r.source_row)
            values = dict(first.values)
            for f in SUMMED:
                values[f] = sum(r.values[f] for r in recs)
            rows = tuple(sorted(x for r in recs for x in r.rows()))
            out.append(Record(first.source_row, values, first.raw_dict, source_rows=rows, cells=first.cells,
                              labels=first.labels, findings=[f for r in recs for f in (r.findings or ())] or None,
                              defaulted=first.defaulted))
            continue
        unit = "季度" if kind == "Q" else "月"
        if not whole:
            have = "、".join(f"{n}{unit}" if kind == "M" else f"第{n}季度" for n in numbers) if kind else "季度与月份混写"
            why = (f"{name or ''}{year or ''}年只有{have}的数据，不是全年，无法得出年度住院人次 / only part of {year}'s "
                   f"{'quarters' if kind == 'Q' else 'months'} ({', '.join(map(str, numbers))}): not a whole year's admissions")
        else:
            why = (f"{name or ''}{year or ''}年有{unit}份缺少住院人次，无法相加得出全年 / a part of {year} lacks its admissions: "
                   "the year cannot be summed")
        for r in recs:
            quarantined.append(Quarantined(r.source_row, r.raw, CODE, why, r.source_rows))
    return out

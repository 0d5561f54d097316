"""A medical-insurance settlement export of inpatient flows (医保 住院结算人次, 按参保地、就医地): one row per pair of
places — where the patients are insured (their county of residence) and where they were treated, by 行政区划代码.

For each insured county it gives the contract's county_inpatient_stats: all its residents' admissions (every row of
that 参保地) and those outside the county (the rows whose 就医地 is another place). A year's figure only from a
whole year's export (统计期间 1 January to 31 December); another period is held PART_OF_YEAR. Column words are data
(forms.yaml ``settlement_flow_columns``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipelines.catalogue import load_yaml
from pipelines.ingest.form_catalogue import norm_label
from pipelines.ingest.parse_dates import parse_date_range
from pipelines.ingest.parse_values import cell_text, parse_value
from pipelines.ingest.results import Quarantined, Record, SheetResult

_CODE = re.compile(r"\d{6}")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    spec = load_yaml("forms.yaml").get("settlement_flow_columns", {})
    return {k: frozenset(norm_label(x) for x in v) for k, v in spec.items()}


def flow_header(grid: list[list[Any]]) -> tuple[int, int, int, int] | None:
    """(header row, 参保地 column, 就医地 column, count column) of such an export, else None."""
    w = _words()
    for i, row in enumerate(grid[:12]):
        labels = [norm_label(cell_text(v)) for v in row]
        cols = [next((c for c, t in enumerate(labels) if t in w.get(k, ())), None) for k in ("origin", "destination", "count")]
        if None not in cols:
            return i, *cols  # type: ignore[return-value]
    return None


def _year(texts: list[str]) -> tuple[int | None, str | None]:
    """(year, None) for a whole calendar year's period line; (None, the period) for any other period."""
    for t in texts:
        m = re.search(r"(?:统计期间|统计时段|结算期间|期间)\s*[:：]\s*(.+)$", t)
        if not m:
            continue
        try:
            rng = parse_date_range(m.group(1).strip())
        except ValueError:
            return None, m.group(1).strip()
        if rng and rng[0] and rng[1] and (a := rng[0].value, b := rng[1].value) and \
                (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
            return a.year, None
        return None, m.group(1).strip()
    years = {int(y) for t in texts for y in re.findall(r"(20\d{2})年", t)}
    return (years.pop(), None) if len(years) == 1 else (None, None)


def build(res: SheetResult, grid: list[list[Any]], header: tuple[int, int, int, int], texts: list[str]) -> None:
    """The export's county-years as records; its title and period lines, header, 合计 and 导出时间 lines as non-data."""
    h, oc, dc, nc = header
    res.form_type = "county_inpatient_stats"
    year, other = _year(texts)
    by_county: dict[str, list[int]] = {}
    counts: dict[int, int] = {}
    for i, row in enumerate(grid):
        cells = [cell_text(v).strip() for v in row]
        if i < h:
            if any(cells):
                res.nondata.append((i + 1, "title" if i == 0 else "meta", " ".join(c for c in cells if c)))
            continue
        if i == h:
            res.nondata.append((i + 1, "header", " ".join(c for c in cells if c)))
            continue
        if not any(cells):
            res.nondata.append((i + 1, "blank", ""))
            continue
        origin, dest = (cells[c] if c < len(cells) else "" for c in (oc, dc))
        if not _CODE.fullmatch(origin):
            kind = "total" if re.match(r"^(合计|总计|小计)", origin) else "note"
            res.nondata.append((i + 1, kind, " ".join(c for c in cells if c)))
            continue
        raw = {"参保地": origin, "就医地": dest, "人次": cells[nc] if nc < len(cells) else ""}
        try:
            n = parse_value("int", row[nc] if nc < len(row) else None)
        except ValueError as exc:
            res.quarantined.append(Quarantined(i + 1, raw, "UNPARSEABLE_VALUE", str(exc)))
            continue
        if not _CODE.fullmatch(dest) or n is None:
            res.quarantined.append(Quarantined(i + 1, raw, "MISSING_VALUE", "就医地代码或人次缺失 / the place of treatment or the "
                                                                           "count is missing"))
            continue
        counts[i] = n
        by_county.setdefault(origin, []).append(i)
    for code, rows in by_county.items():
        src = tuple(i + 1 for i in rows)
        raw = {"参保地": code, "行数": str(len(rows))}
        if year is None:
            res.quarantined.append(Quarantined(src[0], raw, "PART_OF_YEAR", f"统计期间“{other or '（未写明）'}”不是一个完整年度，不能作为全年数 / "
                                                                          f"the period {other!r} is not a whole year", src))
            continue
        outside = sum(counts[i] for i in rows if cell_text(grid[i][dc]).strip() != code)
        values = {"county_code": code, "year": year, "county_name": None,
                  "resident_admissions": sum(counts[i] for i in rows), "resident_admissions_outside_county": outside}
        res.records.append(Record(src[0], values, raw, src))
    res.period = str(year) if year else res.period

"""Statistics in long ('tidy') format, as a data warehouse or BI tool exports them: one row per
hospital, month and indicator —

    机构名称       | 统计月份 | 指标代码 | 指标名称   | 指标值 | 单位
    岚口县人民医院 | 2024-07  | MZ001    | 门急诊人次 | 1.6655 | 万人次
    岚口县人民医院 | 2024-07  | ZY002    | 出院人次   | 1081   | 人次

(or a county's inpatient flow: 县区 | 年度 | 指标 | 数值 | 单位). One record per hospital-month (or
county-year): its rows are grouped by the key columns the form maps, each indicator the form names
becomes its field, a value in 万 units is scaled, a rate the form lists as derived belongs to the
record and is not stored, and an indicator the tables do not hold (床位使用率, 平均住院日, a year's
running total, a growth rate) is held UNKNOWN_INDICATOR, as in a cross-tab (years_as_columns.py).
The column labels are data (forms.yaml ``long_format_columns``)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest.form_catalogue import Form, forms, norm_label
from pipelines.ingest.locate_table import Located
from pipelines.ingest.map_columns import Mapping, map_columns
from pipelines.ingest.parse_values import cell_text, is_blank

LONG_FORMS = ("hospital_monthly_stats", "county_inpatient_stats")
# the key fields a long sheet's rows are grouped by (every other column is about the indicator or the export)
_KEYS = {"hospital_monthly_stats": ("recipient_hospital_id", "year", "month", "year_month"),
         "county_inpatient_stats": ("county_name", "county_code", "year")}


@lru_cache(maxsize=1)
def _labels() -> dict[str, frozenset[str]]:
    spec = load_yaml("forms.yaml").get("long_format_columns", {})
    return {role: frozenset(norm_label(x) for x in words) for role, words in spec.items()}


def long_columns(loc: Located) -> tuple[int, int, int | None, frozenset[int]] | None:
    """(indicator column, value column, unit column or None, the indicator's other columns — its
    code, 统计口径) of a long sheet, else None."""
    roles: dict[str, int] = {}
    for col in loc.columns:
        label = norm_label(col.lower)
        for role, words in _labels().items():
            if role != "not_the_figure" and label in words and role not in roles:
                roles[role] = col.index
    if "indicator" not in roles or "value" not in roles:
        return None
    others = frozenset(roles[r] for r in roles if r not in ("indicator", "value", "unit"))
    return roles["indicator"], roles["value"], roles.get("unit"), others


def classify_long(loc: Located, label_field) -> tuple[Form, Mapping, dict[int, str], tuple] | None:
    """The form a long sheet holds, its key columns, row -> field of the rows whose indicator the
    form names, and its long_columns; None for any other sheet."""
    cols = long_columns(loc)
    if cols is None:
        return None
    ind, val, unit, others = cols
    best = None
    for name in LONG_FORMS:
        form = forms()[name]
        mapped = map_columns([c for c in loc.columns if c.index not in {ind, val, unit, *others}], form)
        keys = Mapping(name, {f: c for f, c in mapped.fields.items() if f in _KEYS[name]},
                       {f: m for f, m in mapped.methods.items() if f in _KEYS[name]})
        rows = {}
        for i in loc.data_rows:
            row = loc.grid[i]
            text = cell_text(row[ind]) if ind < len(row) else ""
            f = field_of(text, form, label_field)
            if f:
                rows[i] = f  # (a second row for one field of a group is held: build_rows._build_long)
        if len(set(rows.values())) >= 2 and (best is None or len(rows) > len(best[2])):
            best = (form, keys, rows, cols)
    return best


def field_of(text: str, form: Form, label_field) -> str | None:
    """The count field an indicator names, never a running total or a change (出院人数（本年累计）,
    门急诊人次同比增长: the month's own figure is another row), nor a guess (急诊人次 is not 门急诊人次)."""
    from pipelines.ingest.map_columns import match_label

    if not text or any(w in text for w in _labels().get("not_the_figure", ())):
        return None
    hit = match_label(text, form)
    return label_field(text, form) if hit is not None and hit[1] != "fuzzy" else None


def scale(unit: object) -> int:
    """万人次 → 10000, 千 → 1000, else 1."""
    u = norm_label(cell_text(unit)) if not is_blank(unit) else ""
    return 10000 if u.startswith("万") else 1000 if u.startswith("千") else 1


def group_rows(loc: Located, keys: Mapping) -> list[tuple[tuple, list[int]]]:
    """The data rows grouped by their key cells, in the order each group first appears (an export
    need not keep a hospital-month's rows together)."""
    cols = sorted(keys.fields.values())
    out: dict[tuple, list[int]] = {}
    above: list[str] = [""] * len(cols)
    for i in loc.data_rows:
        row = loc.grid[i]
        # a key cell left blank under the same hospital or month (an export's 同上) is the one above
        k = tuple(re.sub(r"\s+", "", cell_text(row[c])) if c < len(row) else "" for c in cols)
        k = tuple(v or a for v, a in zip(k, above))
        above = list(k)
        out.setdefault(k, []).append(i)
    return list(out.items())

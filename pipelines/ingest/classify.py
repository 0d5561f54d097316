"""Stage 3: decide which form (curated table) a sheet is.

Each form in the catalogue is tried: its columns are mapped and scored (required fields
count most), a form title in the sheet title or name adds weight. Months-as-columns sheets
(指标 × 1月…12月) are recognised by their row labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from pipelines.ingest.form_catalogue import Form, forms, norm_label, strip_label
from pipelines.ingest.locate_table import Located, period_split
from pipelines.ingest.sheet_context import hospital_names_in
from pipelines.ingest.map_columns import Mapping, _match, map_columns
from pipelines.ingest.parse_values import cell_text

# A required field is also satisfied by one of these (a single 起止时间 column gives both dates).
ALTERNATIVES = {"start_date": ("period_range", "duration"), "year": ("year_month",), "month": ("year_month",)}
MIN_SCORE = 4


@dataclass
class Classification:
    form: str | None
    mapping: Mapping | None
    score: float
    missing_required: list[str] = field(default_factory=list)
    wide: bool = False
    wide_rows: dict[int, str] = field(default_factory=dict)  # row index -> field (months-as-columns)
    vertical_rows: dict[int, tuple[str, int]] = field(default_factory=dict)  # row -> (field, value column): label | value sheets
    # column groups by period (2021年 | 2022年 over the same fields, 7月得分 | 8月得分): period -> mapping
    groups: dict[tuple, Mapping] = field(default_factory=dict)
    candidates: list[tuple[str, float]] = field(default_factory=list)


def _title_bonus(form: Form, hay: list[str]) -> float:
    """A form title (派驻人员名册, …) in the sheet's title, name or top lines."""
    for nt in _norm_titles(form.name):
        if any(nt in h for h in hay):
            return 4.0
    return 0.0


@lru_cache(maxsize=None)
def _norm_titles(form_name: str) -> tuple[str, ...]:
    return tuple(norm_label(t) for t in forms()[form_name].titles)


def missing_required(form: Form, mapping: Mapping, period_known: bool, sheet_fields: set[str] = frozenset()) -> list[str]:
    """Required fields with no column, no alternative column, no sheet-level value and no default."""
    out = []
    given = set(mapping.fields) | set(sheet_fields)
    for f in form.fields.values():
        if not f.required or f.name in given or f.default:
            continue
        if any(a in given for a in ALTERNATIVES.get(f.name, ())):
            continue
        if f.type in ("year", "month") and period_known:
            continue
        out.append(f.name)
    return out


def sheet_fields(loc: Located, form: Form, mapping: Mapping | None) -> dict[str, str]:
    """Fields given once for the whole sheet by "key：value" lines above the table, when the
    table has no such column (受援医院：石桥县人民医院, 考核月份：2023年5月)."""
    out: dict[str, str] = {}
    mapped = set(mapping.fields) if mapping else set()
    for key, val in loc.meta.pairs:
        hit = _match(key, "", form.name)
        if not hit or hit[1] == "fuzzy":
            continue
        fname = hit[0]
        if fname in mapped or fname in out:
            continue
        if form.fields[fname].type == "hospital" and not hospital_names_in(val):
            continue  # "单位：人次" is a unit of measure, not a hospital
        out[fname] = val
    return out


def _label_field(text: str, form: Form) -> str | None:
    """The count field a row label names (门急诊人次, 出院患者数, 转出人次（外转）...)."""
    hit = _match(text, "", form.name)
    if hit and form.fields[hit[0]].type == "int":
        return hit[0]
    return None


def _wide_rows(loc: Located, form: Form) -> dict[int, str]:
    """Row index -> field for months-as-columns sheets: the label is in the first columns."""
    first_month_col = min(loc.wide_months)
    rows = {}
    for i in loc.data_rows:
        for c in range(first_month_col):
            t = cell_text(loc.grid[i][c])
            if t:
                f = _label_field(t, form)
                if f and f not in rows.values():
                    rows[i] = f
                break
    return rows


def _vertical_rows(loc: Located, form: Form) -> dict[int, tuple[str, int]]:
    """Rows of a "label | value" sheet: the first cell names a count, the next cell holds it."""
    rows: dict[int, tuple[str, int]] = {}
    for i in loc.data_rows:
        row = loc.grid[i]
        cells = [(c, v) for c, v in enumerate(row) if cell_text(v)]
        if len(cells) < 2:
            continue
        (c0, label), (c1, value) = cells[0], cells[1]
        f = _label_field(cell_text(label), form)
        if f and f not in {x[0] for x in rows.values()}:
            rows[i] = (f, c1)
    return rows


def _classify_groups(loc: Located, sheet_name: str) -> Classification | None:
    """Columns grouped by period: one record per row and period, the period giving year/month.
    Without this, only one group's columns would be read and stored under one year."""
    splits: dict[tuple, list[tuple[int, str]]] = {}
    for col in loc.columns:
        ps = period_split(col)
        if ps and ps[1]:
            splits.setdefault(ps[0], []).append((col.index, ps[1]))
    if len(splits) < 2:
        return None
    grouped_cols = {ci for cols in splits.values() for ci, _ in cols}
    base_cols = [c for c in loc.columns if c.index not in grouped_cols]
    best = None
    for form in forms().values():
        needs_month = any(p[0] == "M" for p in splits)
        if "year" not in form.fields or (needs_month and "month" not in form.fields):
            continue
        base = map_columns(base_cols, form)
        groups: dict[tuple, Mapping] = {}
        for period, cols in splits.items():
            m = Mapping(form.name, fields=dict(base.fields), methods=dict(base.methods))
            for ci, rest in cols:
                hit = _match(rest, "", form.name)
                if hit and hit[0] not in m.fields and form.fields[hit[0]].type in ("int", "decimal", "money", "bool"):
                    m.fields[hit[0]] = ci
                    m.methods[hit[0]] = (rest, hit[1], hit[2])
            if len(m.fields) > len(base.fields):
                groups[period] = m
        if len(groups) < 2:
            continue
        score = sum(3.0 if form.fields[f].required else 1.0 for f in next(iter(groups.values())).fields)
        if best is None or score > best[0]:
            best = (score, form, base, groups)
    if best is None:
        return None
    score, form, base, groups = best
    sample = next(iter(groups.values()))
    missing = [f for f in missing_required(form, sample, True, set(sheet_fields(loc, form, sample)))]
    return Classification(form.name, base, score, missing, groups=groups)


def classify(loc: Located, sheet_name: str) -> Classification:
    if loc.vertical:
        best: tuple[int, str, dict] = (0, "", {})
        for form in forms().values():
            rows = _vertical_rows(loc, form)
            if len(rows) > best[0]:
                best = (len(rows), form.name, rows)
        n_counts = sum(1 for f in forms()[best[1]].fields.values() if f.type == "int") if best[1] else 0
        if best[0] >= 3 or (best[0] >= 2 and best[0] >= n_counts):  # a form with two counts (county stats)
            return Classification(best[1], None, float(best[0]), vertical_rows=best[2])
        return Classification(None, None, 0.0)
    if not loc.found:
        return Classification(None, None, 0.0)
    hay = [norm_label(t) for t in (loc.meta.title, sheet_name, *loc.meta.texts[:3]) if t]
    period_known = loc.meta.period_text is not None
    grouped = _classify_groups(loc, sheet_name)
    if grouped is not None:
        return grouped
    if loc.wide_months:
        form = forms()["hospital_monthly_stats"]
        rows = _wide_rows(loc, form)
        if len(rows) >= 2:
            return Classification(form.name, Mapping(form.name), 10.0 + len(rows), [], wide=True, wide_rows=rows)
    scored: list[tuple[float, str, Mapping, list[str]]] = []
    for form in forms().values():
        mapping = map_columns(loc.columns, form, skip=set(loc.wide_months))
        score = 0.0
        for fname in mapping.fields:
            f = form.fields[fname]
            w = 3.0 if f.required else 2.0 if f.key else 1.0
            if mapping.methods[fname][1] == "fuzzy":
                w *= 0.5
            score += w
        score += _title_bonus(form, hay)
        missing = missing_required(form, mapping, period_known, set(sheet_fields(loc, form, mapping)))
        score -= 2.0 * len(missing)
        scored.append((score, form.name, mapping, missing))
    scored.sort(key=lambda t: -t[0])
    best_score, best_form, mapping, missing = scored[0]
    cands = [(n, s) for s, n, _, _ in scored[:3]]
    if best_score < MIN_SCORE:
        return Classification(None, None, best_score, candidates=cands)
    return Classification(best_form, mapping, best_score, missing, candidates=cands)

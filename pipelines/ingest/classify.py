"""Stage 3: decide which form (curated table) a sheet is.

Each form in the catalogue is tried: its columns are mapped and scored (required fields
count most), a form title in the sheet title or name adds weight. Months-as-columns sheets
(指标 × 1月…12月) are recognised by their row labels.
"""

from __future__ import annotations

import re
import unicodedata

from dataclasses import dataclass, field
from functools import lru_cache

from pipelines.ingest.parse_values import is_date_range
from pipelines.ingest.section_rows import all_section_fields
from pipelines.ingest.form_catalogue import (COUNT_HEADER, YEAR_TOTAL_WORDS, Form, all_labels, forms, norm_label, running_totals, strip_label,
                                             this_period_words)
from pipelines.ingest.locate_table import Located, month_header, period_split, unit_of, wide_month_columns
from pipelines.ingest.sheet_context import hospital_names_in
from pipelines.ingest.map_columns import Mapping, _match, map_columns
from pipelines.ingest.parse_values import activity_type_of_label, cell_text, is_blank, parse_value
from pipelines.ingest.resolve_hospitals import hospital_key, is_county_short_name
from pipelines.ingest.long_format import LONG_FORMS, classify_long
from pipelines.ingest.years_as_columns import measure_rows, year_columns, yearly_forms

# A required field is also satisfied by one of these (a single 起止时间 column gives both dates).
REPORTER_KEY = re.compile(r"^(填报|报送|填表|制表|统计|上报)(单位|机构|医院|科室|部门)|^单位名称$|^单位$")
ALTERNATIVES = {"start_date": ("period_range", "duration"), "year": ("year_month", "year_part"), "month": ("year_month",),
                "resident_admissions": ("admissions_inside_county",)}
MIN_SCORE = 4


@dataclass
class Classification:
    form: str | None
    mapping: Mapping | None
    score: float
    missing_required: list[str] = field(default_factory=list)
    wide: bool = False
    wide_rows: dict[int, str] = field(default_factory=dict)  # row index -> field (months-as-columns)
    wide_hospital_col: int | None = None  # months as columns for several hospitals: the column naming each row's hospital
    # months as columns printed in blocks (1月…6月, then 指标 | 7月…12月 below): a block's header row -> its
    # (column -> month, column -> year), and each indicator row under such a header -> that header's row
    wide_block_headers: dict[int, tuple[dict[int, int], dict[int, int]]] = field(default_factory=dict)
    wide_row_block: dict[int, int] = field(default_factory=dict)
    year_cols: dict[int, int] = field(default_factory=dict)  # years as columns (years_as_columns.py): column -> year
    measure_col: int | None = None        # years as columns: the column naming each row's measure
    long_cols: tuple | None = None        # long format (long_format.py): indicator, value, unit columns and the indicator's others
    vertical_rows: dict[int, list[tuple[str, int, int]]] = field(default_factory=dict)  # row -> [(field, label col, value col)]
    # column groups by period (2021年 | 2022年 over the same fields, 7月得分 | 8月得分): period -> mapping
    groups: dict[tuple, Mapping] = field(default_factory=dict)
    # tick-box columns, one per activity type (活动形式（打√）→ 学术讲座 | 教学查房 | …): column -> type
    onehot: dict[int, str] = field(default_factory=dict)
    candidates: list[tuple[str, float]] = field(default_factory=list)


def _title_bonus(form: Form, hay: str) -> float:
    """A form title (派驻人员名册, …) in the sheet's title, name or top lines (normalised texts
    joined by newlines: normalised titles hold no whitespace, so none matches across two)."""
    if not hay:
        return 0.0
    for nt in _norm_titles(form.name):
        if nt in hay:
            return 4.0
    # 派驻各受援单位人员花名册 is no catalogue title, but 派驻 says staff sent, not trainees taken in
    return 2.0 if any(w in hay for w in _norm_words(form.name)) else 0.0


@lru_cache(maxsize=None)
def _norm_words(form_name: str) -> tuple[str, ...]:
    return tuple(norm_label(t) for t in forms()[form_name].title_words)


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
        if REPORTER_KEY.match(unicodedata.normalize("NFKC", key)):
            continue  # 填报单位 is who filled the form in (the reporter), not a field of its rows
        # 第一批　下派时间：2024年1月至6月 above a batch's own header: the batch's 下派时间
        k = key.strip()
        if k.startswith("第"):
            k = _BATCH_KEY.sub("", unicodedata.normalize("NFKC", k))
        hit = _match(k, "", form.name)
        if not hit or hit[1] == "fuzzy":
            continue
        fname = hit[0]
        if fname in ("start_date", "end_date") and "period_range" in form.fields and "period_range" not in mapped \
                and is_date_range(val):
            fname = "period_range"  # the whole stay under a start's label (下派时间：2024年1月至6月)
        if fname in mapped or fname in out:
            continue
        if form.fields[fname].type == "hospital" and not hospital_names_in(val) and not is_county_short_name(hospital_key(val)):
            continue  # "单位：人次" is a unit of measure, not a hospital (县医院 is one: the county's, resolved later)
        out[fname] = val
    return out


def _label_field(text: str, form: Form) -> str | None:
    """The count field a row label names (门急诊人次, 出院患者数, 转出人次（外转）...)."""
    hit = _match(text, "", form.name)
    if hit and form.fields[hit[0]].type == "int":
        return hit[0]
    return None


_UNITS = frozenset({"人次", "台次", "人", "人数", "例", "例次", "%", "次", "张", "天", "日", "床日", "个", "项", "元", "万元", "千元",
                    "台", "床", "人/日", "元/人次", "万人次", "万人", "千人次", "台数", "例数"})


def units_only(loc: Located, col: int) -> bool:
    """Whether a column holds only units of measure (人次, 台次, 万人次 …)."""
    texts = [cell_text(loc.grid[i][col]).strip() for i in loc.data_rows if col < len(loc.grid[i]) and not is_blank(loc.grid[i][col])]
    return bool(texts) and all(unicodedata.normalize("NFKC", t) in _UNITS for t in texts)


def _wide_rows(loc: Located, form: Form) -> tuple[dict[int, str], int | None, dict, dict[int, int]]:
    """Row index -> field for months-as-columns sheets: the label is in the first columns. When
    a column before the months names the hospital (受援单位 | 指标 | 1月 | 2月 …, the hospital merged
    down its rows), each hospital has its own rows: (rows, that column). A line of month headers
    inside the body (a landscape form printed in two blocks: 1月…6月, then 指标 | 7月…12月 below,
    realworld124) heads the rows under it: (…, block header row -> its months, row -> its block)."""
    first_month_col = min(loc.wide_months)
    hcol = map_columns([c for c in loc.columns if c.index < first_month_col], form).fields.get("recipient_hospital_id")
    if hcol is not None and units_only(loc, hcol):
        hcol = None  # 指标 | 单位 | 1月 …: the 单位 column holds 人次, 台次 — units of measure, not hospitals
    rows: dict[int, str] = {}
    seen: set[tuple] = set()
    blocks: dict[int, tuple[dict[int, int], dict[int, int]]] = {}
    row_block: dict[int, int] = {}
    block = None
    for i in loc.data_rows:
        row = loc.grid[i]
        months = _month_header_row(row, first_month_col, form)
        if months is not None:
            blocks[i] = months
            block = i
            seen = set()  # the next block names the same indicators again
            continue
        for c in range(first_month_col):
            if c == hcol:
                continue
            t = cell_text(row[c]) if c < len(row) else ""
            if t:
                f = _label_field(t, form)
                whose = cell_text(row[hcol]) if hcol is not None and hcol < len(row) else None
                if f and (whose, f) not in seen:
                    seen.add((whose, f))
                    rows[i] = f
                    if block is not None:
                        row_block[i] = block
                break
    return rows, hcol, blocks, row_block


def _month_header_row(row: list, first_month_col: int, form: Form) -> tuple[dict[int, int], dict[int, int]] | None:
    """A body row that heads months again (指标 | 7月 | 8月 …): its (column -> month, column -> year), else None.
    Every text from the months' first column on names a month in words (7月, 2024年7月 — a bare 7 is a
    count), at least two, none twice (a year's total beside them is allowed); the label before them
    names no indicator."""
    months: dict[int, int] = {}
    years: dict[int, int] = {}
    for c in range(first_month_col, len(row)):
        v = row[c]
        if is_blank(v):
            continue
        if not isinstance(v, str):
            return None
        t = unicodedata.normalize("NFKC", v).strip()
        m = month_header(t) if "月" in t or "-" in t else None
        if m is None:
            if (label := norm_label(t)) in YEAR_TOTAL_WORDS or label in ("合计", "总计"):
                continue
            return None
        months[c] = m
        y = re.match(r"((?:19|20)\d{2})", t)
        if y:
            years[c] = int(y.group(1))
    if len(months) < 2 or len(set(months.values())) < len(months):
        return None
    lead = [cell_text(row[c]) for c in range(min(first_month_col, len(row))) if not is_blank(row[c])]
    if any(_label_field(t, form) for t in lead):
        return None
    return months, years


_LEADING_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年(?:度)?\s*(?=[\u4e00-\u9fff]{4})")


def _this_period_column(loc: Located) -> int | None:
    """指标 | 单位 | 本月 | 本年累计 over the indicators: the column of the month's own figure
    (forms.yaml this_period_columns), when a line above the figures heads them so."""
    for i in loc.data_rows[:3]:
        hits = [c for c, v in enumerate(loc.grid[i]) if c > 0 and isinstance(v, str) and norm_label(v) in this_period_words()]
        if len(hits) == 1:
            return hits[0]
    return None


def vertical_rows(loc: Located, form: Form, each_once: bool = True) -> dict[int, list[tuple[str, int, int]]]:
    """Label | value pairs, one or several per row (项目 | 数量; 姓  名 | 郑伟 | 性  别 | 男):
    row -> [(field, label column, value column)]. A label is taken only if the cell after it
    is not itself a label; each field once (the first), or — ``each_once`` False, for forms
    stacked one under another — once per row."""
    rows: dict[int, list[tuple[str, int, int]]] = {}
    seen: set[str] = set()
    this_period = _this_period_column(loc)
    year = (loc.meta.period_text or "")[:4] or None
    for i in loc.data_rows:
        if not each_once:
            seen = set()
        cells = [(c, v) for c, v in enumerate(loc.grid[i]) if cell_text(v)]
        for k, (c, v) in enumerate(cells):
            label, colon, rest = cell_text(v).partition("：") if "：" in cell_text(v) else cell_text(v).partition(":")
            if colon and rest.strip():  # 派驻时间：2023年1月5日至6月30日 — label and value in one cell
                f = _pair_field(label.strip(), form)
                if f:
                    if f not in seen:
                        rows.setdefault(i, []).append((f, c, c))  # value column == label column: the text after the colon
                        seen.add(f)
                    continue
            if k + 1 >= len(cells):
                break
            f = _pair_field(cell_text(v), form, year)
            if not f or f in seen:
                continue
            value_at = k + 1
            if this_period is not None and this_period > c:
                # under 本月; a blank 本月 is no figure (the 本年累计 beside it is never the month's)
                value_at = next((j for j, (cj, _) in enumerate(cells) if cj == this_period), None)
                if value_at is None:
                    continue
            elif unit_of(cell_text(cells[value_at][1])) is not None and value_at + 1 < len(cells):
                value_at += 1  # 门急诊人次 | 人次 | 16800: the unit, then the figure
            nxt = cell_text(cells[value_at][1])
            if _pair_field(nxt, form):
                continue
            if form.fields[f].type == "hospital" and not hospital_names_in(nxt):
                continue  # 受援医院意见 | 同意备案 is not a hospital
            rows.setdefault(i, []).append((f, c, cells[value_at][0]))
            seen.add(f)
    return rows


def _pair_field(text: str, form: Form, year: str | None = None) -> str | None:
    if year and text.strip().startswith(year):  # 2014年县域外住院人次 on the 2014 sheet: the year qualifies the label
        text = _LEADING_YEAR.sub("", text)  # (2023年住院总人次 on a 2024 sheet is another year's: never read as this one's)
    if len(text) > 20 or re.search(r"\d", text):
        return None
    hit = _match(text, "", form.name)
    return hit[0] if hit and hit[1] != "fuzzy" or (hit and hit[2] >= 88) else None


_PLACE_GROUP = re.compile(r"[\u4e00-\u9fff]{2,6}(?:镇|乡|街道|社区)")


def _classify_hospital_groups(loc: Located) -> Classification | None:
    """Columns grouped by hospital (石桥镇卫生院 | 白沙乡卫生院 over 门急诊人次 | 出院人数 …, the
    months down the rows): one record per row and hospital, the group header naming the row's
    recipient. Only for counts, and only when two groups or more read the same fields."""
    splits: dict[str, list[tuple[int, str]]] = {}
    others: dict[str, list[tuple[int, str]]] = {}
    for col in loc.columns:
        up = unicodedata.normalize("NFKC", col.upper or "").strip()
        if up and col.lower and up != col.lower:
            if hospital_names_in(up) or _PLACE_GROUP.fullmatch(up):
                splits.setdefault(up, []).append((col.index, col.lower))
            elif re.fullmatch(r"[\u4e00-\u9fff]{2,4}", up):
                others.setdefault(up, []).append((col.index, col.lower))
    if len(splits) < 2:
        return None
    for up, cols in others.items():  # 城关 beside 石桥镇 | 白沙乡: a place written without its 镇 (read like its neighbours)
        if norm_label(up) not in all_labels() and {lo for _, lo in cols} <= {lo for c in splits.values() for _, lo in c}:
            splits[up] = cols
    grouped_cols = {ci for cols in splits.values() for ci, _ in cols}
    base_cols = [c for c in loc.columns if c.index not in grouped_cols]
    best = None
    for form in forms().values():
        if "recipient_hospital_id" not in form.fields or form.name in ("pairings",):
            continue
        base = map_columns(base_cols, form)
        if "recipient_hospital_id" in base.fields:
            continue
        groups: dict[tuple, Mapping] = {}
        for name, cols in splits.items():
            m = Mapping(form.name, fields=dict(base.fields), methods=dict(base.methods))
            for ci, rest in cols:
                hit = _match(rest, "", form.name)
                if hit and hit[0] not in m.fields and form.fields[hit[0]].type in ("int", "headcount", "decimal", "money"):
                    m.fields[hit[0]] = ci
                    m.methods[hit[0]] = (rest, hit[1], hit[2])
            if len(m.fields) > len(base.fields):
                groups[("H", name)] = m
        if len(groups) < 2 or len({frozenset(m.fields) for m in groups.values()}) != 1:
            continue
        score = sum(3.0 if form.fields[f].required else 1.0 for f in next(iter(groups.values())).fields)
        if best is None or score > best[0]:
            best = (score, form, base, groups)
    if best is None:
        return None
    score, form, base, groups = best
    sample = next(iter(groups.values()))
    given = set(sheet_fields(loc, form, sample)) | {"recipient_hospital_id"}
    missing = missing_required(form, sample, loc.meta.period_text is not None, given)
    return Classification(form.name, base, score, missing, groups=groups)


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
    compared = any(_COMPARED.search(norm_label(c.lower)) for c in loc.columns if c.index not in grouped_cols)
    # a group's 全年 column beside its months is their total, not a field of the row
    base_cols = [c for c in loc.columns if c.index not in grouped_cols and norm_label(c.lower) not in YEAR_TOTAL_WORDS]
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
                if hit and hit[0] not in m.fields and form.fields[hit[0]].type in ("int", "headcount", "decimal", "money", "bool"):
                    m.fields[hit[0]] = ci
                    m.methods[hit[0]] = (rest, hit[1], hit[2])
            if len(m.fields) > len(base.fields):
                groups[period] = m
        if len(groups) == 2 and compared and form.name in running_totals()[0] and all(p[0] == "Y" for p in groups):
            # 2024年 | 2023年 | 同比增减（%） under each measure of a monthly form: last year's figures beside the report
            # year's, for the comparison — the report's own year only (realworld140; a county's flows over years keep
            # every year: REV22)
            latest = max(groups)
            groups = {latest: groups[latest]}
        elif len(groups) < 2:
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


_BATCH_KEY = re.compile(r"^第[一二三四五六七八九十\d]+[组队批期班]\s*")
_COMPARED = re.compile(r"同比|增减|增长率|增幅")
_SCORE_WORDS = re.compile(r"考核|得分|评分|分数")
_NOT_SCORES = re.compile(r"考勤|出勤|天数|在岗天|人次|例数")


def _classify_month_scores(loc: Located, hay: str) -> Classification | None:
    """A list of people with one column per month holding numbers (姓名 | 身份证号 | 派驻单位 | 7月 |
    8月 | 9月), under a title or sheet name that says it is an assessment (考核, 得分): each month
    column is that month's score, one record per person and month. Only the monthly assessment
    has people, a month and a required number."""
    if not _SCORE_WORDS.search(hay) or _NOT_SCORES.search(hay):
        return None
    # two months are enough under a title saying 考核 / 得分 (5月 | 6月 of a two-month return, realworld114)
    months, years = (loc.wide_months, loc.wide_years) if loc.wide_months else wide_month_columns(loc.columns, least=2)
    if not months:
        return None
    others = [c for c in loc.columns if c.index not in months]
    if {"start_date", "end_date", "period_range"} & set(map_columns(others, forms()["deployments"]).fields):
        return None  # a roster with its dates and a month per column (attendance, days on site): not scores
    form = forms()["staff_monthly_assessments"]
    base = map_columns([c for c in loc.columns if c.index not in months], form)
    if not ({"name", "id_number"} & set(base.fields)):
        return None
    cells = [loc.grid[i][c] for i in loc.data_rows for c in months if c < len(loc.grid[i])]
    filled = [v for v in cells if not is_blank(v)]
    if not filled or sum(_is_number(v) for v in filled) * 2 < len(filled):
        return None
    groups = {}
    for ci, month in months.items():
        m = Mapping(form.name, fields={**base.fields, "score": ci},
                    methods={**base.methods, "score": (loc.columns[ci].lower, "months as columns", 100.0)})
        groups[("M", month, years.get(ci))] = m
    sample = next(iter(groups.values()))
    missing = missing_required(form, sample, loc.meta.period_text is not None, set(sheet_fields(loc, form, sample)))
    score = sum(3.0 if form.fields[f].required else 1.0 for f in sample.fields)
    return Classification(form.name, base, score, missing, groups=groups)


def _is_number(v) -> bool:
    try:
        return parse_value("decimal", v) is not None
    except ValueError:
        return False


def classify(loc: Located, sheet_name: str, only: str | None = None) -> Classification:
    """``only``: the form is known (a later table stacked under the first in one sheet):
    only its columns are mapped, whatever the score."""
    if loc.vertical:
        best: tuple[float, str, dict, int] = (0.0, "", {}, 0)
        for form in forms().values():
            rows = vertical_rows(loc, form)
            fields = {f for pairs in rows.values() for f, _, _ in pairs}
            score = sum(2.0 if form.fields[f].required else 1.0 for f in fields)
            if score > best[0]:
                best = (score, form.name, rows, len(fields))
        if best[1]:
            form = forms()[best[1]]
            fields = {f for pairs in best[2].values() for f, _, _ in pairs}
            feeders = {a for alts in ALTERNATIVES.values() for a in alts}  # 县域内 only stands in for a missing total
            n_counts = sum(1 for f in form.fields.values() if f.type == "int" and f.name not in feeders)
            counts = sum(1 for f in fields if form.fields[f].type == "int")
            missing = missing_required(form, Mapping(form.name, fields={f: 0 for f in fields}), True,
                                       set(sheet_fields(loc, form, None)))
            enough = best[3] >= 3 or (counts >= 2 and counts >= n_counts)
            if enough and not missing:
                return Classification(best[1], None, best[0], vertical_rows=best[2])
        return Classification(None, None, 0.0)
    if not loc.found:
        return Classification(None, None, 0.0)
    # one string searched once per form title, not each text in turn (this runs for every form)
    hay = "\n".join(norm_label(t) for t in (loc.meta.title, sheet_name, *loc.meta.texts[:3]) if t)
    period_known = loc.meta.period_text is not None
    grouped = _classify_groups(loc, sheet_name) or _classify_hospital_groups(loc) or _classify_month_scores(loc, hay)
    if grouped is not None:
        return grouped
    if loc.wide_months:
        form = forms()["hospital_monthly_stats"]
        rows, hcol, blocks, row_block = _wide_rows(loc, form)
        if len(rows) >= 2:
            return Classification(form.name, Mapping(form.name), 10.0 + len(rows), [], wide=True, wide_rows=rows,
                                  wide_hospital_col=hcol, wide_block_headers=blocks, wide_row_block=row_block)
    long = classify_long(loc, _label_field) if not loc.wide_months and (not only or only in LONG_FORMS) else None
    if long is not None:  # one row per hospital, month and indicator (long_format.py)
        form, keys, rows, cols = long
        return Classification(form.name, keys, 10.0 + len(rows), [], wide=True, wide_rows=rows, long_cols=cols)
    years = year_columns(loc) if not loc.wide_months else {}
    for form in yearly_forms() if years else ():
        if only and form.name != only:
            continue
        rows, keys, measure_col = measure_rows(loc, form, years, _label_field)
        if len(set(rows.values())) >= 2:
            return Classification(form.name, keys, 10.0 + len(rows), [], wide=True, wide_rows=rows, year_cols=years,
                                  measure_col=measure_col)
    scored: list[tuple[float, str, Mapping, list[str]]] = []
    bonus: dict[str, float] = {}
    for form in ([forms()[only]] if only else forms().values()):
        mapping = map_columns(loc.columns, form, skip=set(loc.wide_months))
        score = 0.0
        for fname in mapping.fields:
            f = form.fields[fname]
            w = 3.0 if f.required else 2.0 if f.key else 1.0
            if mapping.methods[fname][1] == "fuzzy":
                w *= 0.5
            score += w
        score += _title_bonus(form, hay)
        bonus[form.name] = max((len(t) for t in _norm_titles(form.name) if t in hay), default=0)
        extra = set(sheet_fields(loc, form, mapping)) | (all_section_fields(loc, form, mapping) if loc.sections else set())
        onehot = _onehot(loc, mapping) if "activity_type" in form.fields and "activity_type" not in mapping.fields else {}
        if onehot:
            extra.add("activity_type")
            score += 3.0
        if form.name == "deployments" and "name" in mapping.fields and len(loc.wide_months) >= 6 and period_known \
                and not {"start_date", "period_range"} & set(mapping.fields):
            extra.add("start_date")  # 1月 … 12月 marked for the months on site: the stays (build_rows._ticked_months)
        missing = missing_required(form, mapping, period_known, extra)
        score -= 2.0 * len(missing)
        if form.name in ("hospitals", "pairings") and any(COUNT_HEADER.search(strip_label(h)) for h in mapping.unmapped):
            continue  # 派驻人数, 总分 beside the hospitals: a summary or a score sheet, never the registry or the pairing list
        scored.append((score, form.name, mapping, missing, onehot))
    # a tie goes to the form whose title the sheet carries most of (派驻人员考核表 is an assessment's,
    # though it holds 派驻人员)
    scored.sort(key=lambda t: (-t[0], -bonus[t[1]]))
    if not only and scored[0][1] in ("hospitals", "pairings") and len(scored) > 1:
        # a list of people (姓名) naming their hospitals is a roster, never the registry or the
        # pairing list — those apply only from files a person names (an expert register of
        # 派出医院 | 受援医院 | 姓名 … is not a pairing list)
        people = [t for t in scored if t[1] in ("deployments", "trainees", "staff_monthly_assessments") and "name" in t[2].fields]
        if people and people[0][0] >= MIN_SCORE:
            scored.remove(people[0])
            scored.insert(0, people[0])
    best_score, best_form, mapping, missing, onehot = scored[0]
    cands = [(n, s) for s, n, _, _, _ in scored[:3]]
    if best_score < MIN_SCORE and not only:
        return Classification(None, None, best_score, candidates=cands)
    return Classification(best_form, mapping, best_score, missing, candidates=cands, onehot=onehot)


def _onehot(loc: Located, mapping: Mapping) -> dict[int, str]:
    """Columns each headed by an activity type, to be ticked (√) per row; an online form's "other" option
    (4、帮扶方式:其他〖请注明〗, whose cells hold the type typed in) maps to "" (realworld125)."""
    cols = {}
    for col in loc.columns:
        if col.index in mapping.fields.values():
            continue
        if col.lower and _OTHER_OPTION.search(col.lower):
            cols[col.index] = ""
        elif t := (activity_type_of_label(col.lower) if col.lower else None):
            cols[col.index] = t
    types = {t for t in cols.values() if t}
    return cols if len(types) >= 2 else {}


_OTHER_OPTION = re.compile(r"[:：_-]\s*(?:其他|其它)\s*(?:[〖【\[（(].*[〗】\]）)])?\s*$")

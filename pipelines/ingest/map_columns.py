"""Stage 4: map a sheet's header labels onto a form's fields.

Order of attempts per column: the synonym catalogue (forms.yaml) on the label, on the
two-level label (派驻时间/起始), without bracketed qualifiers, with equivalent words unified
(开始日期 = 起始时间, see form_catalogue.canon_label), then the longest catalogue label
contained in the header, and last a fuzzy match (rapidfuzz), which is reported as a guess
so a data manager can confirm it or add the synonym to forms.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz, process

from pipelines.catalogue import load_yaml
from pipelines.ingest.other_paperwork import is_plan_label
from pipelines.ingest.form_catalogue import (COUNT_HEADER, END_WORDS, all_labels, MONTH_WORDS, SERIAL_WORDS, START_WORDS, Form, canon_label, change_list_end_words, forms, months_total, norm_label, sideless_labels,
                                             running_totals, strip_label, this_period_words, two_languages, column_sums,
                                             count_parts)
from pipelines.ingest.locate_table import Column, unit_words

_START_END_SUFFIX = re.compile(r"(.{0,8}?(?:时间|日期|期间|期限))(起|始|自|止|讫|至)")
_BRACKET_TEXT = re.compile(r"[（(]([^（）()]{2,8})[)）]")
_BRACKETED_ANY = re.compile(r"[（(][^（）()]*[)）]")
_HOSPITAL_WORD = re.compile(r"(医院|单位|机构|卫生院|服务中心)$")
METHOD_RANK = {"exact": 0, "two-level": 1, "stripped": 2, "bilingual": 2, "normalised": 3, "code": 3, "contains": 4, "fuzzy": 5}
# a hospital given by its code: the side's label with 机构代码 / 单位代码 for 单位 (派驻机构代码 is 派驻单位's code);
# the hospital resolves by hospitals.code like a name (resolve_hospitals), a name column beside it ranks first
_HOSPITAL_CODE = re.compile(r"(?P<side>.+?)(?:机构|单位|医院)?(?:代码|编码)")
FUZZY_CUTOFF = 82.0


@dataclass
class Mapping:
    form: str
    fields: dict[str, int] = field(default_factory=dict)           # field -> column index
    methods: dict[str, tuple[str, str, float]] = field(default_factory=dict)  # field -> (header text, method, score)
    unmapped: list[str] = field(default_factory=list)               # header texts we could not place
    serial_columns: list[int] = field(default_factory=list)
    # field -> the columns whose sum is its value (开展例数 over 一季度 … 四季度 with no 合计: _parts_total)
    parts: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def guesses(self) -> list[str]:
        return [f"{hdr} → {f} ({m} {s:.0f})" for f, (hdr, m, s) in self.methods.items() if m == "fuzzy"]


def _start_end_field(form: Form, which: str) -> str | None:
    for f in form.fields.values():
        if which == "start" and f.type == "date" and f.name.startswith("start"):
            return f.name
        if which == "end" and f.type == "date_end":
            return f.name
    return None


# words before a bare 医院/单位 that make it the row's own hospital (所在医院, 本单位); any other
# (派出单位, 上级医院, 专家所在单位, 合作医院) names another party
_OWN_HOSPITAL = frozenset({"", "所在", "本", "我", "开展", "所属", "受援", "工作", "本院"})


def match_column(col: Column, form: Form) -> tuple[str, str, float] | None:
    """(field, method, score) for one column, or None."""
    return _match(col.lower, col.upper, form.name)


def match_label(text: str, form: Form) -> tuple[str, str, float] | None:
    """(field, method, score) for a label written in a cell (a long export's 指标名称), or None."""
    return _match(text, "", form.name)


_LEADING_YEAR = re.compile(r"(?:19|20)\d{2}年度?(?!\d|月)")


@lru_cache(maxsize=None)
def _own_labels(form_name: str) -> frozenset[str]:
    """Every label a form's fields list, normalised."""
    return frozenset(norm_label(x) for f in forms()[form_name].fields.values() for x in f.labels)


@lru_cache(maxsize=1)
def not_fields() -> frozenset[str]:
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("not_fields", ()))


@lru_cache(maxsize=1)
def form_system_columns() -> frozenset[str]:
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("form_system_columns", ()))


# a sub-header that only says "the amount" of the group above it (培训费用 | 金额, 人数 | 数量), or
# its year's total (住院总人次 | 1月 … 12月 | 全年: the form's yearly figure is the 全年 column)
# (and 本月 under an indicator: 门急诊人次 | 本月 · 1-N月累计 — the month's own figure, the cumulative one is not:
# forms.yaml this_period_columns)
_AMOUNT_SUB = re.compile(r"(?P<word>.+?)[（(]?(元|万元|人|人次|例)?[)）]?")
_AMOUNT_WORDS = frozenset({"金额", "数额", "数量", "数值", "全年", "全年合计", "年度合计", "全年累计"})


# 本月 / 当月 / 本期 before a measure or in brackets after it (本月门急诊人次, 门急诊人次（本月）)
_THIS_PERIOD = re.compile(r"^(?:本月|当月|本期)(?:数|完成|实际)?|[（(](?:本月|当月|本期)(?:数|完成|实际)?[)）]$")


def _says_the_amount(lower: str) -> bool:
    m = _AMOUNT_SUB.fullmatch(lower)
    return bool(m) and (m["word"] in _AMOUNT_WORDS or m["word"] in this_period_words())


@lru_cache(maxsize=65536)  # the same headers recur in every file of a form
def _match(lower_text: str, upper_text: str, form_name: str) -> tuple[str, str, float] | None:
    form = forms()[form_name]
    col = Column(0, lower_text, upper_text)
    idx = form.label_index
    lower = norm_label(col.lower)
    if not lower:
        return None
    if col.upper and (lower in START_WORDS or lower in END_WORDS):
        f = _start_end_field(form, "start" if lower in START_WORDS else "end")
        if f:
            return f, "two-level", 100.0
    if lower in idx:
        return idx[lower], "exact", 100.0
    if col.upper and lower not in this_period_words() and strip_label(lower_text) in this_period_words():
        # 门急诊人次 over 报告期（2024年）: the group above names the field, the period's year in brackets (realworld140)
        hit = _match(col.upper, "", form_name)
        if hit:
            return hit[0], "two-level", hit[2]
    if lower.startswith(("每周", "每天", "每日")) or (lower.startswith("每月") and form_name not in running_totals()[0]):
        return None  # 每周下沉天数, 每月进修费, 每日门诊人次: a rate, never the figure (a monthly form's 每月… is its own)
    monthly, running = running_totals()
    if form_name in monthly:
        if any(w in lower for w in running):
            return None  # 本年累计门急诊人次, 门急诊人次（1-5月累计）: never the month's figure
        bare = _THIS_PERIOD.sub("", lower)
        if bare != lower and bare:  # 本月门急诊人次, 门急诊人次（本月）: the month's own figure
            hit = _match(bare, upper_text, form_name)
            if hit:
                return hit[0], "stripped", hit[2]
    code = _HOSPITAL_CODE.fullmatch(lower)
    if code:  # 派驻机构代码, 受援单位代码 (an information system's export): the hospital by its code
        for tail in ("单位", "医院", "机构"):
            f = idx.get(code["side"] + tail)
            if f and form.fields[f].type == "hospital":
                return f, "code", 100.0
    both_ways = two_languages(lower_text)
    if both_ways:  # "Name / 姓名", "姓名 Name": the Chinese label, else the English one
        for part in both_ways:
            hit = _match(part, upper_text, form_name)
            if hit:
                return hit[0], "bilingual", hit[2]
            if part is both_ways[0] and norm_label(part) in all_labels():
                break  # "Host hospital 进修医院": the Chinese names another form's field; the English does not overrule it
    # 挂职职务 / 队长: two Chinese labels for one column; the one the catalogue knows names it
    parts = [norm_label(p) for p in re.split(r"[/／]", lower_text)]
    if len(parts) == 2 and all(parts):
        known = {idx[p] for p in parts if p in idx}
        if len(known) == 1:
            return known.pop(), "stripped", 100.0
    year = _LEADING_YEAR.match(lower)
    if year and len(lower) - year.end() >= 4:  # 2024年县域外住院人次: the year qualifies the label
        hit = _match(lower[year.end():], upper_text, form_name)
        if hit:
            return hit
    if col.upper and _says_the_amount(lower):  # 培训费用 | 金额: the group above names the field
        hit = _match(col.upper, "", form_name)
        if hit:
            return hit[0], "two-level", hit[2]
    # 驻点时间起 / 驻点时间止, 进修日期始 / 讫: a time header with a start or end suffix
    m = _START_END_SUFFIX.fullmatch(lower)
    if m:
        f = _start_end_field(form, "start" if m.group(2) in ("起", "始", "自") else "end")
        if f:
            return f, "two-level", 100.0
    if col.upper:
        both = norm_label(col.upper + col.lower)
        if both in idx:
            return idx[both], "two-level", 100.0
    # 县级医院（帮扶方）: a bracket naming the side of the pairing decides which hospital the column is
    # (only after a word for a hospital: 职务（派出单位） is a post, 联系人（受援医院） a person)
    if _HOSPITAL_WORD.search(_BRACKETED_ANY.sub("", col.lower)):
        outside = idx.get(strip_label(col.lower))
        for inner in _BRACKET_TEXT.findall(col.lower):
            f = idx.get(norm_label(inner))
            if f and form.fields[f].type == "hospital":
                if outside and outside != f and form.fields[outside].type == "hospital" and not norm_label(inner).endswith("方"):
                    return outside, "stripped", 100.0  # 帮扶单位（县级医院）: the bracket says what kind, not which side
                return f, "stripped", 100.0
    s = strip_label(col.lower)
    if s in idx:
        return idx[s], "stripped", 100.0
    c = canon_label(col.lower)
    if c in form.canon_index:
        return form.canon_index[c], "normalised", 100.0
    # longest catalogue label contained in the header: 派驻人员姓名 contains 姓名
    # a two-character label counts only as the head noun at the end (派驻人员姓名 -> 姓名), so
    # 专业技术职务 is not taken for 专业 (department)
    # (for a hospital only in a short header: 所在医院 is the hospital, 专家所在单位 someone else's)
    contained = [(len(lab), lab) for lab in idx for h in {lower, c} if lab not in form.whole_index
                 and ((len(lab) >= 3 and lab in h)
                      or (len(lab) == 2 and h.endswith(lab) and (form.fields[idx[lab]].type != "hospital" or h[:-2] in _OWN_HOSPITAL)))]
    if contained:
        contained.sort(reverse=True)
        best_len = contained[0][0]
        longest = [lab for ln, lab in contained if ln == best_len]
        # 在受援单位担任职务 contains 受援单位 and 担任职务: the head noun comes last. A label that
        # only begins the header (受援医院 in 受援医院发放补助) names a modifier, not the field,
        # unless it covers most of the header.
        tail = [lab for lab in longest if lower.endswith(lab) or c.endswith(lab)]
        if not tail and best_len * 4 <= len(lower) * 3:
            longest = []
        fields = {idx[lab] for lab in (tail or longest)}
        if len(fields) == 1 and best_len >= max(2, len(lower) // 3):
            return fields.pop(), "contains", 100.0 * best_len / len(lower)
    if len(lower) >= 3:
        hit = process.extractOne(lower, list(idx), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        # a count (新技术项目数, 派驻人数) is never a guess for a name, a date or a hospital: only for a number
        if hit and not (COUNT_HEADER.search(lower) and form.fields[idx[hit[0]]].type not in ("int", "decimal", "money")):
            return idx[hit[0]], "fuzzy", float(hit[1])
    return None



def map_columns(columns: list[Column], form: Form, skip: set[int] | frozenset[int] = frozenset()) -> Mapping:
    """Map a header to a form's fields. Cached by the header's labels: a year of forms has a
    few hundred distinct headers over tens of thousands of sheets. Treat the result as read-only."""
    sig = tuple((c.index, c.lower, c.upper) for c in columns if c.index not in skip)
    # the month columns left out of the mapping (1月 | … | 12月 as wide months) still tell where the months end
    skipped = tuple(c.index for c in columns if c.index in skip and norm_label(c.lower) in MONTH_WORDS) if skip else ()
    return _map_cached(sig, form.name, skipped)


@lru_cache(maxsize=16384)
def _map_cached(sig: tuple[tuple[int, str, str], ...], form_name: str, skipped_months: tuple[int, ...] = ()) -> Mapping:
    columns = [Column(i, lo, up) for i, lo, up in sig]
    months = [*skipped_months, *(c.index for c in columns if norm_label(c.lower) in MONTH_WORDS)]
    last_month = max(months) if len(months) >= 2 else None
    form = forms()[form_name]
    skip: frozenset[int] = frozenset()
    m = Mapping(form.name)
    # field -> (method rank, label rank, column, method, score): two columns naming one field (门诊人次
    # and 门急诊人次): the better match wins, then the label listed first in forms.yaml, then the first column
    best: dict[str, tuple[bool, int, int, int, str, float]] = {}
    by_index = {c.index: c for c in columns}
    for col in columns:
        if col.index in skip or not col.lower:
            continue
        if norm_label(col.lower) in form_system_columns() or (norm_label(col.lower) in not_fields()
                                                              and norm_label(col.lower) not in _own_labels(form.name)):
            m.unmapped.append(col.label)  # 提交时间, 答题时长 (about the submission); 执业类别 (no field of ours)
            continue
        if norm_label(col.lower) in SERIAL_WORDS:
            m.serial_columns.append(col.index)
            continue
        hit = match_column(col, form)
        if hit is None:
            m.unmapped.append(col.label)
            continue
        fname, method, score = hit
        # a yes/no question (是否在受援医院担任职务) gives way to a column that states the value (担任的职务);
        # a bare 单位 (no side said) to a column that names its side (派驻地点)
        plain = _without_qualifier(col.lower) if method == "stripped" else None
        # 门急诊人次（合计）, 出院人数（人）: the label itself with a total's or a unit's bracket ranks as the label
        # ... and a plan (计划参加人数; 计划起止时间 over 开始 | 结束) to the column stating what was done (实际参加人数)
        cand = (norm_label(col.lower).startswith("是否") and form.fields[fname].type != "bool"
                or norm_label(col.lower) in sideless_labels() or (method != "exact" and (is_plan_label(col.lower) or bool(col.upper) and is_plan_label(col.upper))),
                METHOD_RANK["exact" if plain else method],
                _label_rank(form, fname, plain or col.lower), col.index, method, score)
        if fname not in best or cand < best[fname]:
            if fname in best:
                m.unmapped.append(by_index[best[fname][3]].label)
            best[fname] = cand
        else:
            m.unmapped.append(col.label)
    for fname, (_, _, _, ci, method, score) in best.items():
        m.fields[fname] = ci
        m.methods[fname] = (by_index[ci].label, method, score)
    if "period_range" in m.fields and "start_date" in m.fields and norm_label(m.methods["period_range"][0]).startswith("坐诊"):
        # 起始日期 | 结束日期 | 坐诊时间 (每周二上午): the stay is in its own columns, 坐诊时间 is the weekly schedule
        m.unmapped.append(by_index[m.fields.pop("period_range")].label)
        m.methods.pop("period_range")
    if "replaced_person" in m.fields and "name" in m.fields and "id_number" in m.fields:
        _replacement_id(m, columns, form, by_index)
    if "replaced_person" in m.fields and "end_date" in form.fields and "end_date" not in m.fields:
        _replacement_end(m, columns, by_index)
    field = months_total()[0].get(form.name)
    if field and field not in m.fields and last_month is not None:
        _months_total(m, columns, field, last_month)
    if last_month is None:
        _group_totals(m, columns, form)
    if field and field not in m.fields:
        _parts_total(m, columns, form, field)
    _category_parts(m, columns, form)
    _column_sums(m, columns, form)
    return m


def _category_parts(m: Mapping, columns: list[Column], form: Form) -> None:
    """参加人数 over 医师 | 护士 (no 合计): the count is the kinds of staff added (forms.yaml count_parts; realworld148)."""
    kinds = count_parts()
    for fname, spec in form.fields.items():
        if fname in m.fields or spec.type not in ("headcount", "int"):
            continue
        under = [c for c in columns if c.upper and c.index not in m.fields.values()
                 and (hit := _match(c.upper, "", form.name)) is not None and hit[0] == fname]
        parts = [c for c in under if norm_label(c.lower) in kinds]
        if len(parts) < 2 or len(parts) < len(under) or len({c.upper for c in under}) > 1:
            continue
        m.fields[fname] = parts[0].index
        m.parts[fname] = tuple(p.index for p in parts)
        m.methods[fname] = (" + ".join(p.label for p in parts), "sum_of_parts", 100.0)
        for c in parts:
            if c.label in m.unmapped:
                m.unmapped.remove(c.label)


def _column_sums(m: Mapping, columns: list[Column], form: Form) -> None:
    """门诊人次 | 急诊人次: the field the first names is the two added (forms.yaml column_sums)."""
    for fname, spec in column_sums().get(form.name, {}).items():
        ci = m.fields.get(fname)
        if ci is None or fname in m.parts or norm_label(m.methods[fname][0]) not in spec["when"]:
            continue
        extra = next((c for c in columns if c.index not in m.fields.values() and norm_label(c.lower) in spec["add"]), None)
        if extra is not None:
            m.parts[fname] = (ci, extra.index)
            m.methods[fname] = (f"{m.methods[fname][0]} + {extra.label}", "sum_of_parts", 100.0)
            if extra.label in m.unmapped:
                m.unmapped.remove(extra.label)


# the parts of a year under a count (2024年开展例数 over 一季度 | 二季度 | 三季度 | 四季度 | 合计; 上半年 | 下半年)
_YEAR_PART = re.compile(r"(?:第?[一二三四1-4]季度|Q[1-4]|[上下]半年)")


def _parts_total(m: Mapping, columns: list[Column], form: Form, field: str) -> None:
    """开展例数 over 一季度 … 四季度 | 合计: the 合计 is the field's figure; with no 合计 the quarters' sum is
    (Mapping.parts; build_rows adds them, a blank or — quarter counting as none)."""
    under = [c for c in columns if c.upper and c.index not in m.fields.values()
             and (hit := _match(c.upper, "", form.name)) is not None and hit[0] == field]
    parts = [c for c in under if _YEAR_PART.fullmatch(norm_label(c.lower))]
    if len(parts) < 2 or len({c.upper for c in under}) > 1:
        return  # (2023年开展例数 and 2024年开展例数, each over its quarters: which year is the figure is not guessed)
    total = next((c for c in under if norm_label(c.lower) in months_total()[1] and c.index > max(p.index for p in parts)), None)
    if total is not None:
        m.fields[field] = total.index
        m.methods[field] = (total.label, "group_total", 100.0)
        done = [total, *parts]
    else:
        m.fields[field] = parts[0].index
        m.parts[field] = tuple(p.index for p in parts)
        m.methods[field] = (" + ".join(p.label for p in parts), "sum_of_parts", 100.0)
        done = parts
    for c in done:
        if c.label in m.unmapped:
            m.unmapped.remove(c.label)


_GROUP_TOTAL = frozenset({"合计", "总计", "合计数", "总数"})
# parts that are years or periods (2023年 | 2024年 | 合计, 本月 | 累计): their 合计 is no one period's figure
_PERIOD_PART = re.compile(r"(?:19|20)\d{2}|年|季度|半年|本月|当月|累计|同期|^\d{1,2}月$")


def _group_totals(m: Mapping, columns: list[Column], form: Form) -> None:
    """外转人次 over 合计 | 其中：转省级 | 其中：转市级: the 合计 under a field's label is the field (its 其中
    columns are parts of it). Not under months (1月 … 12月 | 合计 is a year's sum: _months_total)."""
    for c in columns:
        if not c.upper or norm_label(c.lower) not in _GROUP_TOTAL or c.index in m.fields.values():
            continue
        parts = [o for o in columns if o.upper == c.upper and o.index != c.index]
        if not parts or any(_PERIOD_PART.search(norm_label(o.lower)) for o in parts):
            continue  # only a total beside its parts (其中：…, 三级手术 | 四级手术); never a total of years or periods
        hit = _match(c.upper, "", form.name)
        if hit and hit[0] not in m.fields and hit[1] in ("exact", "stripped", "bilingual"):
            m.fields[hit[0]] = c.index
            m.methods[hit[0]] = (c.label, "group_total", 100.0)
            if c.label in m.unmapped:
                m.unmapped.remove(c.label)


def _months_total(m: Mapping, columns: list[Column], field: str, last_month: int) -> None:
    """开展例数 over 1月 | 2月 | … | 12月 | 合计: the 合计 column after the months is the field's figure."""
    for c in columns:
        if c.index > last_month and c.index not in m.fields.values() and norm_label(c.lower) in months_total()[1]:
            m.fields[field] = c.index
            m.methods[field] = (c.label, "months_total", 100.0)
            if c.label in m.unmapped:
                m.unmapped.remove(c.label)
            return


def _replacement_end(m: Mapping, columns: list[Column], by_index: dict) -> None:
    """替换日期 | 派驻至: in a change list the column after the replacement's first day is the day the
    stay runs to (forms.yaml ``change_list_end_columns``). Only there: in an ordinary roster 派驻至
    names the hospital the person was sent to."""
    words = change_list_end_words()
    start = m.fields.get("start_date", -1)
    for c in columns:
        if c.index > start and c.index not in m.fields.values() and norm_label(c.lower) in words:
            m.fields["end_date"] = c.index
            m.methods["end_date"] = (c.label, "change_list", 100.0)
            if c.label in m.unmapped:
                m.unmapped.remove(c.label)
            return


def _replacement_id(m: Mapping, columns: list[Column], form: Form, by_index: dict) -> None:
    """原派驻人员 | 身份证号 | 替换人员 | 身份证号: the ID number of the row's person (替换人员) is the first
    ID column to the right of its name — never the one beside the person replaced. None there: no ID
    number is read (the person id comes from the name)."""
    name_col = m.fields["name"]
    ids = sorted(c.index for c in columns if c.lower and (hit := match_column(c, form)) and hit[0] == "id_number")
    mine = next((c for c in ids if c > name_col), None)
    if mine != m.fields["id_number"]:
        m.unmapped.append(by_index[m.fields["id_number"]].label)
        if mine is None:
            del m.fields["id_number"], m.methods["id_number"]
        else:
            m.fields["id_number"] = mine
            m.methods["id_number"] = (by_index[mine].label, "replacement", 100.0)


_QUALIFIED = re.compile(r"(.+?)\s*[（(]\s*([^（()）]{1,6}?)\s*[)）]")
_TOTAL_QUALIFIERS = frozenset({"合计", "总计", "合计数", "总数", "总", "小计"})


def _without_qualifier(text: str) -> str | None:
    """门急诊人次（合计） -> 门急诊人次: the label when its bracket only says total or a unit; else None."""
    m = _QUALIFIED.fullmatch(unicodedata.normalize("NFKC", text).replace("\n", "").strip())
    if m and (m.group(2) in _TOTAL_QUALIFIERS or norm_label(m.group(2)) in unit_words()):
        return m.group(1)  # never （上年）, （上年同期）, （计划）: another period's or another kind of figure
    return None


def _label_rank(form: Form, fname: str, text: str) -> int:
    """Where the header's text stands in the field's label list (earlier: the more exact name)."""
    n = norm_label(text)
    labels = [norm_label(x) for x in form.fields[fname].labels]
    return labels.index(n) if n in labels else len(labels)

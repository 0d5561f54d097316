"""Stage 2: find the table inside a sheet.

Hospitals put titles, 填报单位/填报日期 lines, two-level headers, 序号 columns, 合计 rows,
blank rows, notes and signature lines around their data. This module decides, for every
row of a sheet, whether it is header, data or one of the non-data kinds, and extracts the
sheet's metadata (title, reporting unit, reporting date, period) from the non-data rows.

Every row index of the sheet ends up in exactly one of ``header_rows``, ``data_rows`` or
``nondata`` — the basis of the rows-read invariant.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipelines.ingest.form_catalogue import (
    END_WORDS,
    MEASURE_WORDS,
    MONTH_WORDS,
    OTHER_SCRIPT,
    SERIAL_WORDS,
    two_languages,
    START_WORDS,
    YEAR_TOTAL_WORDS,
    all_labels,
    forms,
    norm_label,
    period_column_words,
    unqualified_label,
    strip_label,
    this_period_words,
)
from pipelines.catalogue import load_yaml
from pipelines.ingest.parse_values import EXCEL_ERROR, cell_text, is_blank, parse_value
from pipelines.ingest.read_cells import Sheet
from pipelines.ingest.two_row_records import joined_row, pair_rows, second_header_columns
from pipelines.ingest.parse_numbers import chinese_numeral_to_int

HEADER_SEARCH_ROWS = 40

_SIGNATURE = re.compile(r"(填表人|记录人|登记人|审核人|负责人|联系电话|联系人|填报人|制表人|统计人|统计员|经办人|签字|签名|审批人|主管领导|考核人|考核小组|复核人|审核[:：]|填表[:：]|报送人|（盖章）|\(盖章\)|统计[:：]|院长[:：]|科长[:：]|制表[:：]|单位负责人|分管领导"
                        r"|(?i:prepared by|checked by|approved by|reviewed by|compiled by|filled (?:in )?by|signature)\s*[:：])")
# under a table only (above it they are the context's 填报单位 lines): a sign-off naming the sender
_FOOTER_LEAD = re.compile(r"^\s*(填报|报送|填报单位|报送单位|填表单位|(?:填报|填表|报送|上报|制表|报表|打印|导出|生成)(?:日期|时间)|导出人|打印人|导出者)\s*[:：]"
                          r"|^\s*共\s*\d+\s*条(?:记录|数据)?\s*$")  # a system export's 导出时间 line, 共 5 条记录
# an issuing office and its date under a table (南垣县卫生健康局 2024年8月5日): its sign-off, never a row
_OFFICE_DATE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:局|委员会|委|办公室|办|中心|科|处|院)[\s（(盖章)）]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:印发|发布|制)?\s*$")
# … and the same in two cells: a government office (never a hospital: 卫生院 | 2024年1月5日 may be a row) and a date
_ISSUING_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:局|委员会|委|办公室)(?:\s*[（(]\s*(?:盖章|章)\s*[)）])?")
_DATE_ONLY = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:印发|发布)?")
_NOTE = re.compile(r"^\s*(注|说明|备注|填表说明|填报说明|附注|数据来源|资料来源|※|\*|以下空白|以下无|以下为空|此页以下空白)\s*[0-9一二三四五六七八九十]*\s*[:：.、]?")
# English totals only as the whole text ("Total", "Subtotal: 3"): "Total knee arthroplasty" is a technique
_TOTAL_EN = re.compile(r"(?:grand)?(?:sub)?total\d*|average\d*|sum\d*")
_TOTAL = re.compile(r"^(合计|总计|小计|累计|汇总|全年合计|全年[\u4e00-\u9fff]{0,6}率$|总数|平均|平均分|平均值|均值)|(合计|总计|小计|累计|汇总|平均|平均分)$")
# 共 4 条记录, 共开展活动7次 — a count line under a list, only as the row's one text (共开展义诊3次 in a
# table's 活动内容 column is data)
# a page's own line when a printed report is copied back into Excel: 第 1 页，共 2 页 / 第2页 / - 3 - / Page 1 of 2
_PAGE_MARK = re.compile(r"(第\s*\d+\s*页\s*[，,、/ ]?\s*(共\s*\d+\s*页)?|共\s*\d+\s*页|-\s*\d+\s*-|page\s*\d+(\s*of\s*\d+)?|\d+\s*/\s*\d+\s*页)",
                        re.IGNORECASE)
# the next item of a numbered note (注：1. … then "2. …" on its own line)
_NOTE_ITEM = re.compile(r"\s*[（(]?\d{1,2}\s*[)）.、．]\s*[\u4e00-\u9fff]")
# a line that only counts the rows above: 共3人, 记录数：12条, and a year's (本年度派驻3人, 2024年共接收进修5名: realworld122)
_COUNT_LINE = re.compile(r"^(?:共[\u4e00-\u9fff]{0,6}|(?:记录数|合计数|总记录数)[:：]?"
                         r"|(?:本年度?|本期|今年|全年|\d{4}\s*年度?|以上)[\u4e00-\u9fff]{0,8}?)"
                         r"\s*\d+\s*[条人项名个次行例家所](记录|人次|次)?(?:$|[\s（(，,。])")
_META_KEYS = re.compile(r"(填报单位|报送单位|单位名称|填报日期|报送日期|填表日期|报告期|统计期|统计时间|所属期|年度[:：]|单位[:：]|医院[:：]|受援医院[:：]|支援医院[:：]|派出单位[:：]|金额单位|单位：元)")
_TIME_GROUP = re.compile(r"(时间|日期|起止|期限|期间)")


@dataclass
class Column:
    index: int
    lower: str          # text of the lowest header cell
    upper: str = ""     # text of the group header above it (two-level headers)

    @property
    def label(self) -> str:
        if self.upper and self.upper != self.lower:
            return f"{self.upper}/{self.lower}" if self.lower else self.upper
        return self.lower


@dataclass
class SheetMeta:
    title: str | None = None
    texts: list[str] = field(default_factory=list)  # title, meta and footer lines
    top_texts: list[str] = field(default_factory=list)  # lines above the table only
    pairs: list[tuple[str, str]] = field(default_factory=list)  # "受援医院：石桥县人民医院" above the table
    cell_pairs: list[tuple[str, str]] = field(default_factory=list)  # a row of two cells above the table: 受援单位 | X
    reporting_unit: str | None = None
    reported_date: str | None = None
    period_text: str | None = None


def fill_from_columns(loc: "Located", pairs: list[tuple[int, int]], when) -> int:
    """For each data row and (target, source) column pair: the source cell copied into the target when
    ``when(target cell, source cell)`` — on the located copy of the grid, never the sheet (a questionnaire's
    其他 box into its question, a code into an empty hospital cell). Returns how many cells were filled."""
    n = 0
    grid = list(loc.grid)
    for i in loc.data_rows:
        row = grid[i]
        for target, source in pairs:
            if source >= len(row) or is_blank(row[source]) or not when(row[target] if target < len(row) else None, row[source]):
                continue
            if row is loc.grid[i]:
                row = list(row)
            row.extend([None] * (target + 1 - len(row)))
            row[target] = row[source]
            n += 1
        grid[i] = row
    if n:
        loc.grid = grid
    return n


@dataclass
class Located:
    header_rows: list[int]
    columns: list[Column]
    data_rows: list[int]
    nondata: list[tuple[int, str, str]]           # (row index, kind, text)
    sections: dict[int, str]                      # data row index -> section text above it
    meta: SheetMeta
    grid: list[list[Any]]                         # cells with merged ranges filled in
    wide_months: dict[int, int] = field(default_factory=dict)  # column -> month, months-as-columns layouts
    wide_years: dict[int, int] = field(default_factory=dict)   # column -> year, when the month header says it (2023年1月)
    vertical: bool = False  # no header row: data rows may be "label | value" pairs (one record per sheet)
    spans: dict[int, int] = field(default_factory=dict)  # data row -> the second physical row it was joined with
    # (row, column) -> rows the merged cell spans, for a cell merged down over several rows (one value shown for all)
    merged_down: dict[tuple[int, int], int] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return bool(self.header_rows)


def fill_merged(sheet: Sheet) -> list[list[Any]]:
    width = max((len(r) for r in sheet.rows), default=0)
    if not sheet.merged and all(len(r) == width for r in sheet.rows):
        return sheet.rows  # nothing to fill: no copy (the grid is only read from here on)
    grid = [list(r) + [None] * (width - len(r)) for r in sheet.rows]
    for r0, c0, r1, c1 in sheet.merged:
        if r0 >= len(grid) or c0 >= width:
            continue
        v = grid[r0][c0]
        for r in range(r0, min(r1, len(grid) - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                if (r, c) != (r0, c0) and is_blank(grid[r][c]):
                    grid[r][c] = v
    return grid


def row_text(row: list[Any]) -> str:
    seen: list[str] = []
    for v in row:
        t = cell_text(v)
        if t and (not seen or seen[-1] != t):
            seen.append(t)
    return " ".join(seen)


def _distinct(row: list[Any], limit: int = 0) -> list[str]:
    """Distinct non-empty cell texts in order (at most ``limit`` of them, if given)."""
    out: list[str] = []
    for v in row:
        if v is None:
            continue
        t = v.strip() if type(v) is str else cell_text(v)  # cell_text's first branch, inline: every cell of every row
        if t and t not in out:
            out.append(t)
            if len(out) == limit:
                break
    return out


def _is_headerish_cell(v: Any) -> bool:
    if is_blank(v):
        return False
    t = cell_text(v)
    n = norm_label(t)
    if n in all_labels() or strip_label(t) in all_labels() or unqualified_label(n) in all_labels() or n in SERIAL_WORDS or t.strip() in MONTH_WORDS or n in YEAR_TOTAL_WORDS:
        return True
    both = two_languages(t)  # "Name / 姓名"
    return bool(both) and any(_is_headerish_cell(part) for part in both)


# a sign-off's label, ending in its colon (受援单位（盖章）：, 本人签字：) — not 受援医院意见（盖章）, a column,
# nor 联系电话： or 填报人：, which a form's questions end with too
_SIGN_OFF = re.compile(r"(?:盖章|签字|签名)\s*[)）]?\s*[:：]\s*$")
_NTH_TIME = re.compile(r"第[一二三四五六七八九十\d]{1,2}次")  # 在岗抽查 over 第1次 | 第2次
_GROUP_TOTALS = YEAR_TOTAL_WORDS | {"合计", "小计", "季度小计", "季度合计", "累计"}
_BARE_NUMBER = re.compile(r"\s*\d{1,2}\s*")


def _header_score(row: list[Any]) -> int:
    score = 0
    bare = []
    for v in row:
        if type(v) is str:
            if _SIGN_OFF.search(v):
                return 0  # 本人签字： | 受援单位（盖章）： — the sign-off under a form, never its header
            score += _label_score(v)
            if _BARE_NUMBER.fullmatch(v):
                bare.append(int(v))
    if bare and bare != list(range(bare[0], bare[0] + len(bare))):
        # 8 | 11 | 14 in a CSV row of counts are values, not the months 1 | 2 | 3 of a header
        score -= sum(_label_score(str(b)) for b in bare)
    return score


# Header words, month labels and value-like texts recur in every file of a year: the text
# tests below are pure functions of the cell text, so each distinct text is judged once.
@lru_cache(maxsize=65536)
def _label_score(v: str) -> int:
    """2 for a recognised header label, 1 for a serial-number, measure (指标) or month column, else 0."""
    if not v.strip():
        return 0
    labels = all_labels()
    n = norm_label(v)
    if n in labels or strip_label(v) in labels or unqualified_label(n) in labels:
        return 2  # (本月门急诊人次 | 本年累计门急诊人次: a measure's label with its period)
    if n in SERIAL_WORDS or n in MEASURE_WORDS or month_header(v):
        return 1
    both = two_languages(v)  # "Name / 姓名"
    return max(_label_score(part) for part in both) if both else 0


_MONTH_HEADER = re.compile(r"^(?:(?:19|20)\d{2}\s*[年.\-/]\s*)?(0?[1-9]|1[0-2])\s*(?:月份?)?$")
_CN_MONTHS = {"一月": 1, "二月": 2, "三月": 3, "四月": 4, "五月": 5, "六月": 6, "七月": 7, "八月": 8, "九月": 9, "十月": 10,
              "十一月": 11, "十二月": 12, "正月": 1, "腊月": 12}


_SHEET_MONTH_ONLY = re.compile(r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九十])\s*月份?")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}\s*年?度?")
_YEAR_PREFIX = re.compile(r"^((?:19|20)\d{2})\s*年(?:度)?\s*(.*)$")
_MONTH_PREFIX = re.compile(r"^((?:(?:19|20)\d{2}\s*年\s*)?(?:0?[1-9]|1[0-2])\s*月份?|[一二三四五六七八九十]{1,3}月份?)\s*(.*)$")


def period_split(col: "Column") -> tuple[tuple, str] | None:
    """A column of a period group: (("Y", 2021) or ("M", month, year|None), the field part).

    From a group header over the column (2021年 → 住院总人次) or a prefix of its own header
    (7月得分, 2023年住院总人次)."""
    up = unicodedata.normalize("NFKC", col.upper or "").replace(" ", "")
    lo = unicodedata.normalize("NFKC", col.lower or "").replace(" ", "")
    if up:
        m = _YEAR_PREFIX.fullmatch(up)
        if m and not m.group(2):
            return ("Y", int(m.group(1))), lo
        mh = month_header(up)
        if mh:
            y = re.match(r"((?:19|20)\d{2})", up)
            return ("M", mh, int(y.group(1)) if y else None), lo
        ml = month_header(lo)
        if ml and lo:  # a field over the months (2025年月度考核得分 → 1月 | 2月 | …): the field is above
            return ("M", ml, int(m.group(1)) if m else None), (m.group(2) if m else up)
        yl = _YEAR_PREFIX.fullmatch(lo)
        if yl and not yl.group(2) and not m:  # a field over the years (县域外住院人次 → 2022年 | 2023年 | 2024年)
            return ("Y", int(yl.group(1))), up
    m = _MONTH_PREFIX.fullmatch(lo)
    if m and m.group(2):
        y = re.match(r"((?:19|20)\d{2})", m.group(1))
        return ("M", month_header(re.sub(r"^(?:19|20)\d{2}\s*年", "", m.group(1))), int(y.group(1)) if y else None), m.group(2)
    m = _YEAR_PREFIX.fullmatch(lo)
    if m and m.group(2):
        return ("Y", int(m.group(1))), m.group(2)
    return None


def _is_period_label(v: Any) -> bool:
    t = unicodedata.normalize("NFKC", cell_text(v)).replace(" ", "")
    m = _YEAR_PREFIX.fullmatch(t)
    return bool((m and not m.group(2)) or month_header(t))


def month_header(text: str) -> int | None:
    """The month a column header names: 1月, 01, 1月份, 一月, 2023年1月, 2023-01."""
    return _month_header(text if type(text) is str else str(text))


@lru_cache(maxsize=65536)
def _month_header(text: str) -> int | None:
    t = unicodedata.normalize("NFKC", text).replace(" ", "")
    if not t:
        return None
    t2 = t[:-1] if t.endswith("份") else t
    if t2 in _CN_MONTHS:
        return _CN_MONTHS[t2]
    m = _MONTH_HEADER.fullmatch(t)
    if m and (("月" in t) or re.fullmatch(r"\d{1,2}", t) or re.match(r"(?:19|20)\d{2}", t)):
        return int(m.group(1))
    return None


def _looks_like_value(v: Any) -> bool:
    """Numbers, dates and long digit strings are data, never header text."""
    if type(v) is str:
        return _text_looks_like_value(v)
    if isinstance(v, (int, float, dt.date)) and not isinstance(v, bool):
        return True
    return _text_looks_like_value(cell_text(v))


@lru_cache(maxsize=65536)
def _text_looks_like_value(v: str) -> bool:
    return bool(_DIGITS2.search(unicodedata.normalize("NFKC", v.strip())))


_DIGITS2 = re.compile(r"\d{2,}")


def _sub_header_row(upper: list[Any], lower: list[Any]) -> bool:
    """Is ``lower`` the second level of a two-level header whose first level is ``upper``?

    Yes when its cells are labels that sit under a group label spanning several columns
    (活动形式（打√） over 学术讲座 | 教学查房 | …) or mark start and end (派驻时间 over 起始 |
    结束), while the other columns repeat the label above them (cells merged down)."""
    up_text = row_text(upper)
    if not up_text or _META_KEYS.search(up_text) or len(_distinct(upper)) < 2:
        return False  # a 填报单位 line or a title above the header is not a header level
    cells = [(c, v) for c, v in enumerate(lower) if not is_blank(v)]
    # month labels (10月, 11月) under a group label (2025年月度考核得分) are header text, not values; so are
    # years under a measure (县域内住院总人次 over 2022年 | 2023年 | 2024年)
    if not cells or any(_looks_like_value(v) and not (isinstance(v, str) and (month_header(v) or _YEAR_ONLY.fullmatch(v.strip())
                                                                           or strip_label(v) in period_column_words()))
                        for _, v in cells):  # (and 基期（2022年）| 报告期（2024年）: the periods compared, realworld140)
        return False
    up_texts = [cell_text(v) for v in upper]
    spans = {c for c in range(len(up_texts)) if up_texts[c] and (
        (c > 0 and up_texts[c - 1] == up_texts[c]) or (c + 1 < len(up_texts) and up_texts[c + 1] == up_texts[c]))}
    spans |= _unmerged_group_cols(upper, lower)
    has_split = has_group = False
    for c, v in cells:
        t = norm_label(v)
        up = upper[c] if c < len(upper) else None
        if t in START_WORDS or t in END_WORDS:
            has_split = True
        elif not is_blank(up) and norm_label(up) == t:
            continue  # a vertically merged header cell, repeated by fill_merged
        elif c in spans and isinstance(v, str):
            has_group = True  # a label under a group header
        elif isinstance(v, str) and (norm_label(v) in period_column_words() or strip_label(v) in period_column_words()) \
                and _is_headerish_cell(up):  # (基期（2022年）: the period's year in brackets)
            has_group = True  # 门急诊人次 over 本年累计 (one period under each measure, nothing merged)
        elif not _is_headerish_cell(v):
            return False
    return has_split or has_group


def _unmerged_group_cols(upper: list[Any], lower: list[Any]) -> set[int]:
    """Columns under a group label written without merging (活动情况 over 类型 | 主题, the cell
    right of 活动情况 left blank): a known label under the group label, and known labels under
    the blank cells to its right."""
    out: set[int] = set()
    c = 0

    def label(v) -> bool:  # a known label, or a month of a quarter (第四季度 over 10月 | 11月 | 12月 | 合计)
        return _is_headerish_cell(v) or (isinstance(v, str) and (bool(month_header(v)) or norm_label(v) in _GROUP_TOTALS
                                                                  or bool(_NTH_TIME.fullmatch(norm_label(v)))
                                                                  or norm_label(v) in period_column_words()
                                                                  or strip_label(v) in period_column_words()
                                                                  or bool(_YEAR_ONLY.fullmatch(v.strip()))))
    while c < len(lower):
        if c < len(upper) and not is_blank(upper[c]) and label(lower[c]):
            k = c + 1
            while k < len(lower) and (k >= len(upper) or is_blank(upper[k])) and label(lower[k]):
                k += 1
            if k > c + 1:
                out |= set(range(c, k))
            c = k
        else:
            c += 1
    return out


def locate(sheet: Sheet) -> Located:
    grid = fill_merged(sheet)
    n = len(grid)
    nondata: list[tuple[int, str, str]] = []
    meta = SheetMeta()

    # 1. the header row: the row in the top part with the most recognised labels
    best, best_score = _best_header(grid)
    if best_score < 3:  # fewer than two recognised labels: no header row we understand
        return _without_header(sheet, grid, meta)
    if best_score < 6 and _pair_rows(grid) >= 3 and sum(1 for v in grid[best] if month_header(cell_text(v))) < 3 \
            and sum(1 for v in grid[best] if _YEAR_ONLY.fullmatch(cell_text(v).strip())) < 2:
        # a form of "label | value" pairs (姓名 | 郑伟 | 性别 | 男), not a table with a header
        # (but 指标 | 1月 | 2月 | 3月 over indicator rows is months as columns, 指标 | 2023年 | 2024年 years)
        return _without_header(sheet, grid, meta)

    # 2. two-level headers: 派驻时间 over 起始 / 结束, or group labels over the real ones
    width = max(len(r) for r in grid)
    if best > 0 and second_header_columns(grid[best - 1], grid[best]):
        best -= 1  # the second of two header rows that name different fields scored higher: the first starts the header
    header_rows, upper_row, lower_row = _header_levels(grid, best, width)
    columns = _columns(width, upper_row, lower_row, len(header_rows) > 1)
    wide_months, wide_years = wide_month_columns(columns)
    # 姓名 over 身份证号, 性别 over 职称: a second header row naming other fields (two_row_records.py)
    second = second_header_columns(grid[best], grid[best + 1]) if best + 1 < n else None
    if second:
        header_rows = [best, best + 1]

    # 3. rows above the header: title, meta lines, blanks
    _above_header(sheet, grid, header_rows, meta, nondata)

    lines = [_texts(grid[r]) for r in header_rows]
    body = _Body(sheet, grid, meta, [norm_label(c.lower) for c in columns],
                 header_lines=frozenset(t for t in lines if sum(1 for x in t if x) >= 2))
    data_rows: list[int] = []
    sections: dict[int, str] = {}
    for i in range(header_rows[-1] + 1, n):
        row = grid[i]
        distinct = _distinct(row, 3)  # the first three distinct texts are all the rules need
        if not distinct or distinct[0].startswith("#") and all(EXCEL_ERROR.fullmatch(t) for t in _distinct(row)):
            nondata.append((i, "blank", ""))  # a template row whose lookups (#N/A) found nothing is an empty row
            continue
        for rule in BODY_ROW_RULES:
            hit = rule(body, i, row, distinct)
            if hit:
                nondata.append((i, *hit))
                body.after_total = hit[0] == "total"
                break
        else:
            data_rows.append(i)
            body.data_seen = True
            body.last_data = i
            body.after_total = False
            if body.section:
                sections[i] = body.section

    spans: dict[int, int] = {}
    pairs = pair_rows(grid, data_rows, second, width) if second else None
    if pairs:  # each record over two physical rows: read the pair as one row under both header rows
        columns = [Column(c, cell_text(grid[best][c]) if c < len(grid[best]) else "") for c in range(width)] + \
                  [Column(width + c, cell_text(grid[best + 1][c]) if c in second else "") for c in range(width)]
        grid = list(grid)
        for a, b in pairs:
            grid[a] = joined_row(grid[a], grid[b], second, width)
            spans[a] = b
        data_rows = [a for a, _ in pairs]
        wide_months, wide_years = {}, {}

    _extract_meta(meta, sheet.name)
    if meta.period_text is None:  # 报告期（2024年） under each measure: the report's year (realworld140)
        years = {m.group(1) for c in columns if c.lower and strip_label(c.lower) in this_period_words()
                 and (m := _BRACKETED_YEAR.search(unicodedata.normalize("NFKC", c.lower)))}
        meta.period_text = years.pop() if len(years) == 1 else None
    nondata.sort()
    merged_down = {(r, c): r1 - r0 + 1 for r0, c0, r1, c1 in sheet.merged if r1 > r0
                   for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    return Located(header_rows, columns, data_rows, nondata, sections, meta, grid, wide_months, wide_years=wide_years,
                   spans=spans, merged_down=merged_down)


def _best_header(grid: list[list[Any]]) -> tuple[int, int]:
    """(row, score) of the row in the top part with the most recognised labels; the search
    stops three rows of values under a good header."""
    best, best_score = -1, 0
    data_like = 0
    for i in range(min(len(grid), HEADER_SEARCH_ROWS)):
        if numbers_the_columns(grid[i]) or _label_value_row(grid[i]):
            continue
        s = _header_score(grid[i])
        if s < 6 and i + 1 < len(grid) and (joined := _continued_labels(grid[i], grid[i + 1])) is not None:
            s = max(s, _header_score(joined))  # 门急诊人 | 出院人 over 次 | 数: labels a converter cut in two
        if s > best_score and best_score >= 6 and data_like >= 1:
            break  # a good header, a row of values under it, then another header: a second table (stacked_tables.py)
        if s > best_score:
            best, best_score, data_like = i, s, 0
        elif best_score >= 4:
            data_like = data_like + 1 if _mostly_values(grid[i]) else data_like
            if data_like >= 3:
                break
    return best, best_score


_HEADING_END = re.compile(r"(科室|类别|名称|日期|时间|例数|人数|人次|次数|专家|单位|医院|情况|编号|号码|方式|内容|姓名|首创|空白)$")


_OTHER_HEADINGS = frozenset({"民族", "政治面貌", "毕业院校", "学历", "学位", "性别", "年龄", "出生年月", "出生日期", "籍贯", "联系电话",
                             "手机", "手机号码", "职务", "备注", "婚姻状况", "身高", "健康状况"})


def _is_title_value(v: Any) -> bool:
    if not isinstance(v, str):
        return False
    try:
        return parse_value("title", v) is not None
    except ValueError:
        return False


def _label_value_row(row: list[Any]) -> bool:
    """现任科室 | 内科 | 职称 | 主治医师 | 从事专业 | 内科: a line of a registration form, labels and
    their values taking turns (three labels at least, each followed by a value that is no label)."""
    cells = [v for v in row if not is_blank(v)]
    if len(cells) < 6 or len(cells) % 2:
        return False
    heads = [_is_headerish_cell(v) for v in cells]
    # the values are no labels and do not read like headings (申报科室, 技术类别, 带教专家 are a header's); and
    # one of them at least reads as a value (主治医师, 1992年5月, 本科 …) — 民族 | 政治面貌 | 学历 are headings
    values = cells[1::2]
    return all(heads[0::2]) and not any(heads[1::2]) \
        and not any(isinstance(v, str) and (_HEADING_END.search(v.strip()) or v.strip() in _OTHER_HEADINGS) for v in values) \
        and any(_looks_like_value(v) or _is_title_value(v) for v in values)


def numbers_the_columns(row: list[Any]) -> bool:
    """序号 | 1 | 2 | 3 | 4: the first row of a transposed table (one person per column), which
    numbers its columns; 1, 2, 3 are serial numbers here, not months, and the row is no header."""
    cells = [v for v in row if not is_blank(v)]
    if len(cells) < 3 or not isinstance(cells[0], str) or norm_label(cells[0]) not in SERIAL_WORDS:
        return False
    return [cell_text(v) for v in cells[1:]] == [str(k) for k in range(1, len(cells))]


def _header_levels(grid: list[list[Any]], best: int, width: int) -> tuple[list[int], list[Any], list[Any]]:
    """(header rows, upper row, lower row): the header row alone, or with the row of sub-labels
    under it (派驻时间 over 起始 / 结束) or the row of group labels above it — and then a row of
    units under the labels (（人次） | 万元 | 天), whose unit each label takes (进修费用 → 进修费用（万元）)."""
    if best + 1 < len(grid) and _sub_header_row(grid[best], grid[best + 1]):
        rows, upper, lower = [best, best + 1], grid[best], grid[best + 1]
    elif best > 0 and (_sub_header_row(grid[best - 1], grid[best]) or _is_group_row(grid[best - 1], grid[best])):
        rows, upper, lower = [best - 1, best], grid[best - 1], grid[best]
    else:
        rows, upper, lower = [best], [None] * width, grid[best]
    below = rows[-1] + 1
    if below < len(grid) and (joined := _continued_labels(lower, grid[below])) is not None:
        rows, lower = [*rows, below], joined  # 进修开 over 始日期: labels a converter cut over two rows
        below += 1
    if below < len(grid) and _units_row(lower, grid[below]):
        rows, lower = [*rows, below], _with_units(lower, grid[below])
    return rows, upper, lower


def _continued_labels(lower: list[Any], row: list[Any]) -> list[Any] | None:
    """The labels joined with the row under them, when a PDF converter cut them over two rows
    (进修开 | 所在县（市、 over 始日期 | 区）): every text of the row stands under a label, short, no figure, neither
    it nor the label above it a label of its own unless the two joined are one too, and one at least joined to its label reads as a label we
    know — each text under its label, else None (a row of sub-labels or of data is no such row)."""
    cells = [(c, cell_text(v).strip()) for c, v in enumerate(row) if not is_blank(v)]
    if not cells or any(c >= len(lower) or is_blank(lower[c]) or not isinstance(row[c], str) or len(t) > 6
                        or re.search(r"\d", t) for c, t in cells):
        return None
    if any((_label_score(cell_text(lower[c]).strip()) == 2 or _label_score(t) == 2)
           and _label_score(cell_text(lower[c]).strip() + t) < 2 for c, t in cells):
        return None  # a whole label above or below that the two joined are not: sub-labels (派驻时间 over 起 | 止)
    if not any(_label_score(cell_text(lower[c]).strip() + t) == 2 for c, t in cells):
        return None
    out = list(lower)
    for c, t in cells:
        out[c] = cell_text(lower[c]).strip() + t
    return out


_UNIT = re.compile(r"^[（(]\s*[^（()）]{1,6}\s*[)）]$")


@lru_cache(maxsize=1)
def _unit_words() -> tuple[frozenset[str], frozenset[str]]:
    """(units, labels of a units row) from forms.yaml units_row."""
    spec = load_yaml("forms.yaml").get("units_row", {})
    return frozenset(norm_label(x) for x in spec.get("units", ())), frozenset(norm_label(x) for x in spec.get("labels", ()))


def unit_words() -> frozenset[str]:
    """人次, 例, 万元 …: the units forms.yaml units_row lists."""
    return _unit_words()[0]


def unit_of(text: str) -> str | None:
    """The unit a cell of a units row states: （人次）, (元), 万元, 天; None for anything else."""
    if _UNIT.match(text):
        return text.strip()[1:-1].strip()
    t = norm_label(text)
    return t if t in _unit_words()[0] else None


def _units_row(header: list[Any], row: list[Any]) -> bool:
    """A row of units under the header's labels: every cell a unit — bracketed (（人次）, (元)) or
    one of forms.yaml's units (万元, 天), a 单位： label among them — or the label above repeated
    (a header cell merged down over both rows), one unit at least."""
    units = 0
    for c, v in enumerate(row):
        if is_blank(v):
            continue
        t = cell_text(v)
        if unit_of(t) is not None:
            units += 1
        elif norm_label(t).rstrip(":：") in _unit_words()[1]:
            continue  # 单位： at the row's start
        elif not (c < len(header) and cell_text(header[c]) == t):
            return False
    return units >= 1


def _with_units(lower: list[Any], row: list[Any]) -> list[Any]:
    """The labels with a unit under them that scales the figures: 进修费用 over 万元 reads 进修费用（万元）,
    as a header that says its unit in brackets would (a label that already has a bracket keeps its own).
    Other units (人次, 天) change nothing and the labels stay as written."""
    out = list(lower)
    for c, v in enumerate(row):
        if c >= len(out) or is_blank(v) or is_blank(out[c]):
            continue
        unit, label = unit_of(cell_text(v)), cell_text(out[c])
        if unit and unit[0] in "万千" and not re.search(r"[（(]", label):
            out[c] = f"{label}（{unit}）"
    return out


def _columns(width: int, upper_row: list[Any], lower_row: list[Any], two_level: bool) -> list[Column]:
    """The columns of a one- or two-level header: each its own label and the group label over it."""
    columns: list[Column] = []
    last_upper = ""
    unmerged = _unmerged_group_cols(upper_row, lower_row) if two_level else set()
    for c in range(width):
        lo = cell_text(lower_row[c]) if c < len(lower_row) else ""
        up = cell_text(upper_row[c]) if c < len(upper_row) else ""
        if up:
            last_upper = up
        elif lo and (norm_label(lo) in (START_WORDS | END_WORDS) or c in unmerged):
            up = last_upper  # unmerged sheet or CSV: the group label stands over its first column only
        if not lo:
            lo, up = up, ""
        elif up == lo:
            up = ""  # a vertically merged header cell, repeated by fill_merged
        columns.append(Column(c, lo, up))
    return columns


def wide_month_columns(columns: list[Column], least: int = 3) -> tuple[dict[int, int], dict[int, int]]:
    """Months as columns (1月 | 2月 | 3月 …, at least ``least``, none twice): column -> month, and
    column -> year where the header gives one (2024年1月)."""
    wide_months, wide_years = {}, {}
    for col in columns:
        m = month_header(col.lower)
        if m:
            wide_months[col.index] = m
            y = re.match(r"((?:19|20)\d{2})", unicodedata.normalize("NFKC", col.lower))
            if y:
                wide_years[col.index] = int(y.group(1))
    if len(wide_months) < least or len(set(wide_months.values())) < len(wide_months):
        return {}, {}
    return wide_months, wide_years


def _above_header(sheet: Sheet, grid: list[list[Any]], header_rows: list[int], meta: SheetMeta,
                  nondata: list[tuple[int, str, str]]) -> None:
    """The rows above the header (title, meta lines such as 填报单位：…, blanks) and the header
    rows themselves, as non-data; their texts go to ``meta``."""
    for i in range(header_rows[0]):
        t = row_text(sheet.rows[i] if i < len(sheet.rows) else [])
        if not t:
            nondata.append((i, "blank", ""))
            continue
        kind = "meta" if (_META_KEYS.search(t) or _PAIR_HINT.search(t)) else "title"
        two = _distinct(grid[i])
        if len(two) == 2 and _is_label_text(two[0]):  # 受援单位 | 鹿溪县溪口镇中心卫生院
            meta.cell_pairs.append((two[0], two[1]))
            kind = "meta"
        if kind == "title" and meta.title is None:
            meta.title = t
        nondata.append((i, kind, t))
        meta.texts.append(t)
        meta.top_texts.append(t)
    for i in header_rows:
        nondata.append((i, "header", row_text(grid[i])))


@dataclass
class _Body:
    """What the row rules know while reading the rows under a header, top to bottom."""
    sheet: Sheet
    grid: list[list[Any]]
    meta: SheetMeta
    header_norm: list[str]
    footer: bool = False          # a note or signature line has been seen: lines under it are its own
    section: str | None = None    # the last section row (一、内科, 第二批): the department or batch of the rows under it
    status_cols: list | None = None  # (column, words) of a status column (状态 → 作废), found on first use
    plan_remarks: list | None = None  # (column, words) of a remark column saying a row did not happen (尚未成行)
    approval_cols: list | None = None  # (column, is a 当前节点) of an approval export's status columns
    data_seen: bool = False       # a data row has been read under the header
    plan_section: bool = False    # the last section row says what follows is a plan (二、2025年拟开展…（计划）)
    last_data: int = -1           # the last data row read
    after_total: bool = False     # the last row read was a total (合计) or a line of its breakdown (其中：…)
    printed: bool | None = None  # the sheet is a print copied back (printed()), found on first use
    header_lines: frozenset = frozenset()  # the header's rows as written (门急诊人 | 出院人, then 次 | 数): again on the next page

    def __post_init__(self):
        self.header_set = {h for h in self.header_norm if h}
        self.repeat_min = max(2, len(self.header_set) // 2)
        # each header line's first text: a row starting otherwise repeats no line (tested on every row)
        self.header_leads = {next((x for x in t if x), None) for t in self.header_lines}

    def text(self, i: int, row: list[Any]) -> str:
        return row_text(self.sheet.rows[i] if i < len(self.sheet.rows) else []) or row_text(row)


# The kinds of non-data row under a header, as rules tested in this order: the first that
# claims a row decides its kind; a row no rule claims is data. Each rule returns (kind, text)
# or None. ``distinct``: the row's first three distinct texts.

def _note_or_signature(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """填表人：… / 注：… / 审核人 … 日期：…: a note or signature line (and everything like it below)."""
    lead = distinct[0]
    if b.data_seen and len(distinct) == 2 and _ISSUING_OFFICE.fullmatch(lead.strip()) and _DATE_ONLY.fullmatch(distinct[1].strip()):
        # 青杪县卫生健康局 | … | 2024年1月8日 in cells of their own under the rows: the issuer's sign-off
        t = b.text(i, row)
        b.meta.texts.append(t)
        b.footer = True
        return "signature", t
    # the row's full text is needed only for rows whose first cell reads like a footer, note or total
    if not (_lead_tests(lead)[1] or (len(distinct) > 1 and _SIGNATURE.search(distinct[1]))):
        return None
    # a note or signature line merged across the table ("注：1.…按2024—2026年执行", "考核人：… 日期：
    # 2026年1月8日") is one text, whatever dates it holds
    if not _mostly_values(row) or (len(distinct) == 1 and (_NOTE.match(lead) or _SIGNATURE.search(lead))) \
            or _FOOTER_LEAD.match(lead) \
            or _all_label_pairs(row) \
            or sum(1 for t in distinct if _SIGNATURE.search(t) and ("：" in t or ":" in t)) >= 2:
        # 填报人：吴某 | 联系电话：0998-… | 填报日期：2026年1月6日 — or two sign-off labels among other cells
        t = b.text(i, row)
        b.meta.texts.append(t)
        b.footer = True
        return ("signature" if _SIGNATURE.search(t) else "note"), t
    return None


def _total(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """合计 / 小计 / 第一季度小计, or a serial number then 合计 (1 | 合计)."""
    first, _, lead_total, lead_serial = _lead_tests(distinct[0])
    # the second text matters only after a serial number; most are names, not worth normalising
    if lead_total or (lead_serial and _TOTAL.search(norm_label(distinct[1]) if len(distinct) > 1 else "")) \
            or (len(distinct) == 1 and _COUNT_LINE.match(first)) \
            or (b.after_total and _BREAKDOWN.match(distinct[0]) and not _names_a_hospital(_BREAKDOWN.sub("", distinct[0]))) \
            or any(_BRACKETED_TOTAL.search(t) for t in distinct[:2]) \
            or _EXCEL_SUBTOTAL.search(distinct[0]):  # 沅汀市合计, then 其中：栖梧市; 990100 | 栖梧市（全市合计）; 针灸科 计数
        return "total", row_text(row)
    return None


def _names_a_hospital(text: str) -> bool:
    """其中：青杉县人民医院 under 青杉县小计 is that hospital's own row (其中：中医医院, 其中：栖梧市 are parts of the total)."""
    from pipelines.ingest.sheet_context import hospital_names_in  # sheet_context reads locate_table's results

    return any(re.search(r"[省市县区镇乡旗]", n) for n in hospital_names_in(text))  # a full name says its place


_BREAKDOWN = re.compile(r"^\s*其中\s*[:：]?")
# what Excel's 分类汇总 (Subtotal) writes under each group: "针灸科 计数", "内科 平均值" — the group, a space, the function
_EXCEL_SUBTOTAL = re.compile(r"\S\s+(?:计数|平均值|最大值|最小值|求和|乘积)\s*$")
_BRACKETED_TOTAL = re.compile(r"[（(][^（()）]{0,8}(?:合计|总计|小计)[)）]\s*$")
# 外转率(%) | 1.7 | 1.8: a rate worked out from the counts beside it, on a row of its own
_RATE = re.compile(r"^[\u4e00-\u9fff]{1,12}率\s*(?:[（(]\s*[%‰]\s*[)）]|[%‰])?$")


def _rate(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """A row led by a rate a form lists as worked out from its counts (外转率(%), 县域内就诊率: forms.yaml
    `derived`): never a record. Any other rate (床位使用率) is an indicator we do not keep, and is held."""
    if not row or is_blank(row[0]):
        return None  # the rate under a measure column (县 | 代码 | 县域内就诊率（%）): the block's own line (years_as_columns)
    lead = unicodedata.normalize("NFKC", distinct[0]).strip()
    if _RATE.match(lead) and norm_label(re.sub(r"[(（]?\s*[%‰]\s*[)）]?$", "", lead)) in _derived_rates():
        return "derived", row_text(row)
    return None


@lru_cache(maxsize=1)
def _derived_rates() -> frozenset[str]:
    return frozenset(norm_label(d) for f in forms().values() for d in f.derived)


def _texts(row: list[Any]) -> tuple[str, ...]:
    """A row's texts as written, without the blank cells after the last one."""
    out = [cell_text(v).strip() for v in row]
    while out and not out[-1]:
        out.pop()
    return tuple(out)


def _repeated_header(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """The header again (a printed table repeats it on every page)."""
    if _lead_tests(distinct[0])[0] in b.header_set and _repeats_header(row, b.header_norm, b.repeat_min):
        return "header", row_text(row)
    if b.header_lines and distinct[0] in b.header_leads and _texts(row) in b.header_lines:
        return "header", row_text(row)  # a line of a header cut over two rows, repeated on the next page
    return None


def _section(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """一、内科 / 第二批: one text on its own, naming the rows under it (never a hospital)."""
    if len(distinct) == 1 and _is_section_text(distinct[0]):
        b.section = distinct[0]
        b.plan_section = bool(_PLAN_SECTION.search(distinct[0]))
        return "section", row_text(row)
    return None


# 二、2025年拟开展新技术新项目（计划）: the rows under it are a plan, not what was done (realworld128); 计划生育科 is a department
_PLAN_SECTION = re.compile(r"(?:拟|计划|预计)(?:开展|引进|派|选派|培训|实施|举办)|[（(]\s*计划\s*[)）]|计划\s*$")


def _in_a_plan_section(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    return ("planned", row_text(row)) if b.plan_section else None


_CONTINUED = re.compile(r"\s*[（(]?\s*续表?\s*[)）]?\s*$")


# a page's line saying the table goes on from the page before (续表, 续上表, 接上页: realworld145)
_CONTINUED_LINE = re.compile(r"[（(]?\s*(?:续表|续上表|续前表|接上表|续上页|接上页|续)\s*[一二三四五六七八九十\d]*\s*[)）]?\s*[:：]?")
_CONTINUED_MARK = re.compile(r"[（(]\s*续表?\s*[)）]")


def _bare_title(text: str) -> str:
    """A title without its bracketed remarks and its （续）: the same table's title on each page."""
    return norm_label(re.sub(r"[（(][^）)]*[)）]", "", _CONTINUED.sub("", text)))


def printed(b: "_Body") -> bool:
    """The sheet is a print copied back into a spreadsheet (a PDF converted, a scan retyped): a line of its own is a
    page's number (第 1 页 共 2 页) or says the table goes on (续表). Worked out once per sheet."""
    if b.printed is None:
        b.printed = any(len(d := _distinct(r)) == 1 and (_PAGE_MARK.fullmatch(t := d[0].strip()) or _CONTINUED_LINE.fullmatch(t))
                        for r in b.grid)
    return b.printed


def _page_break(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """What a printed page adds when the print is copied back into Excel: its page number
    (第 1 页，共 2 页) and the table's title again at the top of the next page."""
    if len(distinct) != 1:
        return None
    text = distinct[0].strip()
    if _PAGE_MARK.fullmatch(text) or _CONTINUED_LINE.fullmatch(text):
        return "page", text
    if b.meta.title and (norm_label(text) == norm_label(b.meta.title) or (_CONTINUED.search(text) or _CONTINUED_MARK.search(text))
                         and len(bare := _bare_title(text)) >= 4 and bare == _bare_title(b.meta.title)):
        return "title", text  # again at the top of the next page, maybe marked （续）
    return None


def _sentence(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """本年度共派驻8人，其中副高以上5人。: one sentence on its own under the rows (a remark on the
    table), not a row of it."""
    if len(distinct) != 1:
        return None
    t = distinct[0].strip()
    if len(t) >= 10 and re.search(r"[，。；！？]|[,;]\s", t) and re.search(r"[\u4e00-\u9fff]{4}", t) and not _looks_like_value(t):
        return "note", row_text(row)
    return None


def _column_numbers(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """1 | 2 | 3 | 4 … (or 甲 | 乙 | 丙, A | B | C) under a header: the printed form numbers its
    columns, a line of the header, never a row of data."""
    if b.data_seen:
        return None  # (asked of every row: the test that ends most calls first)
    cells = [cell_text(v).strip() for v in row if not is_blank(v)]
    if len(cells) < 5 or len(cells) < 0.8 * len(b.header_set):
        return None  # 月份 | 外转 | 上转 | 下转 over 1 | 2 | 3 | 4 is January's figures
    for seq in (_ARABIC, _STEMS, _LETTERS):
        if cells == [str(x) for x in seq[:len(cells)]] or cells == [str(x) + ".0" for x in seq[:len(cells)]]:
            return "header", row_text(row)
    # a national template's statistics codes under its header: 统计代码 | A01 | A02 … (or — | B01 | B02 …: realworld140)
    codes = cells[1:] if _CODE_ROW_LEAD.fullmatch(cells[0]) else cells
    if len(codes) >= 4 and all(_STAT_CODE.fullmatch(c) for c in codes) and len({c[0] for c in codes}) == 1:
        return "header", row_text(row)
    return None


_BRACKETED_YEAR = re.compile(r"[(]\s*((?:19|20)\d\d)\s*年?度?\s*[)]\s*$")  # 报告期（2024年）
_CODE_ROW_LEAD = re.compile(r"统计代码|指标代码|代码|编码|栏次|[—\-–]+")
_STAT_CODE = re.compile(r"[A-Z]\d{2,3}")


_ARABIC = list(range(1, 60))
_STEMS = list("甲乙丙丁戊己庚辛壬癸")
_LETTERS = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@lru_cache(maxsize=1)
def _row_status() -> tuple[frozenset[str], ...]:
    spec = load_yaml("forms.yaml").get("row_status", {})

    def norm(key):
        return frozenset(norm_label(str(x)) for x in spec.get(key, []))
    return (norm("columns"), norm("void"), norm("flag_columns"), norm("flag_yes"), norm("remark_columns"), norm("remark_void"),
            norm("planned"), norm("remark_planned"))


@lru_cache(maxsize=1)
def _happened() -> re.Pattern:
    """A remark's words saying the stay did happen after all (forms.yaml row_status.remark_happened)."""
    return re.compile("|".join(map(re.escape, load_yaml("forms.yaml")["row_status"]["remark_happened"])))
_TRAILING_REASON = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def _voided(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """A row struck out in a status column (状态：作废 / 删除, 是否作废：是), or by a 备注 saying only that
    (已删除): kept by the clerk, not data; a row whose status says it is only a plan (计划, 推迟, 未完成): kind
    planned."""
    if b.status_cols is None:
        columns, void, flags, yes, remarks, remark_void, planned, remark_planned = _row_status()
        b.status_cols = [(c, void, "void") for c, h in enumerate(b.header_norm) if h in columns] + \
                        [(c, planned, "planned") for c, h in enumerate(b.header_norm) if h in columns] + \
                        [(c, yes, "void") for c, h in enumerate(b.header_norm) if h in flags] + \
                        [(c, remark_void, "void") for c, h in enumerate(b.header_norm) if h in remarks]
        b.plan_remarks = [(c, remark_planned) for c, h in enumerate(b.header_norm) if h in remarks]
    for c, words, kind in b.status_cols:
        # 作废（重复录入）: the word and its reason in brackets
        if c < len(row) and not is_blank(row[c]) and norm_label(_TRAILING_REASON.sub("", cell_text(row[c]))) in words:
            return kind, row_text(row)
    for c, words in b.plan_remarks:  # 备注 计划2025年3月上挂，尚未成行（待定）: the remark says it did not happen
        if c < len(row) and not is_blank(row[c]) and any(w in (t := norm_label(cell_text(row[c]))) for w in words) \
                and not _happened().search(t):  # (not 原定2月下派，因疫情未成行，3月1日到岗: REV23, REV24)
            return "planned", row_text(row)
    return _not_approved(b, row)


@lru_cache(maxsize=1)
def _approval_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    spec = load_yaml("forms.yaml").get("approval_status", {})

    def words(key):
        return tuple(norm_label(str(x)) for x in spec.get(key, []))
    return (frozenset(words("columns")), words("not_approved"), frozenset(words("node_columns")), words("node_ended"),
            words("approved"))


def _status_texts(cell: Any) -> list[str]:
    """A status cell's words as said (已拒绝 → 拒绝), and inside its brackets (结束（已撤销） → 撤销)."""
    t = unicodedata.normalize("NFKC", cell_text(cell)).strip()
    inner = re.findall(r"[(]([^()]+)[)]", t)
    return [re.sub(r"^(?:已|被)", "", norm_label(x)) for x in (t, *inner) if x.strip()]


def _not_approved(b: _Body, row: list[Any]) -> tuple[str, str] | None:
    """An approval export's application that did not end approved (审批状态 已拒绝 / 审批中, 审批结果 拒绝,
    当前节点 医务部审核): not data. An approval said in a result column (同意, 已通过) decides; a status says
    so only by its first words (同意（进修期间不予发放绩效） is an approval). An empty status says nothing."""
    if b.approval_cols is None:
        columns, _, nodes, _, _ = _approval_words()
        b.approval_cols = [(c, h in nodes) for c, h in enumerate(b.header_norm) if h in columns or h in nodes]
    if not b.approval_cols:
        return None
    _, refused, _, ended, approved = _approval_words()
    said, pending, yes = [], [], False
    for c, is_node in b.approval_cols:
        if c >= len(row) or is_blank(row[c]):
            continue
        texts = _status_texts(row[c])
        if not is_node and any(texts[0].startswith(w) for w in approved):
            yes = True  # 同意（进修期间不予发放绩效）: an approval, whatever its remark says
        elif any(w in x for x in texts for w in refused):
            said.append(cell_text(row[c]).strip())  # 审核不通过, 科主任驳回, 医务部审批中, 结束（已撤销）
        elif is_node and any(x.startswith(w) for x in texts for w in approved):
            continue  # 当前节点 结束（已通过）
        elif is_node and not any(w in texts[0] for w in ended):
            pending.append(cell_text(row[c]).strip())  # 当前节点 医务部审核: still at a reviewer
    if not said and (yes or not pending):
        return None
    said += pending if not yes else []
    return "not_approved", f"未通过审批（{'；'.join(said)}） / the application was not approved: {'; '.join(said)}"


_NAME_END = re.compile(r"(?:医院|卫生院|保健院|服务中心|卫生室|服务站|分院|医疗集团)$")


def _continued_cell(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """A hospital's name a PDF conversion broke over two rows (青梧县桑园镇中心卫 | 生院): the row holding
    only the name's end, under the row it belongs to, joins that row's cell; not a row of its own."""
    if len(distinct) != 1 or b.last_data != i - 1:
        return None
    cols = [c for c, v in enumerate(row) if not is_blank(v)]
    above = b.grid[i - 1]
    if len(cols) != 1 or (c := cols[0]) >= len(above) or not isinstance(above[c], str):
        return None
    head, tail = above[c].strip(), cell_text(row[c]).strip()
    if _NAME_END.search(head):
        return None
    if _NAME_END.search(head + tail):
        if len(tail) > 6:
            return None
        from pipelines.ingest.sheet_context import hospital_names_in  # sheet_context reads locate_table's results
        if hospital_names_in(head + tail) != [head + tail]:
            return None
    elif not _continued_text(b, c, above, head, tail):
        return None
    above[c] = head + tail
    return "continued", tail


_SECTION_LIKE = re.compile(r"[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+|[（(][一二三四五六七八九十\d]+[)）]")
_WRAPPED_NOT = re.compile(r"序号|编号|姓名|名字|人员|科室|专业|部门|单位|医院|日期|时间|年月|月份|职称|性别|类型|形式|人数|人次|例数")


def _continued_text(b: _Body, c: int, above: list[Any], head: str, tail: str) -> bool:
    """A technique's name or a topic a PDF conversion wrapped onto a row of its own (腹腔镜下胆总管探查 | 取石术): joined
    only in a sheet that shows it is a print (printed), in a text column (not a name, date, count, unit or
    department: the row would be a person or an event with all else missing), under a whole row, the end being a few
    Chinese characters."""
    if c == 0 or not re.fullmatch(r"[\u4e00-\u9fff（）()]{1,10}", tail) or len(head) < 4 or _SECTION_LIKE.match(tail):
        return False  # (二、外科系统 is a section line: REV23)
    if c >= len(b.header_norm) or not b.header_norm[c] or _WRAPPED_NOT.search(b.header_norm[c]):
        return False
    return sum(1 for v in above if not is_blank(v)) >= 3 and printed(b)


def _under_the_notes(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """A line under the notes: the issuing office, its date (落款), or the notes' next item."""
    lead = distinct[0]
    if b.footer and len(distinct) == 1 and (not _looks_like_value(lead) or _DATE_LINE.fullmatch(lead.strip())
                                            or _NOTE_ITEM.match(lead)):
        t = row_text(row)
        b.meta.texts.append(t)
        return ("signature" if _DATE_LINE.fullmatch(lead.strip()) else "note"), t
    return None


@lru_cache(maxsize=1)
def _example_words() -> tuple[frozenset[str], tuple[str, ...], re.Pattern, frozenset[str]]:
    spec = load_yaml("forms.yaml")
    ex, nothing = spec.get("example_rows", {}), spec.get("nothing_to_report", {})

    def alt(key):
        return "|".join(sorted(map(re.escape, nothing.get(key, [])), key=len, reverse=True))
    # 本月无 / 无新技术新项目 / 本季度未开展帮扶活动。 — a list of words, so 无痛胃肠镜检查 is never one
    pattern = re.compile(rf"(?:{alt('when')})?[，,\s]*(?:{alt('none')})\s*(?:{alt('what')})?[。.！!]?")
    return frozenset(ex.get("serial", [])), tuple(ex.get("prefix", [])), pattern, frozenset(ex.get("test", []))


def test_answers() -> frozenset[str]:
    """Words an online form's test submission is answered with (forms.yaml example_rows.test)."""
    return _example_words()[3]


def _example_or_nothing(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """A template's example row (示例 in the 序号 column, 例：张三 in a cell) or a line saying there was
    nothing to report (本月无; 1 | 无新技术新项目): neither is a row of data (forms.yaml)."""
    serials, prefixes, nothing, tests = _example_words()
    lead = distinct[0].strip()
    if lead.rstrip("：:") in serials or any(t.strip().startswith(prefixes) for t in distinct[:3]) \
            or any(t.strip() in tests for t in distinct):  # an online form's test submission (测试)
        return "example", row_text(row)
    texts = [t for t in distinct if not _is_serial_like(t)]
    if len(texts) == 1 and len(distinct) <= 2 and nothing.fullmatch(texts[0].strip()):
        return "nothing", row_text(row)
    return None


def _other_script_line(b: _Body, i: int, row: list[Any], distinct: list[str]) -> tuple[str, str] | None:
    """The header again in a minority script on a row of its own right under it (ཟླ་བ། | འགོ་ཚུགས། under 月份 |
    开始日期: realworld123): every text of the row is only Tibetan, Arabic-script, Mongolian or Yi. A data row
    (a name in Tibetan, then 内科 and dates) is never one."""
    if b.data_seen or distinct[0].isascii() or not OTHER_SCRIPT.search(distinct[0]):
        return None
    if all(OTHER_SCRIPT.search(t) and not norm_label(t) for t in _distinct(row)):
        return "header", row_text(row)
    return None


BODY_ROW_RULES = (_note_or_signature, _other_script_line, _total, _rate, _repeated_header, _page_break, _continued_cell, _section, _example_or_nothing,
                  _sentence, _column_numbers, _voided, _under_the_notes, _in_a_plan_section)


# A data row's first text is mostly a serial number (1, 2, …) or a recurring word: its tests
# are judged once per distinct text, not once per row.
@lru_cache(maxsize=65536)
def _lead_tests(lead: str) -> tuple[str, bool, bool, bool]:
    """(normalised text, reads like a signature or note, reads like a total, is a serial number)."""
    first = norm_label(lead)
    # search: a total may be named at its end too (第一季度小计, 2024年合计)
    both = two_languages(lead)  # "Total / 合计：3"
    total = bool(_TOTAL.search(first) or _TOTAL_EN.fullmatch(first) or (both and _TOTAL.search(norm_label(both[0]))))
    return (first, bool(_SIGNATURE.search(lead) or _NOTE.match(lead) or _FOOTER_LEAD.match(lead) or _OFFICE_DATE.fullmatch(lead.strip())),
            total, _is_serial_like(lead))


def _is_group_row(upper: list[Any], lower: list[Any]) -> bool:
    """A row of group labels above the real header (人员信息 | 派驻情况 ...) merged across columns."""
    vals = [v for v in upper if not is_blank(v)]
    # period labels (2021年, 7月) are group headers, not values
    if len(_distinct(upper)) < 2 or any(_looks_like_value(v) and not _is_period_label(v) for v in vals):
        return False
    if _META_KEYS.search(row_text(upper)):
        return False
    # group labels repeat across the columns they span (after fill_merged) or sit over
    # columns whose lower cells are recognised labels
    return len(vals) > len(_distinct(upper)) and _header_score(lower) >= 4


_DATE_LINE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}")
_LABEL_PAIR = re.compile(r"^\s*[\u4e00-\u9fff]{2,8}\s*[:：]")


def _all_label_pairs(row: list[Any]) -> bool:
    """Every filled cell is "label：value" (填报人：吴某 | 联系电话：0998-… | 填报日期：…): a sign-off line
    spread over cells, whatever numbers its values hold."""
    texts = [cell_text(v) for v in row if not is_blank(v)]
    return len(texts) >= 2 and all(_LABEL_PAIR.match(t) for t in texts)


def _is_label_text(t: str) -> bool:
    """A short label such as 受援单位 or 年度 (no digits, not a sentence)."""
    t = unicodedata.normalize("NFKC", t).strip().rstrip(":：")
    return 1 < len(t) <= 10 and not re.search(r"\d", t) and bool(re.search(r"[\u4e00-\u9fff]", t))


def _is_text(v: Any) -> bool:
    return isinstance(v, str) and bool(re.search(r"[\u4e00-\u9fff]", v))


def _mostly_values(row: list[Any]) -> bool:
    vals = [v for v in row if not is_blank(v)]
    return len(vals) >= 3 and sum(_looks_like_value(v) for v in vals) >= 2


_SERIAL = re.compile(r"\d{1,4}")


def _is_serial_like(v: Any) -> bool:
    return bool(_SERIAL.fullmatch(cell_text(v)))


_SECTION = re.compile(r"(医院|卫生院|中心|单位|县|市|区|院区|分院)")


def _repeats_header(row: list, header_norm: list[str], repeat_min: int) -> bool:
    """The header printed again (a page break in an export): enough of its cells, each under
    the same column. A header with some columns in another order is another table's header
    (stacked_tables.py reads it with its own mapping), never the first one's repeated."""
    same = 0
    for c, v in enumerate(row):
        if c >= len(header_norm) or is_blank(v):
            continue
        n = norm_label(v)
        if n == header_norm[c]:
            same += 1
        elif n in header_norm or n in all_labels():
            return False  # another label where the header has its own (进修科室 under 科室): another table's header
    return same >= repeat_min


def _is_section_text(t: str) -> bool:
    s = unicodedata.normalize("NFKC", t).strip()
    if re.match(r"^[一二三四五六七八九十]+[、.]\s*(?:[\u4e00-\u9fff]|(?:19|20)\d{2}\s*年)", s):  # 二、第二周期（2021—2025年）, 二、2025年拟开展…: numbered
        return True
    if re.match(r"^第[一二三四五六七八九十\d]+(?:批|轮|期|班)(?:次)?(?:\s*[（(][^）)]*[)）])?\s*$", s):  # 第一批（2024年3月—8月）
        return True
    if COHORT_LINE.match(s):  # 2024年春季班（3月—8月）, 2024年秋季班 9月—次年2月 (realworld138)
        return True
    if re.match(r"^第[一二三四五六七八九十\d]+(?:批|轮|期|班|组|队)次?\s+[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S", s):
        return True  # 第二批　下派时间：2024年7月至12月 between a batch's rows and the next batch's (realworld138)
    if re.match(r"^[\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|县|区|旗)\s*(?:[（(]\s*(?:共\s*)?\d+\s*(?:对|家|个|所|项|人)\s*[)）])?\s*$", s):
        return True  # 琅岫省（2对）: a national list's section per province, its pairings under it
    if _looks_like_value(s) and not re.search(r"[:：]", s):
        return False
    return bool(_SECTION.search(s))


# a cohort of trainees named by its season (2024年春季班（3月—8月）, 秋季班 9月—次年2月): a section of the list
COHORT_LINE = re.compile(r"^(?:(?:19|20)\d\d\s*年度?)?\s*(?:春季|秋季|夏季|冬季|上半年|下半年)(?:进修)?班"
                         r"(?:\s*[（(][^）)]*[)）]|\s+[\d一二三四五六七八九十]{1,4}\s*月.*)?\s*$")


_PAIR_HINT = re.compile(r"[\u4e00-\u9fff]{2,10}\s*[:：]\s*\S")


def _pair_rows(grid: list[list[Any]]) -> int:
    """Rows that read "label | value": a recognised label followed by a cell that is not one."""
    n = 0
    for row in grid[:HEADER_SEARCH_ROWS]:
        cells = [v for v in row if not is_blank(v)]
        for a, b in zip(cells, cells[1:]):
            if isinstance(a, str) and _is_headerish_cell(a) and not _is_headerish_cell(b):
                n += 1
                break
    return n


def _without_header(sheet: Sheet, grid: list[list[Any]], meta: SheetMeta) -> Located:
    """No header row: mark titles, meta lines, blanks, notes and signatures; every other row
    is a candidate "label | value" row (one record per sheet) for the classifier."""
    nondata: list[tuple[int, str, str]] = []
    data_rows: list[int] = []
    for i, row in enumerate(grid):
        orig = sheet.rows[i] if i < len(sheet.rows) else []
        t = row_text(orig) or row_text(row)
        distinct = _distinct(row)
        if not distinct:
            nondata.append((i, "blank", ""))
        elif _SIGNATURE.search(t) and not _mostly_values(row):
            nondata.append((i, "signature", t))
            meta.texts.append(t)
        elif _NOTE.match(t) and not _mostly_values(row):
            nondata.append((i, "note", t))
            meta.texts.append(t)
        elif len(distinct) == 1 and _is_text(distinct[0]) and not data_rows:  # a title (it may hold a year)
            kind = "meta" if (_META_KEYS.search(t) or _PAIR_HINT.search(t)) else "title"
            if kind == "title" and meta.title is None:
                meta.title = t
            nondata.append((i, kind, t))
            meta.texts.append(t)
            meta.top_texts.append(t)
        elif _META_KEYS.search(t) and not data_rows and not _mostly_values(row):
            nondata.append((i, "meta", t))
            meta.texts.append(t)
            meta.top_texts.append(t)
        else:
            data_rows.append(i)
    _extract_meta(meta, sheet.name)
    return Located([], [], data_rows, nondata, {}, meta, grid, vertical=True)


_UNIT_RE = re.compile(r"(?:填报单位|报送单位|单位名称|填报医院|医院名称)(?:[（(]\s*(?:盖章|公章|签章)\s*[)）])?\s*[:：]\s*([^\s:：]+?)(?=\s|$|填报|报送|日期|联系|负责|（|\()")
_DATE_RE = re.compile(r"(?:填报日期|报送日期|填表日期|填报时间|报送时间|填表时间|日期)\s*[:：]\s*([0-9０-９]{4}\s*[年./-]\s*[0-9０-９]{1,2}\s*[月./-]\s*[0-9０-９]{1,2}\s*日?|[0-9]{8})")
# a sheet named only by its year (one sheet per year): 2022, 24年, 2023年度
_SHEET_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})\s*[.\-/_年]\s*(\d{1,2})\s*月?份?")
_SHEET_YEAR = re.compile(r"((?:19|20)\d{2})(?:年度?)?|(\d{2})年度?")
_PERIOD_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:度|(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)(?!\s*[-—至~～]))?")
# 报告期：2023年5月 is one month; 报告期：2022年1—6月 is (within) a year
_PERIOD_KEYED = re.compile(r"(?:报告期|统计期|统计期间|统计时间|所属期|年度)\s*[:：]\s*((?:19|20)\d{2})(?:\s*[年.\-/]\s*(\d{1,2})(?!\s*[-—–~～至]|\d))?")


_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})\s*年(?:\s*([一二三四五六七八九十]{1,3})\s*月)?")


def _cn_period(text: str) -> str:
    """二〇二四年三月 -> 2024年3月: a period written in Chinese digits (a title, a file name: realworld151)."""
    if "年" not in text:
        return text

    def one(m: re.Match) -> str:
        year = "".join(str("〇一二三四五六七八九".index(c)) if c in "〇一二三四五六七八九" else "0" for c in m.group(1))
        return f"{year}年" + (f"{chinese_numeral_to_int(m.group(2))}月" if m.group(2) else "")
    return _CN_YEAR.sub(one, text)


def period_in(text: str) -> str | None:
    """The year, or year and month, a text names (2024年9月 -> '2024-09', 2024年度 -> '2024', 二〇二四年三月)."""
    m = _PERIOD_RE.search(_cn_period(unicodedata.normalize("NFKC", text)))
    if not m:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}" if m.group(2) else m.group(1)


def _extract_meta(meta: SheetMeta, sheet_name: str) -> None:
    texts = [unicodedata.normalize("NFKC", t) for t in meta.texts]
    for t in texts:
        if meta.reporting_unit is None:
            m = _UNIT_RE.search(t)
            if m:
                meta.reporting_unit = m.group(1).strip()
        if meta.reported_date is None:
            m = _DATE_RE.search(t)
            if m:
                meta.reported_date = m.group(1)
    for t in texts:
        m = _PERIOD_KEYED.search(t)
        if m:
            meta.period_text = f"{m.group(1)}-{int(m.group(2)):02d}" if m.group(2) else m.group(1)
            break
    if meta.period_text is None:
        # lines above the table, without their 填报日期 (the date a form was filled is not its period)
        tops = [_DATE_RE.sub("", unicodedata.normalize("NFKC", t)) for t in meta.top_texts]
        name = unicodedata.normalize("NFKC", sheet_name)
        for t in [_cn_period(meta.title or ""), name, *tops]:
            m = _PERIOD_RE.search(t if t is name else _cn_period(t))
            if m:
                meta.period_text = f"{m.group(1)}-{int(m.group(2)):02d}" if m.group(2) else m.group(1)
                break
            if t is name and (ym := _SHEET_YEAR_MONTH.fullmatch(name.strip())) and 1 <= int(ym.group(2)) <= 12:
                meta.period_text = f"{ym.group(1)}-{int(ym.group(2)):02d}"  # a sheet per month: 2024.7, 2024-07
                break
            if t is name and (y := _SHEET_YEAR.fullmatch(name.strip())):  # a sheet per year: 2022, 24年
                meta.period_text = y.group(1) or f"20{y.group(2)}"
                break
    meta.period_text = with_sheet_month(meta.period_text, sheet_name, meta.title)
    meta.pairs = [p for t in meta.top_texts for p in key_value_pairs(t)] + meta.cell_pairs


def with_sheet_month(period: str | None, sheet_name: str, title: str | None) -> str | None:
    """A whole year (2024年度 in the title, 2024年上半年 in the file name) over a sheet per month (2023年12月, 2025年1月,
    2024.7, 三月份): the sheet's month, in the sheet's own year — a late or early month is never moved into the
    year given above it. Any other period as it is."""
    if period is None or len(period) != 4:
        return period
    name = unicodedata.normalize("NFKC", sheet_name).strip()
    m = None if MONTHS_SPANNED.search(name) else _PERIOD_RE.search(name)  # 2024年1月到3月: a quarter, no month
    if m and m.group(2):
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    if (ym := _SHEET_YEAR_MONTH.fullmatch(name)) and 1 <= int(ym.group(2)) <= 12:
        return f"{ym.group(1)}-{int(ym.group(2)):02d}"
    if (month := tab_month(name)) is not None and len(set(re.findall(r"(?:19|20)\d{2}", title or ""))) <= 1:
        # a sheet named 1月 (一月) under 2024年上半年: that month (under 2024—2025年度 the year is not known)
        return f"{period}-{month:02d}"
    return period


def tab_month(sheet_name: str) -> int | None:
    """The month a sheet named by a month alone says (4月, 十月: one of a workbook's sheets per month), else None."""
    bare = _SHEET_MONTH_ONLY.fullmatch(unicodedata.normalize("NFKC", sheet_name).strip())
    if not bare:
        return None
    return int(bare.group(1)) if bare.group(1).isdigit() else _CN_MONTHS[f"{bare.group(1)}月"]


def is_month_tab(sheet_name: str) -> bool:
    return tab_month(sheet_name) is not None


def tab_month_over_title(period: str | None, sheet_name: str) -> str | None:
    """A workbook of a sheet per month (4月 | 5月 | 6月) whose sheet's title still says the month it was copied from
    (the 10月 tab titled 2024年9月份): the tab's month, in the title's year (realworld151); else None."""
    if not period or len(period) != 7 or (month := tab_month(sheet_name)) is None:
        return None
    if month == int(period[5:]):
        return None
    # 11月 | 12月 | 1月, the 1月 tab titled 2024年12月: the next year's January (REV25)
    year = int(period[:4]) + (1 if int(period[5:]) - month > 6 else 0)
    return f"{year}-{month:02d}"


_CHUNK = re.compile(r"[\s\u3000]+")


def key_value_pairs(text: str) -> list[tuple[str, str]]:
    """'受援医院：石桥县人民医院　派出医院：青岚省人民医院　考核月份：2023年5月' -> pairs.
    A key whose value is in the next cell ('派出单位：', 'X') is joined with it."""
    return list(_key_value_pairs(text))


MONTHS_SPANNED = re.compile(r"\d\s*月?\s*(?:[-—–~～至到、,，和及]|以及)\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月|季度|半年|全年|上半|下半")
_BRACKETED_PAIR = re.compile(r"[(]\s*([^()::]{2,8}:[^()]+?)\s*[)]")


# Asked twice per sheet (meta lines, then titles in sheet_context) and such lines recur across
# a year's files: worked out once per distinct text
@lru_cache(maxsize=16384)
def _key_value_pairs(text: str) -> tuple[tuple[str, str], ...]:
    # a pair in brackets inside a title (…新技术新项目（帮扶单位：澜岫省中医院）): a chunk of its own
    text = _BRACKETED_PAIR.sub(r" \1 ", unicodedata.normalize("NFKC", text))
    chunks = [c for c in _CHUNK.split(text.replace("：", ":")) if c]
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(chunks):
        c = chunks[i]
        if ":" in c:
            key, _, val = c.partition(":")
            if not val and i + 1 < len(chunks) and ":" not in chunks[i + 1]:
                val = chunks[i + 1]
                i += 1
            key = re.sub(r"[（(].*?[)）]", "", key).strip()
            if key and val:
                out.append((key, val.strip()))
        i += 1
    return tuple(out)

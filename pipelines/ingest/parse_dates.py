"""Dates as hospitals write them: Excel dates, 2023.3.1, 2023年3月1日, 2023/03/01,
2023-3-1, 20230301, month-only 2023年5月 (also typed as a number: 2023.7, 202403), a part of
a month 2024年3月上旬 / 3月底, ranges 2023.03—2023.09, open ends 至今 / 在岗, durations 半年 / 6个月.

Why not a library: dateutil and dateparser both guess on ambiguous input (dateutil reads
"2023.3" as 3 March of the current year; dateparser needs a language model, costs about a
millisecond per value and does not split ranges). Hospital forms use a small, known set of
year-first patterns, so a strict matcher that either understands a value or says why it
does not is safer: an unparseable date quarantines the row instead of becoming a guess.
Calendar arithmetic itself uses the standard library and dateutil.relativedelta.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from pipelines.ingest.parse_numbers import chinese_numeral_to_int

EXCEL_EPOCH = dt.date(1899, 12, 30)


class DateParseError(ValueError):
    """The text is not a date we can read; the message is bilingual and safe to show."""


@dataclass(frozen=True)
class ParsedDate:
    value: dt.date
    precision: str  # "day", "month", "year", or "xun" (a third of a month: 上旬, 3月底; approximate)


_CN_DIGITS = "〇零一二三四五六七八九十"

# year-first forms: 2023-03-01, 2023.3.1, 2023/3/1, 2023年3月1日, 2023年03月, 2023.03, 2023年
_YMD = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-./年]\s*(?P<m>\d{1,2})\s*(?:[-./月]\s*(?:(?P<d>\d{1,2})\s*[日号]?)?|月)?)?"
)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})?")
# a two-digit year, day included (24.1.8, 24-01-08, 25年3月1日): this century
_YY_M = re.compile(r"(?P<y>\d{2})\s*年\s*(?P<m>\d{1,2})\s*月份?")
_YY_MD = re.compile(r"(?P<y>\d{2})\s*(?:[./-]\s*(?P<m>\d{1,2})\s*[./-]\s*(?P<d>\d{1,2})|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号]?)")
# a part of a month (旬, a third): 2024年3月上旬, 2024.3中旬, 2024年3月初 / 月中 / 月底 / 月末
_XUN = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-./年]\s*(?P<m>\d{1,2})\s*月?\s*(?P<x>上旬|中旬|下旬|初|中|底|末)")
# first and last day of each part; None = the last day of the month
# (月底 / 月末 is the end of the month itself: 3月底 is 31 March, as a start as much as an end)
_XUN_DAYS = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20), "下旬": (21, None), "底": (None, None),
             "末": (None, None)}
# an end that has not come yet: the stay goes on (至今, 在岗, 至今在岗, 未结束)
_OPEN_END = ({a + b for a in ("", "至今", "到今", "至现在", "到现在", "今", "现在", "目前", "今天")
              for b in ("", "在岗", "在职", "未结束", "尚未结束", "仍在岗")} - {""}) \
    | {"ongoing", "present", "to date", "till now", "until now", "now", "current", "on-going", "to present"}
_OPEN_END_RE = "|".join(sorted(_OPEN_END, key=len, reverse=True))
_OPEN_RANGE = re.compile(rf"(?P<start>.+?)\s*(?:[-—–―－~～]+\s*)?(?:{_OPEN_END_RE})")
_RANGE_SPLIT = re.compile(r"\s*(?:—+|–|－|~|～|至|到|-{1,2}(?=\s*(?:19|20)\d{2})|―)\s*")
# a range whose second part has no year: 2023年3月1日至9月30日, 2023.03-09, 3月上旬至8月底
_SHORT_END = re.compile(r"^(?P<m>\d{1,2})\s*(?:[-./月]\s*(?:(?P<d>\d{1,2})\s*[日号]?)?)?$")
_SHORT_XUN_END = re.compile(r"^(?P<m>\d{1,2})\s*月?\s*(?P<x>上旬|中旬|下旬|初|中|底|末)$")


def _clean(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).strip()
    # 2024.4.18⏎（首例）: a remark in brackets on a line of its own under the date (realworld148)
    s = _REMARK_LINE.sub(lambda m: m.group(1) if _DATE_WORDS.fullmatch(m.group(1).strip()) else "", s)
    if any(ch in s for ch in _CN_DIGITS):
        s = _chinese_date_digits(s)
    # drop time of day: "2023-03-01 00:00:00", "2023-03-01T08:00"
    s = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", s)
    # and said in words: 5月8日上午, 2025.3.12下午, 5月8日上午/下午
    s = _DAY_PART.sub("", s)
    # and the weekday after the day: 2024年3月1日（星期五）, 2024-03-01 周五 (anywhere: a range has two)
    s = _WEEKDAY.sub("", s)
    # 2024.12（预计）, 2025年2月底(暂定): an end said with how sure it is — the date as written (realworld129)
    s = _TENTATIVE.sub("", s)
    # 2024年3月起, 2024.3.1开始: the day a stay starts, said so (in a range, the end not said)
    return _STARTING.sub("", s)


_TENTATIVE = re.compile(r"(?<=[\d月日号底初中旬])\s*\(\s*(?:预计|计划|暂定|拟|待定)\s*\)$|(?<=[\d月日号底初中旬])\s*(?:预计|暂定)$")


_LINE_SEPARATOR = re.compile(r"[-—–－~～至到―]$|^[-—–－~～至到―]")  # a line of a range ending or starting with its separator
_STARTING = re.compile(r"(?<=[\d月日号])\s*(?:起|开始)$")


_WEEKDAY = re.compile(r"(?<=[\d日号])\s*(?:\(\s*(?:星期|周|礼拜)[一二三四五六日天]\s*\)|(?:星期|礼拜)[一二三四五六日天]|周[一二三四五六日])")
_DAY_PART = re.compile(r"(?<=[\d日号])\s*(?:上午|下午|晚上|早上|中午|全天|晚间)(?:\s*[/、和及至\-]\s*(?:上午|下午|晚上|全天))*$")


def _chinese_date_digits(s: str) -> str:
    """二〇二三年三月十五日 -> 2023年3月15日 (year digit by digit, month/day as numbers)."""

    def year(m: re.Match) -> str:
        return "".join(str("〇一二三四五六七八九".index(c)) if c in "〇一二三四五六七八九" else "0" for c in m.group(1)) + "年"

    s = re.sub(r"([〇零一二三四五六七八九]{4})年", year, s)

    def num(m: re.Match) -> str:
        return str(chinese_numeral_to_int(m.group(1))) + m.group(2)

    return re.sub(r"([〇零一二三四五六七八九十]{1,3})([月日号])", num, s)


def _make(y: int, m: int | None, d: int | None, end_of_period: bool) -> ParsedDate:
    if m is None:
        if not 1900 <= y <= 2100:
            raise DateParseError(f"年份不合理 / implausible year: {y}")
        return ParsedDate(dt.date(y, 12, 31) if end_of_period else dt.date(y, 1, 1), "year")
    if not 1 <= m <= 12:
        raise DateParseError(f"月份超出范围 / month out of range: {m}")
    if d is None:
        last = calendar.monthrange(y, m)[1]
        return ParsedDate(dt.date(y, m, last if end_of_period else 1), "month")
    try:
        return ParsedDate(dt.date(y, m, d), "day")
    except ValueError:
        raise DateParseError(f"日期不存在 / no such date: {y}-{m}-{d}") from None


def _xun(y: int, m: int, part: str, end_of_period: bool) -> ParsedDate:
    """2024年3月上旬 starts on 1 March and ends on 10 March; 下旬 runs from the 21st to the last
    day of the month, 中旬 from the 11th to the 20th, 初 is the 上旬; 底 / 末 are the last day."""
    if not 1 <= m <= 12:
        raise DateParseError(f"月份超出范围 / month out of range: {m}")
    first, last = _XUN_DAYS[part]
    day = (last if end_of_period else first) or calendar.monthrange(y, m)[1]
    return ParsedDate(dt.date(y, m, day), "xun")


def _from_serial(x: float) -> ParsedDate:
    if not 1 <= x < 2958466:
        raise DateParseError(f"不是日期 / not a date: {x}")
    return ParsedDate(EXCEL_EPOCH + dt.timedelta(days=int(x)), "day")


def _from_number(value: int | float, end_of_period: bool) -> ParsedDate:
    """A date typed as a number: 20240301 and 202403 (compact), 45352 (Excel serial day),
    2024 (a year), 2023.7 (year.month: Excel shows 2023.10 as 2023.1, which is read as January)."""
    whole = float(value).is_integer()
    if whole and (19000101 <= value <= 21001231 or 190001 <= value <= 210012):
        return parse_date(str(int(value)), end_of_period=end_of_period)
    if 20000 <= value <= 80000:  # Excel serial day number (1954..2119)
        return _from_serial(float(value))
    if 1900 <= value <= 2100:
        if whole:
            return _make(int(value), None, None, end_of_period)
        year, month = repr(float(value)).split(".")
        if len(month) <= 2:  # 2023.7, 2023.05, 2023.12; 2023.123 is no month
            return _make(int(year), int(month), None, end_of_period)
    raise DateParseError(f"不是日期 / not a date: {value}")


# the hours after a day (2024年5月9日 14:30-16:30, 2024-03-01 08:30): the day is the date
_TIME_OF_DAY = re.compile(r"(?<=[日号\d])\s*(?:上午|下午|晚上)?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?(?:\s*[-—–~～至到]\s*\d{1,2}\s*[:：]\s*\d{2})?$")


# an ISO 8601 instant as a web form's writer stores a date cell (t="d"): 2025-04-10T00:00:00Z,
# 2025-04-09T16:00:00.000Z (local midnight written in UTC), 2025-04-10T00:00:00+08:00
_ISO_INSTANT = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?")
_CHINA = dt.timezone(dt.timedelta(hours=8))


def _iso_instant_day(text: str) -> dt.date:
    """The day an ISO 8601 instant falls on in China (UTC+8); a time without a zone is local."""
    t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (t.astimezone(_CHINA) if t.tzinfo else t).date()


def parse_date(value: object, *, end_of_period: bool = False) -> ParsedDate | None:
    """Parse one cell into a date. None for an empty cell.

    ``end_of_period``: a month-only or year-only value stands for its last day (used for
    end dates: "2023年9月" as an end date means 2023-09-30), a part of a month for the last
    day of that part ("2024年3月上旬" -> 2024-03-10); an open end (至今, 在岗) is None.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return ParsedDate(value.date(), "day")
    if isinstance(value, dt.date):
        return ParsedDate(value, "day")
    if isinstance(value, bool):
        raise DateParseError(f"不是日期 / not a date: {value}")
    if isinstance(value, (int, float)):
        return _from_number(value, end_of_period)
    if isinstance(value, str) and _ISO_INSTANT.fullmatch(value.strip()):
        return ParsedDate(_iso_instant_day(value.strip()), "day")
    s = _TIME_OF_DAY.sub("", _clean(str(value)))
    if not s or s in {"-", "—", "/", "无", "空"}:
        return None
    if end_of_period and (s in _OPEN_END or s.lower() in _OPEN_END):
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", s):
        return _from_serial(float(s))
    m = re.fullmatch(r"((?:19|20)\d{2})\s*年度?", s)
    if m:
        return _make(int(m.group(1)), None, None, end_of_period)
    m = _COMPACT.fullmatch(s)
    if m:
        return _make(int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None, end_of_period)
    m = _YMD.fullmatch(s)
    if m:
        return _make(int(m["y"]), int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None, end_of_period)
    m = _XUN.fullmatch(s)
    if m:
        return _xun(int(m["y"]), int(m["m"]), m["x"], end_of_period)
    m = _YY_MD.fullmatch(s)
    if m:  # 24.1.8, 25年3月1日: a two-digit year, written only with its month and day (never 24.3)
        return _make(2000 + int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]), end_of_period)
    m = _YY_M.fullmatch(s)
    if m:  # 24年3月: a two-digit year with 年 and 月 said (24.3 stays unread: a number)
        return _make(2000 + int(m["y"]), int(m["m"]), None, end_of_period)
    named = _month_named(s)
    if named:  # 5-Mar-2024, 16 May 2024, Mar 5, 2024, March 2024: the month said in English
        y, mo, d = named
        return _make(y, mo, d, end_of_period)
    m = _YEAR_LAST.fullmatch(s)
    if m:
        # 3/15/2024 or 15/3/2024: an export from a non-Chinese locale (Chinese forms put the
        # year first). Read only when the order is certain; 3/1/2023 is not (see year_last_order)
        order = year_last_order(s)
        if order is None:
            raise DateParseError(f"日月顺序不明（{s}），请写成 年-月-日 / day and month order unclear: {s!r}; write YYYY-MM-DD")
        return parse_year_last(s, order, end_of_period)
    raise DateParseError(f"无法识别的日期 / unrecognised date: {s!r}")


# An English month name settles the order a year-last date leaves open. Read with a pattern and
# the month table below, not dateutil.parser: its fuzzy reading also accepts "3/4/2024" (which
# order?) and text around a date, and a cell must be a date and nothing else.
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MON = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_MON_YEAR = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]*{_MON}[\s\-/.,]*(?P<y>(?:19|20)\d{{2}})")
_MON_DAY_YEAR = re.compile(rf"{_MON}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y>(?:19|20)\d{{2}})")
_MON_YEAR = re.compile(rf"{_MON}[\s\-/.,]*(?P<y>(?:19|20)\d{{2}})")


def _month_named(s: str) -> tuple[int, int, int | None] | None:
    t = s.strip().lower()
    for pattern in (_DAY_MON_YEAR, _MON_DAY_YEAR, _MON_YEAR):
        m = pattern.fullmatch(t)
        if m:
            return int(m["y"]), _MONTHS[m["mon"][:3]], int(m["d"]) if "d" in m.groupdict() else None
    return None


_YEAR_LAST = re.compile(r"(?P<a>\d{1,2})\s*[/.-]\s*(?P<b>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})")


def year_last_order(text: object) -> str | None:
    """"md" (3/15/2024), "dm" (15/3/2024), "same" (3/3/2024) or None: not year-last, or the
    order cannot be told from this date alone (3/1/2023)."""
    kind = year_last_kind(text)
    return None if kind == "?" else kind


def year_last_kind(text: object) -> str | None:
    """As year_last_order, but "?" for a year-last date whose order this date alone cannot tell (3/1/2023)."""
    m = _YEAR_LAST.fullmatch(_clean(str(text or "")))
    if not m:
        return None
    a, b = int(m["a"]), int(m["b"])
    return "same" if a == b else "dm" if a > 12 >= b else "md" if b > 12 >= a else "?"


def parse_year_last(text: object, order: str, end_of_period: bool = False) -> ParsedDate:
    """A year-last date read in a known order ("md" or "dm"): a column whose other dates show it."""
    m = _YEAR_LAST.fullmatch(_clean(str(text)))
    if not m:
        raise DateParseError(f"无法识别的日期 / unrecognised date: {text!r}")
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if order == "dm" else (a, b)
    return _make(int(m["y"]), month, day, end_of_period)


_START_FOR = re.compile(r"(.+?(?:\d|月|日|号))\s*(?:起|开始)\s*[,，、;；]?\s*(?:进修|派驻|下沉|驻点|支援|帮扶|工作)?\s*(?:共计|共|为期|计)?\s*([\d.一二两三四五六七八九十半]+\s*(?:个月|月|年|周|天)|半年)")
# a length in brackets after a range (2024.03—2024.08（6个月）): the range says it already
_BRACKETED_LENGTH = re.compile(r"\s*[（(]\s*(?:共|约|为期)?\s*[\d.一二两三四五六七八九十半]+\s*(?:个月|月|年|周|天)\s*[)）]\s*$")
_NO_YEAR = re.compile(r"(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*[日号]?")


def parse_date_in_year(value: object, year: int, end_of_period: bool = False) -> ParsedDate | None:
    """A date written without its year (3月15日, 4.12) on a sheet whose title gives the year."""
    s = _clean(str(value))
    m = _NO_YEAR.fullmatch(s)
    if not m:
        if re.match(r"(1[0-2]|0?[1-9])\s*月", s):  # 3月上旬, 4月, 10月底: the month (part) of that year
            return parse_date(f"{year}年{s}", end_of_period=end_of_period)
        raise DateParseError(f"无法识别的日期 / unrecognised date: {s!r}")
    return _make(year, int(m.group(1)), int(m.group(2)), end_of_period)


def parse_date_range_in_year(value: object, year: int) -> tuple[ParsedDate | None, ParsedDate | None] | None:
    """A range written without its year (3月1日—8月31日, 11月—次年4月 excepted) on a sheet whose
    title gives the year: the title's year; an end before the start is in the next year."""
    s = _clean(str(value))
    if not re.match(r"(1[0-2]|0?[1-9])\s*(月|[./-]\s*\d)", s):
        raise DateParseError(f"无法识别的起止时间 / unrecognised date range: {s!r}")
    rng = parse_date_range(f"{year}年{s}" if "月" in s.split("日")[0] else f"{year}.{s}")
    if rng is None or rng[0] is None:
        raise DateParseError(f"无法识别的起止时间 / unrecognised date range: {s!r}")
    start, end = rng
    if end is not None and end.value < start.value:
        end = ParsedDate(end.value + relativedelta(years=1), end.precision)
    return start, end


def parse_date_range(value: object) -> tuple[ParsedDate | None, ParsedDate | None] | None:
    """Parse "2023.03—2023.09", "2023年3月1日至2023年9月30日", "2023.3.1-9.30".

    Returns (start, end); an open end ("2023.3.1至今") gives end None. None for an empty
    cell. The end of a month-only range is the last day of that month.
    """
    if value is None:
        return None
    if isinstance(value, (int, float, dt.datetime, dt.date)) and not isinstance(value, bool):
        # one date typed as a number (20240902), an Excel serial or a date cell: a start, no end
        single = parse_date(value)
        return (single, None) if single is not None else None
    s = _BRACKETED_LENGTH.sub("", _clean(str(value)))
    # 自2024年6月1日起至2024年11月30日止: the words around a range, as a form's sentence writes it
    s = re.sub(r"^自\s*", "", s)
    s = re.sub(r"\s*止$", "", s).replace("起至", "至").replace("起到", "到")
    if not s:
        return None
    if "\n" in s:  # 2024.03.01 over 2024.08.31 (or with 至 on a line between): the two ends on lines of one cell
        lines = [ln.strip() for ln in s.splitlines() if ln.strip()]
        if len(lines) == 3 and _RANGE_SPLIT.fullmatch(lines[1]):
            lines = [lines[0], lines[2]]
        if len(lines) == 2 and len(_RANGE_SPLIT.split(s, maxsplit=1)) != 2 \
                and not _LINE_SEPARATOR.search(lines[0]) and not _LINE_SEPARATOR.match(lines[1]):
            s = "至".join(lines)  # (a line ending 2024.3.1- or 至 keeps its own separator, as before)
    try:  # one date is a start with no end (2023-9-1 must not be split at its hyphens)
        single = parse_date(s)
        if single is not None:
            return single, None
    except DateParseError:
        pass
    m = _OPEN_RANGE.fullmatch(s)
    if m:  # 2024.3.1-至今, 2024年3月至今, 2024.03—在岗: a start and no end yet
        try:
            start = parse_date(m["start"])
        except DateParseError:  # "至今" alone: no start, said below
            start = None
        if start is not None:
            return start, None
    m = _START_FOR.fullmatch(s)
    if m:  # 2024.03.01起6个月: a start and a length
        start = parse_date(m.group(1))
        months = parse_duration_months(m.group(2))
        if start is not None and months:
            return start, ParsedDate(add_months(start.value, months), "day")
    parts = [p for p in _RANGE_SPLIT.split(s, maxsplit=1) if p is not None]
    if len(parts) != 2:
        # a plain hyphen between the two ends ("2023-03-01-2023-09-30", "2023.3.1-9.30"):
        # take the first hyphen whose left side is a whole date
        parts = []
        for i, ch in enumerate(s):
            if ch == "-" and 0 < i < len(s) - 1:
                try:
                    left = parse_date(s[:i])
                except DateParseError:
                    continue
                if left is None or left.precision == "year":
                    continue
                parts = [s[:i], s[i + 1 :]]
                break
        if not parts:
            single = parse_date(s)  # a 帮扶时间 column holding just the start
            if single is not None:
                return single, None
            raise DateParseError(f"无法识别的起止时间 / unrecognised date range: {s!r}")
    left, right = parts[0].strip(), parts[1].strip()
    start = parse_date(left)
    if start is None:
        raise DateParseError(f"起止时间缺少起始日期 / date range without a start: {s!r}")
    if not right or right in _OPEN_END:
        return start, None
    short = _SHORT_END.fullmatch(right)
    short_xun = _SHORT_XUN_END.fullmatch(right)
    day = _DAY_END.fullmatch(right)
    if day and int(day["d"]) > start.value.day:  # 3月12日-14日: the same month
        end = _make(start.value.year, start.value.month, int(day["d"]), True)
    elif short and not re.match(r"(?:19|20)\d{2}", right):
        end = _make(start.value.year, int(short["m"]), int(short["d"]) if short["d"] else None, True)
    elif short_xun:
        end = _xun(start.value.year, int(short_xun["m"]), short_xun["x"], True)
    else:
        end = parse_date(right, end_of_period=True)
    return start, end


_DAY_END = re.compile(r"(?P<d>[0-3]?\d)\s*[日号]")


# lengths in ordinary or financial (大写) numerals: 6个月, 六个月, 壹年, 贰个月
_DURATION = re.compile(r"^(?P<n>[\d.]+|[一二两三四五六七八九十半壹贰叁肆伍陆柒捌玖拾]+)\s*(?P<unit>个月|月|年|周|天|日)$")


_REMARK_LINE = re.compile(r"\s*\n\s*\(([^\d()]*)\)\s*$")
# ... but a part of the month in brackets is the date's own (2024年3月⏎（下旬）: REV24)
_DATE_WORDS = re.compile(r"上旬|中旬|下旬|月初|月中|月底|月末|初|底|末|至今")


def parse_duration_months(value: object) -> float | None:
    """"半年" -> 6, "6个月" -> 6, "1年" -> 12, "壹年" -> 12, "一年半" -> 18, "90天" -> 2.96 (days / 30.44)."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)  # a bare number in a duration column is months
    s = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
    s = re.sub(r"^(起|自|为期|共计|共|计|约)", "", s)  # 起3个月, 为期半年
    # 6个月（含春节假期）: the length, its remark aside (realworld148) — not a remark that changes it (半年（延长至一年）: REV24)
    # (a bracket that gives or changes a length — 延长至一年, 实际两个月, 共8个月 — is kept, and the cell not read: REV24/25)
    s = re.sub(r"\((?![^()]*(?:延长|缩短|实际|提前|共|[\d一二三四五六七八九十两半]+\s*(?:个月|个?年|天|周|日)))[^()]*\)$", "", s)
    if not s:
        return None
    if re.fullmatch(r"\d{1,2}(?:\.\d+)?", s) and float(s) <= 36:
        return float(s)  # "6" as text (a CSV): months, as the number 6 is (realworld140); "90" says no unit (REV22)
    if s == "半年":
        return 6.0
    if s.endswith("年半"):
        head = s[:-2]
        return 12.0 * _num(head) + 6.0
    m = _DURATION.match(s)
    if not m:
        raise DateParseError(f"无法识别的时长 / unrecognised duration: {s!r}")
    n = 0.5 if m["n"] == "半" else _num(m["n"])
    unit = m["unit"]
    if unit == "年":
        return n * 12.0
    if unit in ("个月", "月"):
        return n
    if unit == "周":
        return n * 7 / 30.4375
    return n / 30.4375


def _num(s: str) -> float:
    try:
        return float(s)
    except ValueError:
        return float(chinese_numeral_to_int(s.replace("两", "二")))


def add_months(start: dt.date, months: float) -> dt.date:
    """Last day of a stay of ``months`` starting on ``start`` (6 months from 2023-03-01 is 2023-08-31)."""
    whole = int(months)
    days = round((months - whole) * 30.4375)
    return start + relativedelta(months=whole, days=days) - dt.timedelta(days=1)


def months_between(start: dt.date, end: dt.date) -> float:
    """Length of an inclusive stay [start, end] in months, calendar-aware.

    2023-03-01..2023-08-31 is exactly 6.0; 2023-03-15..2023-09-14 is 6.0; partial months
    count their days over the length of the month they fall in.
    """
    if end < start:
        return -months_between(end, start)
    stop = end + dt.timedelta(days=1)  # exclusive
    rd = relativedelta(stop, start)
    whole = rd.years * 12 + rd.months
    anchor = start + relativedelta(months=whole)
    rest = (stop - anchor).days
    if rest == 0:
        return float(whole)
    month_len = (anchor + relativedelta(months=1) - anchor).days
    return whole + rest / month_len


# the part of a year a whole list covers, as its title or file name says: 上半年, 7—12月, 第三季度, 全年
_HALF_YEAR = {"上半年": (1, 6), "下半年": (7, 12)}
_QUARTER = re.compile(r"第?([一二三四1-4])季度")
_MONTH_SPAN = re.compile(r"(?<![\d.])(\d{1,2})\s*月?\s*(?:[-—–~～至到])\s*(\d{1,2})\s*月")


def months_span(text: str | None) -> tuple[int, int] | None:
    """(first month, last month) of the part of a year a title or file name says a list covers
    (上半年 (1, 6); 2024年7—12月 (7, 12); 第三季度 (7, 9); 全年, 1-12月 (1, 12)), else None. Two lists of one
    form, hospital and year for different parts are two reports, not a correction (realworld127)."""
    if not text:
        return None
    t = unicodedata.normalize("NFKC", text)
    for word, span in _HALF_YEAR.items():
        if word in t:
            return span
    m = _QUARTER.search(t)
    if m:
        q = "一二三四".index(m.group(1)) + 1 if m.group(1) in "一二三四" else int(m.group(1))
        return (3 * q - 2, 3 * q)
    m = _MONTH_SPAN.search(t)
    if m and 1 <= int(m.group(1)) < int(m.group(2)) <= 12:
        return (int(m.group(1)), int(m.group(2)))
    if "全年" in t:
        return (1, 12)
    return None

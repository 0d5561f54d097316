"""Counts and money as typed on forms: "12例", "3人", "1,234", full-width digits "１２",
Chinese numerals "十二" and financial ones (大写) "叁仟元", "0.5万元", "3千元", "¥3,000.00",
"无" (none), "/" (not applicable; in a money column: nothing paid or charged).

Chinese numerals go through cn2an, a maintained converter; only the unit and placeholder
handling around it is ours. An approximate figure ("30余人", "约40人", "十几") is refused
with its own message: it is not a count.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

import cn2an


class NumberParseError(ValueError):
    """Not a number we can read; message bilingual and safe to show."""


class ApproximateNumberError(NumberParseError):
    """A figure written as an estimate (约40人, 30余人, 十几): readable, but not an exact number."""


# Placeholders: "not applicable / not filled" -> NULL; "none" -> 0. 不详 (unknown) is NULL too, but a figure the
# hospital says it does not know: build_rows gives an optional field that says so a finding (STATED_UNKNOWN)
_NULL_TOKENS = {"", "/", "／", "-", "—", "--", "——", "－", "nan", "NaN", "N/A", "n/a", "不详", "未填", "空"}
STATED_UNKNOWN = frozenset({"不详"})
_ZERO_TOKENS = {"无", "没有", "零", "〇", "免费", "免收", "不收费", "未收费", "未收取", "否"}
# In a money column (补贴, 进修费) a dash or slash says nothing was paid or charged, like 免 / 无.
_MONEY_ZERO_TOKENS = _ZERO_TOKENS | {"免", "免收费", "免交", "不收", "不收取", "/", "／", "-", "—", "--", "——", "－", "减免", "已减免",
                                    "全免", "全额减免", "已免", "免除",
                                    # refunded, or borne by the hospital that trains them: nothing charged (realworld130)
                                    "已退费", "已退", "已退还", "全额退还", "已全额退还", "由支援医院承担", "支援医院承担", "由支援单位承担",
                                    "支援单位承担", "由接收医院承担", "接收医院承担"}
# 1500（已退）: an amount charged and then refunded — nothing charged in the end
_REFUNDED = re.compile(r"[\d,.]+\s*元?\s*[(]\s*(?:已退|已退还|已退费|已全额退还|全额退还)\s*[)]")
_UNIT = re.compile(r"(人次|台次|例次|例|人|次|台|项|个|天|元整|元|圆|名|场|期|家|所|篇|年|岁|分|小时|床)$")
_CURRENCY = re.compile(r"^(?:¥|RMB|人民币)")  # NFKC turns the full-width ￥ into ¥
# digits with a Chinese multiplier: 0.5万, 3千. Multiplied here in Decimal, not by cn2an, which
# drops what falls below a whole unit (cn2an reads 1.23456万 as 12345, 0.00001万 as 0).
_SCALED = re.compile(r"^(\d+(?:\.\d+)?)([万萬千仟])$")
_SCALE = {"万": 10000, "萬": 10000, "千": 1000, "仟": 1000}
# ordinary and financial (大写) numerals, as cn2an reads them
_CN_NUM = re.compile(r"^[零〇一二两三四五六七八九十百千万亿点负壹贰貳叁肆伍陆陸柒捌玖拾佰仟萬]+$")
# whole digits between Chinese multipliers: 1万2千, 3万5 (35000), 2千5百
_CN_MIXED = re.compile(r"^(?:\d+[万萬千仟百佰十拾])+\d*$")
# an estimate: 约40, 近百, 30余, 40多, 十来, 十几, 50左右, 100以上, 20+
_APPROXIMATE = re.compile(r"^(?:约|大约|大概|近|将近|逾|超过|多于|上)|(?:余|多|来|几|左右|上下|以上|\+)$|几")


def chinese_numeral_to_int(s: str) -> int:
    try:
        return int(cn2an.cn2an(s.replace("两", "二").replace("〇", "零"), "smart"))
    except (ValueError, KeyError, TypeError):
        raise NumberParseError(f"无法识别的中文数字 / unrecognised Chinese numeral: {s!r}") from None


def _chinese_numeral_to_decimal(s: str) -> Decimal:
    """十二 -> 12, 叁仟 -> 3000, 三点五 -> 3.5 (kept, so that a count can refuse it)."""
    try:
        n = cn2an.cn2an(s.replace("两", "二").replace("〇", "零"), "smart")
    except (ValueError, KeyError, TypeError):
        raise NumberParseError(f"无法识别的中文数字 / unrecognised Chinese numeral: {s!r}") from None
    return Decimal(n) if isinstance(n, int) else Decimal(repr(n))


# a remark in brackets after a number (NFKC has made the brackets ASCII): words, not a unit or a number
_REMARK = re.compile(r"(?<=[\d分例人次元])\([^()]*[\u4e00-\u9fff][^()]*\)$")
# a unit in brackets after the number (1.2（万元）, 5(千元), 30(人次)): read as the unit written after it
_BRACKETED_UNIT = re.compile(r"\((万元|千元|万|千|元|人次|人|例次|例|台次|台|次|项|个|天|名)\)$")


def _normalise(text: str) -> tuple[str, int]:
    """NFKC, strip, drop thousands separators, a currency sign and a trailing unit; returns
    (text, multiplier) with the multiplier of "0.5万" / "3千" taken off."""
    s = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(" ", "")
    s = _CURRENCY.sub("", s)
    s = _BRACKETED_UNIT.sub(r"\1", s)
    s = _REMARK.sub("", s)  # 12（截至6月底）, 78分（请假未报备）: the number, its remark aside
    for _ in range(2):  # "12例次" / "3人" / "0.5万元"
        s = _UNIT.sub("", s)
    m = _SCALED.match(s)
    if m:
        return m.group(1), _SCALE[m.group(2)]
    return s, 1


def _is_approximate(s: str) -> bool:
    return bool(_APPROXIMATE.search(s)) and bool(re.search(r"[\d零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]", s))


def parse_decimal(value: object, what: str = "number") -> Decimal | None:
    """A number (money, score). None when empty or not applicable.

    ``what`` names the kind of number in the message for an approximate figure ("count").
    """
    d = _parse_decimal(value, what)
    if d is not None and abs(d) >= _IMPLAUSIBLE:
        raise NumberParseError(_IMPLAUSIBLE_MSG)
    return d


def _parse_decimal(value: object, what: str = "number") -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise NumberParseError(f"不是数字 / not a number: {value}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value:  # NaN from a reader = empty
            return None
        return Decimal(repr(value))
    raw = str(value)
    stripped = unicodedata.normalize("NFKC", raw).strip()
    if stripped in _NULL_TOKENS:
        return None
    if stripped in _ZERO_TOKENS:
        return Decimal(0)
    s, mult = _normalise(raw)
    if s in _NULL_TOKENS:
        return None
    try:
        d = Decimal(s)
    except InvalidOperation:
        if _is_approximate(s):
            raise ApproximateNumberError(
                f"约数，无法作为确切数字 / approximate {what}, not an exact number: {raw.strip()!r}") from None
        if _CN_NUM.match(s) or _CN_MIXED.match(s):
            d = _chinese_numeral_to_decimal(s)
        else:
            raise NumberParseError(f"无法识别的数字 / unrecognised number: {raw.strip()!r}") from None
    if not d.is_finite():
        raise NumberParseError(f"无法识别的数字 / unrecognised number: {raw.strip()!r}")
    return d * mult


# a 是否收费 answer with the amount in brackets: 是（1500元）; 否（免费） is none
_MONEY_ANSWER = re.compile(r"(?P<yes>是|有|收|收费|收取)?(?P<no>否|无|免|免费|不收费|未收费)?\s*[（(](?P<amount>[^）)]*)[）)]")


def parse_money(value: object) -> Decimal | None:
    """An amount in yuan: "3000", "¥3,000.00元", "叁仟元整", "0.3万元", "3千元", "是（1500元）";
    免 / 无 / "/" / "否（免费）" -> 0."""
    if isinstance(value, str):
        stripped = unicodedata.normalize("NFKC", value).strip()
        if stripped in _MONEY_ZERO_TOKENS or _REFUNDED.fullmatch(stripped):
            return Decimal(0)
        m = _MONEY_ANSWER.fullmatch(stripped)
        if m and m["no"] and not m["yes"]:
            return Decimal(0)
        if m and m["yes"] and not m["no"]:
            amount = parse_decimal(m["amount"], "amount")
            if amount is None:  # 是（）: charged, but how much is not said
                raise NumberParseError(f"无法识别的数字 / unrecognised number: {value.strip()!r}")
            return amount
        m = _PER_MONTH.fullmatch(stripped)
        if m:  # 每月500元（共6个月）: the whole stay's fee
            per = parse_decimal(m["per"], "amount")
            months = chinese_numeral_to_int(m["n"]) if not m["n"].isdigit() else int(m["n"])
            if per is not None and months:
                return per * months
    return parse_decimal(value, "amount")


_PER_MONTH = re.compile(r"每(?:个)?月\s*(?P<per>[\d,.]+\s*元?)\s*[,，]?\s*[(]?\s*(?:共|计|合计)\s*(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*个?月\s*[)]?")


# No count, amount or score in these forms reaches 10^12; a 15- or 18-digit "number" is an ID
# number typed into the wrong cell (or a paste error): never curated as a count.
_IMPLAUSIBLE = 10**12
_IMPLAUSIBLE_MSG = "数值过大（可能是身份证号等误填），请核对 / implausibly large number (perhaps an ID number in the wrong cell)"


def parse_int(value: object) -> int | None:
    """A count. None when empty; error when it has a fractional part or is an estimate."""
    if type(value) is float and value.is_integer() and abs(value) < _IMPLAUSIBLE:
        # the usual count cell (12.0): the same int as through Decimal(repr(value)), without it
        return int(value)
    d = parse_decimal(value, "count")
    if d is None:
        return None
    if d != d.to_integral_value():
        raise NumberParseError(f"应为整数 / expected a whole number: {d}")
    return int(d)


# 参加人员 written as the people: "苗嘉树、陶青青、许一帆" (three), "卢长庚等15人" (fifteen)
_NAMED_COUNT = re.compile(r"^[\u4e00-\u9fff·]{2,5}(?:[、，,；;]\s*[\u4e00-\u9fff·]{2,5})*等\s*(\d+)\s*[人名位]$")
# a group of people and its exact count (受益群众215人, 参加医护人员30人); "20余人" stays approximate (unread)
_WHO_COUNT = re.compile(r"^(?:受益|参加|参训|参会|接诊|服务|培训)?(?:群众|患者|居民|医护人员|医务人员|人员|学员|村医|职工|医生|护士)(?:共|计)?\s*(\d+)\s*[人名位]次?$")
_NAME_LIST = re.compile(r"^[\u4e00-\u9fff·]{2,5}(?:(?:\s*[、，,；;]\s*|\s+)[\u4e00-\u9fff·]{2,5})+$")


# 内科、外科 or 中层干部 护士长 are departments and roles, not the people
_NOT_A_NAME = ("科", "室", "部", "组", "院", "站", "所", "队", "班", "员", "长", "士", "师", "体", "工", "生们", "人员")
_NOT_NAMES = frozenset({"医生", "护士", "全体", "职工", "干部", "家属", "学生", "村医", "患者"})


def parse_headcount(value: object) -> int | None:
    """How many people: a number, "…等15人", or the people named one by one."""
    if isinstance(value, str):
        s = unicodedata.normalize("NFKC", value).strip()
        m = _NAMED_COUNT.match(s)
        if m:
            return int(m.group(1))
        m = _WHO_COUNT.match(s)
        if m:  # 受益群众215人, 参训人员30人: who, then how many
            return int(m.group(1))
        if _NAME_LIST.match(s):
            people = re.split(r"\s*[、,;]\s*|\s+", s)
            if not any(p.endswith(_NOT_A_NAME) or p in _NOT_NAMES for p in people):
                return len(people)
    return parse_int(value)


_PER_MONTH_ONLY = re.compile(r"(?:每(?:个)?月\s*(?P<a>[\d,.]+)\s*元?|(?P<b>[\d,.]+)\s*元?\s*/\s*(?:每)?(?:个)?月)")


def per_month_fee(value: object) -> Decimal | None:
    """1500元/月, 每月1500元: a fee by the month, its length not said (the stay's gives it: build_rows); else None."""
    if not isinstance(value, str):
        return None
    m = _PER_MONTH_ONLY.fullmatch(unicodedata.normalize("NFKC", value).strip())
    return parse_decimal(m["a"] or m["b"], "amount") if m else None

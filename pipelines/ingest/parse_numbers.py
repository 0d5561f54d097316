"""Counts and money as typed on forms: "12例", "3人", "1,234", full-width digits "１２",
Chinese numerals "十二", "0.5万元", "无" (none), "/" (not applicable).

Chinese numerals go through cn2an, a maintained converter; only the unit and placeholder
handling around it is ours.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

import cn2an


class NumberParseError(ValueError):
    """Not a number we can read; message bilingual and safe to show."""


# Placeholders: "not applicable / not filled" -> NULL; "none" -> 0.
_NULL_TOKENS = {"", "/", "／", "-", "—", "--", "——", "－", "nan", "NaN", "N/A", "n/a", "不详", "未填", "空"}
_ZERO_TOKENS = {"无", "没有", "零", "〇", "免费", "免收", "不收费", "未收费", "未收取", "否"}
_UNIT = re.compile(r"(人次|台次|例次|例|人|次|台|项|个|天|元|名|场|期|家|所|篇|年|岁|分|小时|床)$")
_CN_NUM = re.compile(r"^[零〇一二两三四五六七八九十百千万亿点负]+$")


def chinese_numeral_to_int(s: str) -> int:
    try:
        return int(cn2an.cn2an(s.replace("两", "二").replace("〇", "零"), "smart"))
    except (ValueError, KeyError, TypeError):
        raise NumberParseError(f"无法识别的中文数字 / unrecognised Chinese numeral: {s!r}") from None


def _normalise(text: str) -> tuple[str, int]:
    """NFKC, strip, drop thousands separators and a trailing unit; returns (text, multiplier)."""
    s = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace(" ", "")
    mult = 1
    if s.endswith("万元") or (s.endswith("万") and re.match(r"^[\d.]+万$", s)):
        s = s[: -2 if s.endswith("万元") else -1]
        mult = 10000
    for _ in range(2):  # "12例次" / "3人"
        s = _UNIT.sub("", s)
    return s, mult


def parse_decimal(value: object) -> Decimal | None:
    """A number (money, score). None when empty or not applicable."""
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
        if _CN_NUM.match(s):
            d = Decimal(chinese_numeral_to_int(s))
        else:
            raise NumberParseError(f"无法识别的数字 / unrecognised number: {raw.strip()!r}") from None
    if not d.is_finite():
        raise NumberParseError(f"无法识别的数字 / unrecognised number: {raw.strip()!r}")
    return d * mult


def parse_int(value: object) -> int | None:
    """A count. None when empty; error when it has a fractional part."""
    if type(value) is float and value.is_integer() and abs(value) < 2**53:
        # the usual count cell (12.0): the same int as through Decimal(repr(value)), without it
        return int(value)
    d = parse_decimal(value)
    if d is None:
        return None
    if d != d.to_integral_value():
        raise NumberParseError(f"应为整数 / expected a whole number: {d}")
    return int(d)

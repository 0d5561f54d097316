"""Traditional characters read as simplified, for matching only: a hospital's name (resolve_hospitals)
and a person's name before it becomes a pseudonym (parse_values.parse_person_name) — 盧青禾 and 卢青禾
are one name. OpenCC (BYVoid) is the kept converter: phrase-aware, not a character table of our own."""

from __future__ import annotations

import codecs

from functools import lru_cache


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """``text`` in simplified characters (t2s also turns 乾县 into 干县: for matching on both sides
    alike, never for what is stored)."""
    if text.isascii():
        return text
    return _t2s().convert(text)


def simplified_name(name: str) -> str:
    """A person's name with only its traditional-only characters converted (盧 → 卢, 鄧 → 邓): a
    character the simplified character set (GB 2312) has is a name's own, even where t2s would change
    it — 於 is a surname beside 于, 乾 a given-name character beside 干."""
    if name.isascii():
        return name
    try:
        name.encode("gb2312")  # the common case, in one call: every character simplified Chinese has
        return name
    except UnicodeEncodeError:
        return "".join(ch if _in_gb2312(ch) else _t2s().convert(ch) for ch in name)


_GB2312 = codecs.lookup("gb2312")


@lru_cache(maxsize=8192)
def _in_gb2312(ch: str) -> bool:
    try:
        _GB2312.encode(ch)
        return True
    except UnicodeEncodeError:
        return False

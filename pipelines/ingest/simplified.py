"""Traditional characters read as simplified, for matching only: a hospital's name (resolve_hospitals)
and a person's name before it becomes a pseudonym (parse_values.parse_person_name) — 盧青禾 and 卢青禾
are one name. OpenCC (BYVoid) is the kept converter: phrase-aware, not a character table of our own."""

from __future__ import annotations

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

"""Text from senders is data: making it safe wherever the tool writes it out.

File names, sheet names, headers and cell text come from the people who fill the forms. When
the tool writes them into a spreadsheet or CSV, a cell starting with = + - @ (or a tab or
carriage return) would be evaluated as a formula by Excel and WPS; printed on a terminal,
escape codes would move the cursor or recolour the screen and bidirectional overrides would
reverse what the reader sees. Every CSV/xlsx writer and every terminal line goes through
these two functions. ID numbers are masked here too (the privacy module's one definition).
"""

from __future__ import annotations

import unicodedata

from pipelines.privacy.person_id import mask_id_numbers

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell safe from formula injection: prefixed with ' when a spreadsheet would
    otherwise evaluate it. Numbers and missing values are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _visible(ch: str) -> str:
    if ch in "\n\t":
        return ch
    cat = unicodedata.category(ch)
    if cat == "Cc" or (cat == "Cf" and ch not in "\u200d"):  # controls; format chars such as U+202E (keep ZWJ)
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return ch


def for_terminal(text: object) -> str:
    """``text`` as it may be printed: ID numbers masked, control and bidi characters shown as
    escapes (``\\x1b``) instead of acting on the terminal."""
    s = str(mask_id_numbers(str(text)))
    if s.isprintable() or all(c.isprintable() or c in "\n\t" for c in s):
        return s
    return "".join(map(_visible, s))

"""Fictional resident ID numbers (身份证号) in the spellings a clerk produces, and a scanner
that finds any of them in any text, whatever the spelling.

The region code 990121 belongs to no province (99 is unassigned), so these numbers cannot be
anyone's; the check digit is the real ISO 7064 MOD 11-2 one, so a tool cannot dismiss them as
malformed.
"""

from __future__ import annotations

import re
import unicodedata

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_char(body17: str) -> str:
    return _CHECK[sum(int(d) * w for d, w in zip(body17, _WEIGHTS)) % 11]


def id_number(seq: int, want_x: bool = False) -> str:
    """An 18-digit fictional ID number with a valid check character. `seq` (1..300) gives it a
    birth date of its own (so the scanner can tell the numbers apart); `want_x` searches for a
    sequence number whose check character is X (for the `…X1` case)."""
    import datetime

    birth = (datetime.date(1961, 1, 1) + datetime.timedelta(days=47 * seq)).strftime("%Y%m%d")
    for s in range(seq, seq + 2000):
        body = f"990121{birth}{s % 1000:03d}"
        c = check_char(body)
        if (c == "X") == want_x:
            return body + c
    raise AssertionError("no sequence found")


def fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "0" <= ch <= "9" or ch == "X" else ch for ch in text)


def spellings(idn: str) -> dict[str, str]:
    """The same number as people write it (the keys name the spelling)."""
    return {
        "plain": idn,
        "spaces_6_8_4": f"{idn[:6]} {idn[6:14]} {idn[14:]}",
        "hyphens_6_8_4": f"{idn[:6]}-{idn[6:14]}-{idn[14:]}",
        "fullwidth": fullwidth(idn),
        "suffixed": idn + "1",  # `…X1` when the check character is X
    }


_SEP = re.compile(r"[\s\-\u2010-\u2015_.·/\\,'\"]+")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    # escapes as JSON or a CSV writer may leave them
    text = text.replace("\\u3000", " ")
    return _SEP.sub("", text).upper()


class IdScanner:
    """Finds planted ID numbers in text: plain, separated (spaces, hyphens, dots), full-width,
    followed by more characters, or as Excel's float (the first 15 significant digits, e.g.
    `9.90121198503010E+17`). A number counts as present when its region+birth-date part
    (first 14 digits) or its birth-date+sequence+check part (digits 7-17) is there."""

    def __init__(self, ids):
        self.ids = list(ids)
        self._needles = {}
        for idn in self.ids:
            self._needles[idn[:14]] = idn
            self._needles[idn[6:17]] = idn

    def find(self, text: str) -> set[str]:
        if not text:
            return set()
        norm = _normalise(text)
        return {idn for needle, idn in self._needles.items() if needle in norm}

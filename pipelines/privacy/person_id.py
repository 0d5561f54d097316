"""Pseudonymous person ids and ID-card number masking.

Dispatched staff and trainees are people. The resident ID number (居民身份证号码) is used
only to compute a keyed hash, ``person_id = HMAC-SHA256(key, normalised ID)``, so the
same person gets the same id across submissions and years while the id cannot be turned
back into the number without the key. The key lives outside the repository and the
database (``DUIKOU_PERSON_KEY`` or the key file, see :func:`load_key`).

Every text that leaves ingestion for a table, a log line or a message passes through
:func:`mask_id_numbers` first.
"""

from __future__ import annotations

import hashlib
import hmac
from operator import mul
import os
import re
import secrets
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from stdnum.cn import ric
from stdnum.exceptions import ValidationError

KEY_ENV = "DUIKOU_PERSON_KEY"
KEY_FILE_ENV = "DUIKOU_KEY_FILE"
DEFAULT_KEY_FILE = Path.home() / ".config" / "duikou" / "person_id.key"

# GB 11643-1999 check digit weights and characters.
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"

# Anything that may be an ID number in free text, in the spellings people type: 18
# characters (17 digits + digit/X) or a legacy 15 digits, also when followed by more
# letters or digits (…X1, a 20-digit run); grouped 6-8-4 or 6-4-4-4 with spaces or hyphens, or
# 18 characters with single spaces anywhere between them (4-4-4-4-2, digit by digit; not hyphens:
# a run id I20261207-004101-… is no ID number);
# or an 18-digit number Excel turned into text like 1.10101199003071E+17. Text is NFKC-
# normalised first, so full-width digits are caught too. Masking a bank-card-length run as
# well is deliberate: it is personal data of the same kind.
_SEP = r"[ \-‐‑–—_]"
_ID_IN_TEXT = re.compile(
    r"(?<![0-9])(?:"
    r"[0-9]{17}[0-9Xx]|[0-9]{15,}"                                             # plain runs
    rf"|[0-9]{{6}}{_SEP}[0-9]{{8}}{_SEP}[0-9]{{3}}[0-9Xx]"                    # 6-8-4
    rf"|[0-9]{{6}}{_SEP}[0-9]{{4}}{_SEP}[0-9]{{4}}{_SEP}[0-9]{{3}}[0-9Xx]"    # 6-4-4-4
    rf"|[0-9]{{6}}{_SEP}[0-9]{{6}}{_SEP}[0-9]{{5}}[0-9Xx]"                    # 6-6-6
    r"|[0-9]\.[0-9]{6,}[Ee]\+?1[4-7]"                                         # Excel's float as text
    r"|(?:[0-9] ?){17}[0-9Xx](?![0-9])"                                      # spaced any other way: 4-4-4-4-2, digit by digit
    r")")
MASK = "[身份证号已遮蔽/ID masked]"
RECORD_MASK = "[病案号已遮蔽/record number masked]"
# the middle dot of a transliterated name, as people type it
_NAME_DOT = re.compile(r"\s*[·•.・･‧∙⋅]\s*")


def id_check_char(first17: str) -> str:
    """GB 11643-1999 check character (python-stdnum's stdnum.cn.ric computes the same; this
    one is kept for the synthetic generator and the tests, which make numbers to check against)."""
    total = sum(map(mul, map(int, first17), _WEIGHTS))
    return _CHECK[total % 11]


@dataclass(frozen=True)
class IdReading:
    """What an ID-number cell gives: the 18 characters to hash (None when nothing usable is
    left) and, when the number is doubtful but the row is still usable, a finding."""
    canonical: str | None
    code: str | None = None
    message: str | None = None


_STORED_AS_NUMBER = ("ID_STORED_AS_NUMBER", "身份证号被 Excel 存成数字，末几位已丢失，无法使用；按姓名生成人员编号 / the ID number was stored "
                     "as a number by Excel and its last digits are lost; the person id is made from the name instead")


def read_id_number(value: object) -> IdReading | None:
    """Read an ID-number cell for ingestion: None when blank; otherwise the number to hash and,
    if it is doubtful, a finding code and a bilingual message (never repeating the number).

    Doubtful but usable (curated with a finding): a wrong check digit (hashed as written, so the
    same wrong number gives the same person next year), a legacy 15-digit number (converted to
    18 digits), an impossible birth date. Unusable (the person id falls back to the name): a
    number Excel stored as a float (its last digits are lost) or text that is no ID number.

    The check digit and the birth date are checked with python-stdnum (stdnum.cn.ric); its
    ``validate`` is not used as a whole because it also rejects region codes missing from its
    table (abolished counties in old IDs, and the synthetic 99… region of the test data)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            return IdReading(None, "ID_MALFORMED", "身份证号不是有效号码，按姓名生成人员编号 / the ID number is not a valid "
                                                   "number; the person id is made from the name instead")
        digits = str(int(value))
        if len(digits) != 15:  # 16+ digits: Excel keeps 15 significant digits and drops the rest
            return IdReading(None, *_STORED_AS_NUMBER)
        value = digits
    # spaces and hyphens people type between the groups (110101-19900307-1234) are not part of it
    s = re.sub(r"[\s\-‐‑–—_]", "", unicodedata.normalize("NFKC", str(value))).upper().lstrip("'")
    if not s or not any(ch.isdigit() for ch in s):  # （待补）, 暂无, 无: a placeholder, no number at all
        return None
    if re.fullmatch(r"[0-9]{15}", s):
        s17 = s[:6] + "19" + s[6:]
        return IdReading(s17 + ric.calc_check_digit(s17 + "0"), "ID_15_DIGIT",
                         "身份证号为旧式15位号码，已按标准转换为18位 / a legacy 15-digit ID number, converted to 18 digits")
    if re.fullmatch(r"[0-9]{17}[0-9X]", s):
        if ric.calc_check_digit(s) != s[17]:
            return IdReading(s, "ID_CHECK_DIGIT", "身份证号校验位错误，请核对；仍按所填号码生成人员编号 / the ID number's check "
                                                  "digit is wrong: please check it; the person id is made from the number as written")
        try:
            ric.get_birth_date(s)
        except ValidationError:
            return IdReading(s, "ID_BIRTH_DATE", "身份证号中的出生日期不存在，请核对 / the birth date inside the ID number "
                                                 "does not exist: please check it")
        return IdReading(s)
    if re.fullmatch(r"[0-9]\.[0-9]+E\+?17", s):  # 9.90101197203141E+17 typed or exported as text
        return IdReading(None, *_STORED_AS_NUMBER)
    return IdReading(None, "ID_MALFORMED", "身份证号格式不对（应为18位），按姓名生成人员编号 / the ID number is not 18 "
                                           "characters; the person id is made from the name instead")


def looks_like_id_number(text: object) -> bool:
    return bool(text is not None and _ID_IN_TEXT.search(unicodedata.normalize("NFKC", str(text))))


def mask_id_numbers(value: object) -> object:
    """Replace anything that looks like an ID number in ``value`` with a mask.

    Numbers are masked too when they are ID-sized: Excel turns an 18-digit ID typed as a
    number into a float that still carries its first 15 digits.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return MASK if abs(value) >= 1e14 else value
    text = str(value)
    if not _A_DIGIT.search(text):
        return value  # (most cells: a name, a department) nothing with digits, nothing to mask
    text = unicodedata.normalize("NFKC", text)
    record = "号" in text and _RECORD_NUMBER.search(text) is not None
    if not record and not _ID_IN_TEXT.search(text):
        return value
    if record:  # 疑难病例讨论（住院号20240315007）: a patient's record number, never kept in any spelling
        text = _RECORD_NUMBER.sub(lambda m: m.group(1) + RECORD_MASK, text)
    return _ID_IN_TEXT.sub(lambda m: m.group(0) if _is_credit_code(text, m) else MASK, text)


# any character NFKC (below) makes a digit: decimal digits in any script (full-width too), super- and subscripts,
# circled and bracketed numbers (①, ⑴, ⒈, ❶) — text without one has nothing to mask
_A_DIGIT = re.compile(r"[\d\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]")
# a patient's record number said by its label: 住院号 20240315007, 病案号：00387215, 住院号 3306 7215 19
_RECORD_NUMBER = re.compile(r"((?:住院|病案|病历|门诊|门急诊|急诊|住院病案|病案首页|登记|就诊)(?:号码|号|编号)\s*[:：为是]?\s*)"
                            r"[A-Za-z]{0,3}\d[\d\s\-]{2,}\d")


def _is_credit_code(text: str, m: re.Match) -> bool:
    """A hospital's 统一社会信用代码 (GB 32100) whose first 17 characters are digits: 18 characters
    ending in a letter no ID number has (an ID number ends in a digit or X), valid by its own
    check character (python-stdnum's stdnum.cn.uscc) — an institution's code, not a person's."""
    token = m.group(0)
    end = m.end()
    if len(token) != 17 or end >= len(text) or not text[end].isalpha() or text[end] in "Xx" \
            or (end + 1 < len(text) and text[end + 1].isalnum()):
        return False
    from stdnum.cn import uscc

    return uscc.is_valid(token + text[end])


def load_key(key_file: str | os.PathLike | None = None) -> bytes:
    """The secret key for person ids.

    Order: ``DUIKOU_PERSON_KEY`` (hex or text), then the key file (``DUIKOU_KEY_FILE`` or
    ``~/.config/duikou/person_id.key``). A missing key file is created with a fresh random
    key, readable by the owner only. Keep it with the evaluation team: the same key must be
    used every year for person ids to match across years.
    """
    env = os.environ.get(KEY_ENV)
    if env:
        return env.encode("utf-8")
    path = Path(key_file or os.environ.get(KEY_FILE_ENV) or DEFAULT_KEY_FILE)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32) + "\n")
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8").strip().encode("utf-8")
    except UnicodeDecodeError:  # a key written as raw random bytes (head -c 32 /dev/urandom > key) is a key too
        return raw


class PersonIds:
    """Computes person ids with one key. Picklable, so worker processes can use it."""

    # How a name becomes a key (the database remembers it: ingest's meta ``person_name_key_scheme``): 2 (since
    # 2026-12-07) leaves a transliterated name's dot out, so 热依拉艾力 and 热依拉•艾力 are one; 1 kept it as "·". A
    # database that already holds name-keyed rows under 1 keeps 1 — its people are never split by an upgrade.
    NAME_SCHEME = 2

    def __init__(self, key: bytes, name_scheme: int = NAME_SCHEME):
        if not key:
            raise ValueError("empty person-id key")
        self._key = key
        self._cache: dict[str, str] = {}
        self.name_scheme = name_scheme

    def __getstate__(self):  # workers get the key, not a copy of the cache
        return {"_key": self._key, "name_scheme": self.name_scheme}

    def __setstate__(self, state):
        self._key = state["_key"]
        self.name_scheme = state.get("name_scheme", self.NAME_SCHEME)
        self._cache = {}

    def from_id_number(self, canonical_id: str) -> str:
        pid = self._cache.get(canonical_id)
        if pid is None:  # the same person recurs in rosters and every monthly assessment
            pid = self._cache[canonical_id] = "P" + hmac.new(self._key, b"id:" + canonical_id.encode(), hashlib.sha256).hexdigest()[:20]
        return pid

    def from_name(self, name: str, hospital_id: str) -> str:
        """Fallback when a form has no ID number: name within the sending hospital.

        Weaker (two people with the same name at one hospital collide), so ``from_id_number``
        is always preferred.
        """
        # 阿卜杜拉·买买提, 阿卜杜拉.买买提, 阿卜杜拉 • 买买提 (and under scheme 2 阿卜杜拉买买提, the dot left out): one person
        name = _NAME_DOT.sub("" if self.name_scheme >= 2 else "·", name)
        msg = f"name:{name}|{hospital_id}".encode()
        return "N" + hmac.new(self._key, msg, hashlib.sha256).hexdigest()[:20]

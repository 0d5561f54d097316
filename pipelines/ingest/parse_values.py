"""Parse one cell by the field type declared in catalogue/forms.yaml.

Every parser returns a Python value (or None for an empty cell) or raises ValueError with
a bilingual message. Dates, numbers and titles have their own modules; the small types
(yes/no, names, years, months, activity types, hospital levels) live here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any, Callable

from pipelines.ingest.parse_dates import parse_date, parse_date_range, parse_duration_months
from pipelines.ingest.parse_numbers import chinese_numeral_to_int, parse_decimal, parse_headcount, parse_int, parse_money
from pipelines.ingest.parse_titles import TRAILING_PUNCTUATION, parse_title, staff_category_of
from pipelines.ingest.simplified import simplified_name
from pipelines.privacy.person_id import looks_like_id_number, mask_id_numbers, read_id_number


def cell_text(value: Any) -> str:
    """The text a person sees in the cell (used for quarantine and header matching)."""
    if type(value) is str:  # the common case first: this runs for every cell of every sheet
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if (value.hour or value.minute or value.second) else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if type(value) is str:
        return not value.strip()
    if isinstance(value, float) and value != value:
        return True
    return isinstance(value, str) and not value.strip()


_CJK_LINE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]*[\r\n]+[ \t]*(?=[\u4e00-\u9fff])")


_ITEM_END = ("科", "室", "部", "中心", "组", "院")


def _join_lines(s: str) -> str:
    """Lines of a cell: a phrase wrapped by Word joins (腹腔镜下 / 胆囊切除术); two whole items, one
    per line (内科 / 儿科), stay two, separated by 、."""
    lines = [ln.strip() for ln in re.split(r"[\r\n]+", s) if ln.strip()]
    if len(lines) > 1 and all(ln.endswith(_ITEM_END) for ln in lines):
        return "、".join(lines)
    return _CJK_LINE_BREAK.sub("", s)


def clean_text(value: Any) -> str | None:
    if is_blank(value):
        return None
    s = unicodedata.normalize("NFKC", cell_text(value))
    if "\n" in s or "\r" in s:  # a line wrapped inside a Chinese phrase (pasted from Word) joins up
        s = _join_lines(s)
    s = re.sub(r"\s+", " ", s).strip().rstrip(TRAILING_PUNCTUATION).rstrip()
    return s or None


# a team role written after a hospital's name (琅岫医科大学附属第一医院（牵头）, 某医院（成员单位）): the role, not the name
_TEAM_ROLE = re.compile(r"\s*[（(]\s*(?:牵头|牵头单位|牵头医院|成员|成员单位|成员医院|组长单位|副组长单位)\s*[)）]\s*$")


def hospital_text(value: Any) -> str | None:
    """A hospital cell's text, without a team role in brackets after the name."""
    s = clean_text(value)
    return _TEAM_ROLE.sub("", s) or None if s else s


def parse_person_name(value: Any) -> str | None:
    """Names padded for alignment ("王　丽", "王 丽") -> "王丽". Latin names keep single spaces."""
    s = clean_text(value)
    if s is None:
        return None
    if not re.search(r"[^\W\d_]", s):
        return None  # □□□, ？？, ***: a name a scan could not read (or masked) names no one
    if re.search(r"[\u4e00-\u9fff]", s):
        s = simplified_name(s.replace(" ", ""))
        if _surname_and_title().fullmatch(s):
            return None  # 王主任, 李医生: a surname and how one addresses a doctor names no one (realworld150)
        s = _without_title(s)  # 盧青禾, 卢青禾主任: 卢青禾
    return s


@lru_cache(maxsize=1)
def _name_titles() -> re.Pattern:
    from pipelines.catalogue import load_yaml

    words = sorted(load_yaml("forms.yaml").get("name_titles", ()), key=len, reverse=True)
    # two to four characters left (王主任 — a surname and a title — is no name at all: parse_person_name)
    return re.compile(r"([\u4e00-\u9fff·]{2,4}?)(?:" + "|".join(map(re.escape, words)) + ")")


@lru_cache(maxsize=1)
def _surname_and_title() -> re.Pattern:
    from pipelines.catalogue import load_yaml

    words = sorted(load_yaml("forms.yaml").get("name_titles", ()), key=len, reverse=True)
    return re.compile(r"[\u4e00-\u9fff](?:" + "|".join(map(re.escape, words)) + ")")


def _without_title(name: str) -> str:
    """卢青禾主任, 赵一鸣医生 -> the name: how one addresses a doctor, written after the name."""
    m = _name_titles().fullmatch(name)
    return m.group(1) if m else name


_TRUE = {"是", "√", "✓", "✔", "☑", "有", "y", "yes", "true", "1", "已结业", "结业", "已出具", "出具", "合格", "已完成", "完成", "填补", "是的", "对",
         "填补空白", "填补县域空白", "县内首例", "县域首例", "县域内首例", "本县首例"}  # 是否填补县域空白: the county's first
_FALSE = {"否", "×", "✗", "✘", "☐", "无", "n", "no", "false", "0", "未结业", "未出具", "未完成", "不是", "肄业", "不合格", "未填补", "没有",
          "在修", "进修中", "在读", "未完成进修",  # still in training: not (yet) completed
          "中途退出", "退出", "中止", "中途中止", "提前终止", "未完成学业"}  # left before the end: not completed


_TICKS = "√✓✔☑×✗✘☐"
# an answer and a remark: 是（填补县域空白）, 否(县内已开展), 是，已结业, √ 是
_REMARK = re.compile(r"(?P<head>[^（(\[【,，;；:：、/\s]+)\s*(?P<rest>[（(\[【,，;；:：、/\s].*)")


def _bool_word(s: str) -> bool | None:
    """The value of one known yes/no word (already NFKC, lower case, without spaces), else None."""
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    return None


def _bool_with_remark(text: str) -> bool | None:
    """A leading yes/no word followed by a bracketed or separated remark, or a tick directly
    followed by the word it marks ("√是"). None unless the head is a known word (a single
    letter or digit does not count: "n/a", "1/2") and the remark neither says the opposite
    ("√ 否") nor holds tick boxes ("☑是☐否"): a text that merely contains 是 is no answer."""
    m = _REMARK.fullmatch(text)
    if m:
        head, rest = m["head"], m["rest"]
    elif len(text) > 1 and text[0] in _TICKS:
        head, rest = text[0], text[1:]
    else:
        return None
    value = _bool_word(head)
    if value is None or (len(head) == 1 and head.isascii()):
        return None
    remark = re.sub(r"[（()）\[\]【】,，;；:：、/\s]", "", rest)
    if any(ch in _TICKS for ch in remark) or _bool_word(remark) not in (None, value):
        return None
    return value


def parse_bool(value: Any) -> bool | None:
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = unicodedata.normalize("NFKC", cell_text(value)).strip().lower()
    s = text.replace(" ", "")
    if s in {"/", "-", "—", "未定", "待定"}:  # not known yet
        return None
    word = _bool_word(s)
    if word is not None:
        return word
    word = _bool_with_remark(re.sub(r"\s+", " ", text))
    if word is not None:
        return word
    raise ValueError(f"无法识别的是/否 / expected yes or no: {cell_text(value)!r}")


@lru_cache(maxsize=1)
def _gap_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from pipelines.catalogue import load_yaml

    spec = load_yaml("forms.yaml").get("gap_levels", {})
    return tuple(spec.get("county_or_wider", ())), tuple(spec.get("narrower", ()))


def gap_filled(value: Any) -> bool | None:
    """填补院内空白 → False (the hospital's gap only), 填补市内空白 / 填补县域空白 → True; None when the text names no level."""
    s = unicodedata.normalize("NFKC", cell_text(value)).replace(" ", "")
    if not s or "空白" not in s and "首" not in s:
        return None
    wider, narrower = _gap_words()
    named = re.search(r"填补(.{1,4}?)空白", s)  # 填补本院空白（县内已开展）: the gap filled is the one named before 空白
    for text in ((named.group(1),) if named else ()) + (s,):
        if any(w in text for w in wider):
            return True
        if any(w in text for w in narrower):
            return False
    return None


@lru_cache(maxsize=1)
def _completion_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from pipelines.catalogue import load_yaml

    spec = load_yaml("forms.yaml").get("completion_grades", {})
    return tuple(spec.get("completed", ())), tuple(spec.get("not_completed", ()))


def completion_of(grade: Any) -> bool | None:
    """A trainee's 结业考核 (优秀, 合格: completed; 未结业, 不合格, 延期结业: not yet), else None (nothing said)."""
    s = unicodedata.normalize("NFKC", cell_text(grade)).replace(" ", "")
    done, not_done = _completion_words()
    if any(w in s for w in not_done):  # 结业考核不合格, 延期结业: not (yet) completed, wherever it is said
        return False
    s = re.sub(r"^(?:结业考核|出科考核|考核结果|结业情况|考核)[:：]?", "", s)
    if s in ("结业", "已结业") or any(s.startswith(w) for w in done if w not in ("结业", "已结业")):
        return True
    return None


def parse_year(value: Any) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year
    s = unicodedata.normalize("NFKC", cell_text(value)).strip()
    m = re.fullmatch(r"((?:19|20)\d{2})\s*(?:年度?)?", s)
    if m:
        return int(m.group(1))
    # 统计期间 2024年全年, 2024年1—12月, 2024年1月-12月, 2024.1-2024.12: one whole year
    m = re.fullmatch(r"((?:19|20)\d{2})\s*年\s*(?:全年|1\s*[-—–~～至到]+\s*12\s*月份?)", s.replace(" ", ""))
    if m:
        return int(m.group(1))
    try:
        rng = parse_date_range(s)
    except ValueError:
        rng = None
    if rng and rng[0] is not None and rng[1] is not None:
        a, b = rng[0].value, rng[1].value
        if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
            return a.year
    raise ValueError(f"无法识别的年份 / unrecognised year: {s!r}")


def parse_month(value: Any) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.month
    s = unicodedata.normalize("NFKC", cell_text(value)).strip().replace(" ", "")
    whole = _whole_month(s)
    if whole is not None:  # 统计期间 2024年7月1日-7月31日: one whole month
        return whole[1]
    s = re.sub(r"(份|月份|月)$", "", s)
    if re.fullmatch(r"(?:(?:19|20)\d{2}[-./年]|\d{2}年)\d{1,2}", s):  # "2023-05", "24年6月" in a month column
        s = re.split(r"[-./年]", s)[1]
    elif re.fullmatch(r"[〇零一二三四五六七八九]{4}年[〇零一二三四五六七八九十]{1,3}", s):  # 二〇二四年七月
        s = s.split("年")[1]
    try:
        m = int(s) if s.isdigit() else chinese_numeral_to_int(s)
    except ValueError:
        raise ValueError(f"无法识别的月份 / unrecognised month: {cell_text(value)!r}") from None
    if not 1 <= m <= 12:
        raise ValueError(f"月份超出范围 / month out of range: {m}")
    return m


def _whole_month(s: str) -> tuple[int, int] | None:
    """(year, month) of a period that is one whole month (2024年7月1日-7月31日), else None."""
    if not re.search(r"[-—–~～至到]", s) or "月" not in s and not re.search(r"\d[./]\d", s):
        return None
    try:
        rng = parse_date_range(s)
    except ValueError:
        return None
    if not rng or rng[0] is None or rng[1] is None:
        return None
    a, b = rng[0].value, rng[1].value
    if a.day == 1 and (a.year, a.month) == (b.year, b.month) and (b + dt.timedelta(days=1)).day == 1:
        return a.year, a.month
    return None


def parse_year_month(value: Any) -> tuple[int, int] | None:
    """One cell holding year and month: 2023.03, 2023-04, 2023年5月, 202305, an Excel date, a
    period of one whole month (2024年7月1日-7月31日)."""
    if is_blank(value):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year, value.month
    s = re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?$", "", unicodedata.normalize("NFKC", cell_text(value)).strip()).replace(" ", "")
    whole = _whole_month(s)
    if whole is not None:
        return whole
    m = re.fullmatch(r"((?:19|20)\d{2})\s*(?:[-./年]\s*(\d{1,2})\s*月?(?:份)?|(\d{2}))(?:[-./]\d{1,2}日?)?", s)
    if not m:
        short = re.fullmatch(r"(\d{2})年(\d{1,2})月份?", s)  # 24年3月: a two-digit year with 年 and 月 said
        if short and 1 <= int(short.group(2)) <= 12:
            return 2000 + int(short.group(1)), int(short.group(2))
        if re.fullmatch(r"[〇零一二三四五六七八九]{4}年[〇零一二三四五六七八九十]{1,3}月份?", s):  # 二〇二四年七月
            try:
                d = parse_date(s)
            except ValueError:
                d = None
            if d is not None and d.precision == "month":
                return d.value.year, d.value.month
        raise ValueError(f"无法识别的年月 / unrecognised year and month: {s!r}")
    month = int(m.group(2) or m.group(3))
    if not 1 <= month <= 12:
        raise ValueError(f"月份超出范围 / month out of range: {month}")
    return int(m.group(1)), month


# 第一季度, 2024年第2季度, 一季度, 2024Q3 (a county table by quarter: year_parts.py sums a whole year)
_QUARTER = re.compile(r"(?:((?:19|20)\d{2})\s*年?\s*)?(?:第\s*)?([1-4一二三四])\s*季(?:度)?|(?:((?:19|20)\d{2})\s*[-./]?\s*)?Q([1-4])", re.I)


def parse_year_part(value: Any) -> tuple[int | None, str, int] | None:
    """(year or None, "Q" or "M", number) for 第一季度, 2024年第2季度, 2024Q3, 一季度; 2024年1月, 1月,
    2024-01. Raises ValueError (bilingual) for anything else."""
    if is_blank(value):
        return None
    s = unicodedata.normalize("NFKC", cell_text(value)).strip().replace(" ", "")
    m = _QUARTER.fullmatch(s)
    if m:
        year = m.group(1) or m.group(3)
        q = m.group(2) or m.group(4)
        return (int(year) if year else None), "Q", int(q) if q.isdigit() else chinese_numeral_to_int(q)
    try:
        y, month = parse_year_month(s)
        return y, "M", month
    except ValueError:
        pass
    m = re.fullmatch(r"([0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?", s)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else chinese_numeral_to_int(m.group(1))
        if 1 <= n <= 12:
            return None, "M", n
    raise ValueError(f"无法识别的季度或月份 / unrecognised quarter or month: {s!r}")



ACTIVITY_TYPES = ["学术讲座", "教学查房", "手术示教", "疑难病例讨论", "死亡病例讨论", "技术培训", "远程会诊", "义诊", "其他"]


@lru_cache(maxsize=1)
def _activity_keywords() -> list[tuple[str, str]]:
    """Keyword -> the contract's type, checked in order (forms.yaml activity_type_keywords)."""
    from pipelines.catalogue import load_yaml

    return [(k, t) for k, t in load_yaml("forms.yaml")["activity_type_keywords"]]


@lru_cache(maxsize=4096)  # asked for every unmapped column of every sheet; header texts recur
def activity_type_of_label(text: str) -> str | None:
    """The activity type a column header names, strictly (for tick-box columns: 学术讲座 | 教学查房 | …)."""
    s = unicodedata.normalize("NFKC", text).replace(" ", "")
    s = re.sub(r"[（(].*?[)）]", "", s)
    if s in ACTIVITY_TYPES:
        return s
    for kw, canonical in _activity_keywords():
        if kw in s:
            return canonical
    return None


_TICKED = re.compile(r"[☑■√✓✔☒▣]\s*([^□☐☑■√✓✔☒▣\s]+)")


def parse_activity_type(value: Any) -> str | None:
    s = clean_text(value)
    if s is None:
        return None
    s = s.replace(" ", "")
    if s in ACTIVITY_TYPES:
        return s
    if "□" in s or "☐" in s:  # a form's tick boxes (☑学术讲座 □教学查房 …): the one ticked
        ticked = _TICKED.findall(s)
        if len(ticked) != 1:
            raise ValueError(f"勾选了 {len(ticked)} 项 / {len(ticked)} boxes ticked: {s!r}")
        return parse_activity_type(ticked[0])
    low = s.lower()
    for kw, canonical in _activity_keywords():
        if kw in low:
            return canonical
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", s):
        # a bare code ("03", a platform's answer without its code table) names no kind of event
        raise ValueError(f"活动类型是代码而不是名称，缺少代码表 / the activity type is a code, not a name (no code table): {s!r}")
    # the contract's list ends with 其他 for every other kind of event (健康宣教, 巡诊, …)
    return "其他"


def parse_level(value: Any) -> str | None:
    s = clean_text(value)
    if s is None:
        return None
    s = s.replace(" ", "")
    for lv, keys in (("三级", ("三级", "三甲", "三乙", "三丙", "3级")), ("二级", ("二级", "二甲", "二乙", "二丙", "2级")), ("一级", ("一级", "一甲", "一乙", "一丙", "1级"))):
        if any(s.startswith(k) for k in keys):
            return lv
    if s in {"未定级", "未评级", "无", "-"}:
        return "未定级"
    raise ValueError(f"无法识别的医院级别 / unrecognised hospital level: {s!r}")


def parse_grade(value: Any) -> str | None:
    s = clean_text(value)
    if s is None:
        return None
    for g in ("甲", "乙", "丙"):
        if g in s:
            return g + "等"
    if s in {"无", "-", "未定等"}:
        return None
    raise ValueError(f"无法识别的医院等次 / unrecognised grade: {s!r}")


def parse_county_code(value: Any) -> str | None:
    if is_blank(value):
        return None
    s = unicodedata.normalize("NFKC", cell_text(value)).strip()
    if re.fullmatch(r"\d{6}", s):
        return s
    if re.fullmatch(r"\d{12}", s) and s.endswith("000000"):  # 12-digit statistical code
        return s[:6]
    raise ValueError(f"行政区划代码应为6位数字 / county code must be 6 digits: {s!r}")


def parse_code(value: Any) -> str | None:
    s = clean_text(value)
    return s.replace(" ", "") if s else None


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    from pipelines.catalogue import load_yaml

    return {w: cat for cat, words in load_yaml("forms.yaml").get("hospital_categories", {}).items() for w in words}


def parse_category(value: Any) -> str | None:
    """综合 -> 综合医院, 中医 -> 中医医院, 妇幼 -> 妇幼保健院 (forms.yaml hospital_categories); else as written."""
    s = clean_text(value)
    if s is None:
        return None
    return _categories().get(s.replace(" ", ""), s)


def parse_staff_category(value: Any) -> str | None:
    s = clean_text(value)
    return None if s is None else staff_category_of(s)


# a system's department code in front of the name (0301 心血管内科, 0812-妇产科): digits only, so ICU 病房,
# CT 室 and 5G 远程会诊中心 keep their letters
_DEPARTMENT_CODE = re.compile(r"^[0-9]{2,8}\s*[-_:：.]?\s+(?=[\u4e00-\u9fff])|^[0-9]{2,8}[-_:：](?=[\u4e00-\u9fff])")


def parse_department(value: Any) -> str | None:
    s = parse_free_text(value)
    return _DEPARTMENT_CODE.sub("", s) if s else s


@lru_cache(maxsize=1)
def _team_roles() -> frozenset[str]:
    from pipelines.catalogue import load_yaml

    return frozenset(load_yaml("forms.yaml").get("team_roles", ()))


def parse_position(value: Any) -> str | None:
    s = clean_text(value)
    if s is None or s.replace(" ", "") in {"无", "/", "-", "—", "否", "是", "没有", "未担任"}:  # a yes/no answer is no post
        return None
    both = re.fullmatch(r"([^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*?)\s*[/（(]?\s*[A-Za-z][A-Za-z .'-]*[)）]?", s)
    if both:  # 护士长 Head Nurse, 科主任（Department head）: the post in Chinese, as the rules compare it
        s = both.group(1)
    s = s.replace(" ", "")
    # 科主任（挂职）, 挂职科主任, 任科主任: the post, held on secondment (every post here is)
    s = re.sub(r"[（(](?:挂职|挂任|兼职|兼任)[)）]$", "", s)
    s = re.sub(r"^(?:挂职|挂任|任)(?=[\u4e00-\u9fff]{2})", "", s)
    # 队长, 医疗队队长: a role in the dispatched team, not a post at the recipient (forms.yaml team_roles);
    # beside a post (队长、业务副院长) the post is kept
    parts = [p for p in re.split(r"[、，,；;/／]+|兼", s) if p]
    posts = [p for p in parts if p not in _team_roles()]
    if not posts:
        return None
    if len(posts) < len(parts):
        s = "、".join(posts)
    # 业务副院长, 挂职副院长 and 业务院长 (the usual short form of 分管业务的副院长) are all the
    # recipient's vice-president for rule R05; the raw cell keeps the wording.
    if "副院长" in s or s == "业务院长":
        return "副院长"
    if s in {"院长", "执行院长"}:
        return "院长"
    return s


def parse_free_text(value: Any) -> str | None:
    """A free-text field (科室, 项目名称, 主题): cleaned, and any ID number or patient's record number
    (住院号 20240315007) typed into it masked — it is stored as written otherwise."""
    s = clean_text(value)
    if s is None:
        return s
    if looks_like_id_number(s) or "号" in s:  # an ID number; 住院号 20240315007
        masked = mask_id_numbers(s)
        return s if masked is s else str(masked)
    return s


PARSERS: dict[str, Callable[[Any], Any]] = {
    "text": parse_free_text,
    "code": parse_code,
    "person_name": parse_person_name,
    "id_number": read_id_number,  # never raises: a doubtful number is a finding (build_rows)
    "hospital": lambda v: hospital_text(v),  # resolved to a hospital_id by resolve_hospitals
    "date": lambda v: parse_date(v),
    "date_end": lambda v: parse_date(v, end_of_period=True),
    "date_range": parse_date_range,
    "duration": lambda v: _duration_or_range(v),
    "int": parse_int,
    "headcount": parse_headcount,
    "decimal": parse_decimal,
    "money": parse_money,
    "bool": parse_bool,
    "title": lambda v: None if is_blank(v) else parse_title(cell_text(v)),
    "staff_category": parse_staff_category,
    "category": parse_category,
    "position": parse_position,
    "department": parse_department,
    "year": parse_year,
    "month": parse_month,
    "year_month": parse_year_month,
    "year_part": parse_year_part,
    "activity_type": parse_activity_type,
    "level": parse_level,
    "grade": parse_grade,
    "county_code": parse_county_code,
}


def _duration_or_range(value: Any):
    """A 派驻期限 column holds a length (半年, 6个月) or, often, the dates (2023.03—2023.09)."""
    try:
        return parse_duration_months(value)
    except ValueError:
        rng = parse_date_range(value)
        if rng is None:
            return None
        return rng


def is_date_range(text: str) -> bool:
    """下派时间：2024年1月至6月 — a whole stay (a start and an end), where a label promised a start only."""
    try:
        return parse_value("date_range", text)[1] is not None
    except (ValueError, TypeError):
        return False


def parse_value(field_type: str, value: Any) -> Any:
    """Parse a cell; raises ValueError with a bilingual message."""
    kind = type(value)
    # runs for every mapped cell: text and numbers, the common cases, are tested inline (as is_blank does)
    if kind is str:
        if not value.strip():
            return None
    elif kind is float or kind is int:  # blank only if NaN
        if value != value:
            return None
    elif value is None or is_blank(value):
        return None
    elif isinstance(value, dt.date):  # dates and datetimes from the workbook
        return PARSERS[field_type](value)
    ok, out = _parse_cached(field_type, kind, value)
    if ok:
        return out
    raise ValueError(out)


@lru_cache(maxsize=262144)
def _parse_cached(field_type: str, kind: type, value: Any) -> tuple[bool, Any]:
    """The same text recurs thousands of times in a year of forms (dates, counts, titles,
    departments): parse each distinct cell once. ID numbers and names recur too: the same
    person is in the roster and in every monthly assessment. ``kind`` keeps 1, 1.0 and True apart."""
    if kind is str:
        text = value.strip()
        if text == UNCALCULATED:
            return False, "公式没有保存计算结果，无法读取 / a formula saved without its value: it cannot be read"
        if EXCEL_ERROR.fullmatch(text):
            return False, (f"Excel 错误值 {text}：公式出错，不是填报的值 / an Excel error value {text}: "
                           "a broken formula, not a value")
        if text in _placeholders() and field_type not in _OWN_PLACEHOLDERS:  # /, ——, N/A, 空: "nothing here"
            return True, None
        if text[:1] in ("'", "＇") and text[1:].strip():  # '2024-04-02, '86: Excel's text marker typed into the cell
            return _parse_cached(field_type, kind, text[1:])
    try:
        return True, PARSERS[field_type](value)
    except ValueError as exc:
        if field_type == "money" and kind is str and value.strip() in _placeholders():
            return True, None  # N/A, 空 for a fee: not stated (/ and — are 0: none charged, parse_money)
        return False, str(exc)


# fields whose own words include some placeholders: a fee's / or — is "none charged" (0), a yes/no column's n/a
# is no answer (a finding) — their parsers decide
_OWN_PLACEHOLDERS = frozenset({"money", "bool"})


def parse_scanned(field_type: str, value: str) -> Any:
    """A number or date a scan misread (2024.O3.01, l295O, 88S, a count's lone O): the value read with its
    letters as digits, or None when that reads nothing either. Asked only after parse_value failed, by a
    caller that records the finding (build_rows: OCR_DIGITS)."""
    if field_type not in _OCR_TYPES:
        return None
    lone = _LONE_OCR.get(value.strip()) if field_type in _COUNT_TYPES else None
    fixed = lone or ocr_digits(value)
    if fixed == value:
        return None
    ok, out = _parse_cached(field_type, str, fixed)
    return out if ok and out is not None else None


# Letters a scan or a PDF converter puts where digits were — O for 0, l / I for 1, S for 5 — read as digits
# only inside a run of digits (2024.O3.01, l295O, 88S) or before 年 / 月 / 日 (l月), and only in number and date
# fields. B (8) is left alone: B6 and 86 are as often a code as a misreading.
_OCR_TYPES = frozenset({"int", "headcount", "decimal", "money", "date", "date_end", "date_range", "year", "month",
                        "year_month", "year_part", "duration", "county_code"})
_OCR_RUN = re.compile(r"[0-9０-９OoIlS](?:[0-9０-９OoIlS,.，．]*[0-9０-９OoIlS])?")  # never |: a table's border
_OCR_MAP = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5"})
_COUNT_TYPES = frozenset({"int", "headcount", "decimal", "money"})
_LONE_OCR = {"O": "0", "o": "0", "l": "1", "I": "1"}  # a count column's lone O or l: 0 or 1


def ocr_digits(text: str) -> str:
    """The text with a scan's digit-like letters read as digits where they sit among digits."""
    def fix(m: re.Match) -> str:
        run = m.group(0)
        after = text[m.end():m.end() + 1]
        if any(ch.isdigit() for ch in run) or after in ("年", "月", "日", "号"):
            return run.translate(_OCR_MAP)
        return run
    return _OCR_RUN.sub(fix, text)


@lru_cache(maxsize=1)
def _placeholders() -> frozenset[str]:
    from pipelines.catalogue import load_yaml

    return frozenset(load_yaml("forms.yaml").get("placeholders", ()))


# what Excel shows where a formula broke (calamine reads these cells as empty; read_cells keeps the text)
# a formula saved without its value that formula_cells could not work out: no parser accepts it
UNCALCULATED = "#UNCALCULATED!"
EXCEL_ERROR = re.compile(r"#(?:N/A|REF!|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|UNCALCULATED!)")

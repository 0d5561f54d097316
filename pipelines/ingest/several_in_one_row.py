"""One spreadsheet row that stands for several records.

A ledger line naming several recipients (青禾县人民医院、石岭县人民医院), an activity held on one
weekday across a date range (每周三), or a name cell listing several people with as many ID
numbers: build_rows turns each into one row per record before parsing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from pipelines.ingest.form_catalogue import Form, norm_label, team_lead_words
from pipelines.ingest.parse_dates import parse_date, parse_date_in_year, parse_date_range
from pipelines.ingest.parse_values import cell_text, is_blank, parse_value
from pipelines.ingest.sheet_context import hospital_names_in


SEVERAL_NAMES = re.compile(r"\s*[、，,；;/\n]\s*")


_ONE_NAME = re.compile(r"[\u4e00-\u9fff·•]{2,8}")


# 每周三, 每周二、四 (not 每周一次: once a week)
_WEEKLY = re.compile(r"每(?:周|星期|礼拜)([一二三四五六日天](?:[、，,和及与][一二三四五六日天])*)(?![次回])")


_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def events_in_one_row(row: list, mapping, form: Form) -> list[list] | None:
    """One ledger line that stands for several events: a cell naming several recipients
    (青禾县人民医院、石岭县人民医院 — one record each), a pairing list's team (牵头单位 and its 成员单位: a
    pairing each), or an activity's date range with the weekday it recurs on (2024年4月3日—4月24日 |
    每周三下午 — one record per such day). None when the row is one event."""
    team = team_members(row, mapping)
    if team is not None:
        return [r for one in team for r in (_recipients(one, mapping) or [one])]
    return _recipients(row, mapping) or _types(row, mapping) or _weekly(row, mapping) or _series(row, mapping)


def _types(row: list, mapping) -> list[list] | None:
    """教学查房、病例讨论 in one 活动类型 cell: one activity of each type (the headcount, one for both,
    left empty on each: the caller's SHARED_COUNT)."""
    ti = mapping.fields.get("activity_type")
    cell = row[ti] if ti is not None and ti < len(row) else None
    if not isinstance(cell, str) or not SEVERAL_NAMES.search(cell.strip()):
        return None
    parts = [p for p in SEVERAL_NAMES.split(cell.strip()) if p]
    try:
        kinds = [parse_value("activity_type", p) for p in parts]
    except ValueError:
        return None
    if len(parts) < 2 or None in kinds or "其他" in kinds or len(set(kinds)) != len(kinds):
        return None  # a type and a remark (学术讲座/线上), or one type twice: one activity
    pc = mapping.fields.get("participants")
    out = []
    for p in parts:
        one = list(row)
        one[ti] = p
        if pc is not None and pc < len(one):
            one[pc] = None
        out.append(one)
    return out


_TEAM_IN_ONE_CELL = re.compile(r"牵头(?:医院|单位)?\s*[:：]\s*(?P<lead>[^；;\n，,]+?)\s*[；;\n，,]+\s*成员(?:医院|单位)?\s*[:：]\s*(?P<members>.+?)\s*[。.]?\s*$",
                              re.S)


_LEAD_MARK = re.compile(r"[（(]\s*(?:牵头|牵头单位|牵头医院|组长单位)\s*[)）]\s*$")
_ROLE_MARK = re.compile(r"[（(]\s*(?:牵头|牵头单位|牵头医院|组长单位|成员|成员单位|成员医院|参与单位)\s*[)）]")


def team_members(row: list, mapping) -> list[list] | None:
    """牵头单位 澄渊省人民医院 | 成员单位 雁泉市第一人民医院、雁泉市中心医院: the lead's row and one row per
    member (the member as the support hospital), the member column emptied on each; None when the row
    names no member (blank, —, 无)."""
    mi, si = mapping.fields.get("member_hospitals"), mapping.fields.get("support_hospital_id")
    if si is not None and si < len(row) and isinstance(row[si], str) and (team := _TEAM_IN_ONE_CELL.search(row[si])):
        # 牵头医院：省人民医院；成员单位：甲医院、乙医院 in the support cell: the lead's row and a row per member
        names = [team["lead"].strip(), *(p for p in SEVERAL_NAMES.split(team["members"].strip()) if p)]
        if all(hospital_names_in(p) == [p] for p in names):
            return [row[:si] + [p] + row[si + 1:] for p in names]
    if mapping.form == "pairings" and si is not None and si < len(row) and isinstance(row[si], str) \
            and _ROLE_MARK.search(row[si]) and SEVERAL_NAMES.search(row[si].strip()):
        # 澄漪市中心医院（牵头）⏎澄漪市第二人民医院（成员） in a pairing list's support cell: a pairing each (realworld152)
        names = [_ROLE_MARK.sub("", p).strip() for p in SEVERAL_NAMES.split(row[si].strip()) if p.strip()]
        if len(names) >= 2 and all(hospital_names_in(p) == [p] for p in names):
            return [row[:si] + [p] + row[si + 1:] for p in names]
    cell = row[mi] if mi is not None and mi < len(row) else None
    lead_cell = row[si] if si is not None and si < len(row) else None
    if si is None or not isinstance(cell, str) or (norm_label(mapping.methods["support_hospital_id"][0]) not in team_lead_words()
                                                   and not (isinstance(lead_cell, str) and _LEAD_MARK.search(lead_cell))):
        # members beside a plain 支援医院 column are the recipient's own (医共体), not supporters — unless the support
        # cell says it is the team's lead (澜汐省人民医院（牵头）: realworld141)
        return None
    names = [p for p in SEVERAL_NAMES.split(cell.strip()) if p]
    if not names or not all(hospital_names_in(p) == [p] for p in names):
        return None  # —, 无, 见附件: no hospital named
    lead = list(row)
    lead[mi] = None
    out = [lead]
    for name in names:
        one = list(lead)
        one[si] = name
        out.append(one)
    return out


def _recipients(row: list, mapping) -> list[list] | None:
    ci = mapping.fields.get("recipient_hospital_id")
    cell = row[ci] if ci is not None and ci < len(row) else None
    if isinstance(cell, str) and SEVERAL_NAMES.search(cell.strip()):
        parts = [p for p in SEVERAL_NAMES.split(cell.strip()) if p]
        if len(parts) >= 2 and all(hospital_names_in(p) == [p] for p in parts):
            out = []
            shared = [c for f, c in mapping.fields.items() if f == "participants"]  # 两院共60人: a count of both, no one's
            for k, p in enumerate(parts):
                one = list(row)
                one[ci] = p
                for c in shared:  # left empty on each (the caller adds the finding that quotes it)
                    if c < len(one):
                        one[c] = None
                for c, v in enumerate(row):  # 二级甲等\n二级乙等 beside them: the k-th line goes with the k-th hospital
                    if c != ci and isinstance(v, str) and "\n" in v.strip():
                        lines = [x for x in v.strip().split("\n") if x.strip()]
                        if len(lines) == len(parts):
                            one[c] = lines[k]
                out.append(one)
            return out
    return None


def _weekly(row: list, mapping) -> list[list] | None:
    di = mapping.fields.get("activity_date")
    cell = row[di] if di is not None and di < len(row) else None
    if not isinstance(cell, str):  # a date cell (the usual case) is one day: no row is scanned for 每周
        return None
    weekly = next((m for v in row if isinstance(v, str) for m in [_WEEKLY.search(v)] if m), None)
    if weekly is not None:
        try:
            rng = parse_date_range(cell)
        except ValueError:
            return None
        if rng and rng[0] is not None and rng[1] is not None and rng[1].value > rng[0].value:
            day, last = rng[0].value, rng[1].value
            want = {_WEEKDAY[ch] for ch in weekly.group(1) if ch in _WEEKDAY}
            days = [day + dt.timedelta(days=k) for k in range((last - day).days + 1) if (day + dt.timedelta(days=k)).weekday() in want]
            if 2 <= len(days) <= 60:
                return [row[:di] + [d] + row[di + 1:] for d in days]
    return None


_DATE_LIST = re.compile(r"\s*[、，,；;\n]\s*")
# 每讲30人 / 每场约40人: the headcount of each of a series' sessions
_EACH_COUNT = re.compile(r"^\s*每(?:讲|场|次|期|堂|课|场次)\s*(\d+)\s*(?:人次?|名)?\s*$")


def _series(row: list, mapping) -> list[list] | None:
    """A series of sessions in one row (2024年4月9日、5月14日、6月11日、7月9日 | 学术讲座): one record per date, each
    written with its month (the year carried from the first); 每讲30人 is each session's headcount, any other
    count is the series' (left empty by the caller, with a finding)."""
    di = mapping.fields.get("activity_date")
    cell = row[di] if di is not None and di < len(row) else None
    if not isinstance(cell, str) or not _DATE_LIST.search(cell.strip()):
        return None
    parts = [p for p in _DATE_LIST.split(cell.strip()) if p]
    if len(parts) < 2 or not all("月" in p or re.search(r"\d[./-]\d", p) for p in parts):
        return None
    try:
        first = parse_date(parts[0])
        if first is None or first.precision != "day":
            return None
        days = [first.value] + [parse_date_in_year(p, first.value.year).value for p in parts[1:]]
    except (ValueError, AttributeError):
        return None
    pc = mapping.fields.get("participants")
    count = row[pc] if pc is not None and pc < len(row) else None
    each = _EACH_COUNT.match(count) if isinstance(count, str) else None
    out = []
    for d in days:
        one = row[:di] + [d] + row[di + 1:]
        if pc is not None and pc < len(one):
            one[pc] = int(each.group(1)) if each else None
        out.append(one)
    return out


def people_in_one_row(row: list, mapping) -> list[list] | None:
    """A row whose name cell holds several people (郑书远\n冯若宁 with two ID numbers, 王芳、李强):
    one row per person when the ID cell holds as many numbers; [] (hold the row) when names are
    listed (、，；/) but the ID numbers do not match them one to one; None for an ordinary row — a
    name wrapped onto two lines (司马\n相如) without two ID numbers, or a name and a title
    (张伟\n主治医师, 王芳、护士长)."""
    nc = mapping.fields["name"]
    cell = row[nc] if nc < len(row) else None
    if type(cell) is not str:
        return None
    text = cell.strip()
    ic = mapping.fields.get("id_number")
    if SEVERAL_NAMES.search(text):
        names = [n for n in (re.sub(r"\s+", "", x) for x in SEVERAL_NAMES.split(text)) if n]
    elif ic is None and re.search(r"\s", text):  # 陆一鸣 夏知秋 in a list with no ID column (realworld148)
        names = text.split()
        # each a name as the Han write them: two or three characters from a common surname (买买提 艾力, 阿依古丽 吐尔逊,
        # 蒋白芷 小蒋 are one person: REV24)
        if not all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", n) and n[0] in _common_surnames()
                   or re.fullmatch(r"[\u4e00-\u9fff]{3,4}", n) and n[:2] in _compound_surnames() for n in names):
            return None
    else:
        return None
    if len(names) < 2 or not all(_ONE_NAME.fullmatch(n) and not _NOT_A_NAME.search(n) and not _is_title(n) for n in names):
        return None
    if len(names) == 2 and names[0] in _compound_surnames() and len(names[1]) <= 2:
        return None  # 司马\n相如, 欧阳 娜娜: one name wrapped or spaced at its compound surname
    if ic is None:  # a list that gives no ID numbers: each person by name, as its other rows are (realworld148)
        return [[*row[:nc], name, *row[nc + 1:]] for name in names]
    ids = [x for x in re.split(r"[\s、，,；;/]+", cell_text(row[ic])) if x] if ic is not None and ic < len(row) else []
    if len(ids) != len(names):
        listed = bool(re.search(r"[、，,；;/]", cell))  # a list, not a wrapped line
        return [] if listed else None
    out = []
    for name, idn in zip(names, ids):
        one = list(row)
        one[nc], one[ic] = name, idn
        out.append(one)
    return out


@lru_cache(maxsize=1)
def _common_surnames() -> frozenset[str]:
    from pipelines.catalogue import load_yaml

    return frozenset(load_yaml("forms.yaml").get("common_surnames", ""))


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    from pipelines.catalogue import load_yaml

    return frozenset(load_yaml("forms.yaml").get("compound_surnames", ()))


_NOT_A_NAME = re.compile(r"(长|师|员|士|主任|院长|科室|医院|卫生院)$")


def _is_title(text: str) -> bool:
    try:
        t = parse_value("title", text)
    except ValueError:
        return False
    return t is not None and t.rank is not None


# 依次轮换，每人两个月 / 轮流派驻，每人2个月: the people of one row take the period in turn
_ROTATION = re.compile(r"(?:依次|轮流|按序)(?:轮换|轮岗|派驻|驻点)?[，,、;；\s]*每人\s*([0-9一二两三四五六]+)\s*个?月")
_MONTHS_WORD = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
# two periods in one cell (2024.3-2024.4，2024.6-2024.8): a stay each
_PERIOD_SPLIT = re.compile(r"\s*[，,；;]\s*|\s*、\s*(?=(?:19|20)\d{2})")


def stays_in_one_row(rows: list[list], mapping) -> list[list] | None:
    """A roster line that stands for several stays: a period cell holding two periods (a stay
    each), or the people of one line rotating through its period (依次轮换，每人两个月: each person's
    share in turn, when the shares fill the period exactly). ``rows``: the line, or its people
    (people_in_one_row). None when nothing applies. Weekly sessions over a period (每周二下乡坐诊)
    stay one stay over the period: the contract's stay is the period a person is assigned to the
    recipient (realworld30; realworld92's truth follows it)."""
    pc = mapping.fields.get("period_range")
    if pc is None:
        return None
    cell = rows[0][pc] if pc < len(rows[0]) else None
    if not isinstance(cell, str):
        return None
    rot = _ROTATION.search(" ".join(v for v in rows[0] if isinstance(v, str)))
    if rot is not None and len(rows) >= 2:
        return _rotation(rows, pc, cell, rot)
    parts = [p for p in _PERIOD_SPLIT.split(cell.strip()) if p]
    if len(parts) < 2:
        return None
    try:
        ranges = [parse_date_range(p) for p in parts]
    except ValueError:
        return None
    if all(r and r[0] is not None and r[1] is not None for r in ranges):
        return [r[:pc] + [p] + r[pc + 1:] for r in rows for p in parts]
    return None


def _rotation(rows: list[list], pc: int, cell: str, rot: re.Match) -> list[list] | None:
    n = rot.group(1)
    months = int(n) if n.isdigit() else _MONTHS_WORD.get(n)
    try:
        rng = parse_date_range(cell)
    except ValueError:
        return None
    if not months or not rng or rng[0] is None or rng[1] is None:
        return None
    start, end = rng[0].value, rng[1].value
    total = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day != 1 or end != _month_end(end) or total != months * len(rows):
        return None  # the shares do not fill the period: not guessed (the line is read as written)
    out = []
    for k, r in enumerate(rows):
        first = _add_months(start, k * months)
        last = _month_end(_add_months(start, (k + 1) * months - 1))
        out.append(r[:pc] + [f"{first.isoformat()}至{last.isoformat()}"] + r[pc + 1:])
    return out


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _month_end(d: dt.date) -> dt.date:
    return _add_months(d, 1) - dt.timedelta(days=1)


# a post's holder and successor in one row (原派驻人员 | 身份证号 | 到岗日期 | 接替人员 | 接替人员身份证号 | 接替日期 | 派驻截止日期)
_HANDOVER_DATE = re.compile(r"^(?:接替|交接|接任|轮换)(?:日期|时间)$")
_SUCCESSOR_TITLE = re.compile(r"^(?:接替|接任)人员?职称$")


def succession(row: list, mapping, labels: list[str]) -> list[list] | None:
    """A post held in turn, written as one row: the first holder (原派驻人员, their own 身份证号, 到岗日期) until the
    day before the 接替日期, then the successor (接替人员, 接替人员身份证号 …) from it to the post's end — a stay each.
    With no successor, the first holder's stay to the end. None for any other row."""
    f = mapping.fields
    rc, nc, sc, ec, ic = (f.get(k) for k in ("replaced_person", "name", "start_date", "end_date", "id_number"))
    if rc is None or nc is None or sc is None or ec is None:
        return None
    cols = {norm_label(lab): c for c, lab in enumerate(labels) if c not in f.values()}
    hc = next((c for lab, c in cols.items() if _HANDOVER_DATE.match(lab)), None)
    if hc is None or rc >= len(row) or not isinstance(row[rc], str) or not row[rc].strip():
        return None  # a change list (替换人员 from 替换日期) is read as one: the replacement's stay
    own_id = cols.get("身份证号")
    successor_title = next((c for lab, c in cols.items() if _SUCCESSOR_TITLE.match(lab)), None)
    tc = f.get("title")

    def cell(c):
        return row[c] if c is not None and c < len(row) else None
    first = list(row)
    first[nc], first[rc] = row[rc], None
    if ic is not None:
        first[ic] = cell(own_id)
    successor = cell(nc)
    if successor is None or not str(successor).strip():
        return [first]
    try:
        handed = parse_date(cell(hc))
    except ValueError:
        return None
    if handed is None or handed.precision != "day":
        return None
    first[ec] = (handed.value - dt.timedelta(days=1)).isoformat()
    second = list(row)
    second[rc], second[sc] = None, handed.value.isoformat()
    if tc is not None and successor_title is not None and not is_blank(cell(successor_title)):
        second[tc] = cell(successor_title)
    return [first, second]

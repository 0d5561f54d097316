"""Two-way exchange rosters (双向交流): one list holding a support hospital's staff sent down to its recipient
(下派, 下沉 — deployments) and the recipient's staff sent up to learn at the support hospital (上挂, 上派, 进修 —
trainees). Each row's direction comes from a direction column (交流方式 下派 / 上挂), from the section line above it
(一、下派人员 … 二、上挂人员 …), or from which way its two hospitals go (派出单位 → 接收单位, a blank one being the
reporting hospital); the sheet is read once per direction, each row from the reading of its own form, with its
hospital columns named for that form (派出单位 is a deployment's support hospital, a trainee's sending hospital;
交流单位 is whichever party the reporting hospital is not). The words are data: forms.yaml ``exchange``
(realworld143).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest.form_catalogue import norm_label
from pipelines.ingest.locate_table import Located
from pipelines.ingest.mapping_overrides import standard_label
from pipelines.ingest.parse_values import cell_text, is_blank
from pipelines.ingest.read_cells import Sheet
from pipelines.ingest.resolve_hospitals import hospital_key, place_of

DOWN, UP = "deployments", "trainees"
_PERSON_FORMS = (DOWN, UP, "activities", None)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    spec = load_yaml("forms.yaml")["exchange"]
    out = {k: frozenset(norm_label(w) for w in v) for k, v in spec.items()}
    out["not_jinxiu"] = frozenset(norm_label(w) for w in load_yaml("forms.yaml")["trainee_kinds"]["not_jinxiu"])
    return out


_BRACKET = re.compile(r"[(（][^()（）]*[)）]\s*$")


def word_direction(text) -> str | None:
    """下派 / 下沉 / 接收下派 → deployments; 上挂 / 上派 / 进修 / 跟班学习 → trainees; 挂职 → "either" (the hospitals
    decide); a kind of training that is no 进修 (短期培训, 规培) → trainees (where it is held NOT_A_TRAINEE); else None."""
    w = _words()
    s = norm_label(_BRACKET.sub("", unicodedata.normalize("NFKC", cell_text(text)).strip()))
    if not s:
        return None
    if s in w["down"]:
        return DOWN
    if s in w["up"]:
        return UP
    if s in w["either"]:
        return "either"
    if any(k in s for k in w["not_jinxiu"]):
        return UP
    return None


def section_direction(text: str | None) -> str | None:
    """一、下派人员（我院派驻青篁县人民医院） → deployments; 二、上挂人员（…来我院跟班学习） → trainees; else None."""
    if not text:
        return None
    s = norm_label(text)
    w = _words()
    down = any(k in s for k in w["section_down"])
    up = any(k in s for k in w["section_up"])
    return DOWN if down and not up else UP if up and not down else None


# (a branch only a township's: 医共体白溪分院, 卫生院分院 — a city hospital's 城东分院 is the city's: REV24)
_TOWNSHIP = re.compile(r"(?:卫生院|社区卫生服务中心|社区卫生服务站|卫生室|卫生服务站|(?:医共体|医疗共同体|卫生院)[\u4e00-\u9fff]{0,6}分院)$")


def name_rank(name: str | None) -> int | None:
    """A rough level from a hospital's name, to tell which way a person went between two named hospitals: a
    township centre 1 (its kind ends the name), a hospital of a county, banner or district 2 (the first place its
    name says: 镇江市 is a city), any other (a province's, a city's, a university's) 3."""
    if not name:
        return None
    key = hospital_key(name)
    if _TOWNSHIP.search(key):
        return 1
    place = place_of(key)
    return 2 if place and place[-1] in "县旗区" else 3


def _columns(loc: Located) -> dict[str, int]:
    """The direction, from, to, counterpart, remark and position columns of the table, by role."""
    w = _words()
    out: dict[str, int] = {}
    for col in loc.columns:
        n = norm_label(col.lower or col.label)
        for role in ("direction_columns", "from_columns", "to_columns", "counterpart_columns", "remark_columns",
                     "position_columns", "name_columns"):
            if n in w[role] and role not in out:
                out[role] = col.index
    return out


def _cell(loc: Located, i: int, c: int | None):
    row = loc.grid[i]
    return None if c is None or c >= len(row) or is_blank(row[c]) else cell_text(row[c]).strip()


def row_plans(loc: Located, form: str | None, reporter: str | None) -> tuple[dict[tuple[str, tuple], list[int]], dict] | None:
    """The sheet's data rows by how to read them: (form, header relabels) -> row indices, and the blank hospital
    cells that are the reporting hospital ((row, column) -> its name); None when the sheet is no exchange roster (no
    person column, or every row read as the sheet's own form with its own headers)."""
    if form not in _PERSON_FORMS or not loc.found or not loc.data_rows:
        return None
    cols = _columns(loc)
    if "name_columns" not in cols:
        return None
    dc, fc, tc, cc = (cols.get(k) for k in ("direction_columns", "from_columns", "to_columns", "counterpart_columns"))
    if dc is None and not loc.sections and (fc is None or tc is None):
        return None
    plans: dict[tuple[str, tuple], list[int]] = {}
    fills: dict[tuple[int, int], str] = {}
    rank_r = name_rank(reporter)
    if dc is not None:
        said_rows = {i: (t, word_direction(t)) for i in loc.data_rows if (t := _cell(loc, i, dc)) is not None}
        if any(d is None for _, d in said_rows.values()) or not any(
                norm_label(_BRACKET.sub("", t)) in _words()["down"] | _words()["up"] | _words()["either"]
                for t, _ in said_rows.values()):
            return None  # a type column with other words (活动类型 讲座), or only kinds of training: no exchange roster
    worded = 0  # rows whose direction a word says (their column, their section line)
    for i in loc.data_rows:
        said = word_direction(_cell(loc, i, dc)) if dc is not None else None
        said = said or section_direction(loc.sections.get(i))
        worded += said in (DOWN, UP)
        relabel: list[tuple[int, str]] = []
        if fc is not None and tc is not None:
            src, dst = _cell(loc, i, fc) or reporter, _cell(loc, i, tc) or reporter
            if reporter and (_cell(loc, i, fc) is None) != (_cell(loc, i, tc) is None):
                fills[i, fc if _cell(loc, i, fc) is None else tc] = reporter
            if said in (None, "either") and form in (DOWN, UP):  # the names' levels only in a person list
                rs, rd = name_rank(src), name_rank(dst)
                said = DOWN if rs and rd and rs > rd else UP if rs and rd and rs < rd else None
            if said in (DOWN, UP):
                relabel = [(fc, "support_hospital_id" if said == DOWN else "recipient_hospital_id"),
                           (tc, "recipient_hospital_id" if said == DOWN else "host_hospital_id")]
        elif cc is not None:
            other = _cell(loc, i, cc)
            rs, ro = rank_r, name_rank(other)
            if said == "either":
                said = None
            if said in (DOWN, UP) and rs and ro and rs != ro:
                # 交流单位: the party the reporting hospital is not — the higher of the two is the support hospital
                relabel = [(cc, ("recipient_hospital_id" if rs > ro else "support_hospital_id") if said == DOWN
                            else ("recipient_hospital_id" if rs > ro else "host_hospital_id"))]
            elif said in (DOWN, UP):
                said = None  # which party the column names is not known: the row is read as the sheet's form
        if said not in (DOWN, UP):
            said, relabel = form, []
        if said in (DOWN, UP) and dc is not None:
            relabel.append((dc, "support_mode" if said == DOWN else "training_kind"))
        plans.setdefault((said, tuple(relabel)), []).append(i)
    forms = {f for f, _ in plans}
    if forms == {form}:
        return None
    # one direction only, in a sheet that is no person list: another form only when words say so for every row (an
    # activity record with 姓名 | 派出单位 | 接收单位 is no roster: REV23); in a person list the hospitals' levels may (REV24)
    if len(forms) == 1 and form not in (DOWN, UP) and worded < len(loc.data_rows):
        return None
    return plans, fills


# a remark that is a post held on secondment, and only that (挂职业务副院长, 挂职心内科主任): the post (REV23: not
# 挂职期间协助科主任开展教学查房)
_POST_REMARK = re.compile(r"(?:上挂|下派)?挂职(?:担任|任)?((?:业务|行政|执行)?副?院长|[\u4e00-\u9fff]{0,6}?主任|护士长)")


def relabelled(sheet: Sheet, loc: Located, form: str, relabel: tuple, fills: dict) -> Sheet:
    """A copy of the sheet whose header names the given columns by the form's own label for each field (and, for a
    deployment read, a 挂职 post written in the remark — 挂职业务副院长 — as the post held at the recipient)."""
    rows = [list(r) for r in sheet.rows]
    for (i, c), name in fills.items():
        rows[i] += [None] * (c + 1 - len(rows[i]))
        rows[i][c] = name
    last = loc.header_rows[-1]
    width = max((len(r) for r in rows), default=0)
    for c, fname in relabel:
        for h in loc.header_rows:
            while len(rows[h]) <= c:
                rows[h].append(None)
            rows[h][c] = standard_label(fname, form) if h == last else (
                rows[h][c] if any(m[0] <= h <= m[2] and m[1] <= c <= m[3] and m[1] != m[3] for m in sheet.merged) else None)
    cols = _columns(loc)
    if form == DOWN and "remark_columns" in cols and "position_columns" not in cols:
        rc = cols["remark_columns"]
        for i, r in enumerate(rows):
            r += [None] * (width - len(r))
            if i == last:
                r.append(standard_label("position_at_recipient", DOWN))
            elif i in loc.data_rows:
                post = _POST_REMARK.fullmatch(norm_label(_cell(loc, i, rc) or ""))
                r.append(post.group(1) if post else None)
    return Sheet(sheet.name, rows, [m for m in sheet.merged], sheet.hidden, sheet.hidden_rows, sheet.hidden_cols,
                 sheet.part, sheet.comments)

"""Answers as online form systems export them (问卷星, 金数据, 腾讯问卷, 腾讯文档 collections):
the option letter before a choice ("A. 渚安县人民医院", "B.否"), a tick before it ("√是"), the
text filled in after "其他（请注明）" in 〖…〗, and "(空)" / "(跳过)" for a question left
unanswered. Cleaned where the cells are read, so every later step sees the answer itself.
The question numbers of their headers ("1、您的姓名：", "Q3 身份证号") are dropped where header
labels are normalised (form_catalogue.norm_label).
"""

from __future__ import annotations

import datetime as _dt
import re

# what an answer cell may start with, tested before any regex (most cells are not answers)
LEADS = frozenset("ABCDEFGH√(（")

_OPTION = re.compile(r"^[A-H]\s*[.．、]\s*(?=[^\x00-\x7f])")   # A. 是, B.否, C、其他 — not "A.B.C" or "A区"
_FILLED_IN = re.compile(r"〖([^〗]*)〗\s*$")                   # D. 其他（请注明）〖推拿科〗
# 〖请注明〗 left as the form printed it (a header "4、帮扶方式:其他〖请注明〗", or the option "其他〖请注明〗" chosen
# with its text in a column of its own): no answer inside the brackets
_PLACEHOLDERS = frozenset({"请注明", "请说明", "请填写", "其他", "其它", "注明"})
_UNANSWERED = frozenset({"(空)", "（空）", "(跳过)", "（跳过）", "(未填)", "（未填）", "(未作答)", "（未作答）"})


def answer(text: str) -> str | None:
    """The answer a form-system cell holds (None for an unanswered question)."""
    s = text.strip()
    if s in _UNANSWERED:
        return None
    m = _FILLED_IN.search(s)
    if m and m.group(1).strip() and m.group(1).strip() not in _PLACEHOLDERS:
        return m.group(1).strip()
    s2 = _OPTION.sub("", s)
    if s2.startswith("√") and len(s2) > 1:
        s2 = s2[1:].lstrip()
    return s2 if s2 != s else text


def clean(v):
    """A cell as read: an empty string is no value; a form-system answer is its answer."""
    if type(v) is str:
        if not v:
            return None
        if v[:1] in LEADS or v.endswith("〗"):
            return answer(v)
    return v


_LOCAL = _dt.timezone(_dt.timedelta(hours=8))  # a submission time without a zone is China Standard Time

# the column a form system stamps each submission with (form_system_columns in forms.yaml)
_SUBMITTED = ("提交时间", "提交答卷时间", "结束答题时间", "填写时间", "修改时间")


def submitted_column(loc) -> int | None:
    """The 提交时间 column of a form-system export (问卷星, 金数据: a stamp and at least one more
    system column such as 答题时长 or 来源IP), else None: a register that merely has a 填写时间
    column is no export."""
    from pipelines.ingest.form_catalogue import norm_label
    from pipelines.ingest.map_columns import form_system_columns

    system = [c for c in loc.columns if norm_label(c.lower) in form_system_columns()]
    cols = [c.index for c in system if norm_label(c.lower) in _SUBMITTED]
    return cols[0] if cols and len(system) >= 2 else None


def keep_latest_submissions(res, loc, form) -> None:
    """One submission per person (or hospital and month) in a form-system export: when the same
    row was submitted twice, the later submission (by its 提交时间, not its place in the file)
    corrects the earlier, which is listed as non-data of kind ``resubmitted`` naming the row that
    replaced it — never curated twice, never quietly lost."""
    if len(res.records) < 2:
        return
    from dateutil import parser as dates  # not pandas: a reader process stays light (its memory is capped)

    from pipelines.db.schema import table_specs
    from pipelines.ingest.parse_values import cell_text

    col = submitted_column(loc)
    if col is None:  # no export: its rows are never merged
        return
    spec = table_specs().get(form.name, {"columns": []})
    keys = list(form.resubmission_key) or [c["name"] for c in spec["columns"] if c.get("key")] \
        or [f.name for f in form.fields.values() if f.key]

    def when(rec):
        row = loc.grid[rec.source_row - 1] if rec.source_row - 1 < len(loc.grid) else []
        v = row[col] if col < len(row) else None
        try:
            t = v if hasattr(v, "timestamp") else dates.parse(cell_text(v))
            if t.tzinfo is None:  # local times; 2024-03-05T10:00:00+08:00 is compared in its own zone's terms
                t = t.replace(tzinfo=_LOCAL)
            return (t.timestamp(), rec.source_row)
        except (ValueError, OverflowError, TypeError, AttributeError):
            return (0.0, rec.source_row)

    groups: dict[tuple, list] = {}
    for rec in res.records:
        who = rec.values.get("person_id") or rec.person_name
        groups.setdefault((who, *(str(rec.values.get(k)) for k in keys)), []).append(rec)
    dropped = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        latest = max(group, key=when)
        for rec in group:
            if rec is not latest:
                dropped.add(id(rec))
                res.nondata.extend((r, "resubmitted", f"同一内容较晚的提交（第 {latest.source_row} 行）更正了本行 / corrected by a later "
                                                      f"submission of the same (row {latest.source_row})") for r in rec.rows())
    if dropped:
        res.records = [r for r in res.records if id(r) not in dropped]
        res.nondata.sort()


# "6、职称〖其他〗", "职称（其他，请注明）": the box a form system exports beside a single-choice question, holding
# what was typed when 其他 was chosen (realworld125)
_SPECIFY_HEADER = re.compile(r"^(?P<q>.+?)\s*[〖【\[（(]\s*(?:其他|其它)\s*(?:[,，、]?\s*(?:请注明|请说明|请填写))?\s*[〗】\]）)]\s*$")
_OTHER_CHOSEN = re.compile(r"^\s*(?:[A-H]\s*[.．、]\s*)?(?:其他|其它)")


def merge_specify_columns(loc) -> int:
    """A single-choice question's 其他 box read into the question's own cell, in a form system's export: 职称
    "其他〖请注明〗" (or 其他) beside 职称〖其他〗 "副主任医师" is 副主任医师, as a reader takes it; the box column then
    names no field. Works on the located copy of the grid; returns how many cells were filled in."""
    from dataclasses import replace

    from pipelines.ingest.form_catalogue import strip_label
    from pipelines.ingest.locate_table import fill_from_columns
    from pipelines.ingest.parse_values import cell_text, is_blank

    # only in a form system's export (REV20: 参加人数（本院） | 参加人数（其他） in a register is a breakdown, not a box)
    if not loc.header_rows or not any("其" in c.lower for c in loc.columns) or submitted_column(loc) is None:
        return 0
    pairs = []
    for col in loc.columns:
        m = _SPECIFY_HEADER.match(col.lower)
        if not m:
            continue
        want = strip_label(m.group("q"))
        base = [c.index for c in loc.columns if c.index != col.index and strip_label(c.lower) == want]
        if len(base) == 1:
            pairs.append((base[0], col.index))
    if not pairs:
        return 0
    n = fill_from_columns(loc, pairs, lambda chosen, _: not is_blank(chosen) and bool(_OTHER_CHOSEN.match(cell_text(chosen))))
    boxes = {o for _, o in pairs}
    loc.columns = [replace(c, lower="") if c.index in boxes else c for c in loc.columns]
    return n


def drop_test_submissions(res, loc) -> None:
    """A form-system export's test submissions (an answer 测试 / test in any cell, made before the real
    ones: forms.yaml example_rows.test) are not data: listed as non-data of kind ``example``, neither
    curated nor held for a hospital to correct (realworld125)."""
    if submitted_column(loc) is None:
        return
    from pipelines.ingest.locate_table import row_text, test_answers
    from pipelines.privacy.person_id import mask_id_numbers

    tests = test_answers()
    bad = {i + 1 for i in loc.data_rows if any(type(c) is str and c.strip() in tests for c in loc.grid[i])}
    hit = {e.source_row for e in (*res.records, *res.quarantined) if e.source_row in bad}
    if not hit:
        return
    res.records = [r for r in res.records if r.source_row not in hit]
    res.quarantined = [q for q in res.quarantined if q.source_row not in hit]
    res.nondata.extend((r, "example", str(mask_id_numbers(row_text(loc.grid[r - 1])))) for r in sorted(hit))

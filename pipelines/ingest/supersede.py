"""Which earlier submission a new sheet corrects, and what happens to the earlier rows (the
second stage: resolve → supersede → stage → write).

A corrected resubmission of the same form, reporting hospital, period and subject hospital
supersedes the earlier one (the earlier submission row is kept and marked ``superseded_by``);
rows it has again are replaced; rows it lacks are removed only when it is that submitter's
full list again (``settle``). Import semantics follow DHIS2's data import.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from rapidfuzz import fuzz

from pipelines.ingest.form_catalogue import forms
from pipelines.ingest.results import Record, SheetResult, SheetSummary
from pipelines.ingest.staged_tables import StagedTables, natural_key, value_columns
from pipelines.privacy.person_id import mask_id_numbers

# v2, v3 … and 第二版 say a later version; v1 and 第一版 are the first, not a correction; V2.0 with its decimal is
# a template's version (2024年版 V2.0, realworld127), not a resubmission's
_CORRECTION = re.compile(r"更正|修正|修订|纠正|校正|重报|重新报送|更新版|修改版|最终版|终版|定稿|[vV](?:[2-9]|[1-9]\d)(?!\d|\.\d)|第[二三四五2-5]版")


def is_correction(file_name: str) -> bool:
    """Does the file's name say it corrects an earlier submission (更正, 修订, 最终版, v2, …)?"""
    return bool(_CORRECTION.search(file_name))


# a copy the mail client or the file manager made: 名册(1).xlsx, 名册 - 副本.xlsx, 名册 - Copy.xlsx, 名册（2）.xls
_COPY = re.compile(r"(?:[（(]\d{1,2}[)）]|\s*-\s*副本|副本|\s*-\s*copy(?:\s*\(\d+\))?|\s+copy)$", re.I)


def is_copy(file_name: str) -> bool:
    """Does the file's name mark it as a copy of another (名册(1).xlsx, 名册 - 副本.xlsx)?"""
    return bool(_COPY.search(re.sub(r"\.\w+$", "", file_name).strip()))


def supersede_key(form: str, reporter: str | None, period: str | None, subject: str | None, file_name: str, sheet_name: str,
                  months: tuple[int, int] | None = None) -> str:
    """Which earlier sheet a new one corrects: the same form, reporting hospital, period and
    the hospital the sheet is about, when the sheet name or title names one (a support
    hospital's workbook with one sheet per recipient holds several submissions that must
    not replace each other); and the same part of the year when the list says it covers one
    (上半年 and 下半年, 1—6月 and 全年 are different reports: realworld127). Without a period or any
    hospital, only a sheet of the same name in a file of the same name counts."""
    if period and months and months != (1, 12):
        period = f"{period}:{months[0]}-{months[1]}月"
    if period and (reporter or subject):
        return json.dumps([form, reporter, period, subject], ensure_ascii=False)
    return json.dumps([form, "file", str(mask_id_numbers(file_name)), str(mask_id_numbers(sheet_name))], ensure_ascii=False)


def corrected(staged: StagedTables, table: str, active: list[str], records: list[Record], file_name: str) -> list[str]:
    """Which earlier sheets (same form, hospital and period) the new one corrects.

    Those that share at least one row (same natural key) with it; failing that, when the
    file says it is a correction (更正, 修订, …), the earlier sheet whose file name is most
    like this one's. Sheets with no row in common and no such word are both kept: a
    recipient's own form and a ledger sheet, say, listing different techniques. A sheet
    with no usable row corrects nothing: it would only delete what is curated."""
    if not active or not records:
        return []
    keys = natural_key(table)
    idx = staged.load_index(table)
    new = {tuple(r.values.get(c) for c in keys) for r in records}
    overlapping = {entry[0] for k, entry in idx.items() if entry[0] in active and k in new}
    if "start_date" in keys:  # the same stay with its start corrected (periods overlap) is a row in common too
        si = keys.index("start_date")
        vcols = value_columns(table)
        s, e = vcols.index("start_date"), vcols.index("end_date")
        stays: dict[tuple, list] = {}
        for r in records:
            stays.setdefault(tuple(r.values.get(c) for i, c in enumerate(keys) if i != si), []).append(
                (r.values.get("start_date"), r.values.get("end_date")))
        for k, entry in idx.items():
            if entry[0] in active and entry[0] not in overlapping:
                for s2, e2 in stays.get(k[:si] + k[si + 1:], ()):
                    if _overlap(entry[1][s], entry[1][e], s2, e2):
                        overlapping.add(entry[0])
                        break
    if overlapping:
        return sorted(overlapping)
    if _CORRECTION.search(file_name):
        stem = _CORRECTION.sub("", re.sub(r"[（(][^）)]*[）)]|\.\w+$", "", file_name))
        return [max(active, key=lambda sid: (fuzz.ratio(stem, re.sub(r"\.\w+$", "", staged.file_names.get(sid, ""))), active.index(sid)))]
    return []


def lacking(table: str, sheet: SheetResult) -> frozenset[str]:
    """The table's columns this sheet has no column for, though the form has such a field
    (a narrower resubmission): an earlier value of such a column is kept, not blanked."""
    if sheet.supplied is None or sheet.form_type is None or sheet.form_type not in forms():
        return frozenset()
    fields = forms()[sheet.form_type].fields
    return frozenset(c for c in value_columns(table) if c in fields and c not in sheet.supplied)


def _same_stay(idx: dict, table: str, old: tuple, new: tuple) -> bool:
    """Two keys that differ only in their start date and whose periods overlap: one stay whose
    start was corrected."""
    keys = natural_key(table)
    if "start_date" not in keys or [i for i, (a, b) in enumerate(zip(old, new)) if a != b] != [keys.index("start_date")]:
        return False
    vcols = value_columns(table)
    if "end_date" not in vcols or old not in idx or new not in idx:
        return False
    s, e = vcols.index("start_date"), vcols.index("end_date")
    return _overlap(idx[old][1][s], idx[old][1][e], idx[new][1][s], idx[new][1][e])


def _overlap(s1, e1, s2, e2) -> bool:
    """Do two stays overlap (an open end runs on)?"""
    s1, e1, s2, e2 = (getattr(x, "value", x) for x in (s1, e1, s2, e2))
    if s1 is None or s2 is None:
        return False
    return s1 <= (e2 or dt.date.max) and s2 <= (e1 or dt.date.max)


def settle(staged: StagedTables, table: str, sid: str, predecessors: list[str], prev_meta: dict[tuple, tuple[str, bool]],
           curated: dict[tuple, int], summ: SheetSummary, active: list[str], declared: bool) -> None:
    """What a resubmission does to the rows of each submission it corrects.

    Rows it has again were replaced by its own rows (staged already). Rows it lacks are
    removed only when it is that submitter's full list again: it has more than half of the
    earlier rows, or it says it is a correction (更正, v2, …) and has at least as many rows.
    Otherwise it is a partial list — one person of eighteen, the two held rows sent again
    fixed, a supplement — and the earlier rows stay, with a note. A correction whose rows
    were all unusable corrects nothing (``corrected``). Judged for each earlier submission
    on its own: a form that repeats one row of a ledger does not replace the ledger."""
    idx = staged.load_index(table)
    for old in predecessors:
        keys = [k for k, (o, _) in prev_meta.items() if o == old]
        dropped = [k for k in keys if k not in curated]
        replaced = [k for k in keys if k in curated]
        if 2 * len(replaced) > len(keys) or (declared and len(curated) >= len(keys)) or not keys:
            for k in dropped:
                idx.pop(k, None)
            staged.superseded_updates.append((old, sid))
            staged.delete_subs.setdefault(table, set()).add(old)
            if old in active:
                active.remove(old)
            summ.superseded = old
            summ.removed += len(dropped)
            if dropped:
                summ.notes.append(f"本次报送替代先前报送，先前的 {len(dropped)} 行不在本次报送中，已删除 / this resubmission replaces the "
                                  f"earlier one; {len(dropped)} earlier rows are not in it and were removed")
            continue
        if declared or "start_date" in natural_key(table):
            # a correction of one field of the key (a date): the row it names by all the rest — said
            # so by the file's name, or a stay whose start moved while it still overlaps the old one
            # (the same person's later stay at the same hospital is another row)
            new_keys = [k for k in curated if k not in prev_meta]
            for k_new in new_keys:
                near = [k for k in dropped if sum(a != b for a, b in zip(k, k_new)) == 1
                        and (declared or _same_stay(idx, table, k, k_new))]
                if len(near) == 1:
                    dropped.remove(near[0])
                    replaced.append(near[0])
                    idx.pop(near[0], None)
                    summ.removed += 1
                    summ.changes.append(f"更正了键字段 / a key field corrected: {' | '.join(map(str, near[0]))} → "
                                        f"{' | '.join(map(str, k_new))}")
        staged.delete_keys.setdefault(table, []).extend(k for k in replaced if prev_meta[k][1])
        summ.kept += len(dropped)
        if replaced:
            summ.notes.append(f"本次报送只含先前报送的 {len(replaced)}/{len(keys)} 行，视为部分更正：其余 {len(dropped)} 行保留；如需删除，"
                              f"请报送完整的表格 / this resubmission has only {len(replaced)} of the {len(keys)} earlier rows: read "
                              f"as a partial correction, the other {len(dropped)} rows were kept. To remove them, resubmit the full list")
        else:
            summ.notes.append(f"本次报送与先前报送没有相同的行，先前的 {len(keys)} 行保留 / this resubmission shares no row with the "
                              f"earlier one: its {len(keys)} rows were kept and these added")

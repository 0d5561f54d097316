"""Staging a sheet's resolved rows (the third stage: resolve → supersede → stage → write).

Each row is counted as new, updated, unchanged or quarantined. A row whose natural key
already exists from another submission replaces it (create-and-update); re-ingesting an
unchanged file changes nothing. A value the column cannot hold, a value the table cannot be
without, a duplicate within the sheet or the same row in another sheet of the workbook never
fails the run: the field is left empty with a finding, or the row is quarantined.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from pipelines.db.schema import column_types, table_specs
from pipelines.ingest.results import Quarantined, Record, SheetSummary
from pipelines.ingest.form_catalogue import SERIAL_WORDS, norm_label
from pipelines.ingest.staged_tables import OCCURRENCE_TABLES, PROVENANCE, TWIN_FIELDS, StagedTables, natural_key, value_columns

ID_COLUMNS = {
    "pairings": ("pairing_id", "PR"),
    "deployments": ("deployment_id", "D"),
    "trainees": ("trainee_id", "T"),
    "techniques": ("technique_id", "K"),
    "activities": ("activity_id", "A"),
}


@lru_cache(maxsize=1)
def _edit_stamps() -> frozenset[str]:
    from pipelines.catalogue import load_yaml

    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("edit_stamp_columns", ()))


def number_occurrences(table: str, records: list[Record]) -> None:
    """Number the events of a sheet that share their key (recipient, date, type, topic): the first
    is occurrence 1, another row with the same key but other cells (a second teleconsultation that
    day: another patient, another expert) is 2, and so on. A row typed twice — the same cells, the
    serial number aside — keeps 1 and is held as a duplicate when staged."""
    if table not in OCCURRENCE_TABLES:
        return
    base = [c for c in natural_key(table) if c != "occurrence"]
    seen: dict[tuple, list[Record]] = {}
    compared: dict[int, tuple] = {}

    def cells(rec: Record) -> tuple:
        """The row's cells as compared, worked out only for rows that share a key (most rows share none)."""
        got = compared.get(id(rec))
        if got is None:
            # (a shared online sheet stamps who typed the row and when: the same event typed by two clerks)
            got = compared[id(rec)] = (*sorted((h, t) for h, t in rec.raw.items() if norm_label(h) not in SERIAL_WORDS
                                               and norm_label(h) not in _edit_stamps()),
                                       # who led it (a masked row of a patient's consultation still names its expert: realworld153)
                                       ("_staff", rec.known_name))
        return got

    for rec in records:
        k = tuple(map(rec.values.get, base))
        rows = seen.setdefault(k, [])
        # one row naming two events alike (a work log's 教学查房2次) is two occurrences, never its own duplicate
        typed_twice = any(r.source_row != rec.source_row and cells(r) == cells(rec) for r in rows)
        rec.values["occurrence"] = 1 if not rows or typed_twice else len(rows) + 1
        if not typed_twice:
            rows.append(rec)


def stable_id(prefix: str, parts: tuple) -> str:
    text = "|".join([p if type(p) is str else "" if p is None else str(p) for p in parts])
    return prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def stage_records(staged: StagedTables, table: str, sid: str, records: list[Record], quarantined: list[Quarantined],
                  prev_rows: dict[tuple, tuple], summ: SheetSummary, rereading: bool = False,
                  file_sha: str | None = None, lacking: frozenset[str] = frozenset()) -> dict[tuple, int]:
    """Stage a sheet's rows; returns the keys staged (-> the sheet row of each). ``prev_rows``:
    the rows of the submissions this one corrects, by key. ``rereading``: the file is read
    again for its held rows, and never replaces a row another submission wrote. ``lacking``:
    columns the sheet does not have, whose earlier values a replaced row keeps."""
    idx = staged.load_index(table)
    keys = natural_key(table)
    vcols = value_columns(table)
    sid_sha = staged.sid_sha
    seen: dict[tuple, int] = {}
    kept: list[Record] | None = None  # the records left, once a duplicate is found
    get_id = ID_COLUMNS.get(table)
    id_col, id_prefix = get_id if get_id else (None, None)
    delete_keys: list[tuple] = []  # in-db rows this sheet replaces
    new = unchanged = updated = 0
    keep_cols = [i for i, c in enumerate(vcols) if c in lacking]
    kept_from_before: set[str] = set()
    # runs for every curated row of the year (~400,000 nationally): names bound locally
    not_null = _not_null(table)
    bounds = _numeric_bounds(table)
    twins = staged.twin_index(table) if table in TWIN_FIELDS else None
    twin_field = TWIN_FIELDS.get(table)
    topic_at = keys.index(twin_field) if twins is not None else None
    support_at = vcols.index("support_hospital_id") if twins is not None else None
    for n, rec in enumerate(records):
        v = rec.values
        for c, limit in bounds:  # a number the column cannot hold: never a failed insert for the whole run
            x = v.get(c)
            # (every number the tables hold is a count, an amount, a score or a length: none below zero)
            if x is not None and not isinstance(x, bool) and (x < 0 or abs(x) >= limit):
                v[c] = None
                rec.findings = [*(rec.findings or ()), (c, "OUT_OF_RANGE", f"数值 {x} 超出该项可能的范围，该项留空 / {x} is out of range "
                                                                             f"for this field: left empty")]
        k = tuple(map(v.get, keys))
        twin = None
        if twins is not None and k not in idx and v.get(twin_field) and file_sha:
            twin = _twin(twins, idx, k, topic_at, support_at, v.get("support_hospital_id"), file_sha, sid_sha, table)
            if twin is not None:  # the other side's report of this event, its topic (name) worded otherwise: one event
                v[twin_field], k = twin[topic_at], twin
        missing = [c for c in not_null if v.get(c) is None]
        if missing:  # a value the table cannot be without: held, never a failed insert for the whole run
            quarantined.append(Quarantined(rec.source_row, rec.raw, "MISSING_VALUE",
                                           f"必填项为空 / required value missing: {', '.join(missing)}", rec.source_rows))
            if kept is None:
                kept = records[:n]
            continue
        if k in seen:
            quarantined.append(Quarantined(rec.source_row, rec.raw, "DUPLICATE_ROW",
                                           f"与本表第 {seen[k]} 行重复 / duplicates row {seen[k]} of this sheet", rec.source_rows))
            if kept is None:
                kept = records[:n]
            continue
        other = idx.get(k)
        carried = other is not None and other[0] != sid and file_sha and sid_sha.get(other[0]) == file_sha \
            and _period_sheet(summ.sheet_name) and _period_sheet(staged.sheet_names.get(other[0]))
        if carried and _same(other[1], mine := _values(v, vcols, id_col, id_prefix, k, table)):
            # listed again, exactly, in a later sheet of the same workbook (一季度 … 二季度 carrying
            # the same stint): one row, already curated — counted unchanged, never held
            unchanged += 1
            if kept is not None:
                kept.append(rec)
            continue
        if carried and all(o is None or _same((o,), (x,)) for o, x in zip(other[1], mine)):
            # ... carried on with what the earlier sheet left blank now filled (结业考核 合格 in the third quarter's,
            # realworld111): the same row, those values added — never held as a duplicate
            other[1] = tuple(o if x is None else x for o, x in zip(other[1], mine))
            if other[2]:
                delete_keys.append(k)
                other[2] = False
            updated += 1
            if kept is not None:
                kept.append(rec)
            continue
        if other is not None and other[0] != sid and file_sha and sid_sha.get(other[0]) == file_sha:
            # the same row in another sheet of this workbook: not a correction of it, and never a
            # silent overwrite — held, naming the sheet, for a person to decide
            quarantined.append(Quarantined(rec.source_row, rec.raw, "DUPLICATE_ROW",
                                           "与本文件另一工作表的行相同（同一医院、同一期间），请核对该表是否填错医院 / the same "
                                           "row (hospital and period) as in another sheet of this file: check which hospital this sheet is for",
                                           rec.source_rows))
            if kept is None:
                kept = records[:n]
            continue
        if kept is not None:
            kept.append(rec)
        seen[k] = rec.source_row
        if id_col:
            v[id_col] = stable_id(id_prefix, _id_parts(table, k))
        vals = tuple(map(v.get, vcols))
        old = prev_rows.get(k) if prev_rows else None
        if rereading and idx.get(k) is not None and idx[k][0] != sid:
            # read again for its held rows: a row another (later) submission wrote stays as it is
            unchanged += 1
            continue
        if old is None:
            entry = idx.get(k)
            if entry is not None:
                old = entry[1]
                if entry[2]:
                    delete_keys.append(k)
        if old is not None and twin is not None:  # the other side's report: it only adds what the first left empty
            vals = tuple(x if o is None else o for x, o in zip(vals, old))  # (never replaces a value: REV24)
        if old is not None and keep_cols:  # a narrower resubmission: what it has no column for stays
            merged = list(vals)
            for i in keep_cols:
                if merged[i] is None and old[i] is not None:
                    merged[i] = old[i]
                    kept_from_before.add(vcols[i])
            vals = tuple(merged)
        if old is None:
            new += 1
        elif _same(old, vals):
            unchanged += 1
        else:
            updated += 1
            if len(summ.changes) < 50:
                diff = [f"{c}: {o!s} → {n!s}" for c, o, n in zip(vcols, old, vals) if not _same((o,), (n,))]
                summ.changes.append(f"第{rec.source_row}行 row {rec.source_row}: " + "；".join(diff))
        if twins is not None and k not in idx:
            twins.setdefault(k[:topic_at] + k[topic_at + 1:], []).append(k)
        idx[k] = [sid, vals, False, rec.source_row]
    if delete_keys:
        staged.delete_keys.setdefault(table, []).extend(delete_keys)
    if kept_from_before:
        summ.notes.append(f"本次报送缺少以下列，沿用先前报送的值 / this resubmission has no column for these; their earlier values "
                          f"were kept: {', '.join(sorted(kept_from_before))}")
    summ.new += new
    summ.unchanged += unchanged
    summ.updated += updated
    if kept is not None:
        records[:] = kept  # duplicates moved to quarantine
    return seen


def _twin(twins, idx, k: tuple, topic_at: int, support_at: int, support, file_sha: str, sid_sha: dict,
          table: str = "activities") -> tuple | None:
    """The key of the same event as another file reported it (the support hospital's ledger and the recipient's register:
    realworld90): the same recipient, date, type and occurrence, the same support hospital, and the topic the same once
    the words around it are left out (急性胸痛的规范化诊治 / 急性胸痛规范化诊治讲座: forms.yaml twin_topic_words); else None."""
    if support is None:
        return None
    mine = _topic_core(k[topic_at]) if table == "activities" else norm_label(k[topic_at])
    for other in twins.get(k[:topic_at] + k[topic_at + 1:], ()):
        entry = idx.get(other)
        if entry is None or sid_sha.get(entry[0]) == file_sha or entry[1][support_at] != support or not other[topic_at]:
            continue
        if table == "activities" and _topic_core(other[topic_at]) == mine:
            return other
        # a technique the other side names with a word more or less (小针刀松解术 / 针刀松解术), first done the same day
        theirs = norm_label(other[topic_at])
        if table == "techniques" and min(len(mine), len(theirs)) >= 4 and (mine in theirs or theirs in mine):
            return other
    return None


@lru_cache(maxsize=4096)
def _topic_core(topic: str) -> str:
    from pipelines.catalogue import load_yaml

    s = norm_label(topic).replace("的", "")
    words = tuple(sorted(load_yaml("forms.yaml")["twin_topic_words"], key=len, reverse=True))
    for w in words:
        s = s.removeprefix(w).removesuffix(w)
    return s or norm_label(topic)


@lru_cache(maxsize=None)
def _numeric_bounds(table: str) -> tuple[tuple[str, float], ...]:
    """(column, the first magnitude it cannot hold) for the table's integer and decimal columns:
    INTEGER 2^31, BIGINT 2^63, DECIMAL(p, s) 10^(p-s). A required column left empty by this is
    then held as a missing value; an optional one is curated empty with a finding."""
    out = []
    for c, t in column_types(table).items():
        m = re.fullmatch(r"DECIMAL\((\d+),\s*(\d+)\)", t)
        limit = 2.0**31 if t == "INTEGER" else 2.0**63 if t == "BIGINT" else 10.0 ** (int(m[1]) - int(m[2])) if m else None
        if limit and c not in PROVENANCE:
            out.append((c, limit))
    return tuple(out)


@lru_cache(maxsize=None)
def _not_null(table: str) -> tuple[str, ...]:
    """Columns a curated row cannot be without (ids and provenance are filled here)."""
    skip = {*PROVENANCE, *(c for c, _ in ID_COLUMNS.values())}
    return tuple(c["name"] for c in table_specs()[table]["columns"] if c.get("nullable", True) is False and c["name"] not in skip)


# a sheet per period of one workbook (一季度, 二季度, 上半年, 3月, 2024年, Q2): a row listed again, the same in
# every cell, is the same row carried forward; between other sheets (内科 | 外科) it may be another event
_PERIOD_SHEET = re.compile(r"^\s*(?:(?:19|20)?\d{2}\s*年度?\s*)?(?:[一二三四1-4]\s*季度|第[一二三四1-4]季度|[上下]半年|Q[1-4]|"
                           r"(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{1,3})\s*月份?|(?:19|20)\d{2}\s*年?度?)\s*$", re.I)


def _period_sheet(name: str | None) -> bool:
    return bool(name) and bool(_PERIOD_SHEET.match(unicodedata.normalize("NFKC", name)))


def _id_parts(table: str, k: tuple) -> tuple:
    """The key the stable id is made from: an event's first occurrence keeps the id it had before
    occurrences were numbered (the key without the number)."""
    return k[:-1] if table in OCCURRENCE_TABLES and k[-1] == 1 else k


def _values(v: dict, vcols: list[str], id_col: str | None, id_prefix: str | None, k: tuple, table: str = "") -> tuple:
    """A record's values as staged (its stable id included), without changing the record."""
    if id_col:
        v = {**v, id_col: stable_id(id_prefix, _id_parts(table, k))}
    return tuple(map(v.get, vcols))


def _same(a: tuple, b: tuple) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        if isinstance(x, (Decimal, float, int)) and isinstance(y, (Decimal, float, int)) and not isinstance(x, bool):
            if abs(float(x) - float(y)) < 0.005:
                continue
        return False
    return True

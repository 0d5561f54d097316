"""What ingestion produces for each file and sheet before anything is written."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


# the notes the ingest summary shows per sheet (write_db); the rest are kept as JSON only
SUMMARY_NOTES = ("unmapped_columns", "guessed_columns")


@dataclass
class Record:
    source_row: int                      # 1-based row in the sheet
    values: dict[str, Any]               # parsed values by curated column (hospital fields still names)
    raw_dict: dict[str, str] | None      # header -> cell text, ID numbers masked (or built from cells on demand)
    source_rows: tuple[int, ...] = ()    # all sheet rows that fed it (months-as-columns layouts)
    cells: tuple | None = None           # the row's cells, kept instead of raw_dict for rows that are curated
    labels: list[str] | None = None      # the sheet's column labels (shared by its records)
    findings: list[tuple[str, str, str]] | None = None  # (field, code, bilingual message): curated, but doubtful
    defaulted: tuple[str, ...] = ()      # fields filled from the sheet's context (title, sheet name, 填报单位), not the row
    person_name: str | None = None       # a person named without a usable ID number: pseudonymised once the hospital is known
    held_fields: tuple[str, ...] = ()    # optional hospital fields left empty because the name did not resolve (resolve_rows)
    # deployments only, never stored: the name written beside a usable ID number, and the person a
    # 派驻人员变更表's row replaces (原派驻人员); the writer keeps them as keyed pseudonyms (replacements.py)
    known_name: str | None = None
    replaced_name: str | None = None

    def rows(self) -> tuple[int, ...]:
        return self.source_rows or (self.source_row,)

    @property
    def raw(self) -> dict[str, str]:
        """The original cells, for quarantine. Built only when a row is quarantined: most
        rows are curated and never need it (at national scale that is most of the cost)."""
        if self.raw_dict is None:
            self.raw_dict = raw_cells(self.cells or (), self.labels or [])
        return self.raw_dict


def raw_cells(cells, labels: list[str]) -> dict[str, str]:
    from pipelines.ingest.parse_values import cell_text, is_blank
    from pipelines.privacy.person_id import mask_id_numbers

    out: dict[str, str] = {}
    for c, v in enumerate(cells):
        if is_blank(v):
            continue
        key = _masked_label(labels[c]) if c < len(labels) and labels[c] else f"列{c + 1}"
        if key in out:
            key = f"{key}#{c + 1}"
        out[key] = PRIVATE_MASK if c < len(labels) and _private(labels[c]) else str(mask_id_numbers(cell_text(v)))
    return out


PRIVATE_MASK = "[个人信息已遮蔽/personal data masked]"


@lru_cache(maxsize=4096)
def _private(label: str) -> bool:
    """A column of a patient's or a private person's details (患者姓名, 住院号, 病案号, 联系电话, 家庭住址):
    never kept in a quarantined row's cells — nothing in it is needed to fix the row, and a patient
    is never in the tables (forms.yaml ``private_columns``)."""
    from pipelines.catalogue import load_yaml
    from pipelines.ingest.form_catalogue import norm_label

    n = norm_label(label)
    return bool(n) and any(w in n for w in _private_words(load_yaml))


_PRIVATE: tuple[str, ...] | None = None


def _private_words(load_yaml) -> tuple[str, ...]:
    global _PRIVATE
    if _PRIVATE is None:
        _PRIVATE = tuple(load_yaml("forms.yaml").get("private_columns", ()))
    return _PRIVATE


@lru_cache(maxsize=4096)
def _masked_label(label: str) -> str:
    """A column header as a quarantined row's key, an ID typed into it masked (headers repeat:
    worked out once per distinct header, not per cell)."""
    from pipelines.privacy.person_id import mask_id_numbers

    return str(mask_id_numbers(label))


@dataclass
class Quarantined:
    source_row: int
    raw: dict[str, str]
    reason_code: str
    reason: str
    source_rows: tuple[int, ...] = ()
    hospital_name: str | None = None  # the name that did not resolve (UNRESOLVED_HOSPITAL)

    def rows(self) -> tuple[int, ...]:
        return self.source_rows or (self.source_row,)


@dataclass
class SheetResult:
    sheet_name: str
    form_type: str | None
    rows_read: int
    records: list[Record] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)
    nondata: list[tuple[int, str, str]] = field(default_factory=list)  # (1-based row, kind, text)
    reporting_name: str | None = None
    subject_name: str | None = None      # the hospital the whole sheet is about (sheet name / title), if any
    title_only: str | None = None        # the one hospital the title names, if it names exactly one
    period: str | None = None
    months: tuple[int, int] | None = None  # the part of the year a whole list covers (上半年: (1, 6)), as its title or file name says
    reported_date: dt.date | None = None
    # after crossing from a reader process, only the SUMMARY_NOTES keys (all of them are in notes_json())
    notes: dict[str, Any] = field(default_factory=dict)
    hidden: bool = False
    county_hint: str | None = None       # the county the title, file or sheet name names (县医院 means its county hospital)
    # what may name a province in the title, file name or 填报单位 (东澜省援青梓…): 省人民医院 is that province's (realworld135)
    province_words: tuple[str, ...] = ()
    # the title, file name or 填报单位 speaks of a county's medical community (医共体): a bare 总院 is its lead hospital
    community: bool = False
    counts: tuple[int, int, int] | None = None  # row_accounting() as the reader left the sheet
    supplied: frozenset[str] | None = None  # the form's fields the sheet has a column for (None: not known)
    sideless: frozenset[str] = frozenset()  # hospital fields read from a header that names no side (a bare 单位)
    part: str | None = None  # one of several tables side by side on the sheet: its columns ("A:F")

    @property
    def data_end(self) -> dt.date | None:
        """The last day of the part of the year the list says it covers (2024 上半年: 2024-06-30), else None:
        where an undated list stands in the write order (run.py)."""
        if not self.months or not self.period or not self.period[:4].isdigit():
            return None
        year, last = int(self.period[:4]), self.months[1]
        return dt.date(year + last // 12, last % 12 + 1, 1) - dt.timedelta(days=1)

    @property
    def key(self) -> str:
        """The sheet as one submission: its name, and its columns when it shares the sheet."""
        return f"{self.sheet_name}[{self.part}]" if self.part else self.sheet_name
    _notes_json: str | None = field(default=None, repr=False)

    def notes_json(self) -> str:
        """The notes a submission keeps (keys not starting with "_") as JSON. Worked out once,
        by the reader process (parse_file): encoding 17,000 sheets' column maps cost the writer
        ~0.5 s nationally. The notes do not change after parsing."""
        if self._notes_json is None:
            from pipelines.privacy.person_id import mask_id_numbers

            public = {k: v for k, v in self.notes.items() if not k.startswith("_")}
            # column headers and context come from the sheet: an ID typed into one is masked
            self._notes_json = str(mask_id_numbers(json.dumps(public, ensure_ascii=False, default=str)))
        return self._notes_json

    def dedupe_quarantine(self) -> None:
        """One entry per row and reason (a row feeding several records — one per period —
        may fail the same way for each)."""
        seen, kept = set(), []
        for q in self.quarantined:
            k = (q.rows(), q.reason_code, q.reason)
            if k not in seen:
                seen.add(k)
                kept.append(q)
        self.quarantined = kept

    def row_accounting(self) -> tuple[int, int, int]:
        """(curated rows, quarantined rows, non-data rows) counted over sheet rows.

        A sheet row that fed at least one curated record counts as curated; otherwise it
        counts as quarantined if it has a quarantine entry. Raises AssertionError if any
        row is unaccounted for or counted twice — the 'nothing lost' invariant.
        """
        curated = {r for rec in self.records for r in rec.rows()}
        quarantined = {r for q in self.quarantined for r in q.rows()} - curated
        nondata = {r for r, _, _ in self.nondata}
        overlap = nondata & (curated | quarantined)
        if overlap:
            raise AssertionError(f"sheet {self.sheet_name!r}: rows {sorted(overlap)[:5]} counted as data and non-data")
        accounted = len(curated) + len(quarantined) + len(nondata)
        if accounted != self.rows_read:
            missing = set(range(1, self.rows_read + 1)) - curated - quarantined - nondata
            raise AssertionError(
                f"sheet {self.sheet_name!r}: rows read {self.rows_read} != curated {len(curated)} + quarantined "
                f"{len(quarantined)} + non-data {len(nondata)}; unaccounted rows {sorted(missing)[:5]}"
            )
        return len(curated), len(quarantined), len(nondata)

    # Sheet results travel from the reader processes to the writer (and through the spool) by
    # pickle. Record dataclasses pickled one by one load several times slower than the same
    # data as tuples, so records are sent as plain tuples, their values keyed by a shared field list.
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        key_index: dict[tuple, int] = {}
        packed = []
        for r in self.records:
            keys = tuple(r.values)
            k = key_index.setdefault(keys, len(key_index))
            packed.append((k, tuple(r.values.values()), r.source_row, r.raw_dict, r.source_rows, r.cells,
                           r.labels, r.findings, r.defaulted, r.person_name, r.known_name, r.replaced_name))
        state["records"] = (list(key_index), packed)
        if self._notes_json is not None:  # the column maps of 17,000 sheets: ~2 s of pickling nationally
            state["notes"] = {k: v for k, v in self.notes.items() if k in SUMMARY_NOTES}
        return state

    def __setstate__(self, state: dict) -> None:
        if isinstance(state["records"], tuple):
            key_lists, packed = state["records"]
            state["records"] = [Record(row, dict(zip(key_lists[k], vals)), raw, rows, cells, labels, found, defaulted, person,
                                       known_name=known, replaced_name=replaced)
                                for k, vals, row, raw, rows, cells, labels, found, defaulted, person, known, replaced in packed]
        self.__dict__.update(state)


# FileResult, SheetSummary (and spool.SpooledSheet) live from the read to the end of the run, one per
# file or sheet: slots, no per-object __dict__ (~200 B each; 176,000 sheets at 10x the national
# preset, benchmarks/README.md "Ingest memory").
@dataclass(slots=True)
class FileResult:
    path: str
    file_name: str
    sha256: str | None
    size: int
    kind: str | None = None
    encoding: str | None = None
    sheets: list[SheetResult] = field(default_factory=list)
    error_code: str | None = None
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error_code is None


@dataclass(slots=True)
class SheetSummary:
    """What writing one sheet did, for the ingest summary (summary.py)."""
    file_name: str
    sheet_name: str
    form_type: str | None
    submission_id: str | None = None
    status: str = "new"            # new, unchanged, error
    rows_read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    quarantined: int = 0
    nondata: int = 0
    findings: int = 0              # curated rows' doubtful fields (findings table)
    superseded: str | None = None  # submission this one replaced
    kept: int = 0                  # earlier rows this resubmission lacks, kept (a partial list replaces nothing)
    notes: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # updated rows, field by field (shown by --dry-run)

    def compact(self) -> "SheetSummary":
        """Kept to the end of the run once written: repeated names shared, empty lists dropped."""
        import sys

        self.file_name = sys.intern(self.file_name)
        if self.form_type is not None:
            self.form_type = sys.intern(self.form_type)
        self.status = sys.intern(self.status)
        if not self.notes:
            self.notes = ()  # type: ignore[assignment] - read only from here on
        if not self.changes:
            self.changes = ()  # type: ignore[assignment]
        return self

"""Stage 7: write parsed sheets into the curated tables.

Import semantics follow DHIS2's data import: every row is counted as new, updated,
unchanged or quarantined (plus non-data rows); re-ingesting an unchanged file changes
nothing (a sheet is identified by the hash of its file's bytes and its name); a corrected
resubmission of the same form, reporting hospital and period supersedes the earlier one
(the earlier submission row is kept and marked ``superseded_by``, its curated rows are
replaced). A row whose natural key already exists from another submission replaces it
(create-and-update).

The caller owns the transaction: everything here happens between BEGIN and COMMIT.
Rows are buffered and written in bulk through Arrow at ``flush``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import pyarrow as pa
from rapidfuzz import fuzz

from pipelines.db.schema import column_types, columns
from pipelines.ingest.sheet_context import find_hospital_name
from pipelines.ingest.form_catalogue import forms
from pipelines.ingest.resolve_hospitals import HospitalResolver, hospital_key
from pipelines.ingest.results import SUMMARY_NOTES, FileResult, Quarantined, Record, SheetResult
from pipelines.privacy.person_id import PersonIds, mask_id_numbers

PERSON_TABLES = {"deployments", "trainees", "staff_monthly_assessments"}
ID_COLUMNS = {
    "pairings": ("pairing_id", "PR"),
    "deployments": ("deployment_id", "D"),
    "trainees": ("trainee_id", "T"),
    "techniques": ("technique_id", "K"),
    "activities": ("activity_id", "A"),
}
PROVENANCE = ("submission_id", "source_row")
_CORRECTION = re.compile(r"更正|修正|修订|纠正|校正|重报|重新报送|更新版|修改版|[vV]\d|第[二三四2-4]版")


def is_correction(file_name: str) -> bool:
    """Does the file's name say it corrects an earlier submission (更正, 修订, v2, …)?"""
    return bool(_CORRECTION.search(file_name))
# the hospital a sheet's rows are about, per form
SUBJECT_FIELD = {"deployments": "support_hospital_id", "trainees": "host_hospital_id", "techniques": "recipient_hospital_id",
                 "activities": "recipient_hospital_id", "hospital_monthly_stats": "recipient_hospital_id",
                 "staff_monthly_assessments": "recipient_hospital_id"}


# forms that change the registry, and the flag that names their file
REFERENCE_FLAGS = {"hospitals": (("医疗机构名册", "a hospital registry"), "--registry"),
                   "pairings": (("对口支援关系表（附件1）", "a pairing list"), "--pairings")}


def generated_hospital_id(name: str, county: str | None) -> str:
    """A stable id for a hospital named without a code: the same name (and county, when the
    pairing list gives one) gives the same id every year. 'G' + 12 hex characters."""
    key = hospital_key(name)
    c = county_key(county) if county else ""
    if c and c in key:
        c = ""  # 北塘县人民医院 in 北塘县: the name says it already
    return "G" + hashlib.sha1(f"{c}|{key}".encode("utf-8")).hexdigest()[:12].upper()


def county_key(county: str | None) -> str:
    """A county as written, for comparing: 澄江省北塘县, 北塘县 and 北 塘 县 are one county."""
    s = hospital_key(county or "")
    s = re.sub(r"^.*?(?:省|自治区)", "", s)
    return re.sub(r"^.+?市(?=.+(?:县|区|旗|市)$)", "", s)


def _official_name(text: str) -> str:
    """The name as a pairing list writes it, without a stamp note or doubled spaces."""
    return hospital_key(text)


# A county's own hospitals written without the county (县医院, 本县中医院, 中医院, 妇幼保健院): they mean
# the one of the county the file names. Nothing else: a bare 卫生院 or 专科医院 names no hospital.
_COUNTY_SHORT_NAMES = frozenset({"医院", "人民医院", "中医院", "中医医院", "妇幼保健院", "妇幼保健计划生育服务中心", "中西医结合医院"})
# what people say for them: 县人医, 县中医, 县妇幼
_COUNTY_SPOKEN = {"人医": "人民医院", "中医": "中医院", "妇幼": "妇幼保健院"}


def _short_local(key: str) -> bool:
    rest = _local_rest(key)
    return rest in _COUNTY_SHORT_NAMES and (rest != "医院" or key.removeprefix("本") != rest)  # 县医院 yes, 医院 alone no


def _local_rest(key: str) -> str:
    """县人医 -> 人民医院, 本县中医院 -> 中医院: the kind of county hospital a short name means."""
    rest = key.removeprefix("本").removeprefix("县")
    return _COUNTY_SPOKEN.get(rest, rest) if rest != key.removeprefix("本") else rest


def natural_key(table: str) -> list[str]:
    keys = [f.name for f in forms()[table].fields.values() if f.key]
    if table in PERSON_TABLES:
        keys = ["person_id", *keys]
    return keys


def value_columns(table: str) -> list[str]:
    return [c for c in columns(table) if c not in PROVENANCE]


def stable_id(prefix: str, parts: tuple) -> str:
    text = "|".join([p if type(p) is str else "" if p is None else str(p) for p in parts])
    return prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def submission_id(file_sha: str, sheet_name: str) -> str:
    return "S" + hashlib.sha256(f"{file_sha}\0{sheet_name}".encode("utf-8")).hexdigest()[:19]


@dataclass
class SheetSummary:
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


_PA_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DATE": pa.date32(),
             "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64(), "TIMESTAMP": pa.timestamp("us"), "JSON": pa.string()}


def _pa_type(sql_type: str) -> pa.DataType:
    if sql_type.startswith("DECIMAL"):
        return pa.float64()  # staged as float, cast (and rounded) to DECIMAL by DuckDB on insert
    return _PA_TYPES[sql_type]


def _arrow(table: str, rows: list[tuple], cols: list[str]) -> pa.Table:
    types = column_types(table)
    arrays = []
    # zip(*rows) transposes in C; one list comprehension per column cost ~1 s nationally
    data = list(zip(*rows)) if rows else [()] * len(cols)
    if len(data) != len(cols):
        raise ValueError(f"{table}: rows have {len(data)} values, expected {len(cols)}")
    for c, column in zip(cols, data):
        vals = list(column)  # a list: pa.array converts lists faster than tuples
        t = _pa_type(types[c])
        if pa.types.is_floating(t) and any(type(v) is Decimal for v in vals):
            vals = [float(v) if isinstance(v, Decimal) else v for v in vals]
        arrays.append(pa.array(vals, type=t))
    return pa.Table.from_arrays(arrays, names=cols)


class Writer:
    def __init__(self, con, run_id: str, person_ids: PersonIds, now: dt.datetime | None = None,
                 rereading: set[str] = frozenset()):
        """``rereading``: hashes of files read again for their held rows (run.py): they never
        correct another submission, and never replace a row another submission wrote."""
        self.con = con
        self.rereading = rereading
        self.run_id = run_id
        self.person_ids = person_ids
        self.now = now or dt.datetime.now().replace(microsecond=0)
        subs = con.execute("SELECT submission_id, form_type, supersede_key, superseded_by, rows_curated, file_name, file_sha256 "
                           "FROM submissions").fetchall()
        # submission -> its file's hash: sheets of one workbook never correct or overwrite each other
        self.sid_sha = {s[0]: s[6] for s in subs}
        self.known_submissions = {s[0]: s[:6] for s in subs}
        self.active_by_key: dict[str, list[str]] = {}  # key -> active submissions, oldest first
        self.file_names = {s[0]: s[5] for s in subs}
        for s in subs:
            if s[3] is None and s[2]:
                self.active_by_key.setdefault(s[2], []).append(s[0])
        self.index: dict[str, dict[tuple, list]] = {}     # table -> key -> [submission_id, values, in_db]
        self.pending: dict[str, dict[tuple, tuple]] = {}  # table -> key -> full row
        self.delete_keys: dict[str, list[tuple]] = {}     # table -> keys of in-db rows to delete
        self.delete_subs: dict[str, set[str]] = {}        # table -> superseded submission ids
        self.submission_rows: list[tuple] = []
        self.superseded_updates: list[tuple[str, str]] = []
        self.quarantine_rows: list[tuple] = []
        self.finding_rows: list[tuple] = []
        self.nondata_rows: list[tuple] = []
        self.alias_rows: dict[str, tuple] = {}
        self.alias_replace: set[str] = set()  # confirmed aliases: replace an earlier match of the same name
        self.known_aliases = {a for (a,) in con.execute("SELECT alias FROM hospital_aliases").fetchall()}
        self.file_error_rows: list[tuple] = []
        self._roles: dict[str, set[str]] | None = None
        self._supports_of: dict[str, set[str]] | None = None
        self._pairs: set[tuple[str, str]] | None = None
        self._alias_seen: set[str] = set()
        self._county_index: dict[str, set[str]] | None = None
        self._counties: tuple[int, set[str]] | None = None  # (hospitals seen, their counties), see _known_county

    # ---------------------------------------------------------------- lookups
    @staticmethod
    def supersede_key(form: str, reporter: str | None, period: str | None, subject: str | None, file_name: str, sheet_name: str) -> str:
        """Which earlier sheet a new one corrects: the same form, reporting hospital, period and
        the hospital the sheet is about, when the sheet name or title names one (a support
        hospital's workbook with one sheet per recipient holds several submissions that must
        not replace each other). Without a period or any hospital, only a sheet of the same
        name in a file of the same name counts."""
        if period and (reporter or subject):
            return json.dumps([form, reporter, period, subject], ensure_ascii=False)
        return json.dumps([form, "file", str(mask_id_numbers(file_name)), str(mask_id_numbers(sheet_name))], ensure_ascii=False)

    def _load_index(self, table: str) -> dict[tuple, list]:
        if table not in self.index:
            keys = natural_key(table)
            vcols = value_columns(table)
            sel = ", ".join(f'"{c}"' for c in [*keys, *vcols, "submission_id"])
            idx: dict[tuple, list] = {}
            for row in self.con.execute(f'SELECT {sel} FROM "{table}"').fetchall():
                k = tuple(row[: len(keys)])
                idx[k] = [row[-1], tuple(row[len(keys): len(keys) + len(vcols)]), True]
            self.index[table] = idx
            self.pending.setdefault(table, {})
        return self.index[table]

    def hospital_names(self) -> dict[str, str]:
        names = dict(self.con.execute("SELECT hospital_id, name FROM hospitals").fetchall())
        for row in self.pending.get("hospitals", {}).values():
            names[row[0]] = row[1]
        return names

    def resolver(self) -> HospitalResolver:
        aliases = dict(self.con.execute("SELECT alias, hospital_id FROM hospital_aliases").fetchall())
        aliases.update({a: r[1] for a, r in self.alias_rows.items()})
        return HospitalResolver(self.hospital_names(), aliases)

    # ---------------------------------------------------------------- writing
    def file_error(self, fr: FileResult) -> None:
        self.file_error_rows.append((self.run_id, str(mask_id_numbers(fr.file_name)), fr.sha256, fr.error_code, str(mask_id_numbers(fr.error))))

    def add_sheet(self, fr: FileResult, sheet: SheetResult, resolver: HospitalResolver | None,
                  reference: bool = False) -> SheetSummary:
        """``reference``: the file was named as a pairing list or registry (--pairings,
        --registry, or a reference folder); only then do its hospitals and pairings apply."""
        sid = submission_id(fr.sha256 or "", sheet.key)
        # names as shown and stored: a file or sheet named after a person may carry an ID number
        summ = SheetSummary(str(mask_id_numbers(fr.file_name)), str(mask_id_numbers(sheet.sheet_name)), sheet.form_type, sid,
                            rows_read=sheet.rows_read)
        if sid in self.known_submissions:
            prev = self.known_submissions[sid]
            summ.status = "unchanged"
            summ.unchanged = prev[4] or 0
            summ.nondata = 0
            return summ
        self.known_submissions[sid] = (sid, sheet.form_type, None, None, 0, fr.file_name)  # completed below
        self.sid_sha[sid] = fr.sha256
        self.file_names[sid] = fr.file_name
        table = sheet.form_type
        sheet.county_hint = self._known_county(sheet.county_hint)
        records: list[Record] = list(sheet.records)
        quarantined: list[Quarantined] = list(sheet.quarantined)
        as_parsed = (len(records), len(quarantined))

        reporting_id = None
        if sheet.reporting_name and resolver is not None:
            r = resolver.resolve(sheet.reporting_name)
            reporting_id = r.hospital_id
            if r.hospital_id and r.method != "registry":
                self._alias(sheet.reporting_name, r)
            if r.hospital_id is None and find_hospital_name(sheet.reporting_name) and table not in REFERENCE_FLAGS:
                summ.notes.append(f"填报单位无法识别 / reporting unit not resolved: {sheet.reporting_name}")
        if table in REFERENCE_FLAGS and not reference:
            records = self._not_named(table, records, quarantined, summ)
        elif table == "hospitals":
            self._codes_onto_generated(records)
        elif table == "pairings":
            self._establish_hospitals(sid, records, resolver)
        if table == "county_inpatient_stats":
            records = self._county_codes(records, quarantined)
        if table is not None and table != "hospitals":
            place = self._sheet_place(sheet, resolver)
            if place:  # a ledger's sheet named after a township centre (城关, 石桥镇): its rows' recipient
                for rec in records:
                    if "recipient_hospital_id" in (rec.values.get("_defaulted") or ()):
                        rec.values["recipient_hospital_id"] = place
                summ.notes.append(f"受援医院取自工作表名 / recipient from the sheet name: {sheet.sheet_name}")
            elif resolver is not None and any(rec.values.get("place") for rec in records):
                self._recipient_from_place(records, sheet, resolver, summ)
            records = self._resolve_records(table, records, quarantined, resolver, sheet.county_hint)
            title_id = resolver.resolve(sheet.title_only).hospital_id if (resolver and sheet.title_only) else None
            records = self._from_context(table, records, reporting_id, title_id, quarantined)

        skey = None
        prev_rows: dict[tuple, tuple] = {}
        prev_meta: dict[tuple, tuple[str, bool]] = {}
        predecessors: list[str] = []
        if table is not None:
            subject = resolver.resolve(sheet.subject_name).hospital_id if (resolver and sheet.subject_name) else None
            skey = self.supersede_key(table, reporting_id, sheet.period, subject, fr.file_name, sheet.key)
            active = self.active_by_key.setdefault(skey, [])
            # a sheet corrects only another file's sheet: two sheets of one workbook (城关, 石桥镇 …)
            # are two reports, even when nothing in them tells them apart
            corrected = [o for o in self._corrected(table, active, records, fr.file_name) if self.sid_sha.get(o) != fr.sha256]
            predecessors = corrected if fr.sha256 not in self.rereading else []
            for old in predecessors:
                for k, (vals, in_db) in self._rows_of(table, old).items():
                    prev_rows[k] = vals
                    prev_meta[k] = (old, in_db)
            active.append(sid)

        if table is not None:
            curated = self._stage_records(table, sid, records, quarantined, prev_rows, summ, fr.sha256 in self.rereading, fr.sha256,
                                          self._lacking(table, sheet))
            if predecessors:
                self._settle(table, sid, predecessors, prev_meta, curated, summ, self.active_by_key[skey],
                             bool(_CORRECTION.search(fr.file_name)))
        else:
            curated = {}
        if table == "hospitals":
            self._registry_aliases(sid, records)
        for rec in records:  # curated, with a doubtful field
            for fname, code, msg, *name in rec.findings or ():
                self.finding_rows.append((sid, rec.source_row, fname, code, str(mask_id_numbers(msg)), table, name[0] if name else None))
                summ.findings += 1
        sheet.records = records
        sheet.quarantined = quarantined
        if sheet.counts is not None and (len(records), len(quarantined)) == as_parsed:
            n_cur, n_q, n_nd = sheet.counts  # nothing moved to quarantine here: the reader's count stands
        else:
            n_cur, n_q, n_nd = sheet.row_accounting()
        self.known_submissions[sid] = (sid, table, skey, None, n_cur, fr.file_name)
        summ.quarantined, summ.nondata = n_q, n_nd
        for q in quarantined:
            # the raw cells are masked where they were read; masked again here as the last guard
            self.quarantine_rows.append((sid, q.source_row, str(mask_id_numbers(json.dumps(q.raw, ensure_ascii=False))), q.reason_code,
                                         str(mask_id_numbers(q.reason)), table,
                                         q.hospital_name))
        for r, kind, text in sheet.nondata:
            self.nondata_rows.append((sid, r, kind, text))
        if table is not None and n_cur == 0 and n_q == 0 and not sheet.hidden:
            summ.notes.append("该表只有表头，没有数据行 / the sheet has a header but no data rows")
        for k in SUMMARY_NOTES:
            if sheet.notes.get(k):
                summ.notes.append(f"{k}: {', '.join(map(str, sheet.notes[k]))}")
        self.submission_rows.append((
            sid, summ.file_name, fr.sha256, summ.sheet_name, table, reporting_id, sheet.period, sheet.reported_date,
            self.now, sheet.rows_read, n_cur, n_q, n_nd, None, fr.encoding, self.run_id, str(mask_id_numbers(fr.path)), skey,
            sheet.notes_json(),
        ))
        return summ

    @staticmethod
    def _not_named(table: str, records: list[Record], quarantined: list[Quarantined], summ: SheetSummary) -> list[Record]:
        """A registry or pairing list found among the submissions, not named as one: the
        registry changes only from files the data manager names, so its rows are held with
        the flag to use (never applied from a workbook's title alone)."""
        what, flag = REFERENCE_FLAGS[table]
        msg = (f"该表看起来是{what[0]}，但未用 {flag} 指定，未导入；如需导入请运行 duikou ingest {flag} 文件 … / this sheet looks like "
               f"{what[1]} but was not named with {flag}: not applied; run `duikou ingest {flag} FILE ...` to apply it")
        for rec in records:
            quarantined.append(Quarantined(rec.source_row, rec.raw, "REFERENCE_NOT_NAMED", msg, rec.source_rows))
        if records or quarantined:
            summ.notes.append(msg)
        return []

    def _codes_onto_generated(self, records: list[Record]) -> None:
        """A code list arriving after the pairing list: a listed hospital that the pairing list
        already established (same name, or a normalised form of it; same county when both say)
        keeps its generated hospital_id — every row that refers to it stays as it is — and gains
        its official code and the list's attributes; the code also resolves to it as an alias."""
        idx = self._load_index("hospitals")
        vcols = value_columns("hospitals")
        si, ci = vcols.index("id_source"), vcols.index("county")
        generated = {k[0]: e[1] for k, e in idx.items() if e[1][si] == "generated"}
        if not generated:
            return
        resolver = HospitalResolver({h: self.hospital_names()[h] for h in generated})
        for rec in records:
            v = rec.values
            code, name = v.get("hospital_id"), v.get("name")
            if not code or not name or (code,) in idx:
                continue
            hid = resolver.resolve_exact(name)
            if hid is None and hospital_key(name) in resolver.ambiguous and v.get("county"):
                # two generated hospitals of this name: the code list's county says which
                same = [h for h in resolver.ambiguous[hospital_key(name)] if county_key(generated[h][ci]) == county_key(v["county"])]
                hid = same[0] if len(same) == 1 else None
            if hid is None:
                continue
            county = generated[hid][ci]
            if county and v.get("county") and county_key(county) != county_key(v["county"]):
                continue
            old = dict(zip(vcols, generated[hid]))
            for c in vcols:  # what the code list leaves blank, the pairing list said
                if v.get(c) is None and old.get(c) is not None:
                    v[c] = old[c]
            v["hospital_id"], v["code"], v["id_source"] = hid, code, "generated"
            a = hospital_key(code)
            self.alias_rows[a] = (a, hid, "code", 100.0)
            self.alias_replace.add(a)

    def _establish_hospitals(self, sid: str, records: list[Record], resolver: HospitalResolver | None) -> None:
        """A named pairing list establishes the hospitals it names: a name that is not already
        a hospital (by name, code, alias or a normalised form — never a fuzzy guess) becomes
        one, with the official code when the list gives one, else a stable generated id.

        Recipients first (their county is known, and it qualifies the id: two counties may each
        have a 青石镇卫生院), then support hospitals, so the ids do not depend on row order."""
        if resolver is None:
            return
        idx = self._load_index("hospitals")
        pending = self.pending["hospitals"]
        vcols = value_columns("hospitals")
        ci = vcols.index("county")
        for role in ("recipient", "support"):
            for rec in records:
                v = rec.values
                name = v.get(f"{role}_hospital_id")
                if not name:
                    continue
                county = v.get("recipient_county") if role == "recipient" else None
                known = resolver.resolve_exact(name)
                twins = resolver.ambiguous.get(hospital_key(name)) if known is None else None
                if twins:  # a name several hospitals share: the county says which, or the row is held
                    same = [h for h in twins if county and (e := idx.get((h,))) and county_key(e[1][ci]) == county_key(county)]
                    if len(same) == 1:
                        v[f"{role}_hospital_id"] = same[0]
                        continue
                    if not county:
                        continue
                if known:
                    entry = idx.get((known,))
                    known_county = entry[1][ci] if entry else None
                    if not (county and known_county and county_key(county) != county_key(known_county)):
                        v[f"{role}_hospital_id"] = known
                        continue
                    # same name, another county: another hospital (two counties' 青石镇卫生院)
                code = v.get(f"{role}_code")
                hid = code or generated_hospital_id(name, county)
                v[f"{role}_hospital_id"] = hid  # by id from here on: the name alone may be ambiguous
                if (hid,) not in idx and (hid,) not in pending:
                    row = {"hospital_id": hid, "code": code, "id_source": "code" if code else "generated",
                           "name": _official_name(name), "county": county if role == "recipient" else None}
                    if role == "recipient":
                        row.update(level=v.get("recipient_level"), grade=v.get("recipient_grade"),
                                   category=v.get("recipient_category"), city=v.get("recipient_city"))
                    else:
                        row.update(level=v.get("support_level"))
                    pending[(hid,)] = (*[row.get(c) for c in vcols], sid, rec.source_row)
                    idx[(hid,)] = [sid, tuple(row.get(c) for c in vcols), False]
                resolver.add(hid, _official_name(name), (name,))
        self._roles = self._pairs = self._supports_of = None
        self._county_index = None

    def apply_confirmed(self, path, names, resolver: HospitalResolver) -> list[SheetSummary]:
        """The data manager's confirmed names (confirmed_names.py): hospitals to add, then
        aliases, which replace whatever an earlier run matched the same name to."""
        import pathlib

        path = pathlib.Path(path)
        body = json.dumps(names.hospitals, ensure_ascii=False, sort_keys=True, default=str)
        sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
        sid = "C" + sha[:19]
        summ = SheetSummary(path.name, "hospitals", "hospitals", sid, rows_read=len(names.hospitals) + len(names.aliases))
        if names.hospitals and sid not in self.known_submissions:
            idx = self._load_index("hospitals")
            pending = self.pending["hospitals"]
            vcols = value_columns("hospitals")
            for i, h in enumerate(names.hospitals, 1):
                name = str(h["name"])
                if resolver.resolve_exact(name):
                    summ.unchanged += 1
                    continue
                code = str(h["code"]) if h.get("code") else None
                hid = code or generated_hospital_id(name, h.get("county"))
                row = {"hospital_id": hid, "code": code, "id_source": "code" if code else "generated", "name": _official_name(name),
                       **{k: (str(h[k]) if h.get(k) is not None else None)
                          for k in ("level", "grade", "category", "province", "city", "county", "county_code")}}
                if (hid,) not in idx and (hid,) not in pending:
                    pending[(hid,)] = (*[row.get(c) for c in vcols], sid, i)
                    idx[(hid,)] = [sid, tuple(row.get(c) for c in vcols), False]
                    summ.new += 1
                resolver.add(hid, row["name"], (name,))
            self.known_submissions[sid] = (sid, "hospitals", None, None, summ.new + summ.unchanged, path.name)
            self.submission_rows.append((sid, path.name, sha, "hospitals", "hospitals", None, None, None, self.now,
                                         len(names.hospitals), summ.new + summ.unchanged, 0, 0, None, None, self.run_id,
                                         str(path), None, json.dumps({"confirmed_names": True})))
        for a in names.aliases:
            target = str(a["hospital"])
            hid = target if target in resolver.names else resolver.resolve_exact(target)
            if hid is None:
                summ.notes.append(f"确认的别名“{a['name']}”所指医院“{target}”不存在 / confirmed alias {a['name']!r} names no known "
                                  f"hospital {target!r}: fix {path.name}")
                continue
            key = hospital_key(str(a["name"]))
            resolver.add(hid, resolver.names[hid], (str(a["name"]),))
            self.alias_rows[key] = (key, hid, "confirmed", 100.0)
            self.alias_replace.add(key)
        self._roles = self._pairs = self._supports_of = None
        self._county_index = None
        return [summ]

    def _alias(self, text: str, r) -> None:
        a = hospital_key(text)
        if a and a not in self.known_aliases and a not in self.alias_rows:
            self.alias_rows[a] = (a, r.hospital_id, r.method, r.score)

    def _registry_aliases(self, sid: str, records: list[Record]) -> None:
        for rec in records:
            for alias in (rec.values.get("aliases") or "").replace("；", ";").replace("，", ";").replace("、", ";").split(";"):
                a = hospital_key(alias)
                if a and a not in self.known_aliases:
                    self.alias_rows[a] = (a, rec.values["hospital_id"], "registry", 100.0)

    _PLACE_SHEET = re.compile(r"[\u4e00-\u9fff]{2,8}")
    _CENTRE_SUFFIXES = ("卫生院", "镇卫生院", "乡卫生院", "中心卫生院", "镇中心卫生院", "乡中心卫生院", "社区卫生服务中心",
                        "街道社区卫生服务中心")

    def _sheet_place(self, sheet: SheetResult, resolver: HospitalResolver | None) -> str | None:
        """A sheet named after a place (城关, 石桥镇, 白沙乡) in a workbook about several township
        centres: the one hospital that place + 卫生院 (… 社区卫生服务中心) names, within the
        county the file names, found exactly (never a fuzzy guess); else None."""
        return self._place_hospital(sheet.sheet_name, sheet.county_hint, resolver)

    def _recipient_from_place(self, records: list[Record], sheet: SheetResult, resolver: HospitalResolver, summ: SheetSummary) -> None:
        """A county hospital's ledger whose 地点 column names the centre where each activity was
        held (石桥镇卫生院, 白沙乡): that centre is the row's recipient and the ledger's owner its
        support — only when the row states no support hospital and no recipient of its own (both
        came from a title naming only the owner, or from the sender), the place is a hospital (exactly, or a bare township
        name; a room or a hall is not), and the owner supports that centre in the pairings. A
        provincial team's free clinic in 城关镇 stays its recipient's activity."""
        pairs = self._pair_set()
        owners = {t for t in (sheet.title_only, sheet.reporting_name) if t}
        n = 0
        for rec in records:
            v = rec.values
            owner = v.get("recipient_hospital_id")
            if "recipient_hospital_id" not in (v.get("_defaulted") or ()) or not v.get("place") or v.get("support_hospital_id") \
                    or owner not in owners:
                continue
            hid = resolver.resolve_exact(v["place"]) or self._place_hospital(v["place"], sheet.county_hint, resolver)
            owner_id = resolver.resolve(owner).hospital_id
            if hid and owner_id and hid != owner_id and (owner_id, hid) in pairs:
                v["support_hospital_id"], v["recipient_hospital_id"] = owner, hid
                n += 1
        if n:
            summ.notes.append(f"{n} 行的受援医院取自“地点”列 / the recipient of {n} rows is the hospital in the place column")

    def _known_county(self, hint: str | None) -> str | None:
        """The county a title names, cut to one the hospitals are in: the reader's guess takes
        the characters before 县 ("接收鹤汀县" in 2025年接收鹤汀县进修人员名单); the longest ending
        that is a known county is meant. Unknown (no hospital there yet): the hint as read."""
        if not hint:
            return hint
        idx = self._load_index("hospitals")
        if self._counties is None or self._counties[0] != len(idx):  # hospitals are only ever added: the count says when
            ci = value_columns("hospitals").index("county")
            self._counties = (len(idx), {e[1][ci] for e in idx.values() if e[1][ci]})
        counties = self._counties[1]
        return next((hint[k:] for k in range(len(hint) - 1) if hint[k:] in counties), hint)

    def _county_of(self, hid: str | None) -> str | None:
        """The county of a hospital already established (its hospitals row), else None."""
        if not hid:
            return None
        entry = self._load_index("hospitals").get((hid,))
        return entry[1][value_columns("hospitals").index("county")] if entry else None

    def _place_hospital(self, text: str, county: str | None, resolver: HospitalResolver | None) -> str | None:
        """The one township centre or community health centre a bare place name (石桥镇, 白沙乡,
        城关社区) stands for, within the county the file names, found exactly; else None."""
        name = hospital_key(text)
        if resolver is None or find_hospital_name(name) or not self._PLACE_SHEET.fullmatch(name) or name.endswith(("月", "表", "汇总", "统计")):
            return None
        stems = {name, name.removesuffix("镇").removesuffix("乡").removesuffix("街道"), name.removesuffix("社区")}
        prefixes = ["", *([county] if county else [])]
        hits = {hid for p in prefixes for s in stems for suf in self._CENTRE_SUFFIXES
                if (hid := resolver.resolve_exact(p + s + suf)) is not None}
        return next(iter(hits)) if len(hits) == 1 else None

    def _resolve_records(self, table: str, records: list[Record], quarantined: list[Quarantined],
                         resolver: HospitalResolver | None, county: str | None = None) -> list[Record]:
        # the recipient first: a short name in another field (县医院) may need its county
        hosp_fields = sorted(_hospital_fields(table), key=lambda f: f != "recipient_hospital_id")
        optional = _optional_hospital_fields(table)
        resolve = resolver.resolve if resolver else None
        # a sheet's rows mostly share their recipient: each inferred one's doubt is worked out
        # once per sheet (this loop runs for every row of the year; names are cached by the resolver)
        doubts: dict[str, str | None] = {}
        kept = []
        for rec in records:
            bad = unresolved = None
            values = rec.values
            for f in hosp_fields:
                text = values.get(f)
                if text is None:
                    continue
                r = resolve(text) if resolve else None
                if r is not None and r.hospital_id is None and _short_local(hospital_key(text)):
                    # 县医院 / 县中医院 / 中医院 in a file that names its county — or, failing that, in a
                    # row whose recipient (resolved first) is in one: that county's hospital
                    where = county or (self._county_of(values.get("recipient_hospital_id")) if f != "recipient_hospital_id" else None)
                    if where:
                        r2 = resolve(where + _local_rest(hospital_key(text)))
                        r = r2 if r2.hospital_id and r2.method != "fuzzy" else r
                hid = r.hospital_id if r is not None else None
                if hid is None and r is not None:  # a bare place (石桥镇, 城关社区): its township or community centre
                    hid = self._place_hospital(text, county, resolver)
                if hid is None and f in optional and r is not None:
                    # an optional party (a technique's support hospital) written but not found: the
                    # row is usable — curated with the field empty and a finding naming it, and read
                    # again when the name is confirmed or the pairing list changes (never filled from
                    # the title or sender instead: the row said something else)
                    values[f] = None
                    values.setdefault("_held_fields", set()).add(f)
                    name = str(mask_id_numbers(hospital_key(text)))
                    rec.findings = [*(rec.findings or ()), (f, "HOSPITAL_NOT_FOUND", f"{r.reason(text)}；该项留空，其余数据已入库 / the field "
                                                                                       "is left empty and the row is curated", name)]
                    continue
                if hid is None:
                    (bad := bad or []).append(r.reason(text) if r else f"医院名册为空 / no hospital registry loaded: {text}")
                    unresolved = unresolved or text
                    continue
                values[f] = hid
                if r.hospital_id is not None and r.method != "registry" and text not in self._alias_seen:
                    self._alias_seen.add(text)
                    self._alias(text, r)
            if bad:
                quarantined.append(Quarantined(rec.source_row, rec.raw, "UNRESOLVED_HOSPITAL", "；".join(bad), rec.source_rows,
                                               hospital_name=str(mask_id_numbers(hospital_key(unresolved))) if unresolved else None))
                continue
            inferred = values.pop("_defaulted", None)
            if inferred and "recipient_hospital_id" in inferred:
                hid = values.get("recipient_hospital_id")
                if hid in doubts:
                    doubt = doubts[hid]
                else:
                    doubt = doubts[hid] = self._doubtful_recipient(rec, inferred)
                if doubt:
                    quarantined.append(Quarantined(rec.source_row, rec.raw, "UNCERTAIN_HOSPITAL", doubt, rec.source_rows))
                    continue
            if "_person_name" in values:
                name = values.pop("_person_name")
                if name is not None and values.get("person_id") is None:
                    # within the hospital the person works for: the support hospital for dispatched
                    # staff (rosters and monthly assessments alike), the sending hospital for trainees
                    home = values.get("recipient_hospital_id") if table == "trainees" else (
                        values.get("support_hospital_id") or self._only_support(values.get("recipient_hospital_id")))
                    values["person_id"] = self.person_ids.from_name(name, home or "")
            kept.append(rec)
        return kept

    def _from_context(self, table: str, records: list[Record], reporting_id: str | None, title_id: str | None,
                      quarantined: list[Quarantined]) -> list[Record]:
        """Defaults that need resolved hospitals (forms.yaml): the reporter, or the one hospital
        in the title, when it is not the row's other party. A required field still empty, or a
        row whose support and recipient came out the same, is quarantined."""
        subj = SUBJECT_FIELD.get(table)
        late = {"reporter_if_other": reporting_id, "title_if_other": title_id}
        fields = _late_default_fields(table)
        # (field, the hospitals it may default to, in order) and the required fields, once per sheet
        fills = [(f.name, cands) for f in fields if (cands := [c for c in map(late.get, f.default) if c])]
        required = [f for f in fields if f.required]
        pairs = self._pair_set() if table in ("techniques", "activities", "deployments", "staff_monthly_assessments") else None
        kept = []
        for rec in records:
            v = rec.values
            filled_recipient = False
            held = v.pop("_held_fields", ())
            for name, cands in fills:
                if v.get(name) is not None or name in held:
                    continue
                for cand in cands:
                    if v.get(subj) != cand:
                        v[name] = cand
                        filled_recipient = filled_recipient or name == "recipient_hospital_id"
                        break
            if filled_recipient:
                # the recipient came from the 填报单位 line or the title, not the row: it must be a
                # recipient of the row's support hospital when the pairings say so
                doubt = self._doubtful_recipient(rec, ["recipient_hospital_id"])
                sup_ = v.get("support_hospital_id") or v.get("host_hospital_id")
                if doubt is None and sup_ and pairs is not None and self._pair_set() and (sup_, v["recipient_hospital_id"]) not in self._pair_set():
                    doubt = ("受援医院取自填报单位或标题，但与该行的支援医院没有对口支援关系，请在表中写明受援医院 / the recipient was taken "
                             "from the 填报单位 line or the title, and it is not paired with the row's support hospital: state the recipient in the sheet")
                if doubt:
                    quarantined.append(Quarantined(rec.source_row, rec.raw, "UNCERTAIN_HOSPITAL", doubt, rec.source_rows))
                    continue
            missing = [f for f in required if v.get(f.name) is None] if required else None
            if missing:
                quarantined.append(Quarantined(rec.source_row, rec.raw, "MISSING_VALUE",
                                               f"必填项为空：{'、'.join(f.labels[0] for f in missing)} / required value missing: "
                                               f"{', '.join(f.name for f in missing)}", rec.source_rows))
                continue
            sup = v.get("support_hospital_id") or v.get("host_hospital_id")
            rid = v.get("recipient_hospital_id")
            if sup and rid and sup != rid and pairs and (rid, sup) in pairs and (sup, rid) not in pairs:
                quarantined.append(Quarantined(rec.source_row, rec.raw, "INCONSISTENT_VALUE",
                                               "支援医院与受援医院似乎填反了（对口支援关系中是相反方向），请核对 / the support and the recipient "
                                               "hospital look swapped: the pairings have them the other way round", rec.source_rows))
                continue
            if sup and sup == v.get("recipient_hospital_id"):
                quarantined.append(Quarantined(rec.source_row, rec.raw, "INCONSISTENT_VALUE",
                                               f"支援医院与受援医院相同（{sup}），请核对 / the support and the recipient hospital are the same ({sup})",
                                               rec.source_rows))
                continue
            kept.append(rec)
        return kept

    def _county_codes(self, records: list[Record], quarantined: list[Quarantined]) -> list[Record]:
        """A county named but not coded (望川县) gets its code from the registry, when exactly
        one code goes with that name; otherwise the row is quarantined."""
        if self._county_index is None:
            pairs = self.con.execute("SELECT DISTINCT county, county_code FROM hospitals WHERE county IS NOT NULL").fetchall()
            vcols = value_columns("hospitals")
            ci, cc = vcols.index("county"), vcols.index("county_code")
            pairs += [(r[ci], r[cc]) for r in self.pending.get("hospitals", {}).values()]
            idx: dict[str, set[str]] = {}
            for name, code in pairs:
                if name and code:
                    idx.setdefault(name.strip(), set()).add(code)
            self._county_index = idx
        kept = []
        for rec in records:
            v = rec.values
            if v.get("county_code") is None:
                codes = self._county_index.get((v.get("county_name") or "").strip(), set())
                if len(codes) != 1:
                    quarantined.append(Quarantined(rec.source_row, rec.raw, "MISSING_VALUE",
                                                   f"缺少行政区划代码，且无法由县名“{v.get('county_name')}”在名册中确定 / no county code, and the "
                                                   f"registry does not give one for county {v.get('county_name')!r}", rec.source_rows))
                    continue
                v["county_code"] = next(iter(codes))
            kept.append(rec)
        return kept

    def _corrected(self, table: str, active: list[str], records: list[Record], file_name: str) -> list[str]:
        """Which earlier sheets (same form, hospital and period) the new one corrects.

        Those that share at least one row (same natural key) with it; failing that, when the
        file says it is a correction (更正, 修订, …), the earlier sheet whose file name is most
        like this one's. Sheets with no row in common and no such word are both kept: a
        recipient's own form and a ledger sheet, say, listing different techniques. A sheet
        with no usable row corrects nothing: it would only delete what is curated."""
        if not active or not records:
            return []
        keys = natural_key(table)
        idx = self._load_index(table)
        new = {tuple(r.values.get(c) for c in keys) for r in records}
        overlapping = sorted({entry[0] for k, entry in idx.items() if entry[0] in active and k in new})
        if overlapping:
            return overlapping
        if _CORRECTION.search(file_name):
            stem = _CORRECTION.sub("", re.sub(r"[（(][^）)]*[）)]|\.\w+$", "", file_name))
            return [max(active, key=lambda sid: (fuzz.ratio(stem, re.sub(r"\.\w+$", "", self.file_names.get(sid, ""))), active.index(sid)))]
        return []

    def _doubtful_recipient(self, rec: Record, inferred) -> str | None:
        """A recipient taken from the title, sheet name or 填报单位 (not from a column) that is
        only ever a support hospital: the sheet most likely names its sender there. Writing
        the rows to the wrong hospital would be worse than asking."""
        if "recipient_hospital_id" not in inferred:
            return None
        roles = self._pairing_roles()
        hid = rec.values.get("recipient_hospital_id")
        if roles and hid in roles["support"] and hid not in roles["recipient"]:
            name = self.hospital_names().get(hid, hid)
            return (f"表中没有受援医院列，按标题/表名推断为“{name}”，但它在对口支援关系中只是支援医院，请在表中写明受援医院 / "
                    f"the sheet has no recipient column; the title or sheet name suggests {name} ({hid}), which is only ever a "
                    f"support hospital in the pairings: state the recipient in the sheet")
        return None

    def _only_support(self, recipient: str | None) -> str | None:
        """The support hospital of a recipient paired with exactly one (else the recipient)."""
        if self._supports_of is None:
            self._supports_of = {}
            for sup, rec in self._pair_set():
                self._supports_of.setdefault(rec, set()).add(sup)
        sups = self._supports_of.get(recipient, set())
        return next(iter(sups)) if len(sups) == 1 else recipient

    def _pair_set(self) -> set[tuple[str, str]]:
        """(support, recipient) of every pairing, stored or staged in this run."""
        if self._pairs is None:
            rows = self.con.execute("SELECT support_hospital_id, recipient_hospital_id FROM pairings").fetchall()
            vcols = value_columns("pairings")
            si, ri = vcols.index("support_hospital_id"), vcols.index("recipient_hospital_id")
            rows += [(r[si], r[ri]) for r in self.pending.get("pairings", {}).values()]
            self._pairs = set(rows)
        return self._pairs

    def _pairing_roles(self) -> dict[str, set[str]]:
        if self._roles is None:
            rows = self._pair_set()
            self._roles = {"support": {a for a, _ in rows}, "recipient": {b for _, b in rows}} if rows else {}
        return self._roles

    def _rows_of(self, table: str, predecessor: str) -> dict[tuple, tuple[tuple, bool]]:
        """The predecessor's current rows by key: (values, whether the row is in the database)."""
        return {k: (entry[1], entry[2]) for k, entry in self._load_index(table).items() if entry[0] == predecessor}

    def _settle(self, table: str, sid: str, predecessors: list[str], prev_meta: dict[tuple, tuple[str, bool]],
                curated: dict[tuple, int], summ: SheetSummary, active: list[str], declared: bool) -> None:
        """What a resubmission does to the rows of each submission it corrects.

        Rows it has again were replaced by its own rows (staged already). Rows it lacks are
        removed only when it is that submitter's full list again: it has more than half of the
        earlier rows, or it says it is a correction (更正, v2, …) and has at least as many rows.
        Otherwise it is a partial list — one person of eighteen, the two held rows sent again
        fixed, a supplement — and the earlier rows stay, with a note. A correction whose rows
        were all unusable corrects nothing (``_corrected``). Judged for each earlier submission
        on its own: a form that repeats one row of a ledger does not replace the ledger."""
        idx, pending = self._load_index(table), self.pending[table]
        for old in predecessors:
            keys = [k for k, (o, _) in prev_meta.items() if o == old]
            dropped = [k for k in keys if k not in curated]
            replaced = [k for k in keys if k in curated]
            if 2 * len(replaced) > len(keys) or (declared and len(curated) >= len(keys)) or not keys:
                for k in dropped:
                    idx.pop(k, None)
                    pending.pop(k, None)
                self.superseded_updates.append((old, sid))
                self.delete_subs.setdefault(table, set()).add(old)
                if old in active:
                    active.remove(old)
                summ.superseded = old
                summ.removed += len(dropped)
                if dropped:
                    summ.notes.append(f"本次报送替代先前报送，先前的 {len(dropped)} 行不在本次报送中，已删除 / this resubmission replaces the "
                                      f"earlier one; {len(dropped)} earlier rows are not in it and were removed")
                continue
            if declared:  # a correction of one field of the key (a date): the row it names by all the rest
                new_keys = [k for k in curated if k not in prev_meta]
                for k_new in new_keys:
                    near = [k for k in dropped if sum(a != b for a, b in zip(k, k_new)) == 1]
                    if len(near) == 1:
                        dropped.remove(near[0])
                        replaced.append(near[0])
                        idx.pop(near[0], None)
                        pending.pop(near[0], None)
                        summ.removed += 1
                        summ.changes.append(f"更正了键字段 / a key field corrected: {' | '.join(map(str, near[0]))} → "
                                            f"{' | '.join(map(str, k_new))}")
            self.delete_keys.setdefault(table, []).extend(k for k in replaced if prev_meta[k][1])
            summ.kept += len(dropped)
            if replaced:
                summ.notes.append(f"本次报送只含先前报送的 {len(replaced)}/{len(keys)} 行，视为部分更正：其余 {len(dropped)} 行保留；如需删除，"
                                  f"请报送完整的表格 / this resubmission has only {len(replaced)} of the {len(keys)} earlier rows: read "
                                  f"as a partial correction, the other {len(dropped)} rows were kept. To remove them, resubmit the full list")
            else:
                summ.notes.append(f"本次报送与先前报送没有相同的行，先前的 {len(keys)} 行保留 / this resubmission shares no row with the "
                                  f"earlier one: its {len(keys)} rows were kept and these added")

    @staticmethod
    def _lacking(table: str, sheet: SheetResult) -> frozenset[str]:
        """The table's columns this sheet has no column for, though the form has such a field
        (a narrower resubmission): an earlier value of such a column is kept, not blanked."""
        if sheet.supplied is None or sheet.form_type is None or sheet.form_type not in forms():
            return frozenset()
        fields = forms()[sheet.form_type].fields
        return frozenset(c for c in value_columns(table) if c in fields and c not in sheet.supplied)

    def _stage_records(self, table: str, sid: str, records: list[Record], quarantined: list[Quarantined],
                       prev_rows: dict[tuple, tuple], summ: SheetSummary, rereading: bool = False,
                       file_sha: str | None = None, lacking: frozenset[str] = frozenset()) -> dict[tuple, int]:
        """Stage a sheet's rows; returns the keys staged (-> the sheet row of each). ``lacking``:
        columns the sheet does not have, whose earlier values a replaced row keeps."""
        idx = self._load_index(table)
        pending = self.pending[table]
        keys = natural_key(table)
        vcols = value_columns(table)
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
        for n, rec in enumerate(records):
            v = rec.values
            for c, limit in bounds:  # a number the column cannot hold: never a failed insert for the whole run
                x = v.get(c)
                if x is not None and not isinstance(x, bool) and abs(x) >= limit:
                    v[c] = None
                    rec.findings = [*(rec.findings or ()), (c, "OUT_OF_RANGE", f"数值 {x} 超出该项可能的范围，该项留空 / {x} is out of range "
                                                                                 f"for this field: left empty")]
            k = tuple(map(v.get, keys))
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
            if other is not None and other[0] != sid and file_sha and self.sid_sha.get(other[0]) == file_sha:
                # the same row in another sheet of this workbook: not a correction of it, and never a
                # silent overwrite — held, naming the sheet, for a person to decide
                quarantined.append(Quarantined(rec.source_row, rec.raw, "DUPLICATE_ROW",
                                               f"与本文件另一工作表的行相同（同一医院、同一期间），请核对该表是否填错医院 / the same "
                                               f"row (hospital and period) as in another sheet of this file: check which hospital this sheet is for",
                                               rec.source_rows))
                if kept is None:
                    kept = records[:n]
                continue
            if kept is not None:
                kept.append(rec)
            seen[k] = rec.source_row
            if id_col:
                v[id_col] = stable_id(id_prefix, k)
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
            idx[k] = [sid, vals, False]
            pending[k] = (*vals, sid, rec.source_row)
        if delete_keys:
            self.delete_keys.setdefault(table, []).extend(delete_keys)
        if kept_from_before:
            summ.notes.append(f"本次报送缺少以下列，沿用先前报送的值 / this resubmission has no column for these; their earlier values "
                              f"were kept: {', '.join(sorted(kept_from_before))}")
        summ.new += new
        summ.unchanged += unchanged
        summ.updated += updated
        if kept is not None:
            records[:] = kept  # duplicates moved to quarantine
        return seen

    def flush(self) -> None:
        con = self.con
        for table, subs in self.delete_subs.items():
            con.execute(f'DELETE FROM "{table}" WHERE submission_id IN (SELECT unnest(?))', [sorted(subs)])
        for table, keys in self.delete_keys.items():
            kcols = natural_key(table)
            stage = _arrow(table, [tuple(k) for k in keys], kcols)
            con.register("_del_keys", stage)
            cond = " AND ".join(f't."{c}" IS NOT DISTINCT FROM d."{c}"' for c in kcols)
            con.execute(f'DELETE FROM "{table}" t USING _del_keys d WHERE {cond}')
            con.unregister("_del_keys")
        for table, rows in self.pending.items():
            if rows:
                self._insert(table, list(rows.values()), [*value_columns(table), *PROVENANCE])
        self._insert("submissions", self.submission_rows, columns("submissions"))
        for old, new in self.superseded_updates:  # after the insert: the old sheet may be from this run
            con.execute("UPDATE submissions SET superseded_by = ? WHERE submission_id = ?", [new, old])
        self._insert("quarantine", self.quarantine_rows, columns("quarantine"))
        self._insert("findings", self.finding_rows, columns("findings"))
        self._insert("nondata_rows", self.nondata_rows, columns("nondata_rows"))
        if self.alias_replace:
            con.execute("DELETE FROM hospital_aliases WHERE alias IN (SELECT unnest(?))", [sorted(self.alias_replace)])
        self._insert("hospital_aliases", list(self.alias_rows.values()), columns("hospital_aliases"))
        self._insert("file_errors", self.file_error_rows, columns("file_errors"))

    def _insert(self, table: str, rows: list[tuple], cols: list[str]) -> None:
        if not rows:
            return
        stage = _arrow(table, rows, cols)
        self.con.register("_stage", stage)
        collist = ", ".join(f'"{c}"' for c in cols)
        self.con.execute(f'INSERT INTO "{table}" ({collist}) SELECT {collist} FROM _stage')
        self.con.unregister("_stage")


@lru_cache(maxsize=None)
def _late_default_fields(table: str) -> tuple:
    """A form's fields with a default the writer fills (reporter_if_other, title_if_other)."""
    return tuple(f for f in forms()[table].fields.values() if any(k in ("reporter_if_other", "title_if_other") for k in f.default))


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
    from pipelines.db.schema import table_specs

    skip = {*PROVENANCE, *(c for c, _ in ID_COLUMNS.values())}
    return tuple(c["name"] for c in table_specs()[table]["columns"] if c.get("nullable", True) is False and c["name"] not in skip)


@lru_cache(maxsize=None)
def _hospital_fields(table: str) -> tuple[str, ...]:
    return tuple(f.name for f in forms()[table].fields.values() if f.type == "hospital")


def _optional_hospital_fields(table: str) -> frozenset[str]:
    return frozenset(f.name for f in forms()[table].fields.values() if f.type == "hospital" and not f.required and not f.key)


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

"""Writing parsed sheets into the curated tables: one sheet at a time through four stages.

1. **resolve** (resolve_rows.py, establish_hospitals.py): hospital names become ids, context
   defaults are filled, a named pairing list or code list establishes the hospitals;
2. **supersede** (supersede.py): which earlier submission the sheet corrects;
3. **stage** (stage_rows.py): rows counted as new, updated, unchanged or quarantined into the
   run's picture of the tables (staged_tables.py), the corrected submission settled;
4. **write** (``StagedTables.spill`` and ``flush``): in bulk, inside the run's transaction.

Re-ingesting an unchanged file changes nothing: a sheet is identified by the hash of its
file's bytes and its name. The caller owns the transaction: everything here happens between
BEGIN and COMMIT.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from pipelines.ingest import establish_hospitals as establish
from pipelines.ingest import activity_staff, replacements
from pipelines.ingest.resolve_hospitals import HospitalResolver
from pipelines.ingest.resolve_rows import RowResolution
from pipelines.ingest.results import SUMMARY_NOTES, FileResult, Quarantined, Record, SheetResult, SheetSummary
from pipelines.ingest.sheet_context import find_hospital_name
from pipelines.ingest.stage_rows import number_occurrences, stage_records
from pipelines.ingest.staged_tables import StagedTables
from pipelines.ingest.supersede import corrected, is_correction, lacking, settle, supersede_key
from pipelines.privacy.person_id import PersonIds, mask_id_numbers

__all__ = ["Writer", "SheetSummary", "is_correction", "submission_id"]


def _newer_version(staged: StagedTables, reported: dt.date | None, earlier: list[str]) -> str | None:
    """Of the curated sheets a new one would correct, the one (the latest) whose 填报日期 is later than the
    new sheet's own — the new one is then the older version — else None. Within a run the sheets are written
    in order of their dates; across runs an older version may come after the newer (realworld117)."""
    later = [o for o in earlier if reported is not None and (d := staged.reported.get(o)) is not None and d > reported]
    return max(later, key=lambda o: staged.reported[o]) if later else None


def submission_id(file_sha: str, sheet_name: str) -> str:
    return "S" + hashlib.sha256(f"{file_sha}\0{sheet_name}".encode("utf-8")).hexdigest()[:19]


class Writer:
    def __init__(self, con, run_id: str, person_ids: PersonIds, now: dt.datetime | None = None,
                 rereading: set[str] = frozenset()):
        """``rereading``: hashes of files read again for their held rows (run.py): they never
        correct another submission, and never replace a row another submission wrote."""
        self.run_id = run_id
        self.now = now or dt.datetime.now().replace(microsecond=0)
        self.rereading = rereading
        self.staged = StagedTables(con)
        self.person_ids = person_ids
        self.resolution = RowResolution(self.staged, person_ids)

    def resolver(self) -> HospitalResolver:
        return self.resolution.resolver()

    def file_error(self, fr: FileResult) -> None:
        self.staged.file_error_rows.append((self.run_id, str(mask_id_numbers(fr.file_name)), fr.sha256, fr.error_code,
                                            str(mask_id_numbers(fr.error))))

    def note_renames(self, pairing_records: list) -> None:
        """Renames a run's pairing lists state, noted before its code lists are read
        (establish_hospitals.note_renames)."""
        establish.note_renames(self.staged, pairing_records, self.resolver())

    def apply_confirmed(self, path, names, resolver: HospitalResolver) -> list[SheetSummary]:
        summ = establish.apply_confirmed(self.staged, path, names, resolver, self.run_id, self.now)
        self.resolution.invalidate()
        return [summ]

    def flush(self) -> None:
        self.staged.flush()

    def add_sheet(self, fr: FileResult, sheet: SheetResult, resolver: HospitalResolver | None,
                  reference: bool = False) -> SheetSummary:
        """``reference``: the file was named as a pairing list or registry (--pairings,
        --registry, or a reference folder); only then do its hospitals and pairings apply."""
        staged = self.staged
        sid = submission_id(fr.sha256 or "", sheet.key)
        # names as shown and stored: a file or sheet named after a person may carry an ID number
        summ = SheetSummary(str(mask_id_numbers(fr.file_name)), str(mask_id_numbers(sheet.sheet_name)), sheet.form_type, sid,
                            rows_read=sheet.rows_read)
        if sid in staged.known:
            prev = staged.known[sid]
            summ.status = "unchanged"
            summ.unchanged = prev[4] or 0
            summ.nondata = 0
            return summ
        staged.known[sid] = (sid, sheet.form_type, None, None, 0, fr.file_name)  # completed below
        staged.sid_sha[sid] = fr.sha256
        staged.file_names[sid] = fr.file_name
        staged.sheet_names[sid] = sheet.sheet_name
        staged.reported[sid] = sheet.reported_date
        table = sheet.form_type
        sheet.county_hint = self.resolution.known_county(sheet.county_hint)
        records: list[Record] = list(sheet.records)
        quarantined: list[Quarantined] = list(sheet.quarantined)
        as_parsed = (len(records), len(quarantined))

        # 1. resolve
        reporting_id = None
        if sheet.reporting_name and resolver is not None:
            r = resolver.resolve(sheet.reporting_name)
            reporting_id = r.hospital_id
            if r.hospital_id and r.method != "registry":
                self.resolution.alias(sheet.reporting_name, r)
            elif reporting_id is None and sheet.reporting_name.endswith("分院"):
                # 青樾县医共体白溪分院: the county's medical community's branch, its township centre (realworld144)
                reporting_id = self.resolution.place_hospital(sheet.reporting_name, sheet.county_hint, resolver)
            if r.hospital_id is None and find_hospital_name(sheet.reporting_name) and table not in establish.REFERENCE_FLAGS:
                summ.notes.append(f"填报单位无法识别 / reporting unit not resolved: {sheet.reporting_name}")
        if table in establish.REFERENCE_FLAGS and not reference:
            records = establish.not_named(table, records, quarantined, summ)
        elif table == "hospitals":
            establish.codes_onto_generated(staged, records)
        elif table == "pairings":
            establish.establish_hospitals(staged, sid, records, resolver)
            establish.merged_aliases(staged, records, resolver)
            establish.note_aliases(staged, [t for _, kind, t in sheet.nondata if kind in ("note", "signature")], resolver)
            if resolver is not None:
                self.resolution.invalidate()
        if table is not None and table != "hospitals":
            records = self.resolution.resolve_sheet(table, sheet, records, quarantined, resolver, reporting_id, summ)
            number_occurrences(table, records)  # before supersede: a correction's rows are matched by their key

        # 2. supersede
        skey = late = None
        prev_rows: dict[tuple, tuple] = {}
        prev_meta: dict[tuple, tuple[str, bool]] = {}
        predecessors: list[str] = []
        if table is not None:
            subject = resolver.resolve(sheet.subject_name).hospital_id if (resolver and sheet.subject_name) else None
            skey = supersede_key(table, reporting_id, sheet.period, subject, fr.file_name, sheet.key, sheet.months)
            active = staged.active_by_key.setdefault(skey, [])
            # a sheet corrects only another file's sheet: two sheets of one workbook (城关, 石桥镇 …)
            # are two reports, even when nothing in them tells them apart
            earlier = [o for o in corrected(staged, table, active, records, fr.file_name) if staged.sid_sha.get(o) != fr.sha256]
            predecessors = earlier if fr.sha256 not in self.rereading else []
            if (late := _newer_version(staged, sheet.reported_date, predecessors)) is not None:
                # an older version arriving after the newer one was curated (an earlier 填报日期, sent again or
                # found late): the newer stands; this one is kept, superseded by it, and changes nothing
                predecessors = []
                staged.superseded_updates.append((sid, late))
                summ.notes.append(f"本表填报日期（{sheet.reported_date}）早于已导入的版本（{staged.reported[late]}，"
                                  f"{mask_id_numbers(staged.file_names.get(late, ''))}），视为旧版本，未采用 / this sheet's "
                                  f"report date ({sheet.reported_date}) is earlier than that of the version already curated "
                                  f"({staged.reported[late]}): an older version, kept as superseded and not applied")
            for old in predecessors:
                for k, (vals, in_db) in staged.rows_of(table, old).items():
                    prev_rows[k] = vals
                    prev_meta[k] = (old, in_db)
            if late is None:
                active.append(sid)

        # 3. stage
        if table is not None and late is None:
            curated = stage_records(staged, table, sid, records, quarantined, prev_rows, summ, fr.sha256 in self.rereading,
                                    fr.sha256, lacking(table, sheet))
            if predecessors:
                settle(staged, table, sid, predecessors, prev_meta, curated, summ, staged.active_by_key[skey],
                       is_correction(fr.file_name))
        if table == "hospitals":
            establish.registry_aliases(staged, records)
        self.bookkeeping(fr, sheet, sid, table, skey, reporting_id, records, quarantined, as_parsed, summ, late is not None)
        staged.spill()
        return summ

    def bookkeeping(self, fr: FileResult, sheet: SheetResult, sid: str, table: str | None, skey: str | None,
                     reporting_id: str | None, records: list[Record], quarantined: list[Quarantined], as_parsed: tuple[int, int],
                     summ: SheetSummary, superseded: bool = False) -> None:
        """The sheet's submission row, its quarantined and non-data rows and its findings. ``superseded``: an
        older version arriving late (its rows are counted as curated, as a superseded submission's are, but
        nothing derived from them is staged)."""
        staged = self.staged
        said: set[tuple] = set()  # a row feeding several records (one per month) has its doubt said once
        for rec in records:  # curated, with a doubtful field
            for fname, code, msg, *name in rec.findings or ():
                key = (rec.source_row, fname, code, msg, rec.values.get("person_id"))
                if key in said:
                    continue
                said.add(key)
                staged.finding_rows.append((sid, rec.source_row, fname, code, str(mask_id_numbers(msg)), table, name[0] if name else None))
                summ.findings += 1
        if table == "deployments" and not superseded:
            replacements.stage(staged, sid, records, self.person_ids)
        if table == "activities" and not superseded:
            activity_staff.stage(staged, sid, records, self.person_ids, lambda rid: self.resolution.partners({rid}, "support"))
        sheet.records = records
        sheet.quarantined = quarantined
        if sheet.counts is not None and (len(records), len(quarantined)) == as_parsed:
            n_cur, n_q, n_nd = sheet.counts  # nothing moved to quarantine here: the reader's count stands
        else:
            n_cur, n_q, n_nd = sheet.row_accounting()
        staged.known[sid] = (sid, table, skey, None, n_cur, fr.file_name)
        summ.quarantined, summ.nondata = n_q, n_nd
        for q in quarantined:
            # the raw cells are masked where they were read; masked again here as the last guard
            staged.quarantine_rows.append((sid, q.source_row, str(mask_id_numbers(json.dumps(q.raw, ensure_ascii=False))), q.reason_code,
                                           str(mask_id_numbers(q.reason)), table, q.hospital_name,
                                           list(q.source_rows) if len(q.source_rows) > 1 else None))
        for r, kind, text in sheet.nondata:
            staged.nondata_rows.append((sid, r, kind, text))
        if table is not None and n_cur == 0 and n_q == 0 and not sheet.hidden:
            summ.notes.append("该表只有表头，没有数据行 / the sheet has a header but no data rows")
        for k in SUMMARY_NOTES:
            if sheet.notes.get(k):
                summ.notes.append(f"{k}: {', '.join(map(str, sheet.notes[k]))}")
        staged.submission_rows.append((
            sid, summ.file_name, fr.sha256, summ.sheet_name, table, reporting_id, sheet.period, sheet.reported_date,
            self.now, sheet.rows_read, n_cur, n_q, n_nd, None, fr.encoding, self.run_id, str(mask_id_numbers(fr.path)), skey,
            sheet.notes_json(),
        ))

"""The tables as one ingest run sees them, and writing them (the last stage: resolve → supersede
→ stage → write).

The run works on an in-memory picture of the curated tables: what the database holds,
loaded per table on first use, plus what the run has staged so far. Everything is written
inside the caller's transaction, in bulk through Arrow: the append-only bookkeeping
(submissions, quarantine, findings, non-data rows) in batches as it gathers (``spill``), the
rest at ``flush``: deletions of replaced rows and superseded submissions first, then the staged
rows, the remaining bookkeeping, aliases and file errors.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import islice

import pyarrow as pa

from pipelines.db.schema import column_types, columns, qualified
from pipelines.ingest.form_catalogue import forms

PERSON_TABLES = {"deployments", "trainees", "staff_monthly_assessments"}
# tables of events whose key can be shared by two real events (two teleconsultations at one
# recipient on one day, no topic): an occurrence number in the sheet tells them apart
OCCURRENCE_TABLES = {"activities"}
# the tables whose events both sides report, each worded its own way: the key field that may differ (stage_rows._twin)
TWIN_FIELDS = {"activities": "topic", "techniques": "name"}
PROVENANCE = ("submission_id", "source_row")
INSERT_BATCH = 50_000


def natural_key(table: str) -> list[str]:
    keys = [f.name for f in forms()[table].fields.values() if f.key]
    if table in PERSON_TABLES:
        keys = ["person_id", *keys]
    if table in OCCURRENCE_TABLES:
        keys = [*keys, "occurrence"]
    return keys


def value_columns(table: str) -> list[str]:
    return [c for c in columns(table) if c not in PROVENANCE]


class StagedTables:
    """One run's picture of the database and what it will write.

    ``index``: table -> natural key -> [submission_id, values, whether the row is in the
    database, its sheet row when staged by this run]; the rows to insert are the entries not in
    the database (``staged_rows``: one copy of each row, not two). Submissions:
    ``known`` (id -> (id, form, supersede key, superseded_by, rows curated, file name)),
    ``sid_sha`` (id -> its file's hash: sheets of one workbook never correct or overwrite each
    other), ``active_by_key`` (supersede key -> the active submissions, oldest first)."""

    def __init__(self, con):
        self.con = con
        subs = con.execute("SELECT submission_id, form_type, supersede_key, superseded_by, rows_curated, file_name, file_sha256, "
                           "sheet_name, reported_date FROM submissions").fetchall()
        self.sid_sha = {s[0]: s[6] for s in subs}
        self.known = {s[0]: s[:6] for s in subs}
        self.file_names = {s[0]: s[5] for s in subs}
        self.sheet_names = {s[0]: s[7] for s in subs}
        self.reported = {s[0]: s[8] for s in subs}  # id -> its 填报日期 (None: not stated)
        self.active_by_key: dict[str, list[str]] = {}
        for s in subs:
            if s[3] is None and s[2]:
                self.active_by_key.setdefault(s[2], []).append(s[0])
        self.index: dict[str, dict[tuple, list]] = {}
        self.delete_keys: dict[str, list[tuple]] = {}     # table -> keys of in-db rows to delete
        self.delete_subs: dict[str, set[str]] = {}        # table -> superseded submission ids
        self.submission_rows: list[tuple] = []
        self.superseded_updates: list[tuple[str, str]] = []
        self.quarantine_rows: list[tuple] = []
        self.finding_rows: list[tuple] = []
        self.nondata_rows: list[tuple] = []
        self.name_key_rows: list[tuple] = []      # person_name_keys (replacements.py)
        self.replacement_rows: list[tuple] = []   # deployment_replacements
        self.activity_staff_rows: list[tuple] = []  # activity_staff_keys (activity_staff.py)
        self.alias_rows: dict[str, tuple] = {}
        self.alias_replace: set[str] = set()  # confirmed aliases: replace an earlier match of the same name
        self.known_aliases = {a for (a,) in con.execute("SELECT alias FROM hospital_aliases").fetchall()}
        self.file_error_rows: list[tuple] = []
        self.twins: dict[str, dict[tuple, list[tuple]]] = {}  # table -> an event's key without its topic -> its keys

    def load_index(self, table: str) -> dict[tuple, list]:
        if table not in self.index:
            keys = natural_key(table)
            vcols = value_columns(table)
            sel = ", ".join(f'"{c}"' for c in [*keys, *vcols, "submission_id"])
            idx: dict[tuple, list] = {}
            for row in self.con.execute(f'SELECT {sel} FROM "{table}"').fetchall():
                k = tuple(row[: len(keys)])
                idx[k] = [row[-1], tuple(row[len(keys): len(keys) + len(vcols)]), True, None]
            self.index[table] = idx
        return self.index[table]

    def twin_index(self, table: str) -> dict[tuple, list[tuple]]:
        """An event table's keys by everything but the topic (recipient, date, type, occurrence): where a twin
        reported by the other side with its topic worded otherwise is looked for (stage_rows); built once."""
        if table not in self.twins:
            keys = natural_key(table)
            t = keys.index(TWIN_FIELDS[table])
            ix: dict[tuple, list[tuple]] = {}
            for k in self.load_index(table):
                ix.setdefault(k[:t] + k[t + 1:], []).append(k)
            self.twins[table] = ix
        return self.twins[table]

    def staged_rows(self, table: str):
        """The rows this run will insert into ``table``: (*values, submission_id, source_row)."""
        for sid, vals, in_db, source_row in self.index.get(table, {}).values():
            if not in_db:
                yield (*vals, sid, source_row)

    def rows_of(self, table: str, submission: str) -> dict[tuple, tuple[tuple, bool]]:
        """A submission's current rows by key: (values, whether the row is in the database)."""
        return {k: (entry[1], entry[2]) for k, entry in self.load_index(table).items() if entry[0] == submission}

    def hospital_names(self) -> dict[str, str]:
        names = dict(self.con.execute("SELECT hospital_id, name FROM hospitals").fetchall())
        for row in self.staged_rows("hospitals"):
            names[row[0]] = row[1]
        return names

    def hospital_value(self, hid: str | None, column: str):
        """A column of a hospital already established (stored or staged), else None."""
        if not hid:
            return None
        entry = self.load_index("hospitals").get((hid,))
        return entry[1][value_columns("hospitals").index(column)] if entry else None

    def stage_hospital(self, row: dict, sid: str, source_row: int) -> bool:
        """A new hospitals row (by hospital_id); False when the hospital is already there."""
        idx = self.load_index("hospitals")
        hid = row["hospital_id"]
        if (hid,) in idx:
            return False
        idx[(hid,)] = [sid, tuple(row.get(c) for c in value_columns("hospitals")), False, source_row]
        return True

    def update_hospital(self, hid: str, changes: dict, sid: str, source_row: int) -> bool:
        """Change columns of a hospital already established (a rename): the row is written again
        from this submission. False when it is not there or nothing changes."""
        idx = self.load_index("hospitals")
        entry = idx.get((hid,))
        if entry is None:
            return False
        vcols = value_columns("hospitals")
        vals = list(entry[1])
        for c, v in changes.items():
            vals[vcols.index(c)] = v
        if tuple(vals) == entry[1]:
            return False
        if entry[2]:  # stored: replaced on write
            self.delete_keys.setdefault("hospitals", []).append((hid,))
        idx[(hid,)] = [sid, tuple(vals), False, source_row]
        return True

    # ---------------------------------------------------------------- write
    def spill(self) -> None:
        """Write the append-only bookkeeping (submissions, quarantine, findings, non-data rows)
        once enough has gathered, inside the run's transaction: what a run holds in memory then
        does not grow with its quarantined and non-data rows (a 1,000,000-row sheet held whole)."""
        if len(self.quarantine_rows) + len(self.nondata_rows) + len(self.finding_rows) + len(self.submission_rows) < INSERT_BATCH:
            return
        self._insert("submissions", self.submission_rows, columns("submissions"))
        self._insert("quarantine", self.quarantine_rows, columns("quarantine"))
        self._insert("findings", self.finding_rows, columns("findings"))
        self._insert("nondata_rows", self.nondata_rows, columns("nondata_rows"))
        self.submission_rows, self.quarantine_rows, self.finding_rows, self.nondata_rows = [], [], [], []

    def flush(self) -> None:
        con = self.con
        for table, subs in self.delete_subs.items():
            con.execute(f'DELETE FROM {qualified(table)} WHERE submission_id IN (SELECT unnest(?))', [sorted(subs)])
        for table, keys in self.delete_keys.items():
            kcols = natural_key(table)
            stage = _arrow(table, [tuple(k) for k in keys], kcols)
            con.register("_del_keys", stage)
            cond = " AND ".join(f't."{c}" IS NOT DISTINCT FROM d."{c}"' for c in kcols)
            con.execute(f'DELETE FROM {qualified(table)} t USING _del_keys d WHERE {cond}')
            con.unregister("_del_keys")
        for table in self.index:
            self._insert(table, self.staged_rows(table), [*value_columns(table), *PROVENANCE])
        self._insert("submissions", self.submission_rows, columns("submissions"))
        for old, new in self.superseded_updates:  # after the insert: the old sheet may be from this run
            con.execute(f"UPDATE {qualified('submissions')} SET superseded_by = ? WHERE submission_id = ?", [new, old])
        self._insert("quarantine", self.quarantine_rows, columns("quarantine"))
        self._insert("findings", self.finding_rows, columns("findings"))
        self._insert("nondata_rows", self.nondata_rows, columns("nondata_rows"))
        self._insert("person_name_keys", self.name_key_rows, columns("person_name_keys"))
        self._insert("deployment_replacements", self.replacement_rows, columns("deployment_replacements"))
        self._insert("activity_staff_keys", self.activity_staff_rows, columns("activity_staff_keys"))
        if self.alias_replace:
            con.execute("DELETE FROM hospital_aliases WHERE alias IN (SELECT unnest(?))", [sorted(self.alias_replace)])
        self._insert("hospital_aliases", list(self.alias_rows.values()), columns("hospital_aliases"))
        self._insert("file_errors", self.file_error_rows, columns("file_errors"))

    def _insert(self, table: str, rows, cols: list[str]) -> None:
        """Insert in batches of INSERT_BATCH rows: the Arrow copy of a whole national table at
        once cost ~280 MiB at the peak of the run."""
        collist = ", ".join(f'"{c}"' for c in cols)
        rows = iter(rows)
        while batch := list(islice(rows, INSERT_BATCH)):
            self.con.register("_stage", _arrow(table, batch, cols))
            self.con.execute(f'INSERT INTO {qualified(table)} ({collist}) SELECT {collist} FROM _stage')
            self.con.unregister("_stage")


_PA_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DATE": pa.date32(),
             "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64(), "TIMESTAMP": pa.timestamp("us"), "JSON": pa.string(),
             "INTEGER[]": pa.list_(pa.int32())}


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

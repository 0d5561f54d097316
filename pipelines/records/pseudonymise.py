"""Replace ID numbers and 病案号 by keyed pseudonyms, in memory, before anything is written.

This runs on each batch straight after it is read, and the raw columns are dropped here: the
cleaning step (DuckDB, which may spill to disk), the Parquet store and every message only ever
see the pseudonyms. The patient's name is dropped too (no indicator needs it).

- ``patient_pid`` = ``PersonIds.from_id_number`` of pipelines/privacy/person_id.py (the same
  HMAC-SHA256 under the same key as dispatched staff, so a person is the same pseudonym in
  every table); the number is first read by ``read_id_number`` (15-digit numbers converted,
  spaces and full-width digits removed), with a vectorised fast path for the plain 18-character
  form that most rows have.
- ``record_pid`` = HMAC-SHA256 of the hospital code and the 病案号 under the same key
  (``load_key``), domain-separated from person ids by its ``mrn:`` prefix. person_id.py has no
  function for a record number, and a 病案号 is only unique within its hospital.
- ID numbers typed into free text (拟接收医疗机构名称, names) are masked with ``mask_id_numbers``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter

import pyarrow as pa
import pyarrow.compute as pc

from pipelines.privacy.person_id import PersonIds, mask_id_numbers, read_id_number
from pipelines.records.column_map import fields_of_kind

# A cheap test for "may hold an ID number", so that mask_id_numbers (a Python regex with NFKC)
# runs only on the few cells that need it: what person_id._ID_IN_TEXT matches all begins with 15
# digits in a row, six digits and a separator then four more, or looks like Excel's 1.1E+17
# (half- or full-width digits). County codes (six digits alone) do not pass.
_MAYBE_ID = r"[0-9０-９]{15}|[0-9０-９]{6}[ \-‐‑–—_－][0-9０-９]{4}|[0-9０-９][.．][0-9０-９]{6,}[EeＥｅ]"
_PLAIN_ID = r"^[0-9]{17}[0-9X]$"


class Pseudonymiser:
    def __init__(self, key: bytes):
        self._key = key
        self.findings: Counter[str] = Counter()   # ID_15_DIGIT, ID_CHECK_DIGIT, ..., MASKED_IN_TEXT

    def _person_ids(self, col: pa.ChunkedArray) -> pa.Array:
        ids = PersonIds(self._key)   # one per batch: its cache must not grow with the file
        upper = pc.utf8_upper(col)
        plain = pc.match_substring_regex(upper, _PLAIN_ID).to_pylist()
        out = []
        for value, is_plain in zip(upper.to_pylist(), plain):
            if is_plain:
                out.append(ids.from_id_number(value))
                continue
            reading = read_id_number(value)
            if reading is None:
                out.append(None)
                continue
            if reading.code:
                self.findings[reading.code] += 1
            out.append(ids.from_id_number(reading.canonical) if reading.canonical else None)
        return pa.array(out, pa.string())

    def _record_ids(self, mrn: pa.ChunkedArray, hospital: pa.ChunkedArray) -> pa.Array:
        base = hmac.new(self._key, b"mrn:", hashlib.sha256)   # copied per value: the key is set up once
        out = []
        for m, h in zip(pc.utf8_trim(mrn, " \u3000\t\xa0").to_pylist(), hospital.to_pylist()):
            if not m:
                out.append(None)
                continue
            mac = base.copy()
            mac.update(f"{(h or '').strip()}|{m}".encode())
            out.append("R" + mac.hexdigest()[:20])
        return pa.array(out, pa.string())

    def _mask_text(self, col: pa.ChunkedArray) -> pa.ChunkedArray | pa.Array:
        maybe = pc.fill_null(pc.match_substring_regex(col, _MAYBE_ID), False)
        if not pc.any(maybe).as_py():
            return col
        values = col.to_pylist()
        for i in pc.indices_nonzero(maybe).to_pylist():
            masked = mask_id_numbers(values[i])
            if masked != values[i]:
                self.findings["ID_MASKED_IN_TEXT"] += 1
                values[i] = masked
        return pa.array(values, pa.string())

    def apply(self, t: pa.Table) -> pa.Table:
        """The batch without raw ID numbers, 病案号 or names, with pseudonyms instead."""
        n = t.num_rows
        cols = {}
        cols["patient_pid"] = (self._person_ids(t.column("id_number")) if "id_number" in t.column_names
                               else pa.nulls(n, pa.string()))
        hospital = t.column("hospital_code")
        cols["record_pid"] = self._record_ids(t.column("record_number"), hospital)
        for name in t.column_names:
            if name in ("id_number", "record_number", "patient_name"):
                continue
            col = t.column(name)
            cols[name] = self._mask_text(col) if name in fields_of_kind("text") else col
        # codes may carry an ID number too when columns were shifted by a stray delimiter
        for name in fields_of_kind("code"):
            if name in cols:
                cols[name] = self._mask_text(cols[name])
        return pa.table(cols)

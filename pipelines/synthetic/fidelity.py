"""Fidelity of ingestion against the synthetic truth.

For every curated table: the rows a perfect ingest of the truth would produce (computed
here from the truth objects, with the same person-id key, not from the pipeline), and the
share of them found in the database with every field right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import duckdb

from pipelines.privacy.person_id import PersonIds
from pipelines.synthetic.model import Truth
from pipelines.synthetic.records import form_rows

# curated columns compared per table (ids and provenance are derived, not compared)
COMPARED = {
    "hospitals": ["hospital_id", "name", "level", "grade", "category", "province", "city", "county", "county_code"],
    "pairings": ["support_hospital_id", "recipient_hospital_id", "programme", "start_date", "end_date", "agreement_date"],
    "deployments": ["person_id", "support_hospital_id", "recipient_hospital_id", "department", "title", "title_rank", "staff_category",
                    "position_at_recipient", "start_date", "end_date", "years_of_service", "paid_by_recipient", "written_assessment"],
    "trainees": ["person_id", "recipient_hospital_id", "host_hospital_id", "department", "start_date", "end_date", "fee_charged", "completed"],
    "techniques": ["recipient_hospital_id", "support_hospital_id", "name", "department", "first_performed_date", "cases", "fills_county_gap"],
    "activities": ["recipient_hospital_id", "support_hospital_id", "activity_date", "activity_type", "topic", "participants"],
    "hospital_monthly_stats": ["recipient_hospital_id", "year", "month", "outpatient_visits", "discharges", "surgeries", "referrals_out",
                               "referrals_up_received", "referrals_down_received"],
    "county_inpatient_stats": ["county_code", "year", "county_name", "resident_admissions", "resident_admissions_outside_county"],
    "staff_monthly_assessments": ["person_id", "recipient_hospital_id", "year", "month", "support_hospital_id", "score", "spot_checks",
                                  "spot_checks_present"],
}
KEYS = {
    "hospitals": ["hospital_id"], "pairings": ["support_hospital_id", "recipient_hospital_id", "start_date"],
    "deployments": ["person_id", "recipient_hospital_id", "start_date"], "trainees": ["person_id", "host_hospital_id", "start_date"],
    "techniques": ["recipient_hospital_id", "name", "first_performed_date"],
    "activities": ["recipient_hospital_id", "activity_date", "activity_type", "topic"],
    "hospital_monthly_stats": ["recipient_hospital_id", "year", "month"], "county_inpatient_stats": ["county_code", "year"],
    "staff_monthly_assessments": ["person_id", "recipient_hospital_id", "year", "month"],
}


def expected_rows(truth: Truth, person_key: bytes) -> dict[str, list[dict[str, Any]]]:
    ids = PersonIds(person_key)
    out: dict[str, list[dict[str, Any]]] = {}
    for form, fr in form_rows(truth).items():
        rows = []
        for group in fr.groups.values():
            for r in group:
                row = dict(r)
                if "id_number" in row:
                    row["person_id"] = ids.from_id_number(row.pop("id_number"))
                    row.pop("name", None)
                rows.append({c: row.get(c) for c in COMPARED[form]})
        out[form] = rows
    return out


def _eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(float(a) - float(b)) < 0.005
    if isinstance(a, dt.datetime):
        a = a.date()
    if isinstance(b, dt.datetime):
        b = b.date()
    return a == b


@dataclass
class TableFidelity:
    table: str
    truth_rows: int
    exact: int
    missing: int
    wrong: int
    extra: int
    examples: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.exact / self.truth_rows if self.truth_rows else 1.0


def measure(db, truth: Truth, person_key: bytes) -> dict[str, TableFidelity]:
    exp = expected_rows(truth, person_key)
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table, rows in exp.items():
            cols = COMPARED[table]
            keys = KEYS[table]
            got = {}
            for rec in con.execute(f'SELECT {", ".join(cols)} FROM "{table}"').fetchall():
                d = dict(zip(cols, rec))
                got[tuple(d[k] for k in keys)] = d
            tf = TableFidelity(table, len(rows), 0, 0, 0, 0)
            seen = set()
            for r in rows:
                k = tuple(r[c] for c in keys)
                seen.add(k)
                g = got.get(k)
                if g is None:
                    tf.missing += 1
                    if len(tf.examples) < 5:
                        tf.examples.append(f"missing {k}")
                    continue
                diffs = [c for c in cols if not _eq(r[c], g[c])]
                if diffs:
                    tf.wrong += 1
                    if len(tf.examples) < 5:
                        tf.examples.append(f"{k}: " + ", ".join(f"{c} {r[c]!r}→{g[c]!r}" for c in diffs))
                else:
                    tf.exact += 1
            tf.extra = len(set(got) - seen)
            out[table] = tf
        return out
    finally:
        con.close()


def format_fidelity(res: dict[str, TableFidelity]) -> str:
    lines = [f"{'table':<28}{'truth':>7}{'exact':>7}{'missing':>8}{'wrong':>7}{'extra':>7}{'share':>9}"]
    for t in res.values():
        lines.append(f"{t.table:<28}{t.truth_rows:>7}{t.exact:>7}{t.missing:>8}{t.wrong:>7}{t.extra:>7}{t.share:>9.2%}")
        lines += [f"    {e}" for e in t.examples]
    return "\n".join(lines)

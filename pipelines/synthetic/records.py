"""The synthetic truth as the rows of each form, keyed by the catalogue's field names.

Hospital fields hold hospital ids and person fields the person's name and ID number; the
renderers decide how each value is written (which name form, which date style, ...), and
expected.py turns the same rows into the curated rows a perfect ingest would produce.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pipelines.synthetic.model import Truth


@dataclass
class FormRows:
    form: str
    # group key -> rows. Groups are what one hospital reports in one workbook:
    # (reporting hospital id or "", year[, month])
    groups: dict[tuple, list[dict[str, Any]]] = field(default_factory=dict)
    reported: dict[tuple, dt.date] = field(default_factory=dict)

    def add(self, key: tuple, row: dict[str, Any]) -> None:
        self.groups.setdefault(key, []).append(row)


def form_rows(t: Truth) -> dict[str, FormRows]:
    out = {f: FormRows(f) for f in ("hospitals", "pairings", "deployments", "trainees", "techniques", "activities",
                                     "hospital_monthly_stats", "county_inpatient_stats", "staff_monthly_assessments")}
    y_last = t.years[-1]
    for h in t.hospitals:
        out["hospitals"].add(("", 0), {
            "hospital_id": h.hospital_id, "name": h.name, "level": h.level, "grade": h.grade, "category": h.category,
            "province": h.province, "city": h.city, "county": h.county, "county_code": h.county_code,
            "aliases": "；".join(h.aliases) or None})
    out["hospitals"].reported[("", 0)] = dt.date(y_last, 1, 10)
    for p in t.pairings:
        out["pairings"].add(("", 0), {"support_hospital_id": p.support, "recipient_hospital_id": p.recipient, "programme": p.programme,
                                       "start_date": p.start, "end_date": p.end, "agreement_date": p.agreement})
    out["pairings"].reported[("", 0)] = dt.date(y_last, 1, 10)
    for d in sorted(t.deployments, key=lambda d: (d.start, d.recipient, d.batch, d.position != "副院长", d.person.id_number)):
        key = (d.support, d.start.year)
        out["deployments"].add(key, {
            "name": d.person.name, "id_number": d.person.id_number, "support_hospital_id": d.support,
            "recipient_hospital_id": d.recipient, "department": d.department, "title": d.title, "title_rank": d.title_rank,
            "staff_category": d.staff_category, "position_at_recipient": d.position, "start_date": d.start, "end_date": d.end,
            "years_of_service": d.years_of_service, "paid_by_recipient": d.paid_by_recipient, "written_assessment": d.written_assessment})
        out["deployments"].reported[key] = dt.date(key[1] + 1, 1, 15)
    for tr in sorted(t.trainees, key=lambda x: (x.start, x.recipient, x.person.id_number)):
        key = (tr.host, tr.start.year)
        out["trainees"].add(key, {
            "name": tr.person.name, "id_number": tr.person.id_number, "recipient_hospital_id": tr.recipient,
            "host_hospital_id": tr.host, "department": tr.department, "start_date": tr.start, "end_date": tr.end,
            "fee_charged": tr.fee, "completed": tr.completed})
        out["trainees"].reported[key] = dt.date(key[1] + 1, 1, 15)
    for k in sorted(t.techniques, key=lambda k: (k.first_date, k.name)):
        key = (k.recipient, k.first_date.year)
        out["techniques"].add(key, {
            "recipient_hospital_id": k.recipient, "support_hospital_id": k.support, "name": k.name, "department": k.department,
            "first_performed_date": k.first_date, "cases": k.cases, "fills_county_gap": k.fills_gap})
        out["techniques"].reported[key] = dt.date(key[1] + 1, 1, 15)
    for a in t.activities:
        key = (a.recipient, a.date.year)
        out["activities"].add(key, {
            "recipient_hospital_id": a.recipient, "support_hospital_id": a.support, "activity_date": a.date,
            "activity_type": a.type, "topic": a.topic, "participants": a.participants})
        out["activities"].reported[key] = dt.date(key[1] + 1, 1, 15)
    for m in t.monthly:
        key = (m.hospital, m.year, m.month)
        out["hospital_monthly_stats"].add(key, {
            "recipient_hospital_id": m.hospital, "year": m.year, "month": m.month, "outpatient_visits": m.outpatient,
            "discharges": m.discharges, "surgeries": m.surgeries, "referrals_out": m.referrals_out,
            "referrals_up_received": m.up_received, "referrals_down_received": m.down_received})
        out["hospital_monthly_stats"].reported[key] = m.reported
    for c in t.county:
        key = ("", c.year)
        out["county_inpatient_stats"].add(key, {
            "county_name": c.county_name, "county_code": c.county_code, "year": c.year,
            "resident_admissions": c.admissions, "resident_admissions_outside_county": c.outside})
        out["county_inpatient_stats"].reported[key] = dt.date(c.year + 1, 2, 20)
    for a in sorted(t.assessments, key=lambda a: (a.year, a.month, a.support, a.person.id_number)):
        key = (a.recipient, a.year, a.month)
        out["staff_monthly_assessments"].add(key, {
            "name": a.person.name, "id_number": a.person.id_number, "recipient_hospital_id": a.recipient,
            "support_hospital_id": a.support, "year": a.year, "month": a.month, "score": a.score,
            "spot_checks": a.spot_checks, "spot_checks_present": a.present})
        out["staff_monthly_assessments"].reported[key] = dt.date(a.year, a.month, 28) + dt.timedelta(days=10)
    return out

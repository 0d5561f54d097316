"""Write the synthetic truth as the standard-template workbooks hospitals would send.

One workbook per form, reporting hospital and year (monthly forms: one sheet per month),
titled like real forms, with a 填报单位/填报日期 line and a signature footer. Every title
carries the SYNTHETIC mark and every file name starts with SYNTHETIC_.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipelines.ingest.form_catalogue import forms
from pipelines.synthetic.model import Truth
from pipelines.synthetic.names import SYNTHETIC_MARK
from pipelines.synthetic.spreadsheet_writer import SheetSpec, write_sheets

# Columns of the standard template per form (field names; headers are the catalogue's first label).
STANDARD_COLUMNS = {
    "hospitals": ["hospital_id", "name", "level", "grade", "category", "province", "city", "county", "county_code", "aliases"],
    "pairings": ["support_hospital_id", "recipient_hospital_id", "programme", "start_date", "end_date", "agreement_date"],
    "deployments": ["name", "id_number", "recipient_hospital_id", "department", "title", "staff_category", "position_at_recipient",
                    "start_date", "end_date", "years_of_service", "paid_by_recipient", "written_assessment"],
    "trainees": ["name", "id_number", "recipient_hospital_id", "department", "start_date", "end_date", "fee_charged", "completed"],
    "techniques": ["name", "department", "support_hospital_id", "first_performed_date", "cases", "fills_county_gap"],
    "activities": ["activity_date", "activity_type", "topic", "support_hospital_id", "participants"],
    "hospital_monthly_stats": ["year", "month", "outpatient_visits", "discharges", "surgeries", "referrals_out",
                               "referrals_up_received", "referrals_down_received"],
    "county_inpatient_stats": ["county_name", "county_code", "year", "resident_admissions", "resident_admissions_outside_county"],
    "staff_monthly_assessments": ["name", "id_number", "support_hospital_id", "year", "month", "score", "spot_checks", "spot_checks_present"],
}

FORM_TITLES = {
    "hospitals": "医疗机构名册", "pairings": "对口支援关系", "deployments": "派驻人员名册", "trainees": "进修人员登记表",
    "techniques": "新技术新业务登记表", "activities": "带教培训活动记录", "hospital_monthly_stats": "受援医院月度业务统计",
    "county_inpatient_stats": "县域住院流向统计", "staff_monthly_assessments": "派驻人员月度考核",
}

_COMMISSION = "青岚省卫生健康委员会"


def headers(form: str, columns: list[str] | None = None) -> list[str]:
    f = forms()[form]
    return ["序号"] + [f.fields[c].labels[0] for c in (columns or STANDARD_COLUMNS[form])]


def title(form: str, who: str | None, period: str) -> str:
    head = f"{who} " if who else ""
    return f"{head}{period} {FORM_TITLES[form]}（{SYNTHETIC_MARK}）"


def meta_line(unit: str, reported: dt.date) -> str:
    return f"填报单位（盖章）：{unit}        填报日期：{reported:%Y年%m月%d日}"


FOOTER = "填表人：（合成）        审核人：（合成）        联系电话：0000-0000000"


class _Names:
    def __init__(self, truth: Truth):
        self.t = truth
        self.by_id = {h.hospital_id: h for h in truth.hospitals}

    def written(self, hid: str | None) -> str | None:
        if hid is None:
            return None
        h = self.by_id[hid]
        return h.written_as or h.name

    def official(self, hid: str) -> str:
        return self.by_id[hid].name


def standard_rows(truth: Truth) -> dict[str, dict[tuple, list[list]]]:
    """Rows of every form, grouped by (reporting hospital, year[, month]): the cells a hospital types."""
    n = _Names(truth)
    out: dict[str, dict[tuple, list[list]]] = {f: {} for f in STANDARD_COLUMNS}
    out["hospitals"][("", 0)] = [
        [h.hospital_id, h.name, h.level, h.grade, h.category, h.province, h.city, h.county, h.county_code, "；".join(h.aliases) or None]
        for h in truth.hospitals]
    out["pairings"][("", 0)] = [
        [n.official(p.support), n.written(p.recipient), p.programme, p.start, p.end, p.agreement] for p in truth.pairings]
    for d in sorted(truth.deployments, key=lambda d: (d.start, d.recipient, d.batch, d.position != "副院长")):
        out["deployments"].setdefault((d.support, d.start.year), []).append([
            d.person.name, d.person.id_number, n.written(d.recipient), d.department, d.title, d.staff_category, d.position,
            d.start, d.end, d.years_of_service, d.paid_by_recipient, d.written_assessment])
    for tr in sorted(truth.trainees, key=lambda t: (t.start, t.recipient)):
        out["trainees"].setdefault((tr.host, tr.start.year), []).append([
            tr.person.name, tr.person.id_number, n.written(tr.recipient), tr.department, tr.start, tr.end, tr.fee, tr.completed])
    for k in sorted(truth.techniques, key=lambda k: k.first_date):
        out["techniques"].setdefault((k.recipient, k.first_date.year), []).append([
            k.name, k.department, n.written(k.support), k.first_date, k.cases, k.fills_gap])
    for a in truth.activities:
        out["activities"].setdefault((a.recipient, a.date.year), []).append([
            a.date, a.type, a.topic, n.written(a.support), a.participants])
    for m in truth.monthly:
        out["hospital_monthly_stats"].setdefault((m.hospital, m.year, m.month), []).append([
            m.year, m.month, m.outpatient, m.discharges, m.surgeries, m.referrals_out, m.up_received, m.down_received])
    for c in truth.county:
        out["county_inpatient_stats"].setdefault(("", c.year), []).append([
            c.county_name, c.county_code, c.year, c.admissions, c.outside])
    for a in sorted(truth.assessments, key=lambda a: (a.year, a.month, a.support, a.person.id_number)):
        out["staff_monthly_assessments"].setdefault((a.recipient, a.year, a.month), []).append([
            a.person.name, a.person.id_number, n.official(a.support), a.year, a.month, a.score, a.spot_checks, a.present])
    return out


def _numbered(rows: list[list]) -> list[list]:
    return [[i + 1, *r] for i, r in enumerate(rows)]


def write_standard(truth: Truth, out_dir: Path) -> list[Path]:
    """Write every form for every reporting hospital and year; returns the files written."""
    out_dir = Path(out_dir)
    n = _Names(truth)
    rows = standard_rows(truth)
    monthly_reported = {(m.hospital, m.year, m.month): m.reported for m in truth.monthly}
    written: list[Path] = []

    def save(rel: str, sheets: list[SheetSpec]) -> None:
        p = out_dir / rel
        write_sheets(p, sheets)
        written.append(p)

    y_last = truth.years[-1]
    reg = [SheetSpec(FORM_TITLES["hospitals"], title("hospitals", truth.province, f"{y_last}年"), meta_line(_COMMISSION, dt.date(y_last, 1, 10)),
                     headers("hospitals"), _numbered(rows["hospitals"][("", 0)]), FOOTER),
           SheetSpec(FORM_TITLES["pairings"], title("pairings", truth.province, f"{y_last}年"), meta_line(_COMMISSION, dt.date(y_last, 1, 10)),
                     headers("pairings"), _numbered(rows["pairings"][("", 0)]), FOOTER)]
    save("SYNTHETIC_医疗机构名册与对口支援关系.xlsx", reg)

    for form in ("deployments", "trainees", "techniques", "activities"):
        for (hid, year), body in sorted(rows[form].items()):
            unit = n.official(hid)
            spec = SheetSpec(FORM_TITLES[form], title(form, unit, f"{year}年度"), meta_line(unit, dt.date(year + 1, 1, 15)),
                             headers(form), _numbered(body), FOOTER)
            save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}.xlsx", [spec])

    for form in ("hospital_monthly_stats", "staff_monthly_assessments"):
        by_book: dict[tuple[str, int], list[tuple[int, list[list]]]] = {}
        for (hid, year, month), body in rows[form].items():
            by_book.setdefault((hid, year), []).append((month, body))
        for (hid, year), months in sorted(by_book.items()):
            unit = n.official(hid)
            sheets = []
            for month, body in sorted(months):
                reported = monthly_reported.get((hid, year, month)) or dt.date(year, month, 28) + dt.timedelta(days=10)
                sheets.append(SheetSpec(f"{month}月", title(form, unit, f"{year}年{month}月"), meta_line(unit, reported),
                                        headers(form), _numbered(body), FOOTER))
            save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}.xlsx", sheets)

    for (_, year), body in sorted(rows["county_inpatient_stats"].items()):
        spec = SheetSpec(FORM_TITLES["county_inpatient_stats"], title("county_inpatient_stats", truth.province, f"{year}年度"),
                         meta_line(_COMMISSION, dt.date(year + 1, 2, 20)), headers("county_inpatient_stats"), _numbered(body), FOOTER)
        save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES['county_inpatient_stats']}.xlsx", [spec])
    (out_dir / "README.txt").write_text(
        "合成数据 / SYNTHETIC DATA\n\n本目录中的所有表格均由 duikou 的合成数据生成器生成，省份、医院、人员与身份证号均为虚构。\n"
        "Every spreadsheet here was generated by duikou's synthetic generator; the province, hospitals, people and\n"
        "ID numbers are fictional (region codes 99xxxx do not exist).\n", encoding="utf-8")
    return written

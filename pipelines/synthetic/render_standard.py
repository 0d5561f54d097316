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
from pipelines.synthetic.records import form_rows
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


def _numbered(rows: list[list]) -> list[list]:
    return [[i + 1, *r] for i, r in enumerate(rows)]


def hospital_text(truth: Truth, hid: str | None, written: bool) -> str | None:
    if hid is None:
        return None
    h = truth.hospital(hid)
    return (h.written_as or h.name) if written else h.name


def standard_cells(truth: Truth, form: str, row: dict) -> list:
    """One row in the standard template's columns, as the hospital types it."""
    hosp_fields = {f.name for f in forms()[form].fields.values() if f.type == "hospital"}
    out = []
    for col in STANDARD_COLUMNS[form]:
        v = row.get(col)
        if col in hosp_fields:
            # a recipient is written the way its partners know it (石桥县医院), others officially
            v = hospital_text(truth, v, written=col == "recipient_hospital_id")
        out.append(v)
    return out


def write_standard(truth: Truth, out_dir: Path) -> list[Path]:
    """Write every form for every reporting hospital and year; returns the files written."""
    out_dir = Path(out_dir)
    rows = form_rows(truth)
    written: list[Path] = []

    def save(rel: str, sheets: list[SheetSpec]) -> None:
        p = out_dir / rel
        write_sheets(p, sheets)
        written.append(p)

    def body(form: str, key: tuple) -> list[list]:
        return _numbered([standard_cells(truth, form, r) for r in rows[form].groups[key]])

    y_last = truth.years[-1]
    reported = rows["hospitals"].reported[("", 0)]
    reg = [SheetSpec(FORM_TITLES[f], title(f, truth.province, f"{y_last}年"), meta_line(_COMMISSION, reported),
                     headers(f), body(f, ("", 0)), FOOTER) for f in ("hospitals", "pairings")]
    save("reference/SYNTHETIC_医疗机构名册与对口支援关系.xlsx", reg)  # the reference folder: applied as registry and pairing list

    for form in ("deployments", "trainees", "techniques", "activities"):
        for key in sorted(rows[form].groups):
            hid, year = key
            unit = truth.hospital(hid).name
            spec = SheetSpec(FORM_TITLES[form], title(form, unit, f"{year}年度"), meta_line(unit, rows[form].reported[key]),
                             headers(form), body(form, key), FOOTER)
            save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}.xlsx", [spec])

    for form in ("hospital_monthly_stats", "staff_monthly_assessments"):
        books: dict[tuple[str, int], list[int]] = {}
        for hid, year, month in rows[form].groups:
            books.setdefault((hid, year), []).append(month)
        for (hid, year), months in sorted(books.items()):
            unit = truth.hospital(hid).name
            sheets = [SheetSpec(f"{m}月", title(form, unit, f"{year}年{m}月"), meta_line(unit, rows[form].reported[(hid, year, m)]),
                                headers(form), body(form, (hid, year, m)), FOOTER) for m in sorted(months)]
            save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}.xlsx", sheets)

    form = "county_inpatient_stats"
    for key in sorted(rows[form].groups):
        year = key[1]
        spec = SheetSpec(FORM_TITLES[form], title(form, truth.province, f"{year}年度"), meta_line(_COMMISSION, rows[form].reported[key]),
                         headers(form), body(form, key), FOOTER)
        save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}.xlsx", [spec])
    write_readme(out_dir)
    return written


def write_readme(out_dir: Path) -> None:
    (Path(out_dir) / "README.txt").write_text(
        "合成数据 / SYNTHETIC DATA\n\n本目录中的所有表格均由 duikou 的合成数据生成器生成，省份、医院、人员与身份证号均为虚构。\n"
        "Every spreadsheet here was generated by duikou's synthetic generator; the province, hospitals, people and\n"
        "ID numbers are fictional (region codes 99xxxx do not exist).\n", encoding="utf-8")

"""Render the same synthetic truth in the many layouts hospitals really send.

A test corpus for ingestion (issue 3): every workbook unit (one form, one reporting
hospital, one year) is written with one of the layouts below, chosen round-robin, so one
corpus contains all of them. Each layout varies format (xlsx, xlsm, xls, ods, csv in UTF-8,
UTF-8 with BOM, GBK, GB18030), title and 填报单位 lines, footers and notes, two-level and
unseen headers, serial columns, column order, blank/total/repeated-header rows, several
sheets per workbook, sheet-per-recipient and months-as-columns layouts, and the spelling of
values (dates, ranges, durations, counts with units, full-width digits, yes/no marks,
qualified titles, padded names, short and bracketed hospital names).

Every variant is lossless: it changes how a value is written, never what it is, so a
perfect ingest recovers the truth exactly (the fidelity test measures how close we are).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from pipelines.ingest.form_catalogue import forms
from pipelines.synthetic.model import Truth
from pipelines.synthetic.names import SYNTHETIC_MARK
from pipelines.synthetic.records import form_rows
from pipelines.synthetic.render_standard import FORM_TITLES, STANDARD_COLUMNS, write_readme
from pipelines.synthetic.spreadsheet_writer import SheetSpec, write_sheets

_COMMISSION = "青岚省卫生健康委员会"


@dataclass(frozen=True)
class Layout:
    name: str
    fmt: str = ".xlsx"              # .xlsx .xlsm .xls .ods .csv
    encoding: str = "utf-8"         # CSV: utf-8, utf-8-sig, gbk, gb18030
    title: str = "merged"           # merged, two_lines, none
    meta: str = "line"              # line, cells, unit_only, none
    footer: str = "sign"            # sign, note, both, none
    serial: bool = True
    labels: int = 0                 # which catalogue synonym to use for headers (0 = standard)
    unseen_headers: bool = False    # header texts that are not in the catalogue (fuzzy / contains)
    decorate_headers: bool = False  # "*姓名", "科  室", "起始日期\n(年月日)"
    shuffle: bool = False
    extra_cols: bool = False        # 备注, 联系电话 (not in the contract)
    blank_rows: bool = False
    totals: bool = False
    repeat_header: bool = False
    date_style: str = "excel"       # excel, dot, cn, slash, dash, compact
    period: str = "two_cols"        # two_cols, two_level, range, duration
    numbers: str = "plain"          # plain, units, fullwidth, thousands
    bools: str = "cn"               # cn, tick, text
    titles: str = "plain"           # plain, qualified, short
    names: str = "plain"            # plain, padded
    hospitals: str = "written"      # official, written, short, prefixed, bracketed
    id_style: str = "plain"         # plain, spaced
    categories: str = "plain"       # plain, synonyms
    activity_types: str = "plain"   # plain, synonyms
    grouping: str = "default"       # default, sections, sheet_per_recipient, single_sheet, wide, support_book,
                                    # vertical (项目 | 数量, one sheet per month), title_target (sheets 第1组…)
    instructions_sheet: bool = False
    meta_pairs: bool = False        # "受援医院：…　派出医院：…　考核月份：…" above the table instead of columns


LAYOUTS: list[Layout] = [
    Layout("standard"),
    Layout("csv_gbk", fmt=".csv", encoding="gbk", title="none", meta="none", footer="none", date_style="dot", grouping="single_sheet"),
    Layout("csv_bom", fmt=".csv", encoding="utf-8-sig", title="merged", meta="line", date_style="cn", numbers="units",
           grouping="single_sheet", hospitals="official"),
    Layout("csv_gb18030", fmt=".csv", encoding="gb18030", title="none", meta="unit_only", date_style="compact", period="range",
           grouping="single_sheet", bools="tick"),
    Layout("csv_utf8", fmt=".csv", encoding="utf-8", title="two_lines", meta="line", date_style="slash", serial=False,
           grouping="single_sheet", numbers="thousands"),
    Layout("legacy_xls", fmt=".xls", title="merged", meta="cells", date_style="excel", labels=1, bools="tick"),
    Layout("ods_wps", fmt=".ods", title="merged", meta="line", date_style="dash", labels=2, names="padded"),
    Layout("xlsm_macro", fmt=".xlsm", meta="unit_only", footer="both", date_style="cn", titles="qualified", hospitals="short"),
    Layout("two_level_header", period="two_level", blank_rows=True, footer="note", hospitals="bracketed"),
    Layout("range_column", period="range", date_style="dot", numbers="units", shuffle=True, extra_cols=True),
    Layout("duration_column", period="duration", titles="short", id_style="spaced", categories="synonyms"),
    Layout("unseen_headers", unseen_headers=True, decorate_headers=True, serial=False, hospitals="prefixed"),
    Layout("totals_and_repeats", totals=True, repeat_header=True, blank_rows=True, numbers="fullwidth", activity_types="synonyms"),
    Layout("sections", grouping="sections", meta="cells", footer="both", bools="text"),
    Layout("sheet_per_recipient", grouping="sheet_per_recipient", title="two_lines", instructions_sheet=True, labels=1),
    Layout("wide_months", grouping="wide", totals=True, numbers="thousands"),
    Layout("support_book", grouping="support_book", meta="line", labels=2, date_style="slash"),
    Layout("no_title_no_meta", title="none", meta="none", footer="none", serial=False, shuffle=True, date_style="compact"),
    Layout("label_value_sheets", grouping="vertical", meta="none", footer="sign"),
    Layout("meta_pairs", meta_pairs=True, meta="none", date_style="cn", numbers="units"),
    Layout("title_target", grouping="title_target", meta="line", footer="note"),
]

# Row labels of a "项目 | 数量" sheet, as statistics offices word them.
VERTICAL_LABELS = {"outpatient_visits": "门诊急诊人次", "discharges": "出院患者数", "surgeries": "手术例数",
                   "referrals_out": "向上级医院转诊人次", "referrals_up_received": "接收上转人次", "referrals_down_received": "接收下转患者人次"}

# Header texts that are NOT in catalogue/forms.yaml: the parser must find them by
# containment or fuzzy matching.
UNSEEN = {
    "person_name": "派驻人员姓名", "technique_name": "新技术名称", "id_number": "身份证件号码", "department": "所在科室名称", "title": "专业技朮职称",  # a typo (朮 for 术): fuzzy match
    "start_date": "开始日期", "end_date": "结束日期", "recipient_hospital_id": "受援医院名称",
    "years_of_service": "工作年限(年)", "paid_by_recipient": "受援医院发放补贴", "written_assessment": "是否出具书面考核意见",
    "fee_charged": "进修费（元）", "completed": "结业情况", "cases": "完成例数", "fills_county_gap": "填补县域空白",
    "participants": "参训人数", "activity_type": "活动形式", "topic": "活动主题", "activity_date": "活动开展日期",
    "outpatient_visits": "门急诊总人次", "discharges": "出院总人数", "surgeries": "手术总台次", "referrals_out": "外转病人人次",
}

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_UNITS = {"cases": "例", "participants": "人", "years_of_service": "年", "spot_checks": "次", "spot_checks_present": "次",
          "outpatient_visits": "人次", "discharges": "人", "surgeries": "台", "referrals_out": "人次"}
_ACTIVITY_SYNONYMS = {"学术讲座": "专题讲座", "教学查房": "业务查房", "手术示教": "手术示教演示", "疑难病例讨论": "疑难病例讨论会",
                      "死亡病例讨论": "死亡病例讨论会", "技术培训": "业务培训", "远程会诊": "远程会诊", "义诊": "巡回义诊"}
_CATEGORY_SYNONYMS = {"医疗": "临床", "护理": "护士", "医技": "医技", "药学": "药剂", "管理": "行政"}
_TITLE_SHORT = {"主治医师": "主治", "副主任医师": "副主任医师", "主任医师": "主任医师"}
_INT_FIELDS = {"years_of_service", "cases", "participants", "outpatient_visits", "discharges", "surgeries", "referrals_out",
               "referrals_up_received", "referrals_down_received", "resident_admissions", "resident_admissions_outside_county",
               "spot_checks", "spot_checks_present", "year", "month"}


class _Writer:
    def __init__(self, truth: Truth, layout: Layout, rng: random.Random):
        self.t = truth
        self.L = layout
        self.rng = rng

    # ------------------------------------------------------------ values
    def date(self, d: dt.date | None, end: bool = False):
        if d is None:
            return None
        s = self.L.date_style if (self.L.fmt != ".csv" or self.L.date_style != "excel") else "dash"
        if s == "excel":
            return d
        return {"dot": f"{d.year}.{d.month}.{d.day}", "cn": f"{d.year}年{d.month}月{d.day}日", "slash": f"{d:%Y/%m/%d}",
                "dash": f"{d.year}-{d.month}-{d.day}", "compact": f"{d:%Y%m%d}"}[s]

    def number(self, field: str, v) -> Any:
        if v is None:
            return None
        if isinstance(v, Decimal):
            v = int(v) if v == v.to_integral_value() else float(v)
        if field in ("year", "month"):
            return v
        s = self.L.numbers
        if s == "units" and field in _UNITS:
            return f"{v}{_UNITS[field]}"
        if s == "fullwidth" and isinstance(v, int):
            return str(v).translate(_FW)
        if s == "thousands" and isinstance(v, int) and v >= 1000:
            return f"{v:,}"
        return v

    def money(self, v: Decimal | None):
        if v is None:
            return None
        if self.L.numbers == "units":
            return f"{int(v)}元" if v else "无"
        return int(v) if v == v.to_integral_value() else float(v)

    def boolean(self, v: bool | None, field: str):
        if v is None:
            return None
        if self.L.bools == "tick":
            return "√" if v else "×"
        if self.L.bools == "text":
            if field == "completed":
                return "已结业" if v else "未结业"
            if field == "written_assessment":
                return "已出具" if v else "未出具"
        return "是" if v else "否"

    def hospital(self, hid: str | None, role: str = "other") -> str | None:
        if hid is None:
            return None
        h = self.t.hospital(hid)
        s = self.L.hospitals
        if role == "reporter" or h.role == "support":
            return h.name
        if s == "official":
            return h.name
        if s == "short" and "人民医院" in h.name:
            return h.name.replace("人民医院", "医院")
        if s == "prefixed":
            return f"{h.city}{h.name}" if not h.name.startswith(h.city) else h.name
        if s == "bracketed" and h.aliases:
            return f"{h.name}（{h.aliases[0]}）"
        return h.written_as or h.name

    def title(self, t: str, recipient: str | None) -> str:
        if self.L.titles == "qualified" and recipient and self.t.hospital(recipient).category == "中医医院" and t.endswith("医师"):
            return f"{t}（中医）"
        if self.L.titles == "short":
            return _TITLE_SHORT.get(t, t)
        return t

    def person(self, name: str) -> str:
        if self.L.names == "padded" and len(name) == 2:
            return name[0] + "\u3000" + name[1]
        return f" {name} " if self.L.names == "padded" else name

    def idnum(self, s: str) -> str:
        if self.L.id_style == "spaced":
            return f"{s[:6]} {s[6:14]} {s[14:]}"
        return s

    def cell(self, form: str, field: str, row: dict) -> Any:
        v = row.get(field)
        ftype = forms()[form].fields[field].type if field in forms()[form].fields else None
        if field in ("name",) and form in ("deployments", "trainees", "staff_monthly_assessments"):
            return self.person(v)
        if field == "id_number":
            return self.idnum(v)
        if ftype == "hospital":
            return self.hospital(v)
        if ftype in ("date", "date_end"):
            return self.date(v, end=ftype == "date_end")
        if ftype == "bool":
            return self.boolean(v, field)
        if ftype == "money":
            return self.money(v)
        if field == "title":
            return self.title(v, row.get("recipient_hospital_id"))
        if field == "staff_category" and self.L.categories == "synonyms":
            return _CATEGORY_SYNONYMS.get(v, v)
        if field == "activity_type" and self.L.activity_types == "synonyms":
            return _ACTIVITY_SYNONYMS.get(v, v)
        if field == "position_at_recipient":
            return v if v else ("无" if self.L.bools == "text" else None)
        if field == "score":
            return float(v) if self.L.fmt != ".csv" else f"{v}"
        if field in _INT_FIELDS or ftype in ("int",):
            return self.number(field, v)
        return v

    # ------------------------------------------------------------ headers
    def header(self, form: str, field: str) -> str:
        f = forms()[form].fields[field]
        key = field if field != "name" else ("technique_name" if form == "techniques" else "person_name" if f.type == "person_name" else None)
        if self.L.unseen_headers and key in UNSEEN:
            text = UNSEEN[key]
        else:
            text = f.labels[min(self.L.labels, len(f.labels) - 1)]
        if self.L.decorate_headers:
            if f.required:
                text = "*" + text
            elif len(text) == 2:
                text = text[0] + "  " + text[1]
            elif f.type in ("date", "date_end"):
                text = text + "\n(年月日)"
        return text

    # ------------------------------------------------------------ sheet frame
    def frame(self, name: str, title: str, unit: str | None, reported: dt.date | None, headers: list[str], rows: list[list],
              sub_headers: list[str] | None = None, totals: list | None = None) -> SheetSpec:
        L = self.L
        spec_title = None
        extra_top: list[str] = []
        if L.title == "merged":
            spec_title = title
        elif L.title == "two_lines":
            spec_title = f"{_COMMISSION}（{SYNTHETIC_MARK}）"
            extra_top.append(title)
        meta = None
        if unit and reported:
            if L.meta == "line":
                meta = f"填报单位（盖章）：{unit}        填报日期：{reported:%Y年%m月%d日}"
            elif L.meta == "cells":
                meta = None
                extra_top.append(f"填报单位： {unit}   填报日期： {reported:%Y-%m-%d}")
            elif L.meta == "unit_only":
                meta = f"单位名称：{unit}"
        body = [list(r) for r in rows]
        if L.serial:
            headers = ["序号", *headers]
            sub_headers = ["", *sub_headers] if sub_headers else None
            body = [[i + 1, *r] for i, r in enumerate(body)]
        if L.blank_rows and len(body) > 3:
            out = []
            for i, r in enumerate(body):
                out.append(r)
                if i == len(body) // 2:
                    out.append([None] * len(headers))
            body = out
        if L.repeat_header and len(body) > 4 and not sub_headers:
            mid = len(body) // 2
            body = body[:mid] + [list(headers)] + body[mid:]
        if totals is not None:
            row = (["合计"] + [None] * (len(headers) - 1))
            for i, v in enumerate(totals):
                if v is not None:
                    row[i + (1 if L.serial else 0)] = v
            body.append(row)
        footer = None
        bottom: list[str] = []
        if L.footer in ("sign", "both"):
            footer = "填表人：（合成）    审核人：（合成）    联系电话：0000-0000000"
        if L.footer in ("note", "both"):
            bottom.append("注：1. 本表由填报单位如实填写；2. 日期请按年月日填写。")
            bottom.append("说明：合成数据，仅供测试。")
        return SheetSpec(name, spec_title, meta, headers, body, footer, sub_headers, extra_top, bottom)


def _shuffle(cols: list[str], rng: random.Random) -> list[str]:
    cols = list(cols)
    rng.shuffle(cols)
    return cols


def _whole_months(start: dt.date, end: dt.date) -> int | None:
    for n in range(1, 37):
        if start + relativedelta(months=n) - dt.timedelta(days=1) == end:
            return n
    return None


def _duration_text(n: int) -> str:
    return {6: "半年", 12: "1年", 18: "一年半", 24: "2年"}.get(n, f"{n}个月")


class Corpus:
    """Builds every workbook of a corpus from the truth."""

    def __init__(self, truth: Truth, out_dir: Path, layouts: list[Layout], seed: int = 7):
        self.t = truth
        self.out = Path(out_dir)
        self.layouts = layouts
        self.rng = random.Random(seed)
        self.rows = form_rows(truth)
        self.files: list[Path] = []
        self.used: dict[str, int] = {}

    def _pick(self, form: str, i: int, allowed) -> Layout:
        cands = [L for L in self.layouts if allowed(L)] or [Layout("standard")]
        L = cands[i % len(cands)]
        self.used[L.name] = self.used.get(L.name, 0) + 1
        return L

    def save(self, rel: str, L: Layout, sheets: list[SheetSpec]) -> None:
        path = self.out / (rel + L.fmt)
        if L.fmt == ".csv":
            for k, sh in enumerate(sheets):
                p = path if len(sheets) == 1 else path.with_name(f"{path.stem}_{k + 1}.csv")
                write_sheets(p, [sh], encoding=L.encoding)
                self.files.append(p)
            return
        if L.instructions_sheet:
            sheets = [SheetSpec("填表说明", None, None, ["填表说明"], [["1. 请按实际情况填写。"], ["2. 日期格式：年月日。"]])] + sheets
        write_sheets(path, sheets)
        self.files.append(path)

    # ------------------------------------------------------------ forms
    def columns(self, form: str, L: Layout, drop: set[str]) -> list[str]:
        cols = [c for c in STANDARD_COLUMNS[form] if c not in drop]
        if L.title == "none" and L.meta == "none":
            # nothing names the reporting hospital: a flat export carries it in a column
            extra = {"deployments": "support_hospital_id", "trainees": "host_hospital_id"}.get(form, "recipient_hospital_id")
            if extra in forms()[form].fields and extra not in cols:
                cols.insert(0, extra)
        if L.shuffle:
            cols = _shuffle(cols, random.Random(sum(map(ord, form + L.name))))
        return cols

    def person_table(self, form: str, key: tuple, rows: list[dict], L: Layout, drop: set[str] = frozenset()) -> tuple[list[str], list[list], list[str] | None]:
        """Headers and cells for deployments/trainees, honouring the period style."""
        w = _Writer(self.t, L, self.rng)
        cols = self.columns(form, L, set(drop))
        period = L.period
        if period == "duration" and not all(_whole_months(r["start_date"], r["end_date"]) for r in rows):
            period = "two_cols"
        if period == "range" and L.fmt == ".csv" and L.date_style == "excel":
            period = "two_cols"
        headers, sub, body = [], [], [[] for _ in rows]
        for c in cols:
            if c == "end_date" and period in ("range", "duration"):
                continue
            if c == "start_date" and period == "range":
                headers.append("起止时间" if form == "deployments" else "进修起止时间")
                sub.append("")
                for b, r in zip(body, rows):
                    sep = self.rng.choice(["—", "至", "-", "~"])
                    b.append(f"{_dtext(r['start_date'], L)}{sep}{_dtext(r['end_date'], L)}")
                continue
            if c == "start_date" and period == "duration":
                headers += [w.header(form, "start_date"), "派驻时长" if form == "deployments" else "进修时长"]
                sub += ["", ""]
                for b, r in zip(body, rows):
                    b += [w.date(r["start_date"]), _duration_text(_whole_months(r["start_date"], r["end_date"]))]
                continue
            if c in ("start_date", "end_date") and period == "two_level":
                headers.append("派驻时间" if form == "deployments" else "进修时间")
                sub.append("起始" if c == "start_date" else "结束")
            else:
                headers.append(w.header(form, c))
                sub.append("")
            for b, r in zip(body, rows):
                b.append(w.cell(form, c, r))
        if L.extra_cols:
            headers += ["备注", "联系电话"]
            sub += ["", ""]
            for i, b in enumerate(body):
                b += ["无" if i % 2 else None, f"13{self.rng.randint(100000000, 999999999)}"]
        return headers, body, (sub if period == "two_level" else None)

    def simple_table(self, form: str, rows: list[dict], L: Layout, drop: set[str] = frozenset()) -> tuple[list[str], list[list], list | None]:
        w = _Writer(self.t, L, self.rng)
        cols = self.columns(form, L, set(drop))
        headers = [w.header(form, c) for c in cols]
        body = [[w.cell(form, c, r) for c in cols] for r in rows]
        totals = None
        if L.totals:
            totals = [sum(int(r[c]) for r in rows if r.get(c) is not None) if c in _SUMMABLE else None for c in cols]
            if not any(v is not None for v in totals):
                totals = None
        if L.extra_cols:
            headers += ["备注"]
            body = [b + ["—"] for b in body]
            totals = totals + [None] if totals else None
        return headers, body, totals

    def build(self) -> list[Path]:
        self.registry()
        self.rosters("deployments")
        self.rosters("trainees")
        self.recipient_forms()
        self.monthly("hospital_monthly_stats")
        self.monthly("staff_monthly_assessments")
        self.county()
        write_readme(self.out)
        return self.files

    def registry(self) -> None:
        L = Layout("standard")
        w = _Writer(self.t, L, self.rng)
        sheets = []
        for form in ("hospitals", "pairings"):
            rows = self.rows[form].groups[("", 0)]
            cols = STANDARD_COLUMNS[form]
            body = [[w.cell(form, c, r) if c != "recipient_hospital_id" else w.hospital(r[c]) for c in cols] for r in rows]
            sheets.append(w.frame(FORM_TITLES[form], f"{self.t.province}{FORM_TITLES[form]}（{SYNTHETIC_MARK}）", _COMMISSION,
                                  self.rows[form].reported[("", 0)], [w.header(form, c) for c in cols], body))
        self.save("reference/SYNTHETIC_医疗机构名册与对口支援关系", L, sheets)  # the reference folder: applied as registry and pairing list

    def rosters(self, form: str) -> None:
        fr = self.rows[form]
        for i, key in enumerate(sorted(fr.groups)):
            hid, year = key
            L = self._pick(form, i, lambda L: L.grouping in ("default", "single_sheet", "sections", "sheet_per_recipient", "title_target"))
            w = _Writer(self.t, L, self.rng)
            unit = self.t.hospital(hid).name
            reported = fr.reported[key]
            rows = fr.groups[key]
            title = f"{unit}{year}年度{FORM_TITLES[form]}（{SYNTHETIC_MARK}）"
            rel = f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}_{L.name}"
            if L.grouping == "title_target":
                # one sheet per recipient named 第N组; only the title says who receives them
                by_rec: dict[str, list[dict]] = {}
                for r in rows:
                    by_rec.setdefault(r["recipient_hospital_id"], []).append(r)
                sheets = []
                for k, (rec, rr) in enumerate(by_rec.items()):
                    headers, body, sub = self.person_table(form, key, rr, L, {"recipient_hospital_id"})
                    verb = "派驻" if form == "deployments" else "接收"
                    sheets.append(w.frame(f"第{k + 1}组", f"{unit}{verb}{w.hospital(rec)}{'人员名册' if form == 'deployments' else '进修人员'}"
                                          f"（{year}年，{SYNTHETIC_MARK}）", unit, reported, headers, body, sub))
                self.save(rel, L, sheets)
                continue
            if L.grouping in ("sections", "sheet_per_recipient") and L.fmt != ".csv":
                by_rec: dict[str, list[dict]] = {}
                for r in rows:
                    by_rec.setdefault(r["recipient_hospital_id"], []).append(r)
                if L.grouping == "sections":
                    # one table, a "受援医院：…" row above each recipient's people, no recipient column
                    plain = replace(L, serial=False)
                    headers, _, sub = self.person_table(form, key, rows[:1], plain, {"recipient_hospital_id"})
                    body: list[list] = []
                    for rec, rr in by_rec.items():
                        _, b, _ = self.person_table(form, key, rr, plain, {"recipient_hospital_id"})
                        body.append([f"受援医院：{w.hospital(rec)}"] + [None] * (len(headers) - 1))
                        body.extend(b)
                    spec = _Writer(self.t, plain, self.rng).frame(FORM_TITLES[form], title, unit, reported, headers, body, sub)
                    self.save(rel, L, [spec])
                else:
                    sheets = []
                    for rec, rr in by_rec.items():
                        headers, body, sub = self.person_table(form, key, rr, L, {"recipient_hospital_id"})
                        rec_name = w.hospital(rec)
                        what = f"派驻{rec_name}人员名册" if form == "deployments" else f"接收{rec_name}进修人员"
                        sheets.append(w.frame(rec_name[:31], f"{unit}{what}（{year}年，{SYNTHETIC_MARK}）", unit, reported,
                                              headers, body, sub))
                    self.save(rel, L, sheets)
                continue
            headers, body, sub = self.person_table(form, key, rows, L)
            self.save(rel, L, [w.frame(FORM_TITLES[form], title, unit, reported, headers, body, sub)])

    def recipient_forms(self) -> None:
        """Techniques and activities: per recipient-year, or a support hospital's book with a sheet per recipient."""
        for form in ("techniques", "activities"):
            fr = self.rows[form]
            keys = sorted(fr.groups)
            support_books: dict[tuple[str, int], list[tuple]] = {}
            for i, key in enumerate(keys):
                rec, year = key
                L = self._pick(form, i, lambda L: L.grouping in ("default", "single_sheet", "support_book"))
                sups = {r["support_hospital_id"] for r in fr.groups[key]}
                rows = fr.groups[key]
                sups = {r["support_hospital_id"] for r in rows}
                if L.grouping == "support_book" and len(sups) == 1 and L.fmt != ".csv":
                    support_books.setdefault((sups.pop(), year), []).append((key, L))
                    continue
                w = _Writer(self.t, L, self.rng)
                unit = self.t.hospital(rec).name
                title = f"{unit} {year}年度 {FORM_TITLES[form]}（{SYNTHETIC_MARK}）"
                if L.meta_pairs and len(sups) == 1:
                    sup = next(iter(sups))
                    headers, body, totals = self.simple_table(form, rows, L, {"recipient_hospital_id", "support_hospital_id"})
                    spec = w.frame(FORM_TITLES[form], title, None, None, headers, body, totals=totals)
                    spec.extra_top.insert(0, f"受援医院：{w.hospital(rec)}\u3000\u3000支援医院：{self.t.hospital(sup).name}\u3000\u3000年度：{year}年")
                    self.save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}_{L.name}", L, [spec])
                    continue
                headers, body, totals = self.simple_table(form, rows, L)
                self.save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}_{L.name}", L,
                          [w.frame(FORM_TITLES[form], title, unit, fr.reported[key], headers, body, totals=totals)])
            for (sup, year), items in sorted(support_books.items()):
                L = items[0][1]
                w = _Writer(self.t, L, self.rng)
                unit = self.t.hospital(sup).name
                sheets = []
                for key, _ in items:
                    rows = fr.groups[key]
                    headers, body, totals = self.simple_table(form, rows, L, {"recipient_hospital_id", "support_hospital_id"})
                    rec_name = w.hospital(key[0])
                    sheets.append(w.frame(rec_name[:31], f"{unit}对口支援{rec_name}{year}年{FORM_TITLES[form]}（{SYNTHETIC_MARK}）",
                                          unit, fr.reported[key], headers, body, totals=totals))
                self.save(f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}_{L.name}", L, sheets)

    def monthly(self, form: str) -> None:
        fr = self.rows[form]
        books: dict[tuple[str, int], list[int]] = {}
        for hid, year, month in fr.groups:
            books.setdefault((hid, year), []).append(month)
        wide_ok = form == "hospital_monthly_stats"
        for i, ((hid, year), months) in enumerate(sorted(books.items())):
            L = self._pick(form, i, lambda L: L.grouping in ("default", "single_sheet") or (wide_ok and L.grouping in ("wide", "vertical")))
            w = _Writer(self.t, L, self.rng)
            unit = self.t.hospital(hid).name
            rel = f"{year}/SYNTHETIC_{year}_{FORM_TITLES[form]}_{unit}_{L.name}"
            months = sorted(months)
            last_reported = max(fr.reported[(hid, year, m)] for m in months)
            if L.grouping == "wide":
                fields = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received", "referrals_down_received"]
                headers = ["指标"] + [f"{m}月" for m in range(1, 13)] + (["合计"] if L.totals else [])
                body = []
                for f in fields:
                    vals = {m: fr.groups[(hid, year, m)][0][f] for m in months}
                    row = [w.header(form, f)] + [w.number(f, vals.get(m)) for m in range(1, 13)]
                    if L.totals:
                        row.append(w.number(f, sum(vals.values())))
                    body.append(row)
                spec = w.frame(f"{year}年", f"{unit} {year}年 {FORM_TITLES[form]}（{SYNTHETIC_MARK}）", unit, last_reported, headers, body)
                spec.headers = headers if not L.serial else spec.headers
                if L.serial:  # no serial column in an indicator table
                    spec.headers = headers
                    spec.rows = [r[1:] for r in spec.rows]
                self.save(rel, L, [spec])
                continue
            if L.grouping == "vertical":
                sheets = []
                for m in months:
                    r = fr.groups[(hid, year, m)][0]
                    body = [[VERTICAL_LABELS[f], w.number(f, r[f]), None] for f in VERTICAL_LABELS]
                    sheets.append(_Writer(self.t, replace(L, serial=False), self.rng).frame(
                        f"{m}月", f"{unit}{year}年{m}月业务统计（{SYNTHETIC_MARK}）", None, None, ["项目", "数量", "备注"], body))
                self.save(rel, L, sheets)
                continue
            if L.meta_pairs and form == "staff_monthly_assessments" and L.fmt != ".csv":
                sheets = []
                for m in months:
                    rows = fr.groups[(hid, year, m)]
                    sups = {r["support_hospital_id"] for r in rows}
                    if len(sups) != 1:
                        headers, body, _ = self.simple_table(form, rows, replace(L, totals=False), {"recipient_hospital_id"})
                        sheets.append(w.frame(f"{m}月", f"{unit} {year}年{m}月 {FORM_TITLES[form]}（{SYNTHETIC_MARK}）", unit,
                                              fr.reported[(hid, year, m)], headers, body))
                        continue
                    headers, body, _ = self.simple_table(form, rows, replace(L, totals=False),
                                                         {"recipient_hospital_id", "support_hospital_id", "year", "month"})
                    spec = w.frame(f"{m}月", f"派驻人员月度考核表（{SYNTHETIC_MARK}）", None, None, headers, body)
                    spec.extra_top.insert(0, f"受援医院：{w.hospital(hid)}\u3000\u3000派出医院：{self.t.hospital(sups.pop()).name}"
                                             f"\u3000\u3000考核月份：{year}年{m}月")
                    sheets.append(spec)
                self.save(rel, L, sheets)
                continue
            if L.grouping == "single_sheet" or L.fmt == ".csv":
                rows = [r for m in months for r in fr.groups[(hid, year, m)]]
                drop = {"recipient_hospital_id"}
                if form == "staff_monthly_assessments":
                    headers, body, totals = self.simple_table(form, rows, replace(L, totals=False), drop)
                else:
                    headers, body, totals = self.simple_table(form, rows, L, drop)
                self.save(rel, L, [w.frame(FORM_TITLES[form], f"{unit} {year}年 {FORM_TITLES[form]}（{SYNTHETIC_MARK}）", unit,
                                           last_reported, headers, body, totals=totals)])
                continue
            sheets = []
            for m in months:
                rows = fr.groups[(hid, year, m)]
                headers, body, _ = self.simple_table(form, rows, replace(L, totals=False, extra_cols=False), {"recipient_hospital_id"})
                sheets.append(w.frame(f"{m}月", f"{unit} {year}年{m}月 {FORM_TITLES[form]}（{SYNTHETIC_MARK}）", unit,
                                      fr.reported[(hid, year, m)], headers, body))
            self.save(rel, L, sheets)

    def county(self) -> None:
        fr = self.rows["county_inpatient_stats"]
        for i, key in enumerate(sorted(fr.groups)):
            L = self._pick("county_inpatient_stats", i, lambda L: L.grouping in ("default", "single_sheet"))
            w = _Writer(self.t, L, self.rng)
            headers, body, totals = self.simple_table("county_inpatient_stats", fr.groups[key], L)
            if totals:
                totals = [None if h in (w.header("county_inpatient_stats", "year"),) else v for h, v in zip(headers, totals)]
            self.save(f"{key[1]}/SYNTHETIC_{key[1]}_{FORM_TITLES['county_inpatient_stats']}_{L.name}", L,
                      [w.frame(FORM_TITLES["county_inpatient_stats"], f"{self.t.province}{key[1]}年度县域住院流向统计（{SYNTHETIC_MARK}）",
                               _COMMISSION, fr.reported[key], headers, body, totals=totals)])


class YearBooks(Corpus):
    """The shape of a real national collection: one workbook per hospital per year.

    Each recipient sends one workbook (new techniques, activities, monthly statistics — months
    as columns or one sheet per month —, staff assessments) and each support hospital one
    (dispatched-staff roster, trainees); the registry and county statistics come from the
    commission. Layouts rotate per workbook; one recipient in ten sends loose CSV files instead.
    """

    def build(self) -> list[Path]:
        self.registry()
        self.county()
        books = [L for L in self.layouts if L.fmt != ".csv" and L.grouping in ("default", "single_sheet", "wide")]
        csvs = [L for L in self.layouts if L.fmt == ".csv"]
        rec_forms = ("techniques", "activities", "hospital_monthly_stats", "staff_monthly_assessments")
        recipients: dict[tuple[str, int], list[tuple[str, tuple]]] = {}
        for form in rec_forms:
            for key in self.rows[form].groups:
                recipients.setdefault((key[0], key[1]), []).append((form, key))
        for i, ((hid, year), items) in enumerate(sorted(recipients.items())):
            use_csv = csvs and i % 10 == 9
            L = csvs[i % len(csvs)] if use_csv else books[i % len(books)]
            self.used[L.name] = self.used.get(L.name, 0) + 1
            self.recipient_book(hid, year, items, L)
        supports: dict[tuple[str, int], list[str]] = {}
        for form in ("deployments", "trainees"):
            for key in self.rows[form].groups:
                supports.setdefault(key, []).append(form)
        for i, ((hid, year), forms_) in enumerate(sorted(supports.items())):
            L = books[(i + 3) % len(books)]
            self.used[L.name] = self.used.get(L.name, 0) + 1
            w = _Writer(self.t, L, self.rng)
            unit = self.t.hospital(hid).name
            sheets = []
            for form in forms_:
                key = (hid, year)
                headers, body, sub = self.person_table(form, key, self.rows[form].groups[key], L)
                sheets.append(w.frame(FORM_TITLES[form], f"{unit}{year}年度{FORM_TITLES[form]}（{SYNTHETIC_MARK}）", unit,
                                      self.rows[form].reported[key], headers, body, sub))
            self.save(f"{year}/support/SYNTHETIC_{year}_{unit}_{L.name}", L, sheets)
        write_readme(self.out)
        return self.files

    def recipient_book(self, hid: str, year: int, items: list[tuple[str, tuple]], L: Layout) -> None:
        w = _Writer(self.t, L, self.rng)
        unit = self.t.hospital(hid).name
        sheets: list[SheetSpec] = []
        monthly: dict[str, list[int]] = {}
        for form, key in items:
            if len(key) == 3:
                monthly.setdefault(form, []).append(key[2])
                continue
            headers, body, totals = self.simple_table(form, self.rows[form].groups[key], L)
            sheets.append(w.frame(FORM_TITLES[form], f"{unit} {year}年度 {FORM_TITLES[form]}（{SYNTHETIC_MARK}）", unit,
                                  self.rows[form].reported[key], headers, body, totals=totals))
        for form, months in monthly.items():
            fr = self.rows[form]
            months = sorted(months)
            rows = [r for m in months for r in fr.groups[(hid, year, m)]]
            last = max(fr.reported[(hid, year, m)] for m in months)
            if form == "hospital_monthly_stats" and L.grouping == "wide":
                fields = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received", "referrals_down_received"]
                headers = ["指标"] + [f"{m}月" for m in range(1, 13)]
                body = []
                for f in fields:
                    vals = {r["month"]: r[f] for r in rows}
                    body.append([w.header(form, f)] + [w.number(f, vals.get(m)) for m in range(1, 13)])
                spec = _Writer(self.t, replace(L, serial=False), self.rng).frame(
                    f"{year}年月报", f"{unit} {year}年 {FORM_TITLES[form]}（{SYNTHETIC_MARK}）", unit, last, headers, body)
                sheets.append(spec)
            else:
                headers, body, totals = self.simple_table(form, rows, replace(L, totals=False), {"recipient_hospital_id"})
                sheets.append(w.frame(FORM_TITLES[form], f"{unit} {year}年 {FORM_TITLES[form]}（{SYNTHETIC_MARK}）", unit, last,
                                      headers, body))
        if L.fmt == ".csv":
            for k, sh in enumerate(sheets):
                p = self.out / f"{year}/recipient/SYNTHETIC_{year}_{unit}_{k + 1}_{L.name}.csv"
                write_sheets(p, [sh], encoding=L.encoding)
                self.files.append(p)
            return
        self.save(f"{year}/recipient/SYNTHETIC_{year}_{unit}_{L.name}", L, sheets)


def write_year_books(truth: Truth, out_dir: Path, layouts: list[Layout] | None = None, seed: int = 7) -> tuple[list[Path], dict[str, int]]:
    """One workbook per hospital per year (the national benchmark's shape)."""
    c = YearBooks(truth, out_dir, layouts or LAYOUTS, seed)
    files = c.build()
    return files, c.used


_SUMMABLE = {"cases", "participants", "outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received",
             "referrals_down_received", "resident_admissions", "resident_admissions_outside_county"}


def _dtext(d: dt.date, L: Layout) -> str:
    style = L.date_style if L.date_style != "excel" else "dot"
    return {"dot": f"{d.year}.{d.month:02d}.{d.day:02d}", "cn": f"{d.year}年{d.month}月{d.day}日", "slash": f"{d:%Y/%m/%d}",
            "dash": f"{d:%Y-%m-%d}", "compact": f"{d:%Y%m%d}"}[style]


def write_corpus(truth: Truth, out_dir: Path, layouts: list[Layout] | None = None, seed: int = 7) -> tuple[list[Path], dict[str, int]]:
    """Write the truth as a corpus of varied layouts. Returns (files, uses per layout)."""
    c = Corpus(truth, out_dir, layouts or LAYOUTS, seed)
    files = c.build()
    return files, c.used

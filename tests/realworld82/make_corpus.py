"""realworld82 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岫省) for 2024: the pairing list in
data/raw/reference/ and fourteen submissions (folders 省直, 澄州市, 岚州市) carrying what Excel's own features leave in
a sheet a clerk sends: an AutoFilter left on (rows of other hospitals / counties filtered out), rows grouped and
collapsed with the outline under visible subtotals, an Excel Table (ListObject) with banded style and a Total Row,
frozen panes, cell comments (批注) a reader sees, data-validation drop-downs, hyperlinks on hospital names, rich-text
cells (fonts, colours, a struck-out old value), hidden and very-hidden sheets with last year's data, a manually hidden
row, a print area and repeated print titles — in xlsx (openpyxl), xls (xlwt) and ods (odfpy) where the format can
carry the feature, and CSV in GBK and UTF-8. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市,岚州市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid numbers, listed in truth.json).
Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
LINK = "http://hospital.example/"          # a reserved, fictional domain


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "澄岫省人民医院", "澄岫省中医院", "岚州市中心医院"
R1, R2, R3, R4, R5, R6 = ("蕖江县人民医院", "蕖江县中医医院", "杉溪县人民医院", "杉溪县妇幼保健院", "檀坪县人民医院",
                          "柳渡县人民医院")
RECIP = {R1: ("二级", "甲等", "综合医院", "蕖江县", "澄州市"), R2: ("二级", "乙等", "中医医院", "蕖江县", "澄州市"),
         R3: ("二级", "甲等", "综合医院", "杉溪县", "澄州市"), R4: ("二级", None, "妇幼保健院", "杉溪县", "澄州市"),
         R5: ("二级", "乙等", "综合医院", "檀坪县", "岚州市"), R6: ("二级", "甲等", "综合医院", "柳渡县", "岚州市")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19710412", "013"), "gu": ("990101", "19790825", "034"), "fang": ("990102", "19850117", "026"),
    "tang": ("990101", "19880930", "041"), "qiao": ("990103", "19900308", "057"), "xia": ("990104", "19860521", "062"),
    "su": ("990104", "19770609", "015"), "mo": ("990104", "19891122", "038"), "he": ("990105", "19920214", "027"),
    "zhou": ("990201", "19760718", "019"), "yan": ("990201", "19871003", "046"), "lu": ("990202", "19700126", "031"),
    "yu": ("990202", "19830405", "058"), "cheng": ("990203", "19910819", "024"), "wen": ("990111", "19900611", "035"),
    "ke": ("990111", "19930224", "048"), "ning": ("990112", "19890713", "021"), "bao": ("990113", "19920905", "064"),
    "shi": ("990113", "19941128", "017"), "old1": ("990101", "19680302", "052"), "old2": ("990104", "19810916", "073"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def link(cell, name):
    cell.hyperlink = LINK + str(abs(hash_name(name)))
    cell.font = Font(color="0563C1", underline="single")


def hash_name(name: str) -> int:       # deterministic (Python's hash() of str is salted per process)
    return sum(ord(c) * (i + 1) for i, c in enumerate(name))


def cache_values(path: Path, sheet_xml: str, values: dict):
    """Excel saves a formula with its last result; openpyxl writes none. Put the result a clerk's Excel would have
    stored into each formula cell (``values``: cell ref → number), so the file is as Excel leaves it. (No library
    writes cached results; the sheet XML is edited in place.)"""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == sheet_xml:
                text = data.decode("utf-8")
                for ref, v in values.items():
                    text, n = re.subn(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v ?/>', rf"\g<1><v>{v}</v>", text)
                    assert n == 1, (sheet_xml, ref)
                data = text.encode("utf-8")
            z.writestr(info, data)


def print_setup(ws, area, titles="1:2"):
    ws.print_area = area
    ws.print_title_rows = titles


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: hyperlinks on every hospital name, frozen panes, repeated print titles, an AutoFilter with no criteria
    (only the buttons), drop-downs on 级别 / 类别, a comment on a date; 支援期限 blank (→ the title's 2024—2026年) but
    for one pairing."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄岫省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在市", "所在县（市、区）", "支援医院", "协议签订日期",
               "支援期限"])
    pairs = [(R1, S1, dt.date(2023, 12, 15), None), (R2, S2, dt.date(2023, 12, 15), None),
             (R3, S1, dt.date(2024, 1, 18), "2024-3-1~2027-2-28"), (R4, S3, dt.date(2023, 12, 22), None),
             (R5, S3, dt.date(2023, 12, 22), None), (R6, S3, dt.date(2023, 12, 22), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county, city = RECIP[r]
        ws.append([i, r, level, grade, cat, city, county, s, ag, per])
        n = ws.max_row
        link(ws.cell(n, 2), r)
        link(ws.cell(n, 8), s)
        ws.cell(n, 9).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.cell(7, 9).comment = Comment("以双方盖章日期为准", "省卫健委医政处")
    last = ws.max_row
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    dv = DataValidation(type="list", formula1='"三级,二级,一级,未定级"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"C3:C{last}")
    dv2 = DataValidation(type="list", formula1='"综合医院,中医医院,妇幼保健院,乡镇卫生院"', allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"E3:E{last}")
    ws.auto_filter.ref = f"A2:J{last}"
    ws.freeze_panes = "C3"
    print_setup(ws, f"A1:J{last + 1}")
    wb.save(path)
    for r, (level, grade, cat, county, _city) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster_table(path: Path):
    """省人民医院: the roster is an Excel Table (ListObject, TableStyleMedium9, banded rows) with a Total Row (汇总 |
    =SUBTOTAL(103,…)); frozen panes; a drop-down list on 职称 and 派驻医院 from a hidden sheet 下拉选项; hyperlinks on
    派驻医院; rich text in one 职称 cell (副主任 red bold + 医师); a comment (批注) on a name saying the person was
    recalled early and when; an end date written as rich text with the old date struck out and the new one after it;
    an ID with a wrong check digit; a very-hidden sheet 2023年名册 with last year's roster; print area and titles."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岫省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始日期", "派驻结束日期", "备注"]
    ws.append(hdr)
    wrong = ID["qiao"][:17] + ("0" if ID["qiao"][17] != "0" else "1")
    red_bold = InlineFont(b=True, color="FF0000")
    struck = InlineFont(strike=True, color="808080")
    people = [
        ("lin", "林砚秋", None, "心血管内科", "主任医师", R1, dt.date(2024, 3, 4), dt.date(2024, 9, 3),
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ID["lin"]),
        ("gu", "顾闻笙", None, "普外科", CellRichText([TextBlock(red_bold, "副主任"), "医师"]), R1,
         dt.date(2024, 3, 4), dt.date(2024, 9, 3),
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ID["gu"]),
        ("fang", "方以宁", None, "护理部", "主管护师", R3, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
         dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 6, 28)), ID["fang"]),
        ("tang", "唐疏影", None, "麻醉科", "主治医师", R3, dt.date(2024, 7, 1),
         CellRichText([TextBlock(struck, "2024-12-31"), " ", TextBlock(InlineFont(color="FF0000"), "2025-01-15")]),
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2025, 1, 15)), ID["tang"]),
        ("qiao", "乔知白", wrong, "儿科", "主治医师", R1, dt.date(2024, 9, 2), dt.date(2025, 3, 1),
         dep("儿科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1)), wrong),
    ]
    for i, (key, name, sp, dept, title, rec, start, end, f, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, rec, start, end, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        link(ws.cell(r, 6), rec)
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if key == "fang":   # the remark a reader sees on hovering the name: recalled early, on a given day
            ws.cell(r, 2).comment = Comment("已调回，实际于2024年6月28日返回", "医务部")
            finding(fn, r, "END_FROM_REMARK")
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
    last = ws.max_row
    ws.append(["汇总", "=SUBTOTAL(103,派驻人员[姓名])"] + [None] * 7)
    total = ws.max_row
    tab = Table(displayName="派驻人员", ref=f"A2:I{total}", totalsRowCount=1)
    tab.tableColumns = [TableColumn(id=i + 1, name=h) for i, h in enumerate(hdr)]
    tab.tableColumns[0].totalsRowLabel = "汇总"
    tab.tableColumns[1].totalsRowFunction = "count"
    tab.autoFilter = AutoFilter(ref=f"A2:I{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True, showColumnStripes=False,
                                        showFirstColumn=False, showLastColumn=False)
    ws.add_table(tab)
    ws.append([])
    ws.append(["制表：医务部", None, None, None, None, "2025年1月8日"])
    ws.freeze_panes = "C3"
    print_setup(ws, f"A1:I{total}")
    opts = wb.create_sheet("下拉选项")
    for i, t in enumerate(["主任医师", "副主任医师", "主治医师", "住院医师", "主任护师", "副主任护师", "主管护师",
                           "护师"], 1):
        opts.cell(i, 1, t)
    for i, h in enumerate([R1, R3], 1):
        opts.cell(i, 2, h)
    opts.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="下拉选项!$A$1:$A$8", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"E3:E{last}")
    dv2 = DataValidation(type="list", formula1="下拉选项!$B$1:$B$2", allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"F3:F{last}")
    old = wb.create_sheet("2023年名册")     # last year's roster, very hidden: not data
    old.append([f"澄岫省人民医院2023年对口支援派驻人员名册（{SYN}）"])
    old.append(hdr)
    old.append([1, "林砚秋", use_id("lin"), "心血管内科", "副主任医师", R1, dt.date(2023, 3, 6), dt.date(2023, 9, 5)])
    old.append([2, "严守一", use_id("old1"), "骨科", "主任医师", R3, dt.date(2023, 4, 3), dt.date(2023, 10, 2)])
    for r in (3, 4):
        old.cell(r, 3).number_format = "@"
        old.cell(r, 7).number_format = old.cell(r, 8).number_format = "yyyy-mm-dd"
    old.sheet_state = "veryHidden"
    wb.save(path)
    cache_values(path, "xl/worksheets/sheet1.xml", {f"B{total}": len(people)})


def f_s2_roster_xls(path: Path):
    """省中医院 (.xls, xlwt): frozen panes under the header; a name written as rich text (surname bold); a row hidden
    by hand (a person who did not go: 备注 未成行); a 15-digit ID; a very-hidden sheet 2023 with last year's list."""
    fn, sh = path.name, "派驻名单"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_st = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    text_st = xlwt.easyxf(num_format_str="@")
    bold = xlwt.easyxf("font: bold on, colour red").font
    ws.write(0, 0, f"澄岫省中医院2024年派驻蕖江县中医医院人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "受援医院", "开始时间", "结束时间", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    s = ID["su"]
    fifteen = s[:6] + s[8:14] + s[14:17]
    people = [("xia", "夏听澜", None, "针灸科", "主治中医师", dt.date(2024, 3, 11), dt.date(2024, 9, 10), None,
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 11), d(2024, 9, 10))),
              ("su", "苏见微", fifteen, "脾胃病科", "副主任中医师", dt.date(2024, 3, 11), dt.date(2024, 9, 10), None,
               dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 3, 11), d(2024, 9, 10))),
              ("mo", "莫问川", None, "骨伤科", "主治中医师", dt.date(2024, 3, 11), dt.date(2024, 9, 10), "未成行",
               None),
              ("he", "何栖梧", None, "康复科", "主管技师", dt.date(2024, 9, 2), dt.date(2025, 3, 1), None,
               dep("康复科", "主管技师", "中级", "医技", d(2024, 9, 2), d(2025, 3, 1)))]
    r, n = 2, 0
    for key, name, sp, dept, title, start, end, remark, f in people:
        if f is not None:
            n += 1
        ws.write(r, 0, n if f is not None else None)
        if key == "xia":
            ws.write_rich_text(r, 1, [(name[0], bold), name[1:]])
        else:
            ws.write(r, 1, name)
        ws.write(r, 2, use_id(key, sp), text_st)
        for j, v in enumerate([dept, title, R2], 3):
            ws.write(r, j, v)
        ws.write(r, 6, start, date_st)
        ws.write(r, 7, end, date_st)
        if remark:
            ws.write(r, 8, remark)
        if f is None:          # hidden by hand: the person who did not go — not data
            ws.row(r).hidden = True
        else:
            row("deployments", fn, sh, r + 1, f, {"support_hospital_id": S2, "recipient_hospital_id": R2},
                ["start_date", "department"], id_number=ID[key])
            if sp == fifteen:
                finding(fn, r + 1, "ID_15_DIGIT")
        r += 1
    ws.write(r + 1, 0, "填表人：医务处")
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(2)
    ws.set_vert_split_pos(0)
    old = wb.add_sheet("2023")
    old.write(0, 0, f"澄岫省中医院2023年派驻人员名单（{SYN}）")
    for j, h in enumerate(hdr):
        old.write(1, j, h)
    for j, v in enumerate([1, "温如故", use_id("old2"), "针灸科", "主治中医师", R2]):
        old.write(2, j, v, text_st if j == 2 else xlwt.Style.default_style)
    old.write(2, 6, dt.date(2023, 3, 6), date_st)
    old.write(2, 7, dt.date(2023, 9, 5), date_st)
    old.visibility = 2        # very hidden
    wb.save(str(path))


def f_county_filter(path: Path):
    """省卫健委: the counties' inpatient flow with an AutoFilter left on 所属市 = 岚州市: 澄州市's two counties are
    filtered out (hidden rows of the filter — data, the filter is a view: docs/intake.md); frozen panes; a 合计 row of
    =SUBTOTAL formulas below the filter range; print titles."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岫省2024年各县县域住院流向统计（{SYN}）"])
    ws.append(["序号", "所属市", "县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    counties = [("澄州市", "蕖江县", "999101", 41250, 7320), ("澄州市", "杉溪县", "999102", 30416, 5874),
                ("岚州市", "檀坪县", "999201", 22780, 4391), ("岚州市", "柳渡县", "999202", 26035, 4102)]
    for i, (city, county, code, tot, out) in enumerate(counties, 1):
        ws.append([i, city, county, code, tot, out])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        if city != "岚州市":
            ws.row_dimensions[r].hidden = True
        row("county_inpatient_stats", fn, sh, r, dict(county_code=code, year=2024, resident_admissions=tot,
                                                      resident_admissions_outside_county=out), {}, ["county_code"])
    last = ws.max_row
    ws.auto_filter.ref = f"A2:F{last}"
    ws.auto_filter.add_filter_column(1, ["岚州市"])
    ws.append(["合计", None, None, None, f"=SUBTOTAL(109,E3:E{last})", f"=SUBTOTAL(109,F3:F{last})"])
    ws.append(["注：数据虚构，仅供测试。"])
    ws.freeze_panes = "A3"
    print_setup(ws, f"A1:F{last + 2}")
    wb.save(path)
    visible = [c for c in counties if c[0] == "岚州市"]      # SUBTOTAL(109, …) adds the rows the filter shows
    cache_values(path, "xl/worksheets/sheet1.xml", {f"E{last + 1}": sum(c[3] for c in visible),
                                                    f"F{last + 1}": sum(c[4] for c in visible)})


def f_s1_trainees_table(path: Path):
    """省人民医院 receiving trainees: an Excel Table with banded columns and no Total Row; frozen panes; hyperlinks on
    选派单位; a drop-down 是/否 on 是否结业; a fee written as rich text ("3000" black, "元" grey); a harmless comment."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岫省人民医院2024年接收对口支援医院进修人员登记表（{SYN}）"])
    hdr = ["序号", "姓名", "身份证号", "选派单位", "进修科室", "进修开始", "进修结束", "进修费用", "是否结业"]
    ws.append(hdr)
    grey = InlineFont(color="808080", sz=9)
    people = [("ning", "宁采薇", R1, "心血管内科", dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               CellRichText(["3000", TextBlock(grey, "元")]), "是", 3000.0, True),
              ("bao", "包少游", R3, "重症医学科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3000, "是", 3000.0, True),
              ("shi", "石青崖", R3, "超声科", dt.date(2024, 9, 1), dt.date(2025, 2, 28), 0, "否", 0.0, False)]
    for i, (key, name, rec, dept, s, e, fee, done, feev, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), rec, dept, s, e, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        link(ws.cell(r, 4), rec)
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=feev, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
        if key == "shi":
            ws.cell(r, 9).comment = Comment("进修至2025年2月底，结业考核未进行", "科教部")
    last = ws.max_row
    tab = Table(displayName="进修人员", ref=f"A2:I{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=False, showColumnStripes=True)
    ws.add_table(tab)
    dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"I3:I{last}")
    ws.freeze_panes = "C3"
    wb.save(path)


# ------------------------------------------------------------------------------------------- ods helper
def ods_doc(path, sheets):
    """sheets: [(name, rows, opts)] → an .ods (odfpy). opts: hidden (the sheet), hidden_rows (0-based indices,
    table:visibility="collapse"), notes {(r, c): text} (office:annotation), dates (cells given as dt.date)."""
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import Table as OTable
    from odf.table import TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    hidden_style = Style(name="taHidden", family="table")
    hidden_style.addElement(TableProperties(display="false"))
    doc.automaticstyles.addElement(hidden_style)
    for name, rows, opts in sheets:
        t = OTable(name=name, stylename=hidden_style) if opts.get("hidden") else OTable(name=name)
        for i, vals in enumerate(rows):
            tr = TableRow(visibility="collapse") if i in opts.get("hidden_rows", ()) else TableRow()
            for j, v in enumerate(vals):
                if isinstance(v, bool):
                    raise TypeError(v)
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    text = f"{v:g}"
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    text = v.isoformat()
                elif v is None:
                    c = TableCell()
                    text = None
                else:
                    c = TableCell(valuetype="string")
                    text = v
                note = opts.get("notes", {}).get((i, j))
                if note:
                    a = Annotation()
                    a.addElement(P(text=note))
                    c.addElement(a)
                if text is not None:
                    c.addElement(P(text=text))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- 澄州市
def f_r1_monthly_outline(path: Path):
    """蕖江县人民医院: twelve months grouped by quarter with the outline (summary rows below the detail); the first two
    quarters collapsed (their months hidden under the visible 第一季度小计 / 第二季度小计 — data: the outline is a
    view, like a filter), the last two expanded; 全年合计; frozen panes; print titles."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"蕖江县人民医院2024年主要业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    year = [0, 0, 0, 0]
    for q in range(4):
        first = ws.max_row + 1
        qsum = [0, 0, 0, 0]
        for m in range(3 * q + 1, 3 * q + 4):
            v = [18400 + 230 * m + (m % 3) * 57, 1310 + 21 * m, 305 + 6 * m, 52 - 2 * m]
            ws.append([f"{m}月", *v])
            qsum = [a + b for a, b in zip(qsum, v)]
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": R1}, ["month"])
        ws.row_dimensions.group(first, ws.max_row, outline_level=1, hidden=q < 2)
        ws.append([f"第{'一二三四'[q]}季度小计", *qsum])
        if q < 2:
            ws.row_dimensions[ws.max_row].collapsed = True
        year = [a + b for a, b in zip(year, qsum)]
    ws.append(["全年合计", *year])
    ws.sheet_properties.outlinePr.summaryBelow = True
    ws.freeze_panes = "B3"
    print_setup(ws, f"A1:E{ws.max_row}")
    wb.save(path)


def f_r4_monthly_ods(path: Path):
    """杉溪县妇幼保健院 (.ods): July–December; the first 9月 line (draft figures) hidden by hand above the corrected
    visible 9月 (not data); an annotation on a cell; a hidden sheet 2023年下半年 with last year's figures."""
    fn, sh = path.name, "7-12月"
    rows = [[f"杉溪县妇幼保健院2024年7—12月业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    hidden, notes = set(), {}
    for m in range(7, 13):
        v = [7200 + 110 * m, 460 + 7 * m, 96 + m, 18 - m // 2, 4 + m % 3]
        if m == 9:      # the draft line, hidden
            rows.append(["9月", 7900, 499, 101, 9, 2])
            hidden.add(len(rows) - 1)
        rows.append([f"{m}月", *v])
        if m == 10:
            notes[(len(rows) - 1, 1)] = "含儿童保健门诊人次"
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R4}, ["month"])
    rows.append(["填报人：统计室", None, None, "2025年1月6日"])
    old = [[f"杉溪县妇幼保健院2023年7—12月业务量统计（{SYN}）"],
           ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    old += [[f"{m}月", 6900 + 100 * m, 440 + 6 * m, 90 + m, 20 - m // 2, 3] for m in range(7, 13)]
    ods_doc(path, [(sh, rows, {"hidden_rows": hidden, "notes": notes}), ("2023年下半年", old, {"hidden": True})])


def f_r2_trainees_csv(path: Path):
    """蕖江县中医医院: CSV in GBK (CRLF), saved from an Excel Table with its Total Row (汇总 | 3 at the end); a title
    line; one trainee without an ID number."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"蕖江县中医医院2024年赴澄岫省中医院进修人员（{SYN}）", "", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "科室", "进修单位", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("wen", "温以南", "内科", d(2024, 3, 4), d(2024, 8, 31), "3000", "是", 3000.0, True),
              ("ke", "柯时雨", "针灸科", d(2024, 3, 4), d(2024, 8, 31), "2500", "是", 2500.0, True),
              (None, "鲁半夏", "护理部", d(2024, 9, 2), d(2024, 12, 31), "0", "否", 0.0, False)]
    r = 2
    for i, (key, name, dept, s, e, fee, done, feev, donev) in enumerate(people, 1):
        w.writerow([i, name, use_id(key) if key else "", dept, S2, s, e, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": R2, "host_hospital_id": S2}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    w.writerow(["汇总", "3", "", "", "", "", "", "5500", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r3_techniques(path: Path):
    """杉溪县人民医院: technique names in rich text (a part in blue), a 是/否 drop-down on 是否填补县域空白 with the
    是 in red bold rich text, hyperlinks on 帮扶单位, a comment on a count (harmless), "约50例" (→ empty + finding);
    frozen panes."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"杉溪县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "帮扶单位"])
    blue = InlineFont(color="0000FF")
    items = [(CellRichText(["经皮冠状动脉介入治疗", TextBlock(blue, "(PCI)")]), "经皮冠状动脉介入治疗(PCI)", "心内科",
              dt.date(2024, 4, 10), 12, CellRichText([TextBlock(InlineFont(b=True, color="FF0000"), "是")]), 12, True),
             ("腹腔镜胆囊切除术", "腹腔镜胆囊切除术", "普外科", dt.date(2024, 5, 20), 30, "否", 30, False),
             ("无痛胃肠镜", "无痛胃肠镜", "消化内科", dt.date(2024, 6, 3), "约50例", "是", None, True)]
    for i, (cell, name, dept, day, cases, gap, casesv, gapv) in enumerate(items, 1):
        ws.append([i, cell, dept, day, cases, gap, S1])
        r = ws.max_row
        ws.cell(r, 4).number_format = "yyyy-mm-dd"
        link(ws.cell(r, 7), S1)
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                           cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
        if casesv == 30:
            ws.cell(r, 5).comment = Comment("统计截至2024年11月底", "医务科")
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    last = ws.max_row
    dv = DataValidation(type="list", formula1='"是,否"', allow_blank=True, showErrorMessage=True,
                        error="请从下拉列表中选择", errorTitle="输入有误")
    ws.add_data_validation(dv)
    dv.add(f"F3:F{last}")
    ws.append(["填报人：医务科", None, None, "审核：", None, "2025年1月10日"])
    ws.freeze_panes = "B3"
    wb.save(path)


# ------------------------------------------------------------------------------------------- 岚州市
def f_s3_activities_filter(path: Path):
    """市中心医院: activities for three recipients with an AutoFilter left on 受援单位 = 檀坪县人民医院 — the other two
    recipients' rows are filtered out (data: the filter is a view); hyperlinks on 受援单位; frozen panes; "约40人"."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚州市中心医院2024年对口帮扶活动登记（{SYN}）"])
    ws.append(["序号", "活动日期", "受援单位", "活动类型", "活动主题", "参加人数"])
    acts = [(dt.date(2024, 3, 15), R5, "学术讲座", "高血压规范化管理", 45, 45),
            (dt.date(2024, 4, 11), R4, "教学查房", "新生儿黄疸查房", 12, 12),
            (dt.date(2024, 4, 18), R5, "手术示教", "腹腔镜阑尾切除术", "约40人", None),
            (dt.date(2024, 5, 9), R6, "疑难病例讨论", "多发伤救治", 18, 18),
            (dt.date(2024, 6, 20), R5, "义诊", "慢病义诊进社区", 120, 120),
            (dt.date(2024, 7, 4), R6, "技术培训", "院前急救培训", 36, 36)]
    for i, (day, rec, typ, topic, n, nv) in enumerate(acts, 1):
        ws.append([i, day, rec, typ, topic, n])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
        link(ws.cell(r, 3), rec)
        if rec != R5:
            ws.row_dimensions[r].hidden = True
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    last = ws.max_row
    ws.auto_filter.ref = f"A2:F{last}"
    ws.auto_filter.add_filter_column(2, [R5])
    ws.freeze_panes = "A3"
    wb.save(path)


def f_r5_assessments(path: Path):
    """檀坪县人民医院: July's assessment of the dispatched staff; drop-downs on 考核等次 (list) and 考核分数 (decimal
    0–100); a comment on a name (leave taken — harmless); frozen panes; print area and titles; a very-hidden sheet
    2023年7月 with last year's scores."""
    fn, sh = path.name, "7月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"檀坪县人民医院2024年7月派驻人员考核表（{SYN}）"])
    hdr = ["序号", "姓名", "身份证号", "派出单位", "考核分数", "在岗抽查次数", "在岗次数", "考核等次"]
    ws.append(hdr)
    for i, (key, name, sc, checks, present, grade) in enumerate([("zhou", "周望舒", 95.5, 4, 4, "优秀"),
                                                                 ("yan", "颜若溪", 92, 4, 3, "合格")], 1):
        ws.append([i, name, use_id(key), S3, sc, checks, present, grade])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        if key == "yan":
            ws.cell(r, 2).comment = Comment("7月15日至19日请假，已批准", "医务科")
        row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=7, score=float(sc), spot_checks=checks,
                                                          spot_checks_present=present),
            {"recipient_hospital_id": R5}, ["month"], id_number=ID[key])
    last = ws.max_row
    dv = DataValidation(type="list", formula1='"优秀,合格,基本合格,不合格"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H3:H{last}")
    dv2 = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"E3:E{last}")
    ws.append(["考核人：院办", None, None, "2024年8月2日"])
    ws.freeze_panes = "C3"
    print_setup(ws, f"A1:H{last}")
    old = wb.create_sheet("2023年7月")
    old.append([f"檀坪县人民医院2023年7月派驻人员考核表（{SYN}）"])
    old.append(hdr)
    old.append([1, "周望舒", use_id("zhou"), S3, 90, 4, 4, "合格"])
    old.cell(3, 3).number_format = "@"
    old.sheet_state = "veryHidden"
    wb.save(path)


def f_r6_monthly_xls(path: Path):
    """柳渡县人民医院 (.xls, xlwt): January–June grouped by quarter with the outline; the first quarter collapsed (its
    months hidden under the visible 一季度合计), the second expanded; frozen panes."""
    fn, sh = path.name, "上半年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"柳渡县人民医院2024年1—6月业务量（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    r = 2
    for q in range(2):
        qsum = [0, 0, 0, 0]
        for m in range(3 * q + 1, 3 * q + 4):
            v = [13150 + 190 * m, 980 + 13 * m, 212 + 4 * m, 37 - m]
            ws.write(r, 0, f"{m}月")
            for j, x in enumerate(v, 1):
                ws.write(r, j, x)
            ws.row(r).level = 1
            ws.row(r).hidden = q == 0
            qsum = [a + b for a, b in zip(qsum, v)]
            row("hospital_monthly_stats", fn, sh, r + 1,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": R6}, ["month"])
            r += 1
        ws.write(r, 0, f"{'一二'[q]}季度合计")
        for j, x in enumerate(qsum, 1):
            ws.write(r, j, x)
        ws.row(r).collapse = q == 0
        r += 1
    ws.write(r + 1, 0, "统计：病案统计室")
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(2)
    ws.set_vert_split_pos(1)
    wb.save(str(path))


def f_s3_roster_ods(path: Path):
    """市中心医院 (.ods): a roster for three recipients; an annotation on a name (本批队长 — a role in the team,
    harmless); a row hidden by hand (备注 重复录入); a hidden sheet 2023年 with last year's roster."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"岚州市中心医院2024年对口支援派驻人员名册（{SYN}）"],
            ["序号", "姓名", "身份证号", "派驻单位", "科室", "职称", "开始日期", "结束日期", "备注"]]
    people = [("zhou", "周望舒", R5, "内科", "副主任医师", dt.date(2024, 3, 1), dt.date(2024, 8, 31), None,
               dep("内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("yan", "颜若溪", R5, "妇产科", "主治医师", dt.date(2024, 3, 1), dt.date(2024, 8, 31), None,
               dep("妇产科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("lu", "陆沉舟", R6, "骨科", "主任医师", dt.date(2024, 5, 6), dt.date(2024, 11, 5), None,
               dep("骨科", "主任医师", "正高级", "医疗", d(2024, 5, 6), d(2024, 11, 5))),
              ("yu", "余照夜", R4, "儿科", "主治医师", dt.date(2024, 6, 3), dt.date(2024, 12, 2), "重复录入", None),
              ("cheng", "程晚晴", R4, "儿科", "主管护师", dt.date(2024, 6, 3), dt.date(2024, 12, 2), None,
               dep("儿科", "主管护师", "中级", "护理", d(2024, 6, 3), d(2024, 12, 2)))]
    hidden, notes, n = set(), {}, 0
    for key, name, rec, dept, title, s, e, remark, f in people:
        if f is not None:
            n += 1
        rows.append([n if f is not None else None, name, use_id(key), rec, dept, title, s, e, remark])
        i = len(rows) - 1
        if f is None:
            hidden.add(i)
            continue
        if key == "lu":
            notes[(i, 1)] = "本批队长"
        row("deployments", fn, sh, i + 1, f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    rows.append(["制表：医务科", None, None, None, None, None, "2025年1月5日"])
    old = [[f"岚州市中心医院2023年对口支援派驻人员名册（{SYN}）"], rows[1],
           [1, "周望舒", use_id("zhou"), R5, "内科", "副主任医师", dt.date(2023, 3, 1), dt.date(2023, 8, 31), None]]
    ods_doc(path, [(sh, rows, {"hidden_rows": hidden, "notes": notes}), ("2023年", old, {"hidden": True})])


def f_r5_techniques_csv(path: Path):
    """檀坪县人民医院: CSV in UTF-8 with BOM (LF), a title line, 技术来源 naming the support hospital, a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"檀坪县人民医院2024年新技术新项目（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源"])
    r = 2
    for i, (name, dept, day, cases, gap, gapv) in enumerate([("血液透析", "肾内科", d(2024, 4, 15), 210, "是", True),
                                                            ("关节镜下半月板修复术", "骨科", d(2024, 7, 8), 9, "是",
                                                             True)], 1):
        w.writerow([i, name, dept, day, cases, gap, S3])
        r += 1
        row("techniques", fn, None, r, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                             fills_county_gap=gapv),
            {"recipient_hospital_id": R5, "support_hospital_id": S3}, ["name"])
    w.writerow(["合计", "2项", "", "", "219", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_s2_activities_ods(path: Path):
    """省中医院 (.ods): activities at 蕖江县中医医院; an annotation on a headcount (harmless); a hidden sheet 字典 with the
    drop-down options."""
    fn, sh = path.name, "活动登记"
    rows = [[f"澄岫省中医院2024年对口支援活动登记表（{SYN}）"], ["日期", "受援医院", "活动形式", "内容", "参加人数"]]
    notes = {}
    for day, typ, topic, n in ((dt.date(2024, 3, 20), "学术讲座", "中医适宜技术推广", 60),
                               (dt.date(2024, 5, 16), "教学查房", "中风病查房", 15),
                               (dt.date(2024, 8, 22), "远程会诊", "疑难病例远程会诊", 6)):
        rows.append([day, R2, typ, topic, n])
        if n == 60:
            notes[(len(rows) - 1, 4)] = "含乡镇卫生院人员"
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["activity_date"])
    rows.append(["填报：医务处", None, None, "2025年1月7日"])
    opts = [["活动形式"], ["学术讲座"], ["教学查房"], ["手术示教"], ["远程会诊"], ["义诊"]]
    ods_doc(path, [(sh, rows, {"notes": notes}), ("字典", opts, {"hidden": True})])


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澄州市", "岚州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岫省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_roster_table, "省直", "SYNTHETIC_省人民医院派驻人员名册2024（表格）.xlsx"),
             (f_s2_roster_xls, "省直", "SYNTHETIC_省中医院派驻人员名单2024.xls"),
             (f_county_filter, "省直", "SYNTHETIC_各县县域住院流向2024（筛选）.xlsx"),
             (f_s1_trainees_table, "省直", "SYNTHETIC_省人民医院接收进修人员2024.xlsx"),
             (f_s2_activities_ods, "省直", "SYNTHETIC_省中医院对口支援活动2024.ods"),
             (f_r1_monthly_outline, "澄州市", "SYNTHETIC_蕖江县人民医院业务量2024（分组）.xlsx"),
             (f_r4_monthly_ods, "澄州市", "SYNTHETIC_杉溪县妇幼保健院业务量7-12月.ods"),
             (f_r2_trainees_csv, "澄州市", "SYNTHETIC_蕖江县中医医院进修人员2024.csv"),
             (f_r3_techniques, "澄州市", "SYNTHETIC_杉溪县人民医院新技术2024.xlsx"),
             (f_s3_activities_filter, "岚州市", "SYNTHETIC_岚州市中心医院帮扶活动2024（筛选）.xlsx"),
             (f_r5_assessments, "岚州市", "SYNTHETIC_檀坪县人民医院派驻人员考核2024年7月.xlsx"),
             (f_r6_monthly_xls, "岚州市", "SYNTHETIC_柳渡县人民医院业务量1-6月.xls"),
             (f_s3_roster_ods, "岚州市", "SYNTHETIC_岚州市中心医院派驻人员名册2024.ods"),
             (f_r5_techniques_csv, "岚州市", "SYNTHETIC_檀坪县人民医院新技术2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

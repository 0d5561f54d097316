"""realworld17 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024: the pairing list in
data/raw/reference/ and twelve submissions as a province's data manager receives them — most of them filled in by
the RECIPIENT side (受援方填报: who came to us, what we were taught, whom we sent up to train), township health
centres' monthly returns one sheet per township, a county inpatient-flow cross-tab with the years in columns, an
Excel 97 .xls, CSVs in GB18030 (names outside GBK), GBK and UTF-8 without BOM. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,柳陂县（2025.1.8收）,芷阳县-邮件附件,省卫健委统计信息中心}/…,
                                  OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid numbers, listed in truth.json).
Written as an outsider, without reading the tool's parser.
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- the province
SP, STCM, FZC, FZMCH = "霁川省人民医院", "霁川省中医院", "枫渚市中心医院", "枫渚市妇幼保健院"
LP, LPTCM, ZY, ZYMCH = "柳陂县人民医院", "柳陂县中医医院", "芷阳县人民医院", "芷阳县妇幼保健院"
BL, ST, QW = "白鹭镇卫生院", "石湍镇卫生院", "青苇乡卫生院"
RECIP = {  # name: (as written in 医院等级, level, grade, category, county)
    LP: ("二级甲等", "二级", "甲等", "综合医院", "柳陂县"),
    LPTCM: ("二级乙等", "二级", "乙等", "中医医院", "柳陂县"),
    ZY: ("二级甲等", "二级", "甲等", "综合医院", "芷阳县"),
    ZYMCH: ("二级", "二级", None, "妇幼保健院", "芷阳县"),
    BL: ("一级甲等", "一级", "甲等", "乡镇卫生院", "柳陂县"),
    ST: ("一级乙等", "一级", "乙等", "乡镇卫生院", "柳陂县"),
    QW: ("未定级", "未定级", None, "乡镇卫生院", "柳陂县"),
}

ID = {k: idn(*v) for k, v in {
    # 柳陂县人民医院's incoming staff (霁川省人民医院 990102…, 枫渚市中心医院 990301…)
    "lin": ("990102", "19720308", "015"), "su": ("990102", "19800415", "026"), "fang": ("990103", "19870922", "031"),
    "gu": ("990301", "19820117", "048"), "qian": ("990102", "19890604", "022"), "shao": ("990104", "19710830", "053"),
    "lu": ("990302", "19850226", "017"), "han": ("990301", "19900711", "039"),
    # 芷阳县人民医院's incoming staff (霁川省人民医院)
    "zhou": ("990102", "19791205", "064"), "wu": ("990105", "19880319", "028"), "fengzj": ("990102", "19910103", "046"),
    "xie": ("990103", "19860527", "075"),
    # 芷阳县人民医院's trainees
    "wangy": ("991021", "19930412", "022"), "chenja": ("991021", "19920830", "031"),
    "liuk": ("991022", "19900217", "045"), "huang": ("991021", "19950609", "062"), "ma": ("991023", "19941122", "018"),
    # 柳陂县人民医院 → townships
    "song": ("991011", "19860915", "013"), "yao": ("991011", "19900302", "024"), "yang": ("991012", "19780628", "035"),
    "cao": ("991011", "19890118", "046"), "deng": ("991013", "19870404", "057"),
    # 柳陂县中医医院's trainees
    "pan": ("991014", "19920207", "068"), "ye": ("991011", "19891013", "079"), "bai": ("991015", "19930725", "081"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "findings_undecided": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def unusable(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def with_cached_values(path: Path, values: dict[str, dict[str, float]]) -> None:
    """openpyxl writes formulas without the cached result Excel stores beside them; a workbook saved by Excel has
    both. Put the results in (``values``: sheet name → cell → value) so the file reads like one Excel saved.
    (Hand-written because neither openpyxl nor xlsxwriter-free tooling computes formulas.)"""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    wbxml = items["xl/workbook.xml"].decode()
    names = re.findall(r'<sheet [^>]*name="([^"]+)"', wbxml)
    for i, name in enumerate(names, 1):
        part = f"xl/worksheets/sheet{i}.xml"
        if name not in values or part not in items:
            continue
        xml, cells = items[part].decode(), values[name]

        def fill(m):
            v = cells.get(m.group(1))
            return m.group(0) if v is None else f'<c r="{m.group(1)}"{m.group(2)}><f>{m.group(3)}</f><v>{v:g}</v></c>'
        items[part] = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)</f><v\s*/></c>', fill, xml).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items.items():
            z.writestr(n, b)


def ods_doc(path: Path, sheets: dict[str, list[list]]) -> None:
    """sheets: {name: [row values]} → an .ods (odfpy); numbers as float cells, text as string cells."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=str(v)))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def csv_text(rows, lineterminator="\r\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lineterminator)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1, recipient first, 医院等级 in one cell ("二级甲等", "一级", "未定级"), two section rows
    ("一、三级医院对口支援县级医院" / "二、县级医院对口支援乡镇卫生院"), the period only in the title, 协议签订日期 as
    date cells, as text "2024.2.1" and blank once; notes and a 制表人 line at the bottom."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append(["附件1"])
    ws.append([f"霁川省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A2:H2")
    ws.append(["序号", "受援医院", "医院等级", "机构类别", "所在县（市、区）", "支援医院", "协议签订日期", "备注"])
    sections = [("一、三级医院对口支援县级医院", [
        (LP, SP, dt.date(2024, 1, 10)), (LP, FZC, dt.date(2024, 1, 18)), (LPTCM, STCM, dt.date(2024, 1, 10)),
        (ZY, SP, dt.date(2024, 1, 10)), (ZYMCH, FZMCH, dt.date(2024, 1, 22))]),
        ("二、县级医院对口支援乡镇卫生院", [(BL, LP, "2024.2.1"), (ST, LP, "2024.2.1"), (QW, LP, None)])]
    i = 0
    for title, pairs in sections:
        ws.append([title])
        ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=1, end_column=8)
        for rec, sup, agreed in pairs:
            i += 1
            written, _lvl, _grade, cat, county = RECIP[rec]
            ws.append([i, rec, written, cat, county, sup, agreed, "医联体牵头医院" if sup == LP else None])
            if isinstance(agreed, dt.date):
                ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
            ag = agreed.isoformat() if isinstance(agreed, dt.date) else ("2024-02-01" if agreed else None)
            truth["pairings"].append({"support": sup, "recipient": rec, "start_date": d(2024, 1, 1),
                                      "end_date": d(2026, 12, 31), "agreement_date": ag,
                                      "start_date_source": "title_period"})
    ws.append(["注：1. 协议期内对口支援关系原则上保持不变；"])
    ws.append([f"    2. 本表为{SYN}，医院、人员均为虚构。"])
    ws.append(["制表人：", None, "审核人：", None, None, "日期：2024年1月5日"])
    wb.save(path)
    for name, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": name, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP, STCM, FZC, FZMCH):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 柳陂县
def f_lp_incoming_roster(path: Path):
    """受援方填报: 柳陂县人民医院's list of the staff who came to it, with a 派出单位 column (two support hospitals);
    a printed report copied back into Excel (a "第 1 页" line, then the title and header again mid-sheet); dates typed
    "2024.1.8" on page 1 and date cells on page 2; "至今"; a wrong check digit, a 15-digit ID, "（待补）" for a
    missing ID; one announced person with 来院时间 "待定" (unusable); notes rows and a 制表人/审核人/日期 line."""
    fn, sh = path.name, "来院人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    title = f"柳陂县人民医院2024年对口支援派驻来院人员名单（{SYN}）"
    header = ["序号", "姓名", "性别", "身份证号码", "派出单位", "科室", "职称", "来院时间", "离院时间", "在我院任职",
              "备注"]
    ws.append([title])
    ws.merge_cells("A1:K1")
    ws.append(["填报单位（盖章）：柳陂县人民医院", None, None, None, None, None, None, "填报日期：2025年1月8日"])
    ws.append(header)
    wrong = ID["fang"][:17] + ("1" if ID["fang"][17] != "1" else "2")
    s = ID["shao"]
    fifteen = s[:6] + s[8:17]
    page1 = [  # key, name, sex, id as written, from, dept, title, start, end, post, truth fields, truth id
        ("lin", "林嘉禾", "男", None, SP, "心血管内科", "主任医师", "2024.1.8", "2024.7.7", "副院长",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 1, 8), d(2024, 7, 7), position_at_recipient="副院长"),
         ID["lin"]),
        ("su", "苏晚晴", "女", None, SP, "呼吸与危重症医学科", "副主任医师", "2024.1.8", "2024.7.7", "科主任",
         dep("呼吸与危重症医学科", "副主任医师", "副高级", "医疗", d(2024, 1, 8), d(2024, 7, 7),
             position_at_recipient="科主任"), ID["su"]),
        ("fang", "方屹", "男", wrong, SP, "普外科", "主治医师", "2024.3.1", "2024.8.31", None,
         dep("普外科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient=None), wrong),
        ("gu", "顾念慈", "女", None, FZC, "妇产科", "副主任医师", "2024.4.1", "2024.9.30", None,
         dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30), position_at_recipient=None),
         ID["gu"]),
        (None, "程砚", "男", "（待补）", FZC, "麻醉科", "主治医师", "2024.4.1", "2024.9.30", None,
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30), position_at_recipient=None), None),
    ]
    page2 = [
        ("qian", "钱书瑶", "女", None, SP, "护理部", "主管护师", dt.date(2024, 7, 8), dt.date(2025, 1, 7), None,
         dep("护理部", "主管护师", "中级", "护理", d(2024, 7, 8), d(2025, 1, 7), position_at_recipient=None),
         ID["qian"]),
        ("shao", "邵景川", "男", fifteen, SP, "心血管内科", "主任医师", dt.date(2024, 7, 8), dt.date(2025, 1, 7),
         "副院长", dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 7, 8), d(2025, 1, 7),
                      position_at_recipient="副院长"), ID["shao"]),
        ("lu", "陆鸣", "男", None, FZC, "医学影像科", "副主任技师", dt.date(2024, 10, 8), "至今", None,
         dep("医学影像科", "副主任技师", "副高级", "医技", d(2024, 10, 8), None, position_at_recipient=None), ID["lu"]),
    ]
    n = 0

    def put(people):
        nonlocal n
        for key, name, sex, sp, frm, dept, ttl, start, end, post, f, tid in people:
            n += 1
            ws.append([n, name, sex, use_id(key, sp) if key else sp, frm, dept, ttl, start, end, post, None])
            r = ws.max_row
            ws.cell(r, 4).number_format = "@"
            for c in (8, 9):
                if isinstance(ws.cell(r, c).value, dt.date):
                    ws.cell(r, c).number_format = 'yyyy"年"m"月"d"日"'
            row("deployments", fn, sh, r, f, {"support_hospital_id": frm, "recipient_hospital_id": LP},
                ["start_date", "department"], id_number=tid)
            if sp == wrong:
                finding(fn, r, "ID_CHECK_DIGIT")
            elif sp == fifteen:
                finding(fn, r, "ID_15_DIGIT")
            elif key is None:
                finding(fn, r, "NAME_ONLY")

    put(page1)
    ws.append([None, None, None, None, None, "第 1 页，共 2 页"])
    ws.append([title])
    ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=1, end_column=11)
    ws.append(header)
    put(page2)
    n += 1
    ws.append([n, "韩一舟", "男", use_id("han"), FZC, "急诊科", "主治医师", "待定", None, None, "拟2025年1月到岗"])
    ws.cell(ws.max_row, 4).number_format = "@"
    unusable(fn, sh, ws.max_row, "missing_required", "来院时间 '待定': not yet arrived, no start date")
    ws.append(["注：1. 派驻时间以实际到岗、离岗时间为准；"])
    ws.append(["    2. 身份证号码暂缺者注明（待补），后续补报；"])
    ws.append([f"    3. {SYN}。"])
    ws.append(["制表人：", None, None, "审核人：", None, None, None, "日期："])
    ws.append([None, None, None, None, None, "第 2 页，共 2 页"])
    wb.save(path)


def f_lp_techniques(path: Path):
    """受援方填报: new techniques 柳陂县人民医院 received, an 引进来源医院 column, 是否填补县域空白 ticked "√" or left
    blank, one technique introduced jointly ("霁川省人民医院、枫渚市中心医院"); notes and a signature line."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柳陂县人民医院2024年引进新技术、新项目情况统计表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["填报单位：柳陂县人民医院（受援医院）", None, None, None, "填报时间：2025年1月"])
    ws.append(["序号", "项目名称", "开展科室", "引进来源医院", "首次开展时间", "2024年开展例数", "是否填补县域空白（√）"])
    items = [("冠状动脉造影术", "心血管内科", SP, dt.date(2024, 3, 12), 15, "√"),
             ("椎管内分娩镇痛", "妇产科", FZC, dt.date(2024, 5, 20), 36, None),
             ("CT引导下经皮肺穿刺活检术", "呼吸与危重症医学科", SP, dt.date(2024, 6, 18), 9, "√"),
             ("腹腔镜胆总管探查术", "普外科", f"{SP}、{FZC}", dt.date(2024, 8, 6), 7, "√"),
             ("超声引导下神经阻滞麻醉", "麻醉科", FZC, "2024.10.15", 28, None)]
    for i, (name, dept, src, when, cases, tick) in enumerate(items, 1):
        ws.append([i, name, dept, src, when, cases, tick])
        r = ws.max_row
        if isinstance(when, dt.date):
            ws.cell(r, 5).number_format = "yyyy-mm-dd"
        day = when.isoformat() if isinstance(when, dt.date) else d(2024, 10, 15)
        hosp = {"recipient_hospital_id": LP}
        if "、" in src:
            # Introduced by two support hospitals jointly: one technique at the recipient (counting it twice would
            # double R10), but which single support_hospital_id a human would store is undecidable — left out,
            # and whatever finding the tool makes on this row is not scored.
            truth["findings_undecided"].append({"file": fn, "row": r})
        else:
            hosp["support_hospital_id"] = src
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                          fills_county_gap=tick == "√"), hosp, ["name"])
    ws.append(["注：1. 填补县域空白的项目在最后一栏打“√”；"])
    ws.append(["    2. 开展例数统计至2024年12月31日。"])
    ws.append(["制表人：", None, "审核人：", None, "日期："])
    wb.save(path)


def township_values(t: int, m: int):
    """门急诊, 出院, 手术, 转出, 下转接收 of township ``t`` (0..2) in month ``m``."""
    return [2100 + 600 * t + 37 * m + (m % 3) * 45, 48 + 15 * t + 2 * m, (3 + m % 4) if t < 2 else 0,
            18 + 4 * t + m % 5, 2 + (m + t) % 6]


def f_townships_monthly(path: Path):
    """柳陂县's townships' monthly returns, collected by the county: one sheet per township named by the township
    only ("白鹭镇", "石湍镇", "青苇乡"), the same generic title in each, a 合计 row of =SUM formulas; a 汇总 sheet
    first whose cells are formulas over the township sheets (cached values as Excel saves them)."""
    fn = path.name
    wb = openpyxl.Workbook()
    summ = wb.active
    summ.title = "汇总"
    header = ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]
    towns = [("白鹭镇", BL), ("石湍镇", ST), ("青苇乡", QW)]
    cached: dict[str, dict[str, float]] = {"汇总": {}}
    cols = "BCDEF"
    for t, (sheet, hosp) in enumerate(towns):
        ws = wb.create_sheet(sheet)
        ws.append([f"柳陂县乡镇卫生院2024年业务量月报表（{SYN}）"])
        ws.merge_cells("A1:F1")
        ws.append(header)
        cached[sheet] = {}
        for m in range(1, 13):
            v = township_values(t, m)
            ws.append([f"{m}月", *v])
            row("hospital_monthly_stats", fn, sheet, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_down_received=v[4]), {"recipient_hospital_id": hosp}, ["month"])
        ws.append(["合计", *[f"=SUM({c}3:{c}14)" for c in cols]])
        for j, c in enumerate(cols):
            cached[sheet][f"{c}15"] = sum(township_values(t, m)[j] for m in range(1, 13))
        ws.append(["填报人：", None, "审核人：", None, "日期：2025年1月6日"])
    summ.append([f"柳陂县乡镇卫生院2024年业务量汇总表（{SYN}）"])
    summ.merge_cells("A1:F1")
    summ.append(header)
    for m in range(1, 13):
        r = 2 + m
        summ.append([f"{m}月", *["=" + "+".join(f"{s}!{c}{r}" for s, _h in towns) for c in cols]])
        for j, c in enumerate(cols):
            cached["汇总"][f"{c}{r}"] = sum(township_values(t, m)[j] for t in range(3))
    summ.append(["合计", *[f"=SUM({c}3:{c}14)" for c in cols]])
    for j, c in enumerate(cols):
        cached["汇总"][f"{c}15"] = sum(township_values(t, m)[j] for t in range(3) for m in range(1, 13))
    summ.append(["报送单位：柳陂县卫生健康局", None, None, "制表人：", None, "日期：2025年1月8日"])
    wb.save(path)
    with_cached_values(path, cached)


def f_lptcm_activities_csv(path: Path):
    """受援方填报: 柳陂县中医医院's record of the teaching it received, CSV in UTF-8 without BOM, CRLF, a title line,
    dates "2024/3/14", 参加人数 "约40人" (optional value → empty + finding), a 注 line and a signature line."""
    fn = path.name
    rows = [[f"柳陂县中医医院2024年接受对口帮扶带教培训活动记录（{SYN}）", "", "", "", "", "", ""],
            ["序号", "活动日期", "活动类型", "活动内容", "授课专家", "支援单位", "参加人数"]]
    acts = [("2024/3/14", "学术讲座", "中医体质辨识与慢病调理", "何教授", 45, 45),
            ("2024/3/28", "教学查房", "中风病恢复期查房", "唐主任", 20, 20),
            ("2024/4/11", "疑难病例讨论", "顽固性失眠病例讨论", "唐主任", 12, 12),
            ("2024/5/9", "技术培训", "针刀松解术操作培训", "何教授", "约40人", None),
            ("2024/6/20", "义诊", "三伏贴进社区义诊", "省中医院专家组", 60, 60),
            ("2024/9/12", "远程会诊", "类风湿关节炎远程会诊", "罗主任", 6, 6)]
    for i, (day, typ, topic, who, n, nv) in enumerate(acts, 1):
        rows.append([i, day, typ, topic, who, STCM, n])
        r = len(rows)
        y, m, dd = (int(x) for x in day.split("/"))
        row("activities", fn, None, r, dict(activity_date=d(y, m, dd), activity_type=typ, topic=topic, participants=nv),
            {"recipient_hospital_id": LPTCM, "support_hospital_id": STCM}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    rows.append(["注：参加人数以签到表为准。", "", "", "", "", "", ""])
    rows.append(["制表人：", "", "审核人：", "", "日期：2025-01-05", "", ""])
    path.write_bytes(csv_text(rows).encode("utf-8"))


def f_lp_assessments_ods(path: Path):
    """受援方填报: 柳陂县人民医院 scores its dispatched staff, months as columns (7月 … 12月) under a title that says
    考核, a 平均分 column, blank months for people not there, one person without an ID number (blank cell)."""
    fn, sh = path.name, "考核得分"
    rows = [[f"柳陂县人民医院派驻人员月度考核得分表（2024年7—12月）（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "7月", "8月", "9月", "10月", "11月", "12月", "平均分"]]
    people = [("qian", "钱书瑶", SP, [92, 94, 95, 93, 96, 95]),
              ("shao", "邵景川", SP, [97, 96, 98, 97, 95, 96]),
              (None, "程砚", FZC, [88, 90, 86, None, None, None]),
              ("lu", "陆鸣", FZC, [None, None, None, 91, 93.5, 94])]
    for i, (key, name, frm, scores) in enumerate(people, 1):
        got = [s for s in scores if s is not None]
        rows.append([i, name, use_id(key) if key else None, frm, *scores, round(sum(got) / len(got), 1)])
        r = len(rows)
        for m, sc in zip(range(7, 13), scores):
            if sc is None:
                continue
            row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc)),
                {"recipient_hospital_id": LP, "support_hospital_id": frm}, ["month"],
                id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    rows.append(["考核小组：", None, None, "日期：2025年1月5日"])
    ods_doc(path, {sh: rows})


def f_lp_township_roster(path: Path):
    """支援方 (the county hospital) sending staff down to townships: section rows "受援医院：白鹭镇卫生院" set the
    recipient; one section names a township health centre that is not in the pairing list (held: unresolved);
    periods "2024.3.1—2024.8.31"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柳陂县人民医院2024年下派乡镇卫生院帮扶人员名单（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "下派起止时间", "备注"])
    sections = [(BL, [("song", "宋知远", "男", "内科", "主治医师", "2024.3.1—2024.8.31",
                       dep("内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
                      ("yao", "姚佳音", "女", "护理部", "主管护师", "2024.3.1—2024.8.31",
                       dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31)))]),
                (ST, [("yang", "杨怀瑾", "男", "外科", "副主任医师", "2024.4.1—2024.9.30",
                       dep("外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30)))]),
                (QW, [("cao", "曹未央", "女", "儿科", "主治医师", "2024.9.1—2025.2.28",
                       dep("儿科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28)))]),
                ("红柳乡卫生院", [("deng", "邓星河", "男", "中医科", "主治医师", "2024.5.1—2024.10.31", None)])]
    n = 0
    for rec, people in sections:
        ws.append([f"受援医院：{rec}"])
        ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=1, end_column=8)
        for key, name, sex, dept, title, period, f in people:
            n += 1
            ws.append([n, name, sex, use_id(key), dept, title, period, None])
            r = ws.max_row
            ws.cell(r, 4).number_format = "@"
            if f is None:
                unusable(fn, sh, r, "unresolved_hospital", "红柳乡卫生院 is not in the pairing list")
            else:
                row("deployments", fn, sh, r, f, {"support_hospital_id": LP, "recipient_hospital_id": rec},
                    ["start_date"], id_number=ID[key])
    ws.append(["注：1. 红柳乡卫生院为县卫生健康局另行安排的帮扶点，未列入省对口支援关系表。"])
    ws.append(["制表人：", None, None, "审核人：", None, "日期："])
    wb.save(path)


def f_lptcm_trainees(path: Path):
    """受援方填报: whom 柳陂县中医医院 sent up to train; fee "免费" / 0; date cells; notes and a signature line."""
    fn, sh = path.name, "选派进修"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柳陂县中医医院2024年选派进修人员名单（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "性别", "身份证号", "进修医院", "进修科室", "开始时间", "结束时间", "进修费用（元）",
               "是否结业", "备注"])
    people = [("pan", "潘若溪", "女", "针灸推拿科", dt.date(2024, 3, 4), dt.date(2024, 9, 3), "免费", "是", None,
               0.0, True),
              ("ye", "叶归舟", "男", "骨伤科", dt.date(2024, 3, 4), dt.date(2024, 9, 3), "免费", "是", None, 0.0, True),
              ("bai", "柏清和", "男", "肛肠科", dt.date(2024, 9, 2), dt.date(2025, 3, 1), 0, "否", "在修", 0.0, False)]
    for i, (key, name, sex, dept, s, e, fee, done, note, feev, donev) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), STCM, dept, s, e, fee, done, note])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                        fee_charged=feev, completed=donev),
            {"recipient_hospital_id": LPTCM, "host_hospital_id": STCM}, ["start_date", "department"],
            id_number=ID[key])
    ws.append(["注：1. 进修费用由支援医院全额减免的填“免费”；"])
    ws.append(["    2. 进修期满取得结业证书的填“是”。"])
    ws.append(["制表人：", None, None, "审核人：", None, None, "日期：2025年1月7日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 芷阳县
def f_zy_incoming_xls(path: Path):
    """受援方填报, Excel 97 (.xls, xlwt) with Chinese sheet names: one person over two physical rows — name, 性别,
    派出单位, start on the first; ID number, 职称, end on the second; 序号, 科室 and 派出单位 merged down the pair;
    a two-row header in the same stacked pattern; dates typed "2024.01.15"; blank Sheet2/Sheet3."""
    fn, sh = path.name, "派驻人员花名册"
    wb = xlwt.Workbook(encoding="gbk")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 5, f"芷阳县人民医院对口支援派驻来院人员花名册（2024年度）（{SYN}）")
    ws.write_merge(1, 2, 0, 0, "序号")
    ws.write(1, 1, "姓名")
    ws.write(2, 1, "身份证号")
    ws.write(1, 2, "性别")
    ws.write(2, 2, "职称")
    ws.write_merge(1, 2, 3, 3, "科室")
    ws.write_merge(1, 2, 4, 4, "派出单位")
    ws.write(1, 5, "派驻起始时间")
    ws.write(2, 5, "派驻结束时间")
    people = [("zhou", "周慕白", "男", "副主任医师", "骨科", "2024.01.15", "2024.07.14",
               dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 1, 15), d(2024, 7, 14))),
              ("wu", "吴清越", "女", "主治医师", "儿科", "2024.01.15", "2024.07.14",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 1, 15), d(2024, 7, 14))),
              ("fengzj", "冯子衿", "女", "主管护师", "护理部", "2024.07.15", "2025.01.14",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 7, 15), d(2025, 1, 14))),
              ("xie", "谢长庚", "男", "主管技师", "检验科", "2024.07.15", "2025.01.14",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 7, 15), d(2025, 1, 14)))]
    r = 3
    for i, (key, name, sex, title, dept, s, e, f) in enumerate(people, 1):
        ws.write_merge(r, r + 1, 0, 0, i)
        ws.write(r, 1, name)
        ws.write(r + 1, 1, use_id(key))
        ws.write(r, 2, sex)
        ws.write(r + 1, 2, title)
        ws.write_merge(r, r + 1, 3, 3, dept)
        ws.write_merge(r, r + 1, 4, 4, SP)
        ws.write(r, 5, s)
        ws.write(r + 1, 5, e)
        row("deployments", fn, sh, [r + 1, r + 2], f, {"support_hospital_id": SP, "recipient_hospital_id": ZY},
            ["start_date"], id_number=ID[key])
        r += 2
    ws.write(r, 0, "注：本表每人占两行，第二行填写身份证号、职称和派驻结束时间。")
    ws.write(r + 1, 0, "填表人：")
    ws.write(r + 1, 2, "联系电话：")
    ws.write(r + 1, 4, "填表日期：2025年1月7日")
    wb.add_sheet("Sheet2")
    wb.add_sheet("Sheet3")
    wb.save(str(path))


def f_zy_trainees_gb18030(path: Path):
    """受援方填报: whom 芷阳县人民医院 sent up to train, CSV in GB18030 (names with 䶮 and 𠮷, outside GBK, and 堃),
    CRLF, a title line; 进修时间 "2024.03.01-2024.08.31" in one cell; fees "免费", "0", "按规定收取" (→ empty +
    finding); one trainee at a support hospital not paired with it (still a hospital of the list); 合计 and
    signature lines."""
    fn = path.name
    rows = [[f"芷阳县人民医院2024年选派外出进修人员登记表（{SYN}）", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "进修单位", "进修科室", "进修时间", "进修费用", "是否结业"]]
    people = [("wangy", "王䶮", SP, "心血管内科", "2024.03.01-2024.08.31", "免费", "是", 0.0, True),
              ("chenja", "陈𠮷安", SP, "重症医学科", "2024.03.01-2024.08.31", "0", "是", 0.0, True),
              ("liuk", "刘堃", SP, "超声医学科", "2024.04.01-2024.09.30", "免费", "是", 0.0, True),
              ("huang", "黄亦舒", FZC, "新生儿科", "2024.09.01-2025.02.28", "按规定收取", "否", None, False),
              ("ma", "马骁", SP, "消化内科", "2024.09.01-2025.02.28", "0", "否", 0.0, False)]
    for i, (key, name, host, dept, period, fee, done, feev, donev) in enumerate(people, 1):
        rows.append([i, name, use_id(key), host, dept, period, fee, done])
        r = len(rows)
        a, b = period.split("-")
        row("trainees", fn, None, r, dict(department=dept, start_date=a.replace(".", "-"), end_date=b.replace(".", "-"),
                                          fee_charged=feev, completed=donev),
            {"recipient_hospital_id": ZY, "host_hospital_id": host}, ["start_date", "department"], id_number=ID[key])
        if feev is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    rows.append(["合计", "5人", "", "", "", "", "", ""])
    rows.append(["制表人：", "", "审核人：", "", "日期：2025年1月6日", "", "", ""])
    path.write_bytes(csv_text(rows).encode("gb18030"))


def f_zy_monthly_ods(path: Path):
    """受援方填报: 芷阳县人民医院's monthly workload with the months as columns (指标 down the rows), a 合计
    column, 12月 left empty (to be reported after the books close, says the note)."""
    fn, sh = path.name, "月报"
    measures = [("门急诊人次", "outpatient_visits", lambda m: 18500 + 320 * m + (m % 4) * 150),
                ("出院人数", "discharges", lambda m: 1420 + 25 * m),
                ("手术台次", "surgeries", lambda m: 310 + 9 * m),
                ("转出人次", "referrals_out", lambda m: 62 - 2 * m),
                ("下转接收人次", "referrals_down_received", lambda m: 5 + m % 3)]
    rows = [[f"芷阳县人民医院2024年主要业务量月报（{SYN}）"],
            ["指标", *[f"{m}月" for m in range(1, 13)], "合计"]]
    for label, _f, fn_v in measures:
        rows.append([label, *[fn_v(m) for m in range(1, 12)], None, sum(fn_v(m) for m in range(1, 12))])
    places = list(range(3, 3 + len(measures)))
    for m in range(1, 12):
        row("hospital_monthly_stats", fn, sh, places,
            dict(year=2024, month=m, **{f: fn_v(m) for _l, f, fn_v in measures}), {"recipient_hospital_id": ZY},
            ["month"])
    rows.append(["注：12月数据待年终结账后补报。"])
    rows.append(["填报人：", None, None, "审核人：", None, None, "报送日期：2025年1月5日"])
    ods_doc(path, {sh: rows})


def f_zymch_activities_gbk(path: Path):
    """受援方填报: 芷阳县妇幼保健院's activity record as Excel saves a CSV (GBK, CRLF), a 填报单位 line first,
    dates "2024年4月18日", the support hospital in 专家单位; one row without a date (unusable)."""
    fn = path.name
    rows = [[f"填报单位：芷阳县妇幼保健院（{SYN}）", "", "", "", "", ""],
            ["活动日期", "活动名称", "活动形式", "授课专家", "专家单位", "参训人数"]]
    acts = [((2024, 4, 18), "产后出血防治进展", "学术讲座", "蔡主任", 32),
            ((2024, 5, 23), "宫腔镜检查示教", "手术示教", "蔡主任", 8),
            (None, "新生儿窒息复苏培训", "技术培训", "邬护士长", 25),
            ((2024, 8, 15), "孕产妇死亡病例讨论", "死亡病例讨论", "蔡主任", 14),
            ((2024, 11, 7), "儿童保健规范培训", "技术培训", "邬护士长", 40)]
    for day, topic, typ, who, n in acts:
        rows.append([f"{day[0]}年{day[1]}月{day[2]}日" if day else "", topic, typ, who, FZMCH, n])
        r = len(rows)
        if day is None:
            unusable(fn, None, r, "missing_required", "活动日期 blank")
            continue
        row("activities", fn, None, r, dict(activity_date=d(*day), activity_type=typ, topic=topic, participants=n),
            {"recipient_hospital_id": ZYMCH, "support_hospital_id": FZMCH}, ["activity_date", "activity_type"])
    path.write_bytes(csv_text(rows).encode("gbk"))


# ------------------------------------------------------------------------------------------- 省卫健委
def f_county_flow_crosstab(path: Path):
    """省卫健委统计信息中心: county inpatient flow as a cross-tab — the years in columns (2023年 | 2024年), the
    measures down the rows (总人次, 其中县域外, and a derived 县域内就诊率), county and code merged down each block;
    a 注 line with the formula."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省部分县（市、区）县域内外住院情况（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["县（市、区）", "行政区划代码", "指标", "2023年", "2024年"])
    data = [("柳陂县", "999101", {2023: (41236, 7855), 2024: (42810, 6930)}),
            ("芷阳县", "999102", {2023: (30518, 6402), 2024: (31277, 5581)})]
    for county, code, years in data:
        top = ws.max_row + 1
        ws.append([county, code, "县域内常住居民住院总人次", years[2023][0], years[2024][0]])
        ws.append([None, None, "其中：县域外住院人次", years[2023][1], years[2024][1]])
        ws.append([None, None, "县域内就诊率（%）", *[round(100 * (1 - b / a), 2) for a, b in years.values()]])
        ws.merge_cells(start_row=top, end_row=top + 2, start_column=1, end_column=1)
        ws.merge_cells(start_row=top, end_row=top + 2, start_column=2, end_column=2)
        ws.cell(top, 2).number_format = "@"
        for y, (a, b) in years.items():
            row("county_inpatient_stats", fn, sh, [top, top + 1, top + 2],
                dict(county_code=code, year=y, county_name=county, resident_admissions=a,
                     resident_admissions_outside_county=b), {}, ["county_code", "year"])
    ws.append(["注：县域内就诊率＝（1－县域外住院人次÷县域内常住居民住院总人次）×100%。"])
    for r in ws.iter_rows(min_row=3):
        for c in r[:2]:
            c.alignment = Alignment(vertical="center")
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    lp, zy, prov = "柳陂县（2025.1.8收）", "芷阳县-邮件附件", "省卫健委统计信息中心"
    for sub in ("reference", lp, zy, prov):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_lp_incoming_roster, lp, "SYNTHETIC_柳陂县人民医院派驻来院人员名单（2024年）.xlsx"),
             (f_lp_techniques, lp, "SYNTHETIC_柳陂县人民医院引进新技术新项目（受援方填报）.xlsx"),
             (f_townships_monthly, lp, "SYNTHETIC_2024年乡镇卫生院月报(柳陂).xlsx"),
             (f_lptcm_activities_csv, lp, "SYNTHETIC_县中医院帮扶活动记录2024.csv"),
             (f_lp_assessments_ods, lp, "SYNTHETIC_派驻医师月考核7-12月.ods"),
             (f_lp_township_roster, lp, "SYNTHETIC_县医院下派乡镇人员名单.xlsx"),
             (f_lptcm_trainees, lp, "SYNTHETIC_柳陂县中医医院选派进修人员.xlsx"),
             (f_zy_incoming_xls, zy, "SYNTHETIC_芷阳县人民医院派驻来院人员花名册.xls"),
             (f_zy_trainees_gb18030, zy, "SYNTHETIC_芷阳县人民医院选派进修人员2024.csv"),
             (f_zy_monthly_ods, zy, "SYNTHETIC_芷阳县人民医院业务量月报2024.ods"),
             (f_zymch_activities_gbk, zy, "SYNTHETIC_芷阳妇幼-帮扶活动登记.csv"),
             (f_county_flow_crosstab, prov, "SYNTHETIC_县域内外住院情况2023-2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

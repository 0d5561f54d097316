"""realworld25 corpus generator — SYNTHETIC / 合成数据. A fictional province (岱沅省) for 2024: the pairing list in
data/raw/reference/ and sixteen submissions whose text was copied by hand from Word documents and chat messages
(微信群接龙, 工作群记录) into spreadsheets. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,鹤川市,临枫市}/…, OUT/truth.json

Styles: full-width digits and letters (２０２４年３月, ＩＣＵ, ID numbers with Ｘ), spaces inside names (许　知行,
陶 宛清), a name and a phone number in one cell, 二〇二四年七月 dates, 〃 / 同上 / 同左 ditto cells, vertically merged
cells for one hospital's several rows, trailing 。 or ；, counts written 三十五人 / 3人 / 十二例, √ and × columns, a
GBK CSV whose header is its first line, a UTF-8 CSV with a BOM.

Every hospital, county, person, phone and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong, 15-digit, spaced and full-width spellings are spellings of valid
ones). Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FW = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def idn_x(region: str, birth: str) -> str:
    """The first sequence number whose check digit is X (deterministic)."""
    for s in range(10, 1000):
        v = idn(region, birth, f"{s:03d}")
        if v.endswith("X"):
            return v
    raise AssertionError


def fw(s: str) -> str:
    return s.translate(FW)


S1, S2, S3 = "岱沅省人民医院", "岱沅省中医院", "鹤川市中心医院"
QW, QWTCM, SN, SNMCH, LY, LYTCM = ("青苇县人民医院", "青苇县中医医院", "石楠县人民医院", "石楠县妇幼保健院",
                                  "栗阳县人民医院", "栗阳县中医医院")
RECIP = {QW: ("二级", "甲等", "综合医院", "青苇县"), SN: ("二级", "甲等", "综合医院", "石楠县"),
         QWTCM: ("二级", "乙等", "中医医院", "青苇县"), LYTCM: ("二级", "乙等", "中医医院", "栗阳县"),
         SNMCH: ("二级", None, "妇幼保健院", "石楠县"), LY: ("二级", "甲等", "综合医院", "栗阳县")}

ID = {k: idn(*v) for k, v in {
    "tao": ("990401", "19880611", "042"), "shen": ("990402", "19750801", "024"), "he": ("990403", "19800920", "015"),
    "kong": ("990101", "19801103", "017"), "zheng": ("990102", "19790214", "051"), "feng": ("990101", "19910718", "062"),
    "bai": ("990103", "19900305", "026"),
    "wei": ("990301", "19860716", "072"), "ouyang": ("990302", "19820423", "047"), "cen": ("990302", "19870930", "038"),
    "zhong": ("990303", "19850112", "053"),
    "luo": ("994011", "19920506", "083"), "shao": ("994011", "19951201", "016"),
    "du": ("994021", "19900327", "044"), "ji": ("994021", "19930809", "065"), "wen": ("994022", "19960213", "028"),
    "lu": ("995011", "19891021", "031"), "su": ("995012", "19940614", "057"),
}.items()}
ID["xu"] = idn_x("990401", "19720315")

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
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


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def wrap(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (a str cell with a line break becomes two
    paragraphs, as LibreOffice writes it)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    for part in v.split("\n"):
                        c.addElement(P(text=part))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """支援医院 merged down its two rows for 省人民医院, written once then 〃 for 鹤川市中心医院; 等级 as one cell
    "二级甲等", 〃 and 同上 in 等级 / 类别; 协议签订日期 "2023年12月8日", full-width "２０２４年１月１６日" and
    "二〇二三年十二月八日"; one 支援期限 in full-width digits, the others blank (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：岱沅省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "支援医院", "受援医院", "等级", "类别", "所在县", "协议签订日期", "支援期限"])
    pairs = [  # support as written, recipient, 等级, 类别, agreement as written, agreement, period as written
        (S1, QW, "二级甲等", "综合医院", "2023年12月8日", dt.date(2023, 12, 8), None),
        (None, SN, "〃", "〃", "２０２４年１月１６日", dt.date(2024, 1, 16), "２０２４年３月１日至２０２７年２月２８日"),
        (S2, QWTCM, "二级乙等", "中医医院", "二〇二三年十二月八日", dt.date(2023, 12, 8), None),
        (S2, LYTCM, "二级乙等", "同上", "2023年12月20日", dt.date(2023, 12, 20), None),
        (S3, SNMCH, "二级", "妇幼保健院", "2023年12月20日", dt.date(2023, 12, 20), None),
        ("〃", LY, "二级甲等", "综合医院", "2023年12月20日", dt.date(2023, 12, 20), None)]
    sup = None
    for i, (s, r, lvl, cat, agt, ag, per) in enumerate(pairs, 1):
        level, grade, category, county = RECIP[r]
        ws.append([i, s, r, lvl, cat, county, agt, per])
        sup = s if s not in (None, "〃") else sup
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": sup, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.merge_cells("B3:B4")
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wrap(ws)
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_wechat(path: Path):
    """省人民医院: a 微信群接龙 copied into Excel: 受援医院 merged down each hospital's rows; names with spaces and a
    phone number on a second line of the cell; an ID number in full-width digits (and Ｘ); 〃 for the department and
    the period; trailing 。 / ；; one ID with a wrong check digit; one person without an ID (（待补）)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岱沅省人民医院２０２４年对口支援派驻人员（微信群接龙整理）{SYN}"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "姓名", "身份证号（ＩＤ）", "科室", "职称", "派驻时间"])
    wrong = ID["shen"][:17] + ("0" if ID["shen"][17] != "0" else "1")
    p1 = "２０２４年３月５日—２０２４年９月４日"
    people = [  # recipient cell, name cell, id cell, dept, title, period, fields, truth id, finding
        (QW, "许　知行\n139 0000 1101", use_id("xu", fw(ID["xu"])), "心血管内科", "主任医师。", p1,
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 5), d(2024, 9, 4)), ID["xu"], None),
        (None, "陶 宛清", use_id("tao"), "〃", "主治医师", "〃",
         dep("心血管内科", "主治医师", "中级", "医疗", d(2024, 3, 5), d(2024, 9, 4)), ID["tao"], None),
        (None, "沈如意\n13900001103", use_id("shen", wrong), "护理部；", "副主任护师", p1,
         dep("护理部", "副主任护师", "副高级", "护理", d(2024, 3, 5), d(2024, 9, 4)), wrong, "ID_CHECK_DIGIT"),
        (SN, "贺明远", use_id("he"), "普外科", "副主任医师", "２０２４年４月１日—至今",
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), None), ID["he"], None),
        (None, "江 晚舟", "（待补）", "ＩＣＵ", "主治医师；", "同上",
         dep("ICU", "主治医师", "中级", "医疗", d(2024, 4, 1), None), None, "NAME_ONLY"),
    ]
    for i, (rec_cell, name, idc, dept, title, period, f, tid, fnd) in enumerate(people, 1):
        ws.append([i, rec_cell, name, idc, dept, title, period])
        ws.cell(ws.max_row, 4).number_format = "@"
        rec = rec_cell or (QW if i <= 3 else SN)
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if fnd:
            finding(fn, ws.max_row, fnd)
    ws.merge_cells("B3:B5")
    ws.merge_cells("B6:B7")
    ws.append(["共5人。"])
    wrap(ws)
    wb.save(path)


def f_s2_xls(path: Path):
    """省中医院 (.xls): 派驻单位 merged down two rows for 青苇县中医医院 and written then 同上 for 栗阳县中医医院;
    months "二〇二四年三月" / "二〇二四年八月" (start the 1st, end the month's last day); 同上 in 科室 and dates; a
    15-digit ID number; full-width dates for the last person."""
    fn, sh = path.name, "派驻名单"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"岱沅省中医院2024年派驻受援医院人员名单（{SYN}）")
    for j, h in enumerate(["序号", "派驻单位", "姓名", "身份证号码", "科室", "职称", "派驻开始", "派驻结束"]):
        ws.write(1, j, h)
    z = ID["zheng"]
    fifteen = z[:6] + z[8:14] + z[14:17]
    people = [  # recipient cell, name, id, dept, title, start, end, fields, truth id, finding
        (None, "孔令仪", use_id("kong"), "针灸科", "主治中医师", "二〇二四年三月", "二〇二四年八月",
         dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["kong"], None),
        (None, "郑 书远", use_id("zheng", fifteen), "同上", "副主任中医师", "同上", "同上",
         dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["zheng"], "ID_15_DIGIT"),
        (LYTCM, "冯若宁", use_id("feng"), "脾胃病科", "主治中医师", "二〇二四年七月", "二〇二四年十二月",
         dep("脾胃病科", "主治中医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), ID["feng"], None),
        ("同上", "白露凝", use_id("bai"), "〃", "主管护师。", "２０２４年７月１日", "２０２４年１２月３１日",
         dep("脾胃病科", "主管护师", "中级", "护理", d(2024, 7, 1), d(2024, 12, 31)), ID["bai"], None),
    ]
    ws.write_merge(2, 3, 1, 1, QWTCM)
    for i, (rec_cell, name, idc, dept, title, s, e, f, tid, fnd) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, rec_cell, name, idc, dept, title, s, e]):
            if j == 1 and v is None:
                continue
            ws.write(r, j, v)
        rec = QWTCM if i <= 2 else LYTCM
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": S2, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if fnd:
            finding(fn, r + 1, fnd)
    ws.write(6, 0, "填表人：医务处")
    wb.save(str(path))


def f_county_gbk(path: Path):
    """县域住院流向 copied from an official document: CSV in GBK, the header on the first line (no title, no BOM);
    代码 and counts in full-width digits, "6904人次", "19,844"; 年度 "２０２４年" then 〃; a 注 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    data = [("青苇县", "999401", fw("999401"), "２０２４年", 38120, fw("38120"), 6904, "6904人次"),
            ("石楠县", "999402", "999402", "〃", 27730, "27730", 5018, fw("5018")),
            ("栗阳县", "999501", "999501", "〃", 19844, "19,844", 4410, "4410")]
    for r, (county, code, code_w, yr, a, a_w, b, b_w) in enumerate(data, 2):
        w.writerow([county, code_w, yr, a_w, b_w])
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, resident_admissions=a,
                                                         resident_admissions_outside_county=b), {},
            ["county_code", "year"])
    w.writerow([f"注：{SYN}，数据虚构。", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 鹤川市
def f_qw_trainees_csv(path: Path):
    """青苇县人民医院: a 微信接龙 of trainees as CSV in UTF-8 with a BOM; a name and a phone number in one quoted
    cell over two lines; "内科；"; full-width dates and fee; 同上 / 〃 for the host, period and fee; 结业 √ / ×; a
    trainee without an ID number; "免" fee."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青苇县人民医院２０２４年外出进修人员（微信接龙整理，{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修时间", "进修费用", "结业"])
    people = [  # id key, name cell, dept, host cell, period, fee, done, fields
        ("luo", "罗 青岚\n13900003301", "内科；", S1, "２０２４年３月５日至９月４日", "３０００元", "√",
         ("内科", d(2024, 3, 5), d(2024, 9, 4), 3000.0, True)),
        ("shao", "邵安歌", "急诊科", "同上", "〃", "〃", "√", ("急诊科", d(2024, 3, 5), d(2024, 9, 4), 3000.0, True)),
        (None, "秦雨桐", "放射科", "〃", "2024年9月1日至12月31日", "免", "×",
         ("放射科", d(2024, 9, 1), d(2024, 12, 31), 0.0, False)),
    ]
    for i, (key, name, dept, host, period, fee, done, (dv, sd, ed, feev, donev)) in enumerate(people, 1):
        w.writerow([i, name, use_id(key) if key else "", dept, host, period, fee, done])
        r = 2 + i  # rows as Excel shows the file: a quoted cell over two lines is one row
        row("trainees", fn, None, r, dict(department=dv, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": QW, "host_hospital_id": S1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_sn_trainees_ods(path: Path):
    """石楠县人民医院 (.ods): months "二〇二四年三月" / "二〇二四年八月" (start the 1st, end the last day); 〃 for the
    host and the dates; "儿科。"; fee "２５００"; 是否结业 √ / ×; spaces inside names."""
    fn, sh = path.name, "进修登记"
    rows = [[f"石楠县人民医院2024年进修人员登记（{SYN}）"],
            ["姓名", "身份证号", "进修科室", "接收医院", "开始时间", "结束时间", "费用（元）", "是否结业"]]
    people = [("du", "杜 若川", "骨科", S1, "二〇二四年三月", "二〇二四年八月", "3000", "√",
               ("骨科", d(2024, 3, 1), d(2024, 8, 31), 3000.0, True)),
              ("ji", "季　晓岚", "儿科。", "〃", "〃", "〃", "２５００", "√",
               ("儿科", d(2024, 3, 1), d(2024, 8, 31), 2500.0, True)),
              ("wen", "温子衿", "妇产科", "〃", "二〇二四年九月", "二〇二五年二月", "0", "×",
               ("妇产科", d(2024, 9, 1), d(2025, 2, 28), 0.0, False))]
    for key, name, dept, host, s, e, fee, done, (dv, sd, ed, feev, donev) in people:
        rows.append([name, use_id(key), dept, host, s, e, fee, done])
        row("trainees", fn, sh, len(rows), dict(department=dv, start_date=sd, end_date=ed, fee_charged=feev,
                                                 completed=donev),
            {"recipient_hospital_id": SN, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    rows.append(["填表人：科教科", None, None, None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


def f_sn_techniques_word(path: Path):
    """石楠县人民医院: a Word table pasted into Excel: a technique name broken over two lines and ending "。";
    "二〇二四年五月", "２０２４年６月１８日"; 例数 "十二例", "１２６例", "约20例" (→ empty + finding); √ / ×;
    支援医院 then 〃; "消化内科；", "ＩＣＵ"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石楠县人民医院2024年开展新技术新项目情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "开展科室", "开展时间", "开展例数", "是否填补县域空白", "支援医院"])
    items = [("腹腔镜下\n胆囊切除术。", "普外科", "二〇二四年五月", "十二例", "√", S1,
              ("腹腔镜下胆囊切除术", "普外科", d(2024, 5, 1), 12, True)),
             ("无痛胃肠镜检查", "消化内科；", "２０２４年６月１８日", "１２６例", "×", "〃",
              ("无痛胃肠镜检查", "消化内科", d(2024, 6, 18), 126, False)),
             ("床旁血液净化", "ＩＣＵ", "２０２４年８月", "约20例", "√", "〃",
              ("床旁血液净化", "ICU", d(2024, 8, 1), None, True))]
    for i, (name, dept, when, cases, gap, sup, (nv, dv, day, casesv, gapv)) in enumerate(items, 1):
        ws.append([i, name, dept, when, cases, gap, sup])
        row("techniques", fn, sh, ws.max_row, dict(name=nv, department=dv, first_performed_date=day, cases=casesv,
                                                    fills_county_gap=gapv),
            {"recipient_hospital_id": SN, "support_hospital_id": S1}, ["name"])
        if casesv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wrap(ws)
    wb.save(path)


def f_qwtcm_techniques_xls(path: Path):
    """青苇县中医医院 (.xls): "二〇二四年四月十日", "2024年6月"; 例数 "三十五例" / "8"; 同上 for 科室, 〃 for
    帮扶医院; 填补空白 √ / ×."""
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青苇县中医医院2024年新技术新项目（{SYN}）")
    for j, h in enumerate(["序号", "新技术名称", "科室", "首次开展日期", "例数", "填补县域空白", "帮扶医院"]):
        ws.write(1, j, h)
    items = [("小针刀治疗", "针灸科", "二〇二四年四月十日", "三十五例", "√", S2, ("针灸科", d(2024, 4, 10), 35, True)),
             ("穴位埋线", "同上", "2024年6月", "8", "×", "〃", ("针灸科", d(2024, 6, 1), 8, False))]
    for i, (name, dept, when, cases, gap, sup, (dv, day, casesv, gapv)) in enumerate(items, 1):
        for j, v in enumerate([i, name, dept, when, cases, gap, sup]):
            ws.write(1 + i, j, v)
        row("techniques", fn, sh, 2 + i, dict(name=name, department=dv, first_performed_date=day, cases=casesv,
                                               fills_county_gap=gapv),
            {"recipient_hospital_id": QWTCM, "support_hospital_id": S2}, ["name"])
    ws.write(4, 0, "填报人：医务科")
    wb.save(str(path))


def f_s3_activities(path: Path):
    """鹤川市中心医院: activities gathered from a work group chat: 受援单位 merged down each hospital's rows (one
    written with a full-width space inside, "栗阳县　人民医院"); dates "２０２４年４月１２日", "二〇二四年六月二十日",
    〃 (the same day as the row above); types with trailing ；/。; 参加人数 "三十五人", "约40人" (→ empty + finding),
    "12人", "３０人", "八十人", "3人"."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"鹤川市中心医院2024年对口帮扶活动记录（工作群消息整理）{SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["受援单位", "日期", "活动形式", "内容", "参加人数", "主讲人"])
    acts = [(SNMCH, "２０２４年４月１２日", "学术讲座", "产后出血的早期识别", "三十五人", (d(2024, 4, 12), "学术讲座", 35)),
            (None, "二〇二四年六月二十日", "教学查房；", "妊娠期高血压查房", "约40人", (d(2024, 6, 20), "教学查房", None)),
            (None, "2024年6月21日", "手术示教", "剖宫产术", "12人", (d(2024, 6, 21), "手术示教", 12)),
            ("栗阳县　人民医院", "2024年5月8日", "技术培训", "心肺复苏培训", "３０人", (d(2024, 5, 8), "技术培训", 30)),
            (None, "〃", "义诊", "慢病义诊", "八十人", (d(2024, 5, 8), "义诊", 80)),
            (None, "2024年8月15日", "远程会诊。", "疑难病例远程会诊", "3人", (d(2024, 8, 15), "远程会诊", 3))]
    for i, (rec_cell, day, typ, topic, n, (dv, tv, nv)) in enumerate(acts):
        ws.append([rec_cell, day, typ, topic, n, "某主任"])
        rec = SNMCH if i < 3 else LY
        row("activities", fn, sh, ws.max_row, dict(activity_date=dv, activity_type=tv, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws.merge_cells("A3:A5")
    ws.merge_cells("A6:A8")
    wrap(ws)
    wb.save(path)


def f_s3_roster(path: Path):
    """鹤川市中心医院: 派驻医院 merged down each hospital's rows; "韦山河\\n电话：13900002201"; an ID number with
    spaces; 〃 in both dates; "副主任医师；", "主管技师。"; 结束日期 "至今"; date cells and text dates."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"鹤川市中心医院对口支援派驻人员名册（2024年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "派驻医院", "姓名", "身份证号", "科室", "职称", "开始日期", "结束日期"])
    oy = ID["ouyang"]
    spaced = f"{oy[:6]} {oy[6:14]} {oy[14:]}"
    people = [(SNMCH, "韦山河\n电话：13900002201", use_id("wei"), "妇产科", "副主任医师；", dt.date(2024, 3, 4),
               dt.date(2024, 9, 3), dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), "wei"),
              (None, "欧阳 晴", use_id("ouyang", spaced), "儿科", "主治医师", "〃", "〃",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), "ouyang"),
              (LY, "岑伯言", use_id("cen"), "检验科", "主管技师。", "2024年7月1日", "至今",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 7, 1), None), "cen"),
              (None, "钟 子墨\n13900002204", use_id("zhong"), "放射科", "主治医师", "2024年7月1日", "2024年12月31日",
               dep("放射科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), "zhong")]
    for i, (rec_cell, name, idc, dept, title, s, e, f, key) in enumerate(people, 1):
        ws.append([i, rec_cell, name, idc, dept, title, s, e])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        rec = SNMCH if i <= 2 else LY
        row("deployments", fn, sh, r, f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    ws.merge_cells("B3:B4")
    ws.merge_cells("B5:B6")
    wrap(ws)
    wb.save(path)


def f_sn_monthly_xlsx(path: Path):
    """石楠县人民医院 1—6月: months "１月"…"６月"; counts as full-width text in some cells, "２６５台",
    "三十八人次"; the rest numbers."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石楠县人民医院２０２４年１—６月业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    cn = {38: "三十八人次", 36: "三十六人次"}
    for m in range(1, 7):
        v = [15200 + 210 * m, 1120 + 17 * m, 260 + 5 * m, 40 - m]
        cells = [fw(str(v[0])) if m % 2 else v[0], v[1], f"{fw(str(v[2]))}台" if m == 1 else v[2],
                 cn.get(v[3], v[3])]
        ws.append([fw(f"{m}月"), *cells])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SN}, ["month"])
    ws.append(["填报人：统计室"])
    wb.save(path)


def f_snmch_monthly_gbk(path: Path):
    """石楠县妇幼保健院 7—12月: CSV in GBK, the header on the first line; 单位 written once then 〃; months
    "二〇二四年七月" …; 下转接收 "三人", "5人", "０"; a 注 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["单位", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    cnm = {7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}
    down_w = {7: "三人", 8: "5人", 9: "０", 10: "2", 11: "4人", 12: "1"}
    down = {7: 3, 8: 5, 9: 0, 10: 2, 11: 4, 12: 1}
    for r, m in enumerate(range(7, 13), 2):
        v = [6100 + 95 * m, 402 + 6 * m, 88 + m, 15 - m // 2]
        w.writerow([SNMCH if m == 7 else "〃", f"二〇二四年{cnm[m]}月", *v, down_w[m]])
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=down[m]), {"recipient_hospital_id": SNMCH}, ["month"])
    w.writerow([f"注：{SYN}", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_qw_assessment_xlsx(path: Path):
    """青苇县人民医院, May: the month in the title in full-width digits; names with spaces; an ID in full-width
    digits; score "９６分"; 抽查 "４次"; 在岗 "同左" (= the 抽查 cell to its left); 派出单位 then 〃."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青苇县人民医院派驻人员月度考核表（２０２４年５月）{SYN}"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "抽查次数", "在岗次数"])
    people = [("xu", "许 知行", fw(ID["xu"]), S1, "９６分", "４次", "同左", 96.0, 4, 4),
              ("tao", "陶宛清", ID["tao"], "〃", "91.5", "4", "3", 91.5, 4, 3),
              ("shen", "沈　如意", ID["shen"], "〃", "94分", "4次", "同左", 94.0, 4, 4)]
    for i, (key, name, idc, sup, sc, chk, pres, scv, chkv, presv) in enumerate(people, 1):
        ws.append([i, name, use_id(key, idc), sup, sc, chk, pres])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=5, score=scv, spot_checks=chkv, spot_checks_present=presv),
            {"recipient_hospital_id": QW}, ["month"], id_number=ID[key])
    ws.append(["考核人：院办"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 临枫市
def f_ly_monthly_ods(path: Path):
    """栗阳县人民医院 7—9月 (.ods): months "２０２４年７月"; counts with units "人次"; 上转接收 column."""
    fn, sh = path.name, "7-9月"
    rows = [[f"栗阳县人民医院2024年第三季度业务量（{SYN}）"],
            ["月份", "门急诊（人次）", "出院（人）", "手术（台）", "转出（人次）", "上转接收（人次）"]]
    for m in (7, 8, 9):
        v = [9800 + 110 * m, 702 + 9 * m, 150 + 3 * m, 22 - m, m - 5]
        rows.append([fw(f"2024年{m}月"), f"{v[0]}人次", v[1], v[2], fw(str(v[3])), v[4]])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_up_received=v[4]), {"recipient_hospital_id": LY}, ["month"])
    rows.append(["统计：病案室"])
    ods_doc(path, {sh: rows})


def f_ly_assessment_ods(path: Path):
    """栗阳县人民医院, July (.ods): "三次" / "3次" / "2次"; 派出单位 then 同上; "钟　子墨"."""
    fn, sh = path.name, "2024年7月"
    rows = [[f"栗阳县人民医院派驻人员考核（２０２４年７月）（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "考核分数", "抽查次数", "在岗次数"],
            [1, "岑伯言", use_id("cen"), S3, 95.5, "三次", "三次"],
            [2, "钟　子墨", use_id("zhong"), "同上", "92分", "3次", "2次"],
            ["考核人：医务科"]]
    for r, key, sc, chk, pres in ((3, "cen", 95.5, 3, 3), (4, "zhong", 92.0, 3, 2)):
        row("staff_monthly_assessments", fn, sh, r,
            dict(year=2024, month=7, score=sc, spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": LY}, ["month"], id_number=ID[key])
    ods_doc(path, {sh: rows})


def f_lytcm_trainees_xlsx(path: Path):
    """栗阳县中医医院: header "姓　名" with a full-width space; 进修期间 "2024年3月—8月" (month range: the 1st to the
    last day); host "岱沅省中医院；" then 同上; 是否结业（√/×）; "推拿科；"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栗阳县中医医院2024年进修人员（{SYN}）"])
    ws.append(["序号", "姓　名", "身份证号", "进修科室", "进修单位", "进修期间", "是否结业（√/×）"])
    people = [("lu", "陆 景行", "针灸科", "岱沅省中医院；", "2024年3月—8月", "√", ("针灸科", d(2024, 3, 1), d(2024, 8, 31),
                                                                           True)),
              ("su", "苏　禾", "推拿科；", "同上", "2024年9月—2025年2月", "×", ("推拿科", d(2024, 9, 1), d(2025, 2, 28),
                                                                       False))]
    for i, (key, name, dept, host, period, done, (dv, sd, ed, donev)) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, host, period, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dv, start_date=sd, end_date=ed, completed=donev),
            {"recipient_hospital_id": LYTCM, "host_hospital_id": S2}, ["start_date", "department"], id_number=ID[key])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "鹤川市", "临枫市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_岱沅省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_wechat, "省直", "SYNTHETIC_省人民医院派驻人员（微信群接龙整理）.xlsx"),
             (f_s2_xls, "省直", "SYNTHETIC_省中医院派驻名单2024.xls"),
             (f_county_gbk, "省直", "SYNTHETIC_各县县域住院流向2024.csv"),
             (f_qw_trainees_csv, "鹤川市", "SYNTHETIC_青苇县人民医院进修人员（微信接龙）.csv"),
             (f_sn_trainees_ods, "鹤川市", "SYNTHETIC_石楠县人民医院进修登记.ods"),
             (f_sn_techniques_word, "鹤川市", "SYNTHETIC_石楠县人民医院新技术（从Word粘贴）.xlsx"),
             (f_qwtcm_techniques_xls, "鹤川市", "SYNTHETIC_青苇县中医医院新技术项目.xls"),
             (f_s3_activities, "鹤川市", "SYNTHETIC_鹤川市中心医院帮扶活动（工作群整理）.xlsx"),
             (f_s3_roster, "鹤川市", "SYNTHETIC_鹤川市中心医院派驻人员名册.xlsx"),
             (f_sn_monthly_xlsx, "鹤川市", "SYNTHETIC_石楠县人民医院业务量（２０２４年１—６月）.xlsx"),
             (f_snmch_monthly_gbk, "鹤川市", "SYNTHETIC_石楠县妇幼保健院月报7-12月.csv"),
             (f_qw_assessment_xlsx, "鹤川市", "SYNTHETIC_青苇县派驻人员考核２０２４年５月.xlsx"),
             (f_ly_monthly_ods, "临枫市", "SYNTHETIC_栗阳县人民医院业务量7-9月.ods"),
             (f_ly_assessment_ods, "临枫市", "SYNTHETIC_栗阳县派驻人员考核7月.ods"),
             (f_lytcm_trainees_xlsx, "临枫市", "SYNTHETIC_栗阳县中医医院进修人员.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

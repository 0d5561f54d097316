"""realworld144 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅屏省) for 2024 whose recipient
county hospitals lead county medical communities (县域医共体 / 紧密型县域医疗卫生共同体): the county hospital is the
医共体's 总院 and reports — and is written by its supporters — under the 医共体's name (青樾县医共体总院,
青樾县医疗健康集团, 青樾县人民医院（医共体总院）, 青篁县总医院); its township centres are 分院 (青樾县医共体白溪分院 =
青樾县白溪镇卫生院); some files come from the 医共体管理办公室 for the whole community. The pairing list is in
data/raw/reference/; the submissions in 省直/ (the support hospitals and the province's clerk), 青樾县/, 青篁县/.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,青樾县,青篁县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit. Written without reading the tool's parser.
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

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
PROV, TCM_C, C1 = "琅屏省人民医院", "澄岫市中医院", "澄岫市第一人民医院"
QY, QYTCM, BX = "青樾县人民医院", "青樾县中医医院", "青樾县白溪镇卫生院"
QH, ZY = "青篁县人民医院", "青篁县竹源镇中心卫生院"
RECIP = {QY: ("二级甲等", "二级", "甲等", "综合医院", "青樾县"),
         QYTCM: ("二级乙等", "二级", "乙等", "中医医院", "青樾县"),
         BX: ("一级", "一级", None, "乡镇卫生院", "青樾县"),
         QH: ("二级甲等", "二级", "甲等", "综合医院", "青篁县"),
         ZY: ("一级甲等", "一级", "甲等", "乡镇卫生院", "青篁县")}
# not in the pairing list: 青樾县松岗镇卫生院 (松岗分院), 青篁县石岭镇卫生院 (石岭分院)

ID = {k: idn(*v) for k, v in {
    # 琅屏省人民医院 → 青樾县人民医院
    "lin": ("990101", "19760412", "031"), "su": ("990101", "19810925", "042"),
    "gu": ("990102", "19880307", "015"), "qian": ("990101", "19830119", "056"),
    # 澄岫市中医院 → 青樾县中医医院
    "song": ("990201", "19790630", "027"), "tang": ("990201", "19900214", "068"),
    # 澄岫市第一人民医院 → 青篁县人民医院
    "han": ("990202", "19740802", "013"), "cai": ("990202", "19890511", "024"), "deng": ("990203", "19820117", "035"),
    # 青樾县人民医院 (总院) → 分院
    "zhou": ("990411", "19870903", "041"), "wu": ("990411", "19910422", "062"), "zheng": ("990411", "19860728", "019"),
    "feng": ("990412", "19930315", "046"),
    # 白溪分院 trainees
    "zhu": ("990411", "19950610", "028"), "xu": ("990413", "19920101", "047"),
    # 青篁县医共体 trainees
    "chen": ("990421", "19880824", "033"), "fang": ("990421", "19940409", "054"),
    "yuan": ("990422", "19900930", "075"), "ma": ("990421", "19960118", "026"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def held(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


FIXED = "2025-01-08T00:00:00Z"


def save_xlsx(wb, path: Path):
    """openpyxl stamps the save time into docProps/core.xml and the zip entries: rewritten to a fixed date so that
    the same corpus is the same bytes every time."""
    buf = io.BytesIO()
    wb.save(buf)
    fixed_zip(buf.getvalue(), path)


def fixed_zip(raw: bytes, path: Path):
    """The zip rewritten with fixed entry dates and document dates (the order and the stored mimetype kept)."""
    import re
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"(<(?:dcterms:created|dcterms:modified|meta:creation-date|dc:date)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + FIXED.encode() + rb"\2", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 8, 0, 0, 0))
            zi.compress_type = info.compress_type
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy."""
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
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    fixed_zip(buf.getvalue(), path)


def write_csv(path: Path, lines, encoding: str, bom: bool):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1-style: 受援医院 first, 等级 as one cell ("二级甲等", "一级"), 所在县, 支援医院, 协议签订日期 as dates,
    支援期限 for one pairing only (the others take the title's 2023—2025年). Two of the recipients are township
    centres supported by their county hospital (the 医共体's 总院 → its 分院)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append(["附件1"])
    ws.append([f"琅屏省城乡医院对口支援关系一览表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A2:H2")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QY, PROV, dt.date(2023, 1, 16), None),
             (QYTCM, TCM_C, dt.date(2023, 2, 20), "2023.3.1—2026.2.28"),
             (BX, QY, dt.date(2023, 3, 1), None),
             (QH, C1, dt.date(2023, 1, 16), None),
             (ZY, QH, dt.date(2023, 3, 6), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        lvl_text, _lv, _gr, cat, county = RECIP[r]
        ws.append([i, r, lvl_text, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2023, 3, 1), d(2026, 2, 28), "support_period"
        else:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。县域医共体成员单位按原机构名称填列。"])
    save_xlsx(wb, path)
    for r, (_t, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (PROV, TCM_C, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_prov_roster(path: Path):
    """琅屏省人民医院's roster for its one recipient, written four ways in 派驻单位: 青樾县医共体总院, 青樾县医疗健康集团,
    青樾县人民医院（医共体总院）, 青樾县人民医院 — all the county hospital; 结束时间 至今 (open)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅屏省人民医院2024年对口支援青樾县派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始时间", "结束时间", "备注"])
    people = [("lin", "林照川", "心血管内科", "主任医师", "青樾县医共体总院", dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("su", "苏晚晴", "护理部", "副主任护师", "青樾县医疗健康集团", dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("护理部", "副主任护师", "副高级", "护理", d(2024, 3, 1), d(2024, 8, 31))),
              ("qian", "钱一苇", "麻醉科", "副主任医师", "青樾县人民医院", dt.date(2024, 6, 3), "至今",
               dep("麻醉科", "副主任医师", "副高级", "医疗", d(2024, 6, 3), None)),
              ("gu", "顾承泽", "骨科", "主治医师", "青樾县人民医院（医共体总院）", dt.date(2024, 9, 2),
               dt.date(2025, 2, 28), dep("骨科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 2, 28)))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e, "县医共体牵头医院" if i == 1 else None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": PROV, "recipient_hospital_id": QY},
            ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "4人"])
    ws.append(["填表人：医务部", None, None, None, "填报日期：2025年1月8日"])
    save_xlsx(wb, path)


def f_tcm_roster_xls(path: Path):
    """澄岫市中医院 (.xls): an ordinary roster; the recipient only in the title (青樾县中医医院, a member of the
    county's 医共体 but a recipient of its own in the pairing list)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄岫市中医院派驻青樾县中医医院医务人员名单（2024年）{SYN}")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "派驻起始日期", "派驻结束日期"]):
        ws.write(1, j, h)
    people = [("song", "宋知秋", "针灸科", "副主任中医师", "2024-04-01", "2024-09-30",
               dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("tang", "唐若水", "护理部", "主管护师", "2024-04-01", "2024-09-30",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30)))]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, s, e]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, f, {"support_hospital_id": TCM_C, "recipient_hospital_id": QYTCM},
            ["start_date", "department"], id_number=ID[key])
    ws.write(4, 0, "报送单位：澄岫市中医院医务科")
    wb.save(str(path))


def f_c1_roster(path: Path):
    """澄岫市第一人民医院 → 青篁县: 受援单位 written 青篁县总医院 (the 医共体's name) and once
    青篁县人民医院（青篁县总医院）."""
    fn, sh = path.name, "2024年派驻"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岫市第一人民医院2024年派驻青篁县总医院人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出科室", "职称", "受援单位", "派驻开始日期", "派驻结束日期"])
    people = [("han", "韩望舒", "普外科", "主任医师", "青篁县总医院", dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               dep("普外科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("cai", "蔡青禾", "儿科", "主治医师", "青篁县总医院", dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("deng", "邓远山", "呼吸内科", "副主任医师", "青篁县人民医院（青篁县总医院）", dt.date(2024, 9, 9),
               dt.date(2025, 3, 8), dep("呼吸内科", "副主任医师", "副高级", "医疗", d(2024, 9, 9), d(2025, 3, 8)))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        row("deployments", fn, sh, r, f, {"support_hospital_id": C1, "recipient_hospital_id": QH},
            ["start_date", "department"], id_number=ID[key])
    save_xlsx(wb, path)


def f_c1_activities(path: Path):
    """澄岫市第一人民医院's activity record at 青篁县总医院: the recipient in the title only, by the 医共体's name."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岫市第一人民医院帮扶青篁县总医院活动记录（2024年）{SYN}"])
    ws.append(["序号", "活动日期", "活动类型", "活动主题", "主讲/带教专家", "参加人数"])
    acts = [(dt.date(2024, 3, 21), "学术讲座", "急腹症的早期识别", "韩望舒", 46),
            (dt.date(2024, 4, 11), "教学查房", "小儿肺炎查房", "蔡青禾", 14),
            (dt.date(2024, 5, 16), "手术示教", "腹腔镜胆囊切除术", "韩望舒", 9),
            (dt.date(2024, 10, 17), "疑难病例讨论", "慢阻肺急性加重一例", "邓远山", 21)]
    for i, (day, typ, topic, who, n) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, who, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": QH, "support_hospital_id": C1}, ["activity_date", "activity_type"])
    ws.append(["记录人：医务处"])
    save_xlsx(wb, path)


def f_county_flow(path: Path):
    """The province's clerk: county inpatient flow for 2024, the two counties."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, tot, out in (("青樾县", "999401", 41230, 5871), ("青篁县", "999402", 33618, 6120)):
        ws.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=tot,
                                                                resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    save_xlsx(wb, path)


# ------------------------------------------------------------------------------------------- 青樾县
def f_qy_community_monthly(path: Path):
    """青樾县医共体管理办公室: one sheet per month (2024年1月 … 3月), a row per member unit — the 总院 as
    青樾县人民医院（医共体总院）, the 白溪分院, the county's 中医医院 (a member) and the 松岗分院 (in no pairing: held) —
    and a 医共体合计 row; "—" where a unit does not report a measure."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    units = [("青樾县人民医院（医共体总院）", QY), ("白溪分院", BX), ("青樾县中医医院", QYTCM), ("松岗分院", None)]
    base = {QY: (16200, 1310, 305, 38, 52, None), BX: (2150, 96, 0, 21, None, 9),
            QYTCM: (6320, 402, 41, 12, None, None), None: (1730, 64, 0, 17, None, 6)}
    for m in (1, 2, 3):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"青樾县医共体（紧密型县域医疗卫生共同体）成员单位业务量月报 2024年{m}月（{SYN}）"])
        ws.append(["填报单位：青樾县医共体管理办公室"])
        ws.append(["成员单位", "门急诊人次", "出院人数", "手术台次", "转出人次", "接收上转人次", "接收下转人次"])
        tot = [0, 0, 0, 0]
        for label, hosp in units:
            b = base[hosp]
            v = [b[0] + 130 * m, b[1] + 7 * m, b[2] + (3 * m if b[2] else 0), b[3] + m,
                 None if b[4] is None else b[4] + 2 * m, None if b[5] is None else b[5] + m]
            ws.append([label, *v[:4], "—" if v[4] is None else v[4], "—" if v[5] is None else v[5]])
            tot = [a + x for a, x in zip(tot, v[:4])]
            r = ws.max_row
            if hosp is None:
                held(fn, sh, r, "unresolved_hospital", "松岗分院 = 青樾县松岗镇卫生院, in no pairing of the list")
                continue
            row("hospital_monthly_stats", fn, sh, r,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_up_received=v[4], referrals_down_received=v[5]),
                {"recipient_hospital_id": hosp}, ["month"])
        ws.append(["医共体合计", *tot, None, None])
        ws.append(["审核：医共体管理办公室", None, None, "报送日期：" + f"2024年{m + 1}月5日"])
    save_xlsx(wb, path)


def f_qy_downward_roster(path: Path):
    """青樾县医共体总院 sends its own doctors down to the 分院 (下派): support = 青樾县人民医院 (the title's 医共体总院);
    派驻分院 白溪分院 = 青樾县白溪镇卫生院 (paired with it), once the centre's full name; 松岗分院 in no pairing: held."""
    fn, sh = path.name, "下派人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青樾县医共体总院2024年下派分院医务人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻分院", "下派开始日期", "下派结束日期"])
    people = [("zhou", "周明澈", "内科", "主治医师", "白溪分院", dt.date(2024, 1, 8), dt.date(2024, 6, 30),
               dep("内科", "主治医师", "中级", "医疗", d(2024, 1, 8), d(2024, 6, 30)), BX),
              ("wu", "吴清和", "护理部", "主管护师", "白溪分院", dt.date(2024, 1, 8), dt.date(2024, 6, 30),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 1, 8), d(2024, 6, 30)), BX),
              ("zheng", "郑怀远", "外科", "主治医师", "松岗分院", dt.date(2024, 1, 8), dt.date(2024, 6, 30), None, None),
              ("feng", "冯晓岚", "中医科", "住院医师", "青樾县白溪镇卫生院", dt.date(2024, 7, 1), dt.date(2024, 12, 31),
               dep("中医科", "住院医师", "初级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), BX)]
    for i, (key, name, dept, title, unit, s, e, f, rec) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, unit, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if rec is None:
            held(fn, sh, r, "unresolved_hospital", "松岗分院 = 青樾县松岗镇卫生院, in no pairing of the list")
            continue
        row("deployments", fn, sh, r, f, {"support_hospital_id": QY, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    ws.append(["制表：青樾县人民医院（医共体总院）人事科"])
    save_xlsx(wb, path)


def f_qy_assessment_xls(path: Path):
    """青樾县医疗健康集团 (.xls): April's assessment of the province hospital's dispatched staff; the recipient is
    named only by the 医共体's name in the title."""
    fn, sh = path.name, "4月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青樾县医疗健康集团对口支援派驻人员2024年4月考核表（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"]):
        ws.write(1, j, h)
    for i, (key, name, sc, chk, pres) in enumerate([("lin", "林照川", 95, 4, 4), ("su", "苏晚晴", 92.5, 4, 3)], 1):
        for j, v in enumerate([i, name, use_id(key), PROV, sc, chk, pres]):
            ws.write(1 + i, j, v)
        row("staff_monthly_assessments", fn, sh, 2 + i,
            dict(year=2024, month=4, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": QY}, ["month"], id_number=ID[key])
    ws.write(4, 0, "考核人：青樾县医疗健康集团办公室")
    wb.save(str(path))


def f_bx_trainees_csv(path: Path):
    """青樾县医共体白溪分院 (CSV, UTF-8 with BOM): its staff trained at the 总院 (written 青樾县医共体总院 /
    青樾县人民医院) and at the province hospital; one trainee without an ID number."""
    fn = path.name
    lines = [[f"填报单位：青樾县医共体白溪分院（{SYN}）", "", "", "", "", "", "", ""],
             ["2024年外出进修人员登记", "", "", "", "", "", "", ""],
             ["姓名", "身份证号", "科室", "进修单位", "开始日期", "结束日期", "进修费用（元）", "是否结业"]]
    people = [("zhu", "朱小满", "全科", "青樾县医共体总院", "2024-03-01", "2024-05-31", "0", "是", QY, d(2024, 3, 1),
               d(2024, 5, 31), 0.0, True),
              (None, "何叶青", "护理", "青樾县人民医院", "2024-06-03", "2024-08-30", "0", "是", QY, d(2024, 6, 3),
               d(2024, 8, 30), 0.0, True),
              ("xu", "许南星", "检验科", PROV, "2024-09-02", "2025-02-28", "3000", "否", PROV, d(2024, 9, 2),
               d(2025, 2, 28), 3000.0, False)]
    for key, name, dept, host, s, e, fee, done, hosp, sd, ed, feev, donev in people:
        lines.append([name, use_id(key) if key else "", dept, host, s, e, fee, done])
        r = len(lines)
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": BX, "host_hospital_id": hosp}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    write_csv(path, lines, "utf-8", bom=True)


def f_qy_activities(path: Path):
    """青樾县人民医院（医共体总院）: sheet 1 the activities it received from the province hospital; sheet 2 the
    activities it took down to its 分院 (support = the 总院; 白溪分院 = 白溪镇卫生院; 松岗分院 in no pairing: held)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sh1 = ws.title = "省医院帮扶"
    ws.append([f"青樾县人民医院（医共体总院）2024年接受对口帮扶活动登记（{SYN}）"])
    ws.append(["日期", "支援单位", "活动类型", "主题", "参加人数"])
    for day, typ, topic, n in ((dt.date(2024, 3, 15), "学术讲座", "高血压分级诊疗", 40),
                               (dt.date(2024, 4, 10), "教学查房", "心衰患者查房", 18),
                               (dt.date(2024, 9, 26), "手术示教", "股骨颈骨折内固定", 12)):
        ws.append([day, PROV, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh1, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": QY, "support_hospital_id": PROV}, ["activity_date", "activity_type"])
    ws2 = wb.create_sheet("下沉分院")
    ws2.append([f"青樾县医共体总院2024年下沉分院帮扶活动登记（{SYN}）"])
    ws2.append(["日期", "受援分院", "活动类型", "主题", "参加人数"])
    for day, unit, typ, topic, n, rec in ((dt.date(2024, 4, 18), "白溪分院", "义诊", "慢病义诊", 60, BX),
                                          (dt.date(2024, 6, 6), "白溪分院", "技术培训", "心肺复苏培训", 15, BX),
                                          (dt.date(2024, 7, 11), "松岗分院", "疑难病例讨论", "不明原因发热一例", 8, None)):
        ws2.append([day, unit, typ, topic, n])
        ws2.cell(ws2.max_row, 1).number_format = "yyyy-mm-dd"
        if rec is None:
            held(fn, "下沉分院", ws2.max_row, "unresolved_hospital",
                 "松岗分院 = 青樾县松岗镇卫生院, in no pairing of the list")
            continue
        row("activities", fn, "下沉分院", ws2.max_row,
            dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": QY}, ["activity_date", "activity_type"])
    save_xlsx(wb, path)


# ------------------------------------------------------------------------------------------- 青篁县
def f_qh_monthly_csv(path: Path):
    """青篁县总医院 (CSV, GBK): its own monthly workload, January–June; the hospital only by the 医共体's name."""
    fn = path.name
    lines = [[f"青篁县总医院2024年1—6月业务量统计（{SYN}）", "", "", "", ""],
             ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [13800 + 170 * m, 980 + 11 * m, 215 + 4 * m, 44 - 2 * m]
        lines.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QH}, ["month"])
    lines.append(["填报人：统计室", "", "", "", ""])
    write_csv(path, lines, "gbk", bom=False)


def f_qh_office_trainees(path: Path):
    """青篁县医共体管理办公室: trainees of the whole community. 派出单位 总院 / 竹源分院 / 青篁县竹源镇中心卫生院 /
    石岭分院 (in no pairing: held); 进修医院 澄岫市第一人民医院, 总院 or 青篁县总医院 (= 青篁县人民医院)."""
    fn, sh = path.name, "进修汇总"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青篁县医共体2024年外出进修人员汇总表（{SYN}）"])
    ws.append(["报送单位：青篁县医共体管理办公室"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修医院", "进修开始", "进修结束", "是否结业"])
    people = [("chen", "陈望川", "总院", "心内科", C1, dt.date(2024, 3, 1), dt.date(2024, 8, 31), "是", QH, C1),
              ("fang", "方映雪", "竹源分院", "全科", "总院", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "是", ZY, QH),
              ("yuan", "袁石生", "石岭分院", "全科", "总院", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "是", None, QH),
              ("ma", "马若兰", "青篁县竹源镇中心卫生院", "护理", "青篁县总医院", dt.date(2024, 7, 1), dt.date(2024, 9, 30),
               "否", ZY, QH)]
    for i, (key, name, unit, dept, host, s, e, done, rec, hosp) in enumerate(people, 1):
        ws.append([i, name, use_id(key), unit, dept, host, s, e, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy.mm.dd"
        if rec is None:
            held(fn, sh, r, "unresolved_hospital", "石岭分院 = 青篁县石岭镇卫生院, in no pairing of the list")
            continue
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                        completed=done == "是"),
            {"recipient_hospital_id": rec, "host_hospital_id": hosp}, ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "4人"])
    save_xlsx(wb, path)


def f_qh_techniques_ods(path: Path):
    """青篁县总医院 (.ods): its new techniques, 技术来源 the city hospital."""
    fn, sh = path.name, "新技术"
    rows = [[f"青篁县总医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "开展科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源"]]
    items = [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 4, 16), 23, "是", True),
             ("无创呼吸机辅助通气", "呼吸内科", dt.date(2024, 5, 8), 41, "否", False),
             ("儿童哮喘规范化管理", "儿科", dt.date(2024, 10, 12), 15, "是", True)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, C1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": QH, "support_hospital_id": C1}, ["name"])
    rows.append(["填报人：医务科", None, None, "审核人：", None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "青樾县", "青篁县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅屏省城乡医院对口支援关系一览表（2023—2025年）.xlsx")
    files = [(f_prov_roster, "省直", "SYNTHETIC_省人民医院派驻青樾县医共体人员花名册2024.xlsx"),
             (f_tcm_roster_xls, "省直", "SYNTHETIC_澄岫市中医院派驻人员名单2024.xls"),
             (f_c1_roster, "省直", "SYNTHETIC_澄岫市一院派驻青篁县总医院人员2024.xlsx"),
             (f_c1_activities, "省直", "SYNTHETIC_澄岫市一院帮扶青篁县总医院活动记录2024.xlsx"),
             (f_county_flow, "省直", "SYNTHETIC_县域住院流向2024.xlsx"),
             (f_qy_community_monthly, "青樾县", "SYNTHETIC_青樾县医共体成员单位业务量1-3月（医共体办公室）.xlsx"),
             (f_qy_downward_roster, "青樾县", "SYNTHETIC_青樾县医共体总院下派分院人员名册2024.xlsx"),
             (f_qy_assessment_xls, "青樾县", "SYNTHETIC_青樾县医疗健康集团派驻人员考核2024年4月.xls"),
             (f_bx_trainees_csv, "青樾县", "SYNTHETIC_白溪分院进修人员2024.csv"),
             (f_qy_activities, "青樾县", "SYNTHETIC_青樾县人民医院（医共体总院）帮扶活动登记2024.xlsx"),
             (f_qh_monthly_csv, "青篁县", "SYNTHETIC_青篁县总医院业务量1-6月.csv"),
             (f_qh_office_trainees, "青篁县", "SYNTHETIC_青篁县医共体进修人员汇总2024（医共体管理办公室）.xlsx"),
             (f_qh_techniques_ods, "青篁县", "SYNTHETIC_青篁县总医院新技术新项目2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

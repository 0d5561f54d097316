"""realworld95 corpus generator — SYNTHETIC / 合成数据. A fictional province (沄川省) for 2024: the pairing list in
data/raw/reference/ and sixteen submissions whose NUMBERS are written as text the way clerks write them: 1,234 and
1，234, 1.52万 and 0.12万人次, full-width digits (５６), 约40 / 40余 / 不足10 / 10以上 / 10-15, 0 as 〇 or 零, counts with
units inside (56人, 12例, 7台次), money as ¥3,000.00 / 3千元 / 0.3万元 / 叁仟元 / 免, rates as 12.5% or 0.125,
negative numbers as (12) or -12 in a statistics sheet, and numbers stored as text with a leading apostrophe.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,棠溪县,枫岙县,石漱县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser.
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


P1, PTCM, QB = "沄川省人民医院", "沄川省中医院", "青埠市中心医院"
TX, TXTCM, FA, FAMCH, SS = "棠溪县人民医院", "棠溪县中医医院", "枫岙县人民医院", "枫岙县妇幼保健院", "石漱县人民医院"
RECIP = {TX: ("二级", "甲等", "综合医院", "棠溪县"), TXTCM: ("二级", "乙等", "中医医院", "棠溪县"),
         FA: ("二级", "甲等", "综合医院", "枫岙县"), FAMCH: ("二级", None, "妇幼保健院", "枫岙县"),
         SS: ("二级", "乙等", "综合医院", "石漱县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990101", "19730412", "031"), "tao": ("990101", "19870622", "042"), "he": ("990102", "19810915", "015"),
    "shen": ("990103", "19760803", "024"), "jiang": ("990101", "19850517", "036"),
    "zheng": ("990111", "19880224", "051"), "feng": ("990111", "19790718", "062"), "kong": ("990112", "19861103", "027"),
    "wei": ("990301", "19850716", "072"), "cen": ("990302", "19880930", "038"),
    "luo": ("990201", "19920506", "083"), "bai": ("990201", "19941012", "028"), "zhong": ("990202", "19930321", "019"),
    "lin": ("990202", "19910228", "046"), "su": ("990203", "19950609", "054"),
    "du": ("990211", "19900327", "044"), "qin": ("990211", "19930809", "065"), "shao": ("990212", "19951201", "016"),
    "liang": ("990212", "19890418", "037"),
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


WRONG_TAO = ID["tao"][:17] + ("0" if ID["tao"][17] != "0" else "1")      # a wrong check digit
FIFTEEN_ZHENG = ID["zheng"][:6] + ID["zheng"][8:17]                       # the legacy 15-digit spelling


# ------------------------------------------------------------------------------------------- writers
def write_xlsx(path: Path, sheets: dict):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for vals in rows:
            ws.append(list(vals))
        for r in ws.iter_rows():
            for c in r:
                if isinstance(c.value, str):
                    c.number_format = "@"
                elif isinstance(c.value, dt.date):
                    c.number_format = "yyyy-mm-dd"
    wb.save(path)


def write_xls(path: Path, sheets: dict):
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for name, rows in sheets.items():
        ws = wb.add_sheet(name)
        for i, vals in enumerate(rows):
            for j, v in enumerate(vals):
                if v is None:
                    continue
                if isinstance(v, dt.date):
                    ws.write(i, j, v, date_style)
                else:
                    ws.write(i, j, v)
    wb.save(str(path))


def write_ods(path: Path, sheets: dict):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, bool) or v is None:
                    c = TableCell()
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path: Path, rows, encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for vals in rows:
        w.writerow(["" if v is None else (v.isoformat() if isinstance(v, dt.date) else v) for v in vals])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def dep(dept, title, rank, cat, start, end, years=None, paid=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                years_of_service=years, paid_by_recipient=paid)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    rows = [[f"附件1：沄川省城乡医院对口支援关系表（2024—2026年）  {SYN}"],
            ["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"]]
    pairs = [(P1, TX, dt.date(2023, 12, 8), None), (PTCM, TXTCM, dt.date(2023, 12, 8), None),
             (P1, FA, dt.date(2024, 1, 16), "2024-3-1~2027-2-28"), (QB, FAMCH, dt.date(2023, 12, 20), None),
             (QB, SS, dt.date(2023, 12, 20), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        rows.append([i, s, r, level, grade, cat, county, ag, per])
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    rows.append([f"注：{SYN}，医院名称均为虚构。"])
    write_xlsx(path, {"附件1": rows})
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, QB):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- deployments
def f_p1_roster(path: Path):
    """省人民医院 (xlsx): 工作年限 "15年" / "'12" / "８" / "20年以上"; 补贴 "¥6,000.00" / "0.6万元" / "免" / "叁仟元" /
    "3千元"; one ID with a wrong check digit."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"沄川省人民医院2024年对口支援派驻人员名册（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始日期", "结束日期", "工作年限",
             "受援医院发放补贴（元）", "备注"]]
    a, b = dt.date(2024, 3, 4), dt.date(2024, 9, 3)
    c, e = dt.date(2024, 4, 1), dt.date(2024, 12, 31)
    people = [("xu", "许知远", None, "心血管内科", "主任医师", TX, a, b, "15年", "¥6,000.00",
               dep("心血管内科", "主任医师", "正高级", "医疗", a.isoformat(), b.isoformat(), 15, 6000.0), ID["xu"], []),
              ("tao", "陶清和", WRONG_TAO, "心血管内科", "主治医师", TX, a, b, "'12", "0.6万元",
               dep("心血管内科", "主治医师", "中级", "医疗", a.isoformat(), b.isoformat(), 12, 6000.0), WRONG_TAO,
               ["ID_CHECK_DIGIT"]),
              ("he", "贺远舟", None, "普外科", "副主任医师", FA, c, e, "８", "免",
               dep("普外科", "副主任医师", "副高级", "医疗", c.isoformat(), e.isoformat(), 8, 0.0), ID["he"], []),
              ("shen", "沈素心", None, "护理部", "主管护师", TX, a, b, "20年以上", "叁仟元",
               dep("护理部", "主管护师", "中级", "护理", a.isoformat(), b.isoformat(), None, 3000.0), ID["shen"],
               ["UNPARSEABLE_OPTIONAL"]),
              ("jiang", "江望舒", None, "麻醉科", "主治医师", FA, dt.date(2024, 7, 1), e, 7, "3千元",
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), e.isoformat(), 7, 3000.0), ID["jiang"], [])]
    for i, (key, name, sp, dept, title, rec, s, en, yrs, paid, f, tid, codes) in enumerate(people, 1):
        rows.append([i, name, use_id(key, sp), dept, title, rec, s, en, yrs, paid, None])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        for code in codes:
            finding(fn, len(rows), code)
    rows.append(["合计", "5人"])
    rows.append(["制表：医务部", None, None, None, None, None, None, "2025年1月6日"])
    write_xlsx(path, {sh: rows})


def f_ptcm_roster_xls(path: Path):
    """省中医院 (xls): a 15-digit ID; 补贴 "3，000" (full-width comma) / "'1,500" / "零"."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"沄川省中医院派驻棠溪县中医医院人员名单（{SYN}）"],
            ["序号", "姓名", "性别", "身份证号码", "科室", "职称", "受援医院", "派驻起始时间", "派驻结束时间",
             "受援医院补贴（元）"]]
    a, b = dt.date(2024, 3, 4), dt.date(2024, 9, 3)
    people = [("zheng", "郑书远", "男", FIFTEEN_ZHENG, "针灸科", "主治中医师", "3，000",
               dep("针灸科", "主治中医师", "中级", "医疗", a.isoformat(), b.isoformat(), None, 3000.0),
               ["ID_15_DIGIT"]),
              ("feng", "冯若宁", "女", None, "脾胃病科", "副主任中医师", "'1,500",
               dep("脾胃病科", "副主任中医师", "副高级", "医疗", a.isoformat(), b.isoformat(), None, 1500.0), []),
              ("kong", "孔令仪", "女", None, "康复科", "主管护师", "零",
               dep("康复科", "主管护师", "中级", "护理", a.isoformat(), b.isoformat(), None, 0.0), [])]
    for i, (key, name, sex, sp, dept, title, paid, f, codes) in enumerate(people, 1):
        rows.append([i, name, sex, use_id(key, sp), dept, title, TXTCM, a, b, paid])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": PTCM, "recipient_hospital_id": TXTCM},
            ["department"], id_number=ID[key])
        for code in codes:
            finding(fn, len(rows), code)
    rows.append(["填表人：人事科"])
    write_xls(path, {sh: rows})


def f_qb_roster_csv(path: Path):
    """青埠市中心医院 (CSV, UTF-8 without BOM): 工作年限 "10" / "'9" / "6年"; 补贴 "1,500元" / "约5000元" / "0.15万元";
    one person without an ID number."""
    fn = path.name
    rows = [[f"青埠市中心医院2024年派驻人员（{SYN}）", "", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "派驻医院", "派驻时间起", "派驻时间止", "工作年限", "受援方补贴（元）"]]
    a, b = dt.date(2024, 5, 6), dt.date(2024, 11, 5)
    people = [("wei", "韦山河", "儿科", "主治医师", SS, "10", "1,500元",
               dep("儿科", "主治医师", "中级", "医疗", a.isoformat(), b.isoformat(), 10, 1500.0), []),
              (None, "欧阳晴", "妇产科", "副主任医师", FAMCH, "'9", "约5000元",
               dep("妇产科", "副主任医师", "副高级", "医疗", a.isoformat(), b.isoformat(), 9, None),
               ["NAME_ONLY", "UNPARSEABLE_OPTIONAL"]),
              ("cen", "岑伯言", "检验科", "主管技师", SS, "6年", "0.15万元",
               dep("检验科", "主管技师", "中级", "医技", a.isoformat(), b.isoformat(), 6, 1500.0), [])]
    for key, name, dept, title, rec, yrs, paid, f, codes in people:
        rows.append([name, use_id(key) if key else "", dept, title, rec, a, b, yrs, paid])
        row("deployments", fn, None, len(rows), f, {"support_hospital_id": QB, "recipient_hospital_id": rec},
            ["department"], id_number=ID[key] if key else None)
        for code in codes:
            finding(fn, len(rows), code)
    write_csv(path, rows)


# ------------------------------------------------------------------------------------------- trainees
def f_tx_trainees_csv(path: Path):
    """棠溪县人民医院 (CSV, GBK): fees "￥3,000.00" (the full-width yen sign GBK has), "3，000元", "0.3万元", "免", "约3000元"."""
    fn = path.name
    rows = [[f"棠溪县人民医院2024年赴沄川省人民医院进修人员（{SYN}）", "", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "进修科室", "进修单位", "开始日期", "结束日期", "进修费（元）", "是否结业"]]
    a, b = dt.date(2024, 3, 4), dt.date(2024, 8, 31)
    people = [("luo", "罗青岚", "内科", "￥3,000.00", "是", 3000.0, True, []),
              ("bai", "白露凝", "急诊科", "3，000元", "是", 3000.0, True, []),
              ("zhong", "钟子墨", "放射科", "0.3万元", "否", 3000.0, False, []),
              ("lin", "林晚照", "检验科", "免", "是", 0.0, True, []),
              ("su", "苏映雪", "药剂科", "约3000元", "是", None, True, ["UNPARSEABLE_OPTIONAL"])]
    for i, (key, name, dept, fee, done, feev, donev, codes) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, P1, a, b, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=a.isoformat(), end_date=b.isoformat(),
                                                  fee_charged=feev, completed=donev),
            {"recipient_hospital_id": TX, "host_hospital_id": P1}, ["department"], id_number=ID[key])
        for code in codes:
            finding(fn, len(rows), code)
    rows.append(["合计", "5人", "", "", "", "", "", "", ""])
    write_csv(path, rows, encoding="gbk")


def f_fa_trainees_ods(path: Path):
    """枫岙县人民医院 (ods): fees "3千元", "叁仟元", "２５００", "'2500", "零"; one trainee without an ID number."""
    fn, sh = path.name, "进修人员"
    rows = [[f"枫岙县人民医院2024年外出进修人员登记表（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"]]
    a, b = dt.date(2024, 3, 1), dt.date(2024, 8, 31)
    people = [("du", "杜若川", "骨科", "3千元", "是", 3000.0, True),
              ("qin", "秦雨桐", "儿科", "叁仟元", "是", 3000.0, True),
              ("shao", "邵安歌", "妇产科", "２５００", "否", 2500.0, False),
              (None, "何田田", "麻醉科", "'2500", "是", 2500.0, True),
              ("liang", "梁秋白", "超声科", "零", "是", 0.0, True)]
    for i, (key, name, dept, fee, done, feev, donev) in enumerate(people, 1):
        rows.append([i, name, use_id(key) if key else None, dept, P1, a, b, fee, done])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=a.isoformat(), end_date=b.isoformat(),
                                                fee_charged=feev, completed=donev),
            {"recipient_hospital_id": FA, "host_hospital_id": P1}, ["department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append(["填表人：科教科", None, None, None, None, "2025年1月8日"])
    write_ods(path, {sh: rows})


# ------------------------------------------------------------------------------------------- techniques
def f_fa_techniques_xlsx(path: Path):
    """枫岙县人民医院 (xlsx): 开展例数 "12例", "1,234例", "约40", "40余", "'18", "５６"."""
    fn, sh = path.name, "新技术"
    rows = [[f"枫岙县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "开展科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源"]]
    items = [("经皮冠状动脉介入治疗", "心内科", dt.date(2024, 3, 15), "12例", 12, "是", True),
             ("动态血压监测", "心内科", dt.date(2024, 4, 2), "1,234例", 1234, "否", False),
             ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 5, 10), "约40", None, "是", True),
             ("无痛胃肠镜检查", "消化内科", dt.date(2024, 6, 3), "40余", None, "否", False),
             ("关节镜下半月板修复术", "骨科", dt.date(2024, 7, 8), "'18", 18, "是", True),
             ("超声引导下神经阻滞", "麻醉科", dt.date(2024, 8, 20), "５６", 56, "否", False)]
    for i, (name, dept, day, cases, casesv, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                  cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": FA, "support_hospital_id": P1}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科", None, None, "审核人：", None, "2025年1月10日"])
    write_xlsx(path, {sh: rows})


def f_txtcm_techniques_csv(path: Path):
    """棠溪县中医医院 (CSV, UTF-8 with BOM): 开展例数 "不足10", "10以上", "10-15", "〇", "7台次"."""
    fn = path.name
    rows = [[f"棠溪县中医医院2024年新技术新业务（{SYN}）", "", "", "", "", "", ""],
            ["序号", "新技术名称", "科室", "开展时间", "开展例数", "填补县域空白", "支援单位"]]
    items = [("针刀松解术", "针灸科", dt.date(2024, 4, 10), "不足10", None, "是", True),
             ("穴位埋线疗法", "针灸科", dt.date(2024, 5, 12), "10以上", None, "否", False),
             ("中药熏蒸治疗", "康复科", dt.date(2024, 6, 3), "10-15", None, "否", False),
             ("浮针疗法", "康复科", dt.date(2024, 7, 1), "〇", 0, "是", True),
             ("经皮椎间孔镜髓核摘除术", "骨伤科", dt.date(2024, 8, 5), "7台次", 7, "是", True)]
    for i, (name, dept, day, cases, casesv, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, PTCM])
        row("techniques", fn, None, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": TXTCM, "support_hospital_id": PTCM}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    write_csv(path, rows, bom=True)


# ------------------------------------------------------------------------------------------- activities
def f_qb_activities_xlsx(path: Path):
    """青埠市中心医院 (xlsx): 参加人数 "56人", "约40人", "40余人", "1,200人次", "'35", "３０人", "0.12万人次", "不足10人"."""
    fn, sh = path.name, "活动登记"
    rows = [[f"青埠市中心医院2024年对口帮扶活动登记（{SYN}）"],
            ["日期", "受援单位", "活动类型", "主题", "参加人数", "主讲人"]]
    acts = [(dt.date(2024, 4, 12), FAMCH, "学术讲座", "产后出血的早期识别", "56人", 56),
            (dt.date(2024, 4, 19), FAMCH, "教学查房", "妊娠期高血压查房", "约40人", None),
            (dt.date(2024, 5, 10), FAMCH, "技术培训", "新生儿复苏培训", "40余人", None),
            (dt.date(2024, 5, 24), SS, "义诊", "慢病义诊进社区", "1,200人次", 1200),
            (dt.date(2024, 6, 14), SS, "学术讲座", "儿童哮喘规范化诊治", "'35", 35),
            (dt.date(2024, 6, 28), SS, "疑难病例讨论", "发热待查一例", "３０人", 30),
            (dt.date(2024, 7, 12), SS, "义诊", "夏季健康义诊", "0.12万人次", 1200),
            (dt.date(2024, 8, 9), FAMCH, "手术示教", "腹腔镜下子宫肌瘤剔除术", "不足10人", None)]
    for day, rec, typ, topic, n, nv in acts:
        rows.append([day, rec, typ, topic, n, "某主任"])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": QB}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    write_xlsx(path, {sh: rows})


def f_p1_activities_xls(path: Path):
    """省人民医院 (xls): 参加人数(人) 120 (a number), "10-15", "12人", "10以上", "'8"."""
    fn, sh = path.name, "教学活动"
    rows = [[f"沄川省人民医院2024年对口支援教学培训活动登记表（{SYN}）"],
            ["序号", "活动日期", "受援医院", "活动形式", "内容", "参加人数(人)"]]
    acts = [(dt.date(2024, 3, 20), TX, "学术讲座", "急性胸痛的识别与处置", 120, 120),
            (dt.date(2024, 4, 17), TX, "教学查房", "心力衰竭病例查房", "10-15", None),
            (dt.date(2024, 5, 15), FA, "手术示教", "腹腔镜疝修补术", "12人", 12),
            (dt.date(2024, 6, 12), FA, "技术培训", "中心静脉置管培训", "10以上", None),
            (dt.date(2024, 7, 10), TX, "远程会诊", "疑难心律失常会诊", "'8", 8)]
    for i, (day, rec, typ, topic, n, nv) in enumerate(acts, 1):
        rows.append([i, day, rec, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    write_xls(path, {sh: rows})


# ------------------------------------------------------------------------------------------- monthly statistics
def f_tx_monthly_xlsx(path: Path):
    """棠溪县人民医院 (xlsx), 12 months: counts as "15,210", "1.52万", "'15630", "１５８４０", "15，900", "1,120人",
    "312台次", "〇", "零"; 下转接收 "不足10" and "-3" (a count cannot be negative); rate columns as "85.2%" and 0.852;
    a 同比增减 column with "(12)", "-12", "+35" (a change, not a count)."""
    fn, sh = path.name, "2024年"
    rows = [[f"棠溪县人民医院2024年1—12月主要业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "上转接收人次", "下转接收人次", "病床使用率",
             "外转率", "门急诊同比增减（人次）"]]
    op_text = {1: "15,210", 2: "1.52万", 3: "'15630", 4: "１５８４０", 5: "15，900"}
    op_val = {1: 15210, 2: 15200, 3: 15630, 4: 15840, 5: 15900}
    for m in range(1, 13):
        op = op_val.get(m, 15900 + 110 * m)
        dis = 1100 + 13 * m
        sur = 300 + 4 * m
        ref = 30 - 2 * m if m <= 12 else 0
        up = 2 + m % 3
        down = 10 + m
        cells = [f"{m}月", op_text.get(m, op), f"{dis:,}人" if m in (1, 7) else dis,
                 f"{sur}台次" if m in (2, 8) else sur, ref, up, down,
                 f"{80 + m * 0.7:.1f}%" if m % 2 else round((80 + m * 0.7) / 100, 3),
                 f"{ref / op * 100:.1f}%" if m % 2 else round(ref / op, 4),
                 {1: "(12)", 2: "-12", 3: "+35"}.get(m, 40 + m)]
        f = dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=ref,
                 referrals_up_received=up, referrals_down_received=down)
        codes = []
        if m == 12:      # referrals out written as 〇, up-referrals as 零
            cells[4], cells[5] = "〇", "零"
            f["referrals_out"], f["referrals_up_received"] = 0, 0
        if m == 9:
            cells[6], f["referrals_down_received"] = "不足10", None
            codes.append("UNPARSEABLE_OPTIONAL")
        if m == 10:
            cells[6], f["referrals_down_received"] = "-3", None
            codes.append("OUT_OF_RANGE")
        rows.append(cells)
        row("hospital_monthly_stats", fn, sh, len(rows), f, {"recipient_hospital_id": TX}, ["month"])
        for code in codes:
            finding(fn, len(rows), code)
    rows.append(["合计", "=SUM(B3:B14)", None, None, None, None, None, None, None, None])
    rows.append(["填报人：统计室", None, None, None, None, "2025年1月12日"])
    write_xlsx(path, {sh: rows})


def f_famch_monthly_csv(path: Path):
    """枫岙县妇幼保健院 (CSV, GBK), January–June: "6,100", "6，250", "６３００", "88台次", "'90", "12人次", 零, a placeholder
    "—" (not reported: no finding), 外转率(%) as 2.5 and "12.5%"."""
    fn = path.name
    rows = [[f"枫岙县妇幼保健院2024年1—6月业务量（{SYN}）", "", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次", "外转率(%)"]]
    data = [  # month, (text, value) per count
        (1, ("6,100", 6100), ("402", 402), ("88台次", 88), ("12人次", 12), ("5", 5), "0.2"),
        (2, ("6，250", 6250), ("398", 398), ("'90", 90), ("11", 11), ("—", None), "0.18"),
        (3, ("６３００", 6300), ("415人", 415), ("92", 92), ("零", 0), ("4", 4), "0"),
        (4, ("6,412", 6412), ("'420", 420), ("95", 95), ("14", 14), ("6", 6), "0.22%"),
        (5, ("0.65万", 6500), ("431", 431), ("97台", 97), ("9", 9), ("３", 3), "2.5"),
        (6, ("6,588人次", 6588), ("436", 436), ("99", 99), ("10", 10), ("7", 7), "0.15"),
    ]
    for m, op, dis, sur, ref, down, rate in data:
        rows.append([f"2024年{m}月", op[0], dis[0], sur[0], ref[0], down[0], rate])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=op[1], discharges=dis[1], surgeries=sur[1],
                 referrals_out=ref[1], referrals_down_received=down[1]), {"recipient_hospital_id": FAMCH}, ["month"])
    write_csv(path, rows, encoding="gbk")


def f_ss_monthly_ods(path: Path):
    """石漱县人民医院 (ods), July–December: "1.2万人次", "12,345", "'1,180", "１２０", "〇", "1.25万"."""
    fn, sh = path.name, "7-12月"
    rows = [[f"石漱县人民医院2024年7—12月业务量统计表（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "上转接收人次"]]
    data = [(7, ("1.2万人次", 12000), ("1,180", 1180), ("210台次", 210), ("18", 18), ("2", 2)),
            (8, ("12,345", 12345), ("'1,205", 1205), ("215", 215), ("１７", 17), ("〇", 0)),
            (9, ("1.25万", 12500), ("1190", 1190), ("２２０", 220), ("16人次", 16), ("3", 3)),
            (10, (12610, 12610), ("1，212", 1212), ("'218", 218), ("15", 15), ("1", 1)),
            (11, ("12,702人次", 12702), ("1,230人", 1230), ("221", 221), ("零", 0), ("2", 2)),
            (12, ("１２８８０", 12880), (1244, 1244), ("225台", 225), ("14", 14), ("4", 4))]
    for m, op, dis, sur, ref, up in data:
        rows.append([f"{m}月", op[0], dis[0], sur[0], ref[0], up[0]])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=op[1], discharges=dis[1], surgeries=sur[1], referrals_out=ref[1],
                 referrals_up_received=up[1]), {"recipient_hospital_id": SS}, ["month"])
    rows.append(["填报人：医务科"])
    write_ods(path, {sh: rows})


# ------------------------------------------------------------------------------------------- county inpatient flow
def f_county_2024_xlsx(path: Path):
    """省卫健委 (xlsx), 2024: "38,120", "2.77万", "'5018", "１９８４４", "4,410人次"; 县域内就诊率 as "81.9%" and 0.819."""
    fn, sh = path.name, "县域住院流向"
    rows = [[f"2024年各县县域住院流向统计（{SYN}）"],
            ["县（市、区）", "区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次", "县域内就诊率"]]
    for county, code, tot, totv, out, outv, rate in (("棠溪县", "999101", "38,120", 38120, "6,904", 6904, "81.9%"),
                                                    ("枫岙县", "999102", "2.77万", 27700, "'5018", 5018, 0.819),
                                                    ("石漱县", "999201", "１９８４４", 19844, "4,410人次", 4410, "77.8%")):
        rows.append([county, code, tot, out, rate])
        row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=code, year=2024, resident_admissions=totv,
                                                              resident_admissions_outside_county=outv),
            {}, ["county_code", "year"])
    rows.append(["注：数据虚构，仅供测试。"])
    write_xlsx(path, {sh: rows})


def f_county_2023_csv(path: Path):
    """省卫健委 (CSV, UTF-8 with BOM), 2023: "37,005", "2.7万", "1.95万人次", "7，012", "'5,230", "4.5千";
    县域内就诊率 as 0.811."""
    fn = path.name
    rows = [[f"2023年县域住院流向（{SYN}）", "", "", "", ""],
            ["县（市、区）", "区划代码", "县域内常住居民住院总人次", "县域外住院人次", "县域内就诊率"]]
    for county, code, tot, totv, out, outv, rate in (("棠溪县", "999101", "37,005", 37005, "7，012", 7012, "0.811"),
                                                    ("枫岙县", "999102", "2.7万", 27000, "'5,230", 5230, "80.6%"),
                                                    ("石漱县", "999201", "1.95万人次", 19500, "4.5千", 4500, "0.769")):
        rows.append([county, code, tot, out, rate])
        row("county_inpatient_stats", fn, None, len(rows), dict(county_code=code, year=2023, resident_admissions=totv,
                                                                resident_admissions_outside_county=outv),
            {}, ["county_code", "year"])
    write_csv(path, rows, bom=True)


# ------------------------------------------------------------------------------------------- assessments
def f_tx_assessments_xlsx(path: Path):
    """棠溪县人民医院 (xlsx), one sheet per month: 考核得分 "９５", "92.5分", "'88", "96分", "'90"; 抽查 "4次"; 在岗 "〇",
    "零"."""
    fn = path.name
    sheets = {}
    people = [("xu", "许知远", None), ("tao", "陶清和", WRONG_TAO), ("shen", "沈素心", None)]
    cells = {5: [("９５", 95.0, "4次", 4, "4次", 4), ("92.5分", 92.5, "4", 4, "〇", 0), ("'88", 88.0, "4次", 4, "4", 4)],
             6: [("96分", 96.0, "4", 4, "'4", 4), ("'90", 90.0, "4次", 4, "3次", 3), (93.5, 93.5, "４", 4, "零", 0)]}
    for m, vals in cells.items():
        sh = f"2024年{m}月"
        rows = [[f"棠溪县人民医院派驻人员月度考核表（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数", "在岗率"]]
        for i, ((key, name, sp), (sc, scv, ck, ckv, pr, prv)) in enumerate(zip(people, vals), 1):
            rows.append([i, name, use_id(key, sp), P1, sc, ck, pr, f"{prv / ckv:.0%}"])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=scv, spot_checks=ckv, spot_checks_present=prv),
                {"recipient_hospital_id": TX}, ["month"], id_number=sp or ID[key])
            if sp == WRONG_TAO:
                finding(fn, len(rows), "ID_CHECK_DIGIT")
        rows.append(["考核人：院办"])
        sheets[sh] = rows
    write_xlsx(path, sheets)


def f_ss_assessments_csv(path: Path):
    """石漱县人民医院 (CSV, UTF-8 with BOM), July: 考核得分 "９０.５", "'87"; 抽查 "4次"; 在岗 "3"."""
    fn = path.name
    rows = [[f"石漱县人民医院2024年7月派驻人员考核（{SYN}）", "", "", "", "", ""],
            ["姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"]]
    for key, name, sc, scv, ck, ckv, pr, prv in (("wei", "韦山河", "９０.５", 90.5, "4次", 4, "4次", 4),
                                                ("cen", "岑伯言", "'87", 87.0, "4", 4, "3", 3)):
        rows.append([name, use_id(key), QB, sc, ck, pr])
        row("staff_monthly_assessments", fn, None, len(rows),
            dict(year=2024, month=7, score=scv, spot_checks=ckv, spot_checks_present=prv),
            {"recipient_hospital_id": SS}, ["month"], id_number=ID[key])
    write_csv(path, rows, bom=True)


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "棠溪县", "枫岙县", "石漱县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_沄川省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_沄川省人民医院派驻人员名册2024.xlsx"),
             (f_ptcm_roster_xls, "省直", "SYNTHETIC_沄川省中医院派驻人员名单.xls"),
             (f_p1_activities_xls, "省直", "SYNTHETIC_沄川省人民医院教学培训活动2024.xls"),
             (f_county_2024_xlsx, "省直", "SYNTHETIC_2024年县域住院流向.xlsx"),
             (f_county_2023_csv, "省直", "SYNTHETIC_2023年县域住院流向.csv"),
             (f_tx_trainees_csv, "棠溪县", "SYNTHETIC_棠溪县人民医院进修人员2024.csv"),
             (f_txtcm_techniques_csv, "棠溪县", "SYNTHETIC_棠溪县中医医院新技术2024.csv"),
             (f_tx_monthly_xlsx, "棠溪县", "SYNTHETIC_棠溪县人民医院业务量2024.xlsx"),
             (f_tx_assessments_xlsx, "棠溪县", "SYNTHETIC_棠溪县人民医院派驻人员考核5-6月.xlsx"),
             (f_fa_trainees_ods, "枫岙县", "SYNTHETIC_枫岙县人民医院进修人员2024.ods"),
             (f_fa_techniques_xlsx, "枫岙县", "SYNTHETIC_枫岙县人民医院新技术2024.xlsx"),
             (f_famch_monthly_csv, "枫岙县", "SYNTHETIC_枫岙县妇幼保健院业务量1-6月.csv"),
             (f_qb_activities_xlsx, "枫岙县", "SYNTHETIC_青埠市中心医院帮扶活动登记2024.xlsx"),
             (f_qb_roster_csv, "石漱县", "SYNTHETIC_青埠市中心医院派驻人员2024.csv"),
             (f_ss_monthly_ods, "石漱县", "SYNTHETIC_石漱县人民医院业务量7-12月.ods"),
             (f_ss_assessments_csv, "石漱县", "SYNTHETIC_石漱县人民医院派驻人员考核2024年7月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

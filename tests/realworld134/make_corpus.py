"""realworld134 corpus generator — SYNTHETIC / 合成数据. A fictional province (璞川省), year 2024: the pairing list in
data/raw/reference/ and twelve submissions in data/raw/2024/ about dispatched staff and trainees who are not doctors —
nurses, pharmacists, laboratory and imaging technicians, rehabilitation therapists, managers and TCM (中医) staff —
as the health system writes their titles (主管护师, 主管药师, 主任技师, 康复治疗师, 主治中医师, 高级经济师 …), with
level words instead of titles (初级, 中级, 副高, 正高, 副高职称), 专业 / 执业类别 columns in some files and only the
department in others, cells where the title and the department disagree, mixed with ordinary doctors' rows.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
"""
from __future__ import annotations

import datetime as dt
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
P1, PTCM, CITY1 = "璞川省人民医院", "璞川省中医院", "璞州市第一人民医院"
XH, XHTCM, LP, LPTCM, DS = "岫禾县人民医院", "岫禾县中医医院", "澜坪县人民医院", "澜坪县中医院", "黛石县人民医院"
# recipient: (等级 as written, 类别 as written, county) → contract level, grade, category
RECIP = {XH: ("二级甲等", "综合", "岫禾县"), XHTCM: ("二级甲等", "中医", "岫禾县"),
         LP: ("二级甲等", "综合", "澜坪县"), LPTCM: ("二级乙等", "中医", "澜坪县"),
         DS: ("二级乙等", "综合", "黛石县")}
CAT = {"综合": "综合医院", "中医": "中医医院"}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
_seq = [100]


def new_id(birth: str) -> str:
    _seq[0] += 7
    v = idn("99%04d" % (1100 + _seq[0] % 300), birth, "%03d" % (_seq[0] % 1000))
    truth["id_numbers"][v] = []
    return v


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, position_at_recipient=post,
                start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dt.date values as date cells)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 in the province's usual order: 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限; the period
    in the title (2021—2025年); one pairing with its own 支援期限. Two 中医院 paired with the provincial 中医院."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  璞川省城乡医院对口支援关系一览表（2021—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(XH, P1, dt.date(2021, 3, 18), None), (XHTCM, PTCM, dt.date(2021, 3, 22), None),
             (LP, CITY1, dt.date(2021, 4, 6), None), (LPTCM, PTCM, dt.date(2021, 3, 22), None),
             (DS, P1, dt.date(2021, 12, 10), "2022.01—2025.12")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        grade_w, cat_w, county = RECIP[r]
        ws.append([i, r, grade_w, cat_w, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2022, 1, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：本表为{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (grade_w, cat_w, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": grade_w[:2], "grade": grade_w[2:], "category": CAT[cat_w],
                                   "county": county})
    for s in (P1, PTCM, CITY1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 2024
def f_p1_roster(path: Path):
    """省人民医院 roster (xlsx): doctors, nurses, a technician, a pharmacist, an imaging 主任技师 and a 挂职副院长 who is
    a 高级经济师; a 专业类别 column, blank on the nurse who works in 检验科 (title and department disagree); one row
    without its start date (held); 合计 and 制表 lines."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"璞川省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:L1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "专业类别", "派驻单位", "挂职职务", "派驻开始日期",
               "派驻结束日期", "备注"])
    a1, a2 = (dt.date(2024, 3, 1), dt.date(2024, 8, 31)), (dt.date(2024, 7, 1), dt.date(2024, 12, 31))
    people = [  # name, sex, birth, dept, title as written, 专业类别, recipient, post written, period, truth
        ("邵景川", "男", "19740312", "心血管内科", "主任医师", "临床", XH, None, a1, ("主任医师", "正高级", "医疗", None)),
        ("柯雨桐", "女", "19860521", "急诊科", "主管护师", "护理", XH, None, a1, ("主管护师", "中级", "护理", None)),
        ("蓝映雪", "女", "19880916", "检验科", "主管护师", None, XH, None, a1, ("主管护师", "中级", "护理", None)),
        ("傅闻笛", "男", "19850107", "检验科", "主管技师", "医技", XH, None, a1, ("主管技师", "中级", "医技", None)),
        ("焦一苇", "男", "19700825", "影像科", "主任技师", "医技", DS, None, a2, ("主任技师", "正高级", "医技", None)),
        ("蒋沐川", "女", "19870630", "药剂科", "主管药师", "药学", DS, None, a2, ("主管药师", "中级", "药学", None)),
        ("褚致远", "男", "19751119", "院办", "高级经济师", "管理", DS, "挂职副院长",
         (dt.date(2024, 7, 1), dt.date(2025, 6, 30)), ("高级经济师", "副高级", "管理", "副院长")),
        ("甘若谷", "女", "19780204", "护理部", "副主任护师", "护理", DS, None, a2, ("副主任护师", "副高级", "护理", None)),
    ]
    for i, (name, sex, birth, dept, tw, prof, rec, post, (s, e), (t, rank, cat, p)) in enumerate(people, 1):
        v = new_id(birth)
        ws.append([i, name, sex, v, dept, tw, prof, rec, post, s, e, None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (10, 11):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, t, rank, cat, s.isoformat(), e.isoformat(), p),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=v)
    v = new_id("19820427")
    ws.append([9, "戚望舒", "女", v, "普外科", "副主任医师", "临床", XH, None, None, dt.date(2024, 12, 31), None])
    ws.cell(ws.max_row, 4).number_format = "@"
    ws.cell(ws.max_row, 11).number_format = "yyyy-mm-dd"
    quarantine(fn, sh, ws.max_row, "missing_value", "派驻开始日期 blank: a stay's first day is required")
    ws.append(["合计", "共9人"])
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2024年12月30日"])
    wb.save(path)


def f_ptcm_xls(path: Path):
    """省中医院 (xls, xlwt): TCM doctors (主任中医师 … 中医师) at two county 中医院; a 主治中医师 in 康复科, a 康复治疗师
    in 中医科 and a 主管药师 in 中医科 (title and department disagree); a 挂职副院长 whose 职称 is 无; 派驻时间 in one
    cell "2024.03.01-2024.08.31"."""
    fn, sh = path.name, "派驻名单"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"璞川省中医院2024年派驻受援中医院人员名单（{SYN}）")
    for c, h in enumerate(["序号", "姓名", "身份证号", "派驻医院", "科室", "职称", "职务", "派驻时间"]):
        ws.write(1, c, h)
    h1, h2 = ("2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31)), ("2024.09.01-2025.02.28", d(2024, 9, 1),
                                                                        d(2025, 2, 28))
    therapist = {"one_of": ["康复治疗师", "治疗师"]}
    people = [
        ("温砚秋", "19690710", XHTCM, "针灸科", "主任中医师", None, h1, ("主任中医师", "正高级", "医疗", None)),
        ("苗知夏", "19760305", XHTCM, "脾胃病科", "副主任中医师", None, h1, ("副主任中医师", "副高级", "医疗", None)),
        ("乔念安", "19840918", XHTCM, "康复科", "主治中医师", None, h1, ("主治中医师", "中级", "医疗", None)),
        ("穆清禾", "19930122", XHTCM, "中医科", "康复治疗师", None, h1, (therapist, "初级", "医技", None)),
        ("廉知秋", "19850811", LPTCM, "中医科", "主管药师", None, h2, ("主管药师", "中级", "药学", None)),
        ("应怀瑾", "19920403", LPTCM, "针灸科", "中医师", None, h2, ("中医师", "初级", "医疗", None)),
        ("简若溪", "19870627", LPTCM, "护理部", "主管护师", None, h2, ("主管护师", "中级", "护理", None)),
        ("屈伯庸", "19721016", LPTCM, "院办", "无", "挂职副院长", h2, (None, None, "管理", "副院长")),
    ]
    for i, (name, birth, rec, dept, tw, post, (pw, s, e), (t, rank, cat, p)) in enumerate(people, 1):
        v = new_id(birth)
        r = i + 1
        for c, val in enumerate([i, name, v, rec, dept, tw, post or "", pw]):
            ws.write(r, c, val)
        row("deployments", fn, sh, r + 1, dep(dept, t, rank, cat, s, e, p),
            {"support_hospital_id": PTCM, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=v)
    ws.write(len(people) + 3, 0, "填表人：人事科　　联系电话：略")
    wb.save(str(path))


def f_city1_ods(path: Path):
    """市一院 → 澜坪县人民医院 (ods): level words instead of titles (正高, 中级, 副高职称, 初级, 副高) with an 执业类别
    column (临床, 护理, 药学, 医技, 中医, 管理); one ordinary 主治医师; date cells."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"璞州市第一人民医院派驻澜坪县人民医院人员名单（2024年）{SYN}"],
            ["序号", "姓名", "身份证号", "科室", "职称", "执业类别", "起始日期", "结束日期"]]
    s, e = dt.date(2024, 4, 1), dt.date(2024, 9, 30)
    people = [("骆青崖", "19710514", "内科", "正高", "临床", (None, "正高级", "医疗")),
              ("晏知白", "19890302", "急诊科", "中级", "护理", (None, "中级", "护理")),
              ("祁望川", "19800719", "药剂科", "副高职称", "药学", (None, "副高级", "药学")),
              ("樊若木", "19940928", "放射科", "初级", "医技", (None, "初级", "医技")),
              ("阮听松", "19770111", "中医科", "副高", "中医", (None, "副高级", "医疗")),
              ("邬见山", "19830620", "医务科", "中级", "管理", (None, "中级", "管理")),
              ("池映月", "19860415", "儿科", "主治医师", "临床", ("主治医师", "中级", "医疗"))]
    for i, (name, birth, dept, tw, kind, (t, rank, cat)) in enumerate(people, 1):
        v = new_id(birth)
        rows.append([i, name, v, dept, tw, kind, s, e])
        row("deployments", fn, sh, len(rows), dep(dept, t, rank, cat, s.isoformat(), e.isoformat()),
            {"support_hospital_id": CITY1, "recipient_hospital_id": LP}, ["start_date", "department"], id_number=v)
    rows.append(["以上共7人"])
    ods_doc(path, {sh: rows})


def f_ds_register_csv(path: Path):
    """黛石县人民医院's own register of the staff it received (CSV, GBK): only the department beside a level word
    (中级 in 药剂科, 副高 in 检验科, 初级 in 护理部); a licence instead of a title (执业医师, 助理医师); one person from
    a hospital in no pairing list (held)."""
    fn = path.name
    lines = [f"黛石县人民医院2024年接收对口支援派驻人员登记表（受援单位填报）{SYN}",
             "序号,姓名,身份证号,派出单位,科室,职称,派驻起止时间,备注"]
    per, s, e = "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31)
    people = [("宁致和", "19880313", "药剂科", "中级", (None, "中级", "药学")),
              ("席暮云", "19790826", "检验科", "副高", (None, "副高级", "医技")),
              ("凌小满", "19960702", "护理部", "初级", (None, "初级", "护理")),
              ("瞿慎行", "19910115", "内科", "执业医师", ("住院医师", "初级", "医疗")),  # lead: 人社部发〔2021〕51号
              ("蔺秋实", "19950909", "中医科", "助理医师", ("医士", "初级", "医疗"))]
    for i, (name, birth, dept, tw, (t, rank, cat)) in enumerate(people, 1):
        v = new_id(birth)
        lines.append(f"{i},{name},{v},{P1},{dept},{tw},{per},")
        row("deployments", fn, None, len(lines), dep(dept, t, rank, cat, s, e),
            {"support_hospital_id": P1, "recipient_hospital_id": DS}, ["start_date", "department"], id_number=v)
    v = new_id("19810430")
    lines.append(f"6,卜安歌,{v},璞川省第二人民医院,骨科,副主任医师,{per},")
    quarantine(fn, None, len(lines), "unresolved_hospital", "派出单位 璞川省第二人民医院 is in no pairing list")
    lines.append("填报人：黛石县人民医院医务科,,,,,,,")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def f_p1_trainees(path: Path):
    """省人民医院's list of the recipients' staff it trained (xlsx): nurses, a pharmacist, an ultrasound technician, a
    doctor; 专业 column; 进修费 0 / 免 / 1500; 是否结业 是 / 否."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"璞川省人民医院2024年接收对口支援医院进修人员名单（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "选送单位", "专业", "进修科室", "进修开始时间", "进修结束时间", "进修费（元）",
               "是否结业"])
    a, b = (dt.date(2024, 3, 1), dt.date(2024, 8, 31)), (dt.date(2024, 9, 1), dt.date(2025, 2, 28))
    people = [("俞晚晴", "19950214", XH, "护理", "重症医学科", a, 0, 0.0, "是", True),
              ("韶知远", "19930607", XH, "药学", "临床药学室", a, 0, 0.0, "是", True),
              ("皮蕴之", "19940320", DS, "医技", "超声医学科", b, 0, 0.0, "否", False),
              ("桑以宁", "19900812", DS, "临床", "心血管内科", b, "免", 0.0, "否", False),
              ("覃若兰", "19970105", DS, "护理", "手术室", b, 1500, 1500.0, "否", False)]
    for i, (name, birth, rec, prof, dept, (s, e), fw, fee, cw, comp) in enumerate(people, 1):
        v = new_id(birth)
        ws.append([i, name, v, rec, prof, dept, s, e, fw, cw])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=fee, completed=comp),
            {"recipient_hospital_id": rec, "host_hospital_id": P1}, ["start_date", "department"], id_number=v)
    wb.save(path)


def f_ptcm_trainees_csv(path: Path):
    """省中医院's trainees from the county 中医院 (CSV, UTF-8 with BOM): 针灸推拿, 中药房, 中医护理; one trainee
    without an ID number (NAME_ONLY); one from a hospital in no pairing list (held)."""
    fn = path.name
    lines = [f"璞川省中医院2024年进修人员登记（{SYN}）",
             "姓名,身份证号,派出单位,进修科室,进修时间,进修费,结业情况"]
    people = [("秦照影", "19910223", XHTCM, "针灸推拿科", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31),
               "已结业", True),
              ("邹采薇", "19920716", LPTCM, "中药房", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31),
               "已结业", True),
              ("谈雁回", None, LPTCM, "中医护理门诊", "2024.09.01-2025.02.28", d(2024, 9, 1), d(2025, 2, 28), "在修",
               False)]
    for name, birth, rec, dept, per, s, e, cw, comp in people:
        v = new_id(birth) if birth else None
        lines.append(f"{name},{v or ''},{rec},{dept},{per},0,{cw}")
        row("trainees", fn, None, len(lines), dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                                   completed=comp),
            {"recipient_hospital_id": rec, "host_hospital_id": PTCM}, ["start_date", "department"], id_number=v)
        if v is None:
            finding(fn, len(lines), "NAME_ONLY")
    v = new_id("19890504")
    lines.append(f"羊舒窈,{v},澜坪县妇幼保健院,中医妇科,2024.03.01-2024.08.31,0,已结业")
    quarantine(fn, None, len(lines), "unresolved_hospital", "派出单位 澜坪县妇幼保健院 is in no pairing list")
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def f_xh_techniques(path: Path):
    """岫禾县人民医院's new techniques (xlsx): a nurse-led PICC line, a lab test, a cardiology procedure."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫禾县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "科室", "帮扶医院", "首次开展日期", "开展例数", "是否填补县域空白"])
    items = [("超声引导下PICC置管术", "护理部", dt.date(2024, 4, 15), 23, "是", True),
             ("冠状动脉造影术", "心血管内科", dt.date(2024, 5, 20), 12, "是", True),
             ("血栓弹力图检测", "检验科", dt.date(2024, 6, 3), 45, "否", False)]
    for i, (name, dept, day, cases, gw, gap) in enumerate(items, 1):
        ws.append([i, name, dept, P1, day, cases, gw])
        ws.cell(ws.max_row, 5).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=cases, fills_county_gap=gap),
            {"recipient_hospital_id": XH, "support_hospital_id": P1}, ["name"])
    wb.save(path)


def f_lptcm_activities(path: Path):
    """澜坪县中医院's teaching record (xlsx): a nursing lecture, a ward round, a pharmacy training, a case
    discussion; its one support hospital is not written."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜坪县中医院2024年对口支援带教培训活动记录（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "活动日期", "活动类型", "活动主题", "参加人数", "备注"])
    acts = [(dt.date(2024, 9, 12), "学术讲座", "中医护理技术在慢病管理中的应用", 35),
            (dt.date(2024, 9, 26), "教学查房", "针灸科教学查房", 12),
            (dt.date(2024, 10, 15), "技术培训", "中药饮片调剂规范培训", 20),
            (dt.date(2024, 11, 8), "疑难病例讨论", "脑卒中后遗症康复病例讨论", 15)]
    for i, (day, kind, topic, n) in enumerate(acts, 1):
        ws.append([i, day, kind, topic, n, None])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=kind, topic=topic,
                                                    participants=n),
            {"recipient_hospital_id": LPTCM, "support_hospital_id": PTCM}, ["activity_date"])
    wb.save(path)


def f_xhtcm_monthly(path: Path):
    """岫禾县中医医院's monthly workload, July–December (xlsx), months written 2024年7月."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫禾县中医医院2024年下半年业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(7, 13):
        vals = (8200 + 37 * m, 610 + 5 * m, 95 + m, 21 - m)
        ws.append([f"2024年{m}月", *vals])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=vals[0], discharges=vals[1], surgeries=vals[2],
                 referrals_out=vals[3], referrals_up_received=None, referrals_down_received=None),
            {"recipient_hospital_id": XHTCM}, ["year", "month"])
    wb.save(path)


def f_lp_monthly_csv(path: Path):
    """澜坪县人民医院's monthly report, January–June (CSV, GBK), 统计月份 2024-01."""
    fn = path.name
    lines = [f"澜坪县人民医院2024年1-6月业务统计（{SYN}）",
             "统计月份,门急诊人次,出院人数,手术台次,外转人次,上转接收人次,下转接收人次"]
    for m in range(1, 7):
        vals = (15400 + 211 * m, 1180 + 13 * m, 240 + 4 * m, 48 - m, 3 + m % 3, 9 + m)
        lines.append(f"2024-{m:02d}," + ",".join(str(v) for v in vals))
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=vals[0], discharges=vals[1], surgeries=vals[2],
                 referrals_out=vals[3], referrals_up_received=vals[4], referrals_down_received=vals[5]),
            {"recipient_hospital_id": LP}, ["year", "month"])
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


def f_xh_assessment(path: Path, ids: dict):
    """岫禾县人民医院's June assessment of the provincial team (xlsx): the doctor, the two nurses and the lab
    technician, with their titles beside the score."""
    fn, sh = path.name, "2024年6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫禾县人民医院对口支援派驻人员月度考核表（2024年6月）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    people = [("邵景川", "心血管内科", "主任医师", 95, 3, 3), ("柯雨桐", "急诊科", "主管护师", 92, 3, 3),
              ("蓝映雪", "检验科", "主管护师", 88.5, 3, 2), ("傅闻笛", "检验科", "主管技师", 90, 3, 3)]
    for i, (name, dept, title, sc, n, k) in enumerate(people, 1):
        ws.append([i, name, ids[name], P1, dept, title, sc, n, k])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=6, score=float(sc), spot_checks=n, spot_checks_present=k),
            {"recipient_hospital_id": XH, "support_hospital_id": P1}, ["year", "month"], id_number=ids[name])
    ws.append(["考核人：岫禾县人民医院医务科", None, None, None, None, None, "2024年7月3日"])
    wb.save(path)


def f_ptcm_hr_export(path: Path):
    """省中医院's personnel-system export (xlsx): 证件类型 | 证件号码, 执业类别 and 岗位类别 columns, 派驻岗位; a
    副主任医师 in 影像科 (physician or technician?), a 主任护师, a 技师, a 副主任药师, a 高级会计师 as 挂职副院长 and a
    主治医师 in 康复科."""
    fn, sh = path.name, "人员信息"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"璞川省中医院对口支援派驻人员信息导出（{SYN}）"])
    ws.append(["工号", "姓名", "证件类型", "证件号码", "所在科室", "职称", "执业类别", "岗位类别", "派驻单位",
               "派驻开始", "派驻结束", "派驻岗位"])
    s, e = dt.date(2024, 7, 1), dt.date(2024, 12, 31)
    imaging = {"one_of": ["医疗", "医技"]}
    people = [("钟离岳", "19760819", "影像科", "副主任医师", "临床", "卫生技术", XHTCM, None,
               ("副主任医师", "副高级", imaging, None)),
              ("裴语冰", "19700403", "护理部", "主任护师", "护理", "卫生技术", XHTCM, None,
               ("主任护师", "正高级", "护理", None)),
              ("言承志", "19740628", "财务科", "高级会计师", None, "管理", XHTCM, "挂职副院长",
               ("高级会计师", "副高级", "管理", "副院长")),
              ("殷照水", "19960117", "检验科", "技师", "医技", "卫生技术", LPTCM, None, ("技师", "初级", "医技", None)),
              ("满庭芳", "19790930", "药剂科", "副主任药师", "药学", "卫生技术", LPTCM, None,
               ("副主任药师", "副高级", "药学", None)),
              ("仇晚晴", "19850524", "康复科", "主治医师", "临床", "卫生技术", LPTCM, None,
               ("主治医师", "中级", "医疗", None))]
    for i, (name, birth, dept, tw, kind, post_kind, rec, post, (t, rank, cat, p)) in enumerate(people, 1):
        v = new_id(birth)
        ws.append([f"ZY{2301 + i}", name, "居民身份证", v, dept, tw, kind, post_kind, rec, s, e, post])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (10, 11):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, t, rank, cat, s.isoformat(), e.isoformat(), p),
            {"support_hospital_id": PTCM, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=v)
    ws.append(["共 6 条记录"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_璞川省城乡医院对口支援关系一览表（2021—2025年）.xlsx")
    files = [(f_p1_roster, "SYNTHETIC_省人民医院2024年派驻人员花名册.xlsx"),
             (f_ptcm_xls, "SYNTHETIC_省中医院派驻岫禾澜坪中医院人员名单.xls"),
             (f_city1_ods, "SYNTHETIC_市一院派驻澜坪县人民医院人员2024.ods"),
             (f_ds_register_csv, "SYNTHETIC_黛石县人民医院接收派驻人员登记2024.csv"),
             (f_p1_trainees, "SYNTHETIC_省人民医院接收进修人员名单2024.xlsx"),
             (f_ptcm_trainees_csv, "SYNTHETIC_省中医院进修人员登记2024.csv"),
             (f_xh_techniques, "SYNTHETIC_岫禾县人民医院新技术新项目2024.xlsx"),
             (f_lptcm_activities, "SYNTHETIC_澜坪县中医院带教培训活动记录2024.xlsx"),
             (f_xhtcm_monthly, "SYNTHETIC_岫禾县中医医院业务量2024下半年.xlsx"),
             (f_lp_monthly_csv, "SYNTHETIC_澜坪县人民医院业务统计2024年1-6月.csv"),
             (None, "SYNTHETIC_岫禾县人民医院派驻人员月度考核2024年6月.xlsx"),
             (f_ptcm_hr_export, "SYNTHETIC_省中医院派驻人员信息导出.xlsx")]
    p1_ids = {}
    for fnc, name in files:
        if fnc is None:
            continue
        fnc(raw / "2024" / name)
        if fnc is f_p1_roster:   # the June assessment names the roster's people with their ID numbers
            p1_ids = {n: e["id_number"] for n, e in zip(["邵景川", "柯雨桐", "蓝映雪", "傅闻笛"],
                                                       [e for e in truth["rows"] if e["places"][0][0] == name])}
    f_xh_assessment(raw / "2024" / files[10][1], p1_ids)
    truth["submission_files"] = [n for _f, n in files]
    truth["id_numbers"] = {k: v for k, v in sorted(truth["id_numbers"].items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

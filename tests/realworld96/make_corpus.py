"""realworld96 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024: the pairing list in
data/raw/reference/, an evaluator's and the coordinators' own working workbooks in 评估组/ (the raw sheet beside a
pivot-table layout, a formula summary with cached values, a chart-only sheet, a filtered and re-sorted copy, a
master sheet split by recipient), and ordinary submissions in 报送/. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,评估组,报送}/…, OUT/truth.json

A careful human counts each person's stay, each trainee, technique, activity and month once: derived sheets
(pivots, summaries, copies, charts) are not data. Every hospital, county, person and ID number is invented; ID
numbers use region codes 99xxxx with a correct check digit (the wrong-check-digit and 15-digit spellings are
spellings of valid numbers, listed in truth.json). Written without reading the tool's parser.

The pivot sheets are laid out as Excel prints a pivot table (计数项:姓名, 行标签 / 列标签, 总计 row and column);
they are plain cells, not a real PivotCache (openpyxl cannot create one). The formula cells carry cached values
written into the sheet XML after saving (openpyxl writes formulas with an empty cached value).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.chart import BarChart, LineChart, Reference

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2 = "霁川省人民医院", "澄州市中心医院"
QT, QTTCM, BT, BTMCH = "青桐县人民医院", "青桐县中医医院", "白汀县人民医院", "白汀县妇幼保健院"
RECIP = {QT: ("二级", "甲等", "综合医院", "青桐县"), QTTCM: ("二级", "乙等", "中医医院", "青桐县"),
         BT: ("二级", "甲等", "综合医院", "白汀县"), BTMCH: ("二级", None, "妇幼保健院", "白汀县")}
PAIRS = [(S1, QT, dt.date(2023, 12, 12)), (S1, BT, dt.date(2023, 12, 12)), (S2, QTTCM, dt.date(2024, 1, 9)),
         (S2, BTMCH, dt.date(2024, 1, 9))]

ID = {k: idn(*v) for k, v in {
    "lin": ("994101", "19700312", "031"), "su": ("994101", "19820716", "042"), "gu": ("994102", "19790921", "015"),
    "ye": ("994102", "19860405", "026"), "fang": ("994103", "19880130", "057"), "wen": ("994103", "19760811", "038"),
    "lu": ("994104", "19900623", "019"), "qian": ("994201", "19830214", "061"), "zhou": ("994201", "19771028", "072"),
    "wu": ("994202", "19810507", "083"), "zheng": ("994202", "19890919", "094"), "feng": ("994203", "19851111", "025"),
    "he": ("994401", "19930302", "046"), "kong": ("994401", "19940817", "067"), "cao": ("994401", "19920125", "018"),
    "yan": ("994401", "19951209", "039"), "hua": ("994402", "19910614", "054"), "jin": ("994402", "19960220", "075"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "sheets": []}
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


def sheets_read(file, names):
    """Worksheets with cells (chart sheets excluded): each must have a submission row accounting for its rows."""
    truth["sheets"] += [[file, n] for n in names]


def iso(x):
    return None if x is None else x.isoformat()


def D(y, m, d):
    return dt.date(y, m, d)


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=iso(start),
                end_date=iso(end))


def put_cached_values(path: Path, values: dict):
    """values: {sheet title: {cell ref: cached value}} — fill the empty <v /> openpyxl writes after a formula."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    wbx = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    target = {m.group(1): m.group(2) for m in re.finditer(r'<Relationship[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"',
                                                          rels)}
    target |= {m.group(2): m.group(1) for m in re.finditer(r'<Relationship[^>]*Target="([^"]+)"[^>]*Id="([^"]+)"',
                                                           rels)}
    for m in re.finditer(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', wbx):
        title, rid = m.group(1), m.group(2)
        if title not in values:
            continue
        t = target[rid].lstrip("/")
        part = t if t.startswith("xl/") else "xl/" + t
        xml = parts[part].decode()
        for ref, v in values[title].items():
            xml, n = re.subn(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/>', rf"\g<1>\g<2><v>{v}</v>", xml)
            assert n == 1, (title, ref)
        parts[part] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


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
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "备注"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, None])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": "2024-01-01", "end_date": "2026-12-31",
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 评估组
S1_STAFF = [  # key, name, sex, dept, title, recipient, start, end, fields, id spelling kind
    ("lin", "林观澜", "男", "心血管内科", "主任医师", QT, D(2024, 3, 4), D(2024, 8, 31), ("正高级", "医疗"), None),
    ("su", "苏映雪", "女", "普外科", "副主任医师", QT, D(2024, 3, 4), D(2024, 8, 31), ("副高级", "医疗"), "wrong"),
    ("gu", "顾长庚", "男", "麻醉科", "主治医师", BT, D(2024, 4, 1), D(2024, 9, 30), ("中级", "医疗"), "fifteen"),
    ("ye", "叶知秋", "女", "护理部", "主管护师", BT, D(2024, 4, 1), D(2024, 9, 30), ("中级", "护理"), None),
    ("fang", "方稷", "男", "儿科", "主治医师", QT, D(2024, 6, 3), D(2024, 12, 31), ("中级", "医疗"), None),
    ("wen", "温良玉", "女", "神经内科", "副主任医师", BT, D(2024, 7, 1), D(2024, 12, 31), ("副高级", "医疗"), None),
    ("lu", "陆远帆", "男", "检验科", "主管技师", QT, D(2024, 9, 2), D(2025, 2, 28), ("中级", "医技"), None),
    (None, "唐小满", "女", "放射科", "主治医师", BT, D(2024, 10, 8), D(2025, 3, 31), ("中级", "医疗"), "none"),
]


def s1_id_text(key, kind):
    if kind == "none":
        return None
    if kind == "wrong":
        good = ID[key]
        return use_id(key, good[:17] + ("0" if good[17] != "0" else "1"))
    if kind == "fifteen":
        good = ID[key]
        return use_id(key, good[:6] + good[8:17])
    return use_id(key)


def f_evaluator_roster(path: Path):
    """评估组's workbook on 霁川省人民医院's dispatched staff: 名册 (the raw roster, the data), 数据透视表 (people
    per recipient and start month, with grand totals, laid out as Excel prints a pivot), 汇总 (COUNTIF/SUM
    formulas over 名册 with cached values), 图表 (a chart-only sheet), 青桐筛选排序 (the 青桐 rows filtered and
    sorted by start, latest first — a copy)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名册"
    ws.append([f"霁川省人民医院2024年派驻受援医院人员名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    hdr = ["序号", "姓名", "性别", "身份证号", "科室", "职称", "受援医院", "派驻开始", "派驻结束", "备注"]
    ws.append(hdr)
    lines = []
    for i, (key, name, sex, dept, title, rec, s, e, (rank, cat), kind) in enumerate(S1_STAFF, 1):
        idt = s1_id_text(key, kind)
        line = [i, name, sex, idt, dept, title, rec, s, e, None]
        lines.append(line)
        ws.append(line)
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        tid = {"wrong": idt, "none": None}.get(kind, ID.get(key))
        row("deployments", fn, "名册", r, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=tid)
        if kind == "wrong":
            finding(fn, r, "ID_CHECK_DIGIT")
        elif kind == "fifteen":
            finding(fn, r, "ID_15_DIGIT")
        elif kind == "none":
            finding(fn, r, "NAME_ONLY")
    last = ws.max_row
    ws.append([f"制表：评估组  {SYN}"])

    # 数据透视表: 计数项:姓名 by 受援医院 (rows) and start month (columns), 总计 both ways
    pv = wb.create_sheet("数据透视表")
    months = sorted({x[6].month for x in S1_STAFF})
    cnt = Counter((x[5], x[6].month) for x in S1_STAFF)
    pv.append(["派出单位", "(全部)"])
    pv.append([])
    pv.append(["计数项:姓名", "列标签"])
    pv.append(["行标签", *[f"{m}月" for m in months], "总计"])
    for rec in (BT, QT):
        vals = [cnt.get((rec, m)) for m in months]
        pv.append([rec, *vals, sum(v or 0 for v in vals)])
    tot = [sum(cnt.get((rec, m), 0) for rec in (BT, QT)) for m in months]
    pv.append(["总计", *tot, sum(tot)])

    # 汇总: formulas over 名册 with cached values
    sm = wb.create_sheet("汇总")
    sm.append([f"派驻人员汇总（公式自动计算）{SYN}"])
    sm.append(["受援医院", "派驻人数", "其中副高及以上", "在岗至年底"])
    cached = {}
    for i, rec in enumerate((QT, BT)):
        r = 3 + i
        people = [x for x in S1_STAFF if x[5] == rec]
        sm.append([rec, f"=COUNTIF(名册!$G$3:$G${last},A{r})",
                   f'=COUNTIFS(名册!$G$3:$G${last},A{r},名册!$F$3:$F${last},"*主任*")',
                   f'=COUNTIFS(名册!$G$3:$G${last},A{r},名册!$I$3:$I${last},">="&DATE(2024,12,31))'])
        cached[f"B{r}"] = len(people)
        cached[f"C{r}"] = sum("主任" in x[4] for x in people)
        cached[f"D{r}"] = sum(x[7] >= D(2024, 12, 31) for x in people)
    sm.append(["合计", "=SUM(B3:B4)", "=SUM(C3:C4)", "=SUM(D3:D4)"])
    for c in "BCD":
        cached[f"{c}5"] = cached[f"{c}3"] + cached[f"{c}4"]

    # 图表: a chart sheet only
    cs = wb.create_chartsheet("图表")
    ch = BarChart()
    ch.title = "各受援医院派驻人数"
    ch.add_data(Reference(sm, min_col=2, min_row=2, max_row=4), titles_from_data=True)
    ch.set_categories(Reference(sm, min_col=1, min_row=3, max_row=4))
    cs.add_chart(ch)

    # 青桐筛选排序: a copy of the 青桐 rows, sorted by start (latest first), autofilter on
    cp = wb.create_sheet("青桐筛选排序")
    cp.append([f"名册（筛选：受援医院=青桐县人民医院；按派驻开始降序）{SYN}"])
    cp.append(hdr)
    for line in sorted((x for x in lines if x[6] == QT), key=lambda x: x[7], reverse=True):
        cp.append(line)
        cp.cell(cp.max_row, 4).number_format = "@"
        cp.cell(cp.max_row, 8).number_format = cp.cell(cp.max_row, 9).number_format = "yyyy-mm-dd"
    cp.auto_filter.ref = f"A2:J{cp.max_row}"
    wb.save(path)
    put_cached_values(path, {"汇总": cached})
    sheets_read(fn, ["名册", "数据透视表", "汇总", "青桐筛选排序"])


S2_STAFF = [
    ("qian", "钱墨池", "针灸科", "主治中医师", QTTCM, D(2024, 3, 11), D(2024, 9, 10), ("中级", "医疗")),
    ("zhou", "周砚", "脾胃病科", "副主任中医师", QTTCM, D(2024, 3, 11), D(2024, 9, 10), ("副高级", "医疗")),
    ("wu", "吴清欢", "妇产科", "副主任医师", BTMCH, D(2024, 5, 6), D(2024, 11, 5), ("副高级", "医疗")),
    ("zheng", "郑采薇", "儿科", "主治医师", BTMCH, D(2024, 5, 6), D(2024, 11, 5), ("中级", "医疗")),
    ("feng", "冯一苇", "护理部", "主管护师", BTMCH, D(2024, 8, 1), D(2025, 1, 31), ("中级", "护理")),
]


def f_coordinator_split(path: Path):
    """澄州市中心医院's coordinator: 全部人员 (the master list, the data) and each recipient's rows copied to a sheet
    of its own (named after the recipient, its own title and header) — the copies are not data."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "全部人员"
    hdr = ["序号", "姓名", "身份证号", "所在科室", "专业技术职称", "派驻单位", "开始日期", "结束日期"]
    ws.append([f"澄州市中心医院2024年对口支援派驻人员（全部）{SYN}"])
    ws.append(hdr)
    lines = []
    for i, (key, name, dept, title, rec, s, e, (rank, cat)) in enumerate(S2_STAFF, 1):
        line = [i, name, use_id(key), dept, title, rec, s, e]
        lines.append(line)
        ws.append(line)
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy/m/d"
        row("deployments", fn, "全部人员", r, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": S2, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", f"{len(S2_STAFF)}人"])
    for rec in (QTTCM, BTMCH):
        sp = wb.create_sheet(rec)
        sp.append([f"{rec}派驻人员（从“全部人员”复制）{SYN}"])
        sp.append(hdr)
        for j, line in enumerate([x for x in lines if x[5] == rec], 1):
            sp.append([j, *line[1:]])
            sp.cell(sp.max_row, 3).number_format = "@"
            sp.cell(sp.max_row, 7).number_format = sp.cell(sp.max_row, 8).number_format = "yyyy/m/d"
    wb.save(path)
    sheets_read(fn, ["全部人员", QTTCM, BTMCH])


QT_TRAINEES = [("he", "何田田", "内科", D(2024, 3, 1), D(2024, 8, 31), 3000, "是"),
               ("kong", "孔繁星", "外科", D(2024, 3, 1), D(2024, 8, 31), 3000, "是"),
               ("cao", "曹一禾", "麻醉科", D(2024, 9, 1), D(2025, 2, 28), 0, "否"),
               ("yan", "严小溪", "护理部", D(2024, 9, 1), D(2024, 11, 30), 1500, "是")]


def f_trainees_xls(path: Path):
    """霁川省人民医院科教科 (.xls): 进修人员 (the data: 青桐县人民医院's trainees) and 统计 (a summary by 进修科室 and
    结业 with typed-in values and a 合计 row — not data)."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("进修人员")
    ws.write(0, 0, f"霁川省人民医院2024年接收青桐县人民医院进修人员登记（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "选派单位", "接收医院", "进修科室", "进修开始", "进修结束", "进修费用（元）",
           "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for i, (key, name, dept, s, e, fee, done) in enumerate(QT_TRAINEES, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key), QT, S1, dept, s, e, fee, done]):
            if isinstance(v, dt.date):
                ws.write(r, j, v, datefmt)
            else:
                ws.write(r, j, v)
        row("trainees", fn, "进修人员", r + 1, dict(department=dept, start_date=iso(s), end_date=iso(e),
                                                     fee_charged=float(fee), completed=done == "是"),
            {"recipient_hospital_id": QT, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    st = wb.add_sheet("统计")
    st.write(0, 0, f"进修人员统计（按科室）{SYN}")
    for j, h in enumerate(["进修科室", "人数", "已结业", "进修费用合计（元）"]):
        st.write(1, j, h)
    r = 2
    for dept in sorted({t[2] for t in QT_TRAINEES}):
        ts = [t for t in QT_TRAINEES if t[2] == dept]
        for j, v in enumerate([dept, len(ts), sum(t[6] == "是" for t in ts), sum(t[5] for t in ts)]):
            st.write(r, j, v)
        r += 1
    for j, v in enumerate(["合计", len(QT_TRAINEES), sum(t[6] == "是" for t in QT_TRAINEES),
                           sum(t[5] for t in QT_TRAINEES)]):
        st.write(r, j, v)
    wb.save(str(path))
    sheets_read(fn, ["进修人员", "统计"])


TECHS = [("针刺治疗顽固性面瘫", "针灸科", QTTCM, D(2024, 4, 15), 23, "是"),
         ("中药熏蒸治疗膝骨关节炎", "康复科", QTTCM, D(2024, 6, 3), 41, "否"),
         ("无痛分娩（椎管内分娩镇痛）", "妇产科", BTMCH, D(2024, 6, 17), 36, "是"),
         ("新生儿经皮胆红素筛查", "儿科", BTMCH, D(2024, 7, 22), 210, "否"),
         ("宫腔镜检查", "妇产科", BTMCH, D(2024, 9, 9), 12, "是")]


def f_techniques_ods(path: Path):
    """澄州市中心医院医务科 (.ods): 新技术 (the data) and 数据透视表 (项目数 by recipient and 填补县域空白, 总计)."""
    fn = path.name
    data = [[f"澄州市中心医院帮扶受援医院开展新技术新项目（2024年）{SYN}"],
            ["序号", "受援医院", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白"]]
    for i, (name, dept, rec, day, n, gap) in enumerate(TECHS, 1):
        data.append([i, rec, name, dept, day, n, gap])
        row("techniques", fn, "新技术", len(data), dict(name=name, department=dept, first_performed_date=iso(day),
                                                         cases=n, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": rec, "support_hospital_id": S2}, ["name"])
    pv = [["计数项:项目名称", "列标签"], ["行标签", "否", "是", "总计"]]
    for rec in (BTMCH, QTTCM):
        no = sum(t[2] == rec and t[5] == "否" for t in TECHS)
        yes = sum(t[2] == rec and t[5] == "是" for t in TECHS)
        pv.append([rec, no, yes, no + yes])
    no = sum(t[5] == "否" for t in TECHS)
    pv.append(["总计", no, len(TECHS) - no, len(TECHS)])
    pv.append([f"（{SYN}）"])
    ods_doc(path, {"新技术": data, "数据透视表": pv})
    sheets_read(fn, ["新技术", "数据透视表"])


ACTS = [(D(2024, 4, 10), QT, "学术讲座", "急性胸痛的早期识别", 45, 45),
        (D(2024, 4, 24), QT, "教学查房", "心衰患者查房", 18, 18),
        (D(2024, 5, 15), BT, "技术培训", "气管插管技术培训", "约40人", None),
        (D(2024, 6, 5), BT, "疑难病例讨论", "不明原因发热", 22, 22),
        (D(2024, 7, 18), QT, "手术示教", "腹腔镜胆囊切除术", 9, 9),
        (D(2024, 9, 12), BT, "学术讲座", "脑卒中溶栓流程", 60, 60)]


def f_activities_xlsx(path: Path):
    """霁川省人民医院医务部: 活动登记 (the data; one 参加人数 "约40人") and 透视 (活动次数 by recipient × 活动形式,
    总计 row and column, laid out as Excel prints a pivot)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "活动登记"
    ws.append([f"霁川省人民医院2024年对口支援带教培训活动登记（{SYN}）"])
    ws.append(["序号", "活动日期", "受援医院", "活动形式", "主题", "参加人数"])
    for i, (day, rec, typ, topic, n, nv) in enumerate(ACTS, 1):
        ws.append([i, day, rec, typ, topic, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy年m月d日"
        row("activities", fn, "活动登记", ws.max_row, dict(activity_date=iso(day), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    pv = wb.create_sheet("透视")
    types = sorted({a[2] for a in ACTS})
    pv.append(["计数项:主题", "列标签"])
    pv.append(["行标签", *types, "总计"])
    for rec in (BT, QT):
        vals = [sum(a[1] == rec and a[2] == t for a in ACTS) or None for t in types]
        pv.append([rec, *vals, sum(v or 0 for v in vals)])
    pv.append(["总计", *[sum(a[2] == t for a in ACTS) for t in types], len(ACTS)])
    pv.append([])
    pv.append([SYN])
    wb.save(path)
    sheets_read(fn, ["活动登记", "透视"])


MONTHLY = {QT: [(15200 + 230 * m, 1105 + 19 * m, 262 + 6 * m, 44 - 2 * m) for m in range(1, 7)],
           QTTCM: [(8300 + 120 * m, 402 + 9 * m, 35 + m, 18 - m) for m in range(1, 7)]}


def f_monthly_xlsx(path: Path):
    """青桐县卫健局's workbook: one sheet per hospital (named after it; the data), and 两院合计 whose cells are
    formulas adding the two sheets (cached values present), with a line chart on it — not data."""
    fn = path.name
    wb = openpyxl.Workbook()
    hdr = ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]
    first = True
    for rec, vals in MONTHLY.items():
        ws = wb.active if first else wb.create_sheet(rec)
        ws.title = rec
        first = False
        ws.append([f"{rec}2024年1—6月业务量（{SYN}）"])
        ws.append(hdr)
        for m, v in enumerate(vals, 1):
            ws.append([f"{m}月", *v])
            row("hospital_monthly_stats", fn, rec, ws.max_row,
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": rec}, ["month"])
    sm = wb.create_sheet("两院合计")
    sm.append([f"青桐县两院合计（公式）{SYN}"])
    sm.append(hdr)
    cached = {}
    a, b = MONTHLY[QT], MONTHLY[QTTCM]
    for m in range(1, 7):
        r = 2 + m
        sm.append([f"{m}月", *[f"='{QT}'!{c}{r}+'{QTTCM}'!{c}{r}" for c in "BCDE"]])
        for j, c in enumerate("BCDE"):
            cached[f"{c}{r}"] = a[m - 1][j] + b[m - 1][j]
    ch = LineChart()
    ch.title = "两院门急诊人次"
    ch.add_data(Reference(sm, min_col=2, min_row=2, max_row=8), titles_from_data=True)
    ch.set_categories(Reference(sm, min_col=1, min_row=3, max_row=8))
    sm.add_chart(ch, "G2")
    wb.save(path)
    put_cached_values(path, {"两院合计": cached})
    sheets_read(fn, [QT, QTTCM, "两院合计"])


ASSESS = {5: [("lin", "林观澜", 95, 4, 4), ("fang", "方稷", 88.5, 4, 4)],
          6: [("lin", "林观澜", 96, 4, 4), ("fang", "方稷", 90, 4, 3)]}


def f_assessments_xlsx(path: Path):
    """青桐县人民医院医务科: one sheet per month (the data) and 考核汇总 (each person's 5月 / 6月 scores as
    formulas pointing at the month sheets, and their AVERAGE; cached values present) — not data."""
    fn = path.name
    wb = openpyxl.Workbook()
    first = True
    for m, people in ASSESS.items():
        sh = f"2024年{m}月"
        ws = wb.active if first else wb.create_sheet(sh)
        ws.title = sh
        first = False
        ws.append([f"青桐县人民医院派驻人员月度考核（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"])
        for i, (key, name, sc, chk, pres) in enumerate(people, 1):
            ws.append([i, name, use_id(key), S1, sc, chk, pres])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=chk, spot_checks_present=pres),
                {"recipient_hospital_id": QT}, ["month"], id_number=ID[key])
    sm = wb.create_sheet("考核汇总")
    sm.append([f"考核汇总（公式引用各月工作表）{SYN}"])
    sm.append(["姓名", "5月", "6月", "平均分"])
    cached = {}
    for i, (key, name, *_rest) in enumerate(ASSESS[5]):
        r = 3 + i
        sm.append([name, f"='2024年5月'!E{r}", f"='2024年6月'!E{r}", f"=AVERAGE(B{r}:C{r})"])
        s5, s6 = ASSESS[5][i][2], ASSESS[6][i][2]
        cached |= {f"B{r}": s5, f"C{r}": s6, f"D{r}": (s5 + s6) / 2}
    wb.save(path)
    put_cached_values(path, {"考核汇总": cached})
    sheets_read(fn, ["2024年5月", "2024年6月", "考核汇总"])


def f_pivot_export_csv(path: Path):
    """The evaluator's pivot table of deployments saved as CSV (UTF-8 with BOM): counts only, no person — not
    data."""
    cnt = Counter((x[5], x[6].month) for x in S1_STAFF)
    months = sorted({m for _r, m in cnt})
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"派驻人数数据透视表（导出）{SYN}"] + [""] * (len(months) + 1))
    w.writerow(["计数项:姓名", "列标签"] + [""] * len(months))
    w.writerow(["行标签", *[f"{m}月" for m in months], "总计"])
    for rec in (BT, QT):
        vals = [cnt.get((rec, m), 0) for m in months]
        w.writerow([rec, *[v or "" for v in vals], sum(vals)])
    tot = [sum(cnt.get((r, m), 0) for r in (BT, QT)) for m in months]
    w.writerow(["总计", *tot, sum(tot)])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    sheets_read(path.name, [None])


# ------------------------------------------------------------------------------------------- 报送 (ordinary)
BT_TRAINEES = [("hua", "华青禾", "内科", "2024-3-4", "2024-9-3", D(2024, 3, 4), D(2024, 9, 3), "3000", 3000.0, "是"),
               ("jin", "金灿", "检验科", "2024-3-4", "2024-6-3", D(2024, 3, 4), D(2024, 6, 3), "1500", 1500.0, "是"),
               (None, "温小禾", "药剂科", "2024-9-2", "2024-12-31", D(2024, 9, 2), D(2024, 12, 31), "0", 0.0, "否")]


def f_bt_trainees_csv(path: Path):
    """白汀县人民医院 (CSV, UTF-8): three trainees at 霁川省人民医院, one without an ID number."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"白汀县人民医院2024年外出进修人员（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修单位", "开始时间", "结束时间", "进修费(元)", "是否结业"])
    r = 2
    for key, name, dept, s, e, sd, ed, fee, feev, done in BT_TRAINEES:
        w.writerow([name, use_id(key) if key else "", dept, S1, s, e, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=iso(sd), end_date=iso(ed), fee_charged=feev,
                                           completed=done == "是"),
            {"recipient_hospital_id": BT, "host_hospital_id": S1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    path.write_bytes(buf.getvalue().encode("utf-8"))
    sheets_read(fn, [None])


def f_btmch_monthly_csv(path: Path):
    """白汀县妇幼保健院 (CSV, GBK): months 7–12 with 下转接收人次."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"白汀县妇幼保健院2024年7—12月业务量统计（{SYN}）", "", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    r = 2
    for m in range(7, 13):
        v = [5200 + 80 * m, 310 + 4 * m, 70 + m, 12 - m // 3, 2 + m % 3]
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": BTMCH}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    sheets_read(fn, [None])


def f_county_csv(path: Path):
    """霁川省卫健委 (CSV, GBK): the two counties' inpatient flow for 2024."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"2024年县域住院流向（{SYN}）", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    r = 2
    for county, code, tot, out in (("青桐县", "999401", 31204, 5877), ("白汀县", "999402", 24519, 4932)):
        w.writerow([county, code, tot, out])
        r += 1
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, resident_admissions=tot,
                                                         resident_admissions_outside_county=out), {},
            ["county_code"])
    path.write_bytes(buf.getvalue().encode("gbk"))
    sheets_read(fn, [None])


def f_qt_techniques_xls(path: Path):
    """青桐县人民医院 (.xls): two new techniques with 霁川省人民医院's help."""
    fn, sh = path.name, "新技术新项目"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青桐县人民医院2024年新技术新项目（{SYN}）")
    for j, h in enumerate(["序号", "项目名称", "开展科室", "开展时间", "例数", "填补县域空白", "支援医院"]):
        ws.write(1, j, h)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for i, (name, dept, day, n, gap) in enumerate([("冠状动脉造影术", "心血管内科", D(2024, 5, 20), 17, "是"),
                                                   ("腹腔镜疝修补术", "普外科", D(2024, 7, 8), 11, "否")], 1):
        for j, v in enumerate([i, name, dept, day, n, gap, S1]):
            if isinstance(v, dt.date):
                ws.write(1 + i, j, v, datefmt)
            else:
                ws.write(1 + i, j, v)
        row("techniques", fn, sh, 2 + i, dict(name=name, department=dept, first_performed_date=iso(day), cases=n,
                                               fills_county_gap=gap == "是"),
            {"recipient_hospital_id": QT, "support_hospital_id": S1}, ["name"])
    ws.write(4, 0, "填报人：医务科")
    wb.save(str(path))
    sheets_read(fn, [sh])


def f_bt_activities_ods(path: Path):
    """白汀县妇幼保健院 (.ods): activities by 澄州市中心医院."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"白汀县妇幼保健院接受帮扶活动记录（2024）{SYN}"],
            ["日期", "支援单位", "活动类型", "内容", "参加人数"]]
    for day, typ, topic, n in ((D(2024, 5, 20), "学术讲座", "产后出血防治", 38),
                               (D(2024, 8, 7), "义诊", "妇女两癌筛查义诊", 120)):
        rows.append([day, S2, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=iso(day), activity_type=typ, participants=n),
            {"recipient_hospital_id": BTMCH, "support_hospital_id": S2}, ["activity_date", "activity_type"])
    ods_doc(path, {sh: rows})
    sheets_read(fn, [sh])


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "评估组", "报送"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_evaluator_roster, "评估组", "SYNTHETIC_评估组_省人民医院派驻人员分析.xlsx"),
             (f_coordinator_split, "评估组", "SYNTHETIC_澄州市中心医院派驻人员（按受援单位分表）.xlsx"),
             (f_trainees_xls, "评估组", "SYNTHETIC_省人民医院接收进修人员（含统计）.xls"),
             (f_techniques_ods, "评估组", "SYNTHETIC_澄州市中心医院新技术汇总（含透视）.ods"),
             (f_activities_xlsx, "评估组", "SYNTHETIC_省人民医院帮扶活动（含透视）.xlsx"),
             (f_monthly_xlsx, "评估组", "SYNTHETIC_青桐县两院业务量1-6月（含合计图表）.xlsx"),
             (f_assessments_xlsx, "评估组", "SYNTHETIC_青桐县人民医院派驻人员考核5-6月（含汇总）.xlsx"),
             (f_pivot_export_csv, "评估组", "SYNTHETIC_派驻人数透视表导出.csv"),
             (f_bt_trainees_csv, "报送", "SYNTHETIC_白汀县人民医院进修人员2024.csv"),
             (f_btmch_monthly_csv, "报送", "SYNTHETIC_白汀县妇幼保健院业务量7-12月.csv"),
             (f_county_csv, "报送", "SYNTHETIC_县域住院流向2024.csv"),
             (f_qt_techniques_xls, "报送", "SYNTHETIC_青桐县人民医院新技术2024.xls"),
             (f_bt_activities_ods, "报送", "SYNTHETIC_白汀县妇幼保健院帮扶活动2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

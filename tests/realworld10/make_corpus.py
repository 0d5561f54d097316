"""realworld10 corpus: a fictional province (澄溪省, SYNTHETIC / 合成数据), evaluation year 2025.

    python make_corpus.py OUT   → OUT/data/raw/reference/<pairing list>.xlsx, OUT/data/raw/2025/…, OUT/truth.json

Most senders consolidate for several hospitals: a county health bureau (one sheet per township centre),
a support hospital's annual summary (封面 + 派驻/进修/新技术/带教), a province-wide roster with the recipient
left blank / 同上 / 〃 below the first row of each group. Every name is invented; every ID number is
syntactically valid (check digit computed here) with a region code starting 99. Deterministic (fixed seed).
Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = 20250610
YEAR = 2025
LABEL = "SYNTHETIC（合成数据）"

# --------------------------------------------------------------------------------------------- hospitals
S1, S2, S3 = "澄溪省人民医院", "澄溪省中医院", "雾川市第一人民医院"
R1, R2, R3 = "松岭县人民医院", "青梧县人民医院", "青梧县中医医院"
R4, R5 = "白鹭县人民医院", "白鹭县妇幼保健院"
T1, T2, T3, T4 = "松岭县青禾镇卫生院", "松岭县石桥乡卫生院", "松岭县白沙镇中心卫生院", "青梧县柳塘镇卫生院"
COUNTY_CODE = {"松岭县": "990521", "青梧县": "990522", "白鹭县": "990523"}

# recipient, 等级 as written, level, grade, category, county, support, agreement (as written, iso), 支援期限, start, end
PAIRING_ROWS = [
    (R1, "二级甲等", "二级", "甲等", "综合医院", "松岭县", S1, "2021年3月2日", "2021-03-02",
     "2021年1月1日—2025年12月31日", "2021-01-01", "2025-12-31"),
    (R2, "二级甲等", "二级", "甲等", "综合医院", "青梧县", S1, "2021.3.2", "2021-03-02",
     "2021.1.1-2025.12.31", "2021-01-01", "2025-12-31"),
    (R3, "二级甲等", "二级", "甲等", "中医医院", "青梧县", S2, "2021-03-15", "2021-03-15",
     "2021年1月1日至2025年12月31日", "2021-01-01", "2025-12-31"),
    (R4, "二级乙等", "二级", "乙等", "综合医院", "白鹭县", S3, "2021年4月8日", "2021-04-08",
     "2021年1月1日—2025年12月31日", "2021-01-01", "2025-12-31"),
    (R5, "二级", "二级", None, "妇幼保健院", "白鹭县", S3, "2023年6月20日", "2023-06-20",
     "2023年7月1日—2025年12月31日", "2023-07-01", "2025-12-31"),
    (T1, "一级", "一级", None, "乡镇卫生院", "松岭县", R1, "2021年3月20日", "2021-03-20",
     "2021年1月1日—2025年12月31日", "2021-01-01", "2025-12-31"),
    (T2, "一级", "一级", None, "乡镇卫生院", "松岭县", R1, "2021年3月20日", "2021-03-20",
     "2021年1月1日—2025年12月31日", "2021-01-01", "2025-12-31"),
    (T3, "一级甲等", "一级", "甲等", "乡镇卫生院", "松岭县", R1, "2021年3月20日", "2021-03-20",
     "2021年1月1日—2025年12月31日", "2021-01-01", "2025-12-31"),
    (T4, "未定级", "未定级", None, "乡镇卫生院", "青梧县", R2, "2021年5月6日", "2021-05-06",
     "2021年1月1日—2025年12月31日", "2021-01-01", "2025-12-31"),
]

TITLE_RANK = {"主任医师": "正高级", "副主任医师": "副高级", "主治医师": "中级", "住院医师": "初级",
              "主任护师": "正高级", "副主任护师": "副高级", "主管护师": "中级", "护师": "初级",
              "主管技师": "中级", "副主任技师": "副高级", "副主任药师": "副高级", "主管药师": "中级"}

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳"
GIVEN = ["思源", "晓红", "建国", "雅琴", "志强", "丽娟", "海波", "春燕", "文博", "秀英", "国庆", "明轩", "若溪", "嘉怡",
         "振华", "玉兰", "子涵", "宏伟", "静怡", "浩然", "雪梅", "俊杰", "慧敏", "立新", "梦瑶", "永刚", "晨曦", "佳琪",
         "德胜", "淑芬", "宇航", "欣然", "家豪", "婉清", "天佑", "小芳", "鹏程", "翠花", "锦程", "一鸣"]
ETHNIC = ["汉族", "汉族", "汉族", "苗族", "土家族", "侗族", "汉族", "瑶族"]


def check_digit(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, w)) % 11]


class People:
    def __init__(self, rng: random.Random):
        self.rng, self.used_names, self.used_ids = rng, set(), set()

    def new(self, region: str, sex: str | None = None, born: tuple[int, int] = (1968, 1996)):
        rng = self.rng
        while True:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            if name not in self.used_names:
                break
        self.used_names.add(name)
        sex = sex or rng.choice("男女")
        while True:
            b = dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
            seq = rng.randint(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8]))
            body = f"{region}{b:%Y%m%d}{seq:03d}"
            idn = body + check_digit(body)
            if idn not in self.used_ids:
                break
        self.used_ids.add(idn)
        return dict(name=name, id=idn, sex=sex, born=b, age=YEAR - b.year - ((6, 30) < (b.month, b.day)),
                    ethnic=rng.choice(ETHNIC))


# --------------------------------------------------------------------------------------------- truth
class Truth:
    def __init__(self):
        self.rows, self.quarantines, self.files, self.ids = [], [], [], {}

    def row(self, table, fields, hospitals, places, keys=(), id_number=None, spellings=()):
        e = dict(table=table, fields=fields, hospitals=hospitals, places=[list(p) for p in places], keys=list(keys))
        if id_number is not None:
            e["id_number"] = id_number
        self.rows.append(e)

    def quarantine(self, file, sheet, row, category, why):
        self.quarantines.append(dict(file=file, sheet=sheet, row=row, category=category, why=why))

    def id_spelling(self, canonical, spelling=None):
        s = self.ids.setdefault(canonical, [])
        if spelling and spelling != canonical and spelling not in s:
            s.append(spelling)


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def cn_date(x: dt.date) -> str:
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(x: dt.date) -> str:
    return f"{x.year}.{x.month:02d}.{x.day:02d}"


FW = str.maketrans("0123456789,", "０１２３４５６７８９，")


def fullwidth_thousands(n: int) -> str:
    return f"{n:,}".translate(FW)


# --------------------------------------------------------------------------------------------- writers
def write_xlsx(path: Path, sheets, props_title: str):
    """sheets: list of dicts(name, rows, widths?, comments{(r,c): text}, protect=password, date_cells fmt)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment

    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        for r, row in enumerate(sh["rows"], start=1):
            for c, v in enumerate(row, start=1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = sh.get("date_format", "yyyy-mm-dd")
                elif isinstance(v, str) and v.isdigit() and len(v) >= 15:
                    cell.number_format = "@"
        for (r, c), text in sh.get("comments", {}).items():
            ws.cell(row=r, column=c).comment = Comment(text, "科教科")
        for col, w in sh.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        if sh.get("protect"):
            ws.protection.sheet = True
            ws.protection.password = sh["protect"]
    wb.properties.title = props_title
    wb.properties.creator = "SYNTHETIC 合成数据"
    fixed = dt.datetime(2026, 1, 10, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(path)


def write_ods_with_formulas(path: Path, name: str, rows):
    """rows: list of lists; a cell may be ("=formula", cached_number) — written as an ODF formula cell whose
    cached value (office:value) is what a reader must take."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    t = Table(name=name)
    for row in rows:
        tr = TableRow()
        for v in row:
            if isinstance(v, tuple):
                f, cached = v
                tc = TableCell(valuetype="float", value=str(cached), formula="of:" + f)
                tc.addElement(P(text=str(cached)))
            elif isinstance(v, bool):
                tc = TableCell(valuetype="string")
                tc.addElement(P(text="是" if v else "否"))
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=str(v))
                tc.addElement(P(text=str(v)))
            elif v is None or v == "":
                tc = TableCell()
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    doc.save(str(path))


def to_xls_by_libreoffice(xlsx: Path, dest: Path) -> str:
    """Convert with LibreOffice (how a hospital's .xls often comes about); fall back to xlwt if soffice is
    missing. Returns which writer made the file."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        with tempfile.TemporaryDirectory() as prof, tempfile.TemporaryDirectory() as outdir:
            try:
                subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "xls",
                                "--outdir", outdir, str(xlsx)], check=True, capture_output=True, timeout=120)
                made = Path(outdir) / (xlsx.stem + ".xls")
                if made.exists():
                    shutil.copyfile(made, dest)
                    return "libreoffice"
            except (subprocess.SubprocessError, OSError):
                pass
    import xlwt
    from openpyxl import load_workbook

    wb = load_workbook(xlsx)
    out = xlwt.Workbook(encoding="utf-8")
    for ws in wb.worksheets:
        o = out.add_sheet(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (dt.date, dt.datetime)):
                    o.write(c.row - 1, c.column - 1, c.value, xlwt.easyxf(num_format_str="yyyy-mm-dd"))
                else:
                    o.write(c.row - 1, c.column - 1, c.value)
    out.save(str(dest))
    return "xlwt"


# --------------------------------------------------------------------------------------------- the corpus
def build(out: Path):
    rng = random.Random(SEED)
    people = People(rng)
    T = Truth()
    raw = out / "data" / "raw"
    ref, sub = raw / "reference", raw / str(YEAR)
    ref.mkdir(parents=True, exist_ok=True)
    sub.mkdir(parents=True, exist_ok=True)
    made_by = {}

    # ---------------------------------------------------------------- reference: the pairing list (附件1)
    fn = "SYNTHETIC_合成数据_附件1_澄溪省城乡医院对口支援关系一览表（2021—2025年）.xlsx"
    rows = [["附件1"],
            [LABEL + "澄溪省城乡医院对口支援关系一览表（2021—2025年）"],
            ["序号", "受援医院", "医院等级", "机构类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"]]
    for i, p in enumerate(PAIRING_ROWS, start=1):
        rows.append([i, p[0], p[1], p[4], p[5], p[6], p[7], p[9]])
    rows.append(["注：本表为合成数据（SYNTHETIC），机构名称均为虚构。"])
    write_xlsx(ref / fn, [dict(name="附件1", rows=rows)], LABEL + "对口支援关系一览表")
    hospitals = {}
    for p in PAIRING_ROWS:
        hospitals[p[0]] = dict(name=p[0], level=p[2], grade=p[3], category=p[4], county=p[5])
    for p in PAIRING_ROWS:
        hospitals.setdefault(p[6], dict(name=p[6]))
    pairings = [dict(support=p[6], recipient=p[0], start_date=p[10], end_date=p[11], agreement_date=p[8],
                     start_date_source="support_period") for p in PAIRING_ROWS]

    def deploy_fields(title, dept, start, end, position, years=None, paid=None, category=None, written=None):
        f = dict(department=dept, title=title, title_rank=TITLE_RANK[title], start_date=start, end_date=end,
                 position_at_recipient=position, years_of_service=years, paid_by_recipient=paid)
        if category is not None:
            f["staff_category"] = category
        if written is not None:
            f["written_assessment"] = written
        return f

    # ---------------------------------------------------------------- F1: support hospital S1's annual summary
    f1 = "SYNTHETIC_合成数据_澄溪省人民医院2025年度对口支援工作汇总表.xlsx"
    T.files.append(f1)
    cover = [[LABEL],
             [],
             ["澄溪省人民医院2025年度城乡医院对口支援工作汇总表"],
             [],
             ["填报单位：", S1],
             ["受援单位：", f"{R1}、{R2}"],
             ["报告年度：", "2025年"],
             ["填报日期：", "2026年1月12日"],
             ["联系人：", "周某某（医务部）", "联系电话：", "0999-5550123"],
             [],
             ["说明：本汇总表含“派驻”“进修”“新技术”“带教”四个工作表。"]]
    # 派驻 (sheet protected with a password; 派驻起止时间 in one cell; comments)
    dep_rows = [[LABEL + "派驻人员情况"],
                ["序号", "姓名", "身份证号码", "派驻单位", "科室", "职称", "人员类别", "在受援单位任职",
                 "派驻起止时间", "工作年限", "受援单位发放补贴（元）", "书面考核意见"]]
    plan = [  # recipient, dept, title, category, position, start, end(None=至今), years, paid, written
        (R1, "心血管内科", "主任医师", "医疗", "副院长", d("2025-01-06"), d("2025-07-05"), 24, 0, True),
        (R1, "普外科", "副主任医师", "医疗", "科主任", d("2025-01-06"), d("2025-07-05"), 15, 0, True),
        (R1, "护理部", "主管护师", "护理", "", d("2025-01-06"), d("2025-07-05"), 12, None, True),
        (R1, "医学影像科", "主管技师", "医技", "无", d("2025-07-07"), None, 11, 0, None),
        (R2, "呼吸与危重症医学科", "副主任医师", "医疗", "副院长", d("2025-03-03"), d("2025-08-31"), 17, 0, True),
        (R2, "骨科", "主治医师", "医疗", "", d("2025-03-03"), d("2025-08-31"), 8, 1500, False),
        (R2, "药剂科", "副主任药师", "药学", "", d("2025-09-01"), d("2026-02-28"), 19, None, None),
        (R2, "重症医学科", "主治医师", "医疗", "", d("2024-09-02"), d("2025-03-01"), 9, 0, True),
    ]
    comments1 = {}
    for i, (rec, dept, title, cat, pos, start, end, years, paid, written) in enumerate(plan, start=1):
        p = people.new(COUNTY_CODE["松岭县"] if i % 2 else "990101")
        r = len(dep_rows) + 1
        period = f"{dot_date(start)}—{dot_date(end)}" if end else f"{dot_date(start)}—至今"
        dep_rows.append([i, p["name"], p["id"], rec, dept, title, cat, pos, period, years,
                         paid, {True: "已出具", False: "未出具", None: ""}[written]])
        if i == 6:
            comments1[(r, 11)] = "受援医院按月发放交通补贴，已要求整改"
        if i == 4:
            comments1[(r, 9)] = "派驻期至2026年1月"
        T.id_spelling(p["id"])
        T.row("deployments", deploy_fields(title, dept, start.isoformat(), end.isoformat() if end else None,
                                           None if pos in ("", "无") else pos, years,
                                           None if paid is None else float(paid), cat, written),
              {"support_hospital_id": S1, "recipient_hospital_id": rec}, [(f1, "派驻", r)],
              keys=["start_date"], id_number=p["id"])
    dep_rows.append([])
    dep_rows.append(["填表人：吴某", "", "", "审核人：郑某"])

    # 进修: "姓名（身份证号）" in one column
    tr_rows = [[LABEL + "接收受援医院进修人员情况"],
               ["序号", "姓名（身份证号）", "选送单位", "进修科室", "开始时间", "结束时间", "是否结业", "进修费用（元）"]]
    tplan = [
        (R1, "心血管内科", d("2025-03-01"), d("2025-08-31"), "是", True, "免费", 0.0, "（）"),
        (R1, "麻醉科", d("2025-03-01"), d("2025-08-31"), "已结业", True, "0", 0.0, "()"),
        (R1, "急诊医学科", d("2025-09-01"), d("2026-02-28"), "否", False, "0", 0.0, "（）"),
        (R2, "超声医学科", d("2025-04-07"), d("2025-10-06"), "是", True, "免费", 0.0, "（）"),
        (R2, "消化内科", d("2025-04-07"), d("2025-10-06"), "是", True, "3000", 3000.0, "（）"),
        (R2, "检验科", d("2025-10-08"), d("2026-04-07"), "否", False, "", None, None),
        (R1, "儿科", d("2025-05-05"), d("2025-11-04"), "是", True, "免费", 0.0, " （ ）"),
    ]
    for i, (rec, dept, start, end, comp_txt, comp, fee_txt, fee, paren) in enumerate(tplan, start=1):
        p = people.new(COUNTY_CODE["松岭县"] if rec == R1 else COUNTY_CODE["青梧县"], born=(1985, 1998))
        r = len(tr_rows) + 1
        if paren is None:
            who, idn = p["name"], None            # no ID number given: the person is named only
        else:
            o, c = (paren[0], paren[-1]) if paren.strip() in ("（）", "()") else ("（", "）")
            who = f"{p['name']}{' ' if paren.startswith(' ') else ''}{o}{p['id']}{c}"
            idn = p["id"]
            T.id_spelling(p["id"])
        tr_rows.append([i, who, rec, dept, cn_date(start), cn_date(end), comp_txt, fee_txt])
        T.row("trainees", dict(department=dept, start_date=start.isoformat(), end_date=end.isoformat(),
                               fee_charged=fee, completed=comp),
              {"recipient_hospital_id": rec, "host_hospital_id": S1}, [(f1, "进修", r)],
              keys=["start_date", "department"], id_number=idn)

    # 新技术: the date column holds "2025年度" for some rows (→ quarantined: no date)
    te_rows = [[LABEL + "帮助受援医院开展新技术、新项目情况"],
               ["序号", "受援医院", "新技术（新项目）名称", "科室", "开展时间", "开展例数", "是否填补县域空白"]]
    teplan = [
        (R1, "经皮冠状动脉介入治疗（PCI）", "心血管内科", "2025年3月18日", "2025-03-18", "36例", 36, "是", True),
        (R1, "腹腔镜胆囊切除术", "普外科", "2025年度", None, "52", 52, "否", False),
        (R1, "无痛胃肠镜检查", "消化内科", "2025年5月9日", "2025-05-09", "118", 118, "", None),
        (R2, "经支气管镜肺泡灌洗术", "呼吸与危重症医学科", "2025年4月2日", "2025-04-02", "21例", 21, "是", True),
        (R2, "关节镜下半月板修复术", "骨科", "2025年6月23日", "2025-06-23", "9", 9, "是", True),
        (R2, "高压氧治疗", "康复医学科", "2025年度", None, "240", 240, "否", False),
        (R2, "床旁连续肾脏替代治疗（CRRT）", "重症医学科", "2025年1月15日", "2025-01-15", "14例", 14, "否", False),
    ]
    for i, (rec, name, dept, when, iso, cases_txt, cases, gap_txt, gap) in enumerate(teplan, start=1):
        r = len(te_rows) + 1
        te_rows.append([i, rec, name, dept, when, cases_txt, gap_txt])
        if iso is None:
            T.quarantine(f1, "新技术", r, "date_unusable",
                         "开展时间 '2025年度' is a year, not a date: first_performed_date (required) unknown")
        else:
            T.row("techniques", dict(name=name, department=dept, first_performed_date=iso, cases=cases,
                                     fills_county_gap=gap),
                  {"recipient_hospital_id": rec, "support_hospital_id": S1}, [(f1, "新技术", r)], keys=["name"])

    # 带教
    ac_rows = [[LABEL + "带教、培训活动登记"],
               ["序号", "日期", "受援单位", "形式", "内容", "参加人数"]]
    acplan = [
        (d("2025-01-15"), R1, "教学查房", "急性心肌梗死的早期识别", "25人", 25),
        (d("2025-02-20"), R1, "学术讲座", "基层高血压规范化管理", "约60人", None),
        (d("2025-03-12"), R1, "手术示教", "腹腔镜胆囊切除术", "12", 12),
        (d("2025-04-09"), R1, "疑难病例讨论", "不明原因发热一例", "18", 18),
        (d("2025-05-21"), R2, "学术讲座", "慢阻肺急性加重的处理", "45", 45),
        (d("2025-06-11"), R2, "教学查房", "股骨颈骨折围手术期管理", "20人", 20),
        (d("2025-07-16"), R2, "技术培训", "心肺复苏与AED使用", "80", 80),
        (d("2025-08-27"), R2, "死亡病例讨论", "重症肺炎死亡病例一例", "16", 16),
        (d("2025-09-17"), R1, "远程会诊", "胸痛中心远程心电会诊", "", None),
        (d("2025-10-22"), R2, "义诊", "“服务百姓健康行动”义诊", "约200人次", None),
    ]
    for i, (day, rec, typ, topic, n_txt, n) in enumerate(acplan, start=1):
        r = len(ac_rows) + 1
        ac_rows.append([i, day, rec, typ, topic, n_txt])
        T.row("activities", dict(activity_date=day.isoformat(), activity_type=typ, topic=topic, participants=n),
              {"recipient_hospital_id": rec, "support_hospital_id": S1}, [(f1, "带教", r)],
              keys=["activity_date"])
    ac_rows.append(["合计", "", "", "", "", "共10次"])
    write_xlsx(sub / f1, [
        dict(name="封面", rows=cover, widths={"A": 14, "B": 40}),
        dict(name="派驻", rows=dep_rows, comments=comments1, protect="czsrmyy2025", widths={"C": 22, "I": 26}),
        dict(name="进修", rows=tr_rows, widths={"B": 34}),
        dict(name="新技术", rows=te_rows),
        dict(name="带教", rows=ac_rows, date_format="yyyy年m月d日"),
    ], LABEL + "对口支援工作汇总表")

    # ---------------------------------------------------------------- F2: the province-wide roster (受援单位 left blank / 同上 / 〃)
    f2 = "SYNTHETIC_合成数据_澄溪省卫生健康委员会_2025年度城乡对口支援派驻人员花名册（全省汇总）.xlsx"
    T.files.append(f2)
    ro = [[LABEL + "澄溪省2025年度城乡医院对口支援派驻人员花名册（全省汇总，按受援单位排序）"],
          ["汇总单位：澄溪省卫生健康委员会医政处", "", "", "", "", "", "", "", "", "", "统计时间：2025年12月31日"],
          ["序号", "受援单位", "支援单位", "姓名", "性别", "年龄", "民族", "身份证号", "专业技术职称", "所在科室",
           "派驻开始日期", "派驻结束日期", "在受援单位担任职务", "备注"]]
    groups = [  # recipient, support, filler for rows 2.. of the group, members(title, dept, start, end, position)
        (R3, S2, "", [("主任医师", "针灸推拿科", "2025-01-02", "2025-06-30", "副院长"),
                      ("副主任医师", "脾胃病科", "2025-01-02", "2025-06-30", "科主任"),
                      ("主管护师", "护理部", "2025-01-02", "2025-06-30", None),
                      ("主治医师", "康复科", "2025-07-01", "2025-12-31", None)]),
        (R4, S3, "同上", [("副主任医师", "神经内科", "2025-02-10", "2025-08-09", "副院长"),
                          ("主治医师", "泌尿外科", "2025-02-10", "2025-08-09", None),
                          ("主治医师", "麻醉科", "2025-02-10", "2025-08-09", None),
                          ("副主任护师", "重症医学科", "2025-08-11", "2026-02-10", "护理部主任"),
                          ("主任医师", "肿瘤科", "2025-08-11", "2026-02-10", None)]),
        (R5, S3, "〃", [("副主任医师", "产科", "2025-03-03", "2025-09-02", "副院长"),
                        ("主治医师", "新生儿科", "2025-03-03", "2025-09-02", None),
                        ("主管护师", "产房", "2025-09-08", "2026-03-07", None)]),
        ("白鹭县第二人民医院", S3, "", [("主治医师", "内科", "2025-04-01", "2025-09-30", None),
                                        ("住院医师", "外科", "2025-04-01", "2025-09-30", None)]),
        (T1, R1, "同上", [("主治医师", "全科", "2025-01-06", "2025-07-05", "副院长"),
                          ("护师", "护理", "2025-01-06", "2025-07-05", None)]),
        (T2, R1, "", [("主治医师", "中医科", "2025-02-17", "2025-08-16", None),
                      ("住院医师", "内科", "", "2025-08-16", None)]),      # no start date: unusable
        (T3, R1, "〃", [("副主任医师", "外科", "2025-03-03", "2025-09-02", "副院长"),
                        ("主管技师", "检验科", "2025-03-03", "2025-09-02", None)]),
        (T4, R2, "同上", [("主治医师", "儿科", "2025-05-06", "2025-11-05", None),
                          ("主治医师", "妇产科", "2025-05-06", "2025-11-05", "科主任")]),
    ]
    comments2 = {}
    n = 0
    township_staff = []
    for rec, sup, filler, members in groups:
        region = {R3: "990522", R4: "990523", R5: "990523", T4: "990522"}.get(rec, "990521")
        for k, (title, dept, start, end, pos) in enumerate(members):
            n += 1
            p = people.new(region if n % 3 else "990101")
            r = len(ro) + 1
            rec_cell = rec if k == 0 else filler
            sup_cell = sup if k == 0 or rec in (R3, T2) else ("同上" if k % 2 else "〃")
            idc = p["id"]
            if n == 5:
                idc = f"{idc[:6]} {idc[6:14]} {idc[14:]}"
            if n == 9:
                idc = idc[:-1] + idc[-1].lower() if idc.endswith("X") else idc
            T.id_spelling(p["id"], idc)
            sd = d(start) if start else ""
            ed = d(end)
            note = ""
            if n == 7:
                note = "延期"
                comments2[(r, 12)] = "原定2025-08-09结束，经双方协商延期至2026-02-10前另行安排"
            if n == 3:
                comments2[(r, 9)] = "2025年晋升副主任护师材料已报送"
            ro.append([n, rec_cell, sup_cell, p["name"], p["sex"], p["age"], p["ethnic"], idc, title, dept,
                       sd, ed, pos or "", note])
            if rec == "白鹭县第二人民医院":
                T.quarantine(f2, "派驻人员汇总", r, "unresolved_hospital",
                             "受援单位 白鹭县第二人民医院 (blank below it = the same) is not in the pairing list")
            elif not start:
                T.quarantine(f2, "派驻人员汇总", r, "missing_required", "派驻开始日期 blank")
            else:
                T.row("deployments", deploy_fields(title, dept, start, end, pos),
                      {"support_hospital_id": sup, "recipient_hospital_id": rec}, [(f2, "派驻人员汇总", r)],
                      keys=["start_date"], id_number=p["id"])
                if rec in (T1, T2, T3):
                    township_staff.append((p, rec, d(start), ed))
    ro.append(["合计", "", "", f"共{n}人"])
    ro.append(["备注：1. 本表由各支援医院报送后汇总；2. 受援单位空白或“同上”“〃”者同上一行。"])
    write_xlsx(sub / f2, [dict(name="派驻人员汇总", rows=ro, comments=comments2, widths={"B": 22, "H": 22})],
               LABEL + "派驻人员花名册")

    # ---------------------------------------------------------------- F3: county health bureau, one sheet per township centre
    f3 = "SYNTHETIC_合成数据_松岭县卫生健康局_2025年乡镇卫生院业务统计（汇总）.xlsx"
    T.files.append(f3)
    sheets3 = []
    hdr = ["月份", "门诊量（人次）", "出院患者人次", "手术台次", "向上转诊（人次）", "下转接收（人次）"]
    for sheet, hosp, title, style in [
        ("青禾镇", T1, LABEL + "2025年度乡镇卫生院月度业务统计表", "dash_surgeries"),
        ("松岭县石桥乡卫生院", T2, LABEL + "松岭县石桥乡卫生院2025年度月度业务统计表", "plain"),
        ("3", T3, LABEL + "白沙镇中心卫生院2025年1—12月业务统计", "fullwidth"),
    ]:
        rows = [[title], ["填报单位：松岭县卫生健康局", "", "", "", "", "单位：人次"], hdr]
        tot = [0] * 5
        for m in range(1, 13):
            ov = rng.randint(1100, 2900) if style != "plain" else rng.randint(600, 1500)
            dis = rng.randint(40, 160)
            sur = None if style == "dash_surgeries" else rng.choice([0, 0, 1, 2, 3, 5])
            up = rng.randint(3, 30)
            down = rng.randint(0, 8)
            if style == "fullwidth":
                cells = [fullwidth_thousands(ov), fullwidth_thousands(dis), fullwidth_thousands(sur),
                         fullwidth_thousands(up), fullwidth_thousands(down)]
            else:
                cells = [ov, dis, "—" if sur is None else sur, up, down]
            r = len(rows) + 1
            rows.append([f"{m}月"] + cells)
            for j, v in enumerate([ov, dis, sur or 0, up, down]):
                tot[j] += v
            T.row("hospital_monthly_stats", dict(year=YEAR, month=m, outpatient_visits=ov, discharges=dis,
                                                 surgeries=sur, referrals_out=up, referrals_down_received=down),
                  {"recipient_hospital_id": hosp}, [(f3, sheet, r)], keys=["year", "month"])
        rows.append(["合计"] + tot)
        rows.append([])
        rows.append(["填表人：何某", "", "审核：卫健局基层卫生股", "", "报送日期：2026年1月8日"])
        sheets3.append(dict(name=sheet, rows=rows))
    cty = [[LABEL + "松岭县县域内住院流向统计"],
           ["年度", "县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次", "县域内住院率（%）"]]
    for y, tot_adm, outside in [(2024, 41236, 6172), (2025, 42918, 5630)]:
        r = len(cty) + 1
        cty.append([f"{y}年", "松岭县", "990521", f"{tot_adm:,}", f"{outside:,}",
                    f"{100 * (tot_adm - outside) / tot_adm:.1f}"])
        T.row("county_inpatient_stats", dict(county_code="990521", year=y, county_name="松岭县",
                                             resident_admissions=tot_adm, resident_admissions_outside_county=outside),
              {}, [(f3, "县域住院", r)], keys=["year"])
    sheets3.append(dict(name="县域住院", rows=cty))
    sheets3.append(dict(name="填报说明", rows=[
        ["填报说明（合成数据 SYNTHETIC）"],
        ["1. 各乡镇卫生院按月填报，由县卫健局汇总后报送省卫健委。"],
        ["2. “向上转诊”指转往县级及以上医院的人次；“下转接收”指接收上级医院下转的人次。"],
        ["3. 无手术资质的卫生院“手术台次”填“—”。"]]))
    write_xlsx(sub / f3, sheets3, LABEL + "乡镇卫生院业务统计")

    # ---------------------------------------------------------------- F4: quarters instead of months (→ quarantined)
    f4 = "SYNTHETIC_合成数据_青梧县中医医院_2025年分季度业务量统计.xlsx"
    T.files.append(f4)
    rows = [[LABEL + "青梧县中医医院2025年业务量统计（按季度）"],
            ["填报单位：青梧县中医医院", "", "", "", "填报日期：2026-01-09"],
            ["季度", "门急诊人次", "出院人数", "手术台次", "外转人次"]]
    tot = [0] * 4
    for q in ["一季度", "二季度", "三季度", "四季度"]:
        vals = [rng.randint(21000, 26000), rng.randint(1500, 2100), rng.randint(300, 520), rng.randint(40, 90)]
        tot = [a + b for a, b in zip(tot, vals)]
        r = len(rows) + 1
        rows.append([q] + vals)
        T.quarantine(f4, "业务量", r, "period_not_month",
                     f"{q}: a quarter's total; hospital_monthly_stats needs a month (cannot be split)")
    rows.append(["全年合计"] + tot)
    write_xlsx(sub / f4, [dict(name="业务量", rows=rows)], LABEL + "分季度业务量")

    # ---------------------------------------------------------------- F5: mojibake file name (UTF-8 read as Windows-1252), months as columns
    proper = "白鹭县人民医院2025年月度业务统计报表.xlsx"
    f5 = "SYNTHETIC_" + proper.encode("utf-8").decode("cp1252")
    T.files.append(f5)
    rows = [[LABEL + "白鹭县人民医院2025年1—12月业务统计表"],
            ["填报单位：白鹭县人民医院（盖章）"],
            ["指标名称"] + [f"{m}月" for m in range(1, 13)] + ["合计"]]
    ind = [("门急诊人次", "outpatient_visits", (14000, 19000)), ("出院患者人次", "discharges", (1100, 1600)),
           ("手术例数", "surgeries", (180, 330)), ("转诊出院", "referrals_out", (20, 70)),
           ("上转接收", "referrals_up_received", (30, 120))]
    vals = {k: [rng.randint(*rg) for _ in range(12)] for _, k, rg in ind}
    vals["referrals_up_received"][10] = None     # November: not reported ("—")
    for label, k, _ in ind:
        cells = [("—" if v is None else v) for v in vals[k]]
        rows.append([label] + cells + [sum(v for v in vals[k] if v is not None)])
    first, last = 3, len(rows)
    for m in range(12):
        T.row("hospital_monthly_stats", dict(year=YEAR, month=m + 1, **{k: vals[k][m] for _, k, _ in ind}),
              {"recipient_hospital_id": R4}, [(f5, "Sheet1", r) for r in range(first, last + 1)],
              keys=["year", "month"])
    write_xlsx(sub / f5, [dict(name="Sheet1", rows=rows)], LABEL + "月度业务统计")

    # ---------------------------------------------------------------- F6: .xls written by LibreOffice; header split over two rows
    f6 = "SYNTHETIC_合成数据_白鹭县人民医院_2025年对口支援带教培训活动登记.xls"
    T.files.append(f6)
    rows = [[LABEL + "白鹭县人民医院对口支援带教培训活动登记表（2025年）"],
            ["支援单位：雾川市第一人民医院"],
            ["序号", "活动日期", "活动情况", "", "参加人数", "主讲专家"],
            ["", "", "类型", "主题", "", ""]]
    aplan = [
        (d("2025-02-26"), "学术讲座", "脑卒中溶栓绿色通道建设", 56),
        (d("2025-03-19"), "教学查房", "急性缺血性脑卒中病例查房", 14),
        (d("2025-04-16"), "手术示教", "经尿道前列腺电切术", 9),
        (None, "技术培训", "麻醉深度监测", 22),                   # no date: unusable
        (d("2025-06-18"), "疑难病例讨论", "反复晕厥一例", 17),
        (d("2025-08-20"), "学术讲座", "围术期血糖管理", 48),
        (d("2025-09-24"), "技术培训", "气管插管与困难气道处理", 30),
        (d("2025-11-12"), "远程会诊", "肺部磨玻璃结节多学科会诊", 8),
        (d("2025-12-10"), "教学查房", "重症肺炎的抗感染治疗", 15),
    ]
    experts = ["陈主任", "林主任", "黄医师", "郭主任", "宋主任", "唐医师", "韩主任", "冯主任", "曹医师"]
    for i, (day, typ, topic, npart) in enumerate(aplan, start=1):
        r = len(rows) + 1
        rows.append([i, day or "", typ, topic, npart, experts[i - 1]])
        if day is None:
            T.quarantine(f6, "带教培训", r, "missing_required", "活动日期 blank")
        else:
            T.row("activities", dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                     participants=npart),
                  {"recipient_hospital_id": R4, "support_hospital_id": S3}, [(f6, "带教培训", r)],
                  keys=["activity_date"])
    rows.append(["以下空白"])
    with tempfile.TemporaryDirectory() as tmp:
        x = Path(tmp) / (Path(f6).stem + ".xlsx")
        write_xlsx(x, [dict(name="带教培训", rows=rows)], LABEL + "带教培训活动")
        made_by[f6] = to_xls_by_libreoffice(x, sub / f6)

    # ---------------------------------------------------------------- F7: .ods with formula cells (cached values)
    f7 = "SYNTHETIC_合成数据_青梧县人民医院2025年月度业务统计.ods"
    T.files.append(f7)
    rows = [[LABEL + "青梧县人民医院2025年月度业务统计"],
            ["填报单位：青梧县人民医院", "", "", "", "", "", "", "填报人：钟某"],
            ["月份", "门诊人次", "急诊人次", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    sums = [0] * 7
    for m in range(1, 13):
        r = len(rows) + 1
        op, em = rng.randint(15000, 21000), rng.randint(1200, 2600)
        dis, sur, out_, down = rng.randint(1300, 1900), rng.randint(260, 420), rng.randint(30, 80), rng.randint(5, 25)
        down_cell = "—" if m == 4 else down
        rows.append([f"{YEAR}年{m}月", op, em, (f"[.B{r}]+[.C{r}]", op + em), dis, sur, out_, down_cell])
        for j, v in enumerate([op, em, op + em, dis, sur, out_, 0 if m == 4 else down]):
            sums[j] += v
        T.row("hospital_monthly_stats", dict(year=YEAR, month=m, outpatient_visits=op + em, discharges=dis,
                                             surgeries=sur, referrals_out=out_,
                                             referrals_down_received=None if m == 4 else down),
              {"recipient_hospital_id": R2}, [(f7, "月报", r)], keys=["year", "month"])
    r = len(rows) + 1
    rows.append(["合计"] + [(f"SUM([.{c}4:.{c}15])", s) for c, s in zip("BCDEFGH", sums)])
    write_ods_with_formulas(sub / f7, "月报", rows)

    # ---------------------------------------------------------------- F8: trainees, header split over two rows (no merging)
    f8 = "SYNTHETIC_合成数据_雾川市第一人民医院_2025年接收基层进修人员名单.xlsx"
    T.files.append(f8)
    rows = [[LABEL + "雾川市第一人民医院2025年接收对口支援单位进修人员名单"],
            ["序号", "姓名", "身份证号", "选派单位", "进修专业", "进修时间", "", "是否结业", "进修费（元）"],
            ["", "", "", "", "", "起", "止", "", ""]]
    plan8 = [
        (R4, "神经内科", "2025-03-01", "2025-08-31", "是", True, 0, 0.0, "plain"),
        (R4, "麻醉科", "2025-03-01", "2025-08-31", "是", True, 0, 0.0, "lower_x"),
        (R4, "泌尿外科", "2025-09-01", "2026-02-28", "否", False, 0, 0.0, "fullwidth"),
        (R5, "产科", "2025-04-01", "2025-09-30", "是", True, 0, 0.0, "plain"),
        (R5, "新生儿科", "2025-04-01", "2025-09-30", "是", True, 2400, 2400.0, "plain"),
        (R5, "超声医学科", "待定", "", "", None, "", None, "plain"),       # start 待定: unusable
        (R4, "重症医学科", "2025-06-02", "2025-12-01", "是", True, 0, 0.0, "hyphen"),
    ]
    for i, (rec, dept, start, end, comp_txt, comp, fee_cell, fee, spell) in enumerate(plan8, start=1):
        while True:
            p = people.new("990523", born=(1986, 1998))
            if spell != "lower_x" or p["id"].endswith("X"):
                break
        idc = {"plain": p["id"], "lower_x": p["id"].lower(), "fullwidth": p["id"].translate(FW),
               "hyphen": f"{p['id'][:6]}-{p['id'][6:14]}-{p['id'][14:]}"}[spell]
        T.id_spelling(p["id"], idc)
        r = len(rows) + 1
        rows.append([i, p["name"], idc, rec, dept, d(start) if start[:1].isdigit() else start,
                     d(end) if end else "", comp_txt, fee_cell])
        if not start[:1].isdigit():
            T.quarantine(f8, "进修名单", r, "missing_required", "进修时间（起）'待定': no start date")
        else:
            T.row("trainees", dict(department=dept, start_date=start, end_date=end, fee_charged=fee, completed=comp),
                  {"recipient_hospital_id": rec, "host_hospital_id": S3}, [(f8, "进修名单", r)],
                  keys=["start_date", "department"], id_number=p["id"])
    rows.append(["合计：共7人（其中1人进修时间待定）"])
    write_xlsx(sub / f8, [dict(name="进修名单", rows=rows, date_format="yyyy/m/d", widths={"C": 22})],
               LABEL + "进修人员名单")

    # ---------------------------------------------------------------- F9: monthly assessment of the county hospital's township staff (CSV, GBK)
    f9 = "SYNTHETIC_合成数据_松岭县人民医院下派乡镇卫生院人员2025年月度考核.csv"
    T.files.append(f9)
    short = {T1: "青禾镇卫生院", T2: "石桥乡卫生院", T3: "白沙镇中心卫生院"}
    lines = [["姓名", "身份证号", "派驻单位", "考核月份", "考核得分", "电话抽查次数", "抽查在岗次数"]]
    for p, rec, start, end in township_staff:
        last = min(start.month + 3, 12, end.month if end.year == YEAR else 12)
        for m in range(start.month, last + 1):
            checks = rng.choice([3, 3, 4])
            present = checks - rng.choice([0, 0, 0, 1])
            score_v = round(rng.uniform(78, 98) * 2) / 2
            r = len(lines) + 1
            lines.append([p["name"], p["id"], short[rec], f"{YEAR}年{m}月", f"{score_v:g}", str(checks), str(present)])
            T.row("staff_monthly_assessments", dict(year=YEAR, month=m, score=score_v, spot_checks=checks,
                                                    spot_checks_present=present),
                  {"recipient_hospital_id": rec, "support_hospital_id": R1}, [(f9, None, r)],
                  keys=["year", "month"], id_number=p["id"])
    lines.append([f"{LABEL}填报单位：松岭县人民医院医务科", "", "", "", "", "", ""])
    with open(sub / f9, "w", encoding="gbk", newline="") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(lines)

    # ---------------------------------------------------------------- F10: S2's techniques at R3; full-width thousands; cell comments
    f10 = "SYNTHETIC_合成数据_澄溪省中医院对口支援新技术新项目登记表（2025）.xlsx"
    T.files.append(f10)
    rows = [[LABEL + "新技术、新项目登记表"],
            ["支援医院：澄溪省中医院"],
            ["受援医院：青梧县中医医院"],
            ["序号", "项目名称", "开展科室", "首次开展日期", "开展例数", "填补县内空白"]]
    plan10 = [
        ("浮针疗法", "针灸推拿科", d("2025-02-18"), "１，０２０", 1020, "是", True),
        ("中药穴位贴敷（三伏贴）", "治未病科", d("2025-07-15"), "２，３４６", 2346, "否", False),
        ("小针刀松解术", "骨伤科", d("2025-04-10"), "８６", 86, "是", True),
        ("经鼻高流量湿化氧疗", "肺病科", "2025/9/2", "３１", 31, "否", False),
        ("腹腔镜阑尾切除术", "外科", "2025-11-05", "１２", 12, "是", True),
    ]
    com10 = {}
    for i, (name, dept, when, cases_txt, cases, gap_txt, gap) in enumerate(plan10, start=1):
        r = len(rows) + 1
        rows.append([i, name, dept, when, cases_txt, gap_txt])
        if i == 2:
            com10[(r, 5)] = "三伏贴按人次统计"
        iso = when.isoformat() if isinstance(when, dt.date) else \
            dt.date(*map(int, when.replace("/", "-").split("-"))).isoformat()
        T.row("techniques", dict(name=name, department=dept, first_performed_date=iso, cases=cases,
                                 fills_county_gap=gap),
              {"recipient_hospital_id": R3, "support_hospital_id": S2}, [(f10, "新技术", r)], keys=["name"])
    rows.append([])
    rows.append(["负责人：", "", "填表人：", "", "日期：2026.1.6"])
    write_xlsx(sub / f10, [dict(name="新技术", rows=rows, comments=com10)], LABEL + "新技术新项目")

    truth = dict(year=YEAR, hospitals=list(hospitals.values()), pairings=pairings, rows=T.rows,
                 quarantines=T.quarantines, submission_files=T.files, id_numbers=T.ids,
                 reference_file=fn)
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    (out / "made_by.json").write_text(json.dumps(made_by, ensure_ascii=False), encoding="utf-8")
    return truth


if __name__ == "__main__":
    build(Path(sys.argv[1]))

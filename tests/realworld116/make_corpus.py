"""realworld116 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岙省) for 2024: what is INSIDE the
cells when hospitals type freely — line breaks in a cell (姓名 and 身份证号 on two lines, 派驻起止 on two lines, a
header "派驻\\n起始日期"), units typed with the numbers (15例, 3人, 120人次, 3,000元, 26年), open ends ("2024年3月—至今",
"2024.3-", "2024年3月起"), approximate or qualified values ("20余人", "10+", "约40人", "不详", "/", "—", "见附件"),
numbers stored as text (a leading apostrophe, spaces), percentages as text, a remark in a value cell
("6（含2名护士）"), full-width digits, dates as Excel serial numbers in a text column. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,青棠县,苇川县,杉溪县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the spellings with an apostrophe or spaces are spellings of valid ones). Written without reading the
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "琅岙省人民医院", "琅岙省中医院", "澜州市中心医院"
R1, R2, R3, R4 = "青棠县人民医院", "青棠县中医医院", "苇川县人民医院", "杉溪县妇幼保健院"
UNKNOWN_HOST, UNKNOWN_RECIP = "琅岙省第三人民医院", "苇川县第二人民医院"
RECIP = {R1: ("二级甲等", "二级", "甲等", "综合医院", "青棠县"), R2: ("二级乙等", "二级", "乙等", "中医医院", "青棠县"),
         R3: ("二级甲等", "二级", "甲等", "综合医院", "苇川县"), R4: ("二级", "二级", None, "妇幼保健院", "杉溪县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990301", "19720315", "031"), "tao": ("990301", "19880611", "042"), "shen": ("990302", "19850920", "025"),
    "he": ("990301", "19790405", "036"), "jiang": ("990303", "19860801", "024"), "zou": ("990301", "19800214", "051"),
    "zheng": ("990311", "19890718", "062"), "feng": ("990311", "19801103", "017"), "kong": ("990312", "19920506", "083"),
    "qinyt": ("990312", "19870930", "038"),
    "wei": ("990321", "19760327", "044"), "ouyang": ("990321", "19890809", "065"), "bai": ("990322", "19911201", "016"),
    "luo": ("990401", "19920716", "072"), "du": ("990401", "19900423", "047"), "shao": ("990402", "19950110", "058"),
    "zhong": ("990402", "19930228", "069"),
    "qinyx": ("990501", "19910405", "013"), "kongsy": ("990501", "19940612", "024"), "shenxh": ("990502", "19900817", "035"),
    "ye": ("990502", "19881024", "046"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "field_rules": {"paid_by_recipient": "zero_or_null"}}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled is not None and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled if spelled is not None else ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def serial(day: dt.date) -> str:
    return str((day - dt.date(1899, 12, 30)).days)


def fw(s: str) -> str:
    """Full-width digits and full stop, as an IME in full-width mode types them."""
    return s.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))


def dep(dept, title, rank, cat, start, end, years, paid, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                years_of_service=years, paid_by_recipient=paid, position_at_recipient=post)


def wrap_all(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (str → text cell, int/float → number cell)."""
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
                    for line in v.split("\n"):
                        c.addElement(P(text=line))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path: Path, lines, encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for line in lines:
        w.writerow(line)
    text = buf.getvalue()
    path.write_bytes((("\ufeff" if bom else "") + text).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """An ordinary 附件1: 受援医院 | 等级 (二级甲等) | 类别 | 所在县 | 支援医院 | 协议签订日期 (date cells) | 支援期限
    (one filled "2024年3月—2026年12月", the others blank → the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅岙省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2023, 12, 18), None), (R2, S2, dt.date(2023, 12, 18), None),
             (R3, S1, dt.date(2024, 2, 6), "2024年3月—2026年12月"), (R4, S3, dt.date(2023, 12, 26), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, _level, _grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster(path: Path):
    """省人民医院 roster: 姓名 and 身份证号 on two lines of one cell (header "姓名\\n身份证号"), 派驻起止
    "2024.03.01\\n2024.08.31" on two lines, "2024年3月—至今", "2024.3-", 工作年限 "26年" / "８年" / "10+" / "约8年",
    补贴 "无" / "3,000元" / "/", one 派驻起止 "不详" (held), 合计 and 制表 rows."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岙省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名\n身份证号", "科室", "职称", "派驻单位", "派驻起止", "在受援医院任职", "工作年限",
               "受援医院发放补贴", "备注"])
    two = "2024.03.01\n2024.08.31"
    people = [
        ("xu", "许知行", "心血管内科", "主任医师", R1, two, "副院长", "26年", "无",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), 26, 0.0, "副院长"), None),
        ("tao", "陶宛清", "心血管内科", "主治医师", R1, two, "/", fw("8") + "年", "3,000元",
         dep("心血管内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31), 8, 3000.0), None),
        ("shen", "沈如意", "护理部", "主管护师", R1, two, None, "12年", "/",
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31), 12, None), None),
        ("he", "贺明远", "普外科", "副主任医师", R3, "2024年3月—至今", "科主任", "10+", "无",
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), None, None, 0.0, "科主任"), "UNPARSEABLE_OPTIONAL"),
        ("jiang", "江晚舟", "麻醉科", "主治医师", R3, "2024.3-", None, "约8年", "无",
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), None, None, 0.0), "UNPARSEABLE_OPTIONAL"),
    ]
    for i, (key, name, dept, title, rec, period, post, years, paid, f, code) in enumerate(people, 1):
        ws.append([i, name + "\n" + use_id(key), dept, title, rec, period, post, years, paid, None])
        r = ws.max_row
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
        if code:
            finding(fn, r, code)
    ws.append([6, "邹远山\n" + use_id("zou"), "骨科", "副主任医师", R3, "不详", None, "18年", "无", "待定"])
    hold(fn, sh, ws.max_row, "missing_required", "派驻起止 不详: no start date")
    ws.append(["合计", "6人"])
    ws.append([])
    ws.append(["制表：医务部", None, None, "审核：", None, "2025年1月8日"])
    wrap_all(ws)
    wb.save(path)


def f_s2_list_xls(path: Path):
    """省中医院 (xls): a two-line header "派驻\\n起始日期" | "派驻\\n结束日期"; full-width dates "２０２４年３月４日";
    Excel serials typed as text ("45355"); an ID with spaces round it; "2024年3月起" and no end; one "见附件" (held)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    wrap = xlwt.easyxf("align: wrap on, vert centre")
    ws.write(0, 0, f"琅岙省中医院派驻青棠县中医医院医务人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻\n起始日期", "派驻\n结束日期", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h, wrap)
    people = [
        ("zheng", "郑书远", None, "针灸科", "主治中医师", fw("2024") + "年" + fw("3") + "月" + fw("4") + "日",
         fw("2024") + "年" + fw("9") + "月" + fw("3") + "日", "派驻6个月",
         dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3), None, None)),
        ("feng", "冯若宁", "  " + ID["feng"] + "  ", "推拿科", "副主任中医师", serial(dt.date(2024, 3, 4)),
         serial(dt.date(2024, 9, 3)), None,
         dep("推拿科", "副主任中医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3), None, None)),
        ("kong", "孔令仪", None, "护理部", "主管护师", "2024年3月起", None, None,
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), None, None, None)),
    ]
    r = 2
    for i, (key, name, sp, dept, title, s, e, note, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, s, e, note]):
            if v is not None:
                ws.write(r, j, v)
        f = {k: v for k, v in f.items() if k not in ("years_of_service", "paid_by_recipient")}
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": S2, "recipient_hospital_id": R2},
            ["start_date", "department"], id_number=ID[key])
        r += 1
    for j, v in enumerate([4, "秦雨桐", use_id("qinyt"), "脾胃病科", "主治中医师", "见附件", "见附件", None]):
        if v is not None:
            ws.write(r, j, v)
    hold(fn, sh, r + 1, "missing_required", "派驻起始日期 见附件: no start date in the file")
    ws.write(r + 1, 0, "填表人：医务处")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 杉溪县
def f_s3_roster_csv(path: Path):
    """市中心医院 → 杉溪县妇幼保健院, CSV UTF-8 with BOM: ID numbers with a leading apostrophe; 派驻起止 on two
    lines inside a quoted cell; "2024.3-", "2024年3月—至今"; 工作年限 "20余年" / "９年"; 补贴 "'0" / "无" / "/" /
    "3,000元"; one person without an ID number."""
    fn = path.name
    lines = [[f"澜州市中心医院派驻杉溪县妇幼保健院人员名单（{SYN}）", "", "", "", "", "", "", ""],
             ["序号", "姓名", "身份证号", "科室", "职称", "派驻起止", "工作年限", "受援医院发放补贴"]]
    people = [
        ("wei", "韦山河", "妇产科", "主任医师", "2024.03.01\n2024.08.31", "20余年", "'0",
         dep("妇产科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), None, 0.0), "UNPARSEABLE_OPTIONAL"),
        ("ouyang", "欧阳晴", "儿科", "主治医师", "2024.3-", fw("9") + "年", "无",
         dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 1), None, 9, 0.0), None),
        (None, "岑伯言", "检验科", "主管技师", "2024年3月—至今", "15年", "/",
         dep("检验科", "主管技师", "中级", "医技", d(2024, 3, 1), None, 15, None), "NAME_ONLY"),
        ("bai", "白露凝", "妇产科", "主管护师", "2024年3月1日\n2024年8月31日", "6年", "3,000元",
         dep("妇产科", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31), 6, 3000.0), None),
    ]
    for i, (key, name, dept, title, period, years, paid, f, code) in enumerate(people, 1):
        lines.append([str(i), name, use_id(key, "'" + ID[key]) if key else "", dept, title, period, years, paid])
        r = len(lines)   # records as Excel shows them: a quoted line break stays inside its row
        row("deployments", fn, None, r, f, {"support_hospital_id": S3, "recipient_hospital_id": R4},
            ["start_date", "department"], id_number=ID[key] if key else None)
        if code:
            finding(fn, r, code)
    lines.append(["填表人：医务科", "", "", "", "", "", "", ""])
    write_csv(path, lines, "utf-8", bom=True)


def f_r4_monthly_ods(path: Path):
    """杉溪县妇幼保健院 (ods): months "２０２４年７月", counts in full-width digits, "6,215", "410人", "91台",
    "约5" (→ empty + finding), "/"."""
    fn, sh = path.name, "月报"
    rows = [[f"杉溪县妇幼保健院2024年第三季度月度业务统计（{SYN}）"],
            ["统计月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    data = [(7, [fw("6120"), fw("402"), fw("88"), fw("15"), fw("3")], [6120, 402, 88, 15, 3], None),
            (8, ["6,215", "410人", "91台", "14", "约5"], [6215, 410, 91, 14, None], "UNPARSEABLE_OPTIONAL"),
            (9, [6300, 415, 90, "/", 4], [6300, 415, 90, None, 4], None)]
    for m, cells, v, code in data:
        rows.append([fw("2024") + "年" + fw(str(m)) + "月", *cells])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R4}, ["month"])
        if code:
            finding(fn, len(rows), code)
    rows.append(["填报人：统计室", None, "报送日期：2024年10月9日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 青棠县
def f_r1_trainees_csv(path: Path):
    """青棠县人民医院 trainees, CSV in GBK: 填报单位 line, header in row 3; 进修起止 on two lines in a quoted cell;
    "2024年3月起" with 进修时长 "6个月"; "2024.9-"; fees "3,000元" / "免" / "/" / "见附件"; 是否结业 "不详"."""
    fn = path.name
    lines = [[f"填报单位：{R1}（{SYN}）", "", "", "", "", "", "", ""],
             [f"2024年赴{S1}进修人员名单", "", "", "", "", "", "", ""],
             ["姓名", "身份证号", "进修科室", "进修医院", "进修起止", "进修时长", "进修费用", "是否结业"]]
    people = [("luo", "罗青岚", "内科", "2024.03.01\n2024.08.31", "6个月", "3,000元", "是",
               d(2024, 3, 1), d(2024, 8, 31), 3000.0, True, None),
              ("du", "杜若川", "骨科", "2024年3月起", "6个月", "免", "是", d(2024, 3, 1), d(2024, 8, 31), 0.0, True, None),
              # lead's truth correction (README, AFTER THE FIXES): a fee column's "/" is none charged (0), as "免" —
              # the intake's documented reading (parse_numbers: _MONEY_ZERO_TOKENS), not "not stated"
              ("shao", "邵安歌", "儿科", "2024.09.01\n2025.02.28", "6个月", "/", "不详", d(2024, 9, 1), d(2025, 2, 28),
               0.0, None, "UNPARSEABLE_OPTIONAL"),
              ("zhong", "钟子墨", "放射科", "2024.9-", "", "见附件", "否", d(2024, 9, 1), None, None, False,
               "UNPARSEABLE_OPTIONAL")]
    for key, name, dept, period, length, fee, done, sd, ed, feev, donev, code in people:
        lines.append([name, use_id(key, "'" + ID[key]), dept, S1, period, length, fee, done])
        r = len(lines)
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
        if code:
            finding(fn, r, code)
    lines.append(["合计：4人", "", "", "", "", "", "", ""])
    write_csv(path, lines, "gbk")


def f_r1_techniques_ods(path: Path):
    """青棠县人民医院 techniques (ods): "２０２４年３月", a serial "45413" as text, "2024.06.18"; 例数 "15例",
    "10+", "约30例", "12（其中2例为会诊）"; 是否填补县域空白 "是" / "否" / "/"; one 开展时间 "见附件" (held)."""
    fn, sh = path.name, "新技术"
    rows = [[f"青棠县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "帮扶医院"]]
    items = [("冠状动脉造影术", "心内科", fw("2024") + "年" + fw("3") + "月", "15例", "是", d(2024, 3, 1), 15, True, None),
             ("无痛胃镜检查", "消化内科", serial(dt.date(2024, 5, 1)), "10+", "否", d(2024, 5, 1), None, False,
              "UNPARSEABLE_OPTIONAL"),
             ("经皮肾镜碎石术", "泌尿外科", "2024.06.18", "约30例", "/", d(2024, 6, 18), None, None,
              "UNPARSEABLE_OPTIONAL"),
             ("超声引导下神经阻滞", "麻醉科", "2024年7月8日", "12（其中2例为会诊）", "是", d(2024, 7, 8), 12, True, None)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv, code) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, S1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
        if code:
            finding(fn, len(rows), code)
    rows.append([5, "腹腔镜胆囊切除术", "普外科", "见附件", "20例", "是", S1])
    hold(fn, sh, len(rows), "missing_required", "开展时间 见附件: no date in the file")
    rows.append(["填报人：医务科", None, None, "审核人：", None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_r1_monthly_xlsx(path: Path):
    """青棠县人民医院 1-6月: months "２０２４年１月"; counts "15,230", " 14,980 " (spaces), "271台", "39人",
    "16,120人次", "１６８８０"; "约40" (→ empty + finding); "—" (not reported); 外转率 "3.8%" (not a count); 合计."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青棠县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "外转率"])
    data = [(fw("2024") + "年" + fw("1") + "月", ["15,230", "1,120", "286", "42", "3.8%"], 1, [15230, 1120, 286, 42], None),
            ("2024年2月", [" 14,980 ", " 1,046 ", "271台", "39人", "3.7%"], 2, [14980, 1046, 271, 39], None),
            ("2024年3月", ["16,120人次", 1180, 301, "约40", "—"], 3, [16120, 1180, 301, None], "UNPARSEABLE_OPTIONAL"),
            ("2024年4月", [16450, 1201, 310, "—", "—"], 4, [16450, 1201, 310, None], None),
            ("2024年5月", [fw("16880"), 1234, 322, 41, "3.6%"], 5, [16880, 1234, 322, 41], None),
            ("2024年6月", [17010, 1250, 330, 44, "3.5%"], 6, [17010, 1250, 330, 44], None)]
    for label, cells, m, v, code in data:
        ws.append([label, *cells])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
        if code:
            finding(fn, ws.max_row, code)
    ws.append(["合计", 96670, 7031, 1820, 166, None])
    ws.append([f"注：外转率=转出人次/出院人数。{SYN}"])
    wb.save(path)


def f_r1_assessment_xlsx(path: Path):
    """青棠县人民医院 June assessment: "姓名\\n身份证号" in one cell; 得分 "95分", "９２.５"; 抽查 "4次";
    在岗 "3（1次外出会诊）"."""
    fn, sh = path.name, "6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青棠县人民医院派驻人员2024年6月考核表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "姓名\n身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
    people = [("xu", "许知行", "95分", "4次", "4次", 95.0, 4, 4),
              ("tao", "陶宛清", fw("92.5"), "4次", "3（1次外出会诊）", 92.5, 4, 3),
              ("shen", "沈如意", 88, 4, 4, 88.0, 4, 4)]
    for i, (key, name, sc, chk, pres, scv, chkv, presv) in enumerate(people, 1):
        ws.append([i, name + "\n" + use_id(key), S1, sc, chk, pres])
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=6, score=scv, spot_checks=chkv, spot_checks_present=presv),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["month"], id_number=ID[key])
    ws.append(["考核人：医务科", None, None, "2024年7月3日"])
    wrap_all(ws)
    wb.save(path)


# ------------------------------------------------------------------------------------------- 苇川县
def f_r3_trainees_xlsx(path: Path):
    """苇川县人民医院 trainees: header "进修\\n开始时间"; dates "２０２４．０９．０１", serials as text; fees
    "0（已减免）", "2,500元", "见附件"; 结业 "/"; one trainee sent to a hospital in no pairing list (held)."""
    fn, sh = path.name, "进修"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇川县人民医院外出进修人员登记表（2024年）{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "进修单位", "科室", "进修\n开始时间", "进修\n结束时间", "费用", "结业情况"])
    people = [("qinyx", "秦远岫", S1, "急诊科", fw("2024.09.01"), fw("2025.02.28"), "0（已减免）", "是",
               d(2024, 9, 1), d(2025, 2, 28), 0.0, True, None),
              ("kongsy", "孔思远", S1, "检验科", serial(dt.date(2024, 9, 1)), serial(dt.date(2025, 2, 28)), "2,500元", "否",
               d(2024, 9, 1), d(2025, 2, 28), 2500.0, False, None),
              ("ye", "叶知秋", S1, "麻醉科", "2024.10.08", "2025.04.07", "见附件", "/",
               d(2024, 10, 8), d(2025, 4, 7), None, None, "UNPARSEABLE_OPTIONAL")]
    for i, (key, name, host, dept, s, e, fee, done, sd, ed, feev, donev, code) in enumerate(people, 1):
        ws.append([i, name, use_id(key), host, dept, s, e, fee, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        r = ws.max_row
        row("trainees", fn, sh, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                         completed=donev),
            {"recipient_hospital_id": R3, "host_hospital_id": host}, ["start_date", "department"], id_number=ID[key])
        if code:
            finding(fn, r, code)
    ws.append([4, "沈星河", use_id("shenxh"), UNKNOWN_HOST, "影像科", dt.date(2024, 9, 2), dt.date(2024, 12, 31),
               "3,000元", "是"])
    ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
    ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
    hold(fn, sh, ws.max_row, "unresolved_hospital", f"进修单位 {UNKNOWN_HOST} is in no pairing list")
    ws.append(["填表人：科教科", None, None, None, "联系电话：略"])
    wrap_all(ws)
    wb.save(path)


def f_r3_techniques_xls(path: Path):
    """苇川县人民医院 techniques (xls): a serial "45505" as text, "２０２４年８月２０日", "2024年9月"; 例数 "8例",
    " 20 ", "３例"; 填补县域空白 "是（填补县域空白）" / "否"."""
    fn, sh = path.name, "新技术新业务"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"苇川县人民医院2024年新技术新业务登记（{SYN}）")
    for j, h in enumerate(["项目名称", "开展科室", "首次开展日期", "例数", "填补县域空白", "支援医院"]):
        ws.write(1, j, h)
    items = [("腹腔镜疝修补术", "普外科", serial(dt.date(2024, 8, 1)), "8例", "是（填补县域空白）", d(2024, 8, 1), 8, True),
             ("床旁血液净化", "重症医学科", fw("2024") + "年" + fw("8") + "月" + fw("20") + "日", " 20 ", "否",
              d(2024, 8, 20), 20, False),
             ("骨密度检测", "骨科", "2024年9月", fw("3") + "例", "否", d(2024, 9, 1), 3, False)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items):
        for j, v in enumerate([name, dept, when, cases, gap, S1]):
            ws.write(2 + i, j, v)
        row("techniques", fn, sh, 3 + i, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                               fills_county_gap=gapv),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
    ws.write(2 + len(items), 0, "填报：医务科")
    wb.save(str(path))


def f_r3_activities_xlsx(path: Path):
    """省人民医院 → 苇川县人民医院 activities: dates "2024.04.12", a serial as text, "２０２４年５月２０日", "2024/7/10";
    活动形式 "教学\\n查房"; 参加人数 "35人", "约40人", "6（含2名护士）", "120人次", "20余人", "—", "不详"; a date "/"
    (held) and a recipient in no pairing list (held)."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅岙省人民医院对口帮扶活动记录（2024年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "活动日期", "受援单位", "支援单位", "活动形式", "主题", "参加人数", "主讲人"])
    acts = [("2024.04.12", "学术讲座", "急性胸痛的早期识别", "35人", d(2024, 4, 12), 35, None),
            (serial(dt.date(2024, 5, 13)), "教学\n查房", "社区获得性肺炎查房", "约40人", d(2024, 5, 13), None,
             "UNPARSEABLE_OPTIONAL"),
            (fw("2024") + "年" + fw("5") + "月" + fw("20") + "日", "手术示教", "腹腔镜胆囊切除术", "6（含2名护士）",
             d(2024, 5, 20), 6, None),
            ("2024年6月15日", "义诊", "高血压防治义诊", "120人次", d(2024, 6, 15), 120, None),
            ("2024/7/10", "技术培训", "心肺复苏技能培训", "20余人", d(2024, 7, 10), None, "UNPARSEABLE_OPTIONAL"),
            ("2024.08.22", "疑难病例讨论", "不明原因发热病例讨论", "—", d(2024, 8, 22), None, None),
            ("2024.09.05", "远程会诊", "急性脑卒中远程会诊", "不详", d(2024, 9, 5), None, "UNPARSEABLE_OPTIONAL")]
    typ_of = {"教学\n查房": "教学查房"}
    for i, (when, typ, topic, n, day, nv, code) in enumerate(acts, 1):
        ws.append([i, when, R3, S1, typ, topic, n, "某主任"])
        r = ws.max_row
        row("activities", fn, sh, r, dict(activity_date=day, activity_type=typ_of.get(typ, typ), topic=topic,
                                           participants=nv),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["activity_date", "activity_type"])
        if code:
            finding(fn, r, code)
    ws.append([8, "/", R3, S1, "学术讲座", "糖尿病足的护理", "30人", "某护士长"])
    hold(fn, sh, ws.max_row, "missing_required", "活动日期 /: no date")
    ws.append([9, "2024.10.16", UNKNOWN_RECIP, S1, "学术讲座", "抗菌药物合理使用", "25人", "某药师"])
    hold(fn, sh, ws.max_row, "unresolved_hospital", f"受援单位 {UNKNOWN_RECIP} is in no pairing list")
    ws.append(["填表人：医务部", None, None, None, "日期：2024年10月20日"])
    wrap_all(ws)
    wb.save(path)


def f_r3_monthly_csv(path: Path):
    """苇川县人民医院 7-12月, CSV UTF-8 without BOM: header cells on two lines ("门急诊\\n人次"); counts with a
    leading apostrophe ("'8,120"), "9,870人次"; 外转率 "3.4%"; October's 门急诊 "不详" (→ empty + finding)."""
    fn = path.name
    lines = [[f"苇川县人民医院2024年7—12月主要业务量（{SYN}）", "", "", "", "", ""],
             ["月份", "门急诊\n人次", "出院\n人数", "手术\n台次", "转出\n人次", "外转率"]]
    data = [(7, ["'8,120", "'612", "'143", "'21", "3.4%"], [8120, 612, 143, 21], None),
            (8, ["'8,305", "'630", "'150", "'19", "3.0%"], [8305, 630, 150, 19], None),
            (9, ["8,240", "621", "147", "20", "3.2%"], [8240, 621, 147, 20], None),
            (10, ["不详", "604", "139", "22", "3.6%"], [None, 604, 139, 22], "UNPARSEABLE_OPTIONAL"),
            (11, ["8,410人次", "640人", "152台", "18人", "2.8%"], [8410, 640, 152, 18], None),
            (12, ["9,870人次", "655人", "160台", "17人", "12.5%"], [9870, 655, 160, 17], None)]
    for m, cells, v, code in data:
        lines.append([f"{m}月", *cells])
        r = len(lines)
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R3}, ["month"])
        if code:
            finding(fn, r, code)
    lines.append(["报送：统计科", "", "", "", "", ""])
    write_csv(path, lines, "utf-8")


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "青棠县", "苇川县", "杉溪县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅岙省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_s1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (f_s2_list_xls, "省直", "SYNTHETIC_省中医院派驻青棠县中医医院名单.xls"),
             (f_s3_roster_csv, "杉溪县", "SYNTHETIC_澜州市中心医院派驻人员（杉溪县妇幼保健院）.csv"),
             (f_r4_monthly_ods, "杉溪县", "SYNTHETIC_杉溪县妇幼保健院月度统计2024第三季度.ods"),
             (f_r1_trainees_csv, "青棠县", "SYNTHETIC_青棠县人民医院进修人员2024.csv"),
             (f_r1_techniques_ods, "青棠县", "SYNTHETIC_青棠县人民医院新技术新项目2024.ods"),
             (f_r1_monthly_xlsx, "青棠县", "SYNTHETIC_青棠县人民医院业务量1-6月.xlsx"),
             (f_r1_assessment_xlsx, "青棠县", "SYNTHETIC_青棠县人民医院派驻人员考核2024年6月.xlsx"),
             (f_r3_trainees_xlsx, "苇川县", "SYNTHETIC_苇川县人民医院外出进修登记.xlsx"),
             (f_r3_techniques_xls, "苇川县", "SYNTHETIC_苇川县人民医院新技术新业务2024.xls"),
             (f_r3_activities_xlsx, "苇川县", "SYNTHETIC_省人民医院帮扶苇川县人民医院活动记录2024.xlsx"),
             (f_r3_monthly_csv, "苇川县", "SYNTHETIC_苇川县人民医院业务量7-12月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["pairing_file"] = "SYNTHETIC_附件1_琅岙省城乡医院对口支援关系一览表（2024—2026年）.xlsx"
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

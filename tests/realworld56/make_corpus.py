"""realworld56 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜汀省) for 2024 with a focus on
new-technique lists (新技术新项目): several date columns (申报日期, 准入日期, 首例开展日期, 开展日期), this year's vs
cumulative counts (本年例数 / 累计例数), 技术来源 as a short name (省人医, 市一院), 限制类技术 / 非限制类 columns,
是否填补县域空白 answered with an explanation, a technique re-listed the next month with more cases, and two
techniques of one name in two departments. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,青杪县,栎川县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading
the tool's parser.
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


PRH, CY1 = "澜汀省人民医院", "沂枫市第一人民医院"          # short names 省人医, 市一院
QM, QMTCM = "青杪县人民医院", "青杪县中医医院"
LC, LCMCH = "栎川县人民医院", "栎川县妇幼保健院"
RECIP = {QM: ("二级", "甲等", "综合医院", "青杪县"), QMTCM: ("二级", "甲等", "中医医院", "青杪县"),
         LC: ("二级", "乙等", "综合医院", "栎川县"), LCMCH: ("二级", None, "妇幼保健院", "栎川县")}
SUPPORT = {QM: PRH, QMTCM: PRH, LC: CY1, LCMCH: CY1}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19740312", "031"), "qiao": ("990101", "19850627", "042"),
    "song": ("990102", "19800915", "017"), "fang": ("990102", "19890403", "026"),
    "yan": ("990201", "19770821", "053"), "mu": ("990201", "19870119", "064"),
    "tang": ("990301", "19920530", "035"), "gu": ("990301", "19941108", "048"),
}.items()}

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


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def tech(recip, name, dept, first, cases, gap):
    return dict(name=name, department=dept, first_performed_date=first, cases=cases, fills_county_gap=gap)


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
    doc.save(str(path))


def csv_bytes(rows, enc):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    text = buf.getvalue()
    return ("\ufeff" + text).encode("utf-8") if enc == "utf-8-sig" else text.encode(enc)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜汀省城乡医院对口支援关系表（2024—2026年）{SYN}"])
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, r in enumerate((QM, QMTCM, LC, LCMCH), 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, SUPPORT[r], dt.date(2023, 12, 15)])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": SUPPORT[r], "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": d(2023, 12, 15),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (PRH, CY1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- techniques
TECH_HEAD = ["序号", "科室", "项目名称", "申报日期", "准入日期", "首例开展日期", "本年例数", "累计例数", "技术来源",
             "限制类技术", "是否填补县域空白"]


def qm_tech_month(path: Path, month: int, items):
    """青杪县人民医院, one workbook per month: 申报日期 and 准入日期 before 首例开展日期 (the first performed date is
    首例开展日期), 本年例数 = 累计例数 for techniques begun this year, 技术来源 "省人医", 限制类技术 是/否,
    是否填补县域空白 "是，县内首例" / "否（市内已开展）"."""
    fn, sh = path.name, f"{month}月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杪县人民医院2024年{month}月新技术新项目开展情况登记表（{SYN}）"])
    ws.append(TECH_HEAD)
    for i, (dept, name, applied, approved, first, n, gap_text, gap, restricted, listed) in enumerate(items, 1):
        ws.append([i, dept, name, applied, approved, first, n, n, "省人医", restricted, gap_text])
        for c in (4, 5, 6):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        if listed:
            row("techniques", fn, sh, ws.max_row, tech(QM, name, dept, first.isoformat(), n, gap),
                {"recipient_hospital_id": QM, "support_hospital_id": PRH}, ["name", "department"])
    ws.append(["填报人：医务科", None, None, "填报日期：", f"2024年{month + 1}月5日"])
    wb.save(path)


def f_qm_tech_march(path: Path):
    """March: PCI (心内科), and 射频消融术 in 心内科 and in 普外科 (two techniques of one name). The PCI row is
    re-listed in April with more cases: the April row is the technique's row (same recipient, name, first date)."""
    qm_tech_month(path, 3, [
        ("心血管内科", "经皮冠状动脉介入治疗", dt.date(2024, 1, 10), dt.date(2024, 2, 20), dt.date(2024, 3, 12), 5,
         "是，县内首例", True, "是", False),
        ("心血管内科", "射频消融术", dt.date(2024, 1, 15), dt.date(2024, 2, 28), dt.date(2024, 3, 20), 3,
         "是，县内首例", True, "是", True),
        ("普外科", "射频消融术", dt.date(2024, 2, 1), dt.date(2024, 3, 1), dt.date(2024, 3, 26), 2,
         "否（市内已开展）", False, "否", True)])


def f_qm_tech_april(path: Path):
    """April: PCI again, 12 cases by now (本年例数 = 累计例数 = 12), and a new 无痛胃肠镜 (消化内科)."""
    qm_tech_month(path, 4, [
        ("心血管内科", "经皮冠状动脉介入治疗", dt.date(2024, 1, 10), dt.date(2024, 2, 20), dt.date(2024, 3, 12), 12,
         "是，县内首例", True, "是", True),
        ("消化内科", "无痛胃肠镜检查", dt.date(2024, 3, 1), dt.date(2024, 3, 25), dt.date(2024, 4, 8), 10,
         "否（市内已开展）", False, "否", True)])


def f_qmtcm_tech_csv(path: Path):
    """青杪县中医医院, CSV in GBK: 申报日期, 准入日期, 开展日期 (the performed date), only 累计例数, 技术来源 "省人医";
    one technique 尚未开展 (no performed date: quarantined); 是否填补县域空白 "是，填补县域空白" / "否"."""
    fn = path.name
    rows = [[f"青杪县中医医院2024年新技术新项目汇总（{SYN}）", "", "", "", "", "", "", ""],
            ["项目名称", "科室", "申报日期", "准入日期", "开展日期", "累计例数", "技术来源", "是否填补县域空白"]]
    items = [("针刀松解术", "针灸推拿科", "2024-02-01", "2024-03-10", "2024-03-18", 36, "是，填补县域空白",
              d(2024, 3, 18), True),
             ("中药熏蒸治疗", "康复科", "2024-03-05", "2024-04-01", "2024-04-15", 120, "否", d(2024, 4, 15), False),
             ("穴位埋线减重", "针灸推拿科", "2024-06-01", "2024-07-20", "2024-08-02", 18, "是，县内首例",
              d(2024, 8, 2), True)]
    for name, dept, a, b, c, n, gap_text, first, gap in items:
        rows.append([name, dept, a, b, c, n, "省人医", gap_text])
        row("techniques", fn, None, len(rows), tech(QMTCM, name, dept, first, n, gap),
            {"recipient_hospital_id": QMTCM, "support_hospital_id": PRH}, ["name", "department"])
    rows.append(["经皮椎间孔镜", "骨伤科", "2024-10-08", "2024-11-20", "尚未开展", "", "省人医", ""])
    quarantine(fn, None, len(rows), "missing_required", "开展日期 尚未开展: not performed yet, no first date")
    rows.append(["注：数据为虚构，仅供测试。", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_lc_tech_ods(path: Path):
    """栎川县人民医院 (.ods): 准入日期 and 开展日期 (performed), 例数 with "例" and one "约10例" (empty with a
    finding), 技术来源 "市一院", 非限制类 ticks, 是否填补县域空白 "是，县内首例" / "否，市内已开展"."""
    fn, sh = path.name, "新技术"
    rows = [[f"栎川县人民医院2024年度新技术新项目统计表（{SYN}）"],
            ["项目名称", "科室", "准入日期", "开展日期", "例数", "技术来源", "非限制类", "是否填补县域空白"]]
    items = [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 4, 2), dt.date(2024, 5, 9), "15例", 15, "√",
              "是，县内首例", True),
             ("床旁血液净化", "重症医学科", dt.date(2024, 5, 20), dt.date(2024, 6, 18), "约10例", None, "√",
              "否，市内已开展", False),
             ("经鼻高流量氧疗", "呼吸内科", dt.date(2024, 7, 1), dt.date(2024, 7, 16), "22", 22, "√", "否", False)]
    for name, dept, a, b, n, nv, tick, gap_text, gap in items:
        rows.append([name, dept, a, b, n, "市一院", tick, gap_text])
        row("techniques", fn, sh, len(rows), tech(LC, name, dept, b.isoformat(), nv, gap),
            {"recipient_hospital_id": LC, "support_hospital_id": CY1}, ["name", "department"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科", None, "审核：", None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


def f_lcmch_tech_xls(path: Path):
    """栎川县妇幼保健院 (.xls): 首例开展日期 as text "2024年6月3日", 本年例数 and 累计例数 that differ for a technique
    begun in 2023 (a reader cannot tell which the programme means by 开展例数: either is accepted), 技术来源
    "市一院", 限制类技术 column."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"栎川县妇幼保健院新技术新项目开展情况（2024年）{SYN}")
    head = ["序号", "项目名称", "科室", "首例开展日期", "本年例数", "累计例数", "技术来源", "限制类技术", "是否填补县域空白"]
    for c, h in enumerate(head):
        ws.write(1, c, h)
    items = [("宫腔镜下子宫内膜息肉切除术", "妇科", "2024年6月3日", 9, 9, d(2024, 6, 3), 9, "是，县内首例", True),
             ("新生儿听力筛查", "儿科", "2023年11月20日", 240, 310, d(2023, 11, 20), {"one_of": [240, 310]},
              "否（已有开展）", False)]
    for i, (name, dept, first_text, ny, ncum, first, cases, gap_text, gap) in enumerate(items, 1):
        r = i + 1
        for c, v in enumerate([i, name, dept, first_text, ny, ncum, "市一院", "否", gap_text]):
            ws.write(r, c, v)
        row("techniques", fn, sh, r + 1, tech(LCMCH, name, dept, first, cases, gap),
            {"recipient_hospital_id": LCMCH, "support_hospital_id": CY1}, ["name", "department"])
    ws.write(len(items) + 2, 0, "合计")
    ws.write(len(items) + 2, 4, 249)
    ws.write(len(items) + 2, 5, 319)
    wb.save(str(path))


def f_qm_tech_summary_utf8(path: Path):
    """青杪县人民医院 医务科's CSV (UTF-8 with BOM) of its 检验科 technique: 首例开展日期 and 开展日期 both given
    (开展日期 the date of this report's cases; the first performed date is 首例开展日期)."""
    fn = path.name
    rows = [[f"青杪县人民医院检验科新技术（{SYN}）", "", "", "", "", "", ""],
            ["项目名称", "科室", "首例开展日期", "开展日期", "本年例数", "技术来源", "是否填补县域空白"]]
    rows.append(["血栓弹力图检测", "检验科", "2024/5/6", "2024/9/30", 64, "省人医", "是，县内首例"])
    row("techniques", fn, None, len(rows), tech(QM, "血栓弹力图检测", "检验科", d(2024, 5, 6), 64, True),
        {"recipient_hospital_id": QM, "support_hospital_id": PRH}, ["name", "department"])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


# ------------------------------------------------------------------------------------------- other forms
def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def f_prh_roster(path: Path):
    """省人医 roster (.xlsx): one wrong check digit, one 15-digit ID, one person without an ID number."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜汀省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始日期", "派驻结束日期"])
    wrong = ID["qiao"][:17] + ("0" if ID["qiao"][17] != "0" else "1")
    s = ID["song"]
    fifteen = s[:6] + s[8:17]
    people = [("lin", "林砚秋", None, "心血管内科", "主任医师", QM, dep("心血管内科", "主任医师", "正高级", "医疗",
                                                                  d(2024, 3, 1), d(2024, 8, 31)), ID["lin"], None),
              ("qiao", "乔映雪", wrong, "普外科", "主治医师", QM, dep("普外科", "主治医师", "中级", "医疗",
                                                                d(2024, 3, 1), d(2024, 8, 31)), wrong,
               "ID_CHECK_DIGIT"),
              ("song", "宋清和", fifteen, "针灸推拿科", "副主任医师", QMTCM,
               dep("针灸推拿科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30)), ID["song"],
               "ID_15_DIGIT"),
              (None, "方晓岚", "", "护理部", "主管护师", QMTCM, dep("护理部", "主管护师", "中级", "护理",
                                                              d(2024, 4, 1), d(2024, 9, 30)), None, "NAME_ONLY")]
    for i, (key, name, sp, dept, title, rec, f, tid, code) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else sp, dept, title, rec,
                   dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": PRH, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, ws.max_row, code)
    wb.save(path)


def f_cy1_roster_xls(path: Path):
    """市一院 roster (.xls), 派驻时间 as "2024.5.6-2024.11.5"."""
    fn, sh = path.name, "名册"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"沂枫市第一人民医院派驻栎川县人员名单（{SYN}）")
    for c, h in enumerate(["姓名", "身份证号", "科室", "职称", "派驻单位", "派驻时间"]):
        ws.write(1, c, h)
    people = [("yan", "严初霁", "重症医学科", "副主任医师", LC, "2024.5.6-2024.11.5",
               dep("重症医学科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5))),
              ("mu", "穆听澜", "妇科", "主治医师", LCMCH, "2024.6.1-2024.11.30",
               dep("妇科", "主治医师", "中级", "医疗", d(2024, 6, 1), d(2024, 11, 30)))]
    for i, (key, name, dept, title, rec, per, f) in enumerate(people, 2):
        for c, v in enumerate([name, use_id(key), dept, title, rec, per]):
            ws.write(i, c, v)
        row("deployments", fn, sh, i + 1, f, {"support_hospital_id": CY1, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    wb.save(str(path))


def f_lc_trainees_csv(path: Path):
    """栎川县人民医院 trainees sent to 市一院, CSV UTF-8 with BOM."""
    fn = path.name
    rows = [[f"栎川县人民医院2024年赴沂枫市第一人民医院进修人员（{SYN}）", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修医院", "进修开始", "进修结束"]]
    for key, name, dept, a, b in (("tang", "唐知远", "普外科", d(2024, 3, 4), d(2024, 8, 31)),
                                  ("gu", "顾念之", "重症医学科", d(2024, 9, 2), d(2025, 2, 28))):
        rows.append([name, use_id(key), dept, CY1, a, b])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=a, end_date=b),
            {"recipient_hospital_id": LC, "host_hospital_id": CY1}, ["start_date"], id_number=ID[key])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


def f_cy1_activities_ods(path: Path):
    """市一院 activities at 栎川县人民医院 (.ods), one "约40人"."""
    fn, sh = path.name, "活动登记"
    rows = [[f"沂枫市第一人民医院帮扶栎川县人民医院活动登记（2024年）{SYN}"],
            ["日期", "活动形式", "主题", "参加人数"]]
    for day, typ, topic, n, nv in ((dt.date(2024, 5, 15), "学术讲座", "重症患者镇静镇痛", 35, 35),
                                   (dt.date(2024, 6, 12), "教学查房", "腹腔镜术后管理", "约40人", None),
                                   (dt.date(2024, 7, 10), "手术示教", "腹腔镜胆囊切除术", 12, 12)):
        rows.append([day, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": LC, "support_hospital_id": CY1}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    ods_doc(path, {sh: rows})


def f_qm_monthly_xlsx(path: Path):
    """青杪县人民医院 workload, 1—3月."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杪县人民医院2024年1—3月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in (1, 2, 3):
        v = [18200 + 300 * m, 1310 + 20 * m, 290 + 7 * m, 52 - 3 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QM}, ["month"])
    wb.save(path)


def f_qm_assess_xlsx(path: Path):
    """青杪县人民医院 monthly assessment of the 省人医 staff, one sheet per month."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for m, scores in ((5, (96, 92.5)), (6, (95, 90))):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"青杪县人民医院派驻人员月度考核表（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分"])
        for i, (key, name, sc) in enumerate((("lin", "林砚秋", scores[0]), ("qiao2", "乔映雪", scores[1])), 1):
            k = "lin" if key == "lin" else "qiao"
            ws.append([i, name, use_id(k), PRH, sc])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row, dict(year=2024, month=m, score=float(sc)),
                {"recipient_hospital_id": QM}, ["month"], id_number=ID[k])
    wb.save(path)


def f_county_csv(path: Path):
    """County inpatient flow, CSV in GBK."""
    fn = path.name
    rows = [[f"澜汀省2024年县域住院流向统计（{SYN}）", "", "", "", ""],
            ["县（市、区）", "区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, code, tot, out in (("青杪县", "999101", 31250, 6210), ("栎川县", "999102", 22480, 5135)):
        rows.append([county, code, 2024, tot, out])
        row("county_inpatient_stats", fn, None, len(rows), dict(county_code=code, year=2024, resident_admissions=tot,
                                                                 resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "青杪县", "栎川县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜汀省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_qm_tech_march, "青杪县", "SYNTHETIC_青杪县人民医院2024年3月新技术新项目.xlsx"),
             (f_qm_tech_april, "青杪县", "SYNTHETIC_青杪县人民医院2024年4月新技术新项目.xlsx"),
             (f_qm_tech_summary_utf8, "青杪县", "SYNTHETIC_青杪县人民医院检验科新技术.csv"),
             (f_qmtcm_tech_csv, "青杪县", "SYNTHETIC_青杪县中医医院新技术汇总2024.csv"),
             (f_qm_monthly_xlsx, "青杪县", "SYNTHETIC_青杪县人民医院业务量1-3月.xlsx"),
             (f_qm_assess_xlsx, "青杪县", "SYNTHETIC_青杪县人民医院派驻人员考核5-6月.xlsx"),
             (f_prh_roster, "青杪县", "SYNTHETIC_省人医派驻人员名册2024.xlsx"),
             (f_county_csv, "青杪县", "SYNTHETIC_县域住院流向2024.csv"),
             (f_lc_tech_ods, "栎川县", "SYNTHETIC_栎川县人民医院新技术2024.ods"),
             (f_lcmch_tech_xls, "栎川县", "SYNTHETIC_栎川县妇幼保健院新技术2024.xls"),
             (f_cy1_roster_xls, "栎川县", "SYNTHETIC_市一院派驻栎川人员.xls"),
             (f_lc_trainees_csv, "栎川县", "SYNTHETIC_栎川县人民医院进修人员2024.csv"),
             (f_cy1_activities_ods, "栎川县", "SYNTHETIC_市一院帮扶活动登记2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""realworld88 corpus generator — SYNTHETIC / 合成数据. The village end of the programme (县乡村一体化) in one
fictional county (霁溪县, 霁川省) for 2024: the county health commission's pairing list (县卫健委印发) in
data/raw/reference/ with a 县→乡 section and a 乡→村 section, and fifteen submissions from the county hospitals
(县直/), the township centres (乡镇/) and the county commission (县卫健委/), as their clerks write them.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,县直,乡镇,县卫健委}/…, OUT/truth.json

Scope (../shared/docs/programme-rules.md): the programme pairs a support hospital with a county hospital or a
township health centre (乡镇卫生院, and its urban twin the 社区卫生服务中心) as the recipient. A township centre
supporting a village clinic (村卫生室) or a community centre supporting its 社区卫生服务站 is not such a pairing:
the truth has no pairing, deployment, trainee or activity for the 乡→村 level (those rows may be held or listed as
not data, but never curated).

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones). Written without reading
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


COUNTY, COUNTY_CODE = "霁溪县", "999121"
XYY, XZY = "霁溪县人民医院", "霁溪县中医医院"                      # 县医院, 县中医院
QH, LW, SB, DG = "青禾镇中心卫生院", "柳湾乡卫生院", "石埠镇卫生院", "东关街道社区卫生服务中心"
VILLAGES = {"青禾镇下坝村卫生室": QH, "青禾镇杨林村卫生室": QH, "柳湾乡桥头村卫生室": LW,
            "东关街道南苑社区卫生服务站": DG}
RECIP = {QH: ("一级甲等", "一级", "甲等", "乡镇卫生院"), LW: ("未定级", "未定级", None, "乡镇卫生院"),
         SB: ("一级乙等", "一级", "乙等", "乡镇卫生院"), DG: ("一级甲等", "一级", "甲等", "社区卫生服务中心")}

ID = {k: idn(*v) for k, v in {
    # 县医院
    "han": ("991201", "19790312", "031"), "lu": ("991201", "19870625", "042"), "mo": ("991202", "19850109", "015"),
    "gu": ("991201", "19900814", "026"), "yan": ("991203", "19920303", "048"), "fang": ("991201", "19830417", "053"),
    # 县中医院
    "qiu": ("991204", "19880521", "037"), "tang": ("991204", "19760930", "019"),
    # trainees (township staff)
    "ning": ("991211", "19940211", "064"), "pei": ("991212", "19960708", "022"),
    # township doctors doing 驻村 (out of scope)
    "xia": ("991211", "19890905", "011"), "wen": ("991211", "19930120", "057"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "hospitals_optional": sorted(VILLAGES)}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [(file, sheet, row)] — sheet None for a CSV, row None for a record spanning rows."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, pos=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=pos)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (a well-kept library; pandas' ods writer
    cannot write a title row above a header)."""
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
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """县卫健委's list: the notice's title names the county and the period 2024—2026年; no county column; two
    section lines (一、县级医院帮扶乡镇卫生院 … 二、乡镇卫生院帮扶村卫生室); 机构等级 "一级甲等" / "未定级"; agreement dates
    typed as text "2024.1.15"; one 帮扶期限 "2024.3.1-2026.12.31", the others blank (→ the title's period)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件"
    ws.append([f"附件：{COUNTY}县乡村一体化对口帮扶关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["霁溪县卫生健康委员会印发"])
    ws.append(["序号", "帮扶单位", "受帮扶单位", "机构等级", "机构类别", "协议签订日期", "帮扶期限", "备注"])
    ws.append(["一、县级医院帮扶乡镇卫生院（社区卫生服务中心）"])
    county_pairs = [(XYY, QH, "2024.1.15", d(2024, 1, 15), None),
                    (XYY, LW, "2024.1.15", d(2024, 1, 15), "2024.3.1-2026.12.31"),
                    (XZY, SB, "2024.1.18", d(2024, 1, 18), None),
                    (XZY, DG, "2024.1.18", d(2024, 1, 18), None)]
    for i, (s, r, agt, ag, per) in enumerate(county_pairs, 1):
        grade_text, _level, _grade, cat = RECIP[r]
        ws.append([i, s, r, grade_text, cat, agt, per, None])
        if per:
            start, end, src = d(2024, 3, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag, "start_date_source": src})
    ws.append(["二、乡镇卫生院（社区卫生服务中心）帮扶村卫生室（社区卫生服务站）"])
    for i, (v, s) in enumerate(VILLAGES.items(), len(county_pairs) + 1):
        cat = "社区卫生服务站" if v.endswith("服务站") else "村卫生室"
        ws.append([i, s, v, "/", cat, "2024.2.1", None, "乡村一体化管理"])
    ws.append([f"注：{SYN}，机构名称均为虚构。"])
    wb.save(path)
    for r, (_t, level, grade, cat) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": COUNTY})
    for s in (XYY, XZY):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 县直
ROSTER = [  # key, name, sex, dept, title, 派驻单位 as written, recipient, 挂职职务, 派驻时间, fields
    ("han", "韩松年", "男", "内科", "副主任医师", "青禾镇卫生院", QH, "挂职副院长", "2024年3月1日-2024年8月31日",
     dep("内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), "副院长")),
    ("lu", "陆晚晴", "女", "外科", "主治医师", QH, QH, None, "2024年3月1日-2024年8月31日",
     dep("外科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
    ("mo", "莫知秋", "女", "儿科", "主治医师", LW, LW, None, "2024年3月4日-2024年9月3日",
     dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
    ("gu", "顾青芷", "女", "护理部", "主管护师", LW, LW, None, "3月4日-3月8日",
     dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 4), d(2024, 3, 8))),
    ("yan", "严牧之", "男", "检验科", "主管技师", QH, QH, None, "2024年9月1日-至今",
     dep("检验科", "主管技师", "中级", "医技", d(2024, 9, 1), None)),
]


def _roster_sheet(ws, title, dated, correction):
    ws.append([title])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "挂职职务", "派驻时间", "备注"])
    out = {}
    n = 0
    for key, name, sex, dept, title_, unit, rec, post, period, f in ROSTER:
        if correction and key == "lu":   # the correction: 陆晚晴 came back at the end of July
            period = "2024年3月1日-2024年7月31日"
        n += 1
        ws.append([n, name, sex, use_id(key), dept, title_, unit, post, period,
                   "更正：提前结束" if correction and key == "lu" else None])
        ws.cell(ws.max_row, 4).number_format = "@"
        out[key] = ws.max_row
        if key == "mo" and not correction:   # a line struck out by its 备注 (作废): not data
            ws.append([None, "莫知秋", "女", use_id("mo"), "儿科", "主治医师", QH, None, "2024年2月1日-2024年2月29日",
                       "作废"])
            ws.cell(ws.max_row, 4).number_format = "@"
    ws.append([f"填报日期：{dated}"])
    return out


def f_xyy_rosters(first: Path, corr: Path):
    """县医院's roster of staff sent down to the township centres, then its correction (the full list again,
    one end date changed, 填报日期 later, 更正 in the name): the correction's values win, one row per stay.
    The roster: 派驻单位 written short (青禾镇卫生院 for 青禾镇中心卫生院), 挂职副院长, a five-day stay "3月4日-3月8日"
    (the year from the title), "2024年9月1日-至今" (open end), a 作废 line."""
    sh = "派驻人员"
    rows = {}
    for path, dated, correction in ((first, "2024年10月8日", False), (corr, "2024年11月20日", True)):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = sh
        t = f"{XYY}2024年派驻乡镇卫生院人员花名册{'（更正）' if correction else ''}（{SYN}）"
        rows[path.name] = _roster_sheet(ws, t, dated, correction)
        wb.save(path)
    for key, _n, _s, _dept, _t, _u, rec, _p, _per, f in ROSTER:
        f = dict(f)
        if key == "lu":
            f["end_date"] = d(2024, 7, 31)
        row("deployments", [(first.name, sh, rows[first.name][key]), (corr.name, sh, rows[corr.name][key])], f,
            {"support_hospital_id": XYY, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=ID[key])


def f_xzy_roster_xls(path: Path):
    """县中医院 (xls, xlwt): 填报单位 written short (县中医院), the county in the title; one ID with a wrong check
    digit, one 15-digit ID, one person whose ID is "（待补）"; 下沉单位 "东关社区卫生服务中心" (街道 left out);
    dates as date cells, and as text "2024.5.6"."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datef = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write(0, 0, f"{COUNTY}县中医院2024年下沉基层人员名单（{SYN}）")
    ws.write(1, 0, "填报单位：县中医院")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "下沉单位", "开始日期", "结束日期", "备注"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    q = ID["qiu"]
    wrong = q[:17] + ("0" if q[17] != "0" else "1")
    t = ID["tang"]
    fifteen = t[:6] + t[8:14] + t[14:17]
    people = [("qiu", "邱望舒", wrong, "针灸科", "主治中医师", "石埠镇卫生院", SB, dt.date(2024, 3, 11),
               dt.date(2024, 9, 10), dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 11), d(2024, 9, 10)), wrong,
               "ID_CHECK_DIGIT"),
              ("tang", "唐静姝", fifteen, "推拿科", "副主任中医师", "东关社区卫生服务中心", DG, dt.date(2024, 4, 1),
               dt.date(2024, 9, 30), dep("推拿科", "副主任中医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30)),
               ID["tang"], "ID_15_DIGIT"),
              (None, "祁远帆", "（待补）", "中药房", "主管药师", "石埠镇卫生院", SB, "2024.5.6", "2024.11.5",
               dep("中药房", "主管药师", "中级", "药学", d(2024, 5, 6), d(2024, 11, 5)), None, "NAME_ONLY")]
    for i, (key, name, idv, dept, title, unit, rec, s, e, f, tid, code) in enumerate(people, 1):
        r = 2 + i
        if key:
            use_id(key, idv)
        for j, v in enumerate([i, name, idv, dept, title, unit]):
            ws.write(r, j, v)
        for j, v in ((6, s), (7, e)):
            if isinstance(v, dt.date):
                ws.write(r, j, dt.datetime(v.year, v.month, v.day), datef)
            else:
                ws.write(r, j, v)
        row("deployments", [(fn, sh, r + 1)], f, {"support_hospital_id": XZY, "recipient_hospital_id": rec},
            ["start_date"], id_number=tid)
        finding(fn, r + 1, code)
    ws.write(6, 0, "制表：医务科")
    wb.save(str(path))


def f_xyy_trainees_csv(path: Path):
    """县医院's register of township staff training with it (CSV, UTF-8 with BOM): a title line, the header in
    row 2; 进修医院 written 县医院; 进修起止时间 in one cell; 进修费用 "免费" / "0"; one trainee without an ID number;
    one 乡村医生 of a village clinic (no pairing of the programme: not curated); a 合计 line."""
    fn = path.name
    lines = [[f"{XYY}接收乡镇卫生院人员进修登记表（2024年）{SYN}", "", "", "", "", "", "", ""],
             ["姓名", "身份证号", "所在单位", "进修医院", "进修科室", "进修起止时间", "进修费用", "是否结业"]]
    people = [("ning", "宁可欣", QH, "内科", "2024年3月1日—2024年8月31日", "免费", "是", d(2024, 3, 1), d(2024, 8, 31),
               True),
              ("pei", "裴书言", LW, "急诊科", "2024.4.1-2024.9.30", "0", "是", d(2024, 4, 1), d(2024, 9, 30), True),
              (None, "温小满", QH, "放射科", "2024年9月1日—2025年2月28日", "免费", "否", d(2024, 9, 1),
               d(2025, 2, 28), False)]
    for key, name, unit, dept, period, fee, done, sd, ed, donev in people:
        lines.append([name, use_id(key) if key else "", unit, "县医院", dept, period, fee, done])
        r = len(lines)
        row("trainees", [(fn, None, r)], dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                              completed=donev),
            {"recipient_hospital_id": unit, "host_hospital_id": XYY}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    # a village doctor (乡村医生) of 杨林村卫生室: out of the programme's scope — not in the truth's rows
    lines.append(["杨守田", "", "青禾镇杨林村卫生室", "县医院", "全科", "2024年5月6日—2024年5月31日", "免费", "是"])
    lines.append(["合计：4人", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(lines, "utf-8", bom=True))


def f_xyy_activities_xlsx(path: Path):
    """县医院's activity log at its two township centres: "青禾中心卫生院" (镇 left out); dates with the weekday
    "2024年4月3日（星期三）"; 巡回医疗, 健康讲座 and 家庭医生签约指导 (no type of the contract's list names them: the truth
    accepts the readings a person could defend); 参加人数 "约40人" (empty + finding)."""
    fn, sh = path.name, "2024"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{XYY}对口帮扶乡镇卫生院活动记录（2024年）（{SYN}）"])
    ws.append(["活动日期", "受帮扶单位", "活动形式", "活动内容", "参加人数", "带教/授课人员"])
    acts = [("2024年4月3日（星期三）", "青禾中心卫生院", QH, "教学查房", "慢阻肺患者查房", 18, d(2024, 4, 3), "教学查房", 18),
            (dt.date(2024, 4, 17), QH, QH, "疑难病例讨论", "不明原因发热病例讨论", 12, d(2024, 4, 17), "疑难病例讨论", 12),
            (dt.date(2024, 5, 9), LW, LW, "技术培训", "心肺复苏技能培训", "约40人", d(2024, 5, 9), "技术培训", None),
            (dt.date(2024, 6, 12), LW, LW, "巡回医疗", "下乡巡回医疗", 6, d(2024, 6, 12),
             {"one_of": ["义诊", "其他"]}, 6),
            (dt.date(2024, 7, 10), QH, QH, "健康讲座", "高血压防治健康讲座", 85, d(2024, 7, 10),
             {"one_of": ["其他", "学术讲座"]}, 85),
            (dt.date(2024, 8, 21), LW, LW, "家庭医生签约指导", "家庭医生签约服务规范指导", 14, d(2024, 8, 21),
             {"one_of": ["技术培训", "其他"]}, 14)]
    for day, unit, rec, typ, topic, n, dv, tv, nv in acts:
        ws.append([day, unit, typ, topic, n, "县医院专家组"])
        if isinstance(day, dt.date):
            ws.cell(ws.max_row, 1).number_format = "yyyy年m月d日"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=dv, activity_type=tv, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": XYY}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws.append(["填表人：医务科", None, None, "审核：", None, "2025年1月6日"])
    wb.save(path)


def f_xzy_techniques_ods(path: Path):
    """县中医院 (.ods): 中医适宜技术 brought to two centres; 受帮扶单位 column; dates "2024年4月10日", "2024/6/5",
    "2024.7.16"; 例数 "35例", 120, "约20例" (empty + finding); 填补县域空白 "否", "否（填补本院空白）", "是"."""
    fn, sh = path.name, "适宜技术"
    rows = [[f"{XZY}2024年向基层推广新技术新项目情况（{SYN}）"],
            ["序号", "项目名称", "受帮扶单位", "科室", "首次开展日期", "开展例数", "是否填补县域空白"]]
    items = [("针刺治疗颈肩腰腿痛", SB, "中医科", "2024年4月10日", "35例", "否", d(2024, 4, 10), 35, False),
             ("穴位贴敷", SB, "中医科", "2024/6/5", 120, "否（填补本院空白）", d(2024, 6, 5), 120, False),
             ("小针刀松解术", DG, "康复科", "2024.7.16", "约20例", "是", d(2024, 7, 16), None, True)]
    for i, (name, rec, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, rec, dept, when, cases, gap])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day,
                                                       cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": XZY}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科", None, None, "审核人：", None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_xyy_assessments_xlsx(path: Path):
    """县医院's quarterly sheet of its staff's monthly scores: one column per month (4月 | 5月 | 6月) under a title
    saying 考核得分; 派驻单位 per person."""
    fn, sh = path.name, "二季度"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{XYY}派驻乡镇卫生院人员2024年第二季度月度考核得分（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派驻单位", "4月", "5月", "6月"])
    people = [("han", "韩松年", QH, [95, 96, 94.5]), ("lu", "陆晚晴", QH, [88, 90, 91]),
              ("mo", "莫知秋", LW, [92.5, 79, 93])]
    for i, (key, name, rec, scores) in enumerate(people, 1):
        ws.append([i, name, use_id(key), rec, *scores])
        ws.cell(ws.max_row, 3).number_format = "@"
        for m, sc in zip((4, 5, 6), scores):
            row("staff_monthly_assessments", [(fn, sh, ws.max_row)],
                dict(year=2024, month=m, score=float(sc)), {"recipient_hospital_id": rec}, ["month"],
                id_number=ID[key])
    ws.append(["考核人：医务科", None, None, "2024年7月5日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 乡镇
def f_qh_monthly_xlsx(path: Path):
    """青禾镇中心卫生院: indicators down the rows, 1月 … 12月 as columns and a 合计 column; 向上转诊人次 (its
    outward referrals), 接收下转人次; 手术台次 0; 家庭医生签约人数 and 公共卫生服务人次 (no field)."""
    fn, sh = path.name, "月报"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{QH}2024年1—12月主要业务统计（{SYN}）"])
    ws.append(["指标", *[f"{m}月" for m in range(1, 13)], "合计"])
    data = {"门急诊人次": [3120 + 37 * m for m in range(1, 13)],
            "出院人数": [58 + (m * 7) % 11 for m in range(1, 13)],
            "手术台次": [0] * 12,
            "向上转诊人次": [21 + m % 5 for m in range(1, 13)],
            "接收下转人次": [4 + m % 3 for m in range(1, 13)],
            "家庭医生签约人数": [130 + 9 * m for m in range(1, 13)],
            "公共卫生服务人次": [900 + 12 * m for m in range(1, 13)]}
    for k, v in data.items():
        ws.append([k, *v, sum(v)])
    for m in range(1, 13):
        row("hospital_monthly_stats", [(fn, sh, None)],
            dict(year=2024, month=m, outpatient_visits=data["门急诊人次"][m - 1], discharges=data["出院人数"][m - 1],
                 surgeries=0, referrals_out=data["向上转诊人次"][m - 1],
                 referrals_down_received=data["接收下转人次"][m - 1]),
            {"recipient_hospital_id": QH}, ["month"])
    ws.append(["填报人：院办", None, None, None, "填报日期：2025年1月12日"])
    wb.save(path)


def f_lw_monthly_csv(path: Path):
    """柳湾乡卫生院 (CSV, GBK): a title line, the header in row 2, months "2024年1月"; 出院人数 "—" in March (not
    reported: empty, no finding)."""
    fn = path.name
    lines = [[f"{LW}2024年1—6月业务量月报（{SYN}）", "", "", "", "", ""],
             ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(1, 7):
        v = [1480 + 23 * m, None if m == 3 else 21 + m, 0, 9 + m % 4, 2 + m % 2]
        lines.append([f"2024年{m}月", v[0], "—" if v[1] is None else v[1], *v[2:]])
        row("hospital_monthly_stats", [(fn, None, len(lines))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=0, referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": LW}, ["month"])
    path.write_bytes(csv_bytes(lines, "gbk"))


def f_sb_monthly_ods(path: Path):
    """石埠镇卫生院 (.ods): 7–12月, one row per month written "7月" under a title naming 2024年下半年."""
    fn, sh = path.name, "下半年"
    rows = [[f"{SB}2024年下半年业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [2210 + 41 * m, 33 + m, 0, 12 + m % 3, 3 + m % 4]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, len(rows))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=0, referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": SB}, ["month"])
    rows.append(["合计", sum(2210 + 41 * m for m in range(7, 13)), None, None, None, None])
    ods_doc(path, {sh: rows})


def f_qh_village_roster_xlsx(path: Path):
    """OUT OF SCOPE — 青禾镇中心卫生院's own doctors doing 巡诊 / 驻村 at its village clinics (每周二、四; "3月4日-3月8日").
    A township centre is no support hospital of the programme and a village clinic no recipient: nothing here
    is curated (held or not data; the truth has no row)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "驻村巡诊"
    ws.append([f"{QH}2024年驻村巡诊人员安排表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "职称", "驻村地点", "驻村时间", "备注"])
    ws.append([1, "夏禾生", use_id("xia"), "全科主治医师", "下坝村卫生室", "每周二、四", "2024年3月—12月"])
    ws.append([2, "文若谷", use_id("wen"), "执业助理医师", "杨林村卫生室", "3月4日-3月8日", "驻村"])
    ws.append([3, "夏禾生", use_id("xia"), "全科主治医师", "杨林村卫生室", "6月10日-6月14日", "驻村"])
    for r in (3, 4, 5):
        ws.cell(r, 3).number_format = "@"
    ws.append(["制表：公卫办"])
    wb.save(path)


def f_qh_village_doctors_csv(path: Path):
    """OUT OF SCOPE — 乡村医生 of the village clinics trained at 青禾镇中心卫生院 (CSV, GBK), no ID numbers."""
    lines = [[f"{QH}2024年乡村医生培训名单（{SYN}）", "", "", "", ""],
             ["序号", "姓名", "所在村卫生室", "培训内容", "培训时间"],
             ["1", "杨守田", "杨林村卫生室", "慢病随访规范", "2024年4月8日—4月12日"],
             ["2", "杜春来", "下坝村卫生室", "慢病随访规范", "2024年4月8日—4月12日"],
             ["3", "何小秋", "下坝村卫生室", "基本公卫服务规范", "2024年9月2日—9月6日"]]
    path.write_bytes(csv_bytes(lines, "gbk"))


def f_lw_village_activities_ods(path: Path):
    """OUT OF SCOPE — 柳湾乡卫生院's 巡回医疗, 健康讲座 and 家庭医生签约指导 at 桥头村卫生室 (.ods)."""
    rows = [[f"{LW}2024年帮扶村卫生室活动记录（{SYN}）"],
            ["日期", "帮扶对象", "活动类型", "内容", "参加人数"],
            ["2024-03-19", "桥头村卫生室", "巡回医疗", "老年人健康体检", 42],
            ["2024-05-21", "桥头村卫生室", "健康讲座", "糖尿病饮食指导", 36],
            ["2024-08-13", "桥头村卫生室", "家庭医生签约指导", "签约服务包讲解", 5]]
    ods_doc(path, {"活动记录": rows})


def f_dg_mixed_xlsx(path: Path):
    """东关街道社区卫生服务中心: sheet 1 "接受帮扶" — what 县中医院 did at the centre (in scope: a recipient's own
    log naming its supporter short, 县中医院, the county in the title); sheet 2 "帮扶服务站" — what the centre did at
    南苑社区卫生服务站 (OUT OF SCOPE: not curated)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "接受帮扶"
    ws.append([f"{COUNTY}{DG}2024年接受对口帮扶活动登记（{SYN}）"])
    ws.append(["日期", "帮扶单位", "活动类型", "内容", "参加人数"])
    for day, typ, topic, n in ((dt.date(2024, 3, 20), "技术培训", "中医适宜技术培训", 30),
                               (dt.date(2024, 5, 15), "义诊", "中医药健康义诊", 60),
                               (dt.date(2024, 9, 11), "学术讲座", "颈椎病的中医诊疗", 25)):
        ws.append([day, "县中医院", typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                        participants=n),
            {"recipient_hospital_id": DG, "support_hospital_id": XZY}, ["activity_date"])
    ws2 = wb.create_sheet("帮扶服务站")
    ws2.append([f"{DG}2024年帮扶社区卫生服务站活动登记（{SYN}）"])
    ws2.append(["日期", "受帮扶单位", "活动类型", "内容", "参加人数"])
    for day, typ, topic, n in ((dt.date(2024, 4, 24), "家庭医生签约指导", "签约居民随访规范", 6),
                               (dt.date(2024, 10, 16), "健康讲座", "秋冬季呼吸道疾病预防", 48)):
        ws2.append([day, "南苑社区卫生服务站", typ, topic, n])
        ws2.cell(ws2.max_row, 1).number_format = "yyyy-mm-dd"
    wb.save(path)


# ------------------------------------------------------------------------------------------- 县卫健委
def f_county_flow_xlsx(path: Path):
    """县卫健委: the county's inpatient flow for three years, one row per year, with its 行政区划代码."""
    fn, sh = path.name, "住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{COUNTY}县域住院流向（2022—2024年）（{SYN}）"])
    ws.append(["年度", "县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for y, tot, out in ((2022, 41230, 7986), (2023, 42815, 7402), (2024, 43960, 6877)):
        ws.append([y, COUNTY, COUNTY_CODE, tot, out])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("county_inpatient_stats", [(fn, sh, ws.max_row)],
            dict(county_code=COUNTY_CODE, year=y, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["year"])
    ws.append(["数据来源：县卫健委统计信息中心（数据虚构）"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "县直", "乡镇", "县卫健委"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件_霁溪县县乡村一体化对口帮扶关系表（2024—2026年）.xlsx")
    first = raw / "县直" / "SYNTHETIC_县医院派驻乡镇卫生院人员花名册2024.xlsx"
    corr = raw / "县直" / "SYNTHETIC_县医院派驻乡镇卫生院人员花名册2024（更正）.xlsx"
    f_xyy_rosters(first, corr)
    truth["submission_files"] += [first.name, corr.name]
    files = [(f_xzy_roster_xls, "县直", "SYNTHETIC_县中医院下沉基层人员名单2024.xls"),
             (f_xyy_trainees_csv, "县直", "SYNTHETIC_县医院接收乡镇卫生院进修人员2024.csv"),
             (f_xyy_activities_xlsx, "县直", "SYNTHETIC_县医院对口帮扶活动记录2024.xlsx"),
             (f_xzy_techniques_ods, "县直", "SYNTHETIC_县中医院推广适宜技术2024.ods"),
             (f_xyy_assessments_xlsx, "县直", "SYNTHETIC_县医院派驻人员考核得分2024二季度.xlsx"),
             (f_qh_monthly_xlsx, "乡镇", "SYNTHETIC_青禾镇中心卫生院2024年月报.xlsx"),
             (f_lw_monthly_csv, "乡镇", "SYNTHETIC_柳湾乡卫生院月报1-6月.csv"),
             (f_sb_monthly_ods, "乡镇", "SYNTHETIC_石埠镇卫生院下半年业务量.ods"),
             (f_qh_village_roster_xlsx, "乡镇", "SYNTHETIC_青禾镇中心卫生院驻村巡诊安排2024.xlsx"),
             (f_qh_village_doctors_csv, "乡镇", "SYNTHETIC_青禾镇中心卫生院乡村医生培训名单.csv"),
             (f_lw_village_activities_ods, "乡镇", "SYNTHETIC_柳湾乡卫生院帮扶村卫生室活动.ods"),
             (f_dg_mixed_xlsx, "乡镇", "SYNTHETIC_东关社区卫生服务中心帮扶活动2024.xlsx"),
             (f_county_flow_xlsx, "县卫健委", "SYNTHETIC_霁溪县县域住院流向2022-2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""realworld43 corpus generator — SYNTHETIC / 合成数据. Two levels of the programme in one fictional county
(渫川县, 霁阳省, year 2024): the province's 附件1 pairs tertiary hospitals with the county's hospitals, and the
county's own 县乡对口帮扶 list pairs the county hospitals with township health centres. The county 人民医院 is a
recipient in one list and a support hospital in the other. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省级医院,渫川县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 9994xx with a correct
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


# the province's 附件1
P1, PTCM, QW1 = "霁阳省人民医院", "霁阳省中医院", "栖梧市第一人民医院"
XR, XTCM, XMCH = "渫川县人民医院", "渫川县中医医院", "渫川县妇幼保健院"
COUNTY = "渫川县"
# the county's 县乡对口帮扶 list
SM, BS, LX, CG = "石门镇卫生院", "白沙乡卫生院", "柳溪镇卫生院", "城关街道社区卫生服务中心"

ID = {k: idn(*v) for k, v in {
    # 省人民医院's five-person team (first half), then its second team
    "lv": ("999401", "19700512", "031"), "wen": ("999402", "19790823", "042"), "bai": ("999401", "19860214", "015"),
    "rong": ("999403", "19810930", "026"), "fei": ("999401", "19880117", "048"),
    "gu": ("999402", "19750304", "053"), "ning": ("999401", "19830716", "064"),
    # 省中医院
    "tang": ("999404", "19770628", "035"),
    # 渫川县人民医院 staff sent down to townships
    "mo": ("999421", "19900402", "072"), "shi": ("999421", "19870519", "083"), "qiao": ("999422", "19911125", "094"),
    "lan": ("999421", "19850808", "017"),
    # 渫川县人民医院 staff sent up as trainees
    "ye": ("999421", "19930211", "028"), "yu": ("999421", "19920624", "039"), "xia": ("999422", "19940903", "040"),
    # township staff trained at 渫川县人民医院
    "tian": ("999423", "19950106", "051"), "hong": ("999423", "19960415", "062"), "ma": ("999424", "19941220", "073"),
    "lu": ("999425", "19970307", "084"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "field_rules": {"position_at_recipient": "contains"}}
spell = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, position=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                position_at_recipient=position)


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
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def provincial_list(path: Path):
    """附件1: 受援医院 first, 等级 "二级甲等" in one column, 所在县, 支援医院, 协议签订日期 as dates, 支援期限 for one
    pairing only (the others → the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁阳省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(XR, "二级甲等", "综合医院", P1, dt.date(2023, 12, 18), None),
             (XTCM, "二级甲等", "中医医院", PTCM, dt.date(2023, 12, 18), None),
             (XMCH, "二级乙等", "妇幼保健院", QW1, dt.date(2024, 1, 9), "2024-03-01至2027-02-28")]
    for i, (r, lvl, cat, s, ag, per) in enumerate(pairs, 1):
        ws.append([i, r, lvl, cat, COUNTY, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
        truth["hospitals"].append({"name": r, "level": lvl[:2], "grade": lvl[2:], "category": cat, "county": COUNTY})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for s in (P1, PTCM, QW1):
        truth["hospitals"].append({"name": s})


def county_list(path: Path):
    """渫川县卫健局's 县乡对口帮扶 list (.xls): its own layout — 县级医院（帮扶方） merged down its group,
    受帮扶单位, 机构类别, 帮扶期限 as "2024.1.1—2025.12.31" / "2024年7月1日至2026年6月30日", 协议签订日期 as text,
    a 帮扶内容 column; the county only in the title."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("县乡帮扶")
    ws.write_merge(0, 0, 0, 6, f"{COUNTY}2024年县乡医疗卫生机构对口帮扶关系表（{SYN}）")
    ws.write(1, 0, "填报单位：渫川县卫生健康局")
    hdr = ["序号", "县级医院（帮扶方）", "受帮扶单位", "机构类别", "帮扶期限", "协议签订日期", "帮扶内容"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    pairs = [(XR, SM, "乡镇卫生院", "2024.1.1—2025.12.31", "2023.12.28", d(2024, 1, 1), d(2025, 12, 31),
              d(2023, 12, 28), "派驻医师、带教查房"),
             (XR, BS, "乡镇卫生院", "2024.1.1—2025.12.31", "2023.12.28", d(2024, 1, 1), d(2025, 12, 31),
              d(2023, 12, 28), "派驻医师、接收进修"),
             (XR, CG, "社区卫生服务中心", "2024年7月1日至2026年6月30日", "2024.6.20", d(2024, 7, 1), d(2026, 6, 30),
              d(2024, 6, 20), "慢病管理、家庭医生签约指导"),
             (XTCM, SM, "乡镇卫生院", "2024.1.1—2025.12.31", "2023.12.28", d(2024, 1, 1), d(2025, 12, 31),
              d(2023, 12, 28), "中医馆建设、适宜技术推广"),
             (XTCM, LX, "乡镇卫生院", "2024.1.1—2025.12.31", "2023.12.28", d(2024, 1, 1), d(2025, 12, 31),
              d(2023, 12, 28), "中医适宜技术培训")]
    r = 3
    for i, (s, rec, cat, per, agt, start, end, ag, what) in enumerate(pairs, 1):
        ws.write(r, 0, i)
        if i == 1:
            ws.write_merge(r, r + 2, 1, 1, s)          # 县人民医院 merged over its three townships
        elif i == 4:
            ws.write_merge(r, r + 1, 1, 1, s)          # 县中医医院 over its two
        for j, v in enumerate([rec, cat, per, agt, what], 2):
            ws.write(r, j, v)
        r += 1
        truth["pairings"].append({"support": s, "recipient": rec, "start_date": start, "end_date": end,
                                  "agreement_date": ag, "start_date_source": "support_period"})
    ws.write(r, 0, f"注：{SYN}，机构名称均为虚构。")
    wb.save(str(path))
    for name, cat in ((SM, "乡镇卫生院"), (BS, "乡镇卫生院"), (LX, "乡镇卫生院"), (CG, "社区卫生服务中心")):
        truth["hospitals"].append({"name": name, "category": cat, "county": COUNTY})


# ------------------------------------------------------------------------------------------- 省级医院
def f_p1_team(path: Path):
    """省人民医院's five-person 医疗队 at 渫川县人民医院: 性别, a "挂职职务 / 队长" column ("挂职副院长（队长）",
    "挂职科主任"), 派驻起止时间 "2024.03.01-2024.08.31", one ID number with a wrong check digit."""
    fn, sh = path.name, "医疗队"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁阳省人民医院2024年第一批派驻渫川县人民医院医疗队人员名单（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "挂职职务 / 队长", "派驻起止时间"])
    wrong = ID["bai"][:17] + ("0" if ID["bai"][17] != "0" else "1")
    team = [("lv", "吕承泽", "男", None, "普外科", "主任医师", "挂职副院长（队长）",
             dep("普外科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), "副院长")),
            ("wen", "温以宁", "女", None, "心血管内科", "副主任医师", None,
             dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
            ("bai", "柏舟行", "男", wrong, "麻醉科", "主治医师", None,
             dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
            ("rong", "容若溪", "女", None, "妇产科", "副主任医师", "挂职科主任",
             dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), "科主任")),
            ("fei", "费南枝", "女", None, "护理部", "主管护师", None,
             dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31)))]
    for i, (key, name, sex, sp, dept, title, post, f) in enumerate(team, 1):
        ws.append([i, name, sex, use_id(key, sp), dept, title, post, "2024.03.01-2024.08.31"])
        ws.cell(ws.max_row, 4).number_format = "@"
        r = ws.max_row
        row("deployments", [(fn, sh, r)], f, {"support_hospital_id": P1, "recipient_hospital_id": XR},
            ["department"], id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["合计", "5人"])
    ws.append(["制表：医务部", None, None, None, "联系电话：0999-0000000"])
    wb.save(path)


def f_ptcm_ods(path: Path):
    """省中医院 (.ods): 派驻开始 / 派驻结束 as "2024年4月1日", one person without an ID number."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"霁阳省中医院派驻渫川县中医医院人员情况（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻开始", "派驻结束"]]
    people = [("tang", "唐泊远", "针灸推拿科", "副主任中医师", "2024年4月1日", "2024年9月30日",
               dep("针灸推拿科", "副主任中医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              (None, "钟离月", "中医内科", "主治中医师", "2024年4月1日", "2024年12月31日",
               dep("中医内科", "主治中医师", "中级", "医疗", d(2024, 4, 1), d(2024, 12, 31)))]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        rows.append([i, name, use_id(key) if key else None, dept, title, s, e])
        row("deployments", [(fn, sh, len(rows))], f, {"support_hospital_id": PTCM, "recipient_hospital_id": XTCM},
            ["department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append(["填表人：医务处", None, None, "日期：2025年1月8日"])
    ods_doc(path, {sh: rows})


def f_qw1_activities_xls(path: Path):
    """市一院 (.xls): activities at 渫川县妇幼保健院, dates typed as text "2024年4月12日", 参加人数 "约40人"."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"栖梧市第一人民医院对口支援渫川县妇幼保健院活动登记表（2024年）（{SYN}）")
    for j, h in enumerate(["序号", "活动日期", "活动形式", "活动内容", "参加人数", "主讲人"]):
        ws.write(1, j, h)
    acts = [("2024年4月12日", d(2024, 4, 12), "学术讲座", "产后出血的早期识别", 35, 35),
            ("2024年5月16日", d(2024, 5, 16), "教学查房", "妊娠期糖尿病查房", "约40人", None),
            ("2024年6月21日", d(2024, 6, 21), "手术示教", "子宫下段剖宫产术", 12, 12)]
    for i, (txt, day, typ, topic, n, nv) in enumerate(acts, 1):
        for j, v in enumerate([i, txt, typ, topic, n, "某主任"]):
            ws.write(1 + i, j, v)
        r = 2 + i
        row("activities", [(fn, sh, r)], dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": XMCH, "support_hospital_id": QW1}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 渫川县
def f_xr_received_xlsx(path: Path):
    """渫川县人民医院 as RECIPIENT: staff it received (省人民医院's second team), 派出单位 as a column, 到岗 /
    离岗 dates, one still "在岗", one ID "（待补）"."""
    fn, sh = path.name, "接收派驻"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"渫川县人民医院2024年接收对口支援派驻人员登记表（{SYN}）"])
    ws.append(["填报单位：渫川县人民医院"])
    ws.append(["姓名", "身份证号", "派出单位", "科室", "职称", "到岗时间", "离岗时间"])
    people = [("gu", "顾怀瑾", "骨科", "副主任医师", dt.date(2024, 9, 2), dt.date(2025, 2, 28),
               dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 9, 2), d(2025, 2, 28))),
              ("ning", "宁时雨", "重症医学科", "主治医师", dt.date(2024, 9, 2), "在岗",
               dep("重症医学科", "主治医师", "中级", "医疗", d(2024, 9, 2), None)),
              (None, "闻笙", "检验科", "主管技师", dt.date(2024, 9, 2), dt.date(2025, 2, 28),
               dep("检验科", "主管技师", "中级", "医技", d(2024, 9, 2), d(2025, 2, 28)))]
    for key, name, dept, title, s, e, f in people:
        ws.append([name, use_id(key) if key else "（待补）", P1, dept, title, s, e])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        for c in (6, 7):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, r)], f, {"support_hospital_id": P1, "recipient_hospital_id": XR},
            ["department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    wb.save(path)


SENT_DOWN = [  # key, name, dept, title as written, township as written, township, start, end, fields (first file)
    ("mo", "莫清和", "内科", "主治医师", "石门卫生院", SM, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
     dep("内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
    ("shi", "石砚秋", "儿科", "住院医师", "渫川县白沙乡卫生院", BS, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
     dep("儿科", "住院医师", "初级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
    ("qiao", "乔木深", "全科医学科", "主治医师", "城关街道社区卫生服务中心", CG, dt.date(2024, 7, 1),
     dt.date(2024, 12, 31), dep("全科医学科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31))),
    ("lan", "蓝溪月", "护理部", "主管护师", "石门镇卫生院", SM, dt.date(2024, 9, 1), dt.date(2024, 12, 31),
     dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 1), d(2024, 12, 31))),
]


def sent_down_sheet(path: Path, corrected: bool):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "下派人员"
    tag = "（更正）" if corrected else ""
    ws.append([f"渫川县人民医院2024年下派乡镇卫生院人员名单{tag}（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻乡镇", "下派时间", "结束时间"])
    rows = []
    for i, (key, name, dept, title, where, _rec, s, e, _f) in enumerate(SENT_DOWN, 1):
        if corrected and key == "shi":
            title = "主治医师"                  # the correction: 石砚秋 was promoted before leaving
        if corrected and key == "lan":
            e = dt.date(2025, 2, 28)            # the correction: 蓝溪月's stay extended
        ws.append([i, name, use_id(key), dept, title, where, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy年m月d日"
        rows.append(r)
    ws.append(["制表：医务科", None, None, None, "审核：分管院长"])
    wb.save(path)
    return "下派人员", rows


def f_xr_sent_down(path: Path):
    """渫川县人民医院 as SUPPORT: staff it sent to townships; townships written "石门卫生院" (no 镇),
    "渫川县白沙乡卫生院" (the county prefix); dates formatted yyyy年m月d日. Replaced by the 更正 file below."""
    sent_down_sheet(path, corrected=False)


def f_xr_sent_down_fix(path: Path, first: Path):
    """The same list again, named 更正, as many rows: 石砚秋's title and 蓝溪月's end date corrected. The
    truth: the corrected values, at either file's row (a replaced row may keep the earlier provenance)."""
    sh, rows = sent_down_sheet(path, corrected=True)
    for (key, _n, _d, _t, _w, rec, _s, _e, f), r in zip(SENT_DOWN, rows):
        f = dict(f)
        if key == "shi":
            f.update(title="主治医师", title_rank="中级")
        if key == "lan":
            f.update(end_date=d(2025, 2, 28))
        row("deployments", [(path.name, sh, r), (first.name, sh, r)], f,
            {"support_hospital_id": XR, "recipient_hospital_id": rec}, ["department"], id_number=ID[key])


def f_xr_trainees_up_csv(path: Path):
    """渫川县人民医院 as RECIPIENT: its staff sent up to 省人民医院 (CSV, GBK): a 填报单位 line, 费用（元）,
    是否结业 是/否."""
    fn = path.name
    rows = [[f"填报单位：渫川县人民医院（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修单位", "开始日期", "结束日期", "费用（元）", "是否结业"]]
    people = [("ye", "叶知秋", "急诊科", "2024-03-04", "2024-08-31", "6000", "是", d(2024, 3, 4), d(2024, 8, 31),
               6000.0, True),
              ("yu", "俞晚晴", "超声科", "2024-03-04", "2024-08-31", "6000", "是", d(2024, 3, 4), d(2024, 8, 31),
               6000.0, True),
              ("xia", "夏以安", "重症医学科", "2024-09-02", "2025-02-28", "0", "否", d(2024, 9, 2), d(2025, 2, 28),
               0.0, False)]
    for key, name, dept, s, e, fee, done, sd, ed, feev, donev in people:
        rows.append([name, use_id(key), dept, P1, s, e, fee, done])
        row("trainees", [(fn, None, len(rows))], dict(department=dept, start_date=sd, end_date=ed,
                                                       fee_charged=feev, completed=donev),
            {"recipient_hospital_id": XR, "host_hospital_id": P1}, ["department"], id_number=ID[key])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_xr_trainees_down_ods(path: Path):
    """渫川县人民医院 as HOST: township staff it trained (.ods); 选派单位 "石门卫生院" / "渫川县白沙乡卫生院" /
    "柳溪镇卫生院"; 起止时间 in one cell "2024.3.1-2024.5.31"; 进修费 "免"; 结业情况 已结业 / 未结业; one 15-digit ID."""
    fn, sh = path.name, "接收进修"
    rows = [[f"渫川县人民医院2024年接收乡镇卫生院进修人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "选派单位", "进修科室", "起止时间", "进修费", "结业情况"]]
    t = ID["ma"]
    fifteen = t[:6] + t[8:14] + t[14:17]
    people = [("tian", "田穗禾", None, "石门卫生院", SM, "内科", "2024.3.1-2024.5.31", "免", "已结业",
               d(2024, 3, 1), d(2024, 5, 31), 0.0, True),
              ("hong", "洪小满", None, "石门镇卫生院", SM, "妇产科", "2024.6.1-2024.8.31", "免", "已结业",
               d(2024, 6, 1), d(2024, 8, 31), 0.0, True),
              ("ma", "马青禾", fifteen, "渫川县白沙乡卫生院", BS, "检验科", "2024.9.1-2024.11.30", "免", "已结业",
               d(2024, 9, 1), d(2024, 11, 30), 0.0, True),
              ("lu", "陆予安", None, "柳溪镇卫生院", LX, "放射科", "2024.10.8-2025.1.7", "免", "未结业",
               d(2024, 10, 8), d(2025, 1, 7), 0.0, False)]
    for i, (key, name, sp, where, rec, dept, period, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        rows.append([i, name, use_id(key, sp), where, dept, period, fee, done])
        row("trainees", [(fn, sh, len(rows))], dict(department=dept, start_date=sd, end_date=ed,
                                                     fee_charged=feev, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": XR}, ["department"], id_number=ID[key])
        if sp:
            finding(fn, len(rows), "ID_15_DIGIT")
    rows.append(["合计", "4人"])
    ods_doc(path, {sh: rows})


def f_xtcm_activities_xlsx(path: Path):
    """渫川县中医医院 as SUPPORT: activities at two townships (石门镇卫生院 is also supported by 县人民医院):
    "渫川县石门镇卫生院", "柳溪卫生院" (no 镇); one row without a date (held)."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"渫川县中医医院2024年对口帮扶乡镇卫生院活动记录（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "日期", "受帮扶单位", "活动类型", "活动内容", "参加人数"])
    acts = [(dt.date(2024, 3, 15), "渫川县石门镇卫生院", SM, "技术培训", "针刺技术培训", 18),
            (dt.date(2024, 4, 10), "柳溪卫生院", LX, "教学查房", "中风后遗症查房", 9),
            (None, "柳溪镇卫生院", LX, "义诊", "三伏贴义诊", 60),
            (dt.date(2024, 9, 20), "石门镇卫生院", SM, "学术讲座", "中医体质辨识", 25),
            (dt.date(2024, 11, 6), "柳溪镇卫生院", LX, "义诊", "冬病冬治义诊", 70)]
    for i, (day, where, rec, typ, topic, n) in enumerate(acts, 1):
        ws.append([i, day, where, typ, topic, n])
        r = ws.max_row
        if day:
            ws.cell(r, 2).number_format = "yyyy/m/d"
            row("activities", [(fn, sh, r)], dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
                {"recipient_hospital_id": rec, "support_hospital_id": XTCM}, ["activity_date"])
        else:
            truth["quarantines"].append({"file": fn, "sheet": sh, "row": r, "category": "missing_required",
                                         "why": "活动日期为空 / no activity date"})
    wb.save(path)


def f_sm_monthly_xlsx(path: Path):
    """石门镇卫生院 (a township centre as RECIPIENT): 1–6月, 门诊人次, 出院人数, 上转县级医院人次 (referrals out),
    接收县级医院下转人次 (referrals down received); no surgeries column."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石门镇卫生院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门诊人次", "出院人数", "上转县级医院人次", "接收县级医院下转人次"])
    for m in range(1, 7):
        v = [2100 + 37 * m, 61 + 3 * m, 14 + m % 3, 5 + m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], referrals_out=v[2],
                 referrals_down_received=v[3]), {"recipient_hospital_id": SM}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_xr_monthly_csv(path: Path):
    """渫川县人民医院 (RECIPIENT of 省人民医院): CSV UTF-8 with BOM, months "2024年7月", 转出人次 and
    接收乡镇上转人次 (referrals up received)."""
    fn = path.name
    rows = [[f"渫川县人民医院2024年7—12月主要业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "接收乡镇上转人次"]]
    for m in range(7, 13):
        v = [18400 + 260 * m, 1320 + 21 * m, 305 + 4 * m, 52 - 2 * m, 40 + 3 * m]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", [(fn, None, len(rows))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_up_received=v[4]), {"recipient_hospital_id": XR}, ["month"])
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


def f_xr_assessments_xlsx(path: Path):
    """渫川县人民医院 assesses 省人民医院's team: one sheet per month ("2024年3月", "2024年4月"); 在岗抽查次数,
    在岗次数."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for m, scores in ((3, (95, 92.5)), (4, (96.5, 90))):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"渫川县人民医院派驻人员月度考核表（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
        for i, ((key, name), sc) in enumerate(zip((("lv", "吕承泽"), ("wen", "温以宁")), scores), 1):
            present = 3 if (key, m) == ("wen", 4) else 4
            ws.append([i, name, use_id(key), P1, sc, 4, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", [(fn, sh, ws.max_row)],
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": XR}, ["month"], id_number=ID[key])
        ws.append(["考核人：院办"])
    wb.save(path)


def f_township_assessments_xls(path: Path):
    """渫川县人民医院's staff at the townships, assessed for June (.xls): 派驻单位 "石门卫生院" (no 镇),
    "白沙卫生院" (no 乡), the sheet named "6月", the year in the title."""
    fn, sh = path.name, "6月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"渫川县人民医院下派乡镇人员2024年6月考核情况（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派驻单位", "考核分数"]):
        ws.write(1, j, h)
    for i, (key, name, where, rec, sc) in enumerate([("mo", "莫清和", "石门卫生院", SM, 93),
                                                      ("shi", "石砚秋", "白沙卫生院", BS, 88.5)], 1):
        for j, v in enumerate([i, name, use_id(key), where, sc]):
            ws.write(1 + i, j, v)
        row("staff_monthly_assessments", [(fn, sh, 2 + i)], dict(year=2024, month=6, score=float(sc)),
            {"recipient_hospital_id": rec}, ["month"], id_number=ID[key])
    ws.write(4, 0, "考核人：医务科")
    wb.save(str(path))


def f_xr_techniques_ods(path: Path):
    """渫川县人民医院 (.ods): techniques introduced with 省人民医院's help; 首次开展日期 "2024-04-18" / "2024年6月3日";
    例数 "12例", "十余例" (→ empty + finding); 是否填补县域空白 是/否."""
    fn, sh = path.name, "新技术"
    rows = [[f"渫川县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]]
    items = [("腹腔镜胆囊切除术", "普外科", "2024-04-18", "12例", "是", d(2024, 4, 18), 12, True),
             ("无痛分娩（椎管内分娩镇痛）", "麻醉科", "2024年6月3日", "十余例", "是", d(2024, 6, 3), None, True),
             ("床旁超声引导下深静脉置管", "重症医学科", "2024年10月9日", "7", "否", d(2024, 10, 9), 7, False)]
    for i, (name, dept, when, cases, gap, day, cv, gv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, P1])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day, cases=cv,
                                                       fills_county_gap=gv),
            {"recipient_hospital_id": XR, "support_hospital_id": P1}, ["name"])
        if cv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    ods_doc(path, {sh: rows})


def f_county_inpatient_csv(path: Path):
    """渫川县卫健局 (CSV, GBK): county inpatient flow for 2022–2024, one row per year."""
    fn = path.name
    rows = [[f"渫川县县域住院流向（{SYN}）", "", "", "", ""],
            ["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"]]
    for y, tot, out in ((2022, 41230, 9120), (2023, 42815, 8634), (2024, 43902, 7788)):
        rows.append([COUNTY, "999401", f"{y}年", tot, out])
        row("county_inpatient_stats", [(fn, None, len(rows))],
            dict(county_code="999401", year=y, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["year"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省级医院", "渫川县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    provincial_list(raw / "reference" / "SYNTHETIC_附件1_霁阳省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    county_list(raw / "reference" / "SYNTHETIC_渫川县县乡对口帮扶关系表2024.xls")
    prov, cty = raw / "省级医院", raw / "渫川县"
    down = cty / "SYNTHETIC_渫川县人民医院下派乡镇人员2024.xlsx"
    files = [(f_p1_team, prov / "SYNTHETIC_省人民医院派驻渫川县医疗队名单（第一批）.xlsx"),
             (f_ptcm_ods, prov / "SYNTHETIC_省中医院派驻渫川县中医医院人员.ods"),
             (f_qw1_activities_xls, prov / "SYNTHETIC_市一院支援渫川县妇幼活动登记.xls"),
             (f_xr_received_xlsx, cty / "SYNTHETIC_渫川县人民医院接收派驻人员2024.xlsx"),
             (f_xr_sent_down, down),
             (lambda p: f_xr_sent_down_fix(p, down), cty / "SYNTHETIC_渫川县人民医院下派乡镇人员2024（更正）.xlsx"),
             (f_xr_trainees_up_csv, cty / "SYNTHETIC_渫川县人民医院选派赴省人民医院进修人员.csv"),
             (f_xr_trainees_down_ods, cty / "SYNTHETIC_渫川县人民医院接收乡镇进修人员2024.ods"),
             (f_xtcm_activities_xlsx, cty / "SYNTHETIC_渫川县中医医院帮扶乡镇活动记录2024.xlsx"),
             (f_sm_monthly_xlsx, cty / "SYNTHETIC_石门镇卫生院2024年1-6月业务量.xlsx"),
             (f_xr_monthly_csv, cty / "SYNTHETIC_渫川县人民医院7-12月业务量.csv"),
             (f_xr_assessments_xlsx, cty / "SYNTHETIC_渫川县人民医院派驻人员月考核3-4月.xlsx"),
             (f_township_assessments_xls, cty / "SYNTHETIC_下派乡镇人员考核2024年6月.xls"),
             (f_xr_techniques_ods, cty / "SYNTHETIC_渫川县人民医院新技术新项目2024.ods"),
             (f_county_inpatient_csv, cty / "SYNTHETIC_渫川县县域住院流向2022-2024.csv")]
    for fnc, p in files:
        fnc(p)
        truth["submission_files"].append(p.name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

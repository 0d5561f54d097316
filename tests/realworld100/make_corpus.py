"""realworld100 corpus generator — SYNTHETIC / 合成数据. A fictional province (蔚川省) for 2025: the pairing list in
data/raw/reference/, approval-workflow exports (钉钉 / 企业微信 / WPS 审批: one approval per row with 审批编号, 标题,
发起人, 发起时间, 完成时间, 审批状态 and the form's own fields) in data/raw/审批导出/, and ordinary statistics and
lists in data/raw/常规报表/. Only approved applications are real deployments, trainees or techniques: rejected
(已拒绝 / 已驳回), withdrawn (已撤销) and pending (审批中) ones are not. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,审批导出,常规报表}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
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


S1, S2, S3 = "蔚川省人民医院", "蔚川省中医院", "琅州市中心医院"
R1, R2, R3, R4, R5 = "芷溪县人民医院", "芷溪县中医医院", "桑陌县人民医院", "桑陌县妇幼保健院", "岱桥县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "芷溪县"), R2: ("二级", "乙等", "中医医院", "芷溪县"),
         R3: ("二级", "甲等", "综合医院", "桑陌县"), R4: ("二级", None, "妇幼保健院", "桑陌县"),
         R5: ("二级", "乙等", "综合医院", "岱桥县")}
COUNTY_CODE = {"芷溪县": "999401", "桑陌县": "999402", "岱桥县": "999403"}

ID = {k: idn(*v) for k, v in {
    # 蔚川省人民医院 staff (派驻申请, 钉钉)
    "lan": ("990101", "19760412", "031"), "qiu": ("990101", "19850923", "042"), "mo": ("990102", "19810117", "015"),
    "yan": ("990101", "19900605", "026"), "ji": ("990103", "19870228", "037"), "rong": ("990101", "19790830", "048"),
    # 蔚川省中医院 staff (当前节点 CSV)
    "fu": ("990111", "19800311", "053"), "ning": ("990111", "19880719", "064"), "gu": ("990112", "19921126", "075"),
    "tan": ("990111", "19830502", "086"),
    # 琅州市中心医院 staff (审批结果 xlsx)
    "shi": ("990201", "19770114", "017"), "ke": ("990201", "19891008", "028"), "lu": ("990202", "19841221", "039"),
    "wen": ("990201", "19910303", "041"), "pei": ("990203", "19860816", "052"),
    # 芷溪县人民医院 trainees (企业微信)
    "xia": ("990401", "19930417", "063"), "chu": ("990401", "19950629", "074"), "ou": ("990401", "19900910", "085"),
    "lian": ("990402", "19970102", "096"),
    # 桑陌县妇幼保健院 trainees (ods)
    "miao": ("990402", "19940725", "012"), "tang": ("990402", "19911218", "023"), "hua": ("990402", "19960330", "034"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


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


def write_csv(path: Path, rows, encoding: str):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    path.write_bytes(("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first (as the README's 附件1), 级别 and 等次 in two columns, 支援期限 for one pairing, the title's
    period 2025—2027年 for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：蔚川省城乡医院对口支援关系表（2025—2027年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(S1, R1, dt.date(2024, 12, 10), None), (S1, R3, dt.date(2024, 12, 10), None),
             (S2, R2, dt.date(2024, 12, 12), None), (S3, R4, dt.date(2024, 12, 18), "2025-3-1~2028-2-29"),
             (S3, R5, dt.date(2024, 12, 18), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2025, 3, 1), d(2028, 2, 29), "support_period"
        else:
            start, end, src = d(2025, 1, 1), d(2027, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 审批导出
def f_dingtalk_deploy(path: Path):
    """蔚川省人民医院, 钉钉 审批 export of 派驻申请: 审批编号 | 标题 | 审批状态 | 发起时间 | 完成时间 | 发起人 |
    发起人部门 | 当前处理人 | form fields. The 发起人 is the department's clerk, not the person sent. 已通过 rows only
    are deployments: 陶… rejected then resubmitted with other dates (approved), one 审批中, one 已撤销; one approved
    ID number with a wrong check digit; a trailing 共N条 line."""
    fn, sh = path.name, "派驻申请"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"钉钉审批导出 · 蔚川省人民医院 · 派驻申请（{SYN}）"])
    ws.append(["审批编号", "标题", "审批状态", "发起时间", "完成时间", "发起人", "发起人部门", "当前处理人",
               "派驻人员", "身份证号", "所在科室", "职称", "派驻医院", "派驻开始", "派驻结束", "备注"])
    wrong = ID["yan"][:17] + ("0" if ID["yan"][17] != "0" else "1")
    apps = [  # no, key, name, id text, status, started, finished, clerk, dept, title, recipient, start, end, truth
        ("202502101030000101", "lan", "蓝疏影", None, "已通过", "2025-02-10 10:30", "2025-02-12 16:05", "文员甲",
         "心血管内科", "主任医师", R1, dt.date(2025, 3, 3), dt.date(2025, 8, 31),
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2025, 3, 3), d(2025, 8, 31))),
        ("202502111415000102", "qiu", "邱暮云", None, "已拒绝", "2025-02-11 14:15", "2025-02-13 09:20", "文员乙",
         "普外科", "副主任医师", R3, dt.date(2025, 3, 1), dt.date(2025, 8, 31), None),
        ("202502140900000103", "qiu", "邱暮云", None, "已通过", "2025-02-14 09:00", "2025-02-17 11:42", "文员乙",
         "普外科", "副主任医师", R3, dt.date(2025, 4, 1), dt.date(2025, 9, 30),
         dep("普外科", "副主任医师", "副高级", "医疗", d(2025, 4, 1), d(2025, 9, 30))),
        ("202502181120000104", "mo", "莫听澜", None, "审批中", "2025-02-18 11:20", None, "文员甲",
         "呼吸内科", "主治医师", R1, dt.date(2025, 3, 10), dt.date(2025, 9, 9), None),
        ("202502190830000105", "yan", "晏清和", wrong, "已通过", "2025-02-19 08:30", "2025-02-20 17:10", "文员丙",
         "麻醉科", "主治医师", R3, dt.date(2025, 3, 17), dt.date(2025, 9, 16),
         dep("麻醉科", "主治医师", "中级", "医疗", d(2025, 3, 17), d(2025, 9, 16))),
        ("202502201600000106", "ji", "纪南星", None, "已撤销", "2025-02-20 16:00", "2025-02-21 08:45", "文员丙",
         "骨科", "副主任医师", R3, dt.date(2025, 3, 17), dt.date(2025, 9, 16), None),
        ("202502241010000107", "rong", "荣绮梅", None, "已通过", "2025-02-24 10:10", "2025-02-26 15:30", "护理部文员",
         "护理部", "副主任护师", R1, dt.date(2025, 3, 3), dt.date(2025, 12, 31),
         dep("护理部", "副主任护师", "副高级", "护理", d(2025, 3, 3), d(2025, 12, 31))),
    ]
    for no, key, name, sp, status, t0, t1, clerk, dept, title, rec, s, e, f in apps:
        ws.append([no, f"{clerk}提交的派驻申请", status, t0, t1, clerk, f"医务部/{dept}",
                   None if t1 else "分管院长", name, use_id(key, sp), dept, title, rec, s, e, None])
        r = ws.max_row
        ws.cell(r, 1).number_format = "@"
        ws.cell(r, 10).number_format = "@"
        for c in (14, 15):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if f:
            row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
                ["start_date"], id_number=sp or ID[key])
            if sp:
                finding(fn, r, "ID_CHECK_DIGIT")
    ws.append([f"共{len(apps)}条记录"])
    wb.save(path)


def f_node_only_csv(path: Path):
    """蔚川省中医院, an OA export as CSV (GBK): no 审批状态 column, the status only in 当前节点 ("结束（已通过）",
    "医务部审核", "结束（已拒绝）", "结束（已撤销）"); 纪… withdrawn then resubmitted and approved."""
    fn = path.name
    rows = [[f"蔚川省中医院 OA审批导出 派驻申请（{SYN}）"] + [""] * 11,
            ["审批编号", "标题", "发起人", "发起时间", "完成时间", "当前节点", "派驻人员", "身份证号", "科室",
             "职称", "派驻医院", "派驻起止"]]
    apps = [
        ("ZY2025-0031", "fu", "符怀瑾", "结束（已通过）", "2025-01-06 09:12", "2025-01-08 10:00", "针灸科", "主治中医师",
         "2025-02-10至2025-08-09", dep("针灸科", "主治中医师", "中级", "医疗", d(2025, 2, 10), d(2025, 8, 9))),
        ("ZY2025-0032", "ning", "宁半夏", "结束（已撤销）", "2025-01-06 15:40", "2025-01-07 08:02", "脾胃病科",
         "副主任中医师", "2025-02-10至2025-08-09", None),
        ("ZY2025-0035", "ning", "宁半夏", "结束（已通过）", "2025-01-09 11:25", "2025-01-13 16:48", "脾胃病科",
         "副主任中医师", "2025-03-03至2025-09-02",
         dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2025, 3, 3), d(2025, 9, 2))),
        ("ZY2025-0040", "gu", "谷雨晴", "医务部审核", "2025-01-20 14:05", "", "康复科", "康复医学治疗技术师",
         "2025-03-03至2025-09-02", None),
        ("ZY2025-0041", "tan", "檀知秋", "结束（已拒绝）", "2025-01-21 10:30", "2025-01-22 09:15", "骨伤科",
         "主任中医师", "2025-03-03至2025-09-02", None),
    ]
    for no, key, name, node, t0, t1, dept, title, period, f in apps:
        rows.append([no, f"{name}的派驻申请", name, t0, t1, node, name, use_id(key), dept, title, R2, period])
        if f:
            row("deployments", fn, None, len(rows), f, {"support_hospital_id": S2, "recipient_hospital_id": R2},
                ["start_date"], id_number=ID[key])
    write_csv(path, rows, "gbk")


def f_result_column_xlsx(path: Path):
    """琅州市中心医院, 钉钉 export in its own words: 审批状态 (已完成 / 审批中 / 已撤销) and 审批结果 (同意 / 拒绝),
    an 导出 line above the header; 柯… refused, then the same person applied again and was approved; an approved
    application whose 派驻开始 was never filled (quarantined: a required value missing)."""
    fn, sh = path.name, "审批记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅州市中心医院 审批数据导出（{SYN}） 导出时间：2025-12-31 18:00"])
    ws.append(["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "发起人", "派驻人员", "身份证号",
               "科室", "职称", "派驻医院", "派驻开始", "派驻结束"])
    apps = [
        ("202503031000000201", "shi", "石砚秋", "已完成", "同意", R4, "妇产科", "副主任医师", dt.date(2025, 3, 10),
         dt.date(2025, 9, 9), dep("妇产科", "副主任医师", "副高级", "医疗", d(2025, 3, 10), d(2025, 9, 9))),
        ("202503041130000202", "ke", "柯远帆", "已完成", "拒绝", R5, "儿科", "主治医师", dt.date(2025, 3, 10),
         dt.date(2025, 9, 9), None),
        ("202503071500000203", "ke", "柯远帆", "已完成", "同意", R5, "儿科", "主治医师", dt.date(2025, 4, 7),
         dt.date(2025, 10, 6), dep("儿科", "主治医师", "中级", "医疗", d(2025, 4, 7), d(2025, 10, 6))),
        ("202503101420000204", "lu", "陆涧石", "审批中", None, R5, "检验科", "主管技师", dt.date(2025, 4, 1),
         dt.date(2025, 9, 30), None),
        ("202503110910000205", "wen", "温砚池", "已撤销", None, R4, "新生儿科", "主治医师", dt.date(2025, 4, 1),
         dt.date(2025, 9, 30), None),
        ("202503121600000206", "pei", "裴星河", "已完成", "同意", R5, "影像科", "主治医师", None,
         dt.date(2025, 12, 31), "quarantine"),
    ]
    for no, key, name, status, result, rec, dept, title, s, e, f in apps:
        done = "2025-03-2{} 09:00".format(int(no[-1])) if status == "已完成" else None
        ws.append([no, f"{name}提交的派驻申请", status, result, f"2025-03-{no[6:8]} {no[8:10]}:{no[10:12]}", done,
                   name, name, use_id(key), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 1).number_format = "@"
        ws.cell(r, 9).number_format = "@"
        for c in (13, 14):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if f == "quarantine":
            quarantine(fn, sh, r, "missing_required", "approved, but 派驻开始 (the start) was never filled")
        elif f:
            row("deployments", fn, sh, r, f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
    wb.save(path)


def f_wecom_trainees(path: Path):
    """芷溪县人民医院, 企业微信 审批 export of 进修申请 (the 申请人 is the trainee): 审批状态 已通过 / 已驳回 /
    审批中; 夏… 驳回 then resubmitted and approved; an approved application without an ID number (NAME_ONLY) and
    one with a 15-digit ID (ID_15_DIGIT); 进修费用 "免" (0) and "3000元"."""
    fn, sh = path.name, "进修申请"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"企业微信审批 进修申请 2025-01-01至2025-12-31（{SYN}）"])
    ws.append(["审批编号", "申请人", "申请人部门", "提交时间", "审批完成时间", "审批状态", "进修人员", "身份证号",
               "进修科室", "进修医院", "进修开始时间", "进修结束时间", "进修费用"])
    o = ID["ou"]
    fifteen = o[:6] + o[8:17]
    apps = [
        ("WX202501150001", "xia", "夏知微", None, "内科", "已驳回", "2025-01-15", "2025-01-16",
         dt.date(2025, 2, 1), dt.date(2025, 7, 31), "3000元", None),
        ("WX202501200002", "xia", "夏知微", None, "内科", "已通过", "2025-01-20", "2025-01-22",
         dt.date(2025, 3, 1), dt.date(2025, 8, 31), "3000元", 3000.0),
        ("WX202501210003", "chu", "储映雪", None, "急诊科", "已通过", "2025-01-21", "2025-01-23",
         dt.date(2025, 3, 1), dt.date(2025, 5, 31), "免", 0.0),
        ("WX202501220004", "ou", "欧晓岚", fifteen, "放射科", "已通过", "2025-01-22", "2025-01-24",
         dt.date(2025, 4, 1), dt.date(2025, 9, 30), "免", 0.0),
        ("WX202501230005", None, "廉青禾", None, "检验科", "已通过", "2025-01-23", "2025-01-27",
         dt.date(2025, 4, 1), dt.date(2025, 6, 30), "免", 0.0),
        ("WX202502100006", "lian", "连若竹", None, "药剂科", "审批中", "2025-02-10", None,
         dt.date(2025, 5, 1), dt.date(2025, 10, 31), "免", None),
    ]
    for i, (no, key, name, sp, dept, status, t0, t1, s, e, fee, feev) in enumerate(apps):
        idtext = use_id(key, sp) if key else ""
        ws.append([no, name, dept, t0, t1, status, name, idtext, dept, S1, s, e, fee])
        r = ws.max_row
        ws.cell(r, 8).number_format = "@"
        for c in (11, 12):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if status == "已通过":
            row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                             fee_charged=feev, completed=None),
                {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date", "department"],
                id_number=ID[key] if key else None)
            if key is None:
                finding(fn, r, "NAME_ONLY")
            if sp:
                finding(fn, r, "ID_15_DIGIT")
    wb.save(path)


def f_wps_techniques_xls(path: Path):
    """桑陌县人民医院, WPS 审批 export (.xls) of 新技术准入申请: 审批状态 and 准入结果 (准予准入 / 不予准入);
    拟开展日期 beside 首例开展日期 (the first performance is the latter); only approved, admitted rows are techniques."""
    fn, sh = path.name, "新技术准入申请"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"WPS审批导出：新技术准入申请（桑陌县人民医院）{SYN}")
    hdr = ["审批编号", "标题", "发起人", "发起时间", "完成时间", "审批状态", "项目名称", "申请科室", "拟开展日期",
           "首例开展日期", "开展例数", "是否填补县域空白", "合作支援医院", "准入结果"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    items = [
        ("WPS-XJS-2025-001", "心内科主任", "2025-01-08", "2025-01-20", "已通过", "冠状动脉造影术", "心血管内科",
         "2025-03-01", "2025-03-12", 14, "是", "准予准入", True),
        ("WPS-XJS-2025-002", "普外科主任", "2025-01-09", "2025-01-21", "已拒绝", "腹腔镜胰十二指肠切除术", "普外科",
         "2025-04-01", "", "", "是", "不予准入", None),
        ("WPS-XJS-2025-003", "麻醉科主任", "2025-02-03", "2025-02-14", "已通过", "超声引导下神经阻滞", "麻醉科",
         "2025-03-15", "2025-03-20", 62, "否", "准予准入", False),
        ("WPS-XJS-2025-004", "骨科主任", "2025-02-10", "", "审批中", "关节镜下半月板缝合术", "骨科",
         "2025-05-01", "", "", "是", "", None),
        ("WPS-XJS-2025-005", "呼吸科主任", "2025-02-12", "2025-02-13", "已撤销", "支气管镜下冷冻活检", "呼吸内科",
         "2025-04-15", "", "", "是", "", None),
    ]
    for i, (no, who, t0, t1, status, name, dept, plan, first, cases, gap, result, gapv) in enumerate(items):
        r = 2 + i
        for j, v in enumerate([no, f"{who}提交的新技术准入申请", who, t0, t1, status, name, dept, plan, first, cases,
                               gap, S1, result]):
            if v != "":
                ws.write(r, j, v)
        if status == "已通过" and result == "准予准入":
            y, m, dd = (int(x) for x in first.split("-"))
            row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=d(y, m, dd),
                                                   cases=cases, fills_county_gap=gapv),
                {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
    wb.save(str(path))


def f_ods_trainees(path: Path):
    """桑陌县妇幼保健院, 钉钉 审批 export saved as .ods: 进修申请 with 审批状态; 苗… withdrawn (已撤销) and resubmitted
    (已通过); 华… rejected; 进修时间 in one cell "2025-03-01 ~ 2025-08-31" as the form's date-range field exports it."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"桑陌县妇幼保健院 进修申请 审批导出（{SYN}）"],
            ["审批编号", "标题", "审批状态", "发起时间", "完成时间", "发起人", "进修人员", "身份证号", "科室",
             "进修单位", "进修时间", "是否收费"]]
    apps = [
        ("202502050930000301", "miao", "苗青芜", "已撤销", "2025-02-05 09:30", "2025-02-05 17:00", "产科",
         "2025-03-01 ~ 2025-08-31", "否", None),
        ("202502061015000302", "miao", "苗青芜", "已通过", "2025-02-06 10:15", "2025-02-08 11:20", "产科",
         "2025-03-01 ~ 2025-08-31", "否", (d(2025, 3, 1), d(2025, 8, 31))),
        ("202502071400000303", "tang", "唐暖烟", "已通过", "2025-02-07 14:00", "2025-02-10 09:05", "儿保科",
         "2025-04-01 ~ 2025-06-30", "否", (d(2025, 4, 1), d(2025, 6, 30))),
        ("202502081600000304", "hua", "华映川", "已拒绝", "2025-02-08 16:00", "2025-02-11 10:40", "超声科",
         "2025-04-01 ~ 2025-09-30", "否", None),
    ]
    for no, key, name, status, t0, t1, dept, period, fee, f in apps:
        rows.append([no, f"{name}提交的进修申请", status, t0, t1, name, name, use_id(key), dept, S3, period, fee])
        if f:
            row("trainees", fn, sh, len(rows), dict(department=dept, start_date=f[0], end_date=f[1], completed=None),
                {"recipient_hospital_id": R4, "host_hospital_id": S3}, ["start_date", "department"],
                id_number=ID[key])
    rows.append([f"导出人：院办  {SYN}"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 常规报表
def f_activities_csv(path: Path):
    """蔚川省人民医院 at 芷溪县人民医院: CSV UTF-8 with BOM; 参加人数 "约40人" (→ empty + finding); a 合计 line."""
    fn = path.name
    rows = [[f"蔚川省人民医院对口支援芷溪县人民医院带教培训活动登记（{SYN}）", "", "", "", ""],
            ["活动日期", "活动形式", "主题", "参加人数", "受援医院"]]
    acts = [("2025-03-14", "学术讲座", "心衰规范化管理", "52", 52), ("2025-04-09", "教学查房", "急性心梗查房", "18", 18),
            ("2025-05-21", "技术培训", "院感防控培训", "约40人", None), ("2025-06-30", "疑难病例讨论", "不明原因发热", "11", 11)]
    for day, typ, topic, n, nv in acts:
        rows.append([day, typ, topic, n, R1])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["合计", "4次", "", "121", ""])
    write_csv(path, rows, "utf-8-sig")


def f_monthly_xls(path: Path):
    """芷溪县人民医院 1—6月 业务量 (.xls): 月份 "2025年1月" …, 下转接收 column, a 合计 row."""
    fn, sh = path.name, "业务量"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"芷溪县人民医院2025年1—6月业务量统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]):
        ws.write(1, j, h)
    tot = [0] * 5
    for m in range(1, 7):
        v = [18300 + 240 * m, 1310 + 21 * m, 305 + 4 * m, 52 - 3 * m, 6 + m % 3]
        for j, x in enumerate([f"2025年{m}月", *v]):
            ws.write(1 + m, j, x)
        tot = [a + b for a, b in zip(tot, v)]
        row("hospital_monthly_stats", fn, sh, 2 + m,
            dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R1}, ["month"])
    for j, x in enumerate(["合计", *tot]):
        ws.write(8, j, x)
    wb.save(str(path))


def f_assessment_ods(path: Path):
    """桑陌县人民医院 monthly assessment of the two approved 蔚川省人民医院 deployees (.ods), 2025年5月."""
    fn, sh = path.name, "2025年5月"
    rows = [[f"桑陌县人民医院派驻人员月度考核（2025年5月）{SYN}"],
            ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"]]
    for i, (key, name, sc, present) in enumerate((("qiu", "邱暮云", 95.5, 4), ("yan", "晏清和", 92, 3)), 1):
        rows.append([i, name, use_id(key), S1, sc, 4, present])
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=2025, month=5, score=float(sc), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": R3}, ["month"], id_number=ID[key])
    rows.append(["考核人：医务科"])
    ods_doc(path, {sh: rows})


def f_county_csv(path: Path):
    """县域住院流向 2025, CSV in GBK, 行政区划代码 column."""
    fn = path.name
    rows = [[f"2025年各县县域住院流向（{SYN}）", "", "", ""],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, a, b in (("芷溪县", 41230, 6120), ("桑陌县", 29870, 5340), ("岱桥县", 22015, 4470)):
        rows.append([county, COUNTY_CODE[county], a, b])
        row("county_inpatient_stats", fn, None, len(rows),
            dict(county_code=COUNTY_CODE[county], year=2025, resident_admissions=a,
                 resident_admissions_outside_county=b), {}, ["county_code"])
    write_csv(path, rows, "gbk")


def f_techniques_xlsx(path: Path):
    """岱桥县人民医院 新技术新业务 list (plain xlsx), support hospital in a column."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岱桥县人民医院2025年新技术新业务开展情况（{SYN}）"])
    ws.append(["序号", "技术名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"])
    for i, (name, dept, day, cases, gap) in enumerate((("新生儿经外周置入中心静脉导管", "儿科", dt.date(2025, 5, 12), 9, "是"),
                                                       ("经阴道超声造影", "影像科", dt.date(2025, 7, 3), 31, "否")), 1):
        ws.append([i, name, dept, day, cases, gap, S3])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R5, "support_hospital_id": S3}, ["name"])
    ws.append(["填报人：医务科", None, None, "2026年1月8日"])
    wb.save(path)


def f_dingtalk_tech_csv(path: Path):
    """芷溪县中医医院, 钉钉 审批 export of 新技术准入申请 as CSV (UTF-8, no BOM): 审批状态 and 准入结果 (同意开展 /
    不同意开展); no support hospital column (support_hospital_id not scored)."""
    fn = path.name
    rows = [[f"芷溪县中医医院 新技术准入申请 审批导出（{SYN}）"] + [""] * 11,
            ["审批编号", "标题", "审批状态", "发起人", "发起时间", "完成时间", "项目名称", "科室", "首例开展日期",
             "开展例数", "是否填补县域空白", "准入结果"]]
    items = [("202503050800000401", "已通过", "针刀松解术", "针灸科", "2025-04-02", "23", "是", "同意开展", True),
             ("202503060900000402", "已拒绝", "穴位埋线减重", "针灸科", "", "", "否", "不同意开展", None),
             ("202503101000000403", "已通过", "中药熏蒸治疗", "康复科", "2025-05-06", "40", "否", "同意开展", False),
             ("202503121100000404", "审批中", "火龙罐综合灸", "康复科", "", "", "否", "", None)]
    for no, status, name, dept, first, cases, gap, result, gapv in items:
        rows.append([no, f"{dept}主任提交的新技术准入申请", status, f"{dept}主任", "2025-03-" + no[6:8] + " 08:00",
                     "" if status == "审批中" else "2025-03-" + no[6:8] + " 17:00", name, dept, first, cases, gap,
                     result])
        if status == "已通过":
            row("techniques", fn, None, len(rows), dict(name=name, department=dept, first_performed_date=first,
                                                         cases=int(cases), fills_county_gap=gapv),
                {"recipient_hospital_id": R2}, ["name"])
    write_csv(path, rows, "utf-8")


def f_monthly_ods(path: Path):
    """桑陌县妇幼保健院 7—12月 业务量 (.ods), 月份 as "7月" with the year in the title."""
    fn, sh = path.name, "下半年"
    rows = [[f"桑陌县妇幼保健院2025年7—12月业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(7, 13):
        v = [5200 + 80 * m, 380 + 5 * m, 70 + m, 12 - m // 3]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R4}, ["month"])
    rows.append(["填报人：统计室"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "审批导出", "常规报表"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_蔚川省对口支援关系表（2025—2027年）.xlsx")
    files = [(f_dingtalk_deploy, "审批导出", "SYNTHETIC_蔚川省人民医院_钉钉审批_派驻申请_2025.xlsx"),
             (f_node_only_csv, "审批导出", "SYNTHETIC_蔚川省中医院_OA审批导出_派驻申请.csv"),
             (f_result_column_xlsx, "审批导出", "SYNTHETIC_琅州市中心医院_审批数据导出_派驻.xlsx"),
             (f_wecom_trainees, "审批导出", "SYNTHETIC_芷溪县人民医院_企业微信_进修申请.xlsx"),
             (f_wps_techniques_xls, "审批导出", "SYNTHETIC_桑陌县人民医院_WPS审批_新技术准入申请.xls"),
             (f_ods_trainees, "审批导出", "SYNTHETIC_桑陌县妇幼保健院_进修申请审批.ods"),
             (f_dingtalk_tech_csv, "审批导出", "SYNTHETIC_芷溪县中医医院_钉钉审批_新技术准入.csv"),
             (f_activities_csv, "常规报表", "SYNTHETIC_蔚川省人民医院_芷溪带教活动2025.csv"),
             (f_monthly_xls, "常规报表", "SYNTHETIC_芷溪县人民医院_业务量1-6月.xls"),
             (f_assessment_ods, "常规报表", "SYNTHETIC_桑陌县人民医院_派驻人员考核2025年5月.ods"),
             (f_county_csv, "常规报表", "SYNTHETIC_县域住院流向2025.csv"),
             (f_techniques_xlsx, "常规报表", "SYNTHETIC_岱桥县人民医院_新技术2025.xlsx"),
             (f_monthly_ods, "常规报表", "SYNTHETIC_桑陌县妇幼保健院_业务量7-12月.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

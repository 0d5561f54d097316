"""realworld139 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜珂省) for 2024 whose hospitals call the
same things by different words: 下派 / 驻点 / 蹲点 / 下沉 / 挂职 / 坐诊 for a stay on site (and 柔性帮扶, a few days a
month, for what is not one), 进修 / 跟班学习 / 跟岗学习 for trainees (and 规培 / 短期培训 for what are not),
新技术 / 新业务 / 新项目 / 适宜技术推广 / 填补空白项目 for techniques, and 查房带教 / 带教手术 / 业务讲座 / 专题讲座 /
巡回医疗 … for the activity types — with the pairing list in data/raw/reference/ and ordinary files beside them.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,芷阳市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser (see README.md).
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


SP, STCM, C1 = "澜珂省人民医院", "澜珂省中医院", "芷阳市第一人民医院"
QZ, QZTCM, DC = "青芷县人民医院", "青芷县中医医院", "黛川县人民医院"
YT, LW = "雁汀县人民医院", "雁汀县柳湾镇中心卫生院"
RECIP = {QZ: ("二级甲等", "二级", "甲等", "综合医院", "青芷县"),
         QZTCM: ("二级乙等", "二级", "乙等", "中医医院", "青芷县"),
         DC: ("二级甲等", "二级", "甲等", "综合医院", "黛川县"),
         YT: ("二级乙等", "二级", "乙等", "综合医院", "雁汀县"),
         LW: ("一级甲等", "一级", "甲等", "乡镇卫生院", "雁汀县")}

_people = {
    # deployments
    "lin": ("990101", "19740312", "013"), "gu": ("990101", "19820707", "025"), "su": ("990102", "19790921", "031"),
    "fang": ("990101", "19850116", "047"), "tang": ("990102", "19880430", "052"), "xia": ("990103", "19761209", "068"),
    "yan": ("990103", "19830605", "074"), "mo": ("990103", "19900818", "081"), "qiao": ("990201", "19810223", "019"),
    "lu": ("990201", "19870514", "026"), "zhong": ("990201", "19800830", "038"), "rong": ("990202", "19860311", "045"),
    "bi": ("990202", "19891027", "057"), "ning": ("990201", "19780104", "063"),
    # trainees
    "t_wu": ("990311", "19920403", "014"), "t_cao": ("990311", "19900617", "022"), "t_pan": ("990311", "19950228", "039"),
    "t_jin": ("990311", "19930912", "046"), "t_liang": ("990321", "19910705", "015"),
    "t_yao": ("990321", "19940119", "027"), "t_song": ("990321", "19881130", "034"),
}
ID = {k: idn(*v) for k, v in _people.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
used_ids: set[str] = set()


def use_id(key):
    used_ids.add(ID[key])
    return ID[key]


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why, reason_code=None):
    q = {"file": file, "sheet": sheet, "row": r, "category": category, "why": why}
    if reason_code:
        q["reason_code"] = reason_code
    truth["quarantines"].append(q)


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def dep(dept, title, rank, cat, start, end, post="-"):
    f = dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)
    if post != "-":
        f["position_at_recipient"] = post
    return f


# ------------------------------------------------------------------------------------------- writers
def write_xlsx(path, sheets, merge_title=True):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        width = max(len(r) for r in rows)
        for r in rows:
            ws.append(list(r))
        if merge_title and rows and len(rows[0]) == 1 and width > 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        for c in ws.iter_rows():
            for cell in c:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
    wb.save(path)


def write_xls(path, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        ws = wb.add_sheet(name)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                if v is None:
                    continue
                if isinstance(v, dt.date):
                    ws.write(i, j, v, date_style)
                else:
                    ws.write(i, j, v)
    wb.save(str(path))


def write_ods(path, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, bool):
                    raise TypeError(v)
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


def write_csv(path, rows, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes(buf.getvalue().encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 as the province sends it: 受援医院 first, 等级 as one word (二级甲等), the period only in the title
    (2024—2026年) except one pairing with its own 支援期限; agreement dates as date cells."""
    rows = [[f"附件1  澜珂省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"],
            ["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"]]
    pairs = [(QZ, SP, dt.date(2023, 12, 15), None), (QZTCM, STCM, dt.date(2023, 12, 15), None),
             (DC, SP, dt.date(2023, 12, 28), None), (YT, C1, dt.date(2024, 1, 10), None),
             (LW, C1, dt.date(2024, 6, 20), "2024.7.1—2027.6.30")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        word, _lvl, _gr, cat, county = RECIP[r]
        rows.append([i, r, word, cat, county, s, ag, per])
        if per:
            start, end, src = d(2024, 7, 1), d(2027, 6, 30), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    rows.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    write_xlsx(path, {"附件1": rows})
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP, STCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直: stays
def f_sp_xiapai(path: Path):
    """省人民医院's 下派 roster (the standard roster under another word): 下派单位, 下派时间 as one range, a
    挂职副院长 in 在受援医院任职."""
    fn, sh = path.name, "下派人员"
    rows = [[f"澜珂省人民医院2024年对口支援下派人员名册（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "下派单位", "下派时间", "在受援医院任职"]]
    people = [("lin", "林望舒", "心血管内科", "主任医师", QZ, "2024.03.01—2024.08.31", "挂职业务副院长",
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), "副院长")),
              ("gu", "顾南星", "普外科", "副主任医师", QZ, "2024.03.01—2024.08.31", None,
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), None)),
              ("su", "苏清和", "重症医学科", "主治医师", QZ, "2024.09.01—2025.02.28", "科主任",
               dep("重症医学科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28), "科主任"))]
    for i, (k, name, dept, title, rec, per, post, f) in enumerate(people, 1):
        rows.append([i, name, use_id(k), dept, title, rec, per, post])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": SP, "recipient_hospital_id": rec},
            ["start_date"], ID[k])
    rows.append(["合计", "3人"])
    write_xlsx(path, {sh: rows})


def f_sp_zhudian_xls(path: Path):
    """省人民医院's doctors stationed at 黛川 (.xls): 驻点科室, 驻点单位, 驻点时间 as "2024年4月1日至2024年9月30日";
    a 主管护师 and a 主管技师 (护理, 医技)."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"澜珂省人民医院驻点帮扶黛川县人民医院人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "驻点科室", "职称", "驻点单位", "驻点时间"]]
    people = [("fang", "方知远", "神经内科", "副主任医师", "2024年4月1日至2024年9月30日",
               dep("神经内科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("tang", "唐晓岚", "护理部", "主管护师", "2024年4月1日至2024年9月30日",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30))),
              ("xia", "夏承泽", "医学影像科", "主管技师", "2024年10月8日至2025年4月7日",
               dep("医学影像科", "主管技师", "中级", "医技", d(2024, 10, 8), d(2025, 4, 7)))]
    for i, (k, name, dept, title, per, f) in enumerate(people, 1):
        rows.append([i, name, use_id(k), dept, title, DC, per])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": SP, "recipient_hospital_id": DC},
            ["start_date"], ID[k])
    rows.append(["填表人：医务部", None, None, None, None, "2025年1月8日"])
    write_xls(path, {sh: rows})


def f_stcm_guazhi_ods(path: Path):
    """省中医院 at 青芷县中医医院 (.ods): 帮扶方式 挂职 / 驻点坐诊 (stays) and 柔性帮扶（每月坐诊2天） (not a stay:
    held NOT_A_STAY); 挂职职务 执行院长 → 院长."""
    fn, sh = path.name, "挂职坐诊"
    rows = [[f"澜珂省中医院对口支援青芷县中医医院挂职、坐诊专家名单（2024年）{SYN}"],
            ["序号", "姓名", "身份证号", "科室", "职称", "帮扶方式", "挂职职务", "起始日期", "结束日期"]]
    people = [("yan", "严若谷", "心病科", "主任医师", "挂职", "执行院长", dt.date(2024, 3, 1), dt.date(2024, 12, 31),
               dep("心病科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 12, 31), "院长")),
              ("mo", "莫青禾", "针灸科", "主治医师", "驻点坐诊（全职）", None, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("针灸科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31), None))]
    for i, (k, name, dept, title, how, post, s, e, f) in enumerate(people, 1):
        rows.append([i, name, use_id(k), dept, title, how, post, s, e])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": STCM, "recipient_hospital_id": QZTCM},
            ["start_date"], ID[k])
    rows.append([3, "宁远山", use_id("ning"), "脾胃病科", "主任医师", "柔性帮扶（每月坐诊2天）", None,
                 dt.date(2024, 1, 1), dt.date(2024, 12, 31)])
    hold(fn, sh, len(rows), "not_a_stay", "柔性帮扶: an expert who comes two days a month is not stationed "
         "(data dictionary NOT_A_STAY)", "NOT_A_STAY")
    write_ods(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 芷阳市: stays
def f_c1_xiachen_csv(path: Path):
    """市一院's 下沉 list for 雁汀 (GBK CSV): 下沉单位, 下沉开始日期 / 下沉结束日期; a nurse with no ID number
    (NAME_ONLY); a row without its start (held)."""
    fn = path.name
    rows = [[f"芷阳市第一人民医院下沉医务人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "下沉单位", "下沉开始日期", "下沉结束日期", "备注"]]
    people = [("qiao", "乔慕白", "骨科", "副主任医师", "2024-02-26", "2024-08-25",
               dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 2, 26), d(2024, 8, 25))),
              ("lu", "陆清远", "儿科", "主治医师", "2024-02-26", "2024-08-25",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 2, 26), d(2024, 8, 25))),
              (None, "温若兰", "妇产科", "主管护师", "2024-09-02", "2025-03-01",
               dep("妇产科", "主管护师", "中级", "护理", d(2024, 9, 2), d(2025, 3, 1)))]
    for i, (k, name, dept, title, s, e, f) in enumerate(people, 1):
        rows.append([i, name, use_id(k) if k else None, dept, title, YT, s, e, None if k else "身份证号待补"])
        row("deployments", fn, None, len(rows), f, {"support_hospital_id": C1, "recipient_hospital_id": YT},
            ["start_date"], ID[k] if k else None)
        if not k:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append([4, "钟离安", use_id("zhong"), "麻醉科", "主治医师", YT, None, None, "时间待定"])
    hold(fn, None, len(rows), "missing_value", "no start date: a stay whose first day is not written cannot be "
         "a deployment (start_date is required)")
    write_csv(path, rows, "gbk")


def f_lw_dundian_xlsx(path: Path):
    """柳湾镇中心卫生院's own register of the doctors 市一院 sent to 蹲点 there: 派出单位, 蹲点时间, the recipient in
    the title only, the centre written short (柳湾卫生院)."""
    fn, sh = path.name, "蹲点人员"
    rows = [[f"雁汀县柳湾卫生院2024年蹲点帮扶人员登记表（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "蹲点时间"]]
    people = [("rong", "容书航", "全科医学科", "主治医师", "2024.7.1-2024.12.31",
               dep("全科医学科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31))),
              ("bi", "毕晓风", "中医科", "主治医师", "2024.7.1-2024.12.31",
               dep("中医科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)))]
    for i, (k, name, dept, title, per, f) in enumerate(people, 1):
        rows.append([i, name, use_id(k), C1, dept, title, per])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": C1, "recipient_hospital_id": LW},
            ["start_date"], ID[k])
    rows.append(["填报单位：雁汀县柳湾镇中心卫生院（盖章）"])
    write_xlsx(path, {sh: rows})


# ------------------------------------------------------------------------------------------- trainees
def f_sp_trainees_csv(path: Path):
    """省人民医院's register of everyone 青芷县人民医院 sent to learn (UTF-8 with BOM): 学习形式 进修 / 跟班学习
    (trainees) and 规培 / 短期培训 (not: held NOT_A_TRAINEE)."""
    fn = path.name
    rows = [[f"澜珂省人民医院2024年接收青芷县人民医院人员学习登记（{SYN}）"],
            ["序号", "姓名", "身份证号", "选送单位", "学习科室", "学习形式", "起始日期", "结束日期", "收取费用（元）",
             "是否结业"]]
    items = [("t_wu", "吴晓晴", "心血管内科", "进修", "2024-03-04", "2024-09-03", "0", "是",
              dict(department="心血管内科", start_date=d(2024, 3, 4), end_date=d(2024, 9, 3), fee_charged=0,
                   completed=True)),
             ("t_cao", "曹一鸣", "重症医学科", "跟班学习", "2024-05-06", "2024-08-05", "0", "是",
              dict(department="重症医学科", start_date=d(2024, 5, 6), end_date=d(2024, 8, 5), fee_charged=0,
                   completed=True))]
    for i, (k, name, dept, kind, s, e, fee, done, f) in enumerate(items, 1):
        rows.append([i, name, use_id(k), QZ, dept, kind, s, e, fee, done])
        row("trainees", fn, None, len(rows), f, {"recipient_hospital_id": QZ, "host_hospital_id": SP},
            ["start_date"], ID[k])
    rows.append([3, "潘子衿", use_id("t_pan"), QZ, "全科医学科", "规培（住院医师规范化培训）", "2024-09-01", "2027-08-31",
                 "0", "否"])
    hold(fn, None, len(rows), "not_a_trainee", "住院医师规范化培训 is the national residency programme, not a 进修 "
         "of the programme", "NOT_A_TRAINEE")
    rows.append([4, "金素问", use_id("t_jin"), QZ, "急诊科", "短期培训（胸痛中心建设培训班5天）", "2024-10-14", "2024-10-18",
                 "0", "是"])
    hold(fn, None, len(rows), "not_a_trainee", "a five-day 短期培训班 is a course, not a 进修", "NOT_A_TRAINEE")
    write_csv(path, rows, "utf-8-sig")


def f_dc_genggang_xlsx(path: Path):
    """黛川县人民医院's own list of staff sent 赴省人民医院跟岗学习: 跟岗科室, 跟岗时间 as one range, 结业情况 合格 /
    未结业, 进修费 已减免."""
    fn, sh = path.name, "跟岗学习"
    rows = [[f"黛川县人民医院赴澜珂省人民医院跟岗学习人员登记表（2024年）{SYN}"],
            ["序号", "姓名", "身份证号", "跟岗科室", "跟岗时间", "带教老师", "进修费", "结业情况"]]
    items = [("t_liang", "梁静姝", "神经内科", "2024.04.08-2024.10.07", "方知远", "已减免", "合格",
              dict(department="神经内科", start_date=d(2024, 4, 8), end_date=d(2024, 10, 7), fee_charged=0,
                   completed=True)),
             ("t_yao", "姚一帆", "医学影像科", "2024.06.03-2024.12.02", "夏承泽", "已减免", "合格",
              dict(department="医学影像科", start_date=d(2024, 6, 3), end_date=d(2024, 12, 2), fee_charged=0,
                   completed=True)),
             ("t_song", "宋知秋", "护理部", "2024.09.02-2025.03.01", "唐晓岚", "已减免", "未结业",
              dict(department="护理部", start_date=d(2024, 9, 2), end_date=d(2025, 3, 1), fee_charged=0,
                   completed=False))]
    for i, (k, name, dept, per, teacher, fee, done, f) in enumerate(items, 1):
        rows.append([i, name, use_id(k), dept, per, teacher, fee, done])
        row("trainees", fn, sh, len(rows), f, {"recipient_hospital_id": DC, "host_hospital_id": SP},
            ["start_date"], ID[k])
    rows.append(["制表：黛川县人民医院科教科", None, None, None, "2025年1月10日"])
    write_xlsx(path, {sh: rows})


# ------------------------------------------------------------------------------------------- techniques
def f_sp_techniques_xlsx(path: Path):
    """省人民医院's 新技术新项目推广情况: 推广项目名称, 项目类别 (新技术 / 新业务 / 适宜技术推广 / 填补空白项目),
    是否填补县域空白 是/否."""
    fn, sh = path.name, "推广情况"
    rows = [[f"澜珂省人民医院对口支援新技术、新项目推广情况表（2024年度）{SYN}"],
            ["序号", "受援医院", "推广项目名称", "项目类别", "科室", "首次开展日期", "开展例数", "是否填补县域空白"]]
    items = [(QZ, "经皮冠状动脉介入治疗（PCI）", "新技术", "心血管内科", dt.date(2024, 4, 18), 12, "是"),
             (QZ, "日间手术中心", "新业务", "普外科", dt.date(2024, 6, 3), 46, "否"),
             (DC, "脑卒中静脉溶栓", "适宜技术推广", "神经内科", dt.date(2024, 5, 9), 9, "否"),
             (DC, "CT冠状动脉成像", "填补空白项目", "医学影像科", dt.date(2024, 11, 12), 21, "是")]
    for i, (rec, name, kind, dept, day, cases, gap) in enumerate(items, 1):
        rows.append([i, rec, name, kind, dept, day, cases, gap])
        row("techniques", fn, sh, len(rows),
            dict(name=name, department=dept, first_performed_date=day.isoformat(), cases=cases,
                 fills_county_gap=gap == "是"),
            {"recipient_hospital_id": rec, "support_hospital_id": SP}, ["name"])
    write_xlsx(path, {sh: rows})


def f_qztcm_techniques_xls(path: Path):
    """青芷县中医医院's 中医适宜技术推广项目 (.xls): 项目名称, 推广科室, 推广时间 as 2024年3月15日; a row without its
    date (held)."""
    fn, sh = path.name, "适宜技术"
    rows = [[f"青芷县中医医院2024年中医适宜技术推广项目一览（{SYN}）"],
            ["序号", "项目名称", "推广科室", "推广时间", "开展例数", "支援医院", "备注"]]
    items = [("浮针疗法", "针灸科", "2024年3月15日", d(2024, 3, 15), 86),
             ("穴位埋线", "针灸科", "2024年5月20日", d(2024, 5, 20), 40),
             ("中药熏蒸治疗", "康复科", "2024年8月6日", d(2024, 8, 6), 132)]
    for i, (name, dept, txt, day, cases) in enumerate(items, 1):
        rows.append([i, name, dept, txt, cases, STCM, "适宜技术推广"])
        row("techniques", fn, sh, len(rows),
            dict(name=name, department=dept, first_performed_date=day, cases=cases),
            {"recipient_hospital_id": QZTCM, "support_hospital_id": STCM}, ["name"])
    rows.append([4, "小针刀疗法", "骨伤科", None, 18, STCM, "开展时间待查"])
    hold(fn, sh, len(rows), "missing_value", "no date first performed (开展时间待查): first_performed_date is "
         "required and nothing in the file gives it; a careful reader sends it back")
    write_xls(path, {sh: rows})


def f_yt_techniques_ods(path: Path):
    """雁汀县人民医院's 新业务开展情况 (.ods): 新业务名称, 开展科室, 开展时间, 填补空白 as 填补县域空白 / 填补院内空白."""
    fn, sh = path.name, "新业务"
    rows = [[f"雁汀县人民医院2024年新业务新技术开展情况（{SYN}）"],
            ["序号", "新业务名称", "开展科室", "开展时间", "例数", "填补空白", "帮扶医院"]]
    items = [("关节镜下膝关节清理术", "骨科", dt.date(2024, 4, 22), 15, "填补县域空白", True),
             ("无痛分娩", "妇产科", dt.date(2024, 10, 9), 38, "填补院内空白", False)]
    for i, (name, dept, day, cases, gap, g) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, C1])
        row("techniques", fn, sh, len(rows),
            dict(name=name, department=dept, first_performed_date=day.isoformat(), cases=cases, fills_county_gap=g),
            {"recipient_hospital_id": YT, "support_hospital_id": C1}, ["name"])
    write_ods(path, {sh: rows})


# ------------------------------------------------------------------------------------------- activities
def act(fn, sh, r, rec, sup, day, typ, topic, n):
    f = dict(activity_date=day, activity_type=typ, participants=n)
    if topic is not None:
        f["topic"] = topic
    row("activities", fn, sh, r, f, {"recipient_hospital_id": rec, "support_hospital_id": sup},
        ["activity_date", "activity_type"])


def f_sp_teaching_xlsx(path: Path):
    """省人民医院's teaching record at 青芷: 带教形式 查房带教 / 带教手术 / 业务讲座 / 专题讲座 / 疑难病例讨论."""
    fn, sh = path.name, "带教记录"
    rows = [[f"澜珂省人民医院驻青芷县人民医院带教活动记录（2024年）{SYN}"],
            ["序号", "日期", "带教形式", "主题", "带教专家", "参加人数"]]
    items = [(dt.date(2024, 3, 12), "查房带教", "急性心肌梗死的早期识别", "林望舒", 18, "教学查房"),
             (dt.date(2024, 3, 26), "带教手术", "腹腔镜胆囊切除术", "顾南星", 6, "手术示教"),
             (dt.date(2024, 4, 9), "业务讲座", "心力衰竭诊疗新进展", "林望舒", 45, "学术讲座"),
             (dt.date(2024, 5, 14), "疑难病例讨论", "不明原因发热一例", "苏清和", 22, "疑难病例讨论"),
             (dt.date(2024, 6, 18), "专题讲座", "院感防控与手卫生", "顾南星", 60, "学术讲座")]
    for i, (day, how, topic, who, n, typ) in enumerate(items, 1):
        rows.append([i, day, how, topic, who, n])
        act(fn, sh, len(rows), QZ, SP, day.isoformat(), typ, topic, n)
    write_xlsx(path, {sh: rows})


def f_dc_activities_csv(path: Path):
    """黛川县人民医院's register of support activities (GBK CSV): 活动形式 教学查房 / 手术示教 / 学术讲座 / 义诊 /
    巡回医疗 / 远程会诊."""
    fn = path.name
    rows = [[f"黛川县人民医院2024年对口帮扶活动登记（澜珂省人民医院）{SYN}"],
            ["序号", "日期", "活动形式", "内容", "参加人数"]]
    items = [("2024-04-16", "教学查房", "脑梗死二级预防", 16, "教学查房"),
             ("2024-05-21", "手术示教", "脑室穿刺引流术", 8, "手术示教"),
             ("2024-06-11", "学术讲座", "护理质量管理", 52, "学术讲座"),
             ("2024-07-20", "义诊", "黛川县城广场大型义诊", 12, "义诊"),
             ("2024-08-15", "巡回医疗", "赴三个乡镇巡回医疗", 10, {"one_of": ["义诊", "其他"]}),
             ("2024-09-24", "远程会诊", "重症肺炎患者远程会诊", 5, "远程会诊")]
    for i, (day, how, topic, n, typ) in enumerate(items, 1):
        rows.append([i, day, how, topic, n])
        act(fn, None, len(rows), DC, SP, day, typ, topic, n)
    write_csv(path, rows, "gbk")


def f_c1_activities_xlsx(path: Path):
    """市一院's 对口帮扶工作记录 for two recipients (受援单位 column): 带教形式 学术讲座 / 远程会诊 / 教学查房 /
    示教手术; one row for 雁汀县妇幼保健院, a hospital in no pairing (held)."""
    fn, sh = path.name, "工作记录"
    rows = [[f"芷阳市第一人民医院2024年对口帮扶工作记录（{SYN}）"],
            ["序号", "受援单位", "日期", "带教形式", "内容", "参与人数"]]
    items = [(YT, dt.date(2024, 3, 19), "学术讲座", "儿童哮喘规范化诊治", 38, "学术讲座"),
             (YT, dt.date(2024, 4, 25), "远程会诊", "骨盆骨折术前会诊", 4, "远程会诊"),
             (LW, dt.date(2024, 7, 16), "教学查房", "慢阻肺急性加重", 9, "教学查房"),
             (LW, dt.date(2024, 9, 10), "示教手术", "清创缝合术", 7, "手术示教")]
    for i, (rec, day, how, topic, n, typ) in enumerate(items, 1):
        rows.append([i, rec, day, how, topic, n])
        act(fn, sh, len(rows), rec, C1, day.isoformat(), typ, topic, n)
    rows.append([5, "雁汀县妇幼保健院", dt.date(2024, 10, 22), "学术讲座", "新生儿窒息复苏", 25])
    hold(fn, sh, len(rows), "unresolved_hospital", "雁汀县妇幼保健院 is in no pairing of the list: a person decides")
    write_xlsx(path, {sh: rows})


# ------------------------------------------------------------------------------------------- ordinary statistics
def f_qz_monthly_xlsx(path: Path):
    """青芷县人民医院's ordinary monthly figures, January–June."""
    fn, sh = path.name, "1-6月"
    rows = [[f"青芷县人民医院2024年1-6月业务量统计表（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    data = [(1, 21034, 1312, 402, 61, 9), (2, 18876, 1189, 365, 58, 7), (3, 22410, 1405, 441, 55, 11),
            (4, 21987, 1376, 430, 49, 10), (5, 22654, 1421, 452, 47, 12), (6, 21509, 1398, 447, 44, 13)]
    for m, ov, dis, su, ro, rd in data:
        rows.append([f"{m}月", ov, dis, su, ro, rd])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=ov, discharges=dis, surgeries=su, referrals_out=ro,
                 referrals_down_received=rd),
            {"recipient_hospital_id": QZ}, ["month"])
    rows.append(["合计", sum(x[1] for x in data), sum(x[2] for x in data), sum(x[3] for x in data),
                 sum(x[4] for x in data), sum(x[5] for x in data)])
    write_xlsx(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "芷阳市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜珂省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_sp_xiapai, "省直", "SYNTHETIC_省人民医院2024年下派人员名册.xlsx"),
             (f_sp_zhudian_xls, "省直", "SYNTHETIC_省人民医院驻点帮扶人员（黛川）.xls"),
             (f_stcm_guazhi_ods, "省直", "SYNTHETIC_省中医院挂职坐诊专家名单.ods"),
             (f_sp_trainees_csv, "省直", "SYNTHETIC_省人民医院接收学习人员登记2024.csv"),
             (f_sp_techniques_xlsx, "省直", "SYNTHETIC_省人民医院新技术新项目推广情况2024.xlsx"),
             (f_sp_teaching_xlsx, "省直", "SYNTHETIC_省人民医院带教活动记录（青芷）.xlsx"),
             (f_qztcm_techniques_xls, "省直", "SYNTHETIC_青芷县中医医院适宜技术推广项目2024.xls"),
             (f_c1_xiachen_csv, "芷阳市", "SYNTHETIC_市一院下沉医务人员名单（雁汀）.csv"),
             (f_lw_dundian_xlsx, "芷阳市", "SYNTHETIC_柳湾卫生院蹲点帮扶人员登记2024.xlsx"),
             (f_dc_genggang_xlsx, "芷阳市", "SYNTHETIC_黛川县人民医院跟岗学习人员登记2024.xlsx"),
             (f_yt_techniques_ods, "芷阳市", "SYNTHETIC_雁汀县人民医院新业务开展情况2024.ods"),
             (f_dc_activities_csv, "芷阳市", "SYNTHETIC_黛川县人民医院帮扶活动登记2024.csv"),
             (f_c1_activities_xlsx, "芷阳市", "SYNTHETIC_市一院对口帮扶工作记录2024.xlsx"),
             (f_qz_monthly_xlsx, "芷阳市", "SYNTHETIC_青芷县人民医院业务量2024年1-6月.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: [] for k in sorted(used_ids)}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

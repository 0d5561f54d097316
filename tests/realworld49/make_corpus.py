"""realworld49 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄砚省) for 2024 whose data manager
collected the usual forms with online questionnaires (问卷星, 金数据, 腾讯问卷) and received their exports: one row
per submission with the systems' own columns (序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP), question-style
headers ("1.您的姓名：", "3. 派驻医院（请填写全称）", "Q5 派驻起止时间"), multiple choice joined with ┋ or |,
"其他〖…〗" free text, the same person submitting twice (the later submission is the answer), answers typed in every
format, and "(空)" / "(跳过)" for empty answers. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,砚州市,县区}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in truth.json).
Written without reading the tool's parser.
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


P1, PTCM, SZ = "澄砚省人民医院", "澄砚省中医院", "砚州市中心医院"
LX, LXTCM, NY, NYMCH, HT = "岚溪县人民医院", "岚溪县中医医院", "楠屿县人民医院", "楠屿县妇幼保健院", "鹤汀县人民医院"
RECIP = {LX: ("二级", "甲等", "综合医院", "岚溪县"), LXTCM: ("二级", "乙等", "中医医院", "岚溪县"),
         NY: ("二级", "甲等", "综合医院", "楠屿县"), NYMCH: ("二级", None, "妇幼保健院", "楠屿县"),
         HT: ("二级", "乙等", "综合医院", "鹤汀县")}
PAIRS = [(P1, LX, "2023年12月18日", dt.date(2023, 12, 18)), (P1, NY, "2023年12月18日", dt.date(2023, 12, 18)),
         (PTCM, LXTCM, "2024年1月9日", dt.date(2024, 1, 9)), (SZ, NYMCH, "2023年12月26日", dt.date(2023, 12, 26)),
         (SZ, HT, "2023年12月26日", dt.date(2023, 12, 26))]

ID = {k: idn(*v) for k, v in {
    # deployed staff
    "lin": ("990101", "19740312", "031"), "gu": ("990101", "19860725", "042"), "su": ("990102", "19811109", "015"),
    "tang": ("990101", "19790205", "036"), "mo": ("990103", "19830818", "024"), "qiu": ("990102", "19900430", "057"),
    "yan": ("990111", "19850614", "063"), "hua": ("990111", "19881021", "018"), "lu": ("990121", "19770903", "075"),
    "ning": ("990121", "19890127", "046"), "fang": ("990122", "19920316", "029"),
    # trainees
    "ke": ("990131", "19930708", "052"), "tian": ("990131", "19950922", "064"), "wen": ("990132", "19910211", "037"),
    "zhan": ("990141", "19940503", "081"), "liang": ("990141", "19961117", "026"), "rao": ("990151", "19920829", "043"),
    "song": ("990151", "19970112", "068"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


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


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def meta(seq, when, secs, k, source="手机提交", detail="微信"):
    """The questionnaire system's own columns: 序号, 提交答卷时间, 所用时间, 来源, 来源详情, 来自IP (never a field)."""
    return [seq, when, f"{secs}秒", source, detail, f"203.0.113.{k % 250 + 1}(未知)"]


META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]


def save_xlsx(path: Path, sheets: dict):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for vals in rows:
            ws.append(vals)
        for r in ws.iter_rows():
            for c in r:
                if isinstance(c.value, str):
                    c.number_format = "@"
    wb.save(path)


def save_xls(path: Path, sheets: dict):
    wb = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        ws = wb.add_sheet(name)
        for i, vals in enumerate(rows):
            for j, v in enumerate(vals):
                if v is not None:
                    ws.write(i, j, v)
    wb.save(str(path))


def save_ods(path: Path, sheets: dict):
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


def save_csv(path: Path, rows, encoding: str):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for vals in rows:
        w.writerow(["" if v is None else v for v in vals])
    text = buf.getvalue()
    path.write_bytes(("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """An ordinary 附件1: 级别 and 等次 in two columns, the period only in the title (2024—2026年)."""
    rows = [[f"附件1：澄砚省城乡医院对口支援关系表（2024—2026年）  {SYN}"],
            ["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订日期"]]
    for i, (s, r, agt, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        rows.append([i, r, level, grade, cat, county, s, agt])
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    rows.append([f"注：{SYN}，医院、人员均为虚构。"])
    save_xlsx(path, {"附件1": rows})
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, SZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_deployments_wjx(path: Path):
    """省人民医院, 问卷星 xlsx export: "1.您的姓名：" … headers; dates '2024/3/1', '2024.3' (the month's first day),
    a start with an end '(空)' and 派驻时长 '6个月'; 职称 "其他〖副主任护师〗"; a multiple-choice question joined with ┋;
    one person submitting twice (the later corrects the end date); an ID with a wrong check digit; a submission
    whose 派驻医院 is '(跳过)' (the support hospital has two recipients: unusable)."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"《澄砚省人民医院2024年对口支援派驻人员信息收集》答卷数据（{SYN}）"],
            META + ["1.您的姓名：", "2.您的身份证号码：", "3. 派驻医院（请填写全称）", "4.您所在的科室：",
                    "5.您的职称：", "6.派驻开始时间：", "7.派驻结束时间：", "8.派驻时长：",
                    "9.本次派驻主要工作内容（多选）："]]
    wrong = ID["gu"][:17] + ("0" if ID["gu"][17] != "0" else "1")
    subs = [  # key, name, id as written, recipient as written, dept, title as written, start, end, length, work,
        #         fields or None (superseded), truth recipient, truth id
        ("lin", "林致远", None, LX, "心血管内科", "主任医师", "2024/3/1", "2024/8/31", "(空)", "门诊┋查房┋手术",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), LX, ID["lin"]),
        ("gu", "顾清和", wrong, "岚溪县医院", "普外科", "主治医师", "2024.3", "2024.8", "(空)", "手术┋带教",
         dep("普外科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), LX, wrong),
        ("su", "苏映雪", None, NY, "护理部", "其他〖副主任护师〗", "2024/4/1", "(空)", "6个月",
         "护理管理┋其他〖护理质控〗",
         dep("护理部", "副主任护师", "副高级", "护理", d(2024, 4, 1), d(2024, 9, 30)), NY, ID["su"]),
        ("tang", "唐景明", None, NY, "骨科", "副主任医师", "2024/3/4", "2024/6/30", "(空)", "手术",
         None, NY, ID["tang"]),
        ("mo", "莫晚晴", None, "(跳过)", "儿科", "主治医师", "2024/5/6", "2024/11/5", "(空)", "门诊┋查房",
         "unusable", None, ID["mo"]),
        ("tang", "唐景明", None, NY, "骨科", "副主任医师", "2024/3/4", "2024/9/3", "(空)", "手术┋带教",
         dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), NY, ID["tang"]),
    ]
    times = ["2024/3/2 09:12:40", "2024/3/2 10:05:13", "2024/4/2 08:40:55", "2024/3/5 16:20:01",
             "2024/5/7 11:31:29", "2024/6/28 14:02:47"]
    for i, (key, name, sp, rec, dept, title, s, e, length, work, f, trec, tid) in enumerate(subs):
        rows.append(meta(i + 1, times[i], 95 + 13 * i, 10 + i) + [name, use_id(key, sp), rec, dept, title, s, e,
                                                                   length, work])
        r = len(rows)
        if f == "unusable":
            quarantine(fn, sh, r, "missing_required", "派驻医院 (跳过): 省人民医院 supports two recipients")
        elif f is not None:
            row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": trec},
                ["start_date"], id_number=tid)
            if sp == wrong:
                finding(fn, r, "ID_CHECK_DIGIT")
    save_xlsx(path, {sh: rows})


def f_ptcm_deployments_jsj(path: Path):
    """省中医院, 金数据 CSV (UTF-8 with BOM): "Q1 姓名" … "Q5 派驻起止时间" with '2024.3—2024.8' and
    '2024年3月1日至2024年8月31日'; one ID answered '(跳过)' (a name-only person: NAME_ONLY)."""
    fn = path.name
    rows = [[f"金数据导出：澄砚省中医院派驻人员登记（{SYN}）"],
            META + ["Q1 姓名", "Q2 身份证号", "Q3 受援单位", "Q4 科室", "Q5 派驻起止时间", "Q6 职称"]]
    people = [("yan", "阎书航", "针灸科", "2024.3—2024.8", "主治中医师",
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), True),
              ("hua", "华若兰", "脾胃病科", "2024年3月1日至2024年8月31日", "副主任中医师",
               dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), True),
              (None, "季秋白", "护理部", "2024年9月1日至2025年2月28日", "主管护师",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 1), d(2025, 2, 28)), False)]
    for i, (key, name, dept, period, title, f, has_id) in enumerate(people):
        rows.append(meta(i + 1, f"2024-0{3 + 3 * (i // 2)}-0{i + 1} 09:3{i}:00", 60 + i, 30 + i, "电脑提交", "链接")
                    + [name, use_id(key) if has_id else "(跳过)", LXTCM, dept, period, title])
        row("deployments", fn, None, len(rows), f, {"support_hospital_id": PTCM, "recipient_hospital_id": LXTCM},
            ["start_date"], id_number=ID[key] if has_id else None)
        if not has_id:
            finding(fn, len(rows), "NAME_ONLY")
    save_csv(path, rows, "utf-8-sig")


def f_p1_activities_wjx(path: Path):
    """省人民医院 activities, 问卷星 xlsx: 活动形式 "其他〖疑难病例讨论〗"; 参加人数 "约40人" (→ empty + finding);
    dates '2024/4/12', '2024年5月8日'; one activity submitted twice (the later fixes 参加人数)."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"《带教培训活动登记》答卷数据（{SYN}）"],
            META + ["1.活动日期：", "2.受援医院：", "3.活动形式：", "4.活动主题：", "5.参加人数：", "6.主讲人："]]
    acts = [("2024/4/12", LX, "学术讲座", "急性胸痛的识别", "35", d(2024, 4, 12), "学术讲座", 35, LX),
            ("2024年5月8日", NY, "其他〖疑难病例讨论〗", "复杂骨折病例", "约40人", d(2024, 5, 8), "疑难病例讨论", None, NY),
            ("2024/6/20", LX, "教学查房", "心衰患者查房", "18", None, None, None, None),
            ("2024/7/3", NY, "手术示教", "腹腔镜胆囊切除", "12", d(2024, 7, 3), "手术示教", 12, NY),
            ("2024/6/20", LX, "教学查房", "心衰患者查房", "21", d(2024, 6, 20), "教学查房", 21, LX)]
    times = ["2024/4/12 17:01:10", "2024/5/8 18:22:41", "2024/6/20 17:45:03", "2024/7/3 19:10:55",
             "2024/6/21 08:30:12"]
    for i, (when, rec, typ, topic, n, day, tv, nv, trec) in enumerate(acts):
        rows.append(meta(i + 1, times[i], 40 + i, 50 + i) + [when, rec, typ, topic, n, "某主任"])
        if day is None:
            continue  # submitted again the next day: the later submission is the answer
        row("activities", fn, sh, len(rows), dict(activity_date=day, activity_type=tv, participants=nv),
            {"recipient_hospital_id": trec, "support_hospital_id": P1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    save_xlsx(path, {sh: rows})


def f_county_tx(path: Path):
    """省卫健委, 腾讯问卷 export saved as .xls: one submission per county; 年度 '2024年'."""
    fn, sh = path.name, "答卷数据"
    rows = [[f"县域住院流向填报（腾讯问卷）{SYN}"],
            ["编号", "开始答题时间", "结束答题时间", "答题时长", "来源IP", "1. 县（市、区）名称", "2. 行政区划代码",
             "3. 统计年度", "4. 县域内常住居民住院总人次", "5. 其中：县域外住院人次"]]
    for i, (county, code, tot, out) in enumerate((("岚溪县", "999101", 41230, 6812), ("楠屿县", "999102", 30418, 5120),
                                                  ("鹤汀县", "999201", 22705, 4377))):
        rows.append([i + 1, f"2025-01-0{i + 5} 10:00:00", f"2025-01-0{i + 5} 10:04:12", "252秒",
                     f"203.0.113.{170 + i}", county, code, "2024年", tot, out])
        row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=code, year=2024, resident_admissions=tot,
                                                              resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    save_xls(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 砚州市
def f_sz_deployments_tx(path: Path):
    """市中心医院, 腾讯问卷 xlsx export listed newest first: one person's two submissions (the later, listed first,
    is the answer); a 15-digit ID; multiple choice joined with |; '(空)' for 在受援医院任职."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"腾讯问卷 答卷导出 砚州市中心医院派驻人员（{SYN}）"],
            META + ["Q1 姓名", "Q2 身份证号", "Q3 派驻单位", "Q4 科室", "Q5 派驻起止时间", "Q6 职称",
                    "Q7 主要工作（多选）"]]
    n = ID["ning"]
    fifteen = n[:6] + n[8:14] + n[14:17]
    subs = [  # newest first
        ("2024-09-02 09:00:41", "lu", None, HT, "麻醉科", "2024年9月1日-2025年2月28日", "主治医师", "麻醉|带教",
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), HT, ID["lu"]),
        ("2024-03-06 20:11:09", "fang", None, NYMCH, "产科", "2024年3月1日-2024年8月31日", "主管护师", "(空)",
         dep("产科", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31)), NYMCH, ID["fang"]),
        ("2024-03-05 08:15:30", "ning", fifteen, NYMCH, "儿科", "2024年3月1日-2024年8月31日", "副主任医师",
         "门诊|查房|带教", dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), NYMCH, ID["ning"]),
        ("2024-03-03 21:40:02", "lu", None, HT, "麻醉科", "2024年3月1日-2024年8月31日", "主治医师", "麻醉",
         None, HT, ID["lu"]),
    ]
    for i, (when, key, sp, rec, dept, period, title, work, f, trec, tid) in enumerate(subs):
        name = {"lu": "陆川", "ning": "宁静远", "fang": "方雨棠"}[key]
        rows.append(meta(len(subs) - i, when, 70 + i, 90 + i, "微信", "二维码")
                    + [name, use_id(key, sp), rec, dept, period, title, work])
        if f is None:
            continue  # the earlier submission (listed last): replaced by the one listed first
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": SZ, "recipient_hospital_id": trec},
            ["start_date"], id_number=tid)
        if sp == fifteen:
            finding(fn, len(rows), "ID_15_DIGIT")
    save_xlsx(path, {sh: rows})


def f_sz_activities_tx(path: Path):
    """市中心医院 activities, 腾讯问卷 export saved as .ods: dates '2024.5.20', '2024-06-14'; 活动形式 "A. 义诊";
    参加人数 '80人', '(跳过)' (empty, not a finding)."""
    fn, sh = path.name, "答卷数据"
    rows = [[f"帮扶活动登记 腾讯问卷（{SYN}）"],
            META + ["Q1 活动日期", "Q2 受援单位", "Q3 活动形式", "Q4 参加人数"]]
    for i, (when, rec, typ, n, day, tv, nv) in enumerate((
            ("2024.5.20", HT, "A. 义诊", "80人", d(2024, 5, 20), "义诊", 80),
            ("2024-06-14", NYMCH, "C. 技术培训", "(跳过)", d(2024, 6, 14), "技术培训", None),
            ("2024/9/26", HT, "B. 远程会诊", "6", d(2024, 9, 26), "远程会诊", 6))):
        rows.append(meta(i + 1, f"2024-{5 + 2 * i:02d}-2{i} 12:00:00", 33 + i, 120 + i) + [when, rec, typ, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day, activity_type=tv, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": SZ}, ["activity_date", "activity_type"])
    save_ods(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 县区
def f_lx_trainees_wjx(path: Path):
    """岚溪县人民医院 trainees, 问卷星 export saved as .xls: 进修开始 '2024/3/1' with 进修时长 '6个月';
    结业 "A.是"/"B.否"; 进修费用 '(空)' (empty) and '3000元'; one trainee submitting twice."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"《岚溪县人民医院2024年外出进修人员登记》答卷数据（{SYN}）"],
            META + ["1.您的姓名：", "2.身份证号：", "3.进修科室：", "4.进修医院（请填写全称）：", "5.进修开始时间：",
                    "6.进修时长：", "7.进修费用（元）：", "8.是否已结业："]]
    subs = [("ke", "柯志远", "内科", "2024/3/1", "6个月", "3000元", "A.是",
             dict(department="内科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31), fee_charged=3000.0,
                  completed=True)),
            ("tian", "田语嫣", "急诊科", "2024/3/1", "3个月", "(空)", "B.否", None),
            ("wen", "温以宁", "放射科", "2024/9/1", "3个月", "(空)", "A.是",
             dict(department="放射科", start_date=d(2024, 9, 1), end_date=d(2024, 11, 30), fee_charged=None,
                  completed=True)),
            ("tian", "田语嫣", "急诊科", "2024/3/1", "6个月", "(空)", "A.是",
             dict(department="急诊科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31), fee_charged=None,
                  completed=True))]
    times = ["2024/9/2 10:00:01", "2024/6/1 09:00:00", "2024/12/2 15:33:20", "2024/9/3 11:20:45"]
    for i, (key, name, dept, s, length, fee, done, f) in enumerate(subs):
        rows.append(meta(i + 1, times[i], 80 + i, 140 + i) + [name, use_id(key), dept, P1, s, length, fee, done])
        if f is None:
            continue  # the same trainee answered again later: the later submission is the answer
        row("trainees", fn, sh, len(rows), f, {"recipient_hospital_id": LX, "host_hospital_id": P1},
            ["start_date", "department"], id_number=ID[key])
    save_xls(path, {sh: rows})


def f_ny_trainees_jsj(path: Path):
    """楠屿县人民医院 trainees, 金数据 CSV in GBK: "Q5 进修起止时间" '2024.3-2024.8'; 是否结业 '是'/'否（在修）'."""
    fn = path.name
    rows = [[f"金数据 楠屿县人民医院进修人员（{SYN}）"],
            META + ["Q1 姓名", "Q2 身份证号", "Q3 科室", "Q4 进修单位", "Q5 进修起止时间", "Q6 进修费用", "Q7 是否结业"]]
    for i, (key, name, dept, period, fee, done, f) in enumerate((
            ("zhan", "詹若水", "骨科", "2024.3-2024.8", "2500", "是",
             dict(department="骨科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31), fee_charged=2500.0,
                  completed=True)),
            ("liang", "梁晓岚", "儿科", "2024.9-2025.2", "0", "否（在修）",
             dict(department="儿科", start_date=d(2024, 9, 1), end_date=d(2025, 2, 28), fee_charged=0.0,
                  completed=False)))):
        rows.append(meta(i + 1, f"2024-{3 + 6 * i:02d}-05 10:1{i}:00", 55 + i, 160 + i, "电脑提交", "链接")
                    + [name, use_id(key), dept, P1, period, fee, done])
        row("trainees", fn, None, len(rows), f, {"recipient_hospital_id": NY, "host_hospital_id": P1},
            ["start_date", "department"], id_number=ID[key])
    save_csv(path, rows, "gbk")


def f_ht_trainees_tx(path: Path):
    """鹤汀县人民医院 trainees, 腾讯问卷 export as .ods: '3月1日' (the year from the title's 2024年) to
    '2024年8月31日'; one trainee without an ID number ('(空)': NAME_ONLY)."""
    fn, sh = path.name, "答卷数据"
    rows = [[f"鹤汀县人民医院2024年进修人员 腾讯问卷导出（{SYN}）"],
            META + ["1. 姓名", "2. 身份证号", "3. 进修科室", "4. 进修医院", "5. 开始时间", "6. 结束时间",
                    "7. 是否结业"]]
    for i, (key, name, dept, s, e, done, f) in enumerate((
            ("rao", "饶思远", "检验科", "3月1日", "2024年8月31日", "是",
             dict(department="检验科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31), completed=True)),
            (None, "聂初晴", "妇产科", "2024年4月1日", "2024年9月30日", "是",
             dict(department="妇产科", start_date=d(2024, 4, 1), end_date=d(2024, 9, 30), completed=True)))):
        rows.append(meta(i + 1, f"2024-0{3 + i}-0{2 + i} 08:00:00", 44 + i, 180 + i)
                    + [name, use_id(key) if key else "(空)", dept, SZ, s, e, done])
        row("trainees", fn, sh, len(rows), f, {"recipient_hospital_id": HT, "host_hospital_id": SZ},
            ["start_date", "department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    save_ods(path, {sh: rows})


def f_ht_techniques_wjx(path: Path):
    """鹤汀县人民医院 techniques, 问卷星 xlsx: 开展时间 '2024.3' / '2024年6月18日'; 例数 '12例';
    填补县域空白 "A.是"/"B.否"; 支援医院 answered."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"《2024年新技术新项目填报》答卷数据 鹤汀县人民医院（{SYN}）"],
            META + ["1.项目名称：", "2.开展科室：", "3.首次开展时间：", "4.开展例数：", "5.是否填补县域空白：",
                    "6.帮扶医院："]]
    for i, (name, dept, when, n, gap, day, nv, gv) in enumerate((
            ("无痛胃肠镜检查", "消化内科", "2024.3", "12例", "A.是", d(2024, 3, 1), 12, True),
            ("超声引导下神经阻滞", "麻醉科", "2024年6月18日", "30", "B.否", d(2024, 6, 18), 30, False))):
        rows.append(meta(i + 1, f"2024/12/1{i} 16:00:00", 66 + i, 200 + i) + [name, dept, when, n, gap, SZ])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=nv,
                                                  fills_county_gap=gv),
            {"recipient_hospital_id": HT, "support_hospital_id": SZ}, ["name"])
    save_xlsx(path, {sh: rows})


def f_lxtcm_techniques_tx(path: Path):
    """岚溪县中医医院 techniques, 腾讯问卷 CSV (UTF-8, no BOM): 填补县域空白 "是┋" style ticks "√是"; '(跳过)' 例数."""
    fn = path.name
    rows = [[f"腾讯问卷导出 岚溪县中医医院新技术（{SYN}）"],
            META + ["Q1 新技术名称", "Q2 科室", "Q3 开展时间", "Q4 例数", "Q5 是否填补县域空白", "Q6 支援医院"]]
    for i, (name, dept, when, n, gap, day, nv, gv) in enumerate((
            ("浮针疗法", "针灸科", "2024-04-10", "25", "√是", d(2024, 4, 10), 25, True),
            ("中药熏蒸治疗", "康复科", "2024/7/1", "(跳过)", "√否", d(2024, 7, 1), None, False))):
        rows.append(meta(i + 1, f"2024-12-0{i + 3} 09:00:00", 38 + i, 220 + i) + [name, dept, when, n, gap, PTCM])
        row("techniques", fn, None, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=nv,
                                                    fills_county_gap=gv),
            {"recipient_hospital_id": LXTCM, "support_hospital_id": PTCM}, ["name"])
    save_csv(path, rows, "utf-8")


def f_nymch_monthly_jsj(path: Path):
    """楠屿县妇幼保健院 monthly statistics, 金数据 xlsx: one submission per month ('2024年1月', '2024.2', '2024-03');
    March submitted twice (the later corrects 门急诊人次)."""
    fn, sh = path.name, "数据"
    rows = [[f"金数据导出 楠屿县妇幼保健院月度业务量填报（{SYN}）"],
            META + ["Q1 填报月份", "Q2 门急诊人次", "Q3 出院人数", "Q4 手术台次", "Q5 转出人次", "Q6 下转接收人次"]]
    subs = [("2024年1月", 1, [5120, 388, 91, 12, 4]), ("2024.2", 2, [4630, 352, 80, 10, 3]),
            ("2024-03", None, [5010, 401, 95, 11, 5]), ("2024年4月", 4, [5288, 410, 97, 9, 6]),
            ("2024-03", 3, [5301, 401, 95, 11, 5])]
    for i, (month, m, v) in enumerate(subs):
        rows.append(meta(i + 1, f"2024-{min(i + 2, 5):02d}-0{i + 2} 10:00:00", 90 + i, 240 + i, "电脑提交", "链接")
                    + [month, *v])
        if m is None:
            continue  # March answered again on 2024-05-06: the later submission is the answer
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": NYMCH}, ["month"])
    save_xlsx(path, {sh: rows})


def f_ht_monthly_wjx(path: Path):
    """鹤汀县人民医院 monthly statistics, 问卷星 CSV in GBK: '2024年7月' … with '1,234' thousands separators."""
    fn = path.name
    rows = [[f"《受援医院月度业务统计》答卷数据 鹤汀县人民医院（{SYN}）"],
            META + ["1.统计月份：", "2.门急诊人次：", "3.出院人数：", "4.手术台次：", "5.转出人次："]]
    for i, m in enumerate((7, 8, 9)):
        v = [8200 + 150 * m, 640 + 7 * m, 150 + m, 20 - m]
        rows.append(meta(i + 1, f"2024/{m + 1}/3 9:0{i}:00", 70 + i, 250 + i)
                    + [f"2024年{m}月", f"{v[0]:,}", v[1], v[2], v[3]])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": HT}, ["month"])
    save_csv(path, rows, "gbk")


def f_lx_assessments_wjx(path: Path):
    """岚溪县人民医院 monthly assessment of dispatched staff, 问卷星 xlsx: one submission per person and month;
    考核月份 '2024年5月' / '2024.6'; 得分 '95分'; 抽查次数 and 在岗次数 as '4次'."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"《派驻人员月度考核》答卷数据 岚溪县人民医院（{SYN}）"],
            META + ["1.被考核人姓名：", "2.身份证号：", "3.派出单位：", "4.考核月份：", "5.考核得分：",
                    "6.在岗抽查次数：", "7.在岗次数："]]
    k = 0
    for month, m in (("2024年5月", 5), ("2024.6", 6)):
        for key, name, sc, present in (("lin", "林致远", 96 if m == 5 else 94.5, 4),
                                       ("gu", "顾清和", 92 if m == 5 else 90, 4 if m == 5 else 3)):
            k += 1
            rows.append(meta(k, f"2024/{m + 1}/5 10:{k:02d}:00", 50 + k, 260 + k)
                        + [name, use_id(key), P1, month, f"{sc:g}分", "4次", f"{present}次"])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": LX}, ["month"], id_number=ID[key])
    save_xlsx(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for f in ("reference", "省直", "砚州市", "县区"):
        (raw / f).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄砚省城乡医院对口支援关系表（2024—2026年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_澄砚省城乡医院对口支援关系表（2024—2026年）.xlsx"
    files = [(f_p1_deployments_wjx, "省直", "SYNTHETIC_省人民医院2024派驻人员信息收集_问卷星.xlsx"),
             (f_ptcm_deployments_jsj, "省直", "SYNTHETIC_省中医院2024派驻人员登记_金数据.csv"),
             (f_p1_activities_wjx, "省直", "SYNTHETIC_省人民医院2024带教培训活动_问卷星.xlsx"),
             (f_county_tx, "省直", "SYNTHETIC_各县县域住院流向2024_腾讯问卷.xls"),
             (f_sz_deployments_tx, "砚州市", "SYNTHETIC_市中心医院2024派驻人员_腾讯问卷.xlsx"),
             (f_sz_activities_tx, "砚州市", "SYNTHETIC_市中心医院2024帮扶活动_腾讯问卷.ods"),
             (f_lx_trainees_wjx, "县区", "SYNTHETIC_岚溪县人民医院2024进修人员_问卷星.xls"),
             (f_ny_trainees_jsj, "县区", "SYNTHETIC_楠屿县人民医院2024进修人员_金数据.csv"),
             (f_ht_trainees_tx, "县区", "SYNTHETIC_鹤汀县人民医院2024进修人员_腾讯问卷.ods"),
             (f_ht_techniques_wjx, "县区", "SYNTHETIC_鹤汀县人民医院2024新技术_问卷星.xlsx"),
             (f_lxtcm_techniques_tx, "县区", "SYNTHETIC_岚溪县中医医院2024新技术_腾讯问卷.csv"),
             (f_nymch_monthly_jsj, "县区", "SYNTHETIC_楠屿县妇幼保健院2024月度业务量_金数据.xlsx"),
             (f_ht_monthly_wjx, "县区", "SYNTHETIC_鹤汀县人民医院2024下半年月报_问卷星.csv"),
             (f_lx_assessments_wjx, "县区", "SYNTHETIC_岚溪县人民医院2024派驻人员考核_问卷星.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

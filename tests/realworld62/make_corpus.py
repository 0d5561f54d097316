"""realworld62 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅屿省) for 2024: the pairing list in
data/raw/reference/ and fourteen submissions whose headers are drawn the way statisticians draw them: three-row
headers (merged group headers over field headers over a units row), header cells with line breaks and footnote
marks (notes under the table), a header split across two rows without merging, monthly statistics with
本月 | 本年累计 | 同比增减% per measure (consistent running totals) and a sheet with 本期 | 上年同期. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in the
truth). Written without reading the tool's parser.
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


P1, PTCM, CZ = "琅屿省第一人民医院", "琅屿省中医院", "澄州市人民医院"
WC, WCTCM, FD, FDMCH, ST = "苇川县人民医院", "苇川县中医医院", "枫渡县人民医院", "枫渡县妇幼保健院", "石滩县人民医院"
RECIP = {WC: ("二级", "甲等", "综合医院", "苇川县"), WCTCM: ("二级", "甲等", "中医医院", "苇川县"),
         FD: ("二级", "乙等", "综合医院", "枫渡县"), FDMCH: ("二级", None, "妇幼保健院", "枫渡县"),
         ST: ("二级", "甲等", "综合医院", "石滩县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990401", "19740212", "031"), "su": ("990401", "19860719", "042"), "gu": ("990402", "19810303", "015"),
    "fang": ("990401", "19790825", "036"), "yu": ("990403", "19830110", "024"),
    "tang": ("990501", "19870506", "051"), "ye": ("990501", "19900921", "062"),
    "mo": ("990411", "19930417", "083"), "cheng": ("990411", "19911130", "028"), "qiao": ("990411", "19950604", "046"),
    "hua": ("990431", "19920227", "044"), "shi": ("990431", "19940812", "065"), "ling": ("990431", "19960115", "016"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int) or places is None:
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def wrap_all(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def running(values):
    out, s = [], 0
    for v in values:
        s += v
        out.append(s)
    return out


def csv_bytes(rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """Header cells with line breaks ("受援医院\\n级别", "协议\\n签订日期"), 支援期限 "2024年1月1日至2026年12月31日"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅屿省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "受援医院\n级别", "等次", "类别", "所在县\n（市、区）", "协议\n签订日期",
               "支援期限"])
    pairs = [(P1, WC, dt.date(2023, 12, 18)), (P1, FD, dt.date(2023, 12, 18)), (PTCM, WCTCM, dt.date(2023, 12, 22)),
             (CZ, FDMCH, dt.date(2023, 12, 26)), (CZ, ST, dt.date(2023, 12, 26))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, ag, "2024年1月1日至2026年12月31日"])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wrap_all(ws)
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, CZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省一院 roster: three-row header — 基本信息 | 派驻信息 | 考核结果 merged over the field headers, then a units
    row (天); '派驻\\n开始日期' with a line break; a 派驻天数 column (not a field) and 考核等次 (not a field); a wrong
    check digit and a 15-digit ID; notes under the table."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅屿省第一人民医院2024年对口支援派驻人员统计表（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["基本信息", None, None, None, None, "派驻信息", None, None, None, "考核结果", None])
    ws.merge_cells("A2:E2")
    ws.merge_cells("F2:I2")
    ws.merge_cells("J2:K2")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻\n开始日期", "派驻\n结束日期", "派驻天数*",
               "考核等次", "备注"])
    ws.append([None, None, None, None, None, None, None, None, "天", None, None])
    wrong = ID["su"][:17] + ("0" if ID["su"][17] != "0" else "1")
    f = ID["fang"]
    fifteen = f[:6] + f[8:14] + f[14:17]
    people = [("lin", "林知远", None, "心血管内科", "主任医师", WC, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["lin"], "优秀"),
              ("su", "苏晚晴", wrong, "呼吸内科", "主治医师", WC, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("呼吸内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong, "合格"),
              ("gu", "顾长庚", None, "普外科", "副主任医师", FD, dt.date(2024, 4, 8), dt.date(2024, 10, 7),
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 8), d(2024, 10, 7)), ID["gu"], "优秀"),
              ("fang", "方砚秋", fifteen, "麻醉科", "主治医师", FD, dt.date(2024, 7, 1), dt.date(2024, 12, 31),
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), ID["fang"], "合格"),
              ("yu", "俞若兰", None, "护理部", "副主任护师", WC, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("护理部", "副主任护师", "副高级", "护理", d(2024, 3, 1), d(2024, 8, 31)), ID["yu"], "优秀")]
    for i, (key, name, sp, dept, title, rec, s, e, fl, tid, grade) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, rec, s, e, (e - s).days + 1, grade, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, fl, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.append(["注：*派驻天数含首尾两日。考核等次为派驻期满考核结果。"])
    ws.append(["填表人：医务部", None, None, None, None, None, "审核：", None, None, "2025年1月8日"])
    wrap_all(ws)
    wb.save(path)


def f_ptcm_roster_xls(path: Path):
    """省中医院 (.xls): the header split across two rows without merging — 起止 over 开始 | 结束 (the other
    field names in the first row, blank under them); one person without an ID number."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅屿省中医院派驻苇川县中医医院人员名单（2024年）{SYN}")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "起止", ""]):
        ws.write(1, j, h)
    for j, h in enumerate(["", "", "", "", "", "", "开始", "结束"]):
        if h:
            ws.write(2, j, h)
    people = [("tang", "唐书砚", "针灸科", "主治中医师", "2024-03-04", "2024-09-03",
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("ye", "叶清禾", "脾胃病科", "副主任中医师", "2024-05-06", "2024-11-05",
               dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5))),
              (None, "温叙白", "骨伤科", "主治中医师", "2024-09-02", "2025-03-01",
               dep("骨伤科", "主治中医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1)))]
    for i, (key, name, dept, title, s, e, fl) in enumerate(people, 1):
        r = 2 + i
        for j, v in enumerate([i, name, use_id(key) if key else "", dept, title, WCTCM, s, e]):
            if v != "":
                ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, fl, {"support_hospital_id": PTCM, "recipient_hospital_id": WCTCM},
            ["start_date", "department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    ws.write(3 + len(people), 0, "填表人：人事科")
    wb.save(str(path))


def f_county_csv(path: Path):
    """省卫健委 (GBK CSV): 本期 | 上年同期 | 增减% under each indicator (two header rows, the second unmerged as a
    CSV has it). Only 本期 is the year's figure (2024): 上年同期 is quoted for comparison and not curated."""
    fn = path.name
    rows = [[f"2024年各县县域住院流向统计（{SYN}）", "", "", "", "", "", "", ""],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "", "", "其中：县域外住院人次", "", ""],
            ["", "", "本期", "上年同期", "增减%", "本期", "上年同期", "增减%"]]
    for county, code, now, prev, out_now, out_prev in (("苇川县", "999401", 41230, 39870, 6120, 6630),
                                                       ("枫渡县", "999402", 28815, 28090, 4988, 5217),
                                                       ("石滩县", "999403", 21460, 21902, 4211, 4120)):
        rows.append([county, code, now, prev, f"{(now - prev) / prev * 100:.1f}", out_now, out_prev,
                     f"{(out_now - out_prev) / out_prev * 100:.1f}"])
        row("county_inpatient_stats", fn, None, len(rows), dict(county_code=code, year=2024, resident_admissions=now,
                                                                resident_admissions_outside_county=out_now),
            {}, ["county_code", "year"])
    rows.append(["注：上年同期为2023年数据，增减%=（本期-上年同期）/上年同期×100。", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


# ------------------------------------------------------------------------------------------- 澄州市
WC_M = {"out": [14800, 13150, 16020, 15870, 16240, 15510, 16800, 17050],
        "dis": [1010, 930, 1122, 1098, 1135, 1090, 1160, 1184],
        "sur": [240, 212, 268, 259, 275, 266, 281, 290],
        "ref": [38, 35, 41, 36, 33, 30, 29, 27]}
YOY = ["+3.2", "-1.8", "+5.0", "+2.4", "+4.1", "+0.6", "+3.9", "+2.7"]


def f_wc_monthly_xlsx(path: Path):
    """苇川县人民医院 1—6月: three-row header — each measure (门急诊人次*, 出院人数①, 手术台次, 外转人次（注2）)
    merged over 本月 | 本年累计 | 同比增减%, then a units row (人次 / 人 / 台次 / %); notes under the table.
    本年累计 is the consistent running total (a tool taking it is wrong after January)."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇川县人民医院2024年1—6月主要业务量统计表（{SYN}）"])
    ws.merge_cells("A1:M1")
    ws.append(["月份", "门急诊人次*", None, None, "出院人数①", None, None, "手术台次", None, None, "外转人次（注2）",
               None, None])
    ws.append([None] + ["本月", "本年累计", "同比增减%"] * 4)
    ws.append(["单位", "人次", "人次", "%", "人", "人", "%", "台次", "台次", "%", "人次", "人次", "%"])
    ws.merge_cells("A2:A3")
    for c in ("B2:D2", "E2:G2", "H2:J2", "K2:M2"):
        ws.merge_cells(c)
    cum = {k: running(v) for k, v in WC_M.items()}
    for m in range(1, 7):
        i = m - 1
        vals = [f"{m}月"]
        for k in ("out", "dis", "sur", "ref"):
            vals += [WC_M[k][i], cum[k][i], YOY[(i + len(k)) % 8]]
        ws.append(vals)
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=WC_M["out"][i], discharges=WC_M["dis"][i],
                 surgeries=WC_M["sur"][i], referrals_out=WC_M["ref"][i]), {"recipient_hospital_id": WC}, ["month"])
    ws.append(["注：*含急诊人次；①含死亡人数；注2：外转指转往县域外医疗机构的住院患者。"])
    ws.append(["统计：病案统计科", None, None, None, None, None, "负责人：", None, None, "2024年7月10日"])
    wrap_all(ws)
    wb.save(path)


def f_wc_monthly_xls(path: Path):
    """苇川县人民医院 7月 and 8月 (.xls, one sheet per month): the indicators as rows (指标 | 单位 | 本月 | 本年累计 |
    同比增减%), the month in the title; one record per sheet (a record spanning rows)."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    cum = {k: running(v) for k, v in WC_M.items()}
    labels = [("out", "门急诊人次", "人次", "outpatient_visits"), ("dis", "出院人数", "人", "discharges"),
              ("sur", "手术台次", "台次", "surgeries"), ("ref", "外转人次", "人次", "referrals_out")]
    for m in (7, 8):
        i, sh = m - 1, f"{m}月"
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"苇川县人民医院2024年{m}月业务量月报（{SYN}）")
        for j, h in enumerate(["指标", "单位", "本月", "本年累计", "同比增减%"]):
            ws.write(1, j, h)
        for r, (k, label, unit, _f) in enumerate(labels, 2):
            for j, v in enumerate([label, unit, WC_M[k][i], cum[k][i], YOY[(i + r) % 8]]):
                ws.write(r, j, v)
        ws.write(2 + len(labels), 0, "填报人：统计室")
        row("hospital_monthly_stats", fn, sh, None,
            dict(year=2024, month=m, **{f: WC_M[k][i] for k, _l, _u, f in labels}),
            {"recipient_hospital_id": WC}, ["month"])
    wb.save(str(path))


def f_fdmch_monthly_csv(path: Path):
    """枫渡县妇幼保健院 7—12月 (GBK CSV): each measure over 本月 | 本年累计 (two header rows, the measure written once
    over its two columns); 本年累计 includes January–June (not in this file)."""
    fn = path.name
    base = {"out": 38400, "dis": 2510, "ref": 92, "down": 31}
    mon = {"out": [6620, 6810, 6475, 6390, 6205, 6588], "dis": [432, 451, 418, 409, 397, 440],
           "ref": [14, 12, 16, 11, 13, 15], "down": [6, 4, 5, 7, 3, 5]}
    rows = [[f"枫渡县妇幼保健院2024年7—12月业务量（{SYN}）", "", "", "", "", "", "", "", ""],
            ["月份", "门急诊人次", "", "出院人数", "", "外转人次", "", "下转接收人次", ""],
            ["", "本月", "本年累计", "本月", "本年累计", "本月", "本年累计", "本月", "本年累计"]]
    cum = {k: [base[k] + c for c in running(v)] for k, v in mon.items()}
    for i, m in enumerate(range(7, 13)):
        vals = [f"2024年{m}月"]
        for k in ("out", "dis", "ref", "down"):
            vals += [mon[k][i], cum[k][i]]
        rows.append(vals)
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=mon["out"][i], discharges=mon["dis"][i],
                 referrals_out=mon["ref"][i], referrals_down_received=mon["down"][i]),
            {"recipient_hospital_id": FDMCH}, ["month"])
    rows.append(["报送：统计室", "", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (pandas cannot write merged or sparse headers)."""
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


def f_fd_monthly_ods(path: Path):
    """枫渡县人民医院 1—4月 (.ods): each indicator over 本期 | 上年同期 | 增减% — only 本期 is the month's figure."""
    fn, sh = path.name, "月报"
    now = {"out": [9820, 8770, 10440, 10115], "dis": [702, 655, 748, 731], "sur": [151, 137, 166, 160],
           "ref": [26, 24, 22, 25]}
    prev = {"out": [9410, 9020, 9985, 9870], "dis": [690, 671, 712, 720], "sur": [143, 140, 150, 158],
            "ref": [31, 29, 27, 28]}
    rows = [[f"枫渡县人民医院2024年1—4月业务量统计（{SYN}）"],
            ["月份", "门急诊人次", None, None, "出院人数", None, None, "手术台次", None, None, "外转人次", None, None],
            [None] + ["本期", "上年同期", "增减%"] * 4]
    for i, m in enumerate(range(1, 5)):
        vals = [f"{m}月"]
        for k in ("out", "dis", "sur", "ref"):
            vals += [now[k][i], prev[k][i], f"{(now[k][i] - prev[k][i]) / prev[k][i] * 100:.1f}%"]
        rows.append(vals)
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=now["out"][i], discharges=now["dis"][i],
                 surgeries=now["sur"][i], referrals_out=now["ref"][i]), {"recipient_hospital_id": FD}, ["month"])
    rows.append(["注：上年同期为2023年同月数据。"])
    ods_doc(path, {sh: rows})


def f_wc_trainees_xlsx(path: Path):
    """苇川县人民医院 trainees: three-row header (基本信息 | 进修信息 | 考核结果) with a units row where 进修费用 is in
    万元 (0.3 → 3000 yuan) and 进修天数 in 天; '进修\\n开始日期' with a line break."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇川县人民医院2024年赴支援医院进修人员统计表（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["基本信息", None, None, None, "进修信息", None, None, None, None, "考核结果"])
    ws.merge_cells("A2:D2")
    ws.merge_cells("E2:I2")
    ws.append(["序号", "姓名", "身份证号", "科室", "进修医院", "进修\n开始日期", "进修\n结束日期", "进修天数", "进修费用",
               "是否结业"])
    ws.append(["单位：", None, None, None, None, None, None, "天", "万元", None])
    people = [("mo", "莫听澜", "内科", dt.date(2024, 3, 4), dt.date(2024, 8, 30), 0.3, "是", 3000.0, True),
              ("cheng", "程予安", "急诊科", dt.date(2024, 3, 4), dt.date(2024, 8, 30), 0.25, "是", 2500.0, True),
              ("qiao", "乔念初", "检验科", dt.date(2024, 9, 2), dt.date(2025, 2, 28), 0, "否", 0.0, False)]
    for i, (key, name, dept, s, e, fee, done, feev, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, P1, s, e, (e - s).days + 1, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy年m月d日"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=feev, completed=donev),
            {"recipient_hospital_id": WC, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", None, None, None, None, None, None, None, 0.55, None])
    wrap_all(ws)
    wb.save(path)


def f_st_trainees_csv(path: Path):
    """石滩县人民医院 trainees (GBK CSV): footnote marks in the header ('进修费用（元）*', '是否结业①') and the notes
    under the table."""
    fn = path.name
    rows = [[f"石滩县人民医院2024年外出进修人员（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）*", "是否结业①"]]
    people = [("hua", "华见山", "骨科", "2024-03-11", "2024-09-10", 4000, "是", True),
              ("shi", "时雨眠", "儿科", "2024-04-01", "2024-09-30", 3500, "是", True),
              ("ling", "凌秋水", "妇产科", "2024-10-08", "2025-04-07", 0, "否", False)]
    for key, name, dept, s, e, fee, done, donev in people:
        rows.append([name, use_id(key), dept, CZ, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                                    completed=donev),
            {"recipient_hospital_id": ST, "host_hospital_id": CZ}, ["start_date", "department"], id_number=ID[key])
    rows.append(["注：*含住宿费，由受援医院承担；①截至2024年12月31日。", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_fd_techniques_xlsx(path: Path):
    """枫渡县人民医院 new techniques: header cells with line breaks and footnote marks ('首次开展\\n日期',
    '开展例数\\n（例）', '是否填补\\n县域空白*'), a units row, notes under the table."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫渡县人民医院2024年新技术新项目统计（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "开展\n科室", "首次开展\n日期", "开展例数\n（例）", "是否填补\n县域空白*",
               "支援\n单位"])
    items = [("胸腔镜肺叶切除术", "胸外科", dt.date(2024, 4, 16), 11, "是", True),
             ("无痛胃肠镜", "消化内科", dt.date(2024, 5, 9), 214, "否", False),
             ("经皮椎体成形术", "骨科", dt.date(2024, 9, 23), 6, "是", True)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy/m/d"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": FD, "support_hospital_id": P1}, ["name"])
    ws.append(["注：*以县卫生健康局认定为准。"])
    wrap_all(ws)
    wb.save(path)


def f_cz_activities_xlsx(path: Path):
    """澄州市人民医院 activities: three-row header (活动信息 | 参加情况 merged over the fields, then a units row
    人 / 人次); "约40人" in 参加人数 (→ empty + finding)."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄州市人民医院2024年对口帮扶活动登记表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["活动信息", None, None, None, None, "参加情况", None])
    ws.merge_cells("A2:E2")
    ws.merge_cells("F2:G2")
    ws.append(["序号", "活动\n日期", "受援单位", "活动形式", "主题", "参加人数", "其中：医师"])
    ws.append([None, None, None, None, None, "人", "人"])
    acts = [(dt.date(2024, 3, 15), FDMCH, "学术讲座", "产后出血的早期识别", 36, 20, 36),
            (dt.date(2024, 4, 19), FDMCH, "教学查房", "妊娠期糖尿病查房", "约40人", None, None),
            (dt.date(2024, 5, 10), ST, "技术培训", "心肺复苏培训", 52, 18, 52),
            (dt.date(2024, 6, 14), ST, "义诊", "慢病义诊", 85, 9, 85)]
    for i, (day, rec, typ, topic, n, doc, nv) in enumerate(acts, 1):
        ws.append([i, day, rec, typ, topic, n, doc])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": CZ}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["填表人：医务科", None, None, None, "2025年1月6日"])
    wrap_all(ws)
    wb.save(path)


def f_wc_assessments_xlsx(path: Path):
    """苇川县人民医院 assessments, one sheet per month: three-row header (基本信息 | 派驻信息 | 考核结果 over the
    fields, a units row 分 / 次), '在岗\\n抽查次数'."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = [("lin", "林知远"), ("su", "苏晚晴"), ("yu", "俞若兰")]
    for m, scores in ((5, [95, 90.5, 93]), (6, [96, 88, 94.5])):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"苇川县人民医院派驻人员{m}月考核表（{SYN}）"])
        ws.merge_cells("A1:H1")
        ws.append(["基本信息", None, None, "派驻信息", None, "考核结果", None, None])
        ws.merge_cells("A2:C2")
        ws.merge_cells("D2:E2")
        ws.merge_cells("F2:H2")
        ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "考核\n得分", "在岗\n抽查次数", "在岗\n次数"])
        ws.append([None, None, None, None, None, "分", "次", "次"])
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            present = 3 if (key, m) == ("su", 6) else 4
            # 苏晚晴's ID is written correctly here (the roster has the wrong check digit)
            ws.append([i, name, use_id(key), P1, None, sc, 4, present])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, r,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": WC}, ["month"], id_number=ID[key])
        ws.append(["考核人：院办", None, None, None, None, f"2024年{m + 1}月5日"])
        wrap_all(ws)
    wb.save(path)


def f_fd_assessments_xls(path: Path):
    """枫渡县人民医院 June assessments (.xls): the header split across two rows without merging — 在岗抽查 over
    抽查次数 | 在岗次数; the month in the title."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"枫渡县人民医院2024年6月派驻人员考核（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查"]):
        ws.write(1, j, h)
    ws.write(2, 5, "抽查次数")
    ws.write(2, 6, "在岗次数")
    for i, (key, name, sc, chk, pres) in enumerate([("gu", "顾长庚", 92, 4, 4)], 1):
        r = 2 + i
        for j, v in enumerate([i, name, use_id(key), P1, sc, chk, pres]):
            ws.write(r, j, v)
        row("staff_monthly_assessments", fn, sh, r + 1,
            dict(year=2024, month=6, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": FD}, ["month"], id_number=ID[key])
    ws.write(4, 0, "考核人：医务科")
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澄州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅屿省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_省一院派驻人员统计表2024.xlsx"),
             (f_ptcm_roster_xls, "省直", "SYNTHETIC_省中医院派驻名单2024.xls"),
             (f_county_csv, "省直", "SYNTHETIC_县域住院流向2024（本期与上年同期）.csv"),
             (f_wc_monthly_xlsx, "澄州市", "SYNTHETIC_苇川县人民医院业务量2024年1-6月.xlsx"),
             (f_wc_monthly_xls, "澄州市", "SYNTHETIC_苇川县人民医院业务量月报2024年7-8月.xls"),
             (f_fdmch_monthly_csv, "澄州市", "SYNTHETIC_枫渡县妇幼保健院业务量下半年.csv"),
             (f_fd_monthly_ods, "澄州市", "SYNTHETIC_枫渡县人民医院业务量1-4月.ods"),
             (f_wc_trainees_xlsx, "澄州市", "SYNTHETIC_苇川县人民医院进修人员2024.xlsx"),
             (f_st_trainees_csv, "澄州市", "SYNTHETIC_石滩县人民医院进修人员2024.csv"),
             (f_fd_techniques_xlsx, "澄州市", "SYNTHETIC_枫渡县人民医院新技术2024.xlsx"),
             (f_cz_activities_xlsx, "澄州市", "SYNTHETIC_澄州市人民医院帮扶活动2024.xlsx"),
             (f_wc_assessments_xlsx, "澄州市", "SYNTHETIC_苇川县人民医院派驻人员考核5-6月.xlsx"),
             (f_fd_assessments_xls, "澄州市", "SYNTHETIC_枫渡县人民医院派驻人员考核2024年6月.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""realworld137 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅汀省) for 2024 whose recipients and
supporters are not in counties: urban districts (区), a county-level city (县级市), a banner (旗), a community health
centre (社区卫生服务中心, by its 街道 short name) and a county that became a district in 2023 (撤县设区: 松陂县 → 松陂区,
both names in use). The pairing list in data/raw/reference/ and twelve submissions in folders per place. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澜州市,青禾市,松陂区,城区}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
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


# supporters
PROV, LZ1, LZTCM = "琅汀省人民医院", "澜州市第一人民医院", "澜州市中医院"
# recipients: 县级市 青禾市, districts 松陂区 (撤县设区 2023) and 澜城区, banner 额仁旗, county 芦溪县
QH, QHTCM = "青禾市人民医院", "青禾市中医院"
SP, SPTCM = "松陂区人民医院", "松陂区中医院"
LC, DH = "澜城区人民医院", "澜城区东湖街道社区卫生服务中心"
ER, LX = "额仁旗人民医院", "芦溪县人民医院"
RECIP = {QH: ("二级", "甲等", "综合医院", "青禾市"), QHTCM: ("二级", "甲等", "中医医院", "青禾市"),
         SP: ("二级", "甲等", "综合医院", "松陂区"), SPTCM: ("二级", "乙等", "中医医院", "松陂区"),
         LC: ("二级", "乙等", "综合医院", "澜城区"), DH: ("一级", None, "社区卫生服务中心", "澜城区"),
         ER: ("二级", "甲等", "综合医院", "额仁旗"), LX: ("二级", "甲等", "综合医院", "芦溪县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990212", "19760312", "031"), "su": ("990212", "19800705", "042"), "tang": ("990291", "19870214", "015"),
    "bai": ("990291", "19790930", "026"), "zhou": ("990281", "19860521", "037"), "wu": ("990223", "19770118", "048"),
    "zheng": ("990202", "19880806", "059"), "qian": ("990202", "19850427", "061"), "sun": ("990202", "19900303", "072"),
    "li": ("990202", "19891111", "083"), "jiang": ("990281", "19840620", "094"), "han": ("990281", "19780902", "015"),
    "zhu": ("990212", "19870128", "026"), "he": ("990212", "19910415", "037"), "feng": ("990281", "19920708", "048"),
    "chen": ("990281", "19930219", "059"), "chu": ("990212", "19891005", "061"), "ma": ("990281", "19880112", "072"),
    "gao": ("990281", "19900824", "083"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as "二级甲等", 所在县（市、区） holding 市 / 区 / 旗 / 县 names, 支援期限 for one pairing
    (the others: the title's 2024—2026年), a 备注 saying 松陂区人民医院 was 松陂县人民医院 until 撤县设区."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅汀省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限", "备注"])
    pairs = [(QH, LZ1, dt.date(2024, 1, 5), None, None),
             (QHTCM, LZTCM, dt.date(2024, 1, 9), None, None),
             (SP, PROV, dt.date(2023, 12, 28), None, "原松陂县人民医院，2023年撤县设区后更名"),
             (SPTCM, LZTCM, dt.date(2024, 1, 9), None, None),
             (LC, LZ1, dt.date(2024, 1, 5), None, None),
             (DH, LZ1, dt.date(2024, 1, 5), None, None),
             (ER, PROV, dt.date(2024, 6, 18), "2024年7月1日至2026年12月31日", None),
             (LX, LZ1, dt.date(2024, 1, 5), None, None)]
    for i, (r, s, ag, per, note) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per, note])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 7, 1), d(2026, 12, 31), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，省、市、县（市、区、旗）及医院名称均为虚构。青禾市为县级市，由澜州市代管。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (PROV, LZ1, LZTCM):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_prov_roster(path: Path):
    """省人民医院: 派驻单位 written with the old name (松陂县人民医院, 所在县 松陂县) on one row and the new one on the
    next; 额仁旗人民医院 and 额仁旗医院 (the banner's hospital said short)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅汀省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "所在县（市、区）", "派驻开始日期", "派驻结束日期"])
    people = [("lin", "林照川", "心血管内科", "主任医师", "松陂县人民医院", "松陂县", SP,
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("su", "苏映雪", "普外科", "副主任医师", "松陂区人民医院", "松陂区", SP,
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("tang", "唐嘉禾", "儿科", "主治医师", "额仁旗人民医院", "额仁旗", ER,
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31))),
              ("bai", "柏松年", "麻醉科", "副主任医师", "额仁旗医院", "额仁旗", ER,
               dep("麻醉科", "副主任医师", "副高级", "医疗", d(2024, 7, 1), d(2024, 12, 31)))]
    for i, (key, name, dept, title, written, county, rec, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, written, county,
                   dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (8, 9):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": PROV, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "4人"])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2025年1月8日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 澜州市
def f_lz1_roster_xls(path: Path):
    """市一院 (.xls): recipients in a county-level city, a county, an urban district and a community centre written
    "东湖街道社区卫生服务中心" and "东湖街道"; one row at 西岭街道社区卫生服务中心, in no pairing list (held)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澜州市第一人民医院2024年派驻人员名册（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "派驻单位", "科室", "职称", "派驻时间（起）", "派驻时间（止）"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("zhou", "周启明", QH, "青禾市人民医院", "内科", "主治医师", "2024.01.08", "2024.07.07",
               dep("内科", "主治医师", "中级", "医疗", d(2024, 1, 8), d(2024, 7, 7))),
              ("wu", "吴长庚", LX, "芦溪县人民医院", "外科", "副主任医师", "2024.01.08", "2024.07.07",
               dep("外科", "副主任医师", "副高级", "医疗", d(2024, 1, 8), d(2024, 7, 7))),
              ("zheng", "郑一帆", LC, "澜城区人民医院", "骨科", "主治医师", "2024.03.01", "2024.08.31",
               dep("骨科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("qian", "钱若溪", DH, "东湖街道社区卫生服务中心", "全科医学科", "主治医师", "2024.04.01", "2024.09.30",
               dep("全科医学科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("sun", "孙晓岚", DH, "东湖街道", "全科医学科", "主管护师", "2024.04.01", "2024.09.30",
               dep("全科医学科", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30))),
              ("li", "李望舒", None, "西岭街道社区卫生服务中心", "全科医学科", "主治医师", "2024.04.01", "2024.09.30",
               None)]
    for i, (key, name, rec, written, dept, title, s, e, f) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key), written, dept, title, s, e]):
            ws.write(r, j, v)
        if rec is None:
            quarantine(fn, sh, r + 1, "unresolved_hospital",
                       "西岭街道社区卫生服务中心 is in no pairing list: 澜州市第一人民医院 supports only 东湖 among the 街道 centres")
        else:
            row("deployments", fn, sh, r + 1, f, {"support_hospital_id": LZ1, "recipient_hospital_id": rec},
                ["start_date", "department"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：医务处")
    wb.save(str(path))


def f_lztcm_roster_ods(path: Path):
    """澜州市中医院 (.ods): a 派驻地区 column (青禾市 / 松陂区) beside 派驻单位 written 青禾市中医院, 市中医院 (in 青禾市:
    the county-level city's own, never the sender), 松陂县中医院 (the old county's name) and 区中医院."""
    fn, sh = path.name, "派驻名单"
    rows = [[f"澜州市中医院2024年对口支援派驻人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "派驻地区", "派驻单位", "科室", "职称", "起始日期", "结束日期"]]
    people = [("jiang", "蒋含章", "青禾市", "青禾市中医院", QHTCM, "针灸科", "主治中医师", "2024-02-26", "2024-08-25",
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 2, 26), d(2024, 8, 25))),
              ("han", "韩未央", "青禾市", "市中医院", QHTCM, "骨伤科", "副主任中医师", "2024-02-26", "2024-08-25",
               dep("骨伤科", "副主任中医师", "副高级", "医疗", d(2024, 2, 26), d(2024, 8, 25))),
              ("zhu", "朱砚秋", "松陂区", "松陂县中医院", SPTCM, "脾胃病科", "主治中医师", "2024-03-04", "2024-09-03",
               dep("脾胃病科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("he", "何晴川", "松陂区", "区中医院", SPTCM, "康复科", "主管护师", "2024-03-04", "2024-09-03",
               dep("康复科", "主管护师", "中级", "护理", d(2024, 3, 4), d(2024, 9, 3)))]
    for i, (key, name, area, written, rec, dept, title, s, e, f) in enumerate(people, 1):
        rows.append([i, name, use_id(key), area, written, dept, title, s, e])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": LZTCM, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    rows.append(["填报人：医务科", None, None, None, "联系电话：（略）"])
    ods_doc(path, {sh: rows})


def f_lztcm_trainees_csv(path: Path):
    """澜州市中医院 (host), CSV in GBK: trainees from 青禾市中医院 and 松陂区中医院 (names one 市 apart from the host's)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澜州市中医院2024年接收对口支援单位进修人员登记（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "选送单位", "进修科室", "进修开始日期", "进修结束日期", "进修费用（元）", "是否结业"])
    people = [("feng", "冯知微", QHTCM, "针灸科", "2024-03-01", "2024-08-31", "0", "是", True),
              ("chen", "陈景和", QHTCM, "推拿科", "2024-03-01", "2024-08-31", "0", "是", True),
              ("chu", "褚清扬", SPTCM, "脾胃病科", "2024-09-01", "2025-02-28", "0", "否", False)]
    r = 2
    for key, name, rec, dept, s, e, fee, done, donev in people:
        w.writerow([name, use_id(key), rec, dept, s, e, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                           completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": LZTCM}, ["start_date", "department"],
            id_number=ID[key])
    w.writerow(["合计：3人", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_county_flow(path: Path):
    """澜州市卫健委: 县（市、区） of the prefecture — a district, the converted district written 松陂区（原松陂县）, the
    county-level city, a county — and a 全市合计 line."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜州市各县（市、区）2024年县域住院流向（{SYN}）"])
    ws.merge_cells("A1:D1")
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    data = [("澜城区", "999202", 41250, 3920), ("松陂区（原松陂县）", "999212", 30418, 5730),
            ("青禾市", "999281", 35507, 6114), ("芦溪县", "999223", 22196, 4891)]
    for county, code, tot, out in data:
        ws.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=code, year=2024, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code"])
    ws.append(["全市合计", None, sum(x[2] for x in data), sum(x[3] for x in data)])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 青禾市 (县级市)
def f_qh_monthly(path: Path):
    """青禾市人民医院 (a county-level city's hospital, not the prefecture's): months 1—6, a 合计 row."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾市人民医院2024年1—6月业务量统计表（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [18300 + 240 * m, 1310 + 21 * m, 305 + 6 * m, 52 - 3 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QH}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_qhtcm_monthly_csv(path: Path):
    """青禾市中医院, CSV UTF-8 with BOM: the title says only 市中医院 (as the county-level city says it), the
    填报单位 line names it whole."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"市中医院2024年7—12月主要业务量（{SYN}）", "", "", "", ""])
    w.writerow([f"填报单位：{QHTCM}", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    r = 3
    for m in range(7, 13):
        v = [9400 + 130 * m, 610 + 9 * m, 71 + m, 20 - m // 2]
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QHTCM}, ["month"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_qh_trainees(path: Path):
    """青禾市人民医院's staff out for 进修: host "澜州市一院" (its supporter said short), the full name, and the
    provincial hospital (not its supporter: kept as written); one trainee without an ID number."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾市人民医院2024年外出进修人员登记（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["姓名", "身份证号", "科室", "进修单位", "开始日期", "结束日期", "进修费（元）", "是否结业"])
    people = [("ma", "马千里", "心内科", "澜州市一院", LZ1, dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", 0.0, True),
              ("gao", "高若谷", "急诊科", LZ1, LZ1, dt.date(2024, 3, 1), dt.date(2024, 8, 31), 0, "是", 0.0, True),
              (None, "罗一苇", "影像科", PROV, PROV, dt.date(2024, 9, 1), dt.date(2025, 2, 28), 3000, "否", 3000.0,
               False)]
    for key, name, dept, written, host, s, e, fee, done, feev, donev in people:
        ws.append([name, use_id(key) if key else None, dept, written, s, e, fee, done])
        ws.cell(ws.max_row, 2).number_format = "@"
        for c in (5, 6):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                  fee_charged=feev, completed=donev),
            {"recipient_hospital_id": QH, "host_hospital_id": host}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, ws.max_row, "NAME_ONLY")
    wb.save(path)


# ------------------------------------------------------------------------------------------- 松陂区 (撤县设区 2023)
def f_sp_techniques_ods(path: Path):
    """松陂区人民医院 on last year's template: the title and file name say 松陂县人民医院 (the former name); 支援单位
    "省人民医院" (the province's, said short) and the full name."""
    fn, sh = path.name, "新技术"
    rows = [[f"松陂县人民医院2024年新技术新项目登记表（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援单位"]]
    items = [("冠状动脉造影术", "心血管内科", "2024-04-15", 12, "是", True, "省人民医院"),
             ("腹腔镜胆囊切除术", "普外科", "2024-05-20", 18, "否", False, "省人民医院"),
             ("无创呼吸机辅助通气", "重症医学科", "2024-06-03", 25, "是", True, PROV)]
    for i, (name, dept, day, cases, gap, gapv, sup) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, sup])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": SP, "support_hospital_id": PROV}, ["name"])
    rows.append(["填报人：医务科", None, None, "2025年1月12日"])
    ods_doc(path, {sh: rows})


def f_sp_assessment(path: Path):
    """松陂区人民医院 (the new name): the month in the title, 派出单位 column."""
    fn, sh = path.name, "5月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"松陂区人民医院派驻人员月度考核表（2024年5月）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
    for i, (key, name, score, checks, present) in enumerate((("lin", "林照川", 95, 4, 4), ("su", "苏映雪", 88.5, 4, 3)), 1):
        ws.append([i, name, use_id(key), PROV, score, checks, present])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=5, score=float(score), spot_checks=checks, spot_checks_present=present),
            {"recipient_hospital_id": SP}, ["month"], id_number=ID[key])
    ws.append(["考核人：院办", None, None, "日期：2024年6月3日"])
    wb.save(path)


def f_sp_activities(path: Path):
    """A district's register of both its hospitals' activities: the title names 松陂区; 受援单位 区人民医院 / 区中医院 /
    松陂县中医院 (old name); 支援单位 省人民医院, 澜州市中医院 and 市中医院 (in 松陂区 the 市 is 澜州市)."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"松陂区2024年对口帮扶活动记录（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["日期", "受援单位", "支援单位", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2024, 4, 10), "区人民医院", SP, "省人民医院", PROV, "学术讲座", "胸痛中心建设", 45),
            (dt.date(2024, 5, 16), "区人民医院", SP, "省人民医院", PROV, "教学查房", "急性心梗查房", 18),
            (dt.date(2024, 4, 22), "区中医院", SPTCM, "澜州市中医院", LZTCM, "技术培训", "针刺手法培训", 26),
            (dt.date(2024, 6, 12), "松陂县中医院", SPTCM, "市中医院", LZTCM, "义诊", "中医药进社区义诊", 60)]
    for day, rec_w, rec, sup_w, sup, typ, topic, n in acts:
        ws.append([day, rec_w, sup_w, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": sup}, ["activity_date", "activity_type"])
    ws.append(["填报：松陂区卫生健康局", None, None, "2025年1月10日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 城区 (澜城区)
def f_dh_monthly(path: Path):
    """The community centre by its 街道 name without its district (东湖街道社区卫生服务中心); no surgery column;
    下转接收人次."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"东湖街道社区卫生服务中心2024年1—6月业务量（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "转出人次", "下转接收人次"])
    for m in range(1, 7):
        v = [4100 + 75 * m, 3 + m, 28 + m, 6 + m % 3]
        ws.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=None, referrals_out=v[2],
                 referrals_down_received=v[3]), {"recipient_hospital_id": DH}, ["month"])
    ws.append(["统计：中心办公室"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "澜州市", "青禾市", "松陂区", "城区")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅汀省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_prov_roster, "省直", "SYNTHETIC_省人民医院派驻人员花名册2024.xlsx"),
             (f_lz1_roster_xls, "澜州市", "SYNTHETIC_市一院派驻人员名册2024.xls"),
             (f_lztcm_roster_ods, "澜州市", "SYNTHETIC_澜州市中医院派驻人员名单2024.ods"),
             (f_lztcm_trainees_csv, "澜州市", "SYNTHETIC_澜州市中医院接收进修人员登记2024.csv"),
             (f_county_flow, "澜州市", "SYNTHETIC_澜州市各县（市、区）县域住院流向2024.xlsx"),
             (f_qh_monthly, "青禾市", "SYNTHETIC_青禾市人民医院2024年1-6月业务量统计.xlsx"),
             (f_qhtcm_monthly_csv, "青禾市", "SYNTHETIC_市中医院月报7-12月.csv"),
             (f_qh_trainees, "青禾市", "SYNTHETIC_青禾市人民医院外出进修人员2024.xlsx"),
             (f_sp_techniques_ods, "松陂区", "SYNTHETIC_松陂县人民医院新技术新项目2024.ods"),
             (f_sp_assessment, "松陂区", "SYNTHETIC_松陂区人民医院派驻人员考核2024年5月.xlsx"),
             (f_sp_activities, "松陂区", "SYNTHETIC_松陂区帮扶活动记录2024.xlsx"),
             (f_dh_monthly, "城区", "SYNTHETIC_东湖街道社区卫生服务中心月报2024上半年.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

"""realworld67 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜岫省) for 2024 whose files are full of
numbers that look like ID numbers but are not (统一社会信用代码, 组织机构代码, 15-digit 医师执业证书编码 and
资格证书编号, 11-digit mobile numbers, 16–19 digit bank card numbers, 工号) beside real (invented) ID numbers in
18-digit, 15-digit and x spellings, and 住院号 / 病案号 written inside activity topics and technique remarks.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁川市}/…, OUT/truth.json

Every hospital, county, person and number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit, 15-digit and lower-case-x spellings are spellings of valid ones). Written without
reading the tool's parser.
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


def check(body: str) -> str:
    return "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def idn(region: str, birth: str, seq: str) -> str:
    return region + birth + seq + check(region + birth + seq)


def idn_x(region: str, birth: str) -> str:
    """The first sequence number from 101 up whose check character is X."""
    seq = next(f"{s:03d}" for s in range(101, 999) if check(region + birth + f"{s:03d}") == "X")
    return idn(region, birth, seq)


P1, PTCM, JC1 = "澜岫省人民医院", "澜岫省中医院", "霁川市第一人民医院"
WX, WXTCM, LP, LPMCH, TW = "苇溪县人民医院", "苇溪县中医医院", "岚蒲县人民医院", "岚蒲县妇幼保健院", "棠坞县人民医院"
RECIP = {WX: ("二级", "甲等", "综合医院", "苇溪县", "二级甲等"), WXTCM: ("二级", "乙等", "中医医院", "苇溪县", "二级乙等"),
         LP: ("二级", "甲等", "综合医院", "岚蒲县", "二级甲等"), LPMCH: ("二级", None, "妇幼保健院", "岚蒲县", "二级"),
         TW: ("二级", "乙等", "综合医院", "棠坞县", "二级乙等")}
# 统一社会信用代码 (18 characters, letters inside; one all digits but for its last character) and 组织机构代码
CREDIT = {P1: "12990000MB0A37215K", PTCM: "12990000MB0A4418XR", JC1: "129901004561238807",
          WX: "12990211MB1C05273Q", WXTCM: "12990211MB1C0631XH", LP: "12990212MB1D20745N",
          LPMCH: "12990212MB1D2113XU", TW: "12990213MB1E30966W"}
ORGCODE = {P1: "45601872-3", PTCM: "45601903-X", JC1: "45612238-8"}

ID = {k: idn(*v) for k, v in {
    "lin": ("990201", "19740312", "031"), "gu": ("990211", "19790826", "052"), "ye": ("990212", "19850414", "046"),
    "qian": ("990301", "19760905", "017"), "zhou": ("990302", "19880117", "024"), "meng": ("990301", "19830630", "063"),
    "cheng": ("990101", "19810422", "035"), "lu": ("990102", "19720819", "071"),
    "shao": ("990211", "19910308", "012"), "han": ("990211", "19930516", "028"),
    "bo": ("990212", "19901127", "033"), "rong": ("990212", "19940702", "045"),
    "xie": ("990213", "19890221", "056"), "kang": ("990213", "19770610", "037"),
    "luo": ("990310", "19860919", "048"), "jin": ("990311", "19920403", "019"),
}.items()}
ID |= {"su": idn_x("990201", "19800714"), "wen": idn_x("990102", "19870325"), "fang": idn_x("990211", "19950611")}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": [], "record_numbers": [], "other_personal_numbers": []}
spell = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def fifteen(key):
    i = ID[key]
    return i[:6] + i[8:17]


def wrong_check(key):
    i = ID[key]
    return i[:17] + ("0" if i[17] != "0" else "1")


def record(number, written):
    """A 住院号 / 病案号 planted in a cell: its digits must reach no table, output or written file."""
    truth["record_numbers"].append({"digits": number, "written": written})
    return written


def personal(number):
    truth["other_personal_numbers"].append(number)
    return number


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (every value text unless a number)."""
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


def csv_bytes(rows, encoding):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    return (("\ufeff" + text) if encoding == "utf-8-sig" else text).encode("utf-8" if encoding == "utf-8-sig"
                                                                          else encoding)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 with both hospitals' 统一社会信用代码 and the support hospital's 组织机构代码; 等级 "二级甲等" in one
    cell; 协议签订日期 as dates; 支援期限 for one pairing, blank for four (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜岫省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "受援医院", "受援医院统一社会信用代码", "等级", "类别", "所在县", "支援医院",
               "支援医院统一社会信用代码", "支援医院组织机构代码", "协议签订日期", "支援期限"])
    pairs = [(P1, WX, dt.date(2023, 12, 18), None), (PTCM, WXTCM, dt.date(2023, 12, 18), None),
             (P1, LP, dt.date(2024, 1, 9), "2024年3月1日至2027年2月28日"),
             (JC1, LPMCH, dt.date(2023, 12, 26), None), (JC1, TW, dt.date(2023, 12, 26), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county, written = RECIP[r]
        ws.append([i, r, CREDIT[r], written, cat, county, s, CREDIT[s], ORGCODE[s], ag, per])
        ws.cell(ws.max_row, 10).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称、代码均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county, _) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, JC1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院 roster: 工号 (leading zeros), 身份证号 (18-digit; lower-case x; 15-digit; wrong check digit; blank),
    医师执业证书编码 (15 digits, beside a blank ID: not an ID), 手机号码 (a number cell), dates as date cells."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜岫省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:M1")
    ws.append(["序号", "工号", "姓名", "性别", "身份证号", "医师执业证书编码", "手机号码", "科室", "职称", "派驻医院",
               "派驻开始日期", "派驻结束日期", "备注"])
    people = [
        ("lin", "林映川", "男", use_id("lin"), "110990000123457", 13907710421, "心血管内科", "主任医师", WX,
         dt.date(2024, 3, 1), dt.date(2024, 8, 31), dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1),
                                                        d(2024, 8, 31)), ID["lin"], None),
        ("su", "苏暮雨", "女", use_id("su", ID["su"][:17] + "x"), "110990000134682", 15807712209, "呼吸内科",
         "副主任医师", WX, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
         dep("呼吸内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["su"], None),
        ("gu", "顾南星", "男", use_id("gu", fifteen("gu")), "210990000145906", 18677130065, "普外科", "主治医师", LP,
         dt.date(2024, 4, 1), dt.date(2024, 9, 30), dep("普外科", "主治医师", "中级", "医疗", d(2024, 4, 1),
                                                       d(2024, 9, 30)), ID["gu"], "ID_15_DIGIT"),
        ("ye", "叶清和", "女", use_id("ye", wrong_check("ye")), None, 13977150318, "护理部", "主管护师", LP,
         dt.date(2024, 4, 1), dt.date(2024, 9, 30), dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1),
                                                       d(2024, 9, 30)), wrong_check("ye"), "ID_CHECK_DIGIT"),
        (None, "唐知秋", "女", None, "210990000152274", 17707719936, "麻醉科", "主治医师", WX, dt.date(2024, 7, 1),
         dt.date(2024, 12, 31), dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), None,
         "NAME_ONLY"),
    ]
    for i, (key, name, sex, idt, lic, mob, dept, title, rec, s, e, f, tid, fnd) in enumerate(people, 1):
        personal(str(mob))
        ws.append([i, f"{i * 37 + 100:06d}", name, sex, idt, lic, mob, dept, title, rec, s, e,
                   "证书编码待核" if key is None else None])
        r = ws.max_row
        for c in (2, 5, 6):
            ws.cell(r, c).number_format = "@"
        for c in (11, 12):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if fnd:
            finding(fn, sh, r, fnd)
    ws.append(["合计", None, "5人"])
    ws.append(["制表：医务部", None, None, None, None, None, None, "联系电话：0771-5302118"])
    wb.save(path)


def f_ptcm_ods(path: Path):
    """省中医院 (.ods): 身份证号 beside two 15-digit certificate numbers (资格证书编号, 医师执业证书编码) — one person's ID
    is the legacy 15-digit one, so a 15-digit number in the ID column is an ID and in the certificate columns not;
    another's ID ends in X; 组织机构代码 of the sending hospital on every row."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"澜岫省中医院派驻苇溪县中医医院人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "资格证书编号", "医师执业证书编码", "派出单位组织机构代码", "科室", "职称",
             "派驻开始", "派驻结束"]]
    people = [("cheng", "程砚秋", use_id("cheng"), "199945110001234", "141990000213578", "针灸科", "主治中医师",
               dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), None),
              ("lu", "陆拾遗", use_id("lu", fifteen("lu")), "199845110004417", "141990000209931", "推拿科",
               "副主任中医师", dep("推拿科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)),
               "ID_15_DIGIT"),
              ("wen", "温如玉", use_id("wen"), "200945230007782", None, "中药房", "主管中药师",
               dep("中药房", "主管中药师", "中级", "药学", d(2024, 3, 1), d(2024, 8, 31)), None)]
    for i, (key, name, idt, qual, lic, dept, title, f, fnd) in enumerate(people, 1):
        rows.append([i, name, idt, qual, lic, ORGCODE[PTCM], dept, title, "2024-03-01", "2024-08-31"])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": PTCM, "recipient_hospital_id": WXTCM},
            ["department"], id_number=ID[key])
        if fnd:
            finding(fn, sh, len(rows), fnd)
    rows.append(["填报人：人事处", None, None, None, None, None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


def f_p1_trainees_csv(path: Path):
    """省人民医院 receiving trainees from 苇溪县人民医院: CSV UTF-8 with BOM; 联系电话 11 digits; one ID with
    lower-case x; 进修费(元) 3000 / 0; 是否结业 是 / 否."""
    fn = path.name
    rows = [[f"澜岫省人民医院2024年接收进修人员登记表（{SYN}）", "", "", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "联系电话", "选送单位", "进修科室", "进修开始", "进修结束", "进修费(元)", "是否结业"]]
    people = [("shao", "邵临风", use_id("shao"), "13807714452", "心内科", "2024-03-01", "2024-08-31", "3000", "是",
               3000.0, True),
              ("han", "韩语冰", use_id("han"), "15177120738", "检验科", "2024-03-01", "2024-08-31", "0", "是", 0.0, True),
              ("fang", "方砚辞", use_id("fang", ID["fang"][:17] + "x"), "18278035511", "急诊科", "2024-09-01",
               "2025-02-28", "3000", "否", 3000.0, False)]
    for i, (key, name, idt, mob, dept, s, e, fee, done, feev, donev) in enumerate(people, 1):
        personal(mob)
        rows.append([str(i), name, idt, mob, WX, dept, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": WX, "host_hospital_id": P1}, ["department"], id_number=ID[key])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


def f_ptcm_techniques_csv(path: Path):
    """苇溪县中医医院's new techniques brought by 省中医院: CSV UTF-8 without BOM; 备注 naming a 住院号 in
    full-width digits."""
    fn = path.name
    rows = [[f"苇溪县中医医院2024年新技术新项目（帮扶单位：澜岫省中医院）{SYN}", "", "", "", "", ""],
            ["项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "备注"]]
    items = [("浮针疗法治疗颈肩痛", "推拿科", "2024-04-10", "46", "是", "", 46, True),
             ("穴位埋线治疗单纯性肥胖", "针灸科", "2024-05-20", "23", "否",
              record("8804127", "首例为本院住院号：８８０４１２７患者，疗效满意"), 23, False)]
    for name, dept, day, cases, gap, note, casesv, gapv in items:
        rows.append([name, dept, day, cases, gap, note])
        row("techniques", fn, None, len(rows), dict(name=name, department=dept, first_performed_date=day,
                                                     cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": WXTCM, "support_hospital_id": PTCM}, ["name"])
    path.write_bytes(csv_bytes(rows, "utf-8"))


# ------------------------------------------------------------------------------------------- 霁川市
def f_jc1_roster_bank_xls(path: Path):
    """市一院 (.xls): the dispatched staff's 补助发放 list for 棠坞县人民医院 — 开户银行 and 银行卡号 (19 and 16
    digits, as text) before the 身份证号码; the sending hospital's 18-digit, all-digit 统一社会信用代码 in its own
    column (not anyone's ID); 派驻时间 as two text dates."""
    fn, sh = path.name, "补助发放"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁川市第一人民医院派驻棠坞县人民医院人员生活补助发放表（{SYN}）")
    hdr = ["序号", "姓名", "开户银行", "银行卡号", "身份证号码", "派出单位统一社会信用代码", "科室", "职称", "派驻开始",
           "派驻结束"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("qian", "钱以安", "6217002990012345678", "骨科", "副主任医师",
               dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("zhou", "周念慈", "6222029901234567", "儿科", "主治医师",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("meng", "孟远舟", "6230520990008812345", "检验科", "主管技师",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 3, 1), d(2024, 8, 31)))]
    for i, (key, name, card, dept, title, f) in enumerate(people, 1):
        personal(card)
        r = 1 + i
        for j, v in enumerate([i, name, "中国建设银行霁川分行", card, use_id(key), CREDIT[JC1], dept, title,
                               "2024-03-01", "2024-08-31"]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": JC1, "recipient_hospital_id": TW},
            ["department"], id_number=ID[key])
    ws.write(2 + len(people), 0, "经办人：财务科")
    wb.save(str(path))


def f_lpmch_receiving_ods(path: Path):
    """岚蒲县妇幼保健院 (.ods) reporting the staff it received from 市一院: 工号 at the sending hospital, 手机,
    身份证号 (18-digit), 执业证书编码 (15 digits)."""
    fn, sh = path.name, "接收派驻人员"
    rows = [[f"岚蒲县妇幼保健院接收对口支援派驻人员登记（{SYN}）"],
            ["序号", "姓名", "派出单位", "派出单位工号", "身份证号", "执业证书编码", "手机", "科室", "职称", "到岗日期",
             "离岗日期"]]
    people = [("luo", "罗晚晴", "JC-0417", "110990000311208", "13317718802", "产科", "副主任医师",
               dep("产科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5))),
              ("jin", "金书白", "JC-0522", "110990000327714", "13617713390", "儿科", "主治医师",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 5, 6), d(2024, 11, 5)))]
    for i, (key, name, staff_no, lic, mob, dept, title, f) in enumerate(people, 1):
        personal(mob)
        rows.append([i, name, JC1, staff_no, use_id(key), lic, mob, dept, title, "2024年5月6日", "2024年11月5日"])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": JC1, "recipient_hospital_id": LPMCH},
            ["department"], id_number=ID[key])
    ods_doc(path, {sh: rows})


def f_lp_trainees_gbk(path: Path):
    """岚蒲县人民医院's trainees at 省人民医院: CSV in GBK; 工号 and 医师资格证书编号 (15 digits); dates
    "2024年3月1日"; fee "3000元"."""
    fn = path.name
    rows = [[f"岚蒲县人民医院2024年赴上级医院进修人员（{SYN}）", "", "", "", "", "", "", "", "", ""],
            ["工号", "姓名", "身份证号", "资格证书编号", "进修医院", "进修科室", "开始日期", "结束日期", "费用", "结业情况"]]
    people = [("bo", "柏寒舟", "LP1032", "201145120003318", "骨科", "2024年3月1日", "2024年8月31日", "3000元", "已结业",
               d(2024, 3, 1), d(2024, 8, 31), 3000.0, True),
              ("rong", "容静姝", "LP1077", "201645120011092", "麻醉科", "2024年9月1日", "2025年2月28日", "3000元", "未结业",
               d(2024, 9, 1), d(2025, 2, 28), 3000.0, False)]
    for key_no, name, staff, qual, dept, s, e, fee, done, sv, ev, feev, donev in people:
        rows.append([staff, name, use_id(key_no), qual, P1, dept, s, e, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=sv, end_date=ev, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": LP, "host_hospital_id": P1}, ["department"], id_number=ID[key_no])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_tw_trainees_xlsx(path: Path):
    """棠坞县人民医院's trainees at 市一院 (.xlsx): one 15-digit ID, one trainee without an ID (but with a 15-digit
    执业证书编码 and an 11-digit 手机), one 18-digit ID; 银行卡号 for the fee refund."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"棠坞县人民医院2024年进修人员名单（{SYN}）"])
    ws.append(["姓名", "身份证号", "执业证书编码", "手机号", "报销银行卡号", "进修单位", "进修科室", "进修时间起", "进修时间止",
               "进修费（元）", "是否结业"])
    people = [("xie", "谢听澜", use_id("xie", fifteen("xie")), "110990000401173", "13877156604", "6212262990004471",
               "心内科", 3000, "是", ID["xie"], "ID_15_DIGIT"),
              ("kang", "康望舒", use_id("kang"), "110990000405529", "13977183317", "6217852990003360145",
               "普外科", 3000, "是", ID["kang"], None),
              (None, "佘映雪", None, "220990000419986", "18977102243", None, "护理部", 0, "是", None, "NAME_ONLY")]
    for name_key, name, idt, lic, mob, card, dept, fee, done, tid, fnd in people:
        personal(mob)
        if card:
            personal(card)
        ws.append([name, idt, lic, mob, card, JC1, dept, dt.date(2024, 3, 4), dt.date(2024, 9, 3), fee, done])
        r = ws.max_row
        for c in (2, 3, 4, 5):
            ws.cell(r, c).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=d(2024, 3, 4), end_date=d(2024, 9, 3),
                                         fee_charged=float(fee), completed=True),
            {"recipient_hospital_id": TW, "host_hospital_id": JC1}, ["department"], id_number=tid)
        if fnd:
            finding(fn, sh, r, fnd)
    wb.save(path)


def f_wx_techniques_xlsx(path: Path):
    """苇溪县人民医院's new techniques (.xlsx) with a 备注 naming the first patient's 住院号."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇溪县人民医院2024年新技术新业务开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白", "帮扶单位", "备注"])
    items = [("冠状动脉造影术", "心血管内科", dt.date(2024, 4, 16), 31, "是",
              record("1100452873", "首例患者住院号1100452873，术后恢复良好"), 31, True),
             ("经支气管镜肺活检术", "呼吸内科", dt.date(2024, 6, 3), 12, "是", "在省人民医院专家指导下开展", 12, True),
             ("无痛胃肠镜检查", "麻醉科", dt.date(2024, 8, 20), 208, "否", None, 208, False)]
    for i, (name, dept, day, cases, gap, note, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, P1, note])
        ws.cell(ws.max_row, 4).number_format = "yyyy年m月d日"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": WX, "support_hospital_id": P1}, ["name"])
    wb.save(path)


def f_lpmch_techniques_ods(path: Path):
    """岚蒲县妇幼保健院's new techniques (.ods) with a 病案号 in the remark."""
    fn, sh = path.name, "新技术"
    rows = [[f"岚蒲县妇幼保健院新技术新项目（2024年）{SYN}"],
            ["项目名称", "科室", "开展时间", "例数", "填补县域空白", "支援医院", "备注"]]
    items = [("宫腔镜下子宫内膜息肉切除术", "妇科", "2024-06-12", 14, "是",
              record("0007315592", "病案号0007315592等14例"), 14, True),
             ("新生儿经皮胆红素监测", "儿科", "2024-07-01", 96, "否", None, 96, False)]
    for name, dept, day, cases, gap, note, casesv, gapv in items:
        rows.append([name, dept, day, cases, gap, JC1, note])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day,
                                                   cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": LPMCH, "support_hospital_id": JC1}, ["name"])
    ods_doc(path, {sh: rows})


def f_jc1_activities_xlsx(path: Path):
    """市一院's activity register (.xlsx), one sheet per recipient: topics naming a 住院号 and a 病案号, 主讲人 with a
    手机 and 工号; one 参加人数 "约40人" (→ empty + finding)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sheets = {"岚蒲妇幼": (LPMCH, [(dt.date(2024, 5, 14), "疑难病例讨论",
                                    record("20240315007", "疑难病例讨论（住院号20240315007）"), 18, 18),
                                   (dt.date(2024, 6, 5), "学术讲座", "产后出血的早期识别与处理", "约40人", None),
                                   (dt.date(2024, 7, 9), "死亡病例讨论",
                                    record("00387215", "死亡病例讨论（病案号：00387215）"), 22, 22)]),
              "棠坞": (TW, [(dt.date(2024, 4, 23), "教学查房", "骨折术后康复查房", 15, 15),
                            (dt.date(2024, 9, 10), "技术培训", "心肺复苏技术培训", 60, 60)])}
    for n, (sh, (rec, acts)) in enumerate(sheets.items()):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = sh
        ws.append([f"霁川市第一人民医院对口帮扶活动登记表（受援单位：{rec}）{SYN}"])
        ws.append(["活动日期", "活动形式", "主题", "主讲人", "主讲人工号", "主讲人手机", "参加人数"])
        for k, (day, typ, topic, n_written, nv) in enumerate(acts):
            mob = f"1390771{5100 + 7 * k + 31 * n:04d}"
            personal(mob)
            ws.append([day, typ, topic, "某主任", f"0{2210 + k}", mob, n_written])
            ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
            ws.cell(ws.max_row, 5).number_format = "@"
            row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ,
                                                       participants=nv),
                {"recipient_hospital_id": rec, "support_hospital_id": JC1}, ["activity_date"])
            if nv is None:
                finding(fn, sh, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_lp_activities_xls(path: Path):
    """岚蒲县人民医院's record of 省人民医院's teaching (.xls): a 住院号 written with spaces inside a topic; the
    lecturer's 医师执业证书编码 (15 digits) in its own column."""
    fn, sh = path.name, "带教培训"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"岚蒲县人民医院2024年上级医院带教培训活动记录（支援单位：澜岫省人民医院）{SYN}")
    for j, h in enumerate(["日期", "类型", "内容", "带教专家", "专家执业证书编码", "参加人数"]):
        ws.write(1, j, h)
    acts = [("2024-05-08", "教学查房", record("3306721519", "教学查房（3床，住院号 3306 7215 19）"), "顾南星",
             "210990000145906", 12),
            ("2024-05-22", "手术示教", "腹腔镜胆囊切除术示教", "顾南星", "210990000145906", 8),
            ("2024-06-19", "学术讲座", "围手术期护理要点", "叶清和", "", 45)]
    for i, (day, typ, topic, who, lic, n) in enumerate(acts):
        for j, v in enumerate([day, typ, topic, who, lic, n]):
            ws.write(2 + i, j, v)
        row("activities", fn, sh, 3 + i, dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": LP, "support_hospital_id": P1}, ["activity_date"])
    ws.write(2 + len(acts), 0, "记录人：医务科")
    wb.save(str(path))


def f_wxtcm_activities_gbk(path: Path):
    """苇溪县中医医院's activity list (CSV in GBK): a 病案号 with a colon inside a topic."""
    fn = path.name
    rows = [[f"苇溪县中医医院2024年对口支援带教活动（{SYN}）", "", "", "", ""],
            ["支援单位", "时间", "活动类别", "活动内容", "参加人数"]]
    acts = [("2024-04-17", "疑难病例讨论", record("6610948", "疑难病例讨论：顽固性面瘫（病案号：6610948）"), "16",
             16),
            ("2024-10-09", "义诊", "重阳节中医义诊", "120", 120)]
    for day, typ, topic, n, nv in acts:
        rows.append([PTCM, day, typ, topic, n])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": WXTCM, "support_hospital_id": PTCM}, ["activity_date"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "霁川市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜岫省对口支援关系表（2024—2026年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_澜岫省对口支援关系表（2024—2026年）.xlsx"
    files = [(f_p1_roster, "省直", "SYNTHETIC_省人民医院派驻人员花名册2024.xlsx"),
             (f_ptcm_ods, "省直", "SYNTHETIC_省中医院派驻人员名单.ods"),
             (f_p1_trainees_csv, "省直", "SYNTHETIC_省人民医院接收进修人员2024.csv"),
             (f_ptcm_techniques_csv, "省直", "SYNTHETIC_苇溪县中医医院新技术2024.csv"),
             (f_wxtcm_activities_gbk, "省直", "SYNTHETIC_苇溪县中医医院带教活动2024.csv"),
             (f_jc1_roster_bank_xls, "霁川市", "SYNTHETIC_市一院派驻人员补助发放表.xls"),
             (f_lpmch_receiving_ods, "霁川市", "SYNTHETIC_岚蒲县妇幼保健院接收派驻人员.ods"),
             (f_lp_trainees_gbk, "霁川市", "SYNTHETIC_岚蒲县人民医院进修人员2024.csv"),
             (f_tw_trainees_xlsx, "霁川市", "SYNTHETIC_棠坞县人民医院进修人员2024.xlsx"),
             (f_wx_techniques_xlsx, "霁川市", "SYNTHETIC_苇溪县人民医院新技术2024.xlsx"),
             (f_lpmch_techniques_ods, "霁川市", "SYNTHETIC_岚蒲县妇幼保健院新技术2024.ods"),
             (f_jc1_activities_xlsx, "霁川市", "SYNTHETIC_市一院帮扶活动登记2024.xlsx"),
             (f_lp_activities_xls, "霁川市", "SYNTHETIC_岚蒲县人民医院带教培训记录.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

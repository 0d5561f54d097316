"""realworld71 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024, every file having
gone through many hands: Excel error values where a formula broke (#N/A, #REF!, #DIV/0!, #VALUE!), formulas with
cached values, line breaks inside cells, full-width digits and punctuation, leading apostrophes and spaces, numbers
stored as text with thousands separators, placeholder cells ('/', '-', '——', '无', 'N/A', '空'), strike-through and
red text, trailing empty columns with a stray 备注 far right, a WPS-style export with a blank first row and column.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,檀溪市,鹤汀市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit, 15-digit, full-width, apostrophe and padded spellings are spellings of valid
ones, listed in truth.json). Written without reading the tool's parser.

Cached formula values: openpyxl writes a formula with an empty <v/>, and xlwt writes none, so the .xlsx files
are written with openpyxl and then the sheet XML is patched (``patch_cached``) to hold the value Excel would have
cached (t="e" for an error such as #DIV/0!), and the .ods files are written with odfpy carrying
table:formula together with office:value, as LibreOffice saves them. Error cells in the .xls files are BOOLERR
error records written with xlwt's ``Row.set_cell_error`` (by numeric code: xlwt's own map spells #VALUE! wrongly).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Font

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FW = str.maketrans("0123456789.-:()", "０１２３４５６７８９．－：（）")   # half width → full width
XLS_ERR = {"#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0F, "#REF!": 0x17, "#NAME?": 0x1D, "#NUM!": 0x24,
           "#N/A": 0x2A}


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def fw(s: str) -> str:
    return s.translate(FW)


PROV = "霁川省"
P1, PTCM, TX = "霁川省人民医院", "霁川省中医院", "檀溪市中心医院"
QW, QWT, YH, YHM, WT = "栖梧县人民医院", "栖梧县中医医院", "砚湖县人民医院", "砚湖县妇幼保健院", "苇塘县人民医院"
RECIP = {QW: ("二级", "甲等", "综合医院", "栖梧县"), QWT: ("二级", "乙等", "中医医院", "栖梧县"),
         YH: ("二级", "甲等", "综合医院", "砚湖县"), YHM: ("二级", None, "妇幼保健院", "砚湖县"),
         WT: ("二级", "乙等", "综合医院", "苇塘县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990101", "19710412", "035"), "han": ("990102", "19790823", "041"), "cheng": ("990101", "19850217", "013"),
    "ge": ("990103", "19870530", "026"), "shan": ("990102", "19760914", "048"), "gu": ("990101", "19810126", "057"),
    "zou": ("990111", "19860302", "034"), "wen": ("990112", "19900711", "022"),
    "lan": ("990201", "19770919", "046"), "fu": ("990201", "19891104", "019"), "wu": ("990202", "19880228", "033"),
    "luo": ("990301", "19920613", "025"), "yue": ("990302", "19940120", "037"), "fei": ("990301", "19910805", "052"),
    "zhongli": ("990303", "19951017", "064"), "bao": ("990311", "19930327", "018"), "xun": ("990312", "19900902", "071"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [],
         # the contract: paid_by_recipient "0 or NULL when none"; a fee written 无 / — / N/A is none, 0 or NULL
         "field_rules": {"paid_by_recipient": "zero_or_null", "fee_charged": "zero_or_null"}}
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


def quarantine(file, sheet, r, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": "missing_required", "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def patch_cached(path: Path, cached: dict):
    """cached: {(sheet xml name, cell ref): value} — give openpyxl's empty <v/> of a formula cell the value Excel
    caches: a number, or an error (#DIV/0!, #N/A, #REF!, #VALUE!) with t="e"."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    for (sheet, ref), val in cached.items():
        name = f"xl/worksheets/{sheet}.xml"
        xml = parts[name].decode("utf-8")
        pat = re.compile(r'<c r="' + ref + r'"((?: s="\d+")?)><f>(.*?)</f><v\s*/>')
        if isinstance(val, str):
            new = r'<c r="' + ref + r'"\1 t="e"><f>\2</f><v>' + val + "</v>"
        else:
            new = r'<c r="' + ref + r'"\1><f>\2</f><v>' + f"{val:g}" + "</v>"
        xml, n = pat.subn(new, xml)
        assert n == 1, (path.name, ref)
        parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(zipfile.ZipInfo(n, date_time=(2025, 1, 6, 9, 0, 0)), data)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy. A value ("=of:…", cached) is a formula cell
    with its cached value (a number, or an error text such as "#VALUE!"), as LibreOffice saves it."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, tuple):
                    formula, cached = v
                    if isinstance(cached, str):
                        c = TableCell(formula=formula, valuetype="string", stringvalue="")
                        c.addElement(P(text=cached))
                    else:
                        c = TableCell(formula=formula, valuetype="float", value=cached)
                        c.addElement(P(text=f"{cached:g}"))
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    for i, line in enumerate(v.split("\n")):   # a line break in a cell: one text:p per line
                        c.addElement(P(text=line))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def csv_bytes(rows, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue()
    return ("\ufeff" + data).encode("utf-8") if encoding == "utf-8-sig" else data.encode(encoding)


WRAP = Alignment(wrap_text=True, vertical="center")
STRIKE_RED = Font(strike=True, color="FFFF0000")
RED = Font(color="FFFF0000")


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first; header '协议签订\\n日期'; 协议签订日期 as a date cell, full width "２０２３．１２．０８", "2024年1月16日",
    a leading apostrophe "'2023-12-20"; 支援期限 "2024-03-01\\n至\\n2027-02-28" for one pairing, '/' or blank (→ the
    title's 2024—2026年) for the others; 等次 '/' for the 妇幼保健院; a recipient written with spaces around it; four
    empty columns, then a stray 备注 far right."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：{PROV}城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "支援医院", "协议签订\n日期", "支援期限",
               None, None, None, None, "备注"])
    pairs = [(P1, QW, dt.date(2023, 12, 8), "2023-12-08", None, None),
             (PTCM, QWT, fw("2023.12.08"), "2023-12-08", "/", None),
             (P1, YH, "2024年1月16日", "2024-01-16", "2024-03-01\n至\n2027-02-28", (d(2024, 3, 1), d(2027, 2, 28))),
             (TX, YHM, "'2023-12-20", "2023-12-20", None, None),
             (TX, WT, dt.date(2023, 12, 20), "2023-12-20", None, None)]
    for i, (s, r, agt, ag, per, span) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, f"  {r} " if r == WT else r, level, grade if grade or r != YHM else "/", cat, county, s, agt,
                   per])
        if isinstance(agt, dt.date):
            ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        if span:
            start, end, src = span[0], span[1], "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag, "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    for r in ws.iter_rows(min_row=2):
        for c in r:
            c.alignment = WRAP
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, TX):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院 roster: names with a line break ('许\\n知行'), header '起止\\n时间' with '2024-03-01\\n至\\n2024-08-31',
    an ID with a leading apostrophe typed as text, a department padded with spaces, a title '（副主任医师）', a
    full-width period, placeholders in 挂职职务 and 报酬 ('/', '——', '无', 'N/A'), '1,200' as text; a row struck
    through in red with 备注 '已删除' (not data); an end date in red (a correction: data); a wrong check digit and
    a 15-digit ID; 合计 and 制表 rows."""
    fn, sh = path.name, "派驻名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{P1}2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "起止\n时间", "挂职职务", "受援单位支付报酬（元）", "备注"])
    g = ID["ge"]
    wrong = g[:17] + ("0" if g[17] != "0" else "1")
    s = ID["shan"]
    fifteen = s[:6] + s[8:14] + s[14:17]
    people = [  # key, name, id as written, dept, title, recipient, period, post, paid, fields, truth id, style
        ("xu", "许\n知行", "'" + ID["xu"], " 心血管内科 ", "主任医师", QW, "2024-03-01\n至\n2024-08-31", "副院长", "无",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient="副院长",
             paid_by_recipient=None), ID["xu"], None),
        ("han", "韩\n素问", None, "普外科", "（副主任医师）", YH, fw("2024.03.01") + "—" + fw("2024.08.31"), "/", "1,200",
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient=None,
             paid_by_recipient=1200.0), ID["han"], None),
        ("cheng", "程远舟", None, "骨科", "主治医师", QW, "2024-03-01\n至\n2024-08-31", "科主任", "0", None, None,
         "struck"),
        ("ge", "葛青禾", wrong, "麻醉科", "主治医师", QW, "2024-03-01\n至\n2024-09-30", "——", "N/A",
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 9, 30), position_at_recipient=None,
             paid_by_recipient=None), wrong, "red"),
        ("shan", "单知微", fifteen, "护理部", "主管护师", YH, " 2024.03.01-2024.08.31 ", "无", " 800 ",
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient=None,
             paid_by_recipient=800.0), ID["shan"], None),
        ("gu", "顾南星", None, "呼吸内科", "副主任医师", QW, "2024-06-01\n至\n2024-11-30", "科主任", None,
         dep("呼吸内科", "副主任医师", "副高级", "医疗", d(2024, 6, 1), d(2024, 11, 30), position_at_recipient="科主任",
             paid_by_recipient=None), ID["gu"], None),
    ]
    for n, (key, name, sp, dept, title, rec, period, post, paid, f, tid, style) in enumerate(people, 1):
        ws.append([n, name, use_id(key, sp), dept, title, rec, period, post, paid,
                   "已删除" if style == "struck" else None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in ws[r]:
            c.alignment = WRAP
            if style == "struck":
                c.font = STRIKE_RED
        if style == "red":
            ws.cell(r, 7).font = RED
        if style == "struck":       # struck through in red, 备注 已删除: the clerk deleted it; not data
            continue
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.append(["合计", "5人"])
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：", None, "2025年1月6日"])
    wb.save(path)


def f_ptcm_wps(path: Path):
    """省中医院, a WPS export: the first row and the first column blank; an ID padded with spaces, ID cells
    '/' and '无' (named without an ID number), a full-width ID; dates "２０２４．０３．０１"; a title
    '（副主任中医师）'; six empty columns, then a stray 备注 far right."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.cell(2, 2, f"{PTCM}2024年派驻{QWT}人员名单（{SYN}）")
    hdr = ["序号", "姓名", "证件号码", "科室", "职称", "派驻医院", "开始日期", "结束日期"] + [None] * 6 + ["备注"]
    for j, h in enumerate(hdr):
        if h:
            ws.cell(3, 2 + j, h)
    people = [
        ("zou", "邹静庵", "  " + ID["zou"] + "  ", "针灸科", "主治中医师", QWT, fw("2024.03.01"), fw("2024.08.31"),
         "按期轮换", dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["zou"]),
        (None, "柏舟", "/", "脾胃病科", "（副主任中医师）", QWT, "2024-03-01", "2024-08-31", None,
         dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), None),
        (None, "聂云岫", "无", "骨伤科", "主任中医师", QWT, dt.date(2024, 9, 2), dt.date(2025, 2, 28), None,
         dep("骨伤科", "主任中医师", "正高级", "医疗", d(2024, 9, 2), d(2025, 2, 28)), None),
        ("wen", "温可", fw(ID["wen"]), "推拿科", "主治中医师", QWT + " ", "2024年9月2日", "2025年2月28日", None,
         dep("推拿科", "主治中医师", "中级", "医疗", d(2024, 9, 2), d(2025, 2, 28)), ID["wen"]),
    ]
    for i, (key, name, idv, dept, title, rec, s, e, note, f, tid) in enumerate(people, 1):
        r = 3 + i
        vals = [i, name, use_id(key, idv) if key else idv, dept, title, rec, s, e] + [None] * 6 + [note]
        for j, v in enumerate(vals):
            if v is not None:
                c = ws.cell(r, 2 + j, v)
                if isinstance(v, dt.date):
                    c.number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": PTCM, "recipient_hospital_id": QWT}, ["start_date"],
            id_number=tid)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    wb.save(path)


def f_p1_trainees_xls(path: Path):
    """省人民医院 (host) trainee register, .xls: '进修起止\\n时间' with a line break in the period; fees "3,000" as
    text, "无", "—"; 是否结业 "/" for one still in training; a period cell holding the error #VALUE! (a broken
    formula: the start is unknown → held); the ID of one with a leading apostrophe."""
    fn, sh = path.name, "进修登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"{P1}2024年接收进修人员登记表（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "选送单位", "进修科室", "进修起止\n时间", "进修费（元）", "是否结业",
                           "备注"]):
        ws.write(1, j, h)
    people = [("luo", "罗青蔓", None, QW, "内科", "2024-03-01\n至\n2024-08-31", "3,000", "是",
               (d(2024, 3, 1), d(2024, 8, 31), 3000.0, True)),
              ("yue", "岳林泉", "'" + ID["yue"], YH, "急诊科", "2024.03.01—2024.08.31", "无", "是",
               (d(2024, 3, 1), d(2024, 8, 31), None, True)),
              ("fei", "费思远", None, QW, "检验科", "#VALUE!", "2,500", "否", None),
              ("zhongli", "钟离雪", None, YH, "放射科", "2024-09-01\n至\n2025-02-28", "—", "/",
               (d(2024, 9, 1), d(2025, 2, 28), None, None))]
    for i, (key, name, sp, rec, dept, period, fee, done, want) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, sp), rec, dept, period, fee, done, None]):
            if j == 5 and v in XLS_ERR:
                ws.row(r).set_cell_error(j, XLS_ERR[v])
            elif v is not None:
                ws.write(r, j, v)
        if want is None:
            quarantine(fn, sh, r + 1, "进修起止时间 is the error #VALUE!: no start date")
            continue
        sd, ed, feev, donev = want
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                             completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    ws.write(2 + len(people), 0, "合计")
    ws.write(2 + len(people), 1, "4人")
    ws.write(4 + len(people), 0, "填表人：科教科")
    wb.save(str(path))


def f_county_ods(path: Path):
    """省卫健委 clerk, .ods: 住院总人次 and 县域内就诊率 as formulas with cached values over parts typed as text
    ("31,206", full-width "２４１１８", "4,410"); a county code with a leading apostrophe; a 合计 row of formulas."""
    fn, sh = path.name, "县域住院"
    rows = [[f"2024年各县县域住院流向统计（{SYN}）"],
            ["县（市、区）", "行政区划代码", "县域内住院人次", "县域外住院人次", "住院总人次", "县域内就诊率"]]
    data = [("栖梧县", "999101", "31,206", 31206, 5480, 5480),
            ("砚湖县", 999102, fw("24118"), 24118, 4102, 4102),
            ("苇塘县", "'999201", 19844, 19844, "4,410", 4410)]
    for county, code, inn, innv, out, outv in data:
        r = len(rows) + 1
        tot = innv + outv
        rows.append([county, code, inn, out, (f"of:=[.C{r}]+[.D{r}]", tot),
                     (f"of:=ROUND([.C{r}]/[.E{r}];4)", round(innv / tot, 4))])
        row("county_inpatient_stats", fn, sh, r, dict(county_code=str(code).lstrip("'"), year=2024,
                                                      resident_admissions=tot, resident_admissions_outside_county=outv),
            {}, ["county_code"])
    n = len(rows)
    # SUM skips the parts typed as text, as LibreOffice does: the 合计 row is short (not data either way)
    rows.append(["合计", None, ("of:=SUM([.C3:.C5])", sum(x[3] for x in data if not isinstance(x[2], str))),
                 ("of:=SUM([.D3:.D5])", sum(x[5] for x in data if not isinstance(x[4], str))),
                 (f"of:=SUM([.E3:.E{n}])", sum(x[3] + x[5] for x in data)), None])
    rows.append(["注：数据虚构，仅供测试。"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 檀溪市
def f_tx_roster_csv(path: Path):
    """市中心医院 roster, CSV in GBK: a name with a line break inside the quoted cell ("蓝\\n若溪") and a period
    "2024-04-01\\n至\\n2024-09-30" (one Excel row each), an ID with a leading apostrophe, a full-width period,
    a title "主治医师（中级）", three empty columns then 备注."""
    fn = path.name
    rows = [[f"{TX}2024年派驻人员名单（{SYN}）", "", "", "", "", "", "", "", "", "", ""],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻起止时间", "", "", "", "备注"]]
    people = [("lan", "蓝\n若溪", "'" + ID["lan"], "妇产科", "副主任医师", YHM, "2024-04-01\n至\n2024-09-30",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("fu", "符明哲", None, "儿科", "主治医师（中级）", WT, "2024.04.01—2024.09.30",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("wu", "伍嘉木", None, "检验科", "主管技师", WT, fw("2024") + "年" + fw("4") + "月" + fw("1") + "日至"
               + fw("2024") + "年" + fw("9") + "月" + fw("30") + "日",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 4, 1), d(2024, 9, 30)))]
    for i, (key, name, sp, dept, title, rec, period, f) in enumerate(people, 1):
        rows.append([str(i), name, use_id(key, sp), dept, title, rec, period, "", "", "", ""])
        row("deployments", fn, None, len(rows), f, {"support_hospital_id": TX, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    rows.append(["合计：3人", "", "", "", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_yhm_monthly_csv(path: Path):
    """砚湖县妇幼保健院, CSV in GBK: months "'2024年7月" (apostrophe), "２０２４年９月", " 10月" (the title's year),
    "2024.11"; counts "6,765", full-width "４５０", padded " 97 ", "'10"; 下转接收 '——', '-', 'N/A', '空', '/' —
    months not reported; two empty columns then 备注."""
    fn = path.name
    rows = [[f"{YHM}2024年7—12月业务量（{SYN}）", "", "", "", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次", "", "", "备注"]]
    months = ["'2024年7月", "2024年8月", fw("2024") + "年" + fw("9") + "月", " 10月", "2024.11", "2024年12月"]
    down = ["——", "-", "N/A", "空", "5", "/"]
    for m, label, dn in zip(range(7, 13), months, down):
        op, dis, sur, ref = 6100 + 95 * m, 402 + 6 * m, 88 + m, 15 - m // 2
        cells = [label, f"{op:,}", fw(str(dis)) if m == 8 else str(dis), f" {sur} " if m == 9 else str(sur),
                 f"'{ref}" if m == 10 else str(ref), dn, "", "", "含外院会诊" if m == 11 else ""]
        rows.append(cells)
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=ref,
                 referrals_down_received=int(dn) if dn.isdigit() else None), {"recipient_hospital_id": YHM}, ["month"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_tx_activities_xlsx(path: Path):
    """市中心医院 activities, .xlsx: headers '活动\\n日期', '参加\\n人数'; dates as a date cell, full width
    "２０２４年４月２６日", "2024年5月8日\\n（星期三）"; 参加人数 a VLOOKUP that broke (#N/A, cached), "#REF!" (cached),
    '/', '—', full-width "１２", "'86"."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "砚湖妇幼"
    ws.append([f"{TX}对口帮扶活动登记表（2024年）{SYN}"])
    ws.append(["活动\n日期", "受援单位", "活动形式", "主题", "参加\n人数", "主讲人", "备注"])
    cached = {}
    acts = [(dt.date(2024, 4, 12), d(2024, 4, 12), "学术讲座", "产科危重症早期识别", "35", 35),
            (fw("2024") + "年" + fw("4") + "月" + fw("26") + "日", d(2024, 4, 26), "教学查房", "妊娠期糖尿病查房",
             ("=VLOOKUP(D4,签到!A:B,2,0)", "#N/A"), None),
            ("2024年5月8日\n（星期三）", d(2024, 5, 8), "手术示教", "宫腔镜手术示教", "/", None),
            (dt.date(2024, 6, 20), d(2024, 6, 20), "疑难病例讨论", "产后出血病例讨论", fw("12"), 12)]
    for when, day, typ, topic, n, nv in acts:
        ws.append([when, YHM, typ, topic, n[0] if isinstance(n, tuple) else n, "某主任", None])
        r = ws.max_row
        if isinstance(when, dt.date):
            ws.cell(r, 1).number_format = "yyyy/m/d"
        if isinstance(n, tuple):
            cached[("sheet1", f"E{r}")] = n[1]
        for c in ws[r]:
            c.alignment = WRAP
        row("activities", fn, sh, r, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": YHM, "support_hospital_id": TX}, ["activity_date", "activity_type"])
        if isinstance(n, tuple):
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws2 = wb.create_sheet("苇塘")
    ws2.append([f"帮扶活动登记（{SYN}）"])
    ws2.append(["日期", "受援医院", "活动类型", "内容", "参加人数"])
    for when, day, typ, topic, n, nv in ((dt.date(2024, 5, 15), d(2024, 5, 15), "技术培训", "心肺复苏培训", "'86", 86),
                                         ("2024年9月20日", d(2024, 9, 20), "远程会诊", "疑难病例远程会诊", "—", None),
                                         (dt.date(2024, 8, 15), d(2024, 8, 15), "义诊", "慢病义诊",
                                          ("=SUM(#REF!)", "#REF!"), None)):
        ws2.append([when, WT, typ, topic, n[0] if isinstance(n, tuple) else n])
        r = ws2.max_row
        if isinstance(when, dt.date):
            ws2.cell(r, 1).number_format = "yyyy-mm-dd"
        if isinstance(n, tuple):
            cached[("sheet2", f"E{r}")] = n[1]
        row("activities", fn, "苇塘", r, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": WT, "support_hospital_id": TX}, ["activity_date"])
        if isinstance(n, tuple):
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)
    patch_cached(path, cached)


def f_yh_techniques_ods(path: Path):
    """砚湖县人民医院 techniques, .ods: '开展\\n时间' with "２０２４．０３" (month only: the 1st), "2024-04-15",
    "2024年6月", "2024.7"; 上半年 / 下半年 counts ("8" as text, 'N/A', '—') and 合计例数 a formula with its cached
    value (#VALUE! where both halves are N/A → empty with a finding); a 合计 row of formulas."""
    fn, sh = path.name, "新技术"
    rows = [[f"{YH}2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展\n时间", "上半年例数", "下半年例数", "合计例数", "是否填补县域空白", "支援单位"]]
    items = [("无痛胃肠镜检查", "消化内科", fw("2024.03"), d(2024, 3, 1), 20, 35, 55, "是", True),
             ("腹腔镜胆囊切除术", "普外科", "2024-04-15", d(2024, 4, 15), "8", 12, 20, "是", True),
             ("经鼻高流量氧疗", "重症医学科", "2024年6月", d(2024, 6, 1), "N/A", "N/A", "#VALUE!", "否", False),
             ("中医定向透药", "康复科", "2024.7", d(2024, 7, 1), "—", 16, 16, "否", False)]
    for i, (name, dept, when, day, h1, h2, tot, gap, gapv) in enumerate(items, 1):
        r = len(rows) + 1
        rows.append([i, name, dept, when, h1, h2, (f"of:=SUM([.E{r}:.F{r}])", tot), gap, P1])
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day,
                                          cases=tot if isinstance(tot, int) else None, fills_county_gap=gapv),
            {"recipient_hospital_id": YH, "support_hospital_id": P1}, ["name"])
        if not isinstance(tot, int):
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    rows.append(["合计", None, None, None, ("of:=SUM([.E3:.E6])", 20), ("of:=SUM([.F3:.F6])", 63),
                 ("of:=SUM([.G3:.G6])", "#VALUE!"), None, None])
    rows.append(["填报人：医务科", None, None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 鹤汀市
def f_qw_monthly_xlsx(path: Path):
    """栖梧县人民医院 1—6月, .xlsx: 门诊 + 急诊 typed, '门急诊人次\\n（合计）' a formula with its cached value (over
    "14,350" typed as text in May), 出院人数 "1,158" as text in March, 转出人次 '/' and '—' (not reported), 平均住院日 a
    formula cached as #DIV/0!, 业务收入 a formula cached as #REF!, a 合计 row of formulas."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{QW}2024年1—6月业务量统计（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["月份", "门诊人次", "急诊人次", "门急诊人次\n（合计）", "出院人数", "手术台次", "转出人次", "业务收入（万元）",
               "平均住院日"])
    cached = {}
    tot = {"op": 0, "dis": 0}     # what Excel caches: SUM skips a number typed as text
    for m in range(1, 7):
        r = ws.max_row + 1
        op, em, dis, sur, ref = 13200 + 230 * m, 1480 + 40 * m, 1110 + 16 * m, 240 + 6 * m, 36 - 2 * m
        refc = {3: "/", 6: "—"}.get(m, ref)
        ws.append([f"{m}月", f"{op:,}" if m == 5 else op, em, f"=B{r}+C{r}", f"{dis:,}" if m == 3 else dis, sur, refc,
                   "=SUM(#REF!)" if m == 4 else 1650 + 20 * m, f"=I{r}/E{r}" if m == 2 else f"=ROUND(8.1-{m}/10,1)"])
        cached[("sheet1", f"D{r}")] = op + em
        if m == 4:
            cached[("sheet1", f"H{r}")] = "#REF!"
        cached[("sheet1", f"I{r}")] = "#DIV/0!" if m == 2 else round(8.1 - m / 10, 1)
        tot["op"] += op + em
        tot["dis"] += 0 if m == 3 else dis
        row("hospital_monthly_stats", fn, sh, r,
            dict(year=2024, month=m, outpatient_visits=op + em, discharges=dis, surgeries=sur,
                 referrals_out=ref if isinstance(refc, int) else None), {"recipient_hospital_id": QW}, ["month"])
    r = ws.max_row + 1
    ws.append(["合计", None, None, "=SUM(D3:D8)", "=SUM(E3:E8)", None, None, "=SUM(H3:H8)", None])
    cached[("sheet1", f"D{r}")] = tot["op"]
    cached[("sheet1", f"E{r}")] = tot["dis"]       # without the text "1,158": the clerk did not notice
    cached[("sheet1", f"H{r}")] = "#REF!"
    for c in ws[2]:
        c.alignment = WRAP
    wb.save(path)
    patch_cached(path, cached)


def f_wt_monthly_ods(path: Path):
    """苇塘县人民医院 第一季度, .ods: 门急诊人次 typed as a formula (=12000+1830) with its cached value, 转出率 a formula,
    平均住院日 cached as #DIV/0! in February, a 合计 row of formulas."""
    fn, sh = path.name, "一季度"
    rows = [[f"{WT}2024年第一季度业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "转出率（%）", "平均住院日"]]
    for m in (1, 2, 3):
        r = len(rows) + 1
        a, b = 9800 + 150 * m, 1210 + 30 * m
        dis, sur, ref = 760 + 11 * m, 150 + 4 * m, 22 + m
        rows.append([f"{m}月", (f"of:={a}+{b}", a + b), dis, sur, ref, (f"of:=ROUND([.E{r}]/[.C{r}]*100;2)",
                                                                       round(ref / dis * 100, 2)),
                     ("of:=[.H2]/[.C2]", "#DIV/0!") if m == 2 else 7.9 - m / 10])
        row("hospital_monthly_stats", fn, sh, r, dict(year=2024, month=m, outpatient_visits=a + b, discharges=dis,
                                                      surgeries=sur, referrals_out=ref),
            {"recipient_hospital_id": WT}, ["month"])
    rows.append(["合计", ("of:=SUM([.B3:.B5])", sum(9800 + 150 * m + 1210 + 30 * m for m in (1, 2, 3))),
                 ("of:=SUM([.C3:.C5])", sum(760 + 11 * m for m in (1, 2, 3))), None, None, None, None])
    ods_doc(path, {sh: rows})


def f_wt_trainees_csv(path: Path):
    """苇塘县人民医院 trainees sent to 市中心医院, CSV UTF-8 with BOM: a 填报单位 line, leading apostrophes on IDs and
    dates, "1,500", full-width dates, an ID cell '空' (no ID number), an ID padded with spaces, a fee 'N/A',
    three trailing empty columns."""
    fn = path.name
    rows = [[f"填报单位：{WT}（{SYN}）", "", "", "", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修单位", "开始时间", "结束时间", "进修费用（元）", "是否结业", "", "", ""]]
    people = [("bao", "鲍清和", "'" + ID["bao"], "内科", TX, "'2024-03-04", "'2024-09-03", "1,500", "是",
               (d(2024, 3, 4), d(2024, 9, 3), 1500.0, True)),
              (None, "危晓岚", "空", "护理部", TX, fw("2024.03.04"), fw("2024.09.03"), "N/A", "是",
               (d(2024, 3, 4), d(2024, 9, 3), None, True)),
              ("xun", "荀柏", " " + ID["xun"] + " ", "麻醉科", TX + " ", "2024/9/2", "2025/3/1", "2000", "否",
               (d(2024, 9, 2), d(2025, 3, 1), 2000.0, False))]
    for key, name, idv, dept, host, s, e, fee, done, (sd, ed, feev, donev) in people:
        rows.append([name, use_id(key, idv) if key else idv, dept, host, s, e, fee, done, "", "", ""])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": WT, "host_hospital_id": TX}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append(["共3人", "", "", "", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "utf-8-sig"))


def f_wt_techniques_xlsx(path: Path):
    """苇塘县人民医院 techniques, .xlsx, titled '（红字为本次新增）': rows in red are new (data); a row struck through
    in red with 备注 '已删除' (not data); 开展例数 "1,024", " 36 ", "４２", and #N/A (empty with a finding); dates as a
    date cell, "'2024-04-02", "2024年9月10日", full width; two empty columns, then 备注."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{WT}2024年开展新技术新项目一览表（红字为本次新增）{SYN}"])
    ws.append(["序号", "新技术名称", "开展科室", "首次开展日期", "开展例数", "填补县域空白", "技术来源", None, None, "备注"])
    items = [("床旁超声引导下穿刺", "重症医学科", dt.date(2024, 3, 18), d(2024, 3, 18), "1,024", 1024, "是", True, None),
             ("无创呼吸机辅助通气", "呼吸内科", "'2024-04-02", d(2024, 4, 2), " 36 ", 36, "否", False, None),
             ("经皮肾镜碎石术", "泌尿外科", dt.date(2024, 5, 6), None, 5, None, "是", None, "struck"),
             ("宫腔镜检查", "妇科", "2024年9月10日", d(2024, 9, 10), "#N/A", None, "是", True, "red"),
             ("动态血压监测", "心内科", fw("2024") + "年" + fw("10") + "月" + fw("8") + "日", d(2024, 10, 8), fw("42"), 42,
              "否", False, "red")]
    n = 0
    for name, dept, when, day, cases, casesv, gap, gapv, style in items:
        n += 1
        ws.append([n, name, dept, when, cases, gap, TX, None, None, "已删除" if style == "struck" else None])
        r = ws.max_row
        if isinstance(when, dt.date):
            ws.cell(r, 4).number_format = "yyyy-mm-dd"
        if style:
            for c in ws[r]:
                c.font = STRIKE_RED if style == "struck" else RED
        if style == "struck":
            continue
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                          fills_county_gap=gapv),
            {"recipient_hospital_id": WT, "support_hospital_id": TX}, ["name"])
        if cases == "#N/A":
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["填报人：医务科", None, None, "联系电话：（虚构）"])
    wb.save(path)


def f_qw_activities_xls(path: Path):
    """栖梧县人民医院's own record of 省人民医院's activities, .xls: dates "2024.03.15", "２０２４．０５．２０";
    参加人数 an error #DIV/0! (empty with a finding), '空', "15人"."""
    fn, sh = path.name, "帮扶活动"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"{QW}2024年接受对口帮扶活动记录（{SYN}）")
    for j, h in enumerate(["序号", "日期", "帮扶单位", "活动类型", "活动内容", "参加人数", "备注"]):
        ws.write(1, j, h)
    acts = [("2024.03.15", d(2024, 3, 15), "学术讲座", "高血压规范化管理", 48, 48),
            ("2024.04.10", d(2024, 4, 10), "教学查房", "慢性心衰查房", "#DIV/0!", None),
            (fw("2024.05.20"), d(2024, 5, 20), "死亡病例讨论", "急性心梗死亡病例讨论", "空", None),
            ("2024.06.18", d(2024, 6, 18), "手术示教", "腹腔镜胆囊切除示教", "15人", 15)]
    for i, (when, day, typ, topic, n, nv) in enumerate(acts, 1):
        r = 1 + i
        for j, v in enumerate([i, when, P1, typ, topic, n]):
            if j == 5 and v in XLS_ERR:
                ws.row(r).set_cell_error(j, XLS_ERR[v])
            else:
                ws.write(r, j, v)
        row("activities", fn, sh, r + 1, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": QW, "support_hospital_id": P1}, ["activity_date"])
        if n in XLS_ERR:
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    ws.write(3 + len(acts), 0, "填表人：医务科")
    wb.save(str(path))


def f_qw_assessments_xls(path: Path):
    """栖梧县人民医院 monthly assessments, .xls, a sheet per month (7月, 8月): headers with line breaks ('考核\\n得分'),
    scores "９５．５" (full width) and " 92 ", a score cell #VALUE! (held: the score is required), spot checks '/'."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    hdr = ["序号", "姓名", "身份证号", "派出单位", "考核\n得分", "在岗抽查\n次数", "在岗\n次数", "备注"]
    months = {7: [("xu", "许知行", None, fw("95.5"), 95.5, 4, 4), ("gu", "顾南星", "'" + ID["gu"], " 92 ", 92.0, "/", "/"),
                  ("ge", "葛青禾", None, "#VALUE!", None, 4, 4)],
              8: [("xu", "许知行", None, 96, 96.0, 4, 4), ("gu", "顾南星", None, "93", 93.0, 4, 3),
                  ("ge", "葛青禾", None, "'94", 94.0, 4, 4)]}
    for m, people in months.items():
        sh = f"{m}月"
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"{QW}派驻人员月度考核表（2024年{m}月）{SYN}")
        for j, h in enumerate(hdr):
            ws.write(1, j, h)
        for i, (key, name, sp, sc, scv, chk, pres) in enumerate(people, 1):
            r = 1 + i
            for j, v in enumerate([i, name, use_id(key, sp), P1, sc, chk, pres]):
                if j == 4 and v in XLS_ERR:
                    ws.row(r).set_cell_error(j, XLS_ERR[v])
                else:
                    ws.write(r, j, v)
            if scv is None:
                quarantine(fn, sh, r + 1, "考核得分 is the error #VALUE!: no score")
                continue
            row("staff_monthly_assessments", fn, sh, r + 1,
                dict(year=2024, month=m, score=scv, spot_checks=chk if isinstance(chk, int) else None,
                     spot_checks_present=pres if isinstance(pres, int) else None),
                {"recipient_hospital_id": QW}, ["month"], id_number=ID[key])
        ws.write(3 + len(people), 0, "考核人：医务科")
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "檀溪市", "鹤汀市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / f"SYNTHETIC_附件1_{PROV}城乡医院对口支援关系表（2024—2026年）.xlsx")
    truth["pairing_file"] = f"SYNTHETIC_附件1_{PROV}城乡医院对口支援关系表（2024—2026年）.xlsx"
    files = [(f_p1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (f_ptcm_wps, "省直", "SYNTHETIC_省中医院派驻人员（WPS导出）.xlsx"),
             (f_p1_trainees_xls, "省直", "SYNTHETIC_省人民医院接收进修人员登记2024.xls"),
             (f_county_ods, "省直", "SYNTHETIC_各县县域住院流向2024.ods"),
             (f_tx_roster_csv, "檀溪市", "SYNTHETIC_市中心医院派驻人员名单.csv"),
             (f_yhm_monthly_csv, "檀溪市", "SYNTHETIC_砚湖县妇幼保健院月报2024年7-12月.csv"),
             (f_tx_activities_xlsx, "檀溪市", "SYNTHETIC_市中心医院对口帮扶活动登记2024.xlsx"),
             (f_yh_techniques_ods, "檀溪市", "SYNTHETIC_砚湖县人民医院新技术新项目2024.ods"),
             (f_qw_monthly_xlsx, "鹤汀市", "SYNTHETIC_栖梧县人民医院业务量2024年1-6月.xlsx"),
             (f_wt_monthly_ods, "鹤汀市", "SYNTHETIC_苇塘县人民医院业务量第一季度.ods"),
             (f_wt_trainees_csv, "鹤汀市", "SYNTHETIC_苇塘县人民医院外出进修人员.csv"),
             (f_wt_techniques_xlsx, "鹤汀市", "SYNTHETIC_苇塘县人民医院新技术（红字为新增）.xlsx"),
             (f_qw_activities_xls, "鹤汀市", "SYNTHETIC_栖梧县人民医院接受帮扶活动记录.xls"),
             (f_qw_assessments_xls, "鹤汀市", "SYNTHETIC_栖梧县派驻人员考核2024年7-8月.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

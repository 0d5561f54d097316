"""realworld118 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅槐省) for 2024 whose files do not say
what they are: a web system's "导出Excel" .xls that is an HTML table (GBK and UTF-8), an .xls that is XML Spreadsheet
2003, a platform's tab-separated .xls, Excel's UTF-16 "Unicode text" saved as .txt and as .csv, an .xlsx that is a
legacy BIFF .xls renamed, a CSV with semicolons and one with a "sep=," first line — beside an ordinary pairing list
and ordinary workbooks. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024,平台导出}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
"""
from __future__ import annotations

import datetime as dt
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


P1, PTCM, TZ1 = "琅槐省人民医院", "琅槐省中医院", "槐州市第一人民医院"
QZ, QZTCM, QW, QWMCH, QK = "青杼县人民医院", "青杼县中医医院", "青苇县人民医院", "青苇县妇幼保健院", "青柯县人民医院"
UNKNOWN = "青桐县人民医院"   # in no pairing list
RECIP = {QZ: ("二级", "甲等", "综合医院", "青杼县"), QZTCM: ("二级", "乙等", "中医医院", "青杼县"),
         QW: ("二级", "甲等", "综合医院", "青苇县"), QWMCH: ("二级", None, "妇幼保健院", "青苇县"),
         QK: ("二级", "乙等", "综合医院", "青柯县")}

ID = {k: idn(*v) for k, v in {
    "lu": ("990401", "19740312", "031"), "han": ("990401", "19870622", "042"), "qin": ("990402", "19850907", "026"),
    "su": ("990401", "19790118", "015"), "tang": ("990403", "19860430", "053"),
    "lin": ("990411", "19900214", "064"), "zhou": ("990411", "19920803", "075"), "wu": ("990412", "19941126", "018"),
    "cao": ("990411", "19880509", "029"), "he": ("990411", "19910717", "037"),
    "pang": ("990501", "19810224", "046"), "you": ("990501", "19890611", "057"), "pei": ("990502", "19900923", "068"),
    "qi": ("990502", "19860305", "079"), "gu": ("990421", "19830815", "081"), "yao": ("990421", "19771002", "092"),
    "zhu": ("990431", "19820320", "013"), "ma": ("990431", "19840709", "024"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


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


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def text_file(path: Path, lines, sep, encoding, bom=False):
    """Delimited text as Excel or a platform writes it: CRLF, fields with the separator or a quote quoted."""
    def q(v):
        v = "" if v is None else str(v)
        return '"' + v.replace('"', '""') + '"' if (sep in v or '"' in v) else v
    body = "".join(sep.join(q(v) for v in ln) + "\r\n" for ln in lines)
    data = body.encode(encoding)
    if bom:
        data = {"utf-16-le": b"\xff\xfe", "utf-8": b"\xef\xbb\xbf"}[encoding] + data
    path.write_bytes(data)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """An ordinary 附件1: 受援医院 | 等级 ("二级甲等") | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限 (one row)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅槐省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(P1, QZ, dt.date(2023, 12, 18), None), (PTCM, QZTCM, dt.date(2023, 12, 18), None),
             (P1, QW, dt.date(2024, 2, 6), "2024.03.01-2026.12.31"), (TZ1, QWMCH, dt.date(2023, 12, 25), None),
             (TZ1, QK, dt.date(2023, 12, 25), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        start, src = (d(2024, 3, 1), "support_period") if per else (d(2024, 1, 1), "title_period")
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": d(2026, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, TZ1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 平台导出
HTML_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="ProgId" content="Excel.Sheet">
<style>td {{ mso-number-format:"\\@"; }} .d {{ mso-number-format:"yyyy-mm-dd"; }}</style>
</head>
<body>
"""


def html_places(r):
    """Excel shows a <caption> as the sheet's first row; a browser puts it above the table (no row of its own).
    A careful reader accepts either numbering: the row as Excel shows it, or one less."""
    return [r, r - 1]


def f_p1_roster_html(path: Path):
    """琅槐省人民医院's personnel system, "导出Excel": an HTML table in GBK saved as .xls; <caption> title, 派驻单位
    and 科室 as <td rowspan>, 派驻时间 with its two ends on two lines (<br>) or "至", &nbsp; padding a two-character
    name and filling empty cells, a 共 5 条记录 line and an 导出时间 line."""
    fn = path.name
    people = [  # key, name as written, dept, title, recipient, period as written, fields
        ("lu", "陆&nbsp;&nbsp;遥", "心血管内科", "主任医师", QZ, "2024.03.04<br>2024.09.03",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
        ("han", "韩书白", "心血管内科", "主治医师", QZ, "2024.03.04<br>2024.09.03",
         dep("心血管内科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
        ("qin", "秦望舒", "护理部", "主管护师", QZ, "2024-03-04至2024-09-03",
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 4), d(2024, 9, 3))),
        ("su", "苏&nbsp;&nbsp;砚", "普外科", "副主任医师", QW, "2024-04-01<br>2024-09-30",
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
        ("tang", "唐溪亭", "麻醉科", "主治医师", QW, "2024-07-01至2024-12-31",
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31))),
    ]
    span_rec = {0: 3, 3: 2}
    span_dept = {0: 2, 2: 1, 3: 1, 4: 1}
    out = [HTML_HEAD.format(charset="GBK"), '<table border="1" cellspacing="0">\n',
           f"<caption>琅槐省人民医院对口支援派驻人员信息（{SYN}）</caption>\n",
           "<tr><th>序号</th><th>派驻单位</th><th>科室</th><th>姓名</th><th>身份证号</th><th>职称</th>"
           "<th>派驻时间</th><th>备注</th></tr>\n"]
    for i, (key, name, dept, title, rec, period, f) in enumerate(people):
        cells = [f"<td>{i + 1}</td>"]
        if i in span_rec:
            cells.append(f'<td rowspan="{span_rec[i]}">{rec}</td>')
        if i in span_dept:
            cells.append(f'<td rowspan="{span_dept[i]}">{dept}</td>' if span_dept[i] > 1 else f"<td>{dept}</td>")
        cells += [f"<td>{name}</td>", f"<td style=\"mso-number-format:'\\@'\">{use_id(key)}</td>",
                  f"<td>{title}</td>", f"<td>{period}</td>", "<td>&nbsp;</td>"]
        out.append("<tr>" + "".join(cells) + "</tr>\n")
        row("deployments", fn, None, html_places(3 + i), f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    out.append('<tr><td colspan="8">共 5 条记录</td></tr>\n')
    out.append('<tr><td colspan="8">导出时间：2025-01-06 10:12:33&nbsp;&nbsp;导出人：医务部</td></tr>\n')
    out.append("</table>\n</body>\n</html>\n")
    path.write_bytes("".join(out).encode("gbk"))


def f_qz_trainees_html(path: Path):
    """青杼县人民医院's HR system, "导出Excel": HTML in UTF-8 (declared in <meta>) saved as .xls; a two-row header
    (进修时间 colspan=2 over 开始日期 | 结束日期, the other headers rowspan=2), 派出单位 and 进修医院 as rowspan=3
    cells, fees "3,000.00", &nbsp; in empty cells."""
    fn = path.name
    people = [("lin", "林听雨", "内科", "2024-03-01", "2024-08-31", "3,000.00", "是", 3000.0, True),
              ("zhou", "周既白", "急诊科", "2024-03-01", "2024-08-31", "3,000.00", "是", 3000.0, True),
              ("wu", "吴清和", "放射科", "2024-09-01", "2025-02-28", "0.00", "否", 0.0, False)]
    out = [HTML_HEAD.format(charset="utf-8"), '<table border="1">\n',
           f"<caption>青杼县人民医院2024年外出进修人员登记（{SYN}）</caption>\n",
           '<tr><td rowspan="2">序号</td><td rowspan="2">派出单位</td><td rowspan="2">姓名</td>'
           '<td rowspan="2">身份证号</td><td rowspan="2">进修科室</td><td rowspan="2">进修医院</td>'
           '<td colspan="2">进修时间</td><td rowspan="2">进修费用（元）</td><td rowspan="2">是否结业</td>'
           '<td rowspan="2">备注</td></tr>\n',
           "<tr><td>开始日期</td><td>结束日期</td></tr>\n"]
    for i, (key, name, dept, s, e, fee, done, feev, donev) in enumerate(people):
        cells = [f"<td>{i + 1}</td>"]
        if i == 0:
            cells.append(f'<td rowspan="3">{QZ}</td>')
        cells += [f"<td>{name}</td>", f"<td>{use_id(key)}</td>", f"<td>{dept}</td>"]
        if i == 0:
            cells.append(f'<td rowspan="3">{P1}</td>')
        cells += [f'<td class="d">{s}</td>', f'<td class="d">{e}</td>', f"<td>{fee}</td>", f"<td>{done}</td>",
                  "<td>&nbsp;</td>"]
        out.append("<tr>" + "".join(cells) + "</tr>\n")
        row("trainees", fn, None, html_places(4 + i),
            dict(department=dept, start_date=s, end_date=e, fee_charged=feev, completed=donev),
            {"recipient_hospital_id": QZ, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    out.append("</table>\n</body>\n</html>\n")
    path.write_bytes("".join(out).encode("utf-8"))


def f_qz_monthly_tsv_xls(path: Path):
    """The statistics platform's "导出Excel" of 青杼县人民医院's months: tab-separated text in GBK named .xls; a
    title line, 机构名称 on every row, months "2024-01", a 合计 line."""
    fn = path.name
    lines = [[f"青杼县人民医院2024年1-6月业务量统计（{SYN}）"],
             ["机构名称", "统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    tot = [0, 0, 0, 0]
    for m in range(1, 7):
        v = [18300 + 240 * m, 1310 + 19 * m, 305 + 4 * m, 52 - 3 * m]
        tot = [a + b for a, b in zip(tot, v)]
        lines.append([QZ, f"2024-{m:02d}", *v])
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QZ}, ["month"])
    lines.append(["合计", "", *tot])
    text_file(path, lines, "\t", "gbk")


def f_qk_monthly_utf16_txt(path: Path):
    """青柯县人民医院's clerk saved the sheet as Excel's "Unicode text": UTF-16 LE with BOM, tab-separated, .txt;
    a title line, 年份 | 月份 in two columns, a 合计 line."""
    fn = path.name
    lines = [[f"青柯县人民医院2024年下半年月报（{SYN}）", "", "", "", "", "", ""],
             ["单位名称", "年份", "月份", "门急诊人次", "出院人次", "手术台次", "外转人次"]]
    tot = [0, 0, 0, 0]
    for m in range(7, 13):
        v = [9400 + 130 * m, 702 + 11 * m, 141 + 2 * m, 36 - m]
        tot = [a + b for a, b in zip(tot, v)]
        lines.append([QK, 2024, m, *v])
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QK}, ["month"])
    lines.append(["合计", "", "", *tot])
    text_file(path, lines, "\t", "utf-16-le", bom=True)


def f_qw_techniques_xml2003(path: Path):
    """青苇县人民医院's new techniques in XML Spreadsheet 2003 (SpreadsheetML) saved as .xls. intake.md: refused with
    a message to save it as .xlsx — its rows are in no table, the file is in file_errors."""
    rows = [[f"青苇县人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "支援单位"],
            ["1", "腹腔镜胆囊切除术", "普外科", "2024-05-20", "14", "是", P1],
            ["2", "椎管内分娩镇痛", "麻醉科", "2024-08-12", "31", "是", P1]]
    x = ['<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
         '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"'
         ' xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
         ' <Worksheet ss:Name="新技术">\n  <Table>\n']
    for r in rows:
        x.append("   <Row>" + "".join(
            f'<Cell><Data ss:Type="{"Number" if v.isdigit() else "String"}">{v}</Data></Cell>' for v in r) + "</Row>\n")
    x.append("  </Table>\n </Worksheet>\n</Workbook>\n")
    path.write_bytes("".join(x).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 2024
def f_qztcm_trainees_biff_as_xlsx(path: Path):
    """青杼县中医医院: a legacy BIFF .xls (xlwt) renamed .xlsx by hand; title, 填报单位 line, header in row 3, dates as
    date cells, one trainee without an ID number (NAME_ONLY)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"青杼县中医医院2024年外出进修人员名单（{SYN}）")
    ws.write(1, 0, f"填报单位：{QZTCM}")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "进修单位", "开始时间", "结束时间", "进修费用（元）", "是否结业"]):
        ws.write(2, j, h)
    people = [("cao", "曹念慈", "针灸科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 2400, "是", True),
              ("he", "何以安", "脾胃病科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 2400, "是", True),
              (None, "范知秋", "康复科", dt.date(2024, 10, 8), dt.date(2025, 1, 7), 1200, "否", False)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people):
        r = 3 + i
        for j, v in enumerate([i + 1, name, use_id(key) if key else "", dept, PTCM, s, e, fee, done]):
            if isinstance(v, dt.date):
                ws.write(r, j, v, datefmt)
            else:
                ws.write(r, j, v)
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                             fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": QZTCM, "host_hospital_id": PTCM}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r + 1, "NAME_ONLY")
    ws.write(7, 0, "填表人：科教科")
    wb.save(str(path))


def f_tz1_activities_semicolon_csv(path: Path):
    """槐州市第一人民医院's activity log from a laptop set to a European locale: CSV in UTF-8 (no BOM) separated by
    semicolons, a quoted 主题 holding a semicolon, "约40人" (→ empty + finding), one row without its date (held)."""
    fn = path.name
    lines = [[f"槐州市第一人民医院2024年对口帮扶活动登记（{SYN}）"],
             ["日期", "支援单位", "受援单位", "活动类型", "主题", "参加人数", "主讲人"]]
    acts = [("2024-04-12", QWMCH, "学术讲座", "产后出血的识别; 处置与转诊", "35", 35),
            ("2024-05-09", QK, "教学查房", "社区获得性肺炎查房", "约40人", None),
            ("2024-06-20", QK, "手术示教", "腹腔镜胆囊切除术", "12", 12),
            ("", QWMCH, "技术培训", "新生儿复苏", "20", "held"),
            ("2024-09-18", QWMCH, "义诊", "妇女两癌筛查义诊", "80", 80)]
    for day, rec, typ, topic, n, nv in acts:
        lines.append([day, TZ1, rec, typ, topic, n, "科教科"])
        r = len(lines)
        if nv == "held":
            quarantine(fn, None, r, "missing_required", "活动日期 blank: an activity without its date")
            continue
        row("activities", fn, None, r, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": TZ1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    text_file(path, lines, ";", "utf-8")


def f_qwmch_monthly_sep_csv(path: Path):
    """青苇县妇幼保健院: CSV in GBK whose first line is Excel's "sep=," hint (Excel consumes it and shows the title
    in row 1), then a title, the header, six months "2024年7月", 下转接收人次."""
    fn = path.name
    lines = [["sep="], [f"青苇县妇幼保健院2024年7—12月业务量（{SYN}）"],
             ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(7, 13):
        v = [6400 + 90 * m, 388 + 5 * m, 76 + m, 14 - m // 2, 2 + m % 3]
        lines.append([f"2024年{m}月", *v])
        r = len(lines)   # the line in the file; Excel shows it one row higher (the sep= line is not shown)
        row("hospital_monthly_stats", fn, None, [r, r - 1],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": QWMCH}, ["month"])
    body = "sep=,\r\n" + "".join(",".join(str(x) for x in ln) + "\r\n" for ln in lines[1:])
    path.write_bytes(body.encode("gbk"))


def f_tz1_roster_utf16_csv(path: Path):
    """槐州市第一人民医院's roster saved as Excel's "Unicode text" and named .csv: UTF-16 LE with BOM, tab-separated;
    a title line; one person sent to a hospital in no pairing list (held, UNRESOLVED_HOSPITAL)."""
    fn = path.name
    lines = [[f"槐州市第一人民医院2024年派驻人员名单（{SYN}）"],
             ["序号", "派出单位", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻开始日期", "派驻结束日期"]]
    people = [("pang", "庞云舒", "妇产科", "副主任医师", QWMCH, "2024-05-06", "2024-11-05",
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5))),
              ("you", "游子衿", "儿科", "主治医师", QK, "2024-03-04", "2024-09-03",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("qi", "戚明川", "内科", "主治医师", UNKNOWN, "2024-03-04", "2024-09-03", None),
              ("pei", "裴青禾", "检验科", "主管技师", QK, "2024-07-01", "2024-12-31",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 7, 1), d(2024, 12, 31)))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        lines.append([i, TZ1, name, use_id(key), dept, title, rec, s, e])
        r = len(lines)
        if f is None:
            quarantine(fn, None, r, "unresolved_hospital", f"派驻医院 {UNKNOWN} is in no pairing list")
            continue
        row("deployments", fn, None, r, f, {"support_hospital_id": TZ1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    text_file(path, lines, "\t", "utf-16-le", bom=True)


def f_ptcm_roster_xlsx(path: Path):
    """琅槐省中医院: an ordinary workbook, title, header, date cells."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅槐省中医院2024年派驻青杼县中医医院人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始时间", "派驻结束时间"])
    for i, (key, name, dept, title, rank) in enumerate([("gu", "顾南星", "针灸科", "主治中医师", "中级"),
                                                         ("yao", "姚半夏", "脾胃病科", "副主任中医师", "副高级")], 1):
        ws.append([i, name, use_id(key), dept, title, QZTCM, dt.date(2024, 3, 11), dt.date(2024, 9, 10)])
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", fn, sh, ws.max_row, dep(dept, title, rank, "医疗", d(2024, 3, 11), d(2024, 9, 10)),
            {"support_hospital_id": PTCM, "recipient_hospital_id": QZTCM}, ["start_date", "department"],
            id_number=ID[key])
    ws.append(["制表：医务处", None, None, None, None, "2025年1月8日"])
    wb.save(path)


def ods_doc(path, sheets):
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


def f_qz_assessments_ods(path: Path):
    """青杼县人民医院: an ordinary .ods, one sheet per month ("5月", "6月" under a 2024 title)."""
    fn = path.name
    people = [("lu", "陆遥"), ("han", "韩书白"), ("qin", "秦望舒")]
    sheets = {}
    for m, scores in ((5, [95, 92.5, 94]), (6, [96, 90, 93.5])):
        sh = f"{m}月"
        rows = [[f"青杼县人民医院2024年{m}月派驻人员考核表（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", "考核得分", "抽查次数", "在岗次数"]]
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            present = 3 if (key, m) == ("han", 6) else 4
            rows.append([i, name, use_id(key), P1, sc, 4, present])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": QZ}, ["month"], id_number=ID[key])
        rows.append(["考核人：医务科"])
        sheets[sh] = rows
    ods_doc(path, sheets)


def f_qz_techniques_xlsx(path: Path):
    """青杼县人民医院: an ordinary workbook of new techniques."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青杼县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "支援单位"])
    for i, (name, dept, day, n, gap) in enumerate([("冠状动脉造影术", "心血管内科", dt.date(2024, 4, 16), 23, True),
                                                   ("无痛胃肠镜检查", "消化内科", dt.date(2024, 6, 3), 118, False)], 1):
        ws.append([i, name, dept, day, n, "是" if gap else "否", P1])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                     cases=n, fills_county_gap=gap),
            {"recipient_hospital_id": QZ, "support_hospital_id": P1}, ["name"])
    wb.save(path)


XML_FILE = "SYNTHETIC_青苇县人民医院新技术.xls"


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024", "平台导出"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅槐省对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_p1_roster_html, "平台导出", "SYNTHETIC_琅槐省人民医院派驻人员_导出Excel.xls"),
             (f_qz_trainees_html, "平台导出", "SYNTHETIC_青杼县人民医院进修人员_导出Excel.xls"),
             (f_qz_monthly_tsv_xls, "平台导出", "SYNTHETIC_青杼县人民医院业务量_平台导出.xls"),
             (f_qk_monthly_utf16_txt, "平台导出", "SYNTHETIC_青柯县人民医院月报_Unicode文本.txt"),
             (f_qw_techniques_xml2003, "2024", XML_FILE),
             (f_qztcm_trainees_biff_as_xlsx, "2024", "SYNTHETIC_青杼县中医医院进修人员.xlsx"),
             (f_tz1_activities_semicolon_csv, "2024", "SYNTHETIC_槐州市一院帮扶活动_分号分隔.csv"),
             (f_qwmch_monthly_sep_csv, "2024", "SYNTHETIC_青苇县妇幼保健院业务量_sep.csv"),
             (f_tz1_roster_utf16_csv, "2024", "SYNTHETIC_槐州市一院派驻人员_Unicode.csv"),
             (f_ptcm_roster_xlsx, "2024", "SYNTHETIC_琅槐省中医院派驻人员名册.xlsx"),
             (f_qz_assessments_ods, "2024", "SYNTHETIC_青杼县人民医院派驻人员考核5-6月.ods"),
             (f_qz_techniques_xlsx, "2024", "SYNTHETIC_青杼县人民医院新技术2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["refused_files"] = [XML_FILE]
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

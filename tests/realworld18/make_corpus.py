"""realworld18 corpus generator — SYNTHETIC / 合成数据. One prefecture-level city's year (渟州市, in the
fictional province 霁岚省, 2024) as its data manager really keeps it: the province's pairing list (.xls, two
sheets: 三级医院→县级医院 and 县级医院→乡镇卫生院, 统一社会信用代码 for some hospitals) in reference/, and one
folder per quarter holding what arrived — files forwarded over WeChat ("微信文件_2024…"), a "(1)" copy that is a
byte-identical duplicate, a "- 副本" copy re-saved with the same rows, an "更正版" and a "最终版" that replace an
earlier file of the same hospital and period, and a .docx sent by mistake. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024年一季度,…,2024年四季度}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid numbers, listed in truth.json,
except the one planted wrong number, which is its own person id). 统一社会信用代码 carry a correct GB 32100
check character. Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17: str) -> str:
    """统一社会信用代码 with its GB 32100-2015 check character (12 = 事业单位, region 99xxxx)."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CHARS[(31 - s % 31) % 31]


# ------------------------------------------------------------------------------------------- hospitals
PROV, CENTRAL, CTCM = "霁岚省人民医院", "渟州市中心医院", "渟州市中医院"
LX, LXTCM, RS, BY, BYMCH = "萝溪县人民医院", "萝溪县中医医院", "箬山县人民医院", "泊云县人民医院", "泊云县妇幼保健院"
ZL, FP, SK, YT = "柘岭镇卫生院", "枫坪乡卫生院", "石窠镇卫生院", "雁汀镇卫生院"
CODE = {LX: uscc("12991121MB1703245"), BY: uscc("12991123MB0962817"), ZL: uscc("12991121MB2240516"),
        SK: uscc("12991122MB3318054"), YT: uscc("12991123MB4107723")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990102", "19710412", "031"), "zhou": ("990103", "19820918", "046"), "wu": ("990102", "19850610", "123"),
    "zhao": ("990104", "19880227", "082"), "qian": ("990102", "19790105", "017"), "sun": ("990103", "19860814", "055"),
    "zheng": ("990102", "19760322", "019"), "wang": ("990104", "19890709", "064"), "feng": ("990103", "19801130", "071"),
    "wei": ("990102", "19781015", "038"), "chen": ("990104", "19870503", "026"), "chu": ("990103", "19900221", "093"),
    "li": ("999121", "19840617", "015"), "jiang": ("999121", "19930304", "078"), "ge": ("999121", "19810926", "034"),
    "qiu": ("999122", "19910813", "062"), "fang": ("999122", "19881120", "047"), "cheng": ("999122", "19940705", "029"),
    "lu": ("999121", "19900118", "051"), "miao": ("999121", "19950402", "086"), "yue": ("999122", "19891209", "013"),
}.items()}
# 周晓岚's number ends in X (written with a lower-case x in one file): pick the first sequence that gives one
for _s in range(100, 1000):
    if idn("990103", "19820918", f"{_s:03d}")[-1] == "X":
        ID["zhou"] = idn("990103", "19820918", f"{_s:03d}")
        break

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [(file, sheet, row), …] — every place a careful reader accepts as this row's source."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def wrap_all(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")


def fixed_props(wb, when=dt.datetime(2024, 1, 1, 8, 0, 0)):
    """openpyxl writes the current time into docProps/core.xml: fix it so the bytes are deterministic."""
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "synthetic"


def fix_zip(path, when: dt.datetime):
    """openpyxl and odfpy stamp the zip entries (and openpyxl docProps/core.xml's modified) with the current
    time: rewrite them with a fixed one so the bytes are deterministic. Entry order and compression kept."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    stamp_ = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp_ + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = info.compress_type
            z.writestr(zi, data)


def save_xlsx(wb, path, when=dt.datetime(2024, 1, 1, 8, 0, 0)):
    fixed_props(wb, when)
    wb.save(path)
    fix_zip(path, when)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """.xls (xlwt), two sheets. Sheet 1 三级医院→县级医院: 受援医院 first, 等级 "二级甲等" in one cell, 受援医院的
    统一社会信用代码 for some, 协议签订时间 as a date cell or typed "2023.12.26"; the period only in the title
    (2024—2026年). Sheet 2 县级医院→乡镇卫生院: the county merged down its group, 机构级别 "一级甲等" / "未定级",
    支援期限 "2024.1-2024.12" (month precision), 统一社会信用代码 for some."""
    wb = xlwt.Workbook(encoding="utf-8")
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    s1 = wb.add_sheet("三级医院→县级医院")
    s1.write_merge(0, 0, 0, 8, f"附件1-1  渟州市三级医院对口支援县级医院关系表（2024—2026年）（{SYN}）")
    for j, h in enumerate(["序号", "受援医院", "统一社会信用代码", "等级", "类别", "所在县（市、区）", "支援医院",
                           "协议签订时间", "备注"]):
        s1.write(1, j, h)
    pairs1 = [(LX, "二级甲等", "综合医院", "萝溪县", PROV, dt.date(2023, 12, 26), None),
              (LXTCM, "二级甲等", "中医医院", "萝溪县", CTCM, "2023.12.26", None),
              (RS, "二级乙等", "综合医院", "箬山县", PROV, dt.date(2024, 1, 3), None),
              (BY, "二级甲等", "综合医院", "泊云县", CENTRAL, "2023.12.28", None),
              (BYMCH, "二级", "妇幼保健院", "泊云县", CENTRAL, "2023.12.28", "妇幼保健院未评等次")]
    for i, (rec, lg, cat, county, sup, agt, note) in enumerate(pairs1, 1):
        r = 1 + i
        for j, v in enumerate([i, rec, CODE.get(rec, ""), lg, cat, county, sup]):
            s1.write(r, j, v)
        if isinstance(agt, dt.date):
            s1.write(r, 7, agt, datefmt)
            ag = agt
        else:
            s1.write(r, 7, agt)
            ag = dt.date(*map(int, agt.split(".")))
        s1.write(r, 8, note or "")
        truth["pairings"].append({"support": sup, "recipient": rec, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
        h = {"name": rec, "level": "二级", "grade": lg[2:] or None, "category": cat, "county": county}
        if rec in CODE:
            h["code"] = CODE[rec]
        truth["hospitals"].append(h)
    s1.write(2 + len(pairs1), 0, f"注：本表为{SYN}，医院名称均为虚构。")

    s2 = wb.add_sheet("县级医院→乡镇卫生院")
    s2.write_merge(0, 0, 0, 7, f"附件1-2  县级医院对口支援乡镇卫生院关系表（{SYN}）")
    for j, h in enumerate(["序号", "县（市、区）", "支援医院", "受援乡镇卫生院", "统一社会信用代码", "机构级别",
                           "支援期限", "协议签订日期"]):
        s2.write(1, j, h)
    pairs2 = [("萝溪县", LX, ZL, "一级甲等", "2024.1.5"), ("萝溪县", LX, FP, "未定级", "2024.1.5"),
              ("箬山县", RS, SK, "一级乙等", "2024.1.8"), ("泊云县", BY, YT, "一级甲等", "2024.1.10")]
    for i, (county, sup, rec, lg, agt) in enumerate(pairs2, 1):
        r = 1 + i
        for j, v in enumerate([i, None, sup, rec, CODE.get(rec, ""), lg, "2024.1-2024.12", agt]):
            if v is not None:
                s2.write(r, j, v)
        truth["pairings"].append({"support": sup, "recipient": rec, "start_date": d(2024, 1, 1),
                                  "end_date": d(2024, 12, 31),
                                  "agreement_date": dt.date(*map(int, agt.split("."))).isoformat(),
                                  "start_date_source": "support_period"})
        h = {"name": rec, "level": "未定级" if lg == "未定级" else lg[:2], "grade": None if lg == "未定级" else lg[2:],
             "county": county}
        if rec in CODE:
            h["code"] = CODE[rec]
        truth["hospitals"].append(h)
    s2.write_merge(2, 3, 1, 1, "萝溪县")  # the county merged down its two rows
    s2.write(4, 1, "箬山县")
    s2.write(5, 1, "泊云县")
    s2.write(6, 0, "联系人：市卫健委医政科")
    wb.save(str(path))
    for s in (PROV, CENTRAL, CTCM):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- deployments
ROSTER_HDR = ["序号", "姓名", "性别", "出生\n年月", "身份证\n号码", "科室", "职称", "联系电话", "派驻单位",
              "派驻\n开始时间", "派驻\n结束时间", "备注"]


def roster_xlsx(path, title, filled, people, when):
    """The 省人民医院 roster template: title, a 填报单位 / 填报时间 line, a header with line breaks inside cells,
    性别 / 出生年月 / 联系电话 columns, dates typed as text "2024.1.8" / "2024.07.07"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "派驻人员"
    ws.append([title])
    ws.merge_cells("A1:L1")
    ws.append(["填报单位：霁岚省人民医院医务部（盖章）", None, None, None, None, None, None, None,
               f"填报时间：{filled}"])
    ws.append(ROSTER_HDR)
    for i, p in enumerate(people, 1):
        ws.append([i, *p])
        ws.cell(ws.max_row, 5).number_format = "@"
    ws.append([None, "合计", None, None, None, None, None, None, f"{len(people)}人"])
    ws.append(["说明：本表为" + SYN + "。"])
    wrap_all(ws)
    save_xlsx(wb, path, when)
    return "派驻人员"


def f_batch1(path: Path):
    fn = path.name
    zhou_lower = ID["zhou"][:17] + "x"
    w = ID["wu"]
    wu_spaced = f"{w[:6]} {w[6:14]} {w[14:]}"
    people = [("lin", "林清和", "男", "1971.04", use_id("lin"), "心血管内科", "主任医师", "13900001101", LX,
               "2024.1.8", "2024.7.7", dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 1, 8), d(2024, 7, 7))),
              ("zhou", "周晓岚", "女", "1982.09", use_id("zhou", zhou_lower), "呼吸与危重症医学科", "副主任医师",
               "13900001102", LX, "2024.1.8", "2024.07.07",
               dep("呼吸与危重症医学科", "副主任医师", "副高级", "医疗", d(2024, 1, 8), d(2024, 7, 7))),
              ("wu", "吴承泽", "男", "1985.06", use_id("wu", wu_spaced), "普外科", "主治医师", "13900001103", LX,
               "2024.1.8", "2024.7.7", dep("普外科", "主治医师", "中级", "医疗", d(2024, 1, 8), d(2024, 7, 7))),
              ("zhao", "赵一苇", "女", "1988.02", use_id("zhao"), "护理部", "主管护师", "13900001104", LX,
               "2024.1.8", "2024.7.7", dep("护理部", "主管护师", "中级", "护理", d(2024, 1, 8), d(2024, 7, 7))),
              ("qian", "钱明川", "男", "1979.01", use_id("qian"), "骨科", "副主任医师", "13900001105", RS,
               "2024.1.15", "2024.7.14", dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 1, 15), d(2024, 7, 14))),
              ("sun", "孙若溪", "女", "1986.08", use_id("sun"), "麻醉科", "主治医师", "13900001106", "箬山县第二人民医院",
               "2024.1.15", "2024.7.14", None)]
    sh = roster_xlsx(path, f"霁岚省人民医院2024年第1批对口支援派驻人员名单（{SYN}）", "2024年1月10日",
                     [p[1:11] for p in people], dt.datetime(2024, 1, 10, 9, 0))
    for i, p in enumerate(people, 1):
        r = 3 + i
        if p[11] is None:  # sent to a hospital that is in no pairing of the list
            quarantine(fn, sh, r, "unresolved_hospital", "派驻单位 箬山县第二人民医院 is no hospital of the pairing list")
            continue
        row("deployments", [(fn, sh, r)], p[11], {"support_hospital_id": PROV, "recipient_hospital_id": p[8]},
            ["start_date", "department"], id_number=ID[p[0]])


BATCH2 = [("zheng", "郑北辰", "男", "1976.03", "心血管内科", "副主任医师", "13900001201", LX,
           dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 7, 8), d(2025, 1, 7))),
          ("wang", "王书瑶", "女", "1989.07", "呼吸与危重症医学科", "主治医师", "13900001202", LX,
           dep("呼吸与危重症医学科", "主治医师", "中级", "医疗", d(2024, 7, 8), d(2025, 1, 7))),
          ("feng", "冯立", "男", "1980.11", "普外科", "副主任医师", "13900001203", LX,
           dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 7, 8), d(2025, 1, 7))),
          ("chen", "陈沐", "女", "1987.05", "护理部", "主管护师", "13900001204", LX,
           dep("护理部", "主管护师", "中级", "护理", d(2024, 7, 8), d(2025, 1, 7))),
          ("chu", "褚云帆", "男", "1990.02", "骨科", "主治医师", "13900001205", RS,
           dep("骨科", "主治医师", "中级", "医疗", d(2024, 7, 8), d(2025, 1, 7)))]


def f_batch2(path_first: Path, path_final: Path):
    """第2批: a first list, then a 最终版 a few days later in which 冯立 is replaced by 卫东篱 (same 科室, same row)
    and 褚云帆 starts a week later. The 最终版 is the list: the first file's rows it changes or lacks are gone."""
    first, final = path_first.name, path_final.name
    title = f"霁岚省人民医院2024年第2批对口支援派驻人员名单（{SYN}）"

    def as_rows(people, dates):
        return [(name, sex, born, use_id(key), dept, t, tel, rec, s, e)
                for (key, name, sex, born, dept, t, tel, rec, _), (s, e) in zip(people, dates)]

    dates_first = [("2024.7.8", "2025.1.7")] * 5
    sh = roster_xlsx(path_first, title, "2024年7月1日", as_rows(BATCH2, dates_first), dt.datetime(2024, 7, 1, 9, 0))
    final_people = list(BATCH2)
    final_people[2] = ("wei", "卫东篱", "男", "1978.10", "普外科", "副主任医师", "13900001206", LX,
                       dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 7, 8), d(2025, 1, 7)))
    chu = final_people[4]
    final_people[4] = chu[:8] + (dict(chu[8], start_date=d(2024, 7, 15)),)
    dates_final = [("2024.7.8", "2025.1.7")] * 4 + [("2024.7.15", "2025.1.7")]
    roster_xlsx(path_final, title + " 最终版", "2024年7月5日", as_rows(final_people, dates_final),
                dt.datetime(2024, 7, 5, 9, 0))
    for i, p in enumerate(final_people, 1):
        r = 3 + i
        unchanged = p == BATCH2[i - 1]
        places = [(final, sh, r)] + ([(first, sh, r)] if unchanged else [])
        row("deployments", places, p[8], {"support_hospital_id": PROV, "recipient_hospital_id": p[7]},
            ["start_date", "department"], id_number=ID[p[0]])


def f_county_downward(path: Path):
    """萝溪县人民医院 → its township centres ("下沉"): the header says 下沉单位 / 下沉起止时间, one range cell
    "2024.7.1—2024.12.31"; a 15-digit ID number, an ID placeholder （待补）, an ID with a wrong check digit."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"萝溪县人民医院2024年三季度下沉乡镇卫生院人员花名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "下沉单位", "下沉起止时间", "备注"])
    li = ID["li"]
    fifteen = li[:6] + li[8:14] + li[14:17]
    ge_wrong = ID["ge"][:17] + ("1" if ID["ge"][17] != "1" else "2")
    people = [("li", "黎小满", use_id("li", fifteen), "全科医学科", "主治医师", ZL, "2024.7.1—2024.12.31",
               dep("全科医学科", "主治医师", "中级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), ID["li"], "ID_15_DIGIT"),
              ("jiang", "蒋安", use_id("jiang"), "内科", "住院医师", ZL, "2024.7.1—2024.12.31",
               dep("内科", "住院医师", "初级", "医疗", d(2024, 7, 1), d(2024, 12, 31)), ID["jiang"], None),
              (None, "韩霜", "（待补）", "护理部", "主管护师", FP, "2024.7.1—2024.12.31",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 7, 1), d(2024, 12, 31)), None, "NAME_ONLY"),
              ("ge", "葛平", use_id("ge", ge_wrong), "中医科", "主治中医师", FP, "2024.8.1—2025.1.31",
               dep("中医科", "主治中医师", "中级", "医疗", d(2024, 8, 1), d(2025, 1, 31)), ge_wrong, "ID_CHECK_DIGIT")]
    for i, (key, name, idv, dept, t, rec, period, f, tid, code) in enumerate(people, 1):
        ws.append([i, name, idv, dept, t, rec, period, None])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", [(fn, sh, ws.max_row)], f, {"support_hospital_id": LX, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, ws.max_row, code)
    ws.append(["填表人：医务科", None, None, None, "审核：", None, "2024年7月3日"])
    save_xlsx(wb, path, dt.datetime(2024, 7, 3, 9, 0))


# ------------------------------------------------------------------------------------------- assessments
def assessments_xlsx(path: Path, months, people, when):
    """萝溪县人民医院's quarterly assessment sheet: one row per person, a two-row header with each month
    merged over 得分 | 抽查次数 | 在岗次数."""
    fn, sh = path.name, "考核表"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"萝溪县人民医院2024年{months[0]}-{months[-1]}月派驻人员月度考核汇总表（{SYN}）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4 + 3 * len(months))
    ws.append(["序号", "姓名", "身份证号", "派出单位"] + sum([[f"{m}月", None, None] for m in months], []))
    ws.append([None] * 4 + ["得分", "抽查次数", "在岗次数"] * len(months))
    for c in range(1, 5):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    for k in range(len(months)):
        ws.merge_cells(start_row=2, start_column=5 + 3 * k, end_row=2, end_column=7 + 3 * k)
    for i, (key, name, cells) in enumerate(people, 1):
        ws.append([i, name, use_id(key), PROV] + sum([list(c[:3]) for c in cells], []))
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for m, c in zip(months, cells):
            row("staff_monthly_assessments", [(fn, sh, r)],
                dict(year=2024, month=m, score=c[3], spot_checks=c[4], spot_checks_present=c[5]),
                {"recipient_hospital_id": LX}, ["month"], id_number=ID[key])
            if c[6]:
                finding(fn, r, c[6])
    ws.append(["考核小组：", None, None, "院办", None, None, "日期：", f"2024年{months[-1] + 1}月5日"])
    save_xlsx(wb, path, when)


def f_assess_q1(path: Path):
    # cells: (得分 as written, 抽查, 在岗, score, spot_checks, present, finding)
    ok = lambda s, p=3: (s, 3, p, float(s), 3, p, None)  # noqa: E731
    people = [("lin", "林清和", [ok(95), ok(96), ok(94)]),
              ("zhou", "周晓岚", [ok(92.5), ("95分", 3, 3, 95.0, 3, 3, None), ok(93)]),
              ("wu", "吴承泽", [ok(90), ok(88, 2), ok(91)]),
              ("zhao", "赵一苇", [ok(94), ok(94), ok(96)])]
    assessments_xlsx(path, [1, 2, 3], people, dt.datetime(2024, 4, 5, 9, 0))


def f_assess_q3(path: Path):
    ok = lambda s, p=3: (s, 3, p, float(s), 3, p, None)  # noqa: E731
    people = [("zheng", "郑北辰", [ok(93), ok(95), ok(96)]),
              ("wang", "王书瑶", [ok(91), ok(90), ok(92)]),
              ("wei", "卫东篱", [ok(89), ok(92), ok(93)]),
              ("chen", "陈沐", [ok(94), (90, 3, "请假", 90.0, 3, None, "UNPARSEABLE_OPTIONAL"), ok(95)])]
    assessments_xlsx(path, [7, 8, 9], people, dt.datetime(2024, 10, 5, 9, 0))


# ------------------------------------------------------------------------------------------- trainees
def f_rs_trainees_xls(path: Path, copy_path: Path):
    """箬山县人民医院 (.xls): 进修时间 "2024.3—2024.8" (months) or "2024.1.2—2024.6.30"; 进修费用（元） 0 / "免费";
    结业情况 "已结业" / "在修". The "- 副本" copy is the same rows re-saved (column widths changed)."""
    fn, sh = path.name, "进修人员"
    people = [("qiu", "邱晚晴", "心血管内科", "2024.3—2024.8", 0, "在修", d(2024, 3, 1), d(2024, 8, 31), 0.0, False),
              ("fang", "方知秋", "重症医学科", "2024.1.2—2024.6.30", "免费", "已结业", d(2024, 1, 2), d(2024, 6, 30), 0.0,
               True),
              ("cheng", "程嘉木", "超声医学科", "2024.4—2024.9", "0", "在修", d(2024, 4, 1), d(2024, 9, 30), 0.0, False)]

    def write(p: Path, widths: bool):
        wb = xlwt.Workbook(encoding="utf-8")
        ws = wb.add_sheet(sh)
        ws.write_merge(0, 0, 0, 7, f"箬山县人民医院2024年上半年选派人员赴上级医院进修情况表（{SYN}）")
        for j, h in enumerate(["序号", "姓名", "身份证号码", "进修科室", "进修单位", "进修时间", "进修费用（元）",
                               "结业情况"]):
            ws.write(1, j, h)
        for i, (key, name, dept, period, fee, done, *_x) in enumerate(people, 1):
            for j, v in enumerate([i, name, use_id(key), dept, PROV, period, fee, done]):
                ws.write(1 + i, j, v)
        ws.write(2 + len(people), 0, "填表人：科教科    联系电话：0999-5550123")
        if widths:
            for j in range(8):
                ws.col(j).width = 256 * (14 if j in (2, 5) else 10)
        wb.save(str(p))

    write(path, False)
    write(copy_path, True)
    for i, (key, name, dept, period, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        row("trainees", [(fn, sh, 2 + i), (copy_path.name, sh, 2 + i)],
            dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev, completed=donev),
            {"recipient_hospital_id": RS, "host_hospital_id": PROV}, ["start_date", "department"], id_number=ID[key])


def f_host_trainees(path: Path):
    """霁岚省人民医院 as host: 选送单位 names the recipient, 进修起止时间 "2024-07-01至2024-12-31",
    是否收费 否 (→ 0 yuan), 是否结业 是/否."""
    fn, sh = path.name, "下半年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁岚省人民医院接收对口支援医院进修人员登记表（2024年下半年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "选送单位", "进修科室", "进修起止时间", "是否收费", "是否结业"])
    people = [("lu", "鲁青禾", LX, "麻醉科", "2024-07-01至2024-12-31", "是", d(2024, 7, 1), d(2024, 12, 31), True),
              ("miao", "苗子衿", LX, "检验科", "2024-09-02至2025-03-01", "否", d(2024, 9, 2), d(2025, 3, 1), False),
              ("yue", "岳青", RS, "儿科", "2024-07-01至2024-12-31", "是", d(2024, 7, 1), d(2024, 12, 31), True)]
    for i, (key, name, rec, dept, period, done, sd, ed, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), rec, dept, period, "否", done])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", [(fn, sh, ws.max_row)],
            dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": PROV}, ["start_date", "department"], id_number=ID[key])
    ws.append(["共 3 人"])
    ws.append(["填报：科教处", None, None, None, None, "2025年1月8日"])
    save_xlsx(wb, path, dt.datetime(2025, 1, 8, 9, 0))


# ------------------------------------------------------------------------------------------- techniques
def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy; a dt.date becomes a date cell."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=f"{v.year}/{v.month}/{v.day}"))
                elif isinstance(v, (int, float)):
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


def f_by_techniques(path: Path):
    """泊云县人民医院 (.ods): 首次开展时间 "2024年4月", a date cell, "2024/6/3"; 例数 "36", "12（截至6月底）",
    "若干" (→ empty + finding); 是否填补县域空白 "是" / "否" / "是（县内首例）"; 支援单位 and 指导专家 columns."""
    fn, sh = path.name, "新技术新项目"
    rows = [[f"泊云县人民医院2024年上半年新技术新项目开展情况统计表（{SYN}）"],
            ["序号", "新技术名称", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援单位", "指导专家"]]
    items = [("无痛胃肠镜诊疗", "消化内科", "2024年4月", "36", "是", d(2024, 4, 1), 36, True),
             ("经皮肾镜碎石取石术", "泌尿外科", dt.date(2024, 5, 17), "12（截至6月底）", "是", d(2024, 5, 17), 12, True),
             ("新生儿经皮胆红素监测", "儿科", "2024/6/3", "若干", "否", d(2024, 6, 3), None, False),
             ("CT引导下肺穿刺活检", "医学影像科", "2024年6月", 5, "是（县内首例）", d(2024, 6, 1), 5, True)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, CENTRAL, "某主任"])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day,
                                                      cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": BY, "support_hospital_id": CENTRAL}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科", None, None, "审核：", None, "报送日期：2024年7月6日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- activities
def f_central_activities_csv(path: Path):
    """渟州市中心医院 (CSV, GBK, CRLF): the support hospital only in a 填报单位 line; 活动日期 exported with a time
    ("2024/4/9 14:30"); a topic with a comma (quoted); 参加人数 "42人", "全科室" and "约40人" (→ empty + finding);
    a 合计 line."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"渟州市中心医院对口帮扶活动记录表（2024年4—6月）{SYN}", "", "", "", "", "", ""])
    w.writerow(["填报单位：渟州市中心医院", "", "", "", "", "", ""])
    w.writerow(["序号", "活动日期", "受援医院", "活动形式", "活动内容", "主讲/指导专家", "参加人数"])
    acts = [("2024/4/9 14:30", BY, "学术讲座", "慢性阻塞性肺疾病的规范诊治，及吸入装置的使用", "42人", d(2024, 4, 9), 42),
            ("2024/4/18 9:00", BYMCH, "教学查房", "产科教学查房", "15", d(2024, 4, 18), 15),
            ("2024/5/7 8:30", BY, "手术示教", "腹腔镜胆囊切除术", "8", d(2024, 5, 7), 8),
            ("2024/5/22 15:00", BY, "疑难病例讨论", "发热待查病例讨论", "全科室", d(2024, 5, 22), None),
            ("2024/6/12 10:00", BYMCH, "远程会诊", "高危妊娠远程会诊", "6", d(2024, 6, 12), 6),
            ("2024/6/26 8:00", BY, "义诊", "基层慢病义诊", "约40人", d(2024, 6, 26), None)]
    r = 3
    for i, (when, rec, typ, topic, n, day, nv) in enumerate(acts, 1):
        w.writerow([i, when, rec, typ, topic, "某主任", n])
        r += 1
        row("activities", [(fn, None, r)], dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": CENTRAL}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    w.writerow(["合计", "", "", "", "", "", "共6次"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_bymch_activities(path: Path):
    """泊云县妇幼保健院, the recipient reporting: dates typed as text "10.14" (year from the title), the support
    hospital in 帮扶单位, one row with no date (unusable), one with 人数 blank."""
    fn, sh = path.name, "四季度"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"泊云县妇幼保健院2024年第四季度接受对口帮扶活动登记表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "日期", "帮扶单位", "形式", "主题", "人数"])
    acts = [("10.14", "技术培训", "新生儿复苏技术培训", 28, d(2024, 10, 14), 28),
            ("11.5", "学术讲座", "妊娠期糖尿病的管理", 35, d(2024, 11, 5), 35),
            (None, "教学查房", "儿科教学查房", 12, None, None),
            ("12.18", "义诊", "母婴健康义诊", None, d(2024, 12, 18), None)]
    for i, (when, typ, topic, n, day, nv) in enumerate(acts, 1):
        ws.append([i, when, CENTRAL, typ, topic, n])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        if day is None:
            quarantine(fn, sh, r, "missing_required", "日期 left blank: an activity without a date")
            continue
        row("activities", [(fn, sh, r)], dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": BYMCH, "support_hospital_id": CENTRAL}, ["activity_date"])
    ws.append(["填表人：办公室", None, None, None, "2025年1月6日"])
    save_xlsx(wb, path, dt.datetime(2025, 1, 6, 9, 0))


# ------------------------------------------------------------------------------------------- monthly stats
def lx_quarter_xlsx(path: Path, months, labels, values, when):
    """萝溪县人民医院's quarterly workload sheet: months written 一月 / 4月, 门急诊人次 as text with a thousands
    separator ("15,230"), a 同比增长 column, a 季度合计 row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "业务量"
    ws.append([f"萝溪县人民医院2024年{months[0]}-{months[-1]}月主要业务指标（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["月份", "门急诊人次", "出院人次", "住院手术台次", "转出患者人次", "接收下转患者人次", "门急诊同比增长"])
    for lab, v in zip(labels, values):
        ws.append([lab, f"{v[0]:,}", *v[1:], f"{(v[0] % 97) / 10:.1f}%"])
    ws.append(["季度合计", f"{sum(v[0] for v in values):,}", *[sum(v[k] for v in values) for k in range(1, 5)], None])
    save_xlsx(wb, path, when)
    return "业务量"


def lx_row(places, m, v):
    row("hospital_monthly_stats", places, dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1],
                                               surgeries=v[2], referrals_out=v[3], referrals_down_received=v[4]),
        {"recipient_hospital_id": LX}, ["month"])


def f_lx_q1(path: Path, dup: Path):
    vals = [[15230, 1342, 318, 41, 12], [13875, 1190, 277, 37, 9], [16402, 1416, 335, 44, 14]]
    sh = lx_quarter_xlsx(path, [1, 2, 3], ["一月", "二月", "三月"], vals, dt.datetime(2024, 4, 8, 9, 0))
    shutil.copyfile(path, dup)  # "(1)": the same file saved twice from WeChat, byte for byte
    for i, v in enumerate(vals):
        lx_row([(path.name, sh, 3 + i), (dup.name, sh, 3 + i)], i + 1, v)


def f_lx_q2(path: Path, corrected: Path):
    good = [[16018, 1398, 341, 43, 11], [16655, 1432, 352, 40, 15], [15940, 1381, 329, 39, 13]]
    typo = [list(v) for v in good]
    typo[1][1] = 14320  # 5月 出院人次 typed with an extra digit; the 更正版 fixes it
    sh = lx_quarter_xlsx(path, [4, 5, 6], ["4月", "5月", "6月"], typo, dt.datetime(2024, 7, 6, 9, 0))
    lx_quarter_xlsx(corrected, [4, 5, 6], ["4月", "5月", "6月"], good, dt.datetime(2024, 7, 9, 9, 0))
    for i, v in enumerate(good):
        places = [(corrected.name, sh, 3 + i)] + ([(path.name, sh, 3 + i)] if v == typo[i] else [])
        lx_row(places, 4 + i, v)


def f_lx_q4(path: Path):
    """Q4 in another layout (a new clerk): indicators down the rows, 10月 | 11月 | 12月 | 四季度合计 as columns."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"萝溪县人民医院2024年第四季度业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["指标", "10月", "11月", "12月", "四季度合计"])
    vals = {10: [16210, 1405, 338, 42, 12], 11: [15877, 1372, 325, 38, 10], 12: [17034, 1466, 359, 45, 16]}
    labels = ["门急诊人次", "出院人次", "手术台次", "转出人次", "下转接收人次"]
    for k, lab in enumerate(labels):
        ws.append([lab] + [vals[m][k] for m in (10, 11, 12)] + [sum(vals[m][k] for m in (10, 11, 12))])
    ws.append(["制表：统计室", None, None, "2025年1月7日"])
    save_xlsx(wb, path, dt.datetime(2025, 1, 7, 9, 0))
    for j, m in enumerate((10, 11, 12)):
        # months as columns: the record is the column; any of its rows (header to the last indicator) is its place
        lx_row([(fn, sh, r) for r in range(2, 3 + len(labels))], m, vals[m])


def f_yt_monthly_csv(path: Path):
    """雁汀镇卫生院 (CSV, UTF-8 without BOM, LF, forwarded over WeChat): months "2024-07", a subset column
    其中：急诊人次, 手术台次 "—" (a township centre does no surgery: not reported), one blank 下转接收."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"雁汀镇卫生院2024年7-9月业务量报表（{SYN}）"])
    w.writerow(["月份", "门急诊人次", "其中：急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    vals = {7: [2310, 118, 64, 9, 3], 8: [2456, 131, 71, 11, 5], 9: [2198, 109, 58, 8, None]}
    r = 2
    for m, v in vals.items():
        w.writerow([f"2024-{m:02d}", v[0], v[1], v[2], "—", v[3], "" if v[4] is None else v[4]])
        r += 1
        row("hospital_monthly_stats", [(fn, None, r)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[2], surgeries=None, referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": YT}, ["month"])
    w.writerow(["填报人：院办"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


# ------------------------------------------------------------------------------------------- county stats
def f_county_stats(path: Path):
    """市卫健委 summary: counties as columns (萝溪县 | 箬山县 | 泊云县 | 全市合计), a 行政区划代码 row, the measures
    down the rows, a worked-out 县域内就诊率（%） row."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"渟州市2024年县域住院流向统计（市卫健委汇总）{SYN}"])
    ws.merge_cells("A1:E1")
    data = {"萝溪县": ("999121", 41230, 7415), "箬山县": ("999122", 29804, 5932), "泊云县": ("999123", 22517, 4876)}
    ws.append(["指标"] + list(data) + ["全市合计"])
    ws.append(["行政区划代码"] + [v[0] for v in data.values()] + ["—"])
    ws.append(["常住居民住院总人次"] + [v[1] for v in data.values()] + [sum(v[1] for v in data.values())])
    ws.append(["其中：县域外住院人次"] + [v[2] for v in data.values()] + [sum(v[2] for v in data.values())])
    ws.append(["县域内就诊率（%）"] + [round(100 * (1 - v[2] / v[1]), 1) for v in data.values()] + [None])
    ws.append(["数据来源：全民健康信息平台"])
    save_xlsx(wb, path, dt.datetime(2025, 1, 20, 9, 0))
    for name, (code, tot, out) in data.items():
        row("county_inpatient_stats", [(fn, sh, r) for r in range(2, 7)],
            dict(county_code=code, year=2024, county_name=name, resident_admissions=tot,
                 resident_admissions_outside_county=out), {}, ["county_code"])


# ------------------------------------------------------------------------------------------- not a spreadsheet
def f_docx(path: Path):
    """A .docx work summary sent by mistake (a minimal but valid Word document, zip entries at a fixed time)."""
    body = (f"泊云县妇幼保健院2024年对口支援工作总结（{SYN}）。全年接受渟州市中心医院帮扶活动若干次，"
            "详见活动登记表。")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://'
        'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas'
        '.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://'
        'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + body +
        '</w:t></w:r></w:p></w:body></w:document>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, text in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))


# ------------------------------------------------------------------------------------------- main
Q = ["2024年一季度", "2024年二季度", "2024年三季度", "2024年四季度"]
NOT_SPREADSHEETS = ["SYNTHETIC_泊云县妇幼保健院2024年对口支援工作总结.docx"]


def stamp(path: Path, when: dt.datetime):
    t = when.replace(tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (t, t))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ["reference", *Q]:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_渟州市对口支援关系表（2024—2026年）.xls")
    q1, q2, q3, q4 = (raw / q for q in Q)
    made = []  # (path, mtime): the order they arrived

    def p(folder, name, when):
        made.append((folder / name, when))
        return folder / name

    f_batch1(p(q1, "SYNTHETIC_省人医派驻人员名单（2024年第1批）.xlsx", dt.datetime(2024, 1, 10, 10)))
    f_lx_q1(p(q1, "SYNTHETIC_微信文件_20240408_萝溪县人民医院1-3月业务量.xlsx", dt.datetime(2024, 4, 8, 10)),
            p(q1, "SYNTHETIC_微信文件_20240408_萝溪县人民医院1-3月业务量(1).xlsx", dt.datetime(2024, 4, 8, 10, 1)))
    f_assess_q1(p(q1, "SYNTHETIC_2024年1-3月派驻人员考核表(萝溪县人民医院).xlsx", dt.datetime(2024, 4, 9, 10)))
    f_lx_q2(p(q2, "SYNTHETIC_萝溪县人民医院4-6月业务量.xlsx", dt.datetime(2024, 7, 6, 10)),
            p(q2, "SYNTHETIC_萝溪县人民医院4-6月业务量（更正版）.xlsx", dt.datetime(2024, 7, 9, 10)))
    f_rs_trainees_xls(p(q2, "SYNTHETIC_箬山县人民医院进修人员2024上半年.xls", dt.datetime(2024, 7, 4, 10)),
                      p(q2, "SYNTHETIC_箬山县人民医院进修人员2024上半年 - 副本.xls", dt.datetime(2024, 7, 4, 11)))
    f_central_activities_csv(p(q2, "SYNTHETIC_市中心医院帮扶活动记录2024年4-6月.csv", dt.datetime(2024, 7, 5, 10)))
    f_by_techniques(p(q2, "SYNTHETIC_泊云县人民医院新技术新项目2024.ods", dt.datetime(2024, 7, 6, 11)))
    fix_zip(made[-1][0], made[-1][1])
    f_batch2(p(q3, "SYNTHETIC_省人医派驻人员名单（2024年第2批）.xlsx", dt.datetime(2024, 7, 1, 10)),
             p(q3, "SYNTHETIC_省人医派驻人员名单（2024年第2批）最终版.xlsx", dt.datetime(2024, 7, 5, 10)))
    f_county_downward(p(q3, "SYNTHETIC_萝溪县人民医院下沉乡镇卫生院人员花名册（三季度）.xlsx", dt.datetime(2024, 7, 3, 10)))
    f_yt_monthly_csv(p(q3, "SYNTHETIC_微信文件_20241012_雁汀镇卫生院7-9月业务量.csv", dt.datetime(2024, 10, 12, 10)))
    f_assess_q3(p(q3, "SYNTHETIC_2024年7-9月派驻人员考核表(萝溪县人民医院).xlsx", dt.datetime(2024, 10, 5, 10)))
    f_lx_q4(p(q4, "SYNTHETIC_萝溪县人民医院10-12月业务量.xlsx", dt.datetime(2025, 1, 7, 10)))
    f_host_trainees(p(q4, "SYNTHETIC_省人医接收进修人员登记（2024年下半年）.xlsx", dt.datetime(2025, 1, 8, 10)))
    f_bymch_activities(p(q4, "SYNTHETIC_泊云县妇幼保健院接受帮扶活动登记（四季度）.xlsx", dt.datetime(2025, 1, 6, 10)))
    f_county_stats(p(q4, "SYNTHETIC_县域住院流向统计2024（市卫健委汇总）.xlsx", dt.datetime(2025, 1, 20, 10)))
    f_docx(p(q4, NOT_SPREADSHEETS[0], dt.datetime(2025, 1, 6, 11)))
    for path, when in made:
        stamp(path, when)
        if path.name not in NOT_SPREADSHEETS:
            truth["submission_files"].append(path.name)
    truth["not_spreadsheets"] = NOT_SPREADSHEETS
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

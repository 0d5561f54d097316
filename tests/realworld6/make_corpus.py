#!/usr/bin/env python3
"""Build the realworld6 test corpus: a province's SECOND year, in two steps.

Everything here is SYNTHETIC (合成数据): the province 沅江省, its cities, counties,
hospitals, people and ID numbers are invented.  ID numbers use region prefixes that
start with 99 (no such province exists) and carry a correct GB 11643-1999 check digit
unless a row is meant to be doubtful.

    make_corpus.py OUTDIR [--step {1,2}]

--step 1 writes only what the province had at the first ingest (the pairing list in
OUTDIR/data/raw/reference/ and the 2024 submissions in OUTDIR/data/raw/submissions/); --step 2 (default)
writes everything, i.e. also the code list (reference/) and the corrected roster (submissions/).  Files
common to both steps are byte-identical.  Re-runs are byte-identical (document timestamps fixed).

OUTDIR/truth.json gets the expected values in the shape of tests/corpus_harness.py (until 2026-12-06 the
files went to OUTDIR/{reference,submissions} and the values, with --expected, to expected.json).
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import sys
from pathlib import Path

import xlsxwriter
import xlwt

FIXED_TS = dt.datetime(2025, 1, 20, 9, 30, 0)
YEAR = 2024

# --------------------------------------------------------------------------- helpers

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CHK = "10X98765432"


def check_digit(body17: str) -> str:
    return _CHK[sum(int(c) * w for c, w in zip(body17, _W)) % 11]


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def after_months(start: dt.date, n: int) -> dt.date:
    """End of an n-month stay that starts on `start` (start + n months - 1 day)."""
    return add_months(start, n) - dt.timedelta(days=1)


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def iso(d: dt.date | None):
    return d.isoformat() if d else None


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s: str) -> str:
    return s.translate(FW)


def thousands(n: int) -> str:
    return f"{n:,}"


# --------------------------------------------------------------------------- registry

PROVINCE = "沅江省"
COUNTIES = {  # county: (city, administrative code)
    "岳湖区": ("溪岚市", "993502"),
    "石溪县": ("溪岚市", "993521"),
    "云阜县": ("溪岚市", "993522"),
    "柳湾县": ("溪岚市", "993523"),
    "明德区": ("桐川市", "993602"),
    "望澜县": ("桐川市", "993621"),
}

# key: name, level, grade, category, county, code (统一社会信用代码-like, contains letters)
HOSPITALS = {
    "S1": ("沅江省人民医院", "三级", "甲等", "综合医院", "岳湖区", "12993502MB0371254Q"),
    "S2": ("溪岚市中心医院", "三级", "甲等", "综合医院", "岳湖区", "12993502MB0419837K"),
    "S3": ("沅江省中医院", "三级", "甲等", "中医医院", "岳湖区", "12993502MB0288146D"),
    "S4": ("桐川市第一人民医院", "三级", "乙等", "综合医院", "明德区", "12993602MB1650393H"),
    "R1": ("石溪县人民医院", "二级", "甲等", "综合医院", "石溪县", "12993521MB2204716T"),
    "R2": ("石溪县中医医院", "二级", "甲等", "中医医院", "石溪县", "12993521MB2213059N"),
    "R3": ("云阜县人民医院", "二级", "乙等", "综合医院", "云阜县", "12993522MB2307481W"),
    "R4": ("云阜县妇幼保健院", "二级", "甲等", "妇幼保健院", "云阜县", "12993522MB2316624C"),
    "R5": ("柳湾县人民医院", "二级", "甲等", "综合医院", "柳湾县", "12993523MB2408832G"),
    "R6": ("望澜县人民医院", "二级", "甲等", "综合医院", "望澜县", "12993621MB3102275P"),
    "R7": ("望澜县中医医院", "二级", "乙等", "中医医院", "望澜县", "12993621MB3114408Y"),
    "R8": ("望澜县龙潭镇中心卫生院", "一级", "甲等", "乡镇卫生院", "望澜县", "12993621MB3187560L"),
}
# in the code list but in no pairing and no submission
EXTRA_CODE_LIST = [
    ("12993502MB0530917R", "溪岚市妇幼保健院", "三级", "乙等", "妇幼保健院", "岳湖区"),
    ("12993602MB1722064E", "桐川市中医医院", "三级", "乙等", "中医医院", "明德区"),
]


def N(key: str) -> str:
    return HOSPITALS[key][0]


# support, recipient, agreement date, how the date is written in the pairing list
PAIRINGS = [
    ("S1", "R1", dt.date(2023, 3, 15), "date"),
    ("S1", "R5", dt.date(2023, 3, 15), "date"),
    ("S2", "R3", dt.date(2023, 4, 10), "dotted"),
    ("S2", "R4", dt.date(2023, 4, 10), "date"),
    ("S3", "R2", dt.date(2023, 5, 8), "chinese"),
    ("S3", "R7", dt.date(2023, 5, 8), "date"),
    ("S4", "R6", dt.date(2023, 3, 28), "date"),
    ("S4", "R8", dt.date(2023, 6, 2), "date"),
]
CYCLE = (dt.date(2023, 1, 1), dt.date(2027, 12, 31))

OUTSIDE_HOSPITAL = "桐川市明水区社区卫生服务中心"  # in no list at all

# --------------------------------------------------------------------------- people

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万覃武钱戴严莫孔向汤")
GIVEN = list("立衡志远晓明海涛建国文静秀英丽娟俊杰伟华红梅玉兰春燕云飞宏宇子涵思源佳怡博文嘉欣浩然雨轩欣妍明轩振华德胜淑芬桂香永刚国强丽萍晓东红霞亚男")


class People:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.ids: set[str] = set()

    def new(self, region: str, sex: str | None = None, want_x: bool = False, born=(1968, 1992)):
        rng = self.rng
        while True:
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
            if name not in self.names:
                break
        self.names.add(name)
        sex = sex or rng.choice("男女")
        while True:
            birth = dt.date(rng.randint(*born), rng.randint(1, 12), rng.randint(1, 28))
            last = rng.choice("13579" if sex == "男" else "02468")
            seq = f"{rng.randint(0, 99):02d}{last}"
            body = f"{region}{birth:%Y%m%d}{seq}"
            cd = check_digit(body)
            if want_x and cd != "X":
                continue
            if not want_x and cd == "X":
                continue  # keep X only where we mean it
            idn = body + cd
            if idn not in self.ids:
                break
        self.ids.add(idn)
        return {"name": name, "sex": sex, "id": idn}


def bad_check(idn: str) -> str:
    body = idn[:17]
    good = idn[17]
    for c in "0123456789":
        if c != good:
            return body + c
    raise AssertionError


# --------------------------------------------------------------------------- expected

class Expect:
    def __init__(self):
        self.rows: list[dict] = []
        self.step1_only: list[dict] = []

    def row(self, table, file, sheet, row, *, id_number=None, person_basis=None, hospitals=None,
            fields=None, findings=(), note="", step1_only=False, person_alt_basis=None):
        r = {"table": table, "file": file, "sheet": sheet, "row": row, "id_number": id_number,
             "hospitals": dict(hospitals or {}), "fields": dict(fields or {}),
             "findings": list(findings), "note": note}
        if person_basis:
            r["person_basis"] = person_basis
        if person_alt_basis:
            r["person_alt_basis"] = person_alt_basis
        (self.step1_only if step1_only else self.rows).append(r)
        return r

    def quarantine(self, table, file, sheet, row, why):
        self.rows.append({"quarantine": True, "table": table, "file": file, "sheet": sheet,
                          "row": row, "why": why})


def any_of(*vals):
    return {"any_of": list(vals)}


TITLE_RANK = {
    "主任医师": "正高级", "副主任医师": "副高级", "主治医师": "中级", "住院医师": "初级",
    "主任护师": "正高级", "副主任护师": "副高级", "主管护师": "中级", "护师": "初级",
    "主管技师": "中级", "主管药师": "中级",
}


def title_fields(raw: str, norm: str, alt: str | None = None):
    f = {"title": any_of(norm, alt) if alt else norm, "title_rank": TITLE_RANK[norm]}
    return f


# --------------------------------------------------------------------------- writers

class XL:
    """xlsxwriter workbook with fixed properties and a few formats."""

    def __init__(self, path: Path, title: str, author: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                                  "strings_to_formulas": False,
                                                  "strings_to_urls": False})
        self.wb.set_properties({"title": title, "author": author, "company": "合成数据",
                                "created": FIXED_TS, "comments": "SYNTHETIC 合成数据"})
        self.date = self.wb.add_format({"num_format": "yyyy-mm-dd", "border": 1})
        self.cdate = self.wb.add_format({"num_format": 'yyyy"年"m"月"d"日"', "border": 1})
        self.cell = self.wb.add_format({"border": 1})
        self.text_id = self.wb.add_format({"border": 1, "quote_prefix": True})
        self.head = self.wb.add_format({"bold": True, "border": 1, "align": "center",
                                        "valign": "vcenter", "text_wrap": True, "bg_color": "#D9E1F2"})
        self.titlef = self.wb.add_format({"bold": True, "font_size": 14, "align": "center",
                                          "valign": "vcenter"})
        self.plain = self.wb.add_format({})

    def put(self, ws, r1: int, c: int, v, fmt=None):
        r = r1 - 1
        fmt = fmt or self.cell
        if v is None:
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, dt.date):
            ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), fmt if fmt is not self.cell else self.date)
        elif isinstance(v, bool):
            ws.write_boolean(r, c, v, fmt)
        elif isinstance(v, (int, float)):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, str(v), fmt)

    def row(self, ws, r1, values, fmt=None):
        for c, v in enumerate(values):
            self.put(ws, r1, c, v, fmt)

    def title(self, ws, r1, ncols, text):
        ws.merge_range(r1 - 1, 0, r1 - 1, ncols - 1, text, self.titlef)
        ws.set_row(r1 - 1, 28)

    def close(self):
        self.wb.close()


class XLS:
    def __init__(self):
        self.wb = xlwt.Workbook(encoding="utf-8")
        self.date = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin",
                                num_format_str="YYYY-MM-DD")
        self.cdate = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin",
                                 num_format_str='YYYY"年"M"月"D"日"')
        self.cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
        self.head = xlwt.easyxf("font: bold on; align: horiz center, vert center; "
                                "borders: left thin, right thin, top thin, bottom thin")
        self.titlef = xlwt.easyxf("font: bold on, height 320; align: horiz center, vert center")
        self.plain = xlwt.easyxf("")

    def put(self, ws, r1, c, v, style=None):
        style = style or self.cell
        if v is None:
            ws.write(r1 - 1, c, "", style)
        elif isinstance(v, dt.date):
            ws.write(r1 - 1, c, dt.datetime(v.year, v.month, v.day),
                     style if style is not self.cell else self.date)
        else:
            ws.write(r1 - 1, c, v, style)

    def row(self, ws, r1, values, style=None):
        for c, v in enumerate(values):
            self.put(ws, r1, c, v, style)

    def save(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.wb.save(str(path))


def write_csv(path: Path, lines: list[list[str]], delimiter: str, encoding: str, bom=False):
    path.parent.mkdir(parents=True, exist_ok=True)
    out = []
    for rec in lines:
        cells = []
        for v in rec:
            v = "" if v is None else str(v)
            if delimiter in v or '"' in v or "," in v and delimiter == ",":
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(delimiter.join(cells))
    text = "\r\n".join(out) + "\r\n"
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


# --------------------------------------------------------------------------- corpus

class Corpus:
    def __init__(self, out: Path):
        self.out = out
        self.E = Expect()
        self.ppl = People(20240606)
        self.files: dict[str, Path] = {}  # base name -> relative path
        self.step2_files: list[str] = []
        self.rng = random.Random(6)

    def path(self, rel: str, step2=False) -> Path:
        p = self.out / rel
        name = Path(rel).name
        assert name not in self.files, name
        self.files[name] = Path(rel)
        if step2:
            self.step2_files.append(rel)
        return p

    # ------------------------------------------------------------------ reference
    def pairing_list(self):
        rel = "reference/SYNTHETIC_沅江省2023—2027年城乡医院对口支援关系表.xls"
        x = XLS()
        ws = x.wb.add_sheet("附件1")
        ws.write(0, 0, "附件1", x.plain)
        ws.write_merge(1, 1, 0, 6, "沅江省2023—2027年城乡医院对口支援关系表（合成数据）", x.titlef)
        x.row(ws, 3, ["序号", "支援单位", "受援单位", "受援单位等级", "受援单位类型", "所属县区", "协议签订日期"], x.head)
        for i, w in enumerate([6, 22, 26, 14, 14, 12, 18]):
            ws.col(i).width = w * 300
        r = 4
        by_support: dict[str, list] = {}
        for p in PAIRINGS:
            by_support.setdefault(p[0], []).append(p)
        n = 1
        for s, plist in by_support.items():
            # the support unit is written once, merged over its recipients (commission style)
            ws.write_merge(r - 1, r - 1 + len(plist) - 1, 1, 1, N(s), x.cell)
            for (_, rec, agreed, how) in plist:
                name, level, grade, cat, county, _ = HOSPITALS[rec]
                x.put(ws, r, 0, n)
                x.put(ws, r, 2, name)
                x.put(ws, r, 3, level + grade)
                x.put(ws, r, 4, cat)
                x.put(ws, r, 5, county)
                if how == "date":
                    x.put(ws, r, 6, agreed, x.cdate)
                elif how == "dotted":
                    x.put(ws, r, 6, f"{agreed.year}.{agreed.month:02d}.{agreed.day:02d}")
                else:
                    x.put(ws, r, 6, f"{agreed.year}年{agreed.month}月{agreed.day}日")
                r += 1
                n += 1
        ws.write(r, 0, "注：协议签订日期以双方盖章日期为准；本表为合成数据，仅供测试。", x.plain)
        x.save(self.path(rel))
        return Path(rel).name

    def code_list(self):
        rel = "reference/SYNTHETIC_沅江省医疗机构代码表.xlsx"
        x = XL(self.path(rel, step2=True), "沅江省医疗机构代码表（合成数据）", "沅江省卫生健康委员会")
        ws = x.wb.add_worksheet("代码表")
        x.title(ws, 1, 7, "沅江省医疗机构代码表（合成数据）")
        x.row(ws, 2, ["机构代码", "机构名称", "医院级别", "医院等次", "机构类别", "县（市、区）", "行政区划代码"], x.head)
        rows = []
        for k, (name, level, grade, cat, county, code) in HOSPITALS.items():
            rows.append((code, name, level, grade, cat, county))
        rows += EXTRA_CODE_LIST
        rows.sort(key=lambda t: (COUNTIES[t[5]][1], t[0]))
        for i, (code, name, level, grade, cat, county) in enumerate(rows):
            x.row(ws, 3 + i, [code, name, level, grade, cat, county, COUNTIES[county][1]])
        ws.set_column(0, 0, 22)
        ws.set_column(1, 1, 26)
        ws.set_column(2, 6, 12)
        x.close()
        return Path(rel).name

    # ------------------------------------------------------------------ F1 roster (recipient R1)
    def f1_roster_r1(self):
        rel = "submissions/溪岚市/石溪县/SYNTHETIC_石溪县人民医院2024年对口支援派驻人员名单.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "石溪县人民医院2024年对口支援派驻人员名单（合成数据）", "石溪县人民医院")
        sh = "派驻人员"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 11, "石溪县人民医院2024年度城乡医院对口支援派驻人员名单（合成数据）")
        x.put(ws, 2, 0, "填报单位（盖章）：石溪县人民医院（石溪县总医院）", x.plain)
        x.put(ws, 2, 7, "填报日期：2025年1月8日", x.plain)
        x.row(ws, 3, ["序号", "姓名", "性别", "身份证号", "派出单位", "派驻科室", "职称",
                      "派驻开始时间", "派驻期限", "在我院任职", "备注"], x.head)
        alias = "沅江省人民医院（沅江医科大学附属人民医院）"
        # (sex, dept, title raw, norm, start written, start, months written, months, position written, position, support written)
        spec = [
            ("男", "心血管内科", "副主任医师（副高）", "副主任医师", "2024/3/1", dt.date(2024, 3, 1), "6个月", 6, "科主任", "科主任", alias,
             "start as text 2024/3/1; 派驻期限 6个月; title with bracketed rank; support with bracketed alias"),
            ("男", "普外科", "主治医师/讲师", "主治医师", "2024-03-01", dt.date(2024, 3, 1), "6个月", 6, None, None, N("S1"),
             "title 主治医师/讲师 (clinical title / teaching title)"),
            ("女", "麻醉科", "主治医师", "主治医师", 45352, dt.date(2024, 3, 1), "12个月", 12, "无", None, N("S1"),
             "start is the General-format number 45352 (= 2024-03-01); position 无 = none"),
            ("女", "护理部", "主管护师", "主管护师", "2024年3月", dt.date(2024, 3, 1), "6个月", 6, "护士长", "护士长", alias,
             "month-only start 2024年3月 -> 1st; end = start + 6 months - 1 day"),
            ("男", "儿科", "主任医师（正高）", "主任医师", "2024/9/1", dt.date(2024, 9, 1), "6个月", 6, "副院长", "副院长", N("S1"),
             "6 months from 2024-09-01 runs into 2025"),
            ("男", "急诊科", "住院医师", "住院医师", "2024.9.2", dt.date(2024, 9, 2), "3个月", 3, None, None, N("S1"),
             "dotted date, 3个月"),
            ("男", "骨科", "副主任医师", "副主任医师", None, None, "6个月", 6, None, None, N("S1"),
             "QUARANTINE: no start date (备注 人员待定)"),
            ("女", "检验科", "主管技师", "主管技师", "2024年9月", dt.date(2024, 9, 1), "半年", 6, None, None, N("S1"),
             "month-only start, 派驻期限 半年"),
        ]
        r = 4
        for i, (sex, dept, traw, tnorm, swritten, start, mwritten, months, posw, pos, supw, note) in enumerate(spec):
            p = self.ppl.new("993502", sex)
            x.row(ws, r, [i + 1, p["name"], sex, None, supw, dept, traw, swritten, mwritten, posw,
                          "人员待定" if start is None else None])
            x.put(ws, r, 3, p["id"], x.text_id)
            if start is None:
                self.E.quarantine("deployments", fn, sh, r, "deployment without a start date (派驻开始时间 blank; 派驻期限 alone gives no dates): start_date is required")
            else:
                f = {"start_date": iso(start), "end_date": iso(after_months(start, months)),
                     "department": dept, "position_at_recipient": pos}
                f.update(title_fields(traw, tnorm))
                self.E.row("deployments", fn, sh, r, id_number=p["id"],
                           hospitals={"support_hospital_id": N("S1"), "recipient_hospital_id": N("R1")},
                           fields=f, note=note)
            r += 1
        x.put(ws, r, 0, f"合计：{len(spec)}人", x.plain)
        x.put(ws, r + 2, 0, "单位负责人：　　　　　填表人：　　　　　联系电话：　　　　　", x.plain)
        ws.set_column(0, 0, 6)
        ws.set_column(1, 2, 9)
        ws.set_column(3, 3, 21)
        ws.set_column(4, 4, 30)
        ws.set_column(5, 10, 13)
        x.close()

    # ------------------------------------------------------------------ F2 roster S2->R3 (+ correction)
    def f2_roster_r3(self):
        people = [self.ppl.new("993502", s) for s in ("男", "女", "女", "男", "男", "女")]
        spec = [
            # dept, title raw, norm, category, years written, years, period written, start, end, position, paid written, paid
            ("神经内科", "主任医师", "主任医师", "医疗", "26年", 26, "2024.07.01—2024.12.31", dt.date(2024, 7, 1), dt.date(2024, 12, 31), "副院长", 0, 0),
            ("普外科", "主治医师/讲师", "主治医师", "医疗", 11, 11, "2024.7.1-2024.12.31", dt.date(2024, 7, 1), dt.date(2024, 12, 31), None, 0, 0),
            ("护理部", "主管护师", "主管护师", "护理", "14年", 14, "2024年7月1日至2024年12月31日", dt.date(2024, 7, 1), dt.date(2024, 12, 31), "护士长", "无", any_of(0, None)),
            ("呼吸与危重症医学科", "副主任医师（副高）", "副主任医师", "医疗", 19, 19, "2024.07.01—2024.12.31", dt.date(2024, 7, 1), dt.date(2024, 12, 31), "科主任", 0, 0),
            ("急诊科", "住院医师", "住院医师", "医疗", 4, 4, "2024.07.01—2024.12.31", dt.date(2024, 7, 1), dt.date(2024, 12, 31), None, 0, 0),
            ("药剂科", "主管药师", "主管药师", "药学", "12年", 12, "2024.07.15—2024.12.31", dt.date(2024, 7, 15), dt.date(2024, 12, 31), None, 0, 0),
        ]
        header = ["序号", "姓名", "身份证号", "科室", "专业技术职称", "人员类别", "工作年限",
                  "派驻起止时间", "受援医院任职", "受援医院发放补贴（元）"]

        def build(rel, corrected: bool):
            fn = Path(rel).name
            x = XL(self.path(rel, step2=corrected), "派驻人员花名册（合成数据）", "溪岚市中心医院")
            sh = "花名册"
            ws = x.wb.add_worksheet(sh)
            t = "溪岚市中心医院派驻云阜县人民医院人员花名册（2024年7—12月）" + ("（更正）" if corrected else "") + "（合成数据）"
            x.title(ws, 1, len(header), t)
            x.put(ws, 2, 0, "派出单位：溪岚市中心医院　　　受援单位：云阜县人民医院　　　报送日期：" +
                  ("2025年1月17日" if corrected else "2025年1月6日"), x.plain)
            x.row(ws, 3, header, x.head)
            r = 4
            n = 0
            for i, (p, s) in enumerate(zip(people, spec)):
                dept, traw, tnorm, cat, yw, years, pw, start, end, pos, paidw, paid = s
                if corrected and i == 4:
                    continue  # 住院医师 never went: dropped from the corrected roster
                if corrected and i == 2:
                    pw = "2024年7月1日至2024年10月31日"
                    end = dt.date(2024, 10, 31)
                n += 1
                x.row(ws, r, [n, p["name"], p["id"], dept, traw, cat, yw, pw, pos, paidw])
                f = {"start_date": iso(start), "end_date": iso(end), "department": dept,
                     "staff_category": cat, "years_of_service": years, "position_at_recipient": pos,
                     "paid_by_recipient": paid}
                f.update(title_fields(traw, tnorm))
                note = "period range in one cell (" + pw + ")"
                if corrected and i == 2:
                    note = "CORRECTED: end date 2024-12-31 -> 2024-10-31 in the 更正 roster"
                elif i == 2:
                    note += "; 补贴 无"
                self.E.row("deployments", fn, sh, r, id_number=p["id"],
                           hospitals={"support_hospital_id": N("S2"), "recipient_hospital_id": N("R3")},
                           fields=f, note=note, step1_only=not corrected)
                r += 1
            x.put(ws, r, 0, f"合计：{n}人", x.plain)
            if corrected:
                x.put(ws, r + 1, 0, f"说明：本表为更正版，替代2025年1月6日报送的花名册。{people[4]['name']}（住院医师）未实际派驻，已删除；"
                      f"{people[2]['name']}派驻结束时间更正为2024年10月31日。", x.plain)
            x.put(ws, r + 2, 0, "填表人：　　　　　审核人：　　　　　", x.plain)
            ws.set_column(0, 0, 6)
            ws.set_column(1, 1, 9)
            ws.set_column(2, 2, 21)
            ws.set_column(3, 9, 15)
            x.close()
            return fn

        build("submissions/溪岚市/云阜县/SYNTHETIC_溪岚市中心医院派驻云阜县人民医院人员花名册（2024年下半年）.xlsx", False)
        self.correction_file = build(
            "submissions/溪岚市/云阜县/SYNTHETIC_溪岚市中心医院派驻云阜县人民医院人员花名册（2024年下半年）更正.xlsx", True)
        self.dropped_person = people[4]["name"]

    # ------------------------------------------------------------------ F3 template workbook S4 -> R6/R8
    def f3_template_s4(self):
        rel = "submissions/桐川市/SYNTHETIC_桐川市第一人民医院2024年派驻人员信息表（省模板）.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "沅江省城乡医院对口支援派驻人员信息表（合成数据）", "沅江省卫生健康委员会")
        wb = x.wb
        ins = wb.add_worksheet("填表说明")
        data_sh = "派驻人员信息"
        ws = wb.add_worksheet(data_sh)
        lists = wb.add_worksheet("下拉选项")
        # -- instructions (a small two-column table of its own: must not become data)
        ins.set_column(0, 0, 8)
        ins.set_column(1, 1, 24)
        ins.set_column(2, 2, 60)
        x.put(ins, 1, 0, "沅江省城乡医院对口支援派驻人员信息表 填表说明（合成数据）", x.titlef)
        x.put(ins, 2, 0, "一、本表由支援医院填报，每半年报送一次，报送至省卫生健康委医政医管处。", x.plain)
        x.put(ins, 3, 0, "二、各字段填写要求如下：", x.plain)
        x.row(ins, 4, ["序号", "字段", "填写要求"], x.head)
        reqs = [("姓名", "与身份证一致"), ("身份证号", "18位，末位X大写，不得使用科学计数法"),
                ("派出单位", "从下拉列表选择"), ("派驻单位", "从下拉列表选择受援医院全称"),
                ("职称", "填写现聘专业技术职务"), ("人员类别", "医疗、护理、医技、药学、管理"),
                ("派驻时间", "格式为2024-01-01"), ("受援医院发放补贴（元）", "无则填0")]
        for i, (a, b) in enumerate(reqs):
            x.row(ins, 5 + i, [i + 1, a, b])
        x.put(ins, 14, 0, "三、示例：张某某，主治医师，派驻时间2024-01-01至2024-06-30。", x.plain)
        x.put(ins, 15, 0, "四、请勿修改表头和“下拉选项”工作表。", x.plain)
        # -- hidden dropdown lists: hospital names, titles, categories
        x.put(lists, 1, 0, "医院名称", x.plain)
        names = [h[0] for h in HOSPITALS.values()] + [OUTSIDE_HOSPITAL]
        for i, nm in enumerate(names):
            x.put(lists, 2 + i, 0, nm, x.plain)
        x.put(lists, 1, 1, "职称", x.plain)
        titles = ["主任医师", "副主任医师", "主治医师", "住院医师", "主任护师", "副主任护师", "主管护师", "护师",
                  "主管技师", "主管药师"]
        for i, t in enumerate(titles):
            x.put(lists, 2 + i, 1, t, x.plain)
        x.put(lists, 1, 2, "人员类别", x.plain)
        for i, t in enumerate(["医疗", "护理", "医技", "药学", "管理"]):
            x.put(lists, 2 + i, 2, t, x.plain)
        lists.hide()
        wb.define_name("医院列表", f"='下拉选项'!$A$2:$A${1 + len(names)}")
        wb.define_name("职称列表", f"='下拉选项'!$B$2:$B${1 + len(titles)}")
        wb.define_name("类别列表", "='下拉选项'!$C$2:$C$6")
        # -- data sheet: merged two-level header
        ncols = 14
        x.title(ws, 1, ncols, "沅江省城乡医院对口支援派驻人员信息表（2024年）（合成数据）")
        ws.merge_range(1, 0, 1, 5, "填报单位：桐川市第一人民医院", x.plain)
        ws.merge_range(1, 9, 1, 13, "填报日期：2025-01-06", x.plain)
        single = {0: "序号", 1: "姓名", 2: "身份证号", 3: "派出单位", 4: "派驻单位", 5: "科室", 6: "职称",
                  7: "人员类别", 10: "在受援医院任职", 11: "工作年限（年）", 12: "受援医院发放补贴（元）", 13: "备注"}
        for c, t in single.items():
            ws.merge_range(2, c, 3, c, t, x.head)
        ws.merge_range(2, 8, 2, 9, "派驻时间", x.head)
        x.put(ws, 4, 8, "开始日期", x.head)
        x.put(ws, 4, 9, "结束日期", x.head)
        ws.data_validation(4, 3, 39, 4, {"validate": "list", "source": "=医院列表"})
        ws.data_validation(4, 6, 39, 6, {"validate": "list", "source": "=职称列表"})
        ws.data_validation(4, 7, 39, 7, {"validate": "list", "source": "=类别列表"})
        ws.freeze_panes(4, 2)
        d = dt.date
        spec = [
            # recipient, dept, title, cat, start, end, position, years, paid, id kind, note
            ("R6", "心血管内科", "主任医师", "医疗", d(2024, 7, 1), d(2024, 12, 31), "副院长", 24, 0, "ok", "date cells; merged two-level header"),
            ("R6", "骨科", "副主任医师", "医疗", d(2024, 7, 1), d(2024, 12, 31), "科主任", 16, 0, "badcheck",
             "ID number with a wrong check digit: curated with a finding"),
            ("R6", "麻醉科", "主治医师", "医疗", d(2024, 7, 1), d(2024, 12, 31), None, 9, 0, "lowerx",
             "ID number ends in a lowercase x"),
            ("R6", "护理部", "副主任护师", "护理", d(2024, 7, 1), d(2024, 12, 31), None, 20, 0, "ok", ""),
            ("R6", "妇产科", "主治医师", "医疗", d(2024, 6, 15), d(2024, 12, 14), None, 8, None, "ok", "补贴 blank"),
            ("R8", "全科医学科", "主治医师", "医疗", d(2024, 3, 1), d(2024, 8, 31), None, 10, 300, "ok",
             "township recipient paid a 300 yuan allowance"),
            ("OUT", "内科", "主治医师", "医疗", d(2024, 7, 1), d(2024, 12, 31), None, 7, 0, "ok",
             "QUARANTINE: recipient not in the pairing list or the code list"),
        ]
        r = 5
        self.s4_people = []
        for i, (rec, dept, title, cat, start, end, pos, years, paid, idk, note) in enumerate(spec):
            p = self.ppl.new("993602", want_x=(idk == "lowerx"))
            written = p["id"]
            if idk == "badcheck":
                written = bad_check(p["id"])
            elif idk == "lowerx":
                written = p["id"][:17] + "x"
            rec_name = OUTSIDE_HOSPITAL if rec == "OUT" else N(rec)
            x.row(ws, r, [i + 1, p["name"], written, N("S4"), rec_name, dept, title, cat, start, end, pos, years,
                          paid, None])
            if rec == "OUT":
                self.E.quarantine("deployments", fn, data_sh, r,
                                  f"recipient {OUTSIDE_HOSPITAL} is in neither the pairing list nor the code list (unresolved hospital)")
            else:
                f = {"start_date": iso(start), "end_date": iso(end), "department": dept, "staff_category": cat,
                     "years_of_service": years, "position_at_recipient": pos,
                     "paid_by_recipient": paid if paid is not None else any_of(None, 0)}
                f.update(title_fields(title, title))
                idn = written if idk == "badcheck" else p["id"]
                self.E.row("deployments", fn, data_sh, r, id_number=idn,
                           hospitals={"support_hospital_id": N("S4"), "recipient_hospital_id": N(rec)},
                           fields=f, findings=["ID_CHECK_DIGIT"] if idk == "badcheck" else [], note=note,
                           person_alt_basis="name" if idk == "badcheck" else None)
                if rec == "R6":
                    self.s4_people.append((p, written, idn, idk))
            r += 1
        # the template's pre-formatted empty rows (borders, dropdowns) down to row 40
        for rr in range(r, 41):
            for c in range(ncols):
                x.put(ws, rr, c, None)
        ws.set_column(0, 0, 6)
        ws.set_column(1, 1, 9)
        ws.set_column(2, 2, 21)
        ws.set_column(3, 4, 26)
        ws.set_column(5, 13, 12)
        x.close()

    # ------------------------------------------------------------------ F4 assessments one sheet per month (R6)
    def f4_assess_r6(self):
        rel = "submissions/桐川市/望澜县/SYNTHETIC_望澜县人民医院2024年下半年派驻人员月度考核表.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "派驻人员月度考核表（合成数据）", "望澜县人民医院")
        rng = random.Random(404)
        for m in range(7, 13):
            sh = f"{m}月"
            ws = x.wb.add_worksheet(sh)
            x.title(ws, 1, 8, f"望澜县人民医院{YEAR}年{m}月对口支援派驻人员考核表（合成数据）")
            x.put(ws, 2, 0, "受援单位：望澜县人民医院　　　派出单位：桐川市第一人民医院", x.plain)
            x.row(ws, 3, ["序号", "姓名", "身份证号", "科室", "考核得分", "在岗抽查次数", "抽查在岗次数", "考核结果"], x.head)
            r = 4
            for i, (p, written, idn, idk) in enumerate(self.s4_people):
                base = [93, 88.5, 90, 86, 91][i]
                score = base + rng.choice([0, 0.5, 1, -1, 1.5, -0.5, 2])
                score = float(score)
                style = (m + i) % 4
                if style == 0:
                    sw = f"{score:g}分"
                elif style == 1:
                    sw = f"{score:.1f}"
                elif style == 2:
                    sw = score
                else:
                    sw = f"{score:g}"
                checks = rng.choice([3, 3, 4])
                present = checks - rng.choice([0, 0, 0, 1])
                cw = f"{checks}次" if (m + i) % 3 == 0 else checks
                pw = str(present) if (m + i) % 2 == 0 else present
                dept = ["心血管内科", "骨科", "麻醉科", "护理部", "妇产科"][i]
                result = "合格"
                unusable = (m == 10 and i == 3)
                if unusable:
                    sw = "优秀"
                x.row(ws, r, [i + 1, p["name"], written, dept, sw, cw, pw, result])
                if unusable:
                    self.E.quarantine("staff_monthly_assessments", fn, sh, r,
                                      "考核得分 written as 优秀 (a grade, not a score): score is required (contract: score DECIMAL, not NULL)")
                else:
                    note = f"sheet per month ({sh}); score written {sw!r}"
                    if idk == "lowerx":
                        note += "; ID ends in lowercase x"
                    self.E.row("staff_monthly_assessments", fn, sh, r, id_number=idn,
                               hospitals={"recipient_hospital_id": N("R6"), "support_hospital_id": N("S4")},
                               fields={"year": YEAR, "month": m, "score": score, "spot_checks": checks,
                                       "spot_checks_present": present},
                               findings=["ID_CHECK_DIGIT"] if idk == "badcheck" else [], note=note,
                               person_alt_basis="name" if idk == "badcheck" else None)
                r += 1
            x.put(ws, r + 1, 0, "考核人：　　　　　审核人（科室负责人）：　　　　　", x.plain)
            ws.set_column(0, 0, 6)
            ws.set_column(2, 2, 21)
            ws.set_column(3, 7, 12)
        x.close()

    # ------------------------------------------------------------------ F16 roster .xls S3 -> R2/R7
    def f16_roster_s3(self):
        rel = "submissions/省直/SYNTHETIC_沅江省中医院2024年对口支援派驻人员统计表.xls"
        fn = Path(rel).name
        x = XLS()
        sh = "派驻人员"
        ws = x.wb.add_sheet(sh)
        ws.write_merge(0, 0, 0, 8, "沅江省中医院2024年城乡医院对口支援派驻人员统计表（合成数据）", x.titlef)
        ws.write(1, 0, "填报单位：沅江省中医院", x.plain)
        x.row(ws, 3, ["序号", "姓名", "性别", "身份证号", "派驻单位", "科室", "职称", "派驻时间", "备注"], x.head)
        d = dt.date
        spec = [
            ("R2", "石溪县中医院", "针灸推拿科", "主任中医师", "主任医师", "2024年3月-2024年8月", d(2024, 3, 1), d(2024, 8, 31)),
            ("R2", "石溪县中医院", "脾胃病科", "副主任中医师", "副主任医师", "2024.9-2025.2", d(2024, 9, 1), d(2025, 2, 28)),
            ("R2", "石溪县中医院", "骨伤科", "主治中医师", "主治医师", "2024.09.01-2025.02.28", d(2024, 9, 1), d(2025, 2, 28)),
            ("R2", "石溪县中医院", "护理部", "主管护师", "主管护师", "2024年9月1日至2025年2月28日", d(2024, 9, 1), d(2025, 2, 28)),
            ("R7", "望澜县中医医院", "康复医学科", "副主任中医师", "副主任医师", "2024年3月-2024年8月", d(2024, 3, 1), d(2024, 8, 31)),
            ("R7", "望澜县中医医院", "心病科", "主治中医师", "主治医师", "2024年3月—2024年8月", d(2024, 3, 1), d(2024, 8, 31)),
            ("R7", "望澜县中医医院", "治未病科", "主任中医师", "主任医师", "2024.9-2025.2", d(2024, 9, 1), d(2025, 2, 28)),
        ]
        r = 4
        self.s3_r2_people = []
        for i, (rec, recw, dept, traw, tnorm, pw, start, end) in enumerate(spec):
            p = self.ppl.new("993502")
            x.row(ws, r, [i + 1, p["name"], p["sex"], p["id"], recw, dept, traw, pw, None])
            f = {"start_date": iso(start), "end_date": iso(end), "department": dept}
            f.update(title_fields(traw, tnorm, traw if traw != tnorm else None))
            note = f"派驻时间 {pw}"
            if recw != N(rec):
                note += f"; recipient written {recw} (official {N(rec)})"
            if "中医师" in traw:
                note += "; TCM title (主任中医师 etc.): normalised to the 医师 title or kept, rank must be right"
            self.E.row("deployments", fn, sh, r, id_number=p["id"],
                       hospitals={"support_hospital_id": N("S3"), "recipient_hospital_id": N(rec)},
                       fields=f, note=note)
            if rec == "R2" and i >= 1:
                self.s3_r2_people.append(p)
            r += 1
        ws.write(r, 0, "填表人：　　　　联系电话：　　　　", x.plain)
        for i, w in enumerate([6, 9, 6, 21, 18, 12, 14, 28, 10]):
            ws.col(i).width = w * 300
        x.save(self.path(rel))

    # ------------------------------------------------------------------ F5 assessments with a month column (R2)
    def f5_assess_r2(self):
        rel = "submissions/溪岚市/石溪县/SYNTHETIC_沅江省中医院派驻石溪县中医医院专家月度考核汇总（2024年9-12月）.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "专家月度考核汇总（合成数据）", "石溪县中医医院")
        sh = "考核汇总"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 8, "沅江省中医院派驻石溪县中医医院专家月度考核汇总表（2024年9—12月）（合成数据）")
        x.put(ws, 2, 0, "受援医院：石溪县中医医院　　　派出医院：沅江省中医院", x.plain)
        # NB 抽查在岗次数 (present) comes BEFORE 在岗抽查次数 (checks)
        x.row(ws, 3, ["序号", "姓名", "身份证号", "考核月份", "考核得分", "抽查在岗次数", "在岗抽查次数", "备注"], x.head)
        months = {9: "2024年9月", 10: "2024.10", 11: "2024-11", 12: "2024年12月"}
        rng = random.Random(505)
        r = 4
        n = 0
        for m, mw in months.items():
            for i, p in enumerate(self.s3_r2_people):
                n += 1
                score = [94, 89, 91][i] + rng.choice([0, 1, -1, 0.5, 1.5])
                sw = f"{score:g}分" if i != 1 else score
                checks = 4
                present = rng.choice([4, 4, 3])
                name_only = (i == 2)
                x.row(ws, r, [n, p["name"], None if name_only else p["id"], mw, sw, present, checks,
                              "身份证号待补" if name_only else None])
                fields = {"year": YEAR, "month": m, "score": float(score), "spot_checks": checks,
                          "spot_checks_present": present}
                hosp = {"recipient_hospital_id": N("R2"), "support_hospital_id": N("S3")}
                note = f"考核月份 written {mw!r}; 抽查在岗次数 column before 在岗抽查次数"
                if name_only:
                    self.E.row("staff_monthly_assessments", fn, sh, r, person_basis="name", hospitals=hosp,
                               fields=fields, findings=["NAME_ONLY"], note=note + "; ID blank -> name pseudonym")
                else:
                    self.E.row("staff_monthly_assessments", fn, sh, r, id_number=p["id"], hospitals=hosp,
                               fields=fields, note=note)
                r += 1
        x.put(ws, r + 1, 0, "考核小组组长签字：　　　　　　日期：2025年1月9日", x.plain)
        ws.set_column(2, 2, 21)
        ws.set_column(3, 7, 12)
        x.close()

    # ------------------------------------------------------------------ county inpatient stats
    def f6_county_liuwan(self):
        rel = "submissions/溪岚市/柳湾县/SYNTHETIC_柳湾县卫生健康局县域住院服务情况统计表（2023-2024年）.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "县域住院服务情况统计表（合成数据）", "柳湾县卫生健康局")
        sh = "县域住院"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 4, "柳湾县县域住院服务情况统计表（合成数据）")
        x.put(ws, 2, 0, "填报单位：柳湾县卫生健康局　　　填报日期：2025年1月12日", x.plain)
        x.row(ws, 3, ["指标", "2023年", "2024年", "备注"], x.head)
        x.row(ws, 4, ["县域内常住居民住院总人次", "31,245", "32,980", "含县域外"])
        x.row(ws, 5, ["其中：县域内住院人次", 25100, 27430, None])
        x.row(ws, 6, ["县域外住院人次", "6,145", 5550, None])
        x.row(ws, 7, ["县域内住院率（%）", 80.3, 83.2, "县域内住院人次/住院总人次"])
        x.put(ws, 9, 0, "注：数据来源于县医保结算系统。", x.plain)
        ws.set_column(0, 0, 28)
        ws.set_column(1, 3, 14)
        x.close()
        for y, tot, out in ((2023, 31245, 6145), (2024, 32980, 5550)):
            self.E.row("county_inpatient_stats", fn, sh, None,
                       fields={"county_code": COUNTIES["柳湾县"][1], "year": y, "resident_admissions": tot,
                               "resident_admissions_outside_county": out},
                       note="years as columns (transposed); county 柳湾县 named only in 填报单位 (no code): "
                            "the code comes from the hospitals' county codes once the code list arrives")

    def f19_county_wanglan(self):
        """Plain row layout, county written by name only: isolates the county-code lookup."""
        rel = "submissions/桐川市/望澜县/SYNTHETIC_望澜县卫生健康局县域住院服务情况（2024年）.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "县域住院服务情况（合成数据）", "望澜县卫生健康局")
        sh = "Sheet1"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 5, "望澜县县域住院服务情况（2024年）（合成数据）")
        x.put(ws, 2, 0, "填报单位：望澜县卫生健康局　　　填报日期：2025年1月14日", x.plain)
        x.row(ws, 3, ["县（市、区）", "年度", "县域内常住居民住院总人次", "县域外住院人次", "县域内就诊率"], x.head)
        r = 4
        for y, tot, out in ((2023, 50102, 10655), (2024, 52316, 9874)):
            x.row(ws, r, ["望澜县", y, tot, out, f"{(tot - out) / tot * 100:.1f}%"])
            self.E.row("county_inpatient_stats", fn, sh, r,
                       fields={"county_code": COUNTIES["望澜县"][1], "year": y, "resident_admissions": tot,
                               "resident_admissions_outside_county": out},
                       note="county written as 望澜县 without a code: 993621 can only come from the hospitals' "
                            "county codes (code list, step 2); in step 1 held, never curated with a wrong code")
            r += 1
        ws.set_column(0, 4, 18)
        x.close()

    def f7_county_xilan(self):
        rel = "submissions/溪岚市/SYNTHETIC_溪岚市卫健委2024年各县县域住院流向统计.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "县域住院流向统计（合成数据）", "溪岚市卫生健康委员会")
        sh = "Sheet1"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 6, "溪岚市2024年各县（市、区）县域住院流向统计（合成数据）")
        x.row(ws, 2, ["序号", "县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次", "县域内住院率"], x.head)
        data = [("石溪县", 45678, 6012), ("云阜县", 38904, 7455)]
        r = 3
        for i, (c, tot, out) in enumerate(data):
            x.row(ws, r, [i + 1, c, COUNTIES[c][1], thousands(tot), thousands(out), f"{(tot - out) / tot * 100:.1f}%"])
            self.E.row("county_inpatient_stats", fn, sh, r,
                       fields={"county_code": COUNTIES[c][1], "year": YEAR, "resident_admissions": tot,
                               "resident_admissions_outside_county": out},
                       note="numbers with thousands separators as text; year from the title")
            r += 1
        x.row(ws, r, ["合计", None, None, thousands(sum(d[1] for d in data)), thousands(sum(d[2] for d in data)), None])
        ws.set_column(0, 5, 16)
        x.close()

    # ------------------------------------------------------------------ monthly stats
    def _monthly_values(self, rng, big: bool):
        out = []
        for m in range(1, 13):
            if big:
                v = dict(outpatient_visits=rng.randint(18000, 32000), discharges=rng.randint(1500, 2600),
                         surgeries=rng.randint(280, 620), referrals_out=rng.randint(30, 110),
                         referrals_up_received=rng.randint(12, 60), referrals_down_received=rng.randint(4, 25))
            else:
                v = dict(outpatient_visits=rng.randint(5200, 9800), discharges=rng.randint(300, 700),
                         surgeries=rng.randint(40, 160), referrals_out=rng.randint(8, 40),
                         referrals_up_received=None, referrals_down_received=rng.randint(1, 9))
            out.append(v)
        return out

    def f8_monthly_yunfu(self):
        rel = "submissions/溪岚市/云阜县/SYNTHETIC_云阜县卫健局2024年受援医院月度业务统计.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "受援医院月度业务统计（合成数据）", "云阜县卫生健康局")
        sh = "月报"
        ws = x.wb.add_worksheet(sh)
        cols = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received",
                "referrals_down_received"]
        x.title(ws, 1, 9, "云阜县2024年对口支援受援医院月度业务统计表（合成数据）")
        x.put(ws, 2, 0, "填报单位：云阜县卫生健康局　　　　单位：人次、台次", x.plain)
        x.row(ws, 3, ["序号", "医院名称", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "上转接收人次",
                      "下转接收人次"], x.head)
        rng = random.Random(808)
        r = 4
        n = 0
        for key, big in (("R3", True), ("R4", False)):
            vals = self._monthly_values(rng, big)
            top = r
            for m, v in enumerate(vals, start=1):
                n += 1
                cells = [n, None, f"{m}月"]
                styles = []
                for j, c in enumerate(cols):
                    val = v[c]
                    if val is None:
                        cells.append("/")
                        continue
                    k = (m + j) % 5
                    if val >= 1000 and k == 0:
                        cells.append(thousands(val))
                        styles.append("thousands")
                    elif k == 1:
                        cells.append(fullwidth(str(val)))
                        styles.append("fullwidth")
                    elif val >= 1000 and k == 2:
                        cells.append(fullwidth(thousands(val)))
                        styles.append("fullwidth+thousands")
                    else:
                        cells.append(val)
                x.row(ws, r, cells)
                self.E.row("hospital_monthly_stats", fn, sh, r,
                           hospitals={"recipient_hospital_id": N(key)},
                           fields={"year": YEAR, "month": m, **v},
                           note="hospital name in a vertically merged cell; " + (", ".join(sorted(set(styles))) or "plain numbers")
                           + ("; 上转接收 '/' = NULL" if v["referrals_up_received"] is None else ""))
                r += 1
            ws.merge_range(top - 1, 1, r - 2, 1, N(key), x.cell)
            tot = [sum(v[c] for v in vals) if vals[0][c] is not None else "/" for c in cols]
            x.row(ws, r, [None, None, "小计"] + tot)
            r += 1
        x.put(ws, r + 1, 0, "填表人：　　　　审核人：　　　　填报日期：2025年1月15日", x.plain)
        ws.set_column(1, 1, 20)
        ws.set_column(2, 8, 12)
        x.close()

    def f9_monthly_wanglan(self):
        rel = "submissions/桐川市/望澜县/SYNTHETIC_望澜县卫生健康局受援医院业务量月报（2024年）.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "受援医院业务量月报（合成数据）", "望澜县卫生健康局")
        sh = "2024年"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 6, "望澜县2024年受援医院业务量月报汇总（合成数据）")
        x.put(ws, 2, 0, "填报单位：望澜县卫生健康局", x.plain)
        cols = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_down_received"]
        rng = random.Random(909)
        r = 4
        for bi, (key, written, big) in enumerate((("R6", "望澜县人民医院", True), ("R7", "望澜县中医院", False))):
            x.put(ws, r, 0, ["一", "二"][bi] + "、" + written, x.plain)
            r += 1
            x.row(ws, r, ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"], x.head)
            r += 1
            vals = self._monthly_values(rng, big)
            for m, v in enumerate(vals, start=1):
                cells = [f"{YEAR}年{m}月" if m == 1 else f"{m}月"]
                for j, c in enumerate(cols):
                    val = v[c]
                    cells.append(fullwidth(str(val)) if (m + j) % 3 == 0 else val)
                x.row(ws, r, cells)
                f = {"year": YEAR, "month": m}
                f.update({c: v[c] for c in cols})
                self.E.row("hospital_monthly_stats", fn, sh, r, hospitals={"recipient_hospital_id": N(key)},
                           fields=f,
                           note=f"one block per hospital under a section line ({written}); some full-width digits"
                           + ("; hospital written 中医院 for 中医医院" if written != N(key) else ""))
                r += 1
            x.row(ws, r, ["合计"] + [sum(v[c] for v in vals) for c in cols])
            r += 2
        ws.set_column(0, 5, 14)
        x.close()

    def f18_monthly_liuwan_ods(self):
        """One hospital's own month report in LibreOffice .ods: months are COLUMNS, indicators rows."""
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableRow, TableCell, TableColumn
        from odf.text import P
        import zipfile

        rel = "submissions/溪岚市/柳湾县/SYNTHETIC_柳湾县人民医院2024年业务工作量月报表.ods"
        fn = Path(rel).name
        sh = "月报表"
        rng = random.Random(1818)
        vals = self._monthly_values(rng, True)
        doc = OpenDocumentSpreadsheet()
        t = Table(name=sh)
        t.addElement(TableColumn(numbercolumnsrepeated=14))

        def row(cells):
            tr = TableRow()
            for v in cells:
                if v is None:
                    tr.addElement(TableCell())
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                    tr.addElement(tc)
                else:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=str(v)))
                    tr.addElement(tc)
            t.addElement(tr)

        row(["柳湾县人民医院2024年业务工作量月报表（合成数据）"])
        row(["填报单位：柳湾县人民医院（统计科）"])
        row(["指标"] + [f"{m}月" for m in range(1, 13)] + ["全年合计"])
        lines = [("门急诊人次", "outpatient_visits"), ("其中：急诊人次", None), ("出院人数", "discharges"),
                 ("手术台次", "surgeries"), ("外转人次", "referrals_out"), ("上转接收人次", "referrals_up_received"),
                 ("下转接收人次", "referrals_down_received")]
        for label, field in lines:
            if field is None:
                nums = [int(v["outpatient_visits"] * 0.11) for v in vals]
            else:
                nums = [v[field] for v in vals]
            row([label] + nums + [sum(nums)])
        row([])
        row(["注：外转人次指转往县域外医疗机构的人次。"])
        doc.spreadsheet.addElement(t)
        path = self.path(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.ods")
        doc.save(str(tmp))
        # re-pack with fixed timestamps (odfpy stamps the current time on every member)
        with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w") as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS.timetuple()[:6])
                zi.compress_type = info.compress_type
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, data)
        tmp.unlink()
        for m, v in enumerate(vals, start=1):
            self.E.row("hospital_monthly_stats", fn, sh, None, hospitals={"recipient_hospital_id": N("R5")},
                       fields={"year": YEAR, "month": m, **v},
                       note="ODS; months as columns, indicators as rows (one record = one column); "
                            "a 其中：急诊人次 sub-line that is no contract field; year from the title")

    # ------------------------------------------------------------------ trainees
    def f10_trainees_s1(self):
        rel = "submissions/省直/SYNTHETIC_沅江省人民医院2024年接收对口支援医院进修人员登记表.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "进修人员登记表（合成数据）", "沅江省人民医院")
        sh = "进修登记"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 9, "沅江省人民医院2024年接收对口支援医院进修人员登记表（合成数据）")
        x.row(ws, 2, ["序号", "姓名", "性别", "身份证号码", "选送单位", "进修专业", "进修起止时间", "进修费", "是否结业"], x.head)
        d = dt.date
        spec = [
            ("R1", "心血管内科", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31), "免", 0, "是", True, True),
            ("R1", "超声医学科", "2024年3月-2024年8月", d(2024, 3, 1), d(2024, 8, 31), "0元", 0, "是", True, False),
            ("R1", "重症医学科", "2024/9/1至2025/2/28", d(2024, 9, 1), d(2025, 2, 28), "￥1,200.00", 1200, "在修", any_of(False, None), True),
            ("R1", "消化内科", "2024.9.1—2025.2.28", d(2024, 9, 1), d(2025, 2, 28), "免", 0, "在修", any_of(False, None), False),
            ("R1", "麻醉科", "2024年4月1日-2024年9月30日", d(2024, 4, 1), d(2024, 9, 30), "0元", 0, "是", True, True),
            ("R1", "护理部", "2024.03.01-2024.05.31", d(2024, 3, 1), d(2024, 5, 31), None, None, "否", False, True),
            ("R5", "普外科", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31), "免", 0, "是", True, True),
            ("R5", "神经内科", "2024年5月-2024年10月", d(2024, 5, 1), d(2024, 10, 31), "3000", 3000, "是", True, True),
            ("R5", "检验科", "2024.06.01-2024.11.30", d(2024, 6, 1), d(2024, 11, 30), "免", 0, "是", True, False),
            ("R5", "儿科", "2024/9/1至2025/2/28", d(2024, 9, 1), d(2025, 2, 28), "￥1,200.00", 1200, "在修", any_of(False, None), True),
        ]
        r = 3
        for i, (rec, dept, pw, start, end, feew, fee, cw, comp, has_id) in enumerate(spec):
            region = COUNTIES[HOSPITALS[rec][4]][1]
            p = self.ppl.new(region)
            x.row(ws, r, [i + 1, p["name"], p["sex"], p["id"] if has_id else None, N(rec), dept, pw, feew, cw])
            f = {"start_date": iso(start), "end_date": iso(end), "department": dept,
                 "fee_charged": fee if feew is not None else any_of(None), "completed": comp}
            hosp = {"recipient_hospital_id": N(rec), "host_hospital_id": N("S1")}
            note = f"进修起止时间 {pw}; 进修费 {feew!r}; 结业 {cw}"
            if has_id:
                self.E.row("trainees", fn, sh, r, id_number=p["id"], hospitals=hosp, fields=f, note=note)
            else:
                self.E.row("trainees", fn, sh, r, person_basis="name", hospitals=hosp, fields=f,
                           findings=["NAME_ONLY"], note=note + "; ID cell blank -> name pseudonym")
            r += 1
        x.put(ws, r + 1, 0, "经办科室：医务部（继续教育科）　　　经办人：　　　　", x.plain)
        ws.set_column(3, 3, 21)
        ws.set_column(4, 8, 16)
        x.close()

    def f11_trainees_s3(self):
        rel = "submissions/省直/SYNTHETIC_沅江省中医院进修人员名单2024.xls"
        fn = Path(rel).name
        x = XLS()
        sh = "Sheet1"
        ws = x.wb.add_sheet(sh)
        ws.write_merge(0, 0, 0, 9, "沅江省中医院2024年度进修人员名单（合成数据）", x.titlef)
        x.row(ws, 2, ["序号", "姓名", "身份证号", "工作单位", "职称", "进修科室", "开始时间", "结束时间", "进修费用（元）",
                      "结业情况"], x.head)
        d = dt.date
        spec = [
            ("R2", "住院医师", "针灸科", d(2024, 3, 4), d(2024, 9, 3), 0, 0, "已结业", True),
            ("R2", "主治医师", "肛肠科", d(2024, 3, 4), d(2024, 9, 3), "免收", 0, "已结业", True),
            ("R2", "护师", "护理部", d(2024, 9, 2), d(2025, 3, 1), 0, 0, "未结业", False),
            ("R2", "住院医师", "骨伤科", None, None, None, None, None, None),
            ("R7", "主治医师", "康复科", d(2024, 4, 1), d(2024, 9, 30), 0, 0, "已结业", True),
            ("R7", "住院医师", "脾胃病科", d(2024, 4, 1), d(2024, 9, 30), "免收", 0, "已结业", True),
            ("R7", "主治医师", "妇科", d(2024, 9, 2), d(2025, 3, 1), 0, 0, "未结业", False),
            ("R7", "药师", "中药房", d(2024, 6, 3), d(2024, 12, 2), 800, 800, "已结业", True),
        ]
        r = 3
        for i, (rec, title, dept, start, end, feew, fee, cw, comp) in enumerate(spec):
            region = COUNTIES[HOSPITALS[rec][4]][1]
            p = self.ppl.new(region)
            quarantined = start is None
            x.row(ws, r, [i + 1, p["name"], p["id"], N(rec), title, dept,
                          "待定" if quarantined else start, end, feew, cw])
            if quarantined:
                self.E.quarantine("trainees", fn, sh, r, "进修开始时间 待定 and no end: start_date is required")
            else:
                self.E.row("trainees", fn, sh, r, id_number=p["id"],
                           hospitals={"recipient_hospital_id": N(rec), "host_hospital_id": N("S3")},
                           fields={"start_date": iso(start), "end_date": iso(end), "department": dept,
                                   "fee_charged": fee, "completed": comp},
                           note=f"xls date cells; 费用 {feew!r}; {cw}")
            r += 1
        for i, w in enumerate([6, 9, 21, 18, 10, 10, 13, 13, 14, 10]):
            ws.col(i).width = w * 300
        x.save(self.path(rel))

    # ------------------------------------------------------------------ techniques / activities CSV
    def f12_techniques_gb18030(self):
        rel = "submissions/溪岚市/石溪县/SYNTHETIC_石溪县人民医院2024年新技术新业务开展情况.csv"
        fn = Path(rel).name
        sh = Path(rel).stem
        lines = [["石溪县人民医院2024年新技术新业务开展情况（合成数据）", "", "", "", "", "", ""],
                 ["序号", "项目名称", "开展科室", "指导单位", "首次开展时间", "开展例数", "是否填补县域空白"]]
        d = dt.date
        spec = [
            ("经皮冠状动脉介入治疗（PCI）", "心血管内科", "2024-04-12", d(2024, 4, 12), "12", 12, "是", True),
            ("𬌗垫治疗颞下颌关节紊乱病", "口腔科", "2024/5/20", d(2024, 5, 20), "约20例", None, "是", True),
            ("腹腔镜下胆总管探查取石术", "普外科", "2024年6月", d(2024, 6, 1), "35例", 35, "否", False),
            ("无痛胃肠镜检查", "消化内科", "2024.07.15", d(2024, 7, 15), "1,024", 1024, "否", False),
            ("新生儿经皮胆红素监测", "儿科", "2024-08-03", d(2024, 8, 3), "86", 86, "否", False),
            ("超声引导下神经阻滞麻醉", "麻醉科", "2024-09-10", d(2024, 9, 10), "41", 41, "是", True),
            ("连续性肾脏替代治疗（CRRT）", "重症医学科", "2024-10-08", d(2024, 10, 8), "9", 9, "是", True),
            ("经鼻高流量湿化氧疗", "呼吸内科", "2024-11-20", d(2024, 11, 20), "27", 27, "否", False),
        ]
        rec_no = 3
        for i, (name, dept, dw, date, cw, cases, gw, gap) in enumerate(spec):
            lines.append([str(i + 1), name, dept, N("S1"), dw, cw, gw])
            note = f"GB18030 CSV; date {dw}; cases {cw!r}"
            findings = []
            if "𬌗" in name:
                note += "; name contains 𬌗 (U+2C317, outside GBK)"
            if cases is None:
                findings = ["cases"]
                note += "; 约20例 -> NULL + finding"
            self.E.row("techniques", fn, sh, rec_no,
                       hospitals={"recipient_hospital_id": N("R1"), "support_hospital_id": N("S1")},
                       fields={"name": name, "department": dept, "first_performed_date": iso(date), "cases": cases,
                               "fills_county_gap": gap},
                       findings=findings, note=note)
            rec_no += 1
        lines.append(["填报人：医务科", "", "", "", "", "", ""])
        write_csv(self.path(rel), lines, ",", "gb18030")

    def f13_activities_tab(self):
        rel = "submissions/溪岚市/柳湾县/SYNTHETIC_柳湾县人民医院带教培训活动登记（2024）.csv"
        fn = Path(rel).name
        sh = Path(rel).stem
        lines = [["日期", "活动形式", "活动主题", "主讲专家", "专家单位", "参加人数", "备注"]]
        d = dt.date
        spec = [
            ("2024-03-12", d(2024, 3, 12), "学术讲座", "急性胸痛的鉴别诊断", "45", 45),
            ("2024-03-26", d(2024, 3, 26), "教学查房", "心衰患者的规范化管理", "18", 18),
            ("2024/4/9", d(2024, 4, 9), "手术示教", "腹腔镜阑尾切除术", "12", 12),
            ("2024/4/23", d(2024, 4, 23), "疑难病例讨论", "不明原因发热一例", "26", 26),
            ("2024年5月20日", d(2024, 5, 20), "技术培训", "心肺复苏与除颤", "约40人", None),
            ("2024年6月4日", d(2024, 6, 4), "义诊", "世界家庭医生日义诊", "8", 8),
            ("2024-06-18", d(2024, 6, 18), "远程会诊", "重症胰腺炎远程会诊", "6", 6),
            ("2024-07-09", d(2024, 7, 9), "学术讲座", "糖尿病足的防治", "52人", 52),
            ("2024-08-13", d(2024, 8, 13), "死亡病例讨论", "急性心梗死亡病例一例", "21", 21),
            ("2024-09-10", d(2024, 9, 10), "教学查房", "慢阻肺急性加重", "16", 16),
            ("2024-10-15", d(2024, 10, 15), "手术示教", "经皮肾镜碎石术", "11", 11),
            ("2024-11-19", d(2024, 11, 19), "技术培训", "院感防控与手卫生", "63", 63),
        ]
        experts = ["周教授", "陈主任", "刘主任", "杨教授", "黄主任", "赵主任"]
        rec = 2
        for i, (dw, date, typ, topic, pw, part) in enumerate(spec):
            lines.append([dw, typ, topic, experts[i % len(experts)], N("S1"), pw, ""])
            findings = ["participants"] if part is None else []
            self.E.row("activities", fn, sh, rec,
                       hospitals={"recipient_hospital_id": N("R5"), "support_hospital_id": N("S1")},
                       fields={"activity_date": iso(date), "activity_type": typ, "participants": part},
                       findings=findings,
                       note=f"tab-delimited GBK .csv; date {dw}; 参加人数 {pw!r}")
            rec += 1
        write_csv(self.path(rel), lines, "\t", "gbk")

    def f14_techniques_semicolon(self):
        rel = "submissions/桐川市/望澜县/SYNTHETIC_望澜县中医医院新技术新业务_export_2024.csv"
        fn = Path(rel).name
        sh = Path(rel).stem
        lines = [["No.", "机构名称", "项目名称", "科室", "首次开展日期", "例数", "是否填补县域空白", "支援单位"]]
        d = dt.date
        spec = [
            ("3/15/2024", d(2024, 3, 15), "小针刀治疗膝骨关节炎", "骨伤科", 34, "Yes", True),
            ("4/5/2024", d(2024, 4, 5), "雷火灸治疗慢性盆腔炎", "妇科", 21, "Yes", True),
            ("5/28/2024", d(2024, 5, 28), "中药熏蒸治疗类风湿关节炎", "风湿病科", 46, "No", False),
            ("7/2/2024", d(2024, 7, 2), "穴位埋线治疗单纯性肥胖", "针灸科", 18, "No", False),
            ("9/17/2024", d(2024, 9, 17), "浮针治疗颈肩腰腿痛", "康复医学科", 57, "Yes", True),
            ("10/22/2024", d(2024, 10, 22), "耳穴压豆辅助治疗失眠", "脑病科", 63, "No", False),
        ]
        rec = 2
        for i, (dw, date, name, dept, cases, gw, gap) in enumerate(spec):
            lines.append([str(i + 1), N("R7"), name, dept, dw, str(cases), gw, N("S3")])
            amb = int(dw.split("/")[0]) <= 12 and int(dw.split("/")[1]) <= 12
            self.E.row("techniques", fn, sh, rec,
                       hospitals={"recipient_hospital_id": N("R7"), "support_hospital_id": N("S3")},
                       fields={"name": name, "department": dept, "first_performed_date": iso(date), "cases": cases,
                               "fills_county_gap": gap},
                       note=f"semicolon-delimited UTF-8-BOM export from an English-locale system; date {dw} is M/D/YYYY"
                       + (" (ambiguous alone: the column's other dates fix the order)" if amb else "")
                       + f"; {gw}")
            rec += 1
        write_csv(self.path(rel), lines, ";", "utf-8", bom=True)

    # ------------------------------------------------------------------ F15 multi-sheet workbook (R4)
    def f15_fuyou(self):
        rel = "submissions/溪岚市/云阜县/SYNTHETIC_云阜县妇幼保健院对口支援工作开展情况（2024年）.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "对口支援工作开展情况（合成数据）", "云阜县妇幼保健院")
        d = dt.date
        sh = "新技术新业务"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 8, "云阜县妇幼保健院2024年新技术新业务登记表（合成数据）")
        x.row(ws, 2, ["序号", "新技术名称", "科室", "带教专家", "专家所在单位", "开展时间", "例数", "是否填补县域空白"], x.head)
        tech = [
            ("宫腔镜下子宫内膜息肉电切术", "妇科", d(2024, 3, 20), 28, "是", True),
            ("新生儿听力筛查（自动判读ABR）", "儿保科", d(2024, 4, 8), 312, "否", False),
            ("无创产前基因检测采血", "产科", d(2024, 5, 6), 140, "否", False),
            ("盆底肌电生物反馈治疗", "妇女保健科", d(2024, 7, 1), 75, "是", True),
            ("儿童弱视视觉训练", "儿保科", d(2024, 9, 23), 44, "否", False),
        ]
        r = 3
        for i, (name, dept, date, cases, gw, gap) in enumerate(tech):
            x.row(ws, r, [i + 1, name, dept, ["李教授", "王主任", "张主任"][i % 3], N("S2"), date, cases, gw])
            self.E.row("techniques", fn, sh, r,
                       hospitals={"recipient_hospital_id": N("R4"), "support_hospital_id": N("S2")},
                       fields={"name": name, "department": dept, "first_performed_date": iso(date), "cases": cases,
                               "fills_county_gap": gap},
                       note="one of two form sheets in the workbook; date cells")
            r += 1
        sh2 = "带教培训"
        ws2 = x.wb.add_worksheet(sh2)
        x.title(ws2, 1, 6, "云阜县妇幼保健院2024年带教培训情况（合成数据）")
        x.row(ws2, 2, ["序号", "时间", "培训形式", "培训内容", "主讲人", "参加人数"], x.head)
        acts = [
            (d(2024, 3, 8), "学术讲座", "妊娠期高血压疾病的诊治", 38),
            (d(2024, 3, 22), "教学查房", "产后出血的早期识别", 15),
            (d(2024, 4, 19), "手术示教", "腹腔镜卵巢囊肿剥除术", 9),
            (d(2024, 5, 17), "技术培训", "新生儿窒息复苏", 42),
            (d(2024, 6, 21), "疑难病例讨论", "妊娠合并血小板减少", 17),
            (d(2024, 8, 16), "学术讲座", "儿童生长发育评估", 33),
            (d(2024, 10, 11), "远程会诊", "早产儿视网膜病变", 5),
            (d(2024, 11, 29), "义诊", "两癌筛查进社区", 12),
        ]
        r = 3
        for i, (date, typ, topic, part) in enumerate(acts):
            x.row(ws2, r, [i + 1, date, typ, topic, ["李教授", "王主任", "张主任"][i % 3], part])
            self.E.row("activities", fn, sh2, r, hospitals={"recipient_hospital_id": N("R4")},
                       fields={"activity_date": iso(date), "activity_type": typ, "participants": part},
                       note="support hospital not stated on this sheet (not checked)")
            r += 1
        for w in (ws, ws2):
            w.set_column(1, 1, 30)
            w.set_column(2, 7, 14)
        x.close()

    # ------------------------------------------------------------------ F17 activities, dates without year (R3)
    def f17_activities_r3(self):
        rel = "submissions/溪岚市/云阜县/SYNTHETIC_云阜县人民医院2024年对口支援带教培训活动记录.xlsx"
        fn = Path(rel).name
        x = XL(self.path(rel), "带教培训活动记录（合成数据）", "云阜县人民医院")
        sh = "活动记录"
        ws = x.wb.add_worksheet(sh)
        x.title(ws, 1, 6, "云阜县人民医院2024年对口支援带教培训活动记录（合成数据）")
        x.put(ws, 2, 0, "帮扶单位：溪岚市中心医院", x.plain)
        x.row(ws, 3, ["序号", "时间", "类型", "内容", "授课专家", "参训人数"], x.head)
        d = dt.date
        spec = [
            ("3月15日", d(2024, 3, 15), "学术讲座", "脑卒中早期识别", "30人", 30),
            ("4月2日", d(2024, 4, 2), "教学查房", "肺部感染抗生素选择", "14人", 14),
            ("4月26日", d(2024, 4, 26), "手术示教", "腹腔镜疝修补术", "10人", 10),
            ("5月10日", d(2024, 5, 10), "技术培训", "气管插管", "25人", 25),
            ("6月18日", d(2024, 6, 18), "疑难病例讨论", "反复晕厥一例", "19人", 19),
            ("7月23日", d(2024, 7, 23), "学术讲座", "高血压急症处理", "36人", 36),
            ("8月30日", d(2024, 8, 30), "死亡病例讨论", "主动脉夹层一例", "17人", 17),
            ("9月27日", d(2024, 9, 27), "教学查房", "上消化道出血", "13人", 13),
            ("2024.11.5", d(2024, 11, 5), "技术培训", "危急值报告流程", "48人", 48),
            ("12月17日", d(2024, 12, 17), "义诊", "冬季慢病义诊", "9人", 9),
        ]
        r = 4
        for i, (dw, date, typ, topic, pw, part) in enumerate(spec):
            x.row(ws, r, [i + 1, dw, typ, topic, ["孙主任", "钱教授", "吴主任"][i % 3], pw])
            self.E.row("activities", fn, sh, r,
                       hospitals={"recipient_hospital_id": N("R3"), "support_hospital_id": N("S2")},
                       fields={"activity_date": iso(date), "activity_type": typ, "participants": part},
                       note=f"date {dw!r} without a year (year 2024 from the title); support from the 帮扶单位 line")
            r += 1
        x.put(ws, r + 1, 0, "记录人：　　　　　科教科（盖章）", x.plain)
        ws.set_column(1, 5, 16)
        ws.set_column(3, 3, 24)
        x.close()

    # ------------------------------------------------------------------ build
    def build(self, step: int):
        pl = self.pairing_list()
        cl = self.code_list()
        self.f1_roster_r1()
        self.f2_roster_r3()
        self.f3_template_s4()
        self.f4_assess_r6()
        self.f16_roster_s3()
        self.f5_assess_r2()
        self.f6_county_liuwan()
        self.f7_county_xilan()
        self.f19_county_wanglan()
        self.f8_monthly_yunfu()
        self.f9_monthly_wanglan()
        self.f10_trainees_s1()
        self.f11_trainees_s3()
        self.f12_techniques_gb18030()
        self.f13_activities_tab()
        self.f14_techniques_semicolon()
        self.f15_fuyou()
        self.f17_activities_r3()
        self.f18_monthly_liuwan_ods()
        if step == 1:
            for rel in self.step2_files:
                (self.out / rel).unlink()
        return pl, cl

    def expected(self, pl, cl) -> dict:
        hospitals = []
        for k, (name, level, grade, cat, county, code) in HOSPITALS.items():
            hospitals.append({"key": k, "name": name, "level": level, "grade": grade, "category": cat,
                              "county": county, "county_code": COUNTIES[county][1], "code": code,
                              "role": "support" if k.startswith("S") else "recipient"})
        pairings = [{"support": N(s), "recipient": N(r_), "start_date": iso(CYCLE[0]), "end_date": iso(CYCLE[1]),
                     "agreement_date": iso(a), "start_date_source": "title_period",
                     "note": f"agreement date written as {how}"} for s, r_, a, how in PAIRINGS]
        return {
            "corpus": "realworld6",
            "synthetic": True,
            "pairing_file": pl,
            "code_file": cl,
            "files": {n: str(p) for n, p in sorted(self.files.items())},
            "step2_files": sorted(self.step2_files),
            "correction": {"file": self.correction_file,
                           "supersedes": "SYNTHETIC_溪岚市中心医院派驻云阜县人民医院人员花名册（2024年下半年）.xlsx",
                           "dropped_person": "row 8 of the original (住院医师): dropped by a full replacement from the same submitter, so removed",
                           "changed": "the 主管护师's end date 2024-12-31 -> 2024-10-31"},
            "hospitals": hospitals,
            "pairings": pairings,
            "rows": self.E.rows,
            "id_numbers": sorted(self.ppl.ids),
            "step1_only_rows": self.E.step1_only,
        }


def _one_of(v):
    return {"one_of": [_one_of(x) for x in v["any_of"]]} if isinstance(v, dict) and "any_of" in v else v


def _harness_row(r: dict) -> dict:
    return dict(r, places=[[r["file"], r["sheet"], r["row"]]], keys=[],
                fields={k: _one_of(v) for k, v in r["fields"].items()})


def harness_truth(exp: dict) -> dict:
    """The expected values in tests/corpus_harness.py's shape (unified 2026-12-06), nothing dropped: the rows
    to quarantine become ``quarantines`` (a hospital in neither list: ``unresolved_hospital``), the others
    ``rows`` with ``places`` (row None: a record spanning rows) and ``any_of`` spelt ``one_of``; the hospitals as
    step 2 judges them (level, grade, category, county, code, county_code; ``key`` and ``role`` kept in
    ``hospital_roles``), the code list's two others left open (``hospitals_optional``); ``step1``: the rows and hospitals as the first ingest must have them (no correction,
    the rows it replaces, recipients with level, grade, category and county, no codes); a row's findings become
    ``row_findings``; the ID numbers a dict."""
    corr = exp["correction"]["file"]
    rows = [_harness_row(r) for r in exp["rows"] if not r.get("quarantine")]
    quarantines = [dict(q, category="unresolved_hospital" if "unresolved" in q["why"] else "unusable")
                   for q in exp["rows"] if q.get("quarantine")]
    hospitals = [{k: v for k, v in h.items() if k not in ("key", "role")} for h in exp["hospitals"]]
    step1 = {"rows": [r for r in rows if r["file"] != corr] + [_harness_row(r) for r in exp["step1_only_rows"]],
             "hospitals": [{k: h[k] for k in ("name", "level", "grade", "category", "county")} if h["role"] == "recipient"
                           else {"name": h["name"]} for h in exp["hospitals"]]}
    return dict(exp, rows=rows, quarantines=quarantines, hospitals=hospitals, step1=step1,
                hospitals_optional=[h[1] for h in EXTRA_CODE_LIST],   # "whether they are added is not checked"
                hospital_roles={h["name"]: [h["key"], h["role"]] for h in exp["hospitals"]},
                submission_files=sorted(Path(f).name for f in exp["files"] if Path(f).name != exp["pairing_file"]),
                id_numbers={i: [] for i in exp["id_numbers"]},
                row_findings=[{"file": r["file"], "sheet": r["sheet"], "row": r["row"], "what": f}
                              for r in rows for f in r.get("findings", [])])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--step", type=int, choices=(1, 2), default=2)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    (out / "data" / "raw").mkdir(parents=True, exist_ok=True)
    c = Corpus(out / "data" / "raw")
    pl, cl = c.build(a.step)
    exp = harness_truth(c.expected(pl, cl))
    (out / "truth.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(1 for r in c.E.rows if not r.get("quarantine"))
    q = sum(1 for r in c.E.rows if r.get("quarantine"))
    print(f"realworld6 corpus (step {a.step}) in {out}: {len(c.files) - (len(c.step2_files) if a.step == 1 else 0)} files, "
          f"{n} expected rows, {q} quarantines", file=sys.stderr)


if __name__ == "__main__":
    main()

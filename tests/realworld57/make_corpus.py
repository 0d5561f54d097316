"""realworld57 corpus generator — SYNTHETIC / 合成数据. A fictional province (岫云省), city 栖梧市 with four counties,
as a county-health-bureau data manager receives county inpatient-flow statistics (县域住院流向) for 2012–2024 in
the layouts bureaus use: several years side by side in one sheet, counties by code only or by name only, a county
renamed during the period (石门县 became 石门区 in 2023, same code 990122), a sheet with only the rate
县域内就诊率（%）, 全市合计 rows, a statistics-platform CSV with English column names and a units row, counts in
万人次, years as rows, and a correction file; plus two small hospital forms with doubtful ID numbers. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,卫健局,医院}/…, OUT/truth.json

Every hospital, county, person and ID number is invented (region codes 99xxxx, right check digits unless a row
plants a wrong one). Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, QZ = "岫云省人民医院", "栖梧市中心医院"
QY, SM, LC, BZ = "青漪县人民医院", "石门区中医医院", "蓼川县人民医院", "白渚县人民医院"
RECIP = {QY: ("二级", "甲等", "综合医院", "青漪县", "990121"), SM: ("二级", "甲等", "中医医院", "石门区", "990122"),
         LC: ("二级", "乙等", "综合医院", "蓼川县", "990123"), BZ: ("二级", "乙等", "综合医院", "白渚县", "990124")}
CODES = ["990121", "990122", "990123", "990124"]
OLD_NAME = {"990121": "青漪县", "990122": "石门县", "990123": "蓼川县", "990124": "白渚县"}
NEW_NAME = dict(OLD_NAME, **{"990122": "石门区"})   # 撤县设区 in 2023, same code
BASE = {"990121": (41200, 9100), "990122": (35600, 7800), "990123": (28400, 6900), "990124": (19700, 5200)}


def counts(code: str, year: int) -> tuple[int, int]:
    """The county's residents' admissions and those outside the county (invented, smooth over the years)."""
    t, o = BASE[code]
    k = year - 2012
    return t + 830 * k + 10 * int(code[-1]), o - 210 * k + 10 * int(code[-1])


ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19760412", "031"), "qiu": ("990101", "19850930", "046"), "fang": ("990102", "19790207", "018"),
    "tang": ("990121", "19920611", "052"), "mo": ("990122", "19900115", "027"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


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


def county_row(file, sheet, r, code, year, tot, out):
    row("county_inpatient_stats", file, sheet, r, dict(county_code=code, year=year, resident_admissions=tot,
                                                       resident_admissions_outside_county=out), {},
        ["county_code", "year"])


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def total(year):
    return tuple(sum(counts(c, year)[i] for c in CODES) for i in (0, 1))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 with 级别 / 等次 in two columns and the county's 区划代码; 支援期限 blank → the title's 2023—2025年."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：岫云省城乡医院对口支援关系表（2023—2025年）  {SYN}"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "区划代码", "支援医院", "协议签订日期",
               "支援期限"])
    pairs = [(P1, QY), (P1, SM), (QZ, LC), (QZ, BZ)]
    for i, (s, r) in enumerate(pairs, 1):
        level, grade, cat, county, code = RECIP[r]
        ws.append([i, r, level, grade, cat, county, code, s, dt.date(2022, 12, 16), None])
        ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2023, 1, 1), "end_date": d(2025, 12, 31),
                                  "agreement_date": d(2022, 12, 16), "start_date_source": "title_period"})
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    ws.append([f"注：石门县于2023年撤县设区，现为石门区，行政区划代码990122不变。{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for s in (P1, QZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 卫健局
def f_three_years(path: Path):
    """2022 | 2023 | 2024 under each measure (two-row header), names and codes, 石门区（原石门县）, 全市合计 row.
    The 2024 figures of 青漪县 and 蓼川县 are replaced by the correction file (f_correction_2024)."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖梧市各县（市、区）县域住院流向统计（2022—2024年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", None, None, "县域外住院人次", None, None])
    ws.append([None, None, "2022年", "2023年", "2024年", "2022年", "2023年", "2024年"])
    for rng in ("A2:A3", "B2:B3", "C2:E2", "F2:H2"):
        ws.merge_cells(rng)
    years = (2022, 2023, 2024)
    for code in CODES:
        name = "石门区（原石门县）" if code == "990122" else NEW_NAME[code]
        c = [counts(code, y) for y in years]
        if code in ("990121", "990123"):      # the first, later corrected, 2024 figures
            c[2] = (c[2][0] + 500, c[2][1] + 300)
        ws.append([name, code] + [x[0] for x in c] + [x[1] for x in c])
        ws.cell(ws.max_row, 2).number_format = "@"
        for y, (t, o) in zip(years, c):
            if y == 2024 and code in ("990121", "990123"):
                continue
            county_row(fn, sh, ws.max_row, code, y, t, o)
    tt = [total(y) for y in years]
    ws.append(["全市合计", None] + [x[0] for x in tt] + [x[1] for x in tt])
    ws.append(["注：石门县2023年撤县设区。数据虚构（合成数据），仅供测试。"])
    wb.save(path)


def f_correction_2024(path: Path):
    """A partial correction named 更正: the 2024 figures of two counties again (the others keep file one's)."""
    fn, sh = path.name, "2024年更正"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖梧市2024年县域住院流向（更正）{SYN}"])
    ws.merge_cells("A1:D1")
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    for code in ("990121", "990123"):
        t, o = counts(code, 2024)
        ws.append([NEW_NAME[code], code, t, o])
        county_row(fn, sh, ws.max_row, code, 2024, t, o)
    ws.append(["说明：仅更正上表青漪县、蓼川县2024年数据，其余不变。"])
    wb.save(path)


def f_codes_only_xls(path: Path):
    """2018, counties by code only, 合计 row."""
    fn, sh = path.name, "2018"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"2018年各县（市、区）常住居民住院流向（{SYN}）")
    for j, h in enumerate(["行政区划代码", "常住居民住院总人次", "其中：县域外住院人次"]):
        ws.write(1, j, h)
    r = 2
    for code in CODES:
        t, o = counts(code, 2018)
        ws.write(r, 0, code)
        ws.write(r, 1, t)
        ws.write(r, 2, o)
        r += 1
        county_row(fn, sh, r, code, 2018, t, o)
    tt = total(2018)
    ws.write(r, 0, "合计")
    ws.write(r, 1, tt[0])
    ws.write(r, 2, tt[1])
    wb.save(str(path))


def f_names_only_ods(path: Path):
    """2021, counties by name only (石门县: the old name of 990122, as the pairing list's note says)."""
    fn, sh = path.name, "2021年"
    rows = [[f"2021年县域住院情况（{SYN}）", None, None, None],
            ["县区", "年度", "住院总人次", "县外住院人次"]]
    for code in CODES:
        t, o = counts(code, 2021)
        rows.append([OLD_NAME[code], 2021, t, o])
        county_row(fn, sh, len(rows), code, 2021, t, o)
        if code == "990122":  # lead's correction after the fixes: 石门县 takes 石门区's code, with a finding saying so
            finding(fn, len(rows), "COUNTY_RENAMED")
    tt = total(2021)
    rows.append(["全市合计", 2021, tt[0], tt[1]])
    with pd.ExcelWriter(path, engine="odf") as xw:
        pd.DataFrame(rows).to_excel(xw, sheet_name=sh, header=False, index=False)


def f_long_gbk_csv(path: Path):
    """2019–2020 one row per county and year, GBK, a note line first, "41,230" thousands separators, one
    "约3200" in the outside count (held: a required field; the lead's correction after the first run)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"栖梧市县域住院流向（{SYN}）", "", "", "", ""])
    w.writerow(["年度", "县（市、区）", "区划代码", "常住居民住院人次", "县域外住院人次"])
    r = 2
    for y in (2019, 2020):
        for code in CODES:
            t, o = counts(code, y)
            ot = f"{o:,}"
            ov = o
            if (y, code) == (2020, "990124"):
                ot, ov = "约3200", None
            w.writerow([y, OLD_NAME[code], code, f"{t:,}", ot])
            r += 1
            if ov is None:
                # lead's correction (README "AFTER THE FIXES"): 县域外住院人次 is required for a county row (the
                # within-county rate needs it; forms.yaml), so the row is held with the reason, not curated empty
                quarantine(fn, None, r, "unusable_value", "约3200: an approximate count in a required field")
                continue
            county_row(fn, None, r, code, y, t, ov)
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_platform_csv(path: Path):
    """The statistics platform's export: English column names, a units row under the header, a city-total row."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["region_code", "region_name", "stat_year", "inpatient_admissions_total",
                "inpatient_admissions_outside_county", "remark"])
    w.writerow(["", "", "", "person-times", "person-times", ""])
    r = 2
    for code in CODES:
        t, o = counts(code, 2016)
        w.writerow([code, OLD_NAME[code], 2016, t, o, SYN])
        r += 1
        county_row(fn, None, r, code, 2016, t, o)
    tt = total(2016)
    w.writerow(["990100", "栖梧市（全市合计）", 2016, tt[0], tt[1], SYN])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_rate_only(path: Path):
    """2017: only 县域内就诊率（%）, no counts — the contract stores counts, never a rate: no curated rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "就诊率"
    ws.append([f"2017年各县县域内就诊率（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内就诊率（%）"])
    for code in CODES:
        t, o = counts(code, 2017)
        ws.append([OLD_NAME[code], code, round(100 * (t - o) / t, 1)])
    ws.append(["全市", None, 80.1])
    wb.save(path)


def f_wan_units(path: Path):
    """2015, codes stored as numbers, counts in 万人次 (two decimals: exact)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2015年县域住院流向（单位：万人次）{SYN}"])
    ws.append(["行政区划代码", "县名", "常住居民住院总人次（万人次）", "县域外住院人次（万人次）"])
    for code in CODES:
        t, o = counts(code, 2015)
        t, o = round(t, -2), round(o, -2)
        ws.append([int(code), OLD_NAME[code], t / 10000, o / 10000])
        county_row(fn, sh, ws.max_row, code, 2015, t, o)
    wb.save(path)


def f_transposed_xls(path: Path):
    """2014 with counties as columns (code in the second row) and the measures as rows; 全市合计 column."""
    fn, sh = path.name, "2014年"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"2014年栖梧市县域住院流向（{SYN}）")
    heads = ["指标"] + [OLD_NAME[c] for c in CODES] + ["全市合计"]
    codes = ["行政区划代码"] + CODES + ["990100"]
    tots = ["2014年常住居民住院总人次"] + [counts(c, 2014)[0] for c in CODES] + [total(2014)[0]]
    outs = ["2014年县域外住院人次"] + [counts(c, 2014)[1] for c in CODES] + [total(2014)[1]]
    for i, line in enumerate((heads, codes, tots, outs), 1):
        for j, v in enumerate(line):
            ws.write(i, j, v)
    for code in CODES:
        t, o = counts(code, 2014)
        county_row(fn, sh, None, code, 2014, t, o)
    wb.save(str(path))


def f_total_first(path: Path):
    """2013: 全市合计 first under the header, counts with a worked-out 县域内就诊率（%） column beside them."""
    fn, sh = path.name, "2013"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2013年县域住院流向 {SYN}"])
    ws.append(["序号", "县（市、区）", "行政区划代码", "住院总人次", "县域外住院人次", "县域内就诊率（%）"])
    tt = total(2013)
    ws.append([None, "全市合计", None, tt[0], tt[1], round(100 * (tt[0] - tt[1]) / tt[0], 1)])
    for i, code in enumerate(CODES, 1):
        t, o = counts(code, 2013)
        ws.append([i, OLD_NAME[code], code, t, o, round(100 * (t - o) / t, 1)])
        county_row(fn, sh, ws.max_row, code, 2013, t, o)
    wb.save(path)


def f_with_notes_sheet(path: Path):
    """2012: a 说明 sheet first (prose), the data in the second sheet."""
    fn, sh = path.name, "数据"
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "说明"
    ws0.append([f"{SYN}：本表为虚构数据。"])
    ws0.append(["口径：常住居民住院人次按现住址统计。"])
    ws = wb.create_sheet(sh)
    ws.append(["年度", "行政区划代码", "县（市、区）", "县域内常住居民住院总人次", "县域外住院人次"])
    for code in CODES:
        t, o = counts(code, 2012)
        ws.append([2012, code, OLD_NAME[code], t, o])
        county_row(fn, sh, ws.max_row, code, 2012, t, o)
    wb.save(path)


# ------------------------------------------------------------------------------------------- 医院
def f_roster(path: Path):
    """岫云省人民医院 roster: one right ID, one wrong check digit, one 15-digit ID, one person without an ID."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫云省人民医院2024年派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始", "派驻结束"])
    q = ID["qiu"]
    wrong = q[:17] + ("0" if q[17] != "0" else "1")
    f = ID["fang"]
    fifteen = f[:6] + f[8:14] + f[14:17]
    people = [("lin", "林知秋", None, "心内科", "主任医师", "正高级", "医疗", QY, ID["lin"], None),
              ("qiu", "邱望舒", wrong, "普外科", "主治医师", "中级", "医疗", QY, wrong, "ID_CHECK_DIGIT"),
              ("fang", "方若谷", fifteen, "骨科", "副主任医师", "副高级", "医疗", SM, ID["fang"], "ID_15_DIGIT"),
              (None, "俞晚晴", None, "护理部", "主管护师", "中级", "护理", SM, None, "NAME_ONLY")]
    for i, (key, name, sp, dept, title, rank, cat, rec, tid, code) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else None, dept, title, rec, dt.date(2024, 3, 1),
                   dt.date(2024, 8, 31)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                           start_date=d(2024, 3, 1), end_date=d(2024, 8, 31)),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, r, code)
    wb.save(path)


def f_trainees_gbk(path: Path):
    """青漪县人民医院 trainees, GBK CSV: fee "约3000元" (optional: curated empty, with a finding)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青漪县人民医院2024年赴上级医院进修人员（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("tang", "唐小满", "内科", "2024-03-04", "2024-08-30", "3000", 3000.0, "是", True),
              ("mo", "莫远山", "急诊科", "2024-09-02", "2024-12-31", "约3000元", None, "否", False)]
    r = 2
    for key, name, dept, sd, ed, fee, feev, done, donev in people:
        w.writerow([name, use_id(key), dept, P1, sd, ed, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": QY, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
        if feev is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    path.write_bytes(buf.getvalue().encode("gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "卫健局", "医院"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_岫云省对口支援关系表（2023—2025年）.xlsx")
    files = [(f_three_years, "卫健局", "SYNTHETIC_栖梧市县域住院流向2022-2024.xlsx"),
             (f_correction_2024, "卫健局", "SYNTHETIC_栖梧市县域住院流向2024（更正）.xlsx"),
             (f_codes_only_xls, "卫健局", "SYNTHETIC_县域住院2018（按区划代码）.xls"),
             (f_names_only_ods, "卫健局", "SYNTHETIC_县域住院情况2021.ods"),
             (f_long_gbk_csv, "卫健局", "SYNTHETIC_县域住院流向2019-2020.csv"),
             (f_platform_csv, "卫健局", "SYNTHETIC_stat_platform_inpatient_2016.csv"),
             (f_rate_only, "卫健局", "SYNTHETIC_县域内就诊率2017.xlsx"),
             (f_wan_units, "卫健局", "SYNTHETIC_县域住院流向2015（万人次）.xlsx"),
             (f_transposed_xls, "卫健局", "SYNTHETIC_县域住院流向2014（横表）.xls"),
             (f_total_first, "卫健局", "SYNTHETIC_县域住院流向2013.xlsx"),
             (f_with_notes_sheet, "卫健局", "SYNTHETIC_县域住院流向2012.xlsx"),
             (f_roster, "医院", "SYNTHETIC_岫云省人民医院派驻人员2024.xlsx"),
             (f_trainees_gbk, "医院", "SYNTHETIC_青漪县人民医院进修人员2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

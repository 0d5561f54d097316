"""Broken and hostile submissions, each written on demand into a folder.

Each generator returns `Case`s: the file, what a correct tool does with it (`expect`:
"refused" — one bilingual line with a code, in the summary and in `file_errors`; "read" — its
rows curated; "read_or_refused" — either, but never a traceback or reader internals) and how
many rows should be curated when it is read."""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path


from .base import SUPPORT2, SYN, activity_csv_text, monthly_rows, technique_rows
from .encrypted import encrypt_ooxml
from .ids import fullwidth, id_number, spellings


@dataclass
class Case:
    key: str
    path: Path
    expect: str  # refused | read | read_or_refused | said
    curated: int = 0
    note: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def xlsx_bytes(sheets: dict[str, list]) -> bytes:
    """A workbook as Excel writes one (shared strings); every text cell is written as text (a
    leading '=' stays text, not a formula), numbers as numbers."""
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, str):
                    ws.write_string(r, c, v)
                else:
                    ws.write_number(r, c, v)
    wb.close()
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _rezip(data: bytes, replace: dict[str, bytes | callable]) -> bytes:
    """Copy an xlsx, replacing members (bytes, or a function of the old bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in replace:
                new = replace[info.filename]
                body = new(body) if callable(new) else new
            dst.writestr(info.filename, body, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


def _techniques(hospital: str, n: int = 2, tag: str = "") -> bytes:
    items = [(f"技术{tag}{i}", "内科", f"2024-0{i + 2}-01", 5 + i) for i in range(n)]
    return xlsx_bytes({"新技术": technique_rows(hospital, items)})


def _activities(hospital: str, themes) -> str:
    return activity_csv_text(hospital, [(f"2024-0{i + 3}-05", "学术讲座", t, 20 + i) for i, t in enumerate(themes)])


def zip_bomb(hospital: str, unpacked_mb: int = 120) -> bytes:
    """A valid techniques workbook whose sheet XML is padded with whitespace to `unpacked_mb`
    MB: about 1000:1, so ~120 KB on disk."""
    good = _techniques(hospital, tag="Z")
    sheet = zipfile.ZipFile(io.BytesIO(good)).read("xl/worksheets/sheet1.xml")
    head, tail = sheet.split(b"<sheetData>", 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        src = zipfile.ZipFile(io.BytesIO(good))
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, src.read(info.filename))
                continue
            zinfo = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(zinfo, "w", force_zip64=True) as fh:
                fh.write(head + b"<sheetData>")
                pad = b" " * (1 << 20)
                for _ in range(unpacked_mb):
                    fh.write(pad)
                fh.write(tail)
    return out.getvalue()


def entity_bomb(hospital: str) -> bytes:
    """Billion laughs in sharedStrings.xml: ten levels of ten references (~3 GB expanded)."""
    good = _techniques(hospital, tag="E")
    ents = ['<!ENTITY lol0 "lollollollollollollollollollol">']
    ents += [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    doctype = "<!DOCTYPE sst [" + "".join(ents) + "]>"

    def poison(xml: bytes) -> bytes:
        text = xml.decode()
        text = text.replace("?>", "?>" + doctype, 1) if text.startswith("<?xml") else doctype + text
        return re.sub(r"<t>技术E0</t>", "<t>&lol9;</t>", text, count=1).encode()

    return _rezip(good, {"xl/sharedStrings.xml": poison})


def huge_dimension(hospital: str) -> bytes:
    """A techniques sheet of 4 real rows whose <dimension> claims the whole grid A1:XFD1048576."""
    good = _techniques(hospital, tag="H")
    return _rezip(good, {"xl/worksheets/sheet1.xml":
                         lambda b: re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', b)})


def write_broken(folder: Path) -> dict[str, Case]:
    """The broken-file run: one good file and one file per failure, each for a hospital and form
    of its own (no two supersede each other)."""
    c: dict[str, Case] = {}

    def add(key, name, data, expect, curated=0, note=""):
        c[key] = Case(key, write(folder / name, data if isinstance(data, bytes) else data.encode()), expect, curated, note)

    add("good_control", "石湾县人民医院_带教活动.csv", _activities("石湾县人民医院", ["合理用药", "心衰查房", "院感防控"]), "read", 3)
    add("empty_csv", "空文件.csv", b"", "refused")
    add("zero_byte_xlsx", "零字节.xlsx", b"", "refused")
    whole = _techniques("石湾县中医院", tag="T")
    add("truncated_xlsx", "石湾县中医院_新技术新业务（截断）.xlsx", whole[: len(whole) // 2], "refused")
    add("xlsx_named_xls", "青石镇卫生院_新技术新业务.xls", _techniques("青石镇卫生院", tag="X"), "read", 2)
    add("encrypted_xlsx", "红岩镇卫生院_新技术新业务（加密）.xlsx",
        encrypt_ooxml(_techniques("红岩镇卫生院", tag="P"), "123456"), "refused", note="password")
    add("zip_bomb", "柳溪县人民医院_新技术新业务.xlsx", zip_bomb("柳溪县人民医院"), "refused")
    add("entity_bomb", "白沙镇卫生院_新技术新业务.xlsx", entity_bomb("白沙镇卫生院"), "refused")
    add("huge_dimension", "金鸡镇卫生院_新技术新业务.xlsx", huge_dimension("金鸡镇卫生院"), "read", 2)
    long_note = "很长的说明" * 28_000  # 140,000 characters in one field
    add("csv_field_over_131072", "柳溪县妇幼保健院_新技术新业务.csv",
        f"柳溪县妇幼保健院 2024年度 新技术新业务登记表{SYN}\n项目名称,科室,首次开展日期,开展例数,备注\n"
        f"宫腔镜检查,妇科,2024-03-01,8,\"{long_note}\"\n产后康复,产科,2024-04-01,6,无\n", "read_or_refused", 2)
    add("csv_unclosed_quote", "石湾县中医院_带教活动.csv",
        f"带教培训活动记录{SYN}\n填报单位：石湾县中医院\n活动日期,活动类型,主题,参加人数\n"
        "2024-03-05,学术讲座,\"未闭合的引号,23\n2024-04-05,教学查房,心衰,15\n", "read_or_refused", 2)
    add("gb18030_csv", "柳溪县人民医院_带教活动.csv",
        _activities("柳溪县人民医院", ["𬌗病规范化诊疗", "䶮字不在GBK里"]).encode("gb18030"), "read", 2)
    add("utf16_csv", "白沙镇卫生院_带教活动.csv", _activities("白沙镇卫生院", ["儿童保健", "慢病随访"]).encode("utf-16"), "read", 2)
    add("utf8_bom_csv", "金鸡镇卫生院_带教活动.csv", _activities("金鸡镇卫生院", ["急救培训", "护理查房"]).encode("utf-8-sig"), "read", 2)
    add("terminal_escape_name", "\x1b[2J\x1b[31m\x1b]0;owned\x07红岩镇卫生院_带教活动.csv",
        _activities("红岩镇卫生院", ["心电图判读", "静脉输液"]), "read", 2)
    add("quote_in_name", "青石镇卫生院_\"带教'活动.csv", _activities("青石镇卫生院", ["中医适宜技术", "健康宣教"]), "read", 2)
    add("header_only", "柳溪县妇幼保健院_带教活动.xlsx",
        xlsx_bytes({"带教活动": [[f"柳溪县妇幼保健院 2024年 带教培训活动记录{SYN}"], ["活动日期", "活动类型", "主题", "参加人数"]]}),
        "said")
    return c


def registry_lookalike() -> bytes:
    """A workbook titled like a registry that nobody named as one: it adds a hospital and gives
    an existing one a code and another name."""
    return xlsx_bytes({"名册": [
        [f"雁栖省医疗机构名册{SYN}"],
        ["序号", "机构名称", "机构代码", "所在县", "机构级别", "机构类别"],
        [1, "黑石镇卫生院", "PDY00000000000001", "石湾县", "一级", "乡镇卫生院"],
        [2, "柳溪县中医医院", "PDY00000000000002", "柳溪县", "三级", "中医医院"],
        [3, "柳溪县中医医院（新院区）", "PDY00000000000002", "柳溪县", "三级", "中医医院"],
    ]})


# --- formula / HTML text and ID numbers ----------------------------------------------------
XSS = "duikou-xss"
FORMULAS = ['=HYPERLINK("http://evil.example/","点我")', "+1+1", "@SUM(1+1)", "-2+3+cmd|' /C calc'!A0",
            f"<script>alert('{XSS}-cell')</script>", f"<img src=x onerror=alert('{XSS}-img')>"]
OUTSIDE_MARKER = "OUTSIDE-SECRET-7f3a9c"


@dataclass
class Injection:
    cases: dict[str, Case]
    ids: dict[str, str]  # what -> the ID number planted there
    links: list[Path]
    outside: Path


def write_injection(folder: Path, outside: Path, quarantine_rows: int = 2500) -> Injection:
    """Formula and HTML text in cells, file names and sheet names; ID numbers in file names,
    sheet names and cells in every spelling; links out of the folder; enough quarantined rows
    that `duikou quarantine | head -1` closes the pipe early."""
    cases: dict[str, Case] = {}
    ids: dict[str, str] = {}

    def idn(what: str, want_x: bool = False) -> str:
        ids[what] = id_number(10 + len(ids) * 3, want_x=want_x)
        return ids[what]

    def add(key, name, data, expect="read", curated=0):
        cases[key] = Case(key, write(folder / name, data if isinstance(data, bytes) else data.encode()), expect, curated)

    # formula / HTML text in curated cells (technique names, departments) of a good file
    items = [(f, FORMULAS[-1 - i], f"2024-0{i + 2}-01", 3 + i) for i, f in enumerate(FORMULAS)]
    add("formula_cells_curated", "石湾县人民医院_新技术新业务.xlsx",
        xlsx_bytes({"新技术": technique_rows("石湾县人民医院", items)}), "read", len(items))
    # formula file name; formula text in quarantined cells (hospital nobody knows)
    add("formula_file_name", "=HYPERLINK(\"evil.example\",\"点我\")+@SUM(1)_带教活动.csv",
        activity_csv_text("<script>alert('duikou-xss-unit')</script>不存在卫生院",
                          [(f"2024-0{i + 3}-05", "学术讲座", f, 10 + i) for i, f in enumerate(FORMULAS)]), "read")
    # formula / HTML sheet names, each sheet a roster row that quarantines (unknown recipient)
    sheets = {}
    for i, name in enumerate(["=1+1", "+1 派驻", "@SUM(A1)", "-1+2", "<script>alert(5)"]):
        sheets[name] = [[f"{SUPPORT2} 2024年 派驻人员花名册{SYN}"],
                        ["姓名", "身份证号", "受援医院", "科室", "职称", "派驻开始日期", "派驻结束日期"],
                        [f"测试{i}", "", "不存在县人民医院", FORMULAS[i], "主治医师", "2024-03-01", "2024-06-30"]]
    add("formula_sheet_names", "@SUM(1+1)_派驻人员.xlsx", xlsx_bytes(sheets), "read")

    # ID numbers: in the file name (plain), the sheet name (6-8-4 hyphens), the title (spaces),
    # cells in every spelling, a note, a non-data line, an Excel float
    fname_id, sheet_id, title_id = idn("file_name"), idn("sheet_name"), idn("title")
    people = [
        ("周七", fullwidth(idn("cell_fullwidth_curated")), "柳溪县中医医院", ""),
        ("吴八", spellings(idn("cell_hyphens_quarantined"))["hyphens_6_8_4"], "不存在县人民医院", ""),
        ("郑九", idn("cell_suffix_X1_quarantined", want_x=True) + "1", "不存在县人民医院", ""),
        ("冯十", float(int(idn("cell_excel_float_quarantined")[:17] + "0")), "不存在县人民医院", ""),
        ("陈十一", spellings(idn("cell_spaces_quarantined"))["spaces_6_8_4"], "不存在县人民医院",
         "身份证号 " + idn("note_plain_quarantined")),
        ("褚十二", spellings(idn("cell_spaces_curated"))["spaces_6_8_4"], "柳溪县中医医院",
         "原证件号" + spellings(idn("note_hyphens_curated"))["hyphens_6_8_4"]),
        ("卫十三", idn("cell_suffix_letters_curated") + "AB", "柳溪县中医医院", ""),
        # pasted into the hospital column: held as a name nobody could resolve (`duikou hospitals`)
        ("沈十五", "", spellings(idn("hospital_cell_spaces"))["spaces_6_8_4"], ""),
    ]
    rows = [[f"{SUPPORT2} 2024年 派驻人员花名册 填报人身份证 {spellings(title_id)['spaces_6_8_4']}{SYN}"],
            ["姓名", "身份证号", "受援医院", "科室", "职称", "派驻开始日期", "派驻结束日期", "备注"]]
    for i, (name, number, recipient, note) in enumerate(people):
        rows.append([name, number, recipient, "内科", "主治医师", f"2024-02-{i + 1:02d}", "2024-08-31", note])
    rows.append([f"填报人：王五 身份证：{spellings(idn('nondata_line'))['hyphens_6_8_4']}"])
    add("id_numbers_roster", f"{fname_id}_派驻人员花名册.xlsx",
        xlsx_bytes({f"派驻{spellings(sheet_id)['hyphens_6_8_4']}": rows}), "read")
    # an ID in a CSV file name (6-8-4 with spaces) and a full-width one in a sheet name
    add("id_in_csv_name", f"带教活动_{spellings(idn('csv_file_name'))['spaces_6_8_4']}.csv",
        activity_csv_text("不存在县中医院", [("2024-05-05", "学术讲座", "身份证" + idn("csv_cell_plain"), 12)]), "read")
    add("id_fullwidth_file_name", f"进修补报_{fullwidth(idn('file_name_fullwidth'))}.csv",
        activity_csv_text("不存在县妇幼保健院", [("2024-05-09", "学术讲座", "补报", 7)]), "read")
    add("id_suffixed_file_name", f"技术_{idn('file_name_suffix_X1', want_x=True)}1.csv",
        activity_csv_text("不存在县第二医院", [("2024-05-10", "学术讲座", "补报", 8)]), "read")
    add("id_fullwidth_sheet", "雁栖省中医院_派驻补报.xlsx", xlsx_bytes({fullwidth(idn("sheet_fullwidth")): [
        [f"{SUPPORT2} 2024年 派驻人员花名册{SYN}"],
        ["姓名", "身份证号", "受援医院", "科室", "职称", "派驻开始日期", "派驻结束日期"],
        ["蒋十四", "", "不存在县人民医院", "外科", "主治医师", "2024-04-01", "2024-09-30"]]}), "read")

    # terminal escape codes in a file name and in cells of rows that are quarantined (they are
    # printed again by `duikou quarantine` and `duikou hospitals`)
    osc8 = "\x1b]8;;http://evil.example/\x07点我\x1b]8;;\x07"
    add("escape_codes_quarantined", "\x1b[31m\x1b]0;owned\x07不存在卫生院_带教活动.csv",
        activity_csv_text("\x1b[2J不存在镇\x1b[8m卫生院", [("2024-05-06", "学术讲座", osc8, 12),
                                                     ("2024-05-07", "\x1b[2J\x1b[H教学查房", "查房\x07\x08\x08", 13)]), "read")

    # many rows nobody can place: quarantined (and a long `duikou quarantine` listing)
    lines = [f"带教培训活动记录{SYN}", "填报单位：不存在县第九人民医院", "活动日期,活动类型,主题,参加人数"]
    lines += [f"2024-06-{1 + i % 28:02d},学术讲座,第{i}次讲座,{10 + i % 50}" for i in range(quarantine_rows)]
    add("many_quarantined", "不存在县第九人民医院_带教活动.csv", "\n".join(lines) + "\n", "read")

    # links out of the folder, to files with known content
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / "secret.csv"
    secret.write_text(activity_csv_text("金鸡镇卫生院", [("2024-07-07", "学术讲座", OUTSIDE_MARKER + "-theme", 9)])
                      + f"{OUTSIDE_MARKER}-line,{idn('outside_file')}\n", encoding="utf-8")
    passwd = outside / "passwd"
    passwd.write_text(f"root:x:0:0:{OUTSIDE_MARKER}-passwd:/root:/bin/bash\n", encoding="utf-8")
    (outside / "sub").mkdir(exist_ok=True)
    (outside / "sub" / "金鸡镇卫生院_新技术新业务.xlsx").write_bytes(
        xlsx_bytes({"新技术": technique_rows("金鸡镇卫生院", [(OUTSIDE_MARKER + "-technique", "内科", "2024-02-01", 3)])}))
    links = [folder / "金鸡镇卫生院_带教活动.csv", folder / "passwd.csv", folder / "链接目录"]
    os.symlink(secret, links[0])
    os.symlink(os.path.relpath(passwd, folder), links[1])  # relative link, also leaves the folder
    os.symlink(outside / "sub", links[2], target_is_directory=True)
    return Injection(cases, ids, links, outside)


def formula_pairing_list(path: Path) -> Path:
    """A pairing list (named with --pairings, so it may add hospitals) whose recipient names
    carry formula and HTML text: they reach the exports and the report as hospital names."""
    from .base import pairing_rows

    rows = pairing_rows(extra=[('=HYPERLINK("http://evil.example/","点我")卫生院', "石湾县"),
                               (f"<script>alert('{XSS}-hospital')</script>卫生院", "石湾县"),
                               ("@SUM(1+1)卫生院", "柳溪县")])
    return write(path, xlsx_bytes({"附件1": rows}))


def formula_hospital_monthly(folder: Path) -> list[Path]:
    """Monthly statistics for the formula-named hospitals, so they have rows in the exports."""
    out = []
    for i, name in enumerate(['=HYPERLINK("http://evil.example/","点我")卫生院',
                              f"<script>alert('{XSS}-hospital')</script>卫生院", "@SUM(1+1)卫生院"]):
        rows = [[f"受援医院月度业务统计{SYN}"], ["医院", "年份", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
        rows += [[name, 2024, m, 300 + m + i, 30 + m, 2, 1] for m in range(1, 13)]
        out.append(write(folder / f"formula_hospital_{i}_月度业务统计.xlsx", xlsx_bytes({"月度统计": rows})))
    return out


# --- numbers out of range ------------------------------------------------------------------
BIG = 2 ** 63  # one past BIGINT


def write_out_of_range(folder: Path) -> dict[str, Case]:
    """Monthly statistics with a count >= 2^63 and 1e308 (an xlsx, numbers as Excel stores them,
    and a CSV, digits as typed), among two good files. `bad_months` (in `note`) names the
    months whose row holds an out-of-range value."""
    c: dict[str, Case] = {}
    rows = [[f"柳溪县人民医院 2024年 月度业务统计{SYN}"], ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 13):
        row = [f"{m}月", 500 + m, 50 + m, 5 + m, 3]
        if m == 3:
            row[1] = float(BIG)
        if m == 4:
            row[2] = 1e308
        rows.append(row)
    c["xlsx_out_of_range"] = Case("xlsx_out_of_range", write(folder / "柳溪县人民医院_月度业务统计.xlsx",
                                                             xlsx_bytes({"月度统计": rows})), "read", 10, "3,4")
    lines = [f"柳溪县妇幼保健院 2024年 月度业务统计{SYN}", "月份,门急诊人次,出院人数,手术台次,转出人次"]
    for m in range(1, 13):
        v = {5: (str(BIG), "40", "4", "2"), 6: ("400", "1e308", "4", "2"), 7: ("400", "40", "-" + str(BIG + 1), "2"),
             8: ("400", "40", "4", "99999999999999999999999")}.get(m, (str(400 + m), str(40 + m), str(4 + m), "2"))
        lines.append(f"{m}月," + ",".join(v))
    c["csv_out_of_range"] = Case("csv_out_of_range", write(folder / "柳溪县妇幼保健院_月度业务统计.csv",
                                                           ("\n".join(lines) + "\n").encode()), "read", 8, "5,6,7,8")
    c["good_activities"] = Case("good_activities", write(folder / "石湾县中医院_带教活动.csv",
                                                         _activities("石湾县中医院", ["儿科查房", "急诊培训"]).encode()), "read", 2)
    c["good_techniques"] = Case("good_techniques", write(folder / "青石镇卫生院_新技术新业务.xlsx",
                                                         _techniques("青石镇卫生院", tag="G")), "read", 2)
    return c


# --- corrections and resubmissions ----------------------------------------------------------
def unreadable_correction(folder: Path) -> Path:
    """柳溪县中医医院's techniques again, named as a correction (更正), every row unusable: no
    project name, no usable date."""
    from .base import technique_rows

    rows = technique_rows("柳溪县中医医院", [("", "普外科", "待定", "若干"), ("", "消化内科", "不详", "很多"),
                                            ("", "肾内科", "见附件", "?"), ("", "康复科", "—", "—")], "（更正）")
    return write(folder / "柳溪县中医医院_新技术新业务（更正）v2.xlsx", xlsx_bytes({"新技术": rows}))


def narrower_monthly(folder: Path) -> Path:
    """石湾县人民医院's 2024 statistics again without the 手术台次 column; every 门急诊人次 changed."""
    from .base import MONTHLY

    data = {m: (v[0] + 1000, v[1], v[2], v[3]) for m, v in MONTHLY.items()}
    return write(folder / "石湾县人民医院_月度业务统计（补报）.xlsx",
                 xlsx_bytes({"月度统计": monthly_rows("石湾县人民医院", data, ("门急诊人次", "出院人数", "转出人次"))}))


def partial_roster(folder: Path) -> Path:
    """雁栖省人民医院's roster again with one person of six (department changed)."""
    from .base import ROSTER_IDS, ROSTER_NAMES, roster_rows

    rows = roster_rows([(ROSTER_NAMES[0], ROSTER_IDS[0])])
    rows[2][3] = "外科"
    return write(folder / "雁栖省人民医院_派驻人员花名册（补充）.xlsx", xlsx_bytes({"派驻人员": rows}))


BLANK_MONTHS = {"discharges": (3, 4), "outpatient_visits": (5,)}


def monthly_with_blanks(folder: Path) -> Path:
    """柳溪县中医医院 2024: 出院人数 blank in March and "—" in April, 门急诊人次 "—" in May;
    转出人次 10 every month."""
    rows = [[f"柳溪县中医医院 2024年 月度业务统计{SYN}"], ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 13):
        rows.append([f"{m}月", "—" if m == 5 else 800 + m, None if m == 3 else ("—" if m == 4 else 80 + m), 8, 10])
    return write(folder / "柳溪县中医医院_月度业务统计.xlsx", xlsx_bytes({"月度统计": rows}))


def pairing_lookalike() -> bytes:
    """A second 附件1 that nobody named with --pairings: it adds a recipient and a pairing."""
    from .base import pairing_rows

    rows = pairing_rows(extra=[("黑水镇卫生院", "柳溪县")])
    rows[0] = [f"附件1 雁栖省城乡医院对口支援关系一览表（2024年调整）{SYN}"]
    return xlsx_bytes({"附件1": rows})

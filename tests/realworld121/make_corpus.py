"""realworld121 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅沣省) for 2024: a county health
bureau's consolidated annual ledger workbook (青杪县 年度对口支援工作台账: 21 sheets — cover, 目录 with hyperlinks,
填表说明, a summary of formulas, one sheet per form, monthly statistics split per township centre as sheet names, a
protected 考核 sheet, an autofilter left on with rows filtered out, frozen panes, a hidden 下拉选项 sheet, a hidden old
copy of the roster, a contacts sheet, an empty sheet), the province's pairing list and the county's own 县乡 list in
reference/, and ordinary submissions of a second county (鹤鸣县) and of the supporting hospitals. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,县卫健局台账,省市医院,鹤鸣县}/…, OUT/truth.json

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
import xlsxwriter
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
SP2, SCC = "琅沣省第二人民医院", "沣川市中心医院"                 # support hospitals (province, city)
QM, QMTCM = "青杪县人民医院", "青杪县中医医院"                     # 青杪县: county-level recipients
CG, SQ, BS, LT = "城关镇卫生院", "石桥镇卫生院", "白沙乡卫生院", "柳塘镇卫生院"   # 青杪县 township centres
HM, HMMCH = "鹤鸣县人民医院", "鹤鸣县妇幼保健院"                    # 鹤鸣县: county-level recipients
SP3 = "琅沣省第三人民医院"                                          # in no pairing list
RECIP = {QM: ("二级", "甲等", "综合医院", "青杪县"), QMTCM: ("二级", "乙等", "中医医院", "青杪县"),
         HM: ("二级", "甲等", "综合医院", "鹤鸣县"), HMMCH: ("二级", None, "妇幼保健院", "鹤鸣县"),
         CG: ("一级", "甲等", "乡镇卫生院", "青杪县"), SQ: ("一级", None, "乡镇卫生院", "青杪县"),
         BS: ("一级", None, "乡镇卫生院", "青杪县"), LT: ("一级", None, "乡镇卫生院", "青杪县")}

ID = {k: idn(*v) for k, v in {
    # 台账 派驻人员
    "lu": ("990101", "19740312", "031"), "gu": ("990101", "19850621", "042"),
    "yan": ("990102", "19790905", "015"), "mo": ("990102", "19880117", "026"),
    "fang": ("995101", "19860403", "037"), "tang": ("995101", "19900828", "048"),
    "qiao": ("995101", "19871111", "059"), "su": ("995101", "19830210", "061"),
    "ning": ("990103", "19800606", "072"), "wen": ("995101", "19891019", "083"),
    # 台账 进修人员
    "pan": ("995101", "19920304", "014"), "xie": ("995101", "19930512", "025"),
    "yu": ("995102", "19910723", "036"), "ke": ("995103", "19940130", "047"), "rong": ("995104", "19950915", "058"),
    "draft": ("995105", "19960101", "069"),
    # 鹤鸣县 and the supporting hospitals' own files
    "hua": ("990101", "19770418", "071"), "ji": ("990101", "19840927", "082"), "lan": ("990101", "19890603", "093"),
    "cao": ("990102", "19760814", "014"), "lian": ("990102", "19820529", "025"), "meng": ("990102", "19900302", "036"),
    "tian": ("995201", "19911208", "047"), "zhuo": ("995201", "19930621", "058"), "bi": ("995202", "19920415", "069"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


# ------------------------------------------------------------------------------------------- reference
def province_pairing_list(path: Path):
    """附件1: 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限 (two filled, two blank → the title's
    2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅沣省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QM, "二级甲等", SP2, dt.date(2023, 12, 15), "2024年1月1日至2026年12月31日", d(2024, 1, 1), d(2026, 12, 31)),
             (QMTCM, "二级乙等", SCC, dt.date(2023, 12, 20), None, None, None),
             (HM, "二级甲等", SCC, dt.date(2023, 12, 20), None, None, None),
             (HMMCH, "二级", SP2, dt.date(2024, 1, 10), "2024年3月1日至2027年2月28日", d(2024, 3, 1), d(2027, 2, 28))]
    for i, (r, grade_txt, s, ag, per, ps, pe) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, grade_txt, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            truth["pairings"].append({"support": s, "recipient": r, "start_date": ps, "end_date": pe,
                                      "agreement_date": ag.isoformat(), "start_date_source": "support_period"})
        else:
            truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                      "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                      "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)


def county_pairing_list(path: Path):
    """青杪县's own 县乡 list: 帮扶单位（县级医院） | 受帮扶单位 | 等级 | 类别 | 所在县 | 协议签订日期; period in the title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县乡帮扶"
    ws.append([f"青杪县县乡医疗机构对口帮扶关系表（2024—2025年）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "帮扶单位（县级医院）", "受帮扶单位", "等级", "类别", "所在县", "协议签订日期"])
    for i, (r, grade_txt) in enumerate(((CG, "一级甲等"), (SQ, "一级"), (BS, "一级"), (LT, "一级")), 1):
        ws.append([i, QM, r, grade_txt, "乡镇卫生院", "青杪县", dt.date(2024, 1, 5)])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": QM, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2025, 12, 31), "agreement_date": d(2024, 1, 5),
                                  "start_date_source": "title_period"})
    ws.append(["青杪县卫生健康局", None, None, None, None, "2024年1月8日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- the ledger
MONTHLY_COLS = ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]


def monthly_values(seed: int, m: int):
    return [seed * 10 + 130 * m + (m * 37) % 90, seed // 8 + 9 * m + (m * 5) % 7, seed // 40 + 2 * m,
            max(1, seed // 300 - m % 4), (m * 3) % 11]


def ledger(path: Path):
    fn = path.name
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"title": f"年度对口支援工作台账（{SYN}）", "author": "青杪县卫生健康局",
                       "created": dt.datetime(2025, 1, 10, 9, 0, 0)})
    title_f = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    head_f = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    date_f = wb.add_format({"num_format": "yyyy-mm-dd", "border": 1})
    cell_f = wb.add_format({"border": 1})
    link_f = wb.add_format({"font_color": "blue", "underline": 1})
    id_f = wb.add_format({"num_format": "@", "border": 1})

    def put(ws, r, values, fmt=cell_f):
        for j, v in enumerate(values):
            if isinstance(v, dt.date):
                ws.write_datetime(r, j, dt.datetime(v.year, v.month, v.day), date_f)
            elif v is None:
                ws.write_blank(r, j, None, fmt)
            elif isinstance(v, str) and fmt is id_f:
                ws.write_string(r, j, v, fmt)
            else:
                ws.write(r, j, v, fmt)

    # sheets in the clerk's order
    names = ["封面", "目录", "填表说明", "汇总", "派驻人员", "进修人员", "新技术新项目", "帮扶活动", "考核",
             "月度业务量（县人民医院）", "月度业务量（县中医院）", CG, SQ, BS, LT, "县域住院", "数据字典", "联络员",
             "Sheet1", "下拉选项", "派驻人员（副本）"]
    ws = {n: wb.add_worksheet(n) for n in names}

    # 封面 (cover: label | value lines)
    c = ws["封面"]
    c.write(2, 1, f"青杪县2024年度城乡医院对口支援工作台账（{SYN}）", title_f)
    for i, (k, v) in enumerate((("编制单位", "青杪县卫生健康局医政股"), ("年度", "2024年"), ("负责人", "（签字）"),
                                ("更新日期", "2025年1月10日"))):
        c.write(5 + i, 1, k)
        c.write(5 + i, 2, v)

    # 目录 with hyperlinks
    t = ws["目录"]
    t.write(0, 0, f"目  录（{SYN}）", title_f)
    t.write_row(1, 0, ["序号", "工作表", "内容"], head_f)
    contents = {"填表说明": "填写要求", "汇总": "各受援单位汇总（公式自动计算）", "派驻人员": "支援医院派驻人员名册",
                "进修人员": "受援单位赴支援医院进修人员", "新技术新项目": "受援单位开展的新技术新项目",
                "帮扶活动": "教学查房、讲座、培训等活动", "考核": "派驻人员月度考核（已锁定）",
                "月度业务量（县人民医院）": "县人民医院月度业务量", "月度业务量（县中医院）": "县中医医院月度业务量",
                CG: "城关镇卫生院月度业务量", SQ: "石桥镇卫生院月度业务量", BS: "白沙乡卫生院月度业务量",
                LT: "柳塘镇卫生院月度业务量", "县域住院": "县域住院流向", "数据字典": "字段说明", "联络员": "各单位联络员"}
    for i, (n, what) in enumerate(contents.items(), 1):
        t.write(1 + i, 0, i)
        t.write_url(1 + i, 1, f"internal:'{n}'!A1", link_f, string=n)
        t.write(1 + i, 2, what)
    t.set_column(1, 2, 28)

    # 填表说明
    s = ws["填表说明"]
    for i, line in enumerate(["填表说明", f"1. 本台账由县卫生健康局医政股汇总各单位报送材料形成（{SYN}）。",
                              "2. 日期一律填写为yyyy-mm-dd格式；身份证号按文本格式填写。",
                              "3. 派驻人员表中“派出单位”“受援单位”“职称”从下拉选项中选择。",
                              "4. 各乡镇卫生院月度业务量按工作表分别填写，工作表名即为单位名称。",
                              "5. 汇总表为公式自动计算，请勿手工修改。", "6. 作废记录请隐藏该行并在备注中注明“作废”。"]):
        s.write(i, 0, line)

    # 下拉选项 (hidden) and data validation on the roster
    o = ws["下拉选项"]
    lists = {"单位": [SP2, SCC, QM, QMTCM, CG, SQ, BS, LT], "职称": ["主任医师", "副主任医师", "主治医师", "住院医师",
             "主任护师", "副主任护师", "主管护师", "护师"], "活动类型": ["学术讲座", "教学查房", "手术示教", "疑难病例讨论",
             "技术培训", "义诊"], "是否": ["是", "否"]}
    for j, (k, vals) in enumerate(lists.items()):
        o.write(0, j, k)
        for i, v in enumerate(vals, 1):
            o.write(i, j, v)
    o.hide()

    # 派驻人员: frozen header, autofilter on 派出单位 = 青杪县人民医院 (other rows filtered out — they are data)
    sh = "派驻人员"
    p = ws[sh]
    p.merge_range(0, 0, 0, 10, f"青杪县2024年对口支援派驻人员名册（{SYN}）", title_f)
    hdr = ["序号", "姓名", "身份证号", "派出单位", "受援单位", "科室", "职称", "挂职职务", "派驻开始日期", "派驻结束日期",
           "备注"]
    p.write_row(2, 0, hdr, head_f)
    people = [  # key, name, support, recipient, dept, title, post, start, end, remark, truth fields
        ("lu", "陆怀瑾", SP2, QM, "心血管内科", "主任医师", "业务副院长", dt.date(2024, 1, 8), dt.date(2024, 7, 7), None,
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 1, 8), d(2024, 7, 7), position_at_recipient="副院长")),
        ("gu", "顾清和", SP2, QM, "重症医学科", "主治医师", None, dt.date(2024, 7, 8), dt.date(2025, 1, 7), None,
         dep("重症医学科", "主治医师", "中级", "医疗", d(2024, 7, 8), d(2025, 1, 7), position_at_recipient=None)),
        ("yan", "严若松", SCC, QMTCM, "针灸科", "副主任医师", "科主任", dt.date(2024, 3, 1), dt.date(2024, 8, 31), None,
         dep("针灸科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient="科主任")),
        ("mo", "莫晓岚", SCC, QMTCM, "护理部", "主管护师", None, dt.date(2024, 3, 1), dt.date(2024, 8, 31), None,
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient=None)),
        ("ning", "宁致远", SP3, QM, "骨科", "副主任医师", None, dt.date(2024, 4, 1), dt.date(2024, 9, 30), None, None),
        ("fang", "方启明", QM, CG, "内科", "主治医师", None, dt.date(2024, 2, 1), dt.date(2024, 12, 31), None,
         dep("内科", "主治医师", "中级", "医疗", d(2024, 2, 1), d(2024, 12, 31), position_at_recipient=None)),
        ("tang", "唐书晴", QM, SQ, "全科医学科", "住院医师", None, dt.date(2024, 2, 1), dt.date(2024, 7, 31), None,
         dep("全科医学科", "住院医师", "初级", "医疗", d(2024, 2, 1), d(2024, 7, 31), position_at_recipient=None)),
        ("qiao", "乔慕白", QM, BS, "外科", "主治医师", "副院长", dt.date(2024, 3, 1), dt.date(2024, 12, 31), None,
         dep("外科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 12, 31), position_at_recipient="副院长")),
        ("su", "苏念安", QM, LT, "妇产科", "主管护师", None, dt.date(2024, 5, 6), dt.date(2024, 11, 5), None,
         dep("妇产科", "主管护师", "中级", "护理", d(2024, 5, 6), d(2024, 11, 5), position_at_recipient=None)),
        ("wen", "温景行", QM, LT, "儿科", "住院医师", None, None, None, "到岗日期待定", None),
    ]
    r = 3
    first_data = r
    for i, (key, name, sup, rec, dept, title, post, st, en, rem, f) in enumerate(people, 1):
        put(p, r, [i, name, None, sup, rec, dept, title, post, st, en, rem])
        p.write_string(r, 2, ID[key], id_f)
        if sup != QM:           # filtered out by the autofilter: hidden, and still data
            p.set_row(r, None, None, {"hidden": True})
        if f is not None:
            row("deployments", fn, sh, r + 1, f, {"support_hospital_id": sup, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
        elif sup == SP3:
            hold(fn, sh, r + 1, "unresolved_hospital", f"派出单位 {SP3} is in no pairing list")
        else:
            hold(fn, sh, r + 1, "missing_required", "派驻开始日期 blank (到岗日期待定)")
        r += 1
    p.autofilter(2, 0, r - 1, 10)
    p.filter_column(3, f"x == {QM}")
    p.write(r + 1, 0, "制表：医政股", None)
    p.freeze_panes(3, 2)
    p.data_validation(first_data, 3, r - 1, 4, {"validate": "list", "source": "=下拉选项!$A$2:$A$9"})
    p.data_validation(first_data, 6, r - 1, 6, {"validate": "list", "source": "=下拉选项!$B$2:$B$9"})
    p.set_column(2, 2, 21)

    # 派驻人员（副本）: a hidden old copy with other dates and a person since removed — not data
    b = ws["派驻人员（副本）"]
    b.write(0, 0, f"青杪县2024年对口支援派驻人员名册（旧）（{SYN}）")
    b.write_row(2, 0, hdr[:10])
    for i, (name, sup, rec, st, en) in enumerate((("陆怀瑾", SP2, QM, dt.date(2023, 12, 1), dt.date(2024, 5, 31)),
                                                   ("方启明", QM, CG, dt.date(2024, 1, 2), dt.date(2024, 6, 30)),
                                                   ("钱向东", QM, SQ, dt.date(2024, 1, 2), dt.date(2024, 6, 30))), 1):
        put(b, 2 + i, [i, name, None, sup, rec, "内科", "主治医师", None, st, en])
    b.hide()

    # 进修人员: frozen; a row hidden by hand and marked 作废 — not data
    sh = "进修人员"
    q = ws[sh]
    q.merge_range(0, 0, 0, 10, f"青杪县2024年受援单位人员赴支援医院进修情况（{SYN}）", title_f)
    q.write_row(1, 0, ["序号", "姓名", "身份证号", "派出单位（受援单位）", "进修医院", "进修科室", "进修开始日期",
                       "进修结束日期", "进修费用（元）", "是否结业", "备注"], head_f)
    trainees = [("pan", "潘雨辰", QM, SP2, "心血管内科", dt.date(2024, 3, 4), dt.date(2024, 9, 3), 0, "是", None),
                ("xie", "谢知秋", QM, SP2, "重症医学科", dt.date(2024, 9, 2), dt.date(2025, 2, 28), 0, "否", "在修"),
                ("draft", "蒋一帆", QM, SP2, "麻醉科", dt.date(2024, 5, 6), dt.date(2024, 11, 5), 0, "否", "作废"),
                ("yu", "俞晚晴", QMTCM, SCC, "康复医学科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 1500, "是", None),
                ("ke", "柯远帆", CG, QM, "急诊科", dt.date(2024, 3, 1), dt.date(2024, 5, 31), 0, "是", None),
                ("rong", "容若水", SQ, QM, "检验科", dt.date(2024, 6, 3), dt.date(2024, 8, 30), 0, "是", None)]
    r = 2
    for i, (key, name, rec, host, dept, st, en, fee, done, rem) in enumerate(trainees, 1):
        put(q, r, [i, name, None, rec, host, dept, st, en, fee, done, rem])
        q.write_string(r, 2, ID[key], id_f)
        if rem == "作废":
            q.set_row(r, None, None, {"hidden": True})
        else:
            row("trainees", fn, sh, r + 1, dict(department=dept, start_date=st.isoformat(), end_date=en.isoformat(),
                                                 fee_charged=float(fee), completed=done == "是"),
                {"recipient_hospital_id": rec, "host_hospital_id": host}, ["start_date"], id_number=ID[key])
        r += 1
    q.freeze_panes(2, 2)

    # 新技术新项目
    sh = "新技术新项目"
    n = ws[sh]
    n.merge_range(0, 0, 0, 7, f"青杪县2024年受援单位新技术新项目开展情况（{SYN}）", title_f)
    n.write_row(1, 0, ["序号", "受援单位", "项目名称", "科室", "支援单位", "首次开展日期", "开展例数",
                       "是否填补县域空白"], head_f)
    techs = [(QM, "经皮冠状动脉介入治疗", "心血管内科", SP2, dt.date(2024, 3, 18), 26, "是"),
             (QM, "床旁血液净化", "重症医学科", SP2, dt.date(2024, 9, 10), 14, "是"),
             (QMTCM, "浮针疗法", "针灸科", SCC, dt.date(2024, 4, 22), 85, "否"),
             (CG, "慢阻肺肺功能筛查", "内科", QM, dt.date(2024, 5, 15), 120, "否")]
    for i, (rec, name, dept, sup, day, cases, gap) in enumerate(techs, 1):
        put(n, 1 + i, [i, rec, name, dept, sup, day, cases, gap])
        row("techniques", fn, sh, 2 + i, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                               cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": rec, "support_hospital_id": sup}, ["name"])

    # 帮扶活动
    sh = "帮扶活动"
    a = ws[sh]
    a.merge_range(0, 0, 0, 6, f"青杪县2024年对口帮扶活动登记（{SYN}）", title_f)
    a.write_row(1, 0, ["序号", "活动日期", "受援单位", "支援单位", "活动类型", "主题", "参加人数"], head_f)
    acts = [(dt.date(2024, 3, 15), QM, SP2, "学术讲座", "急性胸痛的规范化诊治", 45),
            (dt.date(2024, 4, 10), QM, SP2, "教学查房", "心衰患者查房", 18),
            (dt.date(2024, 5, 9), QMTCM, SCC, "技术培训", "针刺手法培训", 22),
            (dt.date(2024, 6, 20), CG, QM, "义诊", "老年慢病义诊", 130),
            (dt.date(2024, 9, 12), SQ, QM, "技术培训", "心肺复苏培训", 26),
            (dt.date(2024, 10, 17), BS, QM, "疑难病例讨论", "腹痛待查病例讨论", 12)]
    for i, (day, rec, sup, typ, topic, nump) in enumerate(acts, 1):
        put(a, 1 + i, [i, day, rec, sup, typ, topic, nump])
        row("activities", fn, sh, 2 + i, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                               participants=nump),
            {"recipient_hospital_id": rec, "support_hospital_id": sup}, ["activity_date"])
    a.freeze_panes(2, 0)

    # 考核: protected with a password (still readable)
    sh = "考核"
    k = ws[sh]
    k.merge_range(0, 0, 0, 8, f"青杪县派驻人员月度考核表（2024年）（{SYN}）", title_f)
    k.write_row(1, 0, ["序号", "考核月份", "姓名", "身份证号", "派出单位", "受援单位", "考核得分", "在岗抽查次数",
                       "在岗次数"], head_f)
    rows_k = [(6, "fang", "方启明", CG, 95, 4, 4), (6, "qiao", "乔慕白", BS, 92.5, 4, 4),
              (6, "su", "苏念安", LT, 88, 4, 3), (12, "fang", "方启明", CG, 96, 3, 3),
              (12, "qiao", "乔慕白", BS, 90, 3, 3)]
    for i, (m, key, name, rec, score, chk, pres) in enumerate(rows_k, 1):
        put(k, 1 + i, [i, f"2024年{m}月", name, None, QM, rec, score, chk, pres])
        k.write_string(1 + i, 3, ID[key], id_f)
        row("staff_monthly_assessments", fn, sh, 2 + i, dict(year=2024, month=m, score=float(score), spot_checks=chk,
                                                              spot_checks_present=pres),
            {"recipient_hospital_id": rec, "support_hospital_id": QM}, ["month"], id_number=ID[key])
    k.protect("qm2024")

    # monthly statistics: the two county-level hospitals (title names them), four township sheets (sheet name only)
    totals = {}
    monthly = [("月度业务量（县人民医院）", QM, f"青杪县人民医院2024年月度业务量统计（{SYN}）", 2400, 12),
               ("月度业务量（县中医院）", QMTCM, f"青杪县中医医院2024年月度业务量统计（{SYN}）", 1100, 12),
               (CG, CG, f"2024年月度业务量统计（{SYN}）", 520, 12), (SQ, SQ, f"2024年月度业务量统计（{SYN}）", 380, 12),
               (BS, BS, f"2024年月度业务量统计（{SYN}）", 300, 12), (LT, LT, f"2024年月度业务量统计（{SYN}）", 260, 10)]
    for sh, hosp, title, seed, months in monthly:
        m_ws = ws[sh]
        m_ws.merge_range(0, 0, 0, 5, title, title_f)
        m_ws.write_row(1, 0, MONTHLY_COLS, head_f)
        sums = [0] * 5
        for mth in range(1, 13):
            r = 1 + mth
            if mth > months:     # 柳塘: 11月, 12月 printed with every figure blank — nothing reported
                put(m_ws, r, [f"{mth}月", None, None, None, None, None])
                continue
            v = monthly_values(seed, mth)
            sums = [x + y for x, y in zip(sums, v)]
            put(m_ws, r, [f"{mth}月", *v])
            row("hospital_monthly_stats", fn, sh, r + 1,
                dict(year=2024, month=mth, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                     referrals_down_received=v[4]), {"recipient_hospital_id": hosp}, ["month"])
        m_ws.write(14, 0, "合计", cell_f)
        for j in range(5):
            col = "BCDEF"[j]
            m_ws.write_formula(14, 1 + j, f"=SUM({col}3:{col}14)", cell_f, sums[j])
        m_ws.freeze_panes(2, 1)
        totals[hosp] = sums

    # 县域住院
    sh = "县域住院"
    y = ws[sh]
    y.merge_range(0, 0, 0, 4, f"青杪县县域住院流向（{SYN}）", title_f)
    y.write_row(1, 0, ["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"], head_f)
    for i, (yr, tot, out) in enumerate(((2023, 41820, 7415), (2024, 42960, 6930)), 1):
        put(y, 1 + i, ["青杪县", "995100", yr, tot, out])
        row("county_inpatient_stats", fn, sh, 2 + i, dict(county_code="995100", year=yr, resident_admissions=tot,
                                                           resident_admissions_outside_county=out), {},
            ["year"])

    # 汇总: formulas over the other sheets, with their cached values — not data
    h = ws["汇总"]
    h.merge_range(0, 0, 0, 6, f"青杪县2024年对口支援工作汇总（公式自动计算）（{SYN}）", title_f)
    h.write_row(1, 0, ["受援单位", "派驻人数", "进修人数", "新技术项数", "帮扶活动次数", "全年门急诊人次", "全年出院人数"],
                head_f)
    msheet = {QM: "月度业务量（县人民医院）", QMTCM: "月度业务量（县中医院）", CG: CG, SQ: SQ, BS: BS, LT: LT}
    tot_row = [0] * 6
    for i, hosp in enumerate((QM, QMTCM, CG, SQ, BS, LT)):
        r = 2 + i
        h.write(r, 0, hosp, cell_f)
        vals = [sum(1 for x in people if x[3] == hosp and x[-1] is not None),
                sum(1 for x in trainees if x[2] == hosp and x[-1] != "作废"),
                sum(1 for x in techs if x[0] == hosp), sum(1 for x in acts if x[1] == hosp),
                totals[hosp][0], totals[hosp][1]]
        forms = [f"=COUNTIFS(派驻人员!E4:E13,A{r + 1},派驻人员!I4:I13,\"<>\")", f"=COUNTIF(进修人员!D3:D8,A{r + 1})",
                 f"=COUNTIF(新技术新项目!B3:B6,A{r + 1})", f"=COUNTIF(帮扶活动!C3:C8,A{r + 1})",
                 f"='{msheet[hosp]}'!B15", f"='{msheet[hosp]}'!C15"]
        for j, (fm, v) in enumerate(zip(forms, vals)):
            h.write_formula(r, 1 + j, fm, cell_f, v)
            tot_row[j] += v
    h.write(8, 0, "合计", cell_f)
    for j in range(6):
        col = "BCDEFG"[j]
        h.write_formula(8, 1 + j, f"=SUM({col}3:{col}8)", cell_f, tot_row[j])

    # 数据字典 (visible), 联络员, Sheet1 (empty)
    dd = ws["数据字典"]
    dd.write_row(0, 0, ["表名", "字段", "说明"], head_f)
    for i, line in enumerate((("派驻人员", "派驻开始日期", "到岗日期"), ("派驻人员", "挂职职务", "在受援单位担任的职务"),
                              ("进修人员", "进修费用（元）", "支援医院收取的进修费，免费填0"),
                              ("考核", "考核得分", "满分100分，低于80分为不合格")), 1):
        dd.write_row(i, 0, line)
    dd.write(6, 0, f"（{SYN}）")
    cl = ws["联络员"]
    cl.write(0, 0, f"各单位对口支援工作联络员（{SYN}）")
    cl.write_row(1, 0, ["单位", "联络员", "职务", "联系电话"], head_f)
    for i, (u, who, post, tel) in enumerate(((QM, "钟主任", "医务科科长", "0999-6100101"),
                                            (QMTCM, "林主任", "医务科科长", "0999-6100202"),
                                            (CG, "黄院长", "院长", "0999-6100303")), 2):
        cl.write_row(i, 0, [u, who, post, tel])
    ws["Sheet1"].write_blank(0, 0, None)

    ws["封面"].activate()
    wb.close()


# ------------------------------------------------------------------------------------------- ordinary files
def f_sp2_roster(path: Path):
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅沣省第二人民医院2024年派驻人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "受援单位", "科室", "职称", "派驻开始日期", "派驻结束日期"])
    for i, (key, name, dept, title, st, en, f) in enumerate((
            ("hua", "华思远", "产科", "副主任医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3),
             dep("产科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
            ("ji", "纪若兰", "新生儿科", "主治医师", dt.date(2024, 3, 4), dt.date(2024, 9, 3),
             dep("新生儿科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
            ("lan", "蓝心语", "护理部", "主管护师", dt.date(2024, 9, 4), dt.date(2025, 3, 3),
             dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 4), d(2025, 3, 3)))), 1):
        ws.append([i, name, ID[key], SP2, HMMCH, dept, title, st, en])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (8, 9):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": SP2, "recipient_hospital_id": HMMCH},
            ["start_date"], id_number=ID[key])
    ws.append(["制表人：医务部", None, None, None, None, None, None, "2025-01-06"])
    wb.save(path)


def f_scc_roster_xls(path: Path):
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"沣川市中心医院派驻鹤鸣县人民医院人员花名册（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期", "受援单位"]
    for j, hd in enumerate(hdr):
        ws.write(1, j, hd)
    for i, (key, name, dept, title, st, en, f) in enumerate((
            ("cao", "曹慎言", "神经内科", "主任医师", "2024-02-19", "2024-08-18",
             dep("神经内科", "主任医师", "正高级", "医疗", d(2024, 2, 19), d(2024, 8, 18))),
            ("lian", "连佩瑶", "医学影像科", "副主任医师", "2024-02-19", "2024-08-18",
             # a radiologist holding a physician's title (副主任医师) is 医疗: the category follows the title series
             # (医师 → 医疗, 技师 → 医技), not the department (generator correction after the first run, README)
             dep("医学影像科", "副主任医师", "副高级", "医疗", d(2024, 2, 19), d(2024, 8, 18))),
            ("meng", "孟启航", "普外科", "主治医师", "2024-08-19", "2025-02-18",
             dep("普外科", "主治医师", "中级", "医疗", d(2024, 8, 19), d(2025, 2, 18)))), 1):
        for j, v in enumerate([i, name, ID[key], dept, title, st, en, HM]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, f, {"support_hospital_id": SCC, "recipient_hospital_id": HM},
            ["start_date"], id_number=ID[key])
    wb.save(str(path))


def f_sp2_activities(path: Path):
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅沣省第二人民医院对口帮扶鹤鸣县妇幼保健院活动记录（2024年）（{SYN}）"])
    ws.append(["日期", "受援单位", "活动类型", "主题", "参加人数"])
    for day, typ, topic, n in ((dt.date(2024, 3, 20), "学术讲座", "产后出血防治", 40),
                               (dt.date(2024, 4, 17), "手术示教", "腹腔镜下子宫肌瘤剔除术", 9),
                               (dt.date(2024, 6, 5), "教学查房", "新生儿黄疸查房", 15),
                               (dt.date(2024, 11, 13), "疑难病例讨论", "妊娠合并心脏病", 21)):
        ws.append([day, HMMCH, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                    participants=n),
            {"recipient_hospital_id": HMMCH, "support_hospital_id": SP2}, ["activity_date"])
    wb.save(path)


def write_csv(path: Path, lines, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def f_hm_trainees_csv(path: Path):
    fn = path.name
    lines = [[f"鹤鸣县人民医院2024年赴支援医院进修人员（{SYN}）", "", "", "", "", "", "", ""],
             ["姓名", "身份证号", "进修医院", "进修科室", "开始日期", "结束日期", "进修费用", "是否结业"]]
    for key, name, dept, st, en, done in (("tian", "田嘉禾", "神经内科", "2024-03-01", "2024-08-31", "是"),
                                          ("zhuo", "卓一凡", "医学影像科", "2024-09-02", "2025-02-28", "否")):
        lines.append([name, ID[key], SCC, dept, st, en, "0", done])
        row("trainees", fn, None, len(lines), dict(department=dept, start_date=st, end_date=en, fee_charged=0.0,
                                                    completed=done == "是"),
            {"recipient_hospital_id": HM, "host_hospital_id": SCC}, ["start_date"], id_number=ID[key])
    write_csv(path, lines, "utf-8", bom=True)


def f_hmmch_trainees_csv(path: Path):
    fn = path.name
    lines = [[f"鹤鸣县妇幼保健院进修人员登记（2024年）（{SYN}）", "", "", "", "", "", ""],
             ["姓名", "身份证号", "进修单位", "进修科室", "进修开始时间", "进修结束时间", "是否结业"]]
    for key, name, dept, st, en in (("bi", "毕晓彤", "产科", "2024-04-01", "2024-09-30"),
                                    (None, "言心蕊", "新生儿科", "2024-04-01", "2024-09-30")):
        lines.append([name, ID[key] if key else "", SP2, dept, st, en, "是"])
        row("trainees", fn, None, len(lines), dict(department=dept, start_date=st, end_date=en, completed=True),
            {"recipient_hospital_id": HMMCH, "host_hospital_id": SP2}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(lines), "NAME_ONLY")
    lines.append(["填报人：办公室", "", "", "", "", "", ""])
    write_csv(path, lines, "gbk")


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


def f_hm_techniques_ods(path: Path):
    fn, sh = path.name, "新技术"
    rows = [[f"鹤鸣县人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "支援单位", "开展日期", "开展例数", "是否填补县域空白"]]
    for i, (name, dept, day, cases, gap) in enumerate((("静脉溶栓治疗急性脑梗死", "神经内科", "2024-04-08", 17, "是"),
                                                       ("CT引导下肺穿刺活检", "医学影像科", "2024-06-12", 9, "是"),
                                                       ("腹腔镜胆囊切除术", "普外科", "2024-10-21", 31, "否")), 1):
        rows.append([i, name, dept, SCC, day, cases, gap])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=gap == "是"),
            {"recipient_hospital_id": HM, "support_hospital_id": SCC}, ["name"])
    ods_doc(path, {sh: rows})


def f_hm_assessments_ods(path: Path):
    fn, sh = path.name, "考核"
    rows = [[f"鹤鸣县人民医院派驻人员月度考核表（2024年）（{SYN}）"],
            ["序号", "考核月份", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"]]
    for i, (m, key, name, score, chk, pres) in enumerate(((4, "cao", "曹慎言", 94, 3, 3), (4, "lian", "连佩瑶", 91, 3, 3),
                                                          (10, "meng", "孟启航", 86.5, 4, 3)), 1):
        rows.append([i, f"2024年{m}月", name, ID[key], SCC, score, chk, pres])
        row("staff_monthly_assessments", fn, sh, len(rows), dict(year=2024, month=m, score=float(score),
                                                                  spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": HM, "support_hospital_id": SCC}, ["month"], id_number=ID[key])
    rows.append(["考核人：医务科"])
    ods_doc(path, {sh: rows})


def f_hm_monthly_xlsx(path: Path):
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"鹤鸣县人民医院2024年月度业务量（{SYN}）"])
    ws.append(MONTHLY_COLS)
    for m in range(1, 13):
        v = monthly_values(2100, m)
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": HM}, ["month"])
    wb.save(path)


def f_hmmch_monthly_csv(path: Path):
    fn = path.name
    lines = [[f"鹤鸣县妇幼保健院2024年月度业务量（{SYN}）", "", "", "", "", ""], MONTHLY_COLS]
    for m in range(1, 13):
        v = monthly_values(700, m)
        lines.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": HMMCH}, ["month"])
    write_csv(path, lines, "gbk")


def f_hm_county_xls(path: Path):
    fn, sh = path.name, "县域住院"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"鹤鸣县县域住院流向（{SYN}）")
    for j, hd in enumerate(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"]):
        ws.write(1, j, hd)
    for i, (yr, tot, out) in enumerate(((2023, 35210, 6602), (2024, 36044, 6118)), 1):
        for j, v in enumerate(["鹤鸣县", "995200", yr, tot, out]):
            ws.write(1 + i, j, v)
        row("county_inpatient_stats", fn, sh, 2 + i, dict(county_code="995200", year=yr, resident_admissions=tot,
                                                           resident_admissions_outside_county=out), {}, ["year"])
    wb.save(str(path))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "县卫健局台账", "省市医院", "鹤鸣县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    province_pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅沣省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    county_pairing_list(raw / "reference" / "SYNTHETIC_青杪县县乡对口帮扶关系表（2024—2025年）.xlsx")
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP2, SCC):
        truth["hospitals"].append({"name": s})
    files = [(ledger, "县卫健局台账", "SYNTHETIC_青杪县2024年度对口支援工作台账.xlsx"),
             (f_sp2_roster, "省市医院", "SYNTHETIC_省二院派驻人员名单2024.xlsx"),
             (f_scc_roster_xls, "省市医院", "SYNTHETIC_市中心医院派驻鹤鸣县人员花名册.xls"),
             (f_sp2_activities, "省市医院", "SYNTHETIC_省二院帮扶鹤鸣县妇幼活动记录2024.xlsx"),
             (f_hm_trainees_csv, "鹤鸣县", "SYNTHETIC_鹤鸣县人民医院进修人员2024.csv"),
             (f_hmmch_trainees_csv, "鹤鸣县", "SYNTHETIC_鹤鸣县妇幼保健院进修人员2024.csv"),
             (f_hm_techniques_ods, "鹤鸣县", "SYNTHETIC_鹤鸣县人民医院新技术新项目2024.ods"),
             (f_hm_assessments_ods, "鹤鸣县", "SYNTHETIC_鹤鸣县人民医院派驻人员考核2024.ods"),
             (f_hm_monthly_xlsx, "鹤鸣县", "SYNTHETIC_鹤鸣县人民医院月度业务量2024.xlsx"),
             (f_hmmch_monthly_csv, "鹤鸣县", "SYNTHETIC_鹤鸣县妇幼保健院月度业务量2024.csv"),
             (f_hm_county_xls, "鹤鸣县", "SYNTHETIC_鹤鸣县县域住院流向.xls")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))

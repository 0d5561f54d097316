"""Each ingestion stage on its own: locating the table, classifying the sheet, mapping
columns, resolving hospitals. Expected results are written out by hand."""

import datetime as dt

import pytest

from pipelines.ingest.build_rows import build_sheet
from pipelines.ingest.sheet_context import SheetContext, hospital_names_in
from pipelines.ingest.classify import classify
from pipelines.ingest.form_catalogue import forms
from pipelines.ingest.locate_table import Column, locate
from pipelines.ingest.map_columns import map_columns, match_column
from pipelines.ingest.read_cells import Sheet
from pipelines.ingest.resolve_hospitals import HospitalResolver
from pipelines.privacy.person_id import PersonIds, id_check_char

ID1 = "99012119850301002"
ID1 += id_check_char(ID1)


def roster_sheet() -> Sheet:
    rows = [
        ["青岚省人民医院2023年度派驻人员名册", None, None, None, None, None, None],
        ["填报单位（盖章）：青岚省人民医院", None, None, "填报日期：2024年1月15日", None, None, None],
        ["序号", "姓名", "身份证号", "受援单位", "专业技术职称", "派驻时间", None],
        [None, None, None, None, None, "起始", "结束"],
        [1, "王　丽", ID1, "石桥县医院", "副主任医师（中医）", dt.date(2023, 1, 1), "2023.6.30"],
        [None, None, None, None, None, None, None],
        ["合计", None, None, None, None, None, None],
        ["填表人：张三    审核人：李四    联系电话：12345678", None, None, None, None, None, None],
    ]
    merged = [(0, 0, 0, 6), (2, 0, 3, 0), (2, 1, 3, 1), (2, 2, 3, 2), (2, 3, 3, 3), (2, 4, 3, 4), (2, 5, 2, 6)]
    return Sheet("Sheet1", rows, merged)


def test_locate_finds_two_level_header_and_every_row_kind():
    loc = locate(roster_sheet())
    assert loc.header_rows == [2, 3]
    assert [c.label for c in loc.columns][5:] == ["派驻时间/起始", "派驻时间/结束"]
    assert loc.data_rows == [4]
    kinds = {i: k for i, k, _ in loc.nondata}
    assert kinds == {0: "title", 1: "meta", 2: "header", 3: "header", 5: "blank", 6: "total", 7: "signature"}
    assert loc.meta.reporting_unit == "青岚省人民医院"
    assert loc.meta.reported_date.startswith("2024年1月15")
    assert loc.meta.period_text == "2023"


def test_classify_and_map_two_level_columns():
    loc = locate(roster_sheet())
    cls = classify(loc, "Sheet1")
    assert cls.form == "deployments" and not cls.missing_required
    assert cls.mapping.fields["start_date"] == 5 and cls.mapping.fields["end_date"] == 6
    assert cls.mapping.fields["recipient_hospital_id"] == 3 and cls.mapping.fields["title"] == 4


def test_build_rows_parses_and_pseudonymises():
    sheet = roster_sheet()
    loc = locate(sheet)
    res = build_sheet(sheet, loc, classify(loc, sheet.name), PersonIds(b"k"))
    assert res.row_accounting() == (1, 0, 7)
    v = res.records[0].values
    assert v["person_id"] == PersonIds(b"k").from_id_number(ID1)
    assert "id_number" not in v and "name" not in v
    assert (v["title"], v["title_rank"], v["staff_category"]) == ("副主任医师", "副高级", "医疗")
    assert (v["start_date"], v["end_date"]) == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    assert v["support_hospital_id"] == "青岚省人民医院"  # from 填报单位, resolved later
    assert ID1 not in str(res.records[0].raw)


@pytest.mark.parametrize("header,form,field,method", [
    ("受援单位", "deployments", "recipient_hospital_id", "exact"),
    ("专业技术职称", "deployments", "title", "exact"),
    ("工作年限（年）", "deployments", "years_of_service", "stripped"),
    ("开始日期", "deployments", "start_date", "normalised"),
    ("受援医院名称", "techniques", "recipient_hospital_id", "normalised"),
    ("派驻人员姓名", "deployments", "name", "contains"),
    ("专业技朮职称", "deployments", "title", "exact"),  # 朮: the traditional 术, read as simplified for matching
    ("派驻起始日其", "deployments", "start_date", "fuzzy"),   # typo (其 for 期)
])
def test_match_column(header, form, field, method):
    hit = match_column(Column(0, header), forms()[form])
    assert hit is not None and hit[0] == field and hit[1] == method


def test_two_character_label_only_as_head_noun():
    # 专业技术职务 contains 专业 (a department synonym) but is a title header
    hit = match_column(Column(0, "专业技术职务"), forms()["deployments"])
    assert hit[0] == "title"


def test_unknown_columns_are_reported_not_guessed():
    m = map_columns([Column(0, "姓名"), Column(1, "学历"), Column(2, "联系电话")], forms()["deployments"])
    assert m.fields == {"name": 0} and set(m.unmapped) == {"学历", "联系电话"}


def test_months_as_columns_sheet():
    rows = [["石桥县人民医院2023年业务统计"], ["指标", *[f"{m}月" for m in range(1, 13)], "合计"],
            ["出院人数", *range(100, 112), 1266], ["外转人次", *[5] * 12, 60], ["床位使用率", *[90] * 12, None]]
    sheet = Sheet("业务统计", rows)
    loc = locate(sheet)
    cls = classify(loc, sheet.name)
    assert cls.form == "hospital_monthly_stats" and cls.wide
    res = build_sheet(sheet, loc, cls, PersonIds(b"k"))
    assert len(res.records) == 12
    may = next(r.values for r in res.records if r.values["month"] == 5)
    assert may == {"recipient_hospital_id": "石桥县人民医院", "year": 2023, "month": 5, "discharges": 104, "referrals_out": 5}
    assert [q.reason_code for q in res.quarantined] == ["UNKNOWN_INDICATOR"]  # 床位使用率 is not in the contract
    res.row_accounting()


def test_hospital_names_in_titles_and_sections():
    assert hospital_names_in("青岚省人民医院对口支援石桥县人民医院2023年新技术开展情况") == ["青岚省人民医院", "石桥县人民医院"]
    assert hospital_names_in("受援医院：石桥县青石镇卫生院") == ["石桥县青石镇卫生院"]


def test_sheet_context_subject_vs_reporter():
    loc = locate(Sheet("石桥县人民医院", [["青岚省人民医院对口支援石桥县人民医院2023年新技术开展情况"], ["填报单位：青岚省人民医院"],
                                        ["项目名称", "科室", "首次开展日期"], ["血液透析", "肾内科", "2023.3.1"]]))
    ctx = SheetContext.of(loc, "石桥县人民医院")
    assert ctx.reporter == "青岚省人民医院"
    assert ctx.default("subject_hospital", None) == "石桥县人民医院"
    assert ctx.default("sheet_hospital", None) == "石桥县人民医院"


@pytest.fixture()
def resolver():
    return HospitalResolver({"H1": "石桥县人民医院", "H2": "石桥县中医医院", "H3": "河口县人民医院", "H4": "青石镇卫生院"}, {"石桥医院": "H1"})


@pytest.mark.parametrize("text,hid,method", [
    ("石桥县人民医院", "H1", "registry"), ("石桥县人民医院（盖章）", "H1", "registry"), ("H2", "H2", "code"),
    ("石桥医院", "H1", "alias"), ("石桥县医院", "H1", "normalised"), ("石桥县中医院", "H2", "normalised"),
    ("河口县人民医院（河口县总医院）", "H3", "normalised"), ("明川市石桥县人民医院", "H1", "normalised"),
])
def test_resolution(resolver, text, hid, method):
    r = resolver.resolve(text)
    assert (r.hospital_id, r.method) == (hid, method)


def test_fuzzy_never_crosses_hospital_kinds(resolver):
    # one character from 石桥县人民医院 but a TCM hospital must not be taken for a general one
    assert resolver.resolve("石桥县中医院").hospital_id == "H2"
    r = resolver.resolve("石桥县妇幼保健院")
    assert r.hospital_id is None


def test_unresolved_gives_suggestions(resolver):
    r = resolver.resolve("石湾县人民医院")
    assert r.hospital_id is None and r.suggestions[0][1] == "H1"
    assert "石桥县人民医院" in r.reason("石湾县人民医院") and "not in the registry" in r.reason("石湾县人民医院")


def test_key_value_lines_above_the_table():
    from pipelines.ingest.locate_table import key_value_pairs

    assert key_value_pairs("受援医院：石桥县人民医院　　派出医院：青岚省人民医院　　考核月份：2023年5月") == [
        ("受援医院", "石桥县人民医院"), ("派出医院", "青岚省人民医院"), ("考核月份", "2023年5月")]
    assert key_value_pairs("派出单位： 石桥县人民医院 填报日期： 2023-06-30") == [("派出单位", "石桥县人民医院"), ("填报日期", "2023-06-30")]


def test_sheet_level_values_fill_missing_columns():
    rows = [["青岚省人民医院派驻人员考核表"], ["受援医院：石桥县人民医院　派出医院：青岚省人民医院　考核月份：2023年5月"],
            ["姓名", "身份证号", "考核得分", "电话抽查次数"], ["王丽", ID1, "92分", "3次"]]
    sheet = Sheet("5月", rows)
    loc = locate(sheet)
    cls = classify(loc, sheet.name)
    assert cls.form == "staff_monthly_assessments" and not cls.missing_required
    res = build_sheet(sheet, loc, cls, PersonIds(b"k"))
    v = res.records[0].values
    assert (v["recipient_hospital_id"], v["support_hospital_id"], v["year"], v["month"]) == ("石桥县人民医院", "青岚省人民医院", 2023, 5)
    assert float(v["score"]) == 92 and v["spot_checks"] == 3


def test_unit_of_measure_line_is_not_a_hospital():
    rows = [["石桥县人民医院2023年度业务量统计表"], ["填报单位：石桥县人民医院", None, "单位：人次"],
            ["指标", *[f"{m}月" for m in range(1, 13)]], ["门急诊人次", *range(1, 13)], ["出院人数", *range(1, 13)]]
    sheet = Sheet("业务统计", rows)
    loc = locate(sheet)
    res = build_sheet(sheet, loc, classify(loc, sheet.name), PersonIds(b"k"))
    assert {r.values["recipient_hospital_id"] for r in res.records} == {"石桥县人民医院"}


def test_label_value_sheet_gives_one_record():
    rows = [["雁鸣县中医医院2023年1月业务统计"], ["项目", "数量", "备注"], ["门诊急诊人次", 9378, None], ["出院患者数", 513, None],
            ["手术例数", 90, None], ["向上级医院转诊人次", 25, None], ["床位使用率", 88, None], ["填表人：    审核人："]]
    sheet = Sheet("1月", rows)
    loc = locate(sheet)
    cls = classify(loc, sheet.name)
    assert cls.form == "hospital_monthly_stats" and loc.vertical
    res = build_sheet(sheet, loc, cls, PersonIds(b"k"))
    values = {k: v for k, v in res.records[0].values.items() if not k.startswith("_")}  # _ keys: the writer's notes
    assert values == {"outpatient_visits": 9378, "discharges": 513, "surgeries": 90, "referrals_out": 25,
                      "recipient_hospital_id": "雁鸣县中医医院", "year": 2023, "month": 1}
    assert [q.reason_code for q in res.quarantined] == ["UNKNOWN_INDICATOR"]  # 床位使用率 is data we do not know: not dropped
    res.row_accounting()


def test_numbers_in_an_unrecognised_sheet_are_quarantined_not_notes():
    rows = [["说明"], ["本表为合成数据"], ["某指标", 123]]
    sheet = Sheet("杂项", rows)
    loc = locate(sheet)
    res = build_sheet(sheet, loc, classify(loc, sheet.name), PersonIds(b"k"))
    assert [q.source_row for q in res.quarantined] == [3]
    res.row_accounting()


def test_title_names_the_recipient_after_a_verb():
    loc = locate(Sheet("派驻人员", [["青岚省人民医院对口支援石桥县人民医院派驻人员花名册（2023年度）"], ["姓名", "身份证号", "职称", "起始日期"]]))
    ctx = SheetContext.of(loc, "派驻人员")
    assert ctx.reporter == "青岚省人民医院" and ctx.default("sheet_hospital", None) == "石桥县人民医院"


def test_guess_delimiter_picks_the_consistent_split():
    from pipelines.ingest.read_cells import guess_delimiter

    title = "青岚省对口支援派驻人员名册（合成数据）\n"
    assert guess_delimiter(title + "姓名,科室,开始日期\n王丽,内科,2023-03-01\n张伟,外科,2023-04-01\n") == ","
    assert guess_delimiter(title + "姓名\t科室\t备注\n王丽\t内科\t含义,逗号\n张伟\t外科\t另,一,个\n") == "\t"
    assert guess_delimiter("姓名;科室\n王丽;内科\n") == ";"
    # a quoted field with commas inside does not change the width
    assert guess_delimiter('姓名,备注,科室\n王丽,"甲,乙,丙",内科\n张伟,无,外科\n') == ","
    assert guess_delimiter("只有一列\n第二行\n") == ","

"""How hospital names are written in pairing lists and titles (hand-written expectations; the
outsider corpora realworld16–19 found each form)."""

import pytest

from pipelines.ingest.establish_hospitals import hanging_name
from pipelines.ingest.sheet_context import hospital_names_in, title_parties


@pytest.mark.parametrize("cell,official,hanging", [
    ("青杉县人民医院（鹭洲市中心医院医疗集团青杉分院）", "青杉县人民医院", "鹭洲市中心医院医疗集团青杉分院"),
    ("青杉县人民医院(鹭洲市中心医院医疗集团青杉分院)", "青杉县人民医院", "鹭洲市中心医院医疗集团青杉分院"),
    ("白鹭镇卫生院（芷阳县人民医院白鹭分院）", "白鹭镇卫生院", "芷阳县人民医院白鹭分院"),
    ("北京协和医院（东院）", "北京协和医院（东院）", None),       # a campus: part of the name
    ("某县人民医院（新院区）", "某县人民医院（新院区）", None),
    ("某县中医医院", "某县中医医院", None),
])
def test_hanging_name(cell, official, hanging):
    assert hanging_name(cell) == (official, hanging)


@pytest.mark.parametrize("title,names", [
    ("鹭洲市中心医院医疗集团青杉分院派驻人员月度考核汇总表（2024年1-6月）", ["鹭洲市中心医院医疗集团青杉分院"]),
    ("岫石县人民医院赴市一院进修人员情况（2025年）", ["岫石县人民医院", "市一院"]),
    ("省人医派驻人员名单（2024年第1批）", ["省人医"]),
    ("青岚省人民医院对口支援石桥县人民医院2023年新技术", ["青岚省人民医院", "石桥县人民医院"]),
])
def test_names_in_titles(title, names):
    assert hospital_names_in(title) == names


def test_a_sends_trainees_to_b():
    p = title_parties("岫石县人民医院赴市一院进修人员情况（2025年）")
    assert p.support_and_recipient("trainees") == ("市一院", "岫石县人民医院")


@pytest.mark.parametrize("header,label", [("1、您的姓名：", "姓名"), ("Q3 身份证号", "身份证号"), ("2.门急诊人次", "门急诊人次"),
                                          ("（3）进修科室", "进修科室"), ("1月", "1月")])
def test_question_headers(header, label):
    from pipelines.ingest.form_catalogue import norm_label

    assert norm_label(header) == label

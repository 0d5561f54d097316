"""Texts from the layers below put into the report's language (pipelines/report/lang.py): a
finding's observed and expected values, rule citations, dates. Expected texts written by hand."""

import pytest

from pipelines.report.lang import citation, date_text, english, pick, value_text


@pytest.mark.parametrize("raw, zh, en", [
    ("4个月（D2f2cbbd6e8aa224e）", "4个月", "4 months"),
    ("3000元（T9f41c56e41279818）", "3000元", "3000 yuan"),
    ("2人（QL108-2024）", "2人", "2 people"),
    ("否（PR28c16f3a144c8475）", "否", "no"),
    ("= 是；≤ 0天", "= 是；≤ 0天", "= yes; ≤ 0 days"),
    ("≥ 3人（全年结对的年份 / years paired throughout）", "≥ 3人（全年结对的年份）", "≥ 3 people (years paired throughout)"),
    ("初级（D5247da1ce7d36bc3）", "初级", "junior"),
    ("≥ 2（限 医疗、护理、医技、药学、管理）", "≥ 2（限 医疗、护理、医技、药学、管理）",
     "≥ 2 (only medical, nursing, medical technology, pharmacy, management)"),
])
def test_finding_values_lose_record_keys_and_speak_the_language(raw, zh, en):
    assert value_text(raw, "zh") == zh
    assert value_text(raw, "en") == en


def test_citations_by_document_in_each_language():
    raw = "000_e3f5b273f2fab0e5.txt 篇1 六、(一)5：支援医院免费接收受援医院医务人员进修"
    zh = citation(raw, "zh")
    assert zh.startswith("《绵阳市三级医院对口支援县级医院实施方案》六") and zh.endswith("支援医院免费接收受援医院医务人员进修")
    assert citation(raw, "zh", quote=False) == "《绵阳市三级医院对口支援县级医院实施方案》六（依据卫医管发〔2009〕72号）"
    assert citation(raw, "en") == "\u201cMianyang plan for tertiary hospitals supporting county hospitals\u201d §6 (restating 卫医管发〔2009〕72号)"
    shared = "programme-rules.md：各方案共用的数据合理性规则 / data-sanity rules shared by every profile"
    assert citation(shared, "zh") == "各方案共用的数据合理性规则"
    assert citation(shared, "en") == "data-sanity rules shared by every profile"
    review = "《对口支援（城乡医院对口支援综述）》 (citing 城乡医院对口支援工作管理办法(试行) [2])：每所城市三级医院"
    assert citation(review, "zh") == "《对口支援（城乡医院对口支援综述）》（引自《城乡医院对口支援工作管理办法(试行)》）：每所城市三级医院"
    assert citation(review, "en") == "\u201cCounterpart support (a review of urban-rural hospital counterpart support)\u201d"


def test_dates_glosses_and_halves():
    assert date_text("2024-03-01", "zh") == "2024年3月1日"
    assert date_text("2024-03-01", "zh", day=False) == "2024年3月"
    assert date_text("2024-03-01", "en", day=False) == "Mar 2024"
    assert english("at least 3 recipient staff trained (进修) per year") == "at least 3 recipient staff trained per year"
    assert pick("完整性 / completeness", "en") == "completeness" and pick("完整性 / completeness", "zh") == "完整性"

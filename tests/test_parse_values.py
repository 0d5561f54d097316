from decimal import Decimal

import pytest

from pipelines.ingest.parse_numbers import NumberParseError, parse_decimal, parse_int
from pipelines.ingest.parse_titles import TitleParseError, parse_title
from pipelines.ingest.parse_values import (
    parse_activity_type,
    parse_bool,
    parse_level,
    parse_month,
    parse_person_name,
    parse_position,
    parse_value,
    parse_year,
)


@pytest.mark.parametrize("text,n", [("12例", 12), ("3人", 3), ("１２", 12), ("十二", 12), ("1,234", 1234), (7.0, 7),
                                    ("两千三百", 2300), ("无", 0), ("25人次", 25)])
def test_ints(text, n):
    assert parse_int(text) == n


def test_not_applicable_is_null():
    assert parse_int("/") is None and parse_int("—") is None and parse_int("") is None


def test_money():
    assert parse_decimal("0.5万元") == Decimal("5000.0")
    assert parse_decimal("2000元") == Decimal(2000)


@pytest.mark.parametrize("bad", ["12.5", "abc", "1.2.3"])
def test_bad_ints(bad):
    with pytest.raises(NumberParseError):
        parse_int(bad)


@pytest.mark.parametrize("text,title,rank,cat", [
    ("副主任医师（中医）", "副主任医师", "副高级", "医疗"), ("主治", "主治医师", "中级", "医疗"),
    ("住 院 医 师", "住院医师", "初级", "医疗"), ("主管护师", "主管护师", "中级", "护理"),
    ("中级", None, "中级", None), ("副高", None, "副高级", None), ("主任医师/科主任", "主任医师", "正高级", "医疗"),
])
def test_titles(text, title, rank, cat):
    t = parse_title(text)
    assert (t.title, t.rank, t.category) == (title, rank, cat)


def test_unknown_title():
    with pytest.raises(TitleParseError):
        parse_title("大夫")


@pytest.mark.parametrize("text,val", [("是", True), ("√", True), ("否", False), ("×", False), ("已结业", True), ("未出具", False), (None, None)])
def test_bools(text, val):
    assert parse_bool(text) is val


def test_names_lose_padding():
    assert parse_person_name("王　丽") == "王丽" and parse_person_name(" 李 明 ") == "李明"


def test_small_types():
    assert parse_year("2023年") == 2023 and parse_year(2023.0) == 2023
    assert parse_month("5月") == 5 and parse_month("十二月") == 12 and parse_month("2023-05") == 5
    assert parse_activity_type("专题讲座") == "学术讲座" and parse_activity_type("死亡病例讨论会") == "死亡病例讨论"
    assert parse_level("三甲") == "三级" and parse_level("二级乙等") == "二级"
    assert parse_position("业务副院长") == "副院长" and parse_position("无") is None
    assert parse_position("业务院长") == "副院长" and parse_position("科主任") == "科主任"


# --- values as hospitals also type them (each expected value worked out by hand) ---

@pytest.mark.parametrize("text,amount", [
    ("叁仟元", 3000), ("壹万贰仟伍佰元", 12500),  # 1×10000 + 2×1000 + 5×100
    ("¥3,000.00元", 3000), ("￥1,500", 1500), ("3千元", 3000),
    ("0.3万元", 3000), ("1.2万", 12000), ("1.23456万", Decimal("12345.6")),  # no float rounding
    ("2000元", 2000), (500, 500),
])
def test_money_forms(text, amount):
    assert parse_value("money", text) == amount


@pytest.mark.parametrize("text", ["免", "免费", "无", "不收费", "/", "—"])
def test_money_none_charged_is_zero(text):
    assert parse_value("money", text) == 0


def test_money_blank_stays_null_and_decimal_keeps_slash_as_null():
    assert parse_value("money", "") is None and parse_value("money", None) is None
    assert parse_value("decimal", "/") is None  # a score column: "/" is not applicable, not 0


@pytest.mark.parametrize("text,n", [("叁拾", 30), ("12例", 12), ("１２人", 12), ("十二", 12), ("壹佰零伍", 105)])
def test_count_forms(text, n):
    assert parse_value("int", text) == n


@pytest.mark.parametrize("text", ["三十余", "30余人", "约40人", "40多人", "十几"])
def test_approximate_count_is_refused_as_approximate(text):
    with pytest.raises(ValueError, match="约数，无法作为确切数字 / approximate count, not an exact number"):
        parse_value("int", text)


def test_chinese_decimal_is_not_truncated_into_a_count():
    assert parse_decimal("三点五") == Decimal("3.5")
    with pytest.raises(NumberParseError, match="expected a whole number"):
        parse_int("三点五")


@pytest.mark.parametrize("text,months", [("壹年", 12), ("贰个月", 2), ("半年", 6), ("一年半", 18)])
def test_duration_forms(text, months):
    assert parse_value("duration", text) == months


@pytest.mark.parametrize("text,val", [
    ("是（填补县域空白）", True), ("否（县内已开展）", False), ("是(已结业)", True), ("√ 是", True),
    ("已结业（合格）", True), ("是，已结业", True), ("不是", False), ("不是（说明）", False),
])
def test_bool_with_remark(text, val):
    assert parse_value("bool", text) is val


@pytest.mark.parametrize("text", ["是否", "是/否", "√ 否", "☑是☐否", "n/a", "县内首次是"])
def test_bool_needs_a_leading_answer(text):
    with pytest.raises(ValueError, match="expected yes or no"):
        parse_value("bool", text)


@pytest.mark.parametrize("text,title,rank", [
    ("主任医师 教授", "主任医师", "正高级"), ("主任医师、教授", "主任医师", "正高级"), ("教授 主任医师", "主任医师", "正高级"),
    ("副主任医师(副高)", "副主任医师", "副高级"), ("主治医师（中级）", "主治医师", "中级"), ("主管护师 ", "主管护师", "中级"),
    ("住 院 医 师/科主任", "住院医师", "初级"),
])
def test_title_with_academic_title_or_qualifier(text, title, rank):
    t = parse_value("title", text)
    assert (t.title, t.rank) == (title, rank)


def test_academic_title_alone_is_not_a_professional_title():
    with pytest.raises(TitleParseError):
        parse_title("教授")


@pytest.mark.parametrize("text,amount", [("是（1500元）", 1500), ("否（免费）", 0), ("否", 0)])
def test_money_answer_with_amount(text, amount):  # a 是否收费 column
    assert parse_value("money", text) == amount


@pytest.mark.parametrize("text", ["是", "是（）", "是否（1500）"])
def test_money_yes_without_amount_is_refused(text):
    with pytest.raises(ValueError, match="unrecognised number"):
        parse_value("money", text)


@pytest.mark.parametrize("ftype,text,n", [
    ("int", "12（截至6月底）", 12), ("decimal", "78分（请假未报备）", 78), ("money", "3000(元)", 3000),
])
def test_number_with_a_remark_in_brackets(ftype, text, n):
    assert parse_value(ftype, text) == n


def test_approximate_with_a_remark_stays_approximate():
    with pytest.raises(ValueError):
        parse_value("int", "约40人（估）")


@pytest.mark.parametrize("text,n", [("苗嘉树、陶青青、许一帆", 3), ("葛春生 赵立 孙一", 3), ("卢长庚等15人", 15), ("45", 45)])
def test_headcount_from_names(text, n):
    assert parse_value("headcount", text) == n


@pytest.mark.parametrize("cell,answer", [
    ("A. 渚安县人民医院", "渚安县人民医院"), ("B.否", "否"), ("√是", "是"), ("D. 其他（请注明）〖推拿科〗", "推拿科"),
    ("(空)", None), ("（跳过）", None), ("A区", "A区"), ("ABC", "ABC"), ("√", "√"),
])
def test_form_system_answers(cell, answer):
    from pipelines.ingest.survey_answers import clean

    assert clean(cell) == answer


@pytest.mark.parametrize("ftype,text,n", [("money", "1.2（万元）", 12000), ("money", "5(千元)", 5000), ("int", "30(人次)", 30)])
def test_a_unit_in_brackets_is_applied(ftype, text, n):
    assert parse_value(ftype, text) == n


@pytest.mark.parametrize("ftype,text", [("int", "3(2)"), ("headcount", "内科、外科"), ("headcount", "中层干部 护士长")])
def test_not_a_number_nor_people(ftype, text):
    with pytest.raises(ValueError):
        parse_value(ftype, text)


@pytest.mark.parametrize("cell,expected", [
    ("护理部；", "护理部"), ("儿科。", "儿科"), ("内科;", "内科"), ("腹腔镜下\n胆囊切除术。", "腹腔镜下胆囊切除术"),
    ("张三\n13800000000", "张三 13800000000"), ("心内科", "心内科"),
])
def test_clean_text_drops_pasted_sentence_ends(cell, expected):
    """Text pasted from Word or a chat (realworld25): a trailing 。/； is no part of the value, and
    a line wrapped inside a Chinese phrase joins up."""
    from pipelines.ingest.parse_values import clean_text

    assert clean_text(cell) == expected


def test_titles_and_months_as_pasted():
    from pipelines.ingest.parse_values import parse_month, parse_year_month

    assert parse_title("主任医师。").rank == "正高级"
    assert parse_title("主管护师。").title == "主管护师"
    assert parse_year_month("二〇二四年七月") == (2024, 7)
    assert parse_year_month("二〇二四年十二月") == (2024, 12)
    assert parse_month("二〇二四年七月") == 7

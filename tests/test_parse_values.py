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

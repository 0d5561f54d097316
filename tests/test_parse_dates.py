import datetime as dt

import pytest

from pipelines.ingest.parse_dates import (
    DateParseError,
    add_months,
    months_between,
    parse_date,
    parse_date_range,
    parse_duration_months,
)
from pipelines.ingest.parse_values import parse_value

D = dt.date


@pytest.mark.parametrize("text,expected", [
    ("2023.3.1", D(2023, 3, 1)), ("2023年3月1日", D(2023, 3, 1)), ("2023/03/01", D(2023, 3, 1)),
    ("2023-3-1", D(2023, 3, 1)), ("20230301", D(2023, 3, 1)), ("２０２３年３月１日", D(2023, 3, 1)),
    ("二〇二三年三月十五日", D(2023, 3, 15)), ("2023-03-01 00:00:00", D(2023, 3, 1)), (44986, D(2023, 3, 1)),
    (20230301, D(2023, 3, 1)), (dt.datetime(2023, 3, 1, 8, 0), D(2023, 3, 1)), ("2023年5月", D(2023, 5, 1)),
    ("2023.05", D(2023, 5, 1)),
])
def test_parse_date_forms(text, expected):
    assert parse_date(text).value == expected


def test_month_only_end_of_period():
    p = parse_date("2023年2月", end_of_period=True)
    assert p.value == D(2023, 2, 28) and p.precision == "month"
    assert parse_date("2024.2", end_of_period=True).value == D(2024, 2, 29)


@pytest.mark.parametrize("bad", ["2023.13.1", "2023-02-30", "明年", "3/1/2023"])
def test_bad_dates_raise(bad):
    with pytest.raises(DateParseError):
        parse_date(bad)


def test_blank_is_none():
    assert parse_date(None) is None and parse_date("  ") is None and parse_date("/") is None


@pytest.mark.parametrize("text,start,end", [
    ("2023.03—2023.09", D(2023, 3, 1), D(2023, 9, 30)),
    ("2023年3月1日至2023年8月31日", D(2023, 3, 1), D(2023, 8, 31)),
    ("2023.3.1-9.30", D(2023, 3, 1), D(2023, 9, 30)),
    ("2023-03-01-2023-08-31", D(2023, 3, 1), D(2023, 8, 31)),
    ("20230301~20230831", D(2023, 3, 1), D(2023, 8, 31)),
    ("2023年3月至9月", D(2023, 3, 1), D(2023, 9, 30)),
])
def test_ranges(text, start, end):
    s, e = parse_date_range(text)
    assert (s.value, e.value) == (start, end)


def test_open_range():
    s, e = parse_date_range("2023.3.1至今")
    assert s.value == D(2023, 3, 1) and e is None


@pytest.mark.parametrize("text,months", [("半年", 6), ("6个月", 6), ("六个月", 6), ("1年", 12), ("一年半", 18), ("3月", 3)])
def test_durations(text, months):
    assert parse_duration_months(text) == months


def test_months_between_is_calendar_aware():
    # computed by hand: Jan 1..Jun 30 is exactly six calendar months, 181 days
    assert months_between(D(2023, 1, 1), D(2023, 6, 30)) == 6.0
    assert months_between(D(2023, 3, 15), D(2023, 9, 14)) == 6.0
    assert months_between(D(2023, 1, 1), D(2023, 4, 30)) == 4.0
    assert months_between(D(2023, 1, 1), D(2023, 1, 15)) == pytest.approx(15 / 31)
    assert add_months(D(2023, 3, 1), 6) == D(2023, 8, 31)


# --- parts of a month, open ends, months typed as numbers (expected values worked out by hand) ---

@pytest.mark.parametrize("text,start,end", [
    ("2024年3月上旬", D(2024, 3, 1), D(2024, 3, 10)),
    ("2024年3月中旬", D(2024, 3, 11), D(2024, 3, 20)),
    ("2024年3月下旬", D(2024, 3, 21), D(2024, 3, 31)),
    ("2024年2月下旬", D(2024, 2, 21), D(2024, 2, 29)),  # leap year
    ("2024年3月初", D(2024, 3, 1), D(2024, 3, 10)),
    # 月底 / 月末 is the end of the month itself, as a start as much as an end (an outsider's
    # corpus, realworld13, read "3月底开展" as 31 March; 下旬, the last third, starts on the 21st)
    ("2024年3月底", D(2024, 3, 31), D(2024, 3, 31)),
    ("2024年3月末", D(2024, 3, 31), D(2024, 3, 31)),
    ("2024.4中旬", D(2024, 4, 11), D(2024, 4, 20)),
    ("二〇二四年三月上旬", D(2024, 3, 1), D(2024, 3, 10)),
])
def test_part_of_a_month(text, start, end):
    s, e = parse_date(text), parse_date(text, end_of_period=True)
    assert (s.value, e.value) == (start, end)
    assert s.precision == e.precision == "xun"


@pytest.mark.parametrize("text", ["至今", "今", "在岗", "在职", "现在", "未结束", "至今在岗"])
def test_open_end_is_no_end(text):
    assert parse_date(text, end_of_period=True) is None
    assert parse_value("date_end", text) is None
    with pytest.raises(ValueError):  # as a start it is no date
        parse_value("date", text)


@pytest.mark.parametrize("text,start", [
    ("2024.3.1-至今", D(2024, 3, 1)), ("2024年3月至今", D(2024, 3, 1)), ("2024.03—在岗", D(2024, 3, 1)),
    ("2023.3.1至今", D(2023, 3, 1)),
])
def test_open_ranges(text, start):
    s, e = parse_date_range(text)
    assert s.value == start and e is None


def test_open_end_alone_is_a_range_without_start():
    with pytest.raises(DateParseError, match="without a start"):
        parse_date_range("至今")


@pytest.mark.parametrize("number,start,end,precision", [
    (2023.7, D(2023, 7, 1), D(2023, 7, 31), "month"),
    (2023.1, D(2023, 1, 1), D(2023, 1, 31), "month"),  # Excel shows 2023.10 as 2023.1: read as January
    (2023.11, D(2023, 11, 1), D(2023, 11, 30), "month"),
    (2023.12, D(2023, 12, 1), D(2023, 12, 31), "month"),
    (202403, D(2024, 3, 1), D(2024, 3, 31), "month"),
    (20240301, D(2024, 3, 1), D(2024, 3, 1), "day"),
    (45352, D(2024, 3, 1), D(2024, 3, 1), "day"),  # Excel serial: 1899-12-30 + 45352 days
    (2024, D(2024, 1, 1), D(2024, 12, 31), "year"),
])
def test_dates_typed_as_numbers(number, start, end, precision):
    s, e = parse_value("date", number), parse_value("date_end", number)
    assert (s.value, e.value, s.precision) == (start, end, precision)


@pytest.mark.parametrize("bad", [2023.123, 2023.13, 202413])
def test_numbers_that_are_no_month(bad):
    with pytest.raises(DateParseError):
        parse_date(bad)


@pytest.mark.parametrize("text,start,end", [
    ("2024年3月上旬至2024年8月底", D(2024, 3, 1), D(2024, 8, 31)),
    ("2024年3月上旬至8月中旬", D(2024, 3, 1), D(2024, 8, 20)),
    ("2024.3下旬-2024.9上旬", D(2024, 3, 21), D(2024, 9, 10)),
])
def test_ranges_with_parts_of_months(text, start, end):
    s, e = parse_date_range(text)
    assert (s.value, e.value) == (start, end)


@pytest.mark.parametrize("text,months", [("壹年", 12), ("贰个月", 2), ("壹年半", 18)])
def test_durations_in_financial_numerals(text, months):
    assert parse_duration_months(text) == months


def test_year_last_dates_only_when_the_order_is_certain():
    from pipelines.ingest.parse_dates import parse_year_last, year_last_order

    assert parse_date("3/15/2024").value == D(2024, 3, 15)  # month first: 15 cannot be a month
    assert parse_date("15/3/2024").value == D(2024, 3, 15)
    assert parse_date("3/3/2024").value == D(2024, 3, 3)
    assert [year_last_order(s) for s in ("3/15/2024", "15/3/2024", "4/5/2024", "2024/4/5")] == ["md", "dm", None, None]
    with pytest.raises(DateParseError):
        parse_date("4/5/2024")  # April 5 or 4 May: the column's other dates decide (build_rows)
    assert parse_year_last("4/5/2024", "md").value == D(2024, 4, 5)
    assert parse_year_last("4/5/2024", "dm").value == D(2024, 5, 4)


def test_a_month_without_its_year_takes_the_sheets_year():
    from pipelines.ingest.parse_dates import parse_date_in_year

    assert parse_date_in_year("3月上旬", 2025).value == D(2025, 3, 1)
    assert parse_date_in_year("4月", 2025, end_of_period=True).value == D(2025, 4, 30)
    assert parse_date_in_year("10月", 2025).value == D(2025, 10, 1)
    assert parse_date_in_year("3月15日", 2025).value == D(2025, 3, 15)


def test_two_digit_years_only_with_month_and_day():
    D = dt.date
    assert parse_date("24.1.8").value == D(2024, 1, 8)
    assert parse_date("25年3月1日").value == D(2025, 3, 1)
    assert parse_date("24-01-08").value == D(2024, 1, 8)
    for v in ("24.3", "12.5", "3.15"):  # a number, a count, a day: never a guessed year
        with pytest.raises(ValueError):
            parse_date(v)


# The ends below are what a reader of the cell means (realworld16/19 had them): a day after the
# first in the same month, the time of day said in words, one date typed as a number.
@pytest.mark.parametrize("text,start,end", [
    ("2025年3月12日-14日", D(2025, 3, 12), D(2025, 3, 14)),
    ("2025年11月3日—5日", D(2025, 11, 3), D(2025, 11, 5)),
    ("2025年5月8日上午/下午", D(2025, 5, 8), None),
    (20240902.0, D(2024, 9, 2), None),
    (20240902, D(2024, 9, 2), None),
])
def test_range_day_end_and_day_parts(text, start, end):
    s, e = parse_date_range(text)
    assert s.value == start
    assert (e.value if e else None) == end


def test_time_of_day_in_words():
    assert parse_date("2025.3.12上午").value == D(2025, 3, 12)
    with pytest.raises(DateParseError):
        parse_date("上午")


@pytest.mark.parametrize("text,expected", [
    ("5-Mar-2024", dt.date(2024, 3, 5)), ("16 May 2024", dt.date(2024, 5, 16)), ("Mar 5, 2024", dt.date(2024, 3, 5)),
    ("September 30th, 2024", dt.date(2024, 9, 30)), ("2-sep-2024", dt.date(2024, 9, 2)),
])
def test_english_month_names(text, expected):
    """An international hospital's dates (realworld31): the month's name settles the order."""
    assert parse_date(text).value == expected


def test_english_open_ends_and_month_only():
    assert parse_date("ongoing", end_of_period=True) is None and parse_date("Present", end_of_period=True) is None
    assert parse_date("March 2024", end_of_period=True).value == dt.date(2024, 3, 31)
    with pytest.raises(DateParseError):
        parse_date("5-Mar-24")  # a two-digit year after the day: not read

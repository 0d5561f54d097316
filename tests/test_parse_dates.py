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

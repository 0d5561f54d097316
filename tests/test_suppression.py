"""Small-number suppression (NHS method), every expected value worked out by hand."""

import math

import numpy as np
import pandas as pd
import pytest

from pipelines.indicators.catalogue import catalogue
from pipelines.privacy import suppression as S

NHS = S.Policy()


@pytest.mark.parametrize("n, shown", [
    (0, 0), (1, "*"), (5, "*"), (7, "*"), (8, 10), (12, 10), (13, 15), (22, 20), (23, 25), (100, 100),
    (51569, 51570), (11936, 11935), (None, None), (float("nan"), None),
])
def test_counts(n, shown):
    assert S.count(n, NHS) == shown


def test_rates_from_rounded_counts():
    assert S.rate(3, 100, 100, NHS) == "*"                      # numerator 1-7
    assert S.rate(8, 100, 100, NHS) == pytest.approx(10.0)      # 10 / 100
    assert S.rate(12, 23, 100, NHS) == pytest.approx(40.0)      # 10 / 25, not 52.2
    assert S.rate(0, 8, 100, NHS) == pytest.approx(0.0)         # 0 / 10
    assert S.rate(10, 5, 100, NHS) == "*"                       # denominator 1-7
    assert math.isnan(S.rate(0, 0, 100, NHS))
    assert math.isnan(S.rate(None, 20, 100, NHS))


def test_configurable_policy():
    p = S.Policy(low=1, high=9, round_to=10, mask="<10")
    assert [S.count(n, p) for n in (9, 10, 14, 15, 24)] == ["<10", 10, 10, 20, 20]  # 15 is a half: rounds up
    off = S.Policy(enabled=False)
    assert S.count(3, off) == 3 and S.rate(3, 7, 100, off) == pytest.approx(300 / 7)


def test_default_policy_is_the_catalogue_nhs_method():
    assert S.Policy.default() == S.Policy(low=1, high=7, round_to=5, mask="*", enabled=True)


def test_whole_counts_only():
    with pytest.raises(ValueError):
        S.count(12.5, NHS)


def test_table_and_indicator():
    df = pd.DataFrame({"hospital": ["甲", "乙", "丙"], "numerator": [3, 12, 0], "denominator": [40, 23, 6], "value": [7.5, 52.17, 0.0]})
    out = S.indicator(df, catalogue()["referral_rate_recipient"], NHS)
    assert out["numerator"].tolist() == ["*", 10, 0]
    assert out["denominator"].tolist() == [40, 25, "*"]
    assert out["value"].tolist() == ["*", pytest.approx(40.0), "*"]
    assert out["hospital"].tolist() == ["甲", "乙", "丙"]
    assert df["numerator"].tolist() == [3, 12, 0]  # the input is not changed
    counts = pd.DataFrame({"numerator": [6, 1234], "denominator": [None, None], "value": [6.0, 1234.0]})
    out = S.indicator(counts, catalogue()["discharges_recipient_year"], NHS)
    assert out["value"].tolist() == ["*", 1235]
    # staff, trainee and technique counts are not patient-derived: exact
    staff = pd.DataFrame({"numerator": [3], "denominator": [None], "value": [3.0]})
    assert S.indicator(staff, catalogue()["trainees_recipient"], NHS)["value"].tolist() == [3.0]


@pytest.mark.parametrize("policy", [S.Policy(), S.Policy(low=1, high=9, round_to=10, mask="<10"), S.Policy(enabled=False)])
def test_suppression_a_column_at_a_time_equals_value_by_value(policy):
    rng = np.random.default_rng(3)
    n = rng.integers(-20, 60000, 400).astype("float64")
    d = rng.integers(0, 90000, 400).astype("float64")
    n[::17], d[::23] = np.nan, np.nan
    df = pd.DataFrame({"n": n, "d": d, "ni": pd.array(np.where(np.isnan(n), None, n), dtype="Int64"),
                       "di": rng.integers(0, 12, 400)})
    out = S.table(df, counts=["n", "d", "ni", "di"], rates=[("r", "n", "d", 100.0), ("ri", "ni", "di", 1000.0)], policy=policy)
    for col in ("n", "d", "ni", "di"):
        want = [S.count(v, policy) for v in df[col]]
        assert [type(v) for v in out[col]] == [type(v) for v in want] and out[col].tolist() == want
    for col, num, den, factor in (("r", "n", "d", 100.0), ("ri", "ni", "di", 1000.0)):
        want = [S.rate(a, b, factor, policy) for a, b in zip(df[num], df[den])]
        got = out[col].tolist()
        assert all((isinstance(w, float) and math.isnan(w) and math.isnan(g)) or g == w for g, w in zip(got, want))
    with pytest.raises(ValueError, match="whole counts"):
        S.table(pd.DataFrame({"n": [1.0, 2.5]}), counts=["n"], policy=S.Policy())

"""Reported is not present (issue 17, item 2): a month whose report left a figure blank or
"—" is a received report without that figure. Worked by hand on four months of one hospital."""

import duckdb
import pytest

from pipelines.db.schema import ensure_schema
from pipelines.indicators.referral import referral_rate_recipient_year
from pipelines.indicators.workload import workload_recipient_year
from pipelines.validation import dqr

# month, discharges, referrals_out: March has no referral figure, April no discharges
MONTHS = [(1, 100, 10), (2, 200, 30), (3, 300, None), (4, None, 5)]


@pytest.fixture()
def con():
    c = duckdb.connect()
    ensure_schema(c)
    c.execute("INSERT INTO hospitals (hospital_id, name, county, category, submission_id, source_row) "
              "VALUES ('H1', '合成县人民医院（合成数据）', '合成县', '综合医院', 'S0', 1)")
    for m, d, r in MONTHS:
        c.execute("INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, discharges, referrals_out, outpatient_visits, "
                  "submission_id, source_row) VALUES ('H1', 2024, ?, ?, ?, 1000, 'S0', ?)", [m, d, r, m])
    yield c
    c.close()


def test_rate_uses_only_the_months_with_both_parts(con):
    row = referral_rate_recipient_year(con, [2024]).iloc[0]
    # January and February only: (10 + 30) / (100 + 200)
    assert (row["numerator"], row["denominator"], row["months_reported"]) == (40, 300, 2)
    assert row["value"] == pytest.approx(100 * 40 / 300)


def test_a_sum_counts_the_months_that_carry_it(con):
    row = workload_recipient_year(con, [2024], "discharges").iloc[0]
    assert (row["numerator"], row["months_reported"]) == (600, 3)


def test_indicator_completeness_per_indicator(con):
    rows = dqr.indicator_completeness(dqr.monthly_values(con), dqr.config())
    overall = {r["indicator"]: r["value"] for r in rows if r["level"] == "overall"}
    assert overall["discharges"] == pytest.approx(75.0)      # 3 of 4 received reports carry it
    assert overall["referrals_out"] == pytest.approx(75.0)
    assert overall["outpatient_visits"] == pytest.approx(100.0)
    assert overall["surgeries"] == pytest.approx(0.0)
    hy = [r for r in rows if r["level"] == "hospital_year" and r["indicator"] == "discharges"]
    assert hy[0]["hospital_id"] == "H1" and hy[0]["flagged"] is True  # 75% is under the completeness threshold

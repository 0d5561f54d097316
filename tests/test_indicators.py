"""Indicator functions on small fixed data, with the expected values worked out by hand."""


import duckdb
import pytest

from pipelines import indicators
from pipelines.db.schema import ensure_schema
from pipelines.indicators.catalogue import catalogue, function


@pytest.fixture()
def con():
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    c.execute("""INSERT INTO hospitals (hospital_id, name, level, category, county, county_code, submission_id, source_row) VALUES
        ('S1', '支援医院', '三级', '综合医院', '市辖区', '990101', 's', 1),
        ('R1', '甲县人民医院', '二级', '综合医院', '甲县', '990121', 's', 2),
        ('R2', '乙县人民医院', '二级', '综合医院', '乙县', '990122', 's', 3)""")
    c.execute("""INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES
        ('P1', 'S1', 'R1', 'x', DATE '2023-01-01', NULL, DATE '2022-12-01', 's', 1),
        ('P2', 'S1', 'R2', 'x', DATE '2024-01-01', NULL, DATE '2023-12-01', 's', 2)""")
    # R1: 2023 Jan 10/200, Feb 6/100 -> 16/300 = 5.333%; 2024 Jan 3/150 -> 2%
    c.execute("""INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, discharges, referrals_out, submission_id, source_row) VALUES
        ('R1', 2023, 1, 200, 10, 's', 1), ('R1', 2023, 2, 100, 6, 's', 2), ('R1', 2024, 1, 150, 3, 's', 3),
        ('R2', 2024, 1, 0, 0, 's', 4)""")
    c.execute("""INSERT INTO county_inpatient_stats (county_code, year, county_name, resident_admissions, resident_admissions_outside_county, submission_id, source_row) VALUES
        ('990121', 2023, '甲县', 50000, 12500, 's', 1), ('990121', 2024, '甲县', 40000, 8000, 's', 2)""")
    c.execute("""INSERT INTO trainees (trainee_id, person_id, recipient_hospital_id, host_hospital_id, start_date, submission_id, source_row) VALUES
        ('T1', 'p1', 'R1', 'S1', DATE '2023-03-01', 's', 1), ('T2', 'p2', 'R1', 'S1', DATE '2023-09-01', 's', 2),
        ('T3', 'p3', 'R1', 'S1', DATE '2024-03-01', 's', 3)""")
    c.execute("""INSERT INTO techniques (technique_id, recipient_hospital_id, name, first_performed_date, submission_id, source_row) VALUES
        ('K1', 'R1', '甲', DATE '2023-05-01', 's', 1), ('K2', 'R2', '乙', DATE '2024-06-01', 's', 2), ('K3', 'R2', '丙', DATE '2024-07-01', 's', 3)""")
    yield c
    c.close()


def test_referral_rate_recipient_year(con):
    df = indicators.referral_rate_recipient_year(con).set_index(["recipient_hospital_id", "year"])
    assert df.loc[("R1", 2023), "value"] == pytest.approx(100 * 16 / 300)
    assert df.loc[("R1", 2023), "months_reported"] == 2
    assert df.loc[("R1", 2024), "value"] == pytest.approx(2.0)
    assert df.loc[("R2", 2024), "value"] != df.loc[("R2", 2024), "value"]  # 0 discharges -> NaN, not 0 or inf


def test_referral_rate_county_year(con):
    df = indicators.referral_rate_county_year(con).set_index(["county_code", "year"])
    assert df.loc[("990121", 2023), "value"] == pytest.approx(25.0)
    assert df.loc[("990121", 2024), "value"] == pytest.approx(20.0)


def test_within_county_rate(con):
    # 县域内就诊率 = (50000 - 12500) / 50000 = 75%; (40000 - 8000) / 40000 = 80%
    df = indicators.within_county_rate_county_year(con).set_index(["county_code", "year"])
    assert df.loc[("990121", 2023), ["numerator", "denominator", "value"]].tolist() == [37500, 50000, pytest.approx(75.0)]
    assert df.loc[("990121", 2024), "value"] == pytest.approx(80.0)


def test_trainees_and_techniques_show_zeros(con):
    tr = indicators.trainees_recipient_year(con).set_index(["recipient_hospital_id", "year"])["value"].to_dict()
    assert tr == {("R1", 2023): 2, ("R1", 2024): 1, ("R2", 2024): 0}  # R2 paired in 2024, nobody trained
    te = indicators.techniques_recipient_year(con).set_index(["recipient_hospital_id", "year"])["value"].to_dict()
    assert te == {("R1", 2023): 1, ("R1", 2024): 0, ("R2", 2024): 2}


def test_year_filter(con):
    assert set(indicators.referral_rate_recipient_year(con, years=2024)["year"]) == {2024}


def test_every_catalogue_entry_has_a_definition_and_function(con):
    from pipelines.indicators.catalogue import compute

    for key, spec in catalogue().items():
        for field in ("zh", "en", "numerator", "grain", "source", "function", "rationale"):
            assert spec.get(field), (key, field)
        assert "factor" in spec and "denominator" in spec, key
        assert callable(function(key))
        df = compute(key, con, years=[2023, 2024])
        assert {"numerator", "denominator", "value"} <= set(df.columns), key
        # a rate has a denominator and a factor, a count has neither
        assert (spec["factor"] is None) == (spec["denominator"] is None), key


def test_every_indicator_function_is_in_the_catalogue():
    """`from pipelines import indicators` exposes exactly the catalogued functions (and helpers)."""
    named = {spec["function"].rsplit(".", 1)[1] for spec in catalogue().values()}
    assert named == set(indicators.__all__) - {"compute", "definitions"}

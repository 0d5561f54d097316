"""The programme indicators (staff, coverage, training, techniques, activities, workload,
assessments, rule compliance) on a small fixed database, every expected value worked out
by hand in the comments; year-round coverage also against counting day by day on random
pairings and stays."""

import datetime as dt
import random
from types import SimpleNamespace

import duckdb
import pytest

from pipelines import indicators
from pipelines.db.runs import record_run
from pipelines.db.schema import ensure_schema


@pytest.fixture(scope="module")
def con():
    c = duckdb.connect(":memory:")
    ensure_schema(c)
    c.execute("""INSERT INTO hospitals (hospital_id, name, level, category, city, county, county_code, submission_id, source_row) VALUES
        ('S1', '支援医院', '三级', '综合医院', '甲市', '甲市辖区', '990101', 's', 1),
        ('S2', '另一支援医院', '三级', '综合医院', '甲市', '甲市辖区', '990101', 's', 2),
        ('R1', '甲县人民医院', '二级', '综合医院', '甲市', '甲县', '990121', 's', 3),
        ('R2', '乙县人民医院', '二级', '综合医院', '乙市', '乙县', '990122', 's', 4),
        ('T1', '甲县某镇卫生院', '一级', '乡镇卫生院', '甲市', '甲县', '990121', 's', 5)""")
    # R1 paired all of 2023-2024; R2 from 1 July 2024 (open-ended)
    c.execute("""INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES
        ('P1', 'S1', 'R1', 'x', DATE '2023-01-01', NULL, DATE '2022-12-01', 's', 1),
        ('P2', 'S1', 'R2', 'x', DATE '2024-07-01', NULL, DATE '2024-06-01', 's', 2)""")
    c.execute("""INSERT INTO deployments (deployment_id, person_id, support_hospital_id, recipient_hospital_id, title, title_rank,
                                          position_at_recipient, start_date, end_date, submission_id, source_row) VALUES
        ('D1', 'a', 'S1', 'R1', '主任医师', '正高级', '副院长', DATE '2023-01-01', DATE '2023-06-30', 's', 1),
        ('D2', 'b', 'S1', 'R1', '主治医师', '中级', NULL, DATE '2023-01-15', DATE '2023-07-14', 's', 2),
        ('D3', 'c', 'S1', 'R1', '副主任医师', '副高级', '科主任', DATE '2023-07-21', DATE '2024-01-31', 's', 3),
        ('D4', 'a', 'S1', 'R1', '主任医师', '正高级', NULL, DATE '2024-02-01', DATE '2024-03-31', 's', 4),
        ('D5', 'd', 'S1', 'R2', '主治医师', '中级', '副院长', DATE '2024-07-01', NULL, 's', 5)""")
    c.execute("""INSERT INTO trainees (trainee_id, person_id, recipient_hospital_id, host_hospital_id, start_date, end_date,
                                       fee_charged, completed, submission_id, source_row) VALUES
        ('T1', 'p1', 'R1', 'S1', DATE '2023-03-01', DATE '2023-08-31', 0, true, 's', 1),
        ('T2', 'p2', 'R1', 'S1', DATE '2023-03-15', DATE '2023-09-13', NULL, true, 's', 2),
        ('T3', 'p3', 'R1', 'S1', DATE '2023-05-01', DATE '2023-10-31', 3000, NULL, 's', 3),
        ('T4', 'p4', 'R1', 'S1', DATE '2024-01-01', DATE '2024-12-31', 0, true, 's', 4)""")
    c.execute("""INSERT INTO techniques (technique_id, recipient_hospital_id, name, first_performed_date, fills_county_gap, submission_id, source_row) VALUES
        ('K1', 'R1', '甲', DATE '2023-05-01', true, 's', 1), ('K2', 'R1', '乙', DATE '2023-06-01', NULL, 's', 2),
        ('K3', 'R1', '丙', DATE '2024-02-01', false, 's', 3), ('K4', 'R2', '丁', DATE '2024-08-01', true, 's', 4)""")
    c.execute("""INSERT INTO activities (activity_id, recipient_hospital_id, activity_date, activity_type, participants, submission_id, source_row) VALUES
        ('A1', 'R1', DATE '2023-03-01', '学术讲座', 10, 's', 1), ('A2', 'R1', DATE '2023-04-01', '学术讲座', 20, 's', 2),
        ('A3', 'R1', DATE '2023-05-01', '义诊', NULL, 's', 3), ('A4', 'R1', DATE '2024-05-01', '教学查房', 5, 's', 4)""")
    c.execute("""INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, outpatient_visits, discharges, surgeries,
                                                     referrals_out, submission_id, source_row) VALUES
        ('R1', 2023, 1, 1000, 200, 40, 10, 's', 1), ('R1', 2023, 2, 800, 100, 20, 6, 's', 2),
        ('R1', 2024, 1, 900, 150, 30, 3, 's', 3), ('T1', 2023, 1, 300, 7, NULL, 1, 's', 4)""")
    c.execute("""INSERT INTO staff_monthly_assessments (person_id, recipient_hospital_id, year, month, score, spot_checks,
                                                        spot_checks_present, submission_id, source_row) VALUES
        ('a', 'R1', 2023, 1, 85, 3, 3, 's', 1), ('a', 'R1', 2023, 2, 79.5, 4, 3, 's', 2),
        ('b', 'R1', 2023, 1, 80, NULL, NULL, 's', 3), ('b', 'R1', 2023, 3, NULL, 3, 2, 's', 4)""")
    c.execute("""INSERT INTO validation.validation_results (run_id, profile, rule_id, hospital_id, period, success, severity,
                                                 support_hospital_id, recipient_hospital_id) VALUES
        ('V1', 'p', 'R03', 'R1', '2023', false, 'violation', 'S1', 'R1'),
        ('V2', 'p', 'R01', 'R1', '2023', true, 'violation', 'S1', 'R1'),
        ('V2', 'p', 'R02', 'R1', '2023', false, 'violation', 'S1', 'R1'),
        ('V2', 'p', 'R07', 'R1', '2024', false, 'violation', 'S1', 'R1'),
        ('V2', 'p', 'R11', 'R1', 'cycle', true, 'violation', 'S1', 'R1'),
        ('V2', 'p', 'R07', 'R2', '2024', true, 'violation', 'S1,S2', 'R2'),
        ('V2', 'p', 'R19', 'S1', '2024', false, 'warning', 'S1', NULL),
        ('V2', 'p', 'S02', 'R1', '2023', false, 'violation', 'S1', 'R1'),
        ('V9', 'q', 'R01', 'R1', '2023', false, 'violation', 'S1', 'R1')""")
    for run_id, profile in (("V1", "p"), ("V2", "p"), ("V9", "q")):  # V2 is p's latest run (recorded after V1)
        record_run(c, "validate", profile, None, dt.datetime(2024, 1, 1), run_id=run_id)
    yield c
    c.close()


def _by(df, *keys, col="value"):
    return df.set_index(list(keys))[col].to_dict()


def test_dispatched_headcount_seniority_and_vice_presidents(con):
    # 2023 at R1: a, b, c on site; 2024: c (January) and a (Feb-Mar); R2 2024: d
    assert _by(indicators.dispatched_headcount_recipient_year(con), "recipient_hospital_id", "year") == \
        {("R1", 2023): 3, ("R1", 2024): 2, ("R2", 2024): 1}
    senior = indicators.dispatched_senior_share_recipient_year(con).set_index(["recipient_hospital_id", "year"])
    assert senior.loc[("R1", 2023), ["numerator", "denominator"]].tolist() == [2, 3]   # a 正高, c 副高
    assert senior.loc[("R1", 2023), "value"] == pytest.approx(200 / 3)
    assert senior.loc[("R1", 2024), "value"] == pytest.approx(100.0)
    assert senior.loc[("R2", 2024), "value"] == pytest.approx(0.0)
    # a was 副院长 in 2023 but not on the 2024 stay; d is 副院长 at R2
    assert _by(indicators.vice_president_posts_recipient_year(con), "recipient_hospital_id", "year") == \
        {("R1", 2023): 1, ("R1", 2024): 0, ("R2", 2024): 1}


def test_person_months(con):
    pm = _by(indicators.dispatched_person_months_recipient_year(con), "recipient_hospital_id", "year")
    # 2023: D1 Jan-Jun 6; D2 15 Jan-14 Jul 17/31 + 5 + 14/31 = 6; D3 21-31 Jul 11/31 + Aug-Dec 5
    assert pm[("R1", 2023)] == pytest.approx(6 + 6 + 5 + 11 / 31)
    # 2024: D3 January 1; D4 Feb-Mar 2
    assert pm[("R1", 2024)] == pytest.approx(3.0)
    # D5 open-ended: on site to the end of the data's last year, Jul-Dec 2024
    assert pm[("R2", 2024)] == pytest.approx(6.0)


def test_year_round_coverage(con):
    cov = indicators.coverage_recipient_year(con).set_index(["recipient_hospital_id", "year"])
    # 2023: nobody on site 15-20 July (D2 ended 14 July, D3 began 21 July): 6 days of 365
    assert cov.loc[("R1", 2023), ["numerator", "denominator", "uncovered_days"]].tolist() == [359, 365, 6]
    # 2024 (leap year): Jan-Mar covered = 31 + 29 + 31 = 91 of 366
    assert cov.loc[("R1", 2024), "value"] == pytest.approx(100 * 91 / 366)
    # R2 paired 1 July 2024: 184 days, all covered by the open-ended stay
    assert cov.loc[("R2", 2024), ["numerator", "denominator"]].tolist() == [184, 184]


def test_trainee_indicators(con):
    n = _by(indicators.trainees_recipient_year(con), "recipient_hospital_id", "year")
    assert n == {("R1", 2023): 3, ("R1", 2024): 1, ("R2", 2024): 0}
    done = indicators.trainees_completed_6m_recipient_year(con).set_index(["recipient_hospital_id", "year"])
    # T1 1 Mar-31 Aug completed: 6 months; T2 15 Mar-13 Sep is one day short; T3 still under way
    assert done.loc[("R1", 2023), ["numerator", "denominator"]].tolist() == [1, 3]
    assert done.loc[("R1", 2024), "value"] == pytest.approx(100.0)
    assert done.loc[("R2", 2024), "value"] != done.loc[("R2", 2024), "value"]  # nobody trained: NaN
    free = indicators.trainees_free_share_recipient_year(con).set_index(["recipient_hospital_id", "year"])
    # T1 fee 0 and T2 fee not stated are free; T3 paid 3000
    assert free.loc[("R1", 2023), "value"] == pytest.approx(200 / 3)


def test_technique_indicators(con):
    assert _by(indicators.techniques_cumulative_recipient_year(con), "recipient_hospital_id", "year") == \
        {("R1", 2023): 2, ("R1", 2024): 3, ("R2", 2024): 1}
    gap = _by(indicators.techniques_county_gap_share_recipient_year(con), "recipient_hospital_id", "year")
    assert gap[("R1", 2023)] == pytest.approx(50.0)   # K1 true, K2 not stated
    assert gap[("R1", 2024)] == pytest.approx(0.0)
    assert gap[("R2", 2024)] == pytest.approx(100.0)


def test_activities_by_type_and_training_events(con):
    df = indicators.activities_by_type_recipient_year(con).set_index(["recipient_hospital_id", "year", "activity_type"])
    assert df.loc[("R1", 2023, "学术讲座"), ["numerator", "participants"]].tolist() == [2, 30]
    assert df.loc[("R1", 2023, "义诊"), ["numerator", "participants"]].tolist() == [1, 0]
    assert df.loc[("R1", 2023, "手术示教"), "numerator"] == 0
    assert df.loc[("R2", 2024)]["numerator"].sum() == 0
    assert len(df) == 3 * 9  # three recipient-years x nine activity types
    # training types: 学术讲座 and 教学查房 count, 义诊 does not
    assert _by(indicators.training_events_recipient_year(con), "recipient_hospital_id", "year") == \
        {("R1", 2023): 2, ("R1", 2024): 1, ("R2", 2024): 0}


def test_workload(con):
    year = indicators.workload_recipient_year(con, measure="outpatient_visits").set_index(["recipient_hospital_id", "year"])
    assert year.loc[("R1", 2023), ["numerator", "months_reported"]].tolist() == [1800, 2]
    assert _by(indicators.workload_recipient_year(con, measure="discharges"), "recipient_hospital_id", "year") == \
        {("R1", 2023): 300, ("R1", 2024): 150, ("T1", 2023): 7}
    surg = indicators.workload_recipient_year(con, measure="surgeries").set_index(["recipient_hospital_id", "year"])
    assert surg.loc[("R1", 2023), "value"] == 60
    assert surg.loc[("T1", 2023), "months_reported"] == 0  # surgeries not reported: no value, not 0
    month = _by(indicators.workload_recipient_month(con, [2023], measure="discharges"), "recipient_hospital_id", "month")
    assert month == {("R1", 1): 200, ("R1", 2): 100, ("T1", 1): 7}
    with pytest.raises(ValueError):
        indicators.workload_recipient_year(con, measure="beds")


def test_assessment_pass_rate_uses_the_profile_threshold(con, monkeypatch):
    # scores 85, 79.5, 80 (the NULL score is not a staff-month assessed): 2 of 3 reach 80
    df = indicators.assessment_pass_rate_recipient_year(con, profile="bozhou-2016").set_index(["recipient_hospital_id", "year"])
    assert df.loc[("R1", 2023), ["numerator", "denominator", "pass_score"]].tolist() == [2, 3, 80.0]
    # a profile without R13 uses the default 80
    assert indicators.assessment_pass_rate_recipient_year(con, profile="national-2009")["pass_score"].iloc[0] == 80.0
    # a profile whose R13 pass mark is 85: only the 85 passes
    import pipelines.programme.profiles as profiles

    monkeypatch.setattr(profiles, "load_profile", lambda name: SimpleNamespace(rules={"R13": SimpleNamespace(params={"pass_score": 85})}))
    df = indicators.assessment_pass_rate_recipient_year(con, profile="strict").set_index(["recipient_hospital_id", "year"])
    assert df.loc[("R1", 2023), "value"] == pytest.approx(100 / 3)


def test_on_duty_rate(con):
    df = indicators.on_duty_rate_recipient_year(con).set_index(["recipient_hospital_id", "year"])
    # checks 3 + 4 + 3 = 10 (b's January has none recorded), present 3 + 3 + 2 = 8
    assert df.loc[("R1", 2023), ["numerator", "denominator"]].tolist() == [8, 10]
    assert df.loc[("R1", 2023), "value"] == pytest.approx(80.0)


def test_compliance_per_pairing_and_support(con):
    pair = indicators.compliance_rate_pairing(con, profile="p").set_index(["support_hospital_id", "recipient_hospital_id"])
    # latest run V2 only; sanity rule S02 left out. S1->R1: R01 ok, R02 fail, R07 fail, R11 ok
    assert pair.loc[("S1", "R1"), ["numerator", "denominator", "violations", "rules_failed"]].tolist() == [2, 4, 2, "R02,R07"]
    assert pair.loc[("S1", "R1"), "pairing_id"] == "P1"
    # the R07 row for R2 names two support hospitals: it counts for both pairings
    assert pair.loc[("S1", "R2"), "value"] == pytest.approx(100.0)
    assert pair.loc[("S2", "R2"), "value"] == pytest.approx(100.0)
    assert len(pair) == 3  # R19 (no recipient) is not about a pairing
    sup = indicators.compliance_rate_support(con, profile="p").set_index("support_hospital_id")
    # S1: R01 ok, R02 fail, R07 fail, R11 ok, R07 (R2) ok, R19 fail (a warning)
    assert sup.loc["S1", ["numerator", "denominator", "violations", "warnings"]].tolist() == [3, 6, 2, 1]
    assert sup.loc["S2", "value"] == pytest.approx(100.0)
    # 2024 plus the cycle finding: S1->R1 R07 fail, R11 ok
    y = indicators.compliance_rate_pairing(con, years=[2024], profile="p").set_index(["support_hospital_id", "recipient_hospital_id"])
    assert y.loc[("S1", "R1"), ["numerator", "denominator"]].tolist() == [1, 2]
    assert indicators.compliance_rate_support(con, years=2024, profile="p").set_index("support_hospital_id").loc["S1", "denominator"] == 4
    assert indicators.compliance_rate_pairing(con, profile="never-validated").empty


def _coverage_by_day(con) -> dict:
    """Year-round coverage the slow way: every active day of every pairing checked against
    every stay (a stay without an end covers every day from its start)."""
    first_year, last_year = con.execute("""SELECT min(y), max(y) FROM (SELECT year AS y FROM hospital_monthly_stats
        UNION SELECT year(start_date) FROM deployments)""").fetchone()
    lo_all, hi_all = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
    active: dict[str, set] = {}
    for r, s, e in con.execute("SELECT recipient_hospital_id, start_date, end_date FROM pairings").fetchall():
        d, end = max(s, lo_all), min(e or dt.date(9999, 12, 31), hi_all)
        while d <= end:
            active.setdefault(r, set()).add(d)
            d += dt.timedelta(days=1)
    stays = con.execute("SELECT recipient_hospital_id, start_date, end_date FROM deployments").fetchall()
    out: dict = {}
    for r, days in active.items():
        for d in days:
            covered = any(sr == r and d >= s and (e is None or d <= e) for sr, s, e in stays)
            num, den = out.get((r, d.year), (0, 0))
            out[(r, d.year)] = (num + covered, den + 1)
    return out


@pytest.mark.parametrize("seed", range(12))
def test_coverage_on_date_ranges_equals_counting_days(seed):
    rnd = random.Random(seed)
    con = duckdb.connect(":memory:")
    ensure_schema(con)

    def day():
        return dt.date(2022, 6, 1) + dt.timedelta(days=rnd.randrange(0, 900))

    recipients = [f"R{i}" for i in range(rnd.randint(1, 4))]
    for i in range(rnd.randint(1, 6)):   # pairings: overlapping, with gaps, open-ended
        s = day()
        e = rnd.choice([None, s + dt.timedelta(days=rnd.randrange(0, 500))])
        con.execute("INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES (?, 'S', ?, 'x', ?, ?, NULL, 's', 1)", [f"P{i}", rnd.choice(recipients), s, e])
    for i in range(rnd.randint(0, 15)):   # stays: overlapping, open-ended, ending before they start
        s = day()
        e = rnd.choice([None, s + dt.timedelta(days=rnd.randrange(-10, 300))])
        con.execute("""INSERT INTO deployments (deployment_id, person_id, support_hospital_id, recipient_hospital_id, start_date,
                       end_date, submission_id, source_row) VALUES (?, ?, 'S', ?, ?, ?, 's', 1)""", [f"D{i}", f"p{i}", rnd.choice(recipients), s, e])
    con.execute("INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, discharges, submission_id, source_row) "
                "VALUES ('R0', 2022, 1, 1, 's', 1), ('R0', 2024, 12, 1, 's', 1)")
    expected = _coverage_by_day(con)
    got = indicators.coverage_recipient_year(con)
    assert {(r.recipient_hospital_id, r.year): (r.numerator, r.denominator) for r in got.itertuples()} == expected
    assert (got["uncovered_days"] == got["denominator"] - got["numerator"]).all()

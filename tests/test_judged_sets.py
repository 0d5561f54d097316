"""One definition of who is judged: for every profile and year of the demo data, the report,
validation (validation_results, from which the scorecard is built) and the indicators agree on
the recipients whose yearly counts (R07, R10, R12) are judged, on the recipient-years R06
judges and on those with uncovered days.

Before the derived layer (pipelines/derived/), the report judged 12 recipients in 2024 under
guangxi-2022 and validation 8 (four township health centres outside the profile's recipient
categories), and the coverage indicator listed 29 recipient-years against R06's 19."""

import os
import shutil

import pytest

from pipelines.db.connection import connect
from pipelines.programme.profiles import list_profiles, load_profile
from pipelines.report.context import ReportContext
from pipelines.validation.run import latest_run_id, validate

pytestmark = pytest.mark.slow
YEARS = (2022, 2023, 2024)
COUNTS = {"trainees_recipient": "R07", "techniques_recipient": "R10", "training_events_recipient": "R12"}


@pytest.fixture(scope="module")
def every_profile_db(validated_db, tmp_path_factory):
    db = tmp_path_factory.mktemp("judged") / "demo.duckdb"
    shutil.copy(validated_db, db)
    con = connect(db)
    done = {p for p in list_profiles() if latest_run_id(con, p)}
    con.close()
    for p in sorted(set(list_profiles()) - done):
        validate(db, profile=p, out_dir=None, quiet=True)
    return db


def _validation(con, profile, rule, year, failed=False):
    return {h for (h,) in con.execute(
        """SELECT DISTINCT hospital_id FROM validation_results WHERE run_id = ? AND rule_id = ? AND period = ?
           AND success IS NOT NULL AND (NOT ? OR NOT success)""",
        [latest_run_id(con, profile), rule, str(year), failed]).fetchall()}


def assert_agree(db, profile, years):
    prof = load_profile(profile)
    con = connect(db)
    try:
        for year in years:
            ctx = ReportContext(con, year, profile)
            for indicator, rule in COUNTS.items():
                if rule not in prof.rules:
                    continue
                df = ctx.indicator(indicator)
                report = {r for r, v in zip(df["recipient_hospital_id"], df["value"]) if ctx.judge(indicator, r, v) is not None}
                assert report == _validation(con, profile, rule, year), (profile, year, rule)
            if "R06" in prof.rules:
                cov = ctx.indicator("coverage_recipient")
                assert set(cov["recipient_hospital_id"]) == _validation(con, profile, "R06", year), (profile, year)
                gap = prof.rules["R06"].params["max_gap_days"]
                assert set(cov.loc[cov["uncovered_days"] > gap, "recipient_hospital_id"]) == \
                    _validation(con, profile, "R06", year, failed=True), (profile, year)
    finally:
        con.close()


@pytest.mark.parametrize("profile", list_profiles())
def test_report_validation_and_indicators_judge_the_same_recipients(every_profile_db, profile):
    assert_agree(every_profile_db, profile, YEARS)


@pytest.mark.skipif(not os.environ.get("DUIKOU_NATIONAL_DB"),
                    reason="national preset: set DUIKOU_NATIONAL_DB to a database built from it "
                           "(.venv/bin/python benchmarks/db_identity.py build --preset national --db FILE); ~10 min")
@pytest.mark.parametrize("profile", ["national-2009", "guangxi-2022"])
def test_the_national_preset_agrees(profile, tmp_path):
    db = tmp_path / "national.duckdb"
    shutil.copy(os.environ["DUIKOU_NATIONAL_DB"], db)
    validate(db, profile=profile, out_dir=None, quiet=True)
    con = connect(db)
    try:
        years = sorted(y for (y,) in con.execute("SELECT DISTINCT year FROM hospital_monthly_stats").fetchall())
    finally:
        con.close()
    assert years
    assert_agree(db, profile, years)


def test_guangxi_2024_judges_the_eight_county_hospitals(every_profile_db):
    """The number the issue names, worked out from the registry: guangxi-2022 judges
    recipients of the categories 综合医院, 中医医院, 中西医结合医院, 妇幼保健院 paired with a
    三级 hospital all year; township health centres (乡镇卫生院) are outside it."""
    con = connect(every_profile_db)
    try:
        want = {r for (r,) in con.execute(
            """SELECT DISTINCT p.recipient_hospital_id FROM pairings p
               JOIN hospitals s ON s.hospital_id = p.support_hospital_id JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id
               WHERE s.level = '三级' AND r.category IN ('综合医院', '中医医院', '中西医结合医院', '妇幼保健院')
                 AND p.start_date <= DATE '2024-01-01' AND (p.end_date IS NULL OR p.end_date >= DATE '2024-12-31')""").fetchall()}
        ctx = ReportContext(con, 2024, "guangxi-2022")
        assert ctx.paired_whole_year() == want
        assert len(want) == 8
    finally:
        con.close()

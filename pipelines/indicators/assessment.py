"""Monthly assessment of dispatched staff (派驻人员月考核), per recipient-year."""

from __future__ import annotations

import pandas as pd

from pipelines.indicators._common import recipient_year_indicator

DEFAULT_PASS_SCORE = 80.0


def pass_score(profile: str | None = None) -> float:
    """The pass mark: rule R13's ``pass_score`` in the programme profile, else 80
    (月考核得分低于80分的，视为考核不合格, 000_e3f5b273f2fab0e5.txt 篇3 六)."""
    if profile:
        from pipelines.programme.profiles import load_profile

        rule = load_profile(profile).rules.get("R13")
        if rule is not None and rule.params.get("pass_score") is not None:
            return float(rule.params["pass_score"])
    return DEFAULT_PASS_SCORE


def assessment_pass_rate_recipient_year(con, years=None, profile: str | None = None) -> pd.DataFrame:
    """月考核合格率 per recipient-year: staff-months with a score >= the pass mark over
    staff-months with a score, in %. ``pass_score`` says which mark was used."""
    threshold = pass_score(profile)
    df = recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year,
               count(*) FILTER (WHERE score >= ?) AS numerator, count(score) AS denominator
        FROM staff_monthly_assessments GROUP BY 1, 2""", years, factor=100.0, params=[threshold])
    df["pass_score"] = threshold
    return df


def on_duty_rate_recipient_year(con, years=None) -> pd.DataFrame:
    """在岗率 per recipient-year: spot checks at which the person was present over spot checks
    made (staff_monthly_assessments.spot_checks_present / spot_checks, summed), in %, over the
    person-months where both are present (a blank part never counts on one side only)."""
    return recipient_year_indicator(con, """
        SELECT recipient_hospital_id, year, sum(spot_checks_present) AS numerator, sum(spot_checks) AS denominator
        FROM staff_monthly_assessments WHERE spot_checks IS NOT NULL AND spot_checks_present IS NOT NULL
        GROUP BY 1, 2""", years, factor=100.0)

"""Compliance scorecard (pipelines/validation/scorecard.py, table compliance_scorecard)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from pipelines.programme.profiles import load_profile
from pipelines.validation.scorecard import scorecard

WINDOW = "2023-01-01~2024-12-31"


def _hand_made() -> pd.DataFrame:
    cols = ["rule_id", "hospital_id", "period", "success", "support_hospital_id", "recipient_hospital_id"]
    rows = [
        ("R01", "RA", "2023", True, "S1", "RA"),
        ("R01", "RA", "2024", False, "S1", "RA"),
        ("R07", "RA", "2023", True, "S1,S2", "RA"),   # a recipient-year two support hospitals share
        ("R07", "RB", "2023", True, "S2", "RB"),
        ("R19", "S1", "2023", False, "S1", None),     # judged on the support hospital
        ("S02", "RA", "2023", False, "S1", "RA"),     # data sanity: not a programme rule
        ("R21", "RA", WINDOW, True, "S1", "RA"),      # over the cycle: window row only
        ("R10", "RB", "2024", None, "S2", "RB"),      # not judged
    ]
    return pd.DataFrame(rows, columns=cols)


def test_shares_by_hand():
    pairings = pd.DataFrame({"pairing_id": ["P1", "P2", "P3"], "support_hospital_id": ["S1", "S2", "S2"],
                             "recipient_hospital_id": ["RA", "RA", "RB"]})
    sc = scorecard(_hand_made(), pairings, "RUN", "p", WINDOW, dt.datetime(2025, 1, 1))
    key = sc.set_index(["level", "support_hospital_id", "recipient_hospital_id", "period"], drop=False)

    def row(level, sup, rec, period=WINDOW):
        return key.loc[(level, sup, rec, period)]

    r = row("pairing", "S1", "RA")
    assert (r.rules_applicable, r.rules_met, r.checks, r.checks_met, r.rules_failed) == (3, 2, 4, 3, "R01")
    assert r.share_rules_met == pytest.approx(2 / 3) and r.pairing_ids == "P1"
    assert (row("pairing", "S2", "RA").rules_applicable, row("pairing", "S2", "RA").rules_met) == (1, 1)
    assert (row("pairing", "S2", "RB").rules_applicable, row("pairing", "S2", "RB").share_rules_met) == (1, 1.0)
    s1 = key[(key.level == "support_hospital") & (key.support_hospital_id == "S1") & (key.period == WINDOW)].iloc[0]
    assert (s1.rules_applicable, s1.rules_met, s1.rules_failed) == (4, 2, "R01,R19")
    y23 = row("pairing", "S1", "RA", "2023")
    y24 = row("pairing", "S1", "RA", "2024")
    assert (y23.rules_applicable, y23.rules_met) == (2, 2) and (y24.rules_applicable, y24.rules_met) == (1, 0)
    assert set(sc["run_id"]) == {"RUN"} and set(sc["profile"]) == {"p"}


def test_a_pairing_with_nothing_judged_has_no_share():
    pairings = pd.DataFrame({"pairing_id": ["P9"], "support_hospital_id": ["S9"], "recipient_hospital_id": ["R9"]})
    sc = scorecard(_hand_made(), pairings, "RUN", "p", WINDOW, dt.datetime(2025, 1, 1))
    r = sc[(sc.level == "pairing") & (sc.support_hospital_id == "S9")]
    assert len(r) == 1 and r.iloc[0]["rules_applicable"] == 0 and pd.isna(r.iloc[0]["share_rules_met"])


@pytest.mark.slow
@pytest.mark.parametrize("profile", ["national-2009", "guangxi-2022", "bozhou-2016"])
def test_demo_scorecard_fails_exactly_the_planted_rules(profile, demo_truth, validated_db):
    """Per support hospital and per pairing, the rules not met are the rules the generator
    planted a violation of for that support hospital (and recipient)."""
    from pipelines.validation.run import latest_scorecard

    rules = load_profile(profile).rules
    con = duckdb.connect(str(validated_db), read_only=True)
    try:
        sc = latest_scorecard(con, profile)
        window = con.execute("SELECT DISTINCT period FROM compliance_scorecard WHERE run_id = ? AND period LIKE '%~%'",
                             [sc.iloc[0]["run_id"]]).fetchall()
    finally:
        con.close()
    assert len(window) == 1
    whole = sc[sc["period"] == window[0][0]]
    planted = [p for p in demo_truth.planted if p.rule_id in rules]
    assert planted and {p.support_id for p in planted} <= set(whole.loc[whole["level"] == "support_hospital", "support_hospital_id"])
    for r in whole[whole["level"] == "support_hospital"].itertuples():
        want = sorted({p.rule_id for p in planted if p.support_id == r.support_hospital_id})
        assert (r.rules_failed.split(",") if isinstance(r.rules_failed, str) else []) == want, r.support_hospital_id
        assert r.share_rules_met == pytest.approx(r.rules_met / r.rules_applicable)
    for r in whole[whole["level"] == "pairing"].itertuples():
        want = sorted({p.rule_id for p in planted if p.support_id == r.support_hospital_id and p.hospital_id == r.recipient_hospital_id})
        assert (r.rules_failed.split(",") if isinstance(r.rules_failed, str) else []) == want, (r.support_hospital_id, r.recipient_hospital_id)
    assert whole["rules_applicable"].min() > 0


@pytest.mark.slow
def test_one_set_of_rows_per_run(validated_db):
    con = duckdb.connect(str(validated_db), read_only=True)
    try:
        runs = {r for (r,) in con.execute("SELECT DISTINCT run_id FROM validation_results").fetchall()}
        scored = {r for (r,) in con.execute("SELECT DISTINCT run_id FROM compliance_scorecard").fetchall()}
        dup = con.execute("""SELECT count(*) FROM (SELECT run_id, level, support_hospital_id, recipient_hospital_id, period, count(*) n
                             FROM compliance_scorecard GROUP BY ALL HAVING n > 1)""").fetchone()[0]
    finally:
        con.close()
    assert runs == scored and dup == 0

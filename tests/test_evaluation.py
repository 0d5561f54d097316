"""Programme-effect evaluation against the generator's known effect.

The synthetic generator plants a true effect (``Effect``): after a recipient's pairing
starts, its monthly referral rate falls by 1.5 points and its discharges rise 8%; a county's
outside-county admission share falls 3 points per year paired. The estimators must recover
these within their reported intervals, find nothing when there is nothing, and the event
study must show anticipation when the recorded start dates are too late.
"""

import duckdb
import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf

from pipelines import connect
from pipelines.db.schema import ensure_schema
from pipelines.evaluation import before_after, effects, event_study, panel
from pipelines.evaluation.did import twfe
from pipelines.synthetic.generate import generate
from pipelines.synthetic.model import Effect

TRUTH = {"referral_rate": -1.5, "log_discharges": np.log(1.08), "county_outside_share": -3.0}


def truth_db(t) -> duckdb.DuckDBPyConnection:
    """The generator's truth written straight into an in-memory database (the tables the
    evaluation reads). test_e2e_demo checks that ingesting the spreadsheets gives the same rows;
    this skips the spreadsheets so that many seeds stay fast."""
    con = duckdb.connect(":memory:")
    ensure_schema(con)
    frames = {
        "hospitals": [dict(hospital_id=h.hospital_id, name=h.name, level=h.level, category=h.category, province=h.province,
                           city=h.city, county=h.county, county_code=h.county_code) for h in t.hospitals],
        "pairings": [dict(pairing_id=f"P{i}", support_hospital_id=p.support, recipient_hospital_id=p.recipient, programme=p.programme,
                          start_date=p.start, end_date=p.end, agreement_date=p.agreement) for i, p in enumerate(t.pairings)],
        "hospital_monthly_stats": [dict(recipient_hospital_id=m.hospital, year=m.year, month=m.month, outpatient_visits=m.outpatient,
                                        discharges=m.discharges, surgeries=m.surgeries, referrals_out=m.referrals_out) for m in t.monthly],
        "county_inpatient_stats": [dict(county_code=c.county_code, year=c.year, county_name=c.county_name, resident_admissions=c.admissions,
                                        resident_admissions_outside_county=c.outside) for c in t.county],
    }
    for table, rows in frames.items():
        df = pd.DataFrame(rows).assign(submission_id="truth", source_row=1)
        con.register("frame", df)
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame")
        con.unregister("frame")
    return con


def _by_outcome(df: pd.DataFrame, method: str = "twfe") -> dict:
    return {r.outcome: r for r in df[df["method"] == method].itertuples()}


def test_twfe_equals_the_dummy_regression_in_statsmodels(demo_truth):
    """Absorbed fixed effects give the same estimate, cluster-robust SE and interval as
    WLS with hospital and month dummies in statsmodels (unbalanced panel: a month is missing)."""
    h = panel.hospital_month(truth_db(demo_truth))
    fit = twfe(h, "referral_rate", ["treated"], "hospital_id", "t", weights="discharges").table().iloc[0]
    d = h.dropna(subset=["referral_rate"])
    ref = smf.wls("referral_rate ~ treated + C(hospital_id) + C(t)", d, weights=d["discharges"]).fit(
        cov_type="cluster", cov_kwds={"groups": pd.factorize(d["hospital_id"])[0]}, use_t=True)
    assert fit.estimate == pytest.approx(ref.params["treated"], rel=1e-8)
    assert fit.se == pytest.approx(ref.bse["treated"], rel=1e-6)
    assert [fit.ci_low, fit.ci_high] == pytest.approx(ref.conf_int().loc["treated"].tolist(), rel=1e-6)


def test_recovers_the_true_effect_from_the_ingested_demo(demo_db, demo_truth):
    """On the database ingested from the demo's spreadsheets, each true effect lies in the
    95% interval, and every interval excludes 0 (the demo has the power to see it)."""
    assert demo_truth.effect == Effect()
    con = connect(demo_db)
    try:
        est = _by_outcome(effects.effects(con))
    finally:
        con.close()
    assert set(est) == set(TRUTH)
    for key, truth in TRUTH.items():
        e = est[key]
        assert e.ci_low <= truth <= e.ci_high, (key, e.estimate, e.ci_low, e.ci_high)
        assert e.ci_high < 0 or e.ci_low > 0, key
    assert est["referral_rate"].n_never_treated == 3 and est["referral_rate"].n_units == 15
    assert est["log_discharges"].n_units == 11   # township health centres left out


@pytest.fixture(scope="module")
def provinces():
    """20 independent synthetic provinces (seeds 0-19, 2022-2024, no planted violations)."""
    return [truth_db(generate(seed=seed, plants=())) for seed in range(20)]


def test_intervals_cover_the_truth_across_seeds(provinces):
    """Over 20 independent synthetic provinces, the 95% intervals cover the true effect
    about 95% of the time (at least 17 of 20), and the estimates are centred on the truth,
    for Callaway–Sant'Anna, two-way fixed effects and the stacked estimator (the generator's
    effect is constant after the start, so all three target it)."""
    rows = []
    for con in provinces:
        df = effects.effects(con)
        df["truth"] = df["outcome"].map(TRUTH)
        # Callaway–Sant'Anna's county estimand averages the paired county-years, the start year
        # only partly paired: the planted -3 points times the share of each year paired
        c = panel.county_year(con)
        first = c.groupby("county_code")["first_treated_year"].transform("first")
        post = c[first.notna() & (first > c["year"].min()) & (c["year"] >= first)]
        df.loc[(df["method"] == "cs") & (df["outcome"] == "county_outside_share"), "truth"] = -3.0 * post["exposure"].mean()
        rows.append(df)
    r = pd.concat(rows)
    r["covered"] = (r["ci_low"] <= r["truth"]) & (r["truth"] <= r["ci_high"])
    for (outcome, method), g in r.groupby(["outcome", "method"]):
        assert len(g) == 20
        assert g["covered"].sum() >= 17, (outcome, method, g["covered"].sum())
        # the mean of 20 estimates is within 3 standard errors of the truth
        assert abs(g["estimate"].mean() - g["truth"].iloc[0]) < 3 * g["estimate"].std() / np.sqrt(20), (outcome, method)
    assert set(r["method"]) == {"cs", "twfe", "stacked"}


def test_event_study_across_seeds(provinces):
    """Leads (no effect before the start) cover 0 and lags cover -1.5 at close to the nominal
    rate; the pre-trend test rejects in few provinces (nominal 1 in 20)."""
    out = effects.OUTCOMES["referral_rate"]
    leads, lags, rejected = [], [], 0
    for con in provinces:
        es = event_study.event_study(out, effects.sample(out, panel.hospital_month(con)))
        c = es.coefs
        leads.append(c[c["event_time"] < -1])
        lags.append(c[c["event_time"] >= 0])
        rejected += es.pretrend_p < 0.05
    leads, lags = pd.concat(leads), pd.concat(lags)
    assert ((leads["ci_low"] <= 0) & (leads["ci_high"] >= 0)).mean() >= 0.9
    assert ((lags["ci_low"] <= -1.5) & (lags["ci_high"] >= -1.5)).mean() >= 0.9
    assert abs(leads["estimate"].mean()) < 0.1 and lags["estimate"].mean() == pytest.approx(-1.5, abs=0.1)
    assert rejected <= 3


def test_no_effect_no_finding():
    """With the generator's effect switched off, the intervals include 0 and exclude the
    default effect: the estimate comes from the data, not from anywhere else."""
    con = truth_db(generate(plants=(), effect=Effect(referral_rate=0.0, discharges_pct=0.0, county_outside_share=0.0)))
    est = _by_outcome(effects.effects(con))
    for key, default in TRUTH.items():
        assert est[key].ci_low <= 0 <= est[key].ci_high, key
        assert not est[key].ci_low <= default <= est[key].ci_high, key


def test_event_study_on_a_longer_panel():
    """Six years (2019-2024), the demo's seed: every quarter after the start (the last bin
    holding 2 to 5 years after) is near -1.5 and its interval covers it; the leads are small."""
    con = truth_db(generate(years=tuple(range(2019, 2025)), plants=()))
    out = effects.OUTCOMES["referral_rate"]
    es = event_study.event_study(out, effects.sample(out, panel.hospital_month(con)))
    c = es.coefs.set_index("event_time")
    assert list(c.index) == list(range(-4, 9))
    assert c.loc[-1, "estimate"] == 0
    assert c.loc[:-2, "estimate"].abs().max() < 0.5
    lags = c.loc[0:]
    assert (lags["ci_low"] <= -1.5).all() and (lags["ci_high"] >= -1.5).all()
    assert lags["estimate"].mean() == pytest.approx(-1.5, abs=0.25)


def test_event_study_shows_anticipation_when_start_dates_are_late():
    """Recorded start dates 6 months after the real ones: the effect appears in the leads
    (two and more quarters before the recorded start) and the pre-trend test rejects."""
    con = truth_db(generate(years=tuple(range(2019, 2025)), plants=()))
    con.execute("UPDATE pairings SET start_date = start_date + INTERVAL 6 MONTH")
    out = effects.OUTCOMES["referral_rate"]
    es = event_study.event_study(out, effects.sample(out, panel.hospital_month(con)))
    c = es.coefs.set_index("event_time")
    assert es.pretrend_p < 0.001
    assert c.loc[-3, "estimate"] > 1.0   # untreated quarters sit 1.5 above the (already treated) reference


def test_county_exposure_is_the_share_of_the_year_paired(demo_truth):
    c = panel.county_year(truth_db(demo_truth)).set_index(["county_code", "year"])
    # 青禾县 (990123): its county hospital paired 1 July 2022 -> 184 of 365 days in 2022
    assert c.loc[("990123", 2022), "exposure"] == pytest.approx(184 / 365)
    assert c.loc[("990123", 2023), "exposure"] == 1.0
    # 雁鸣县 (990122): the TCM hospital paired in 2022, the general hospital only in 2023
    assert c.loc[("990122", 2022), "exposure"] == 0.0
    assert c.loc[("990224", 2024), "exposure"] == 0.0 and not c.loc[("990224", 2024), "ever_treated"]


def _tiny_panel(rows) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["hospital_id", "t", "referrals_out", "discharges", "first_treated_t"])
    return df.assign(hospital_name=df["hospital_id"], city="c", county="k", county_code="1", paired_from=None)


def test_before_after_by_hand():
    # H1 paired from month 2: before 10/100, 10/100 -> 10%; after 5/100, 5/100 -> 5%: change -5
    # H2 never paired: before 10%, after 8/100, 8/100 -> 8%: change -2. DiD = -5 - (-2) = -3
    # H3 paired in month 3, inside H1's after-window: not a comparison for H1
    p = _tiny_panel([("H1", 0, 10, 100, 2), ("H1", 1, 10, 100, 2), ("H1", 2, 5, 100, 2), ("H1", 3, 5, 100, 2),
                     ("H2", 0, 10, 100, None), ("H2", 1, 10, 100, None), ("H2", 2, 8, 100, None), ("H2", 3, 8, 100, None),
                     ("H3", 0, 50, 100, 3), ("H3", 1, 50, 100, 3), ("H3", 2, 50, 100, 3), ("H3", 3, 0, 100, 3)])
    ba = before_after.before_after(p, window=2).set_index("hospital_id")
    h1 = ba.loc["H1"]
    assert [h1.rate_before, h1.rate_after, h1.change] == pytest.approx([10.0, 5.0, -5.0])
    assert [h1.comparison_rate_before, h1.comparison_rate_after, h1.did] == pytest.approx([10.0, 8.0, -3.0])
    assert h1.months_before == 2 and h1.months_after == 2
    # H3 (start 3): before months 1-2 = 100/200 -> 50%, after month 3 only -> 0%; comparison H2 (H1 is paired by then):
    # before months 1-2 -> 18/200 = 9%, after month 3 -> 8%
    h3 = ba.loc["H3"]
    assert [h3.rate_before, h3.rate_after, h3.comparison_rate_before, h3.comparison_rate_after] == pytest.approx([50.0, 0.0, 9.0, 8.0])
    assert h3.months_after == 1


def test_stack_uses_only_clean_comparisons():
    # cohort month 2 (H1), cohort month 3 (H3), never (H2); window 2: stack 2 covers months 0-3.
    # H3 is paired inside stack 2's window, so it is not a control there; stack 3 (months 1-4) has
    # H2 only as control (H1 already paired)
    p = _tiny_panel([(h, t, 1, 10, g) for h, g in (("H1", 2), ("H2", None), ("H3", 3)) for t in range(5)])
    st = effects.stack(p, window=2)
    assert sorted(st.loc[st["stack"] == 2, "hospital_id"].unique()) == ["H1", "H2"]
    assert sorted(st.loc[st["stack"] == 3, "hospital_id"].unique()) == ["H2", "H3"]
    assert st.loc[st["stack"] == 2, "t"].between(0, 3).all()
    assert st.loc[(st["stack"] == 3) & (st["hospital_id"] == "H3"), "treated"].tolist() == [0.0, 0.0, 1.0, 1.0]


def test_nothing_identifies_an_effect_when_everyone_starts_together():
    """Three hospitals all paired the same month, no comparison: no estimate rather than a
    number the data cannot support."""
    con = duckdb.connect(":memory:")
    ensure_schema(con)
    con.execute("""INSERT INTO hospitals (hospital_id, name, category, county_code, submission_id, source_row) VALUES
        ('A', 'a', '综合医院', '1', 's', 1), ('B', 'b', '综合医院', '2', 's', 1), ('C', 'c', '综合医院', '3', 's', 1)""")
    for h in "ABC":
        con.execute("INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES (?, 'S', ?, 'x', DATE '2024-01-01', NULL, NULL, 's', 1)", [f"P{h}", h])
        for m in range(1, 7):
            con.execute("""INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, discharges, referrals_out,
                           submission_id, source_row) VALUES (?, 2024, ?, 100, ?, 's', 1)""", [h, m, m])
    assert effects.effects(con).empty


def _before_after_loop(panel: pd.DataFrame, window: int) -> pd.DataFrame:
    """The definition, one recipient at a time."""
    rows = []
    first = panel["first_treated_t"]
    for hid, h in panel[first.notna()].groupby("hospital_id", sort=True):
        g = int(h["first_treated_t"].iloc[0])
        comp = panel[first.isna() | (first > g + window - 1)]
        row = {"hospital_id": hid}
        for side, (lo, hi) in (("before", (g - window, g - 1)), ("after", (g, g + window - 1))):
            own, c = h[h["t"].between(lo, hi)], comp[comp["t"].between(lo, hi)]
            row.update({f"months_{side}": own["t"].nunique(), f"referrals_{side}": int(own["referrals_out"].sum()),
                        f"discharges_{side}": int(own["discharges"].sum()),
                        f"comparison_referrals_{side}": int(c["referrals_out"].sum()),
                        f"comparison_discharges_{side}": int(c["discharges"].sum())})
        rows.append(row)
    return pd.DataFrame(rows)


@pytest.mark.parametrize("seed", range(5))
def test_before_after_equals_the_loop_over_recipients(seed):
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(40):
        first = rng.choice([np.nan, *range(0, 30)])
        for t in range(36):
            if rng.random() < 0.1:   # a month not reported
                continue
            ref = rng.integers(0, 30) if rng.random() > 0.05 else np.nan
            rows.append((f"H{i:02d}", t, ref, rng.integers(50, 500), first))
    p = pd.DataFrame(rows, columns=["hospital_id", "t", "referrals_out", "discharges", "first_treated_t"])
    p = p.assign(hospital_name=p["hospital_id"], city="c", county="k", county_code="1", paired_from=None)
    got = before_after.before_after(p, window=12)
    want = _before_after_loop(p, 12)
    pd.testing.assert_frame_equal(got[want.columns].reset_index(drop=True), want, check_dtype=False)
    assert {"rate_before", "rate_after", "comparison_change", "did"} <= set(got.columns)

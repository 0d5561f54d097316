"""Does the headline estimator recover a planted effect that grows and differs by cohort?

For each seed: the synthetic generator's province with its own effect switched off
(``Effect(0, 0, 0)``), then a known effect planted in the recipients' monthly referral rate
(percentage points), depending on months since the first paired month e >= 0 and the
pairing cohort g (first paired month, counted from the panel's first month):

* ``growing``:        delta = -0.1 * (e + 1)                  (builds up month by month)
* ``cohort``:         delta = -(1 + g / 6)                    (later cohorts gain more)
* ``growing_cohort``: delta = -0.05 * (e + 1) * (1 + g / 12)  (both)

The truth of the headline estimand (the simple aggregation: the average over paired
cohort-months, cohorts weighted by their number of recipients, recipients paired in the
panel's first month left out since they have no month before) is computed here from the
planted function and the pairing dates alone, not from the estimator.

    .venv/bin/python benchmarks/did_recovery.py --seeds 100            # every scenario, ~8 min on 2 cores
    .venv/bin/python benchmarks/did_recovery.py --seeds 10 --scenario growing

Prints, per scenario and estimator, the mean estimate against the truth (relative bias),
and the share of seeds whose 95% interval covers the truth; exit 1 when the headline misses
the criteria (|bias| <= 10% of the truth, coverage >= 90%). Two-way fixed effects is run on
the same data for comparison (it is expected to miss).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.db.schema import ensure_schema  # noqa: E402
from pipelines.evaluation import effects, panel, staggered  # noqa: E402
from pipelines.evaluation.did import twfe  # noqa: E402
from pipelines.synthetic.generate import generate  # noqa: E402
from pipelines.synthetic.model import Effect  # noqa: E402

SCENARIOS = {
    "growing": lambda e, g: -0.1 * (e + 1),
    "cohort": lambda e, g: -(1 + g / 6),
    "growing_cohort": lambda e, g: -0.05 * (e + 1) * (1 + g / 12),
    "none": lambda e, g: 0.0 * e,
}


def truth_db(t) -> duckdb.DuckDBPyConnection:
    """The generator's truth written straight into an in-memory database (skips rendering
    and ingesting spreadsheets)."""
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


def planted_panel(seed: int, scenario: str) -> pd.DataFrame:
    """The referral-rate panel of the seed's province, no generator effect, the scenario's
    effect added to every paired recipient-month."""
    t = generate(seed=seed, plants=(), effect=Effect(referral_rate=0.0, discharges_pct=0.0, county_outside_share=0.0))
    con = truth_db(t)
    try:
        h = panel.hospital_month(con)
    finally:
        con.close()
    df = effects.sample(effects.OUTCOMES["referral_rate"], h).copy()
    g, e = df["first_treated_t"], df["t"] - df["first_treated_t"]
    delta = SCENARIOS[scenario](e.to_numpy(dtype=float), g.to_numpy(dtype=float))
    post = (g.notna() & (e >= 0)).to_numpy()
    df["referral_rate"] = df["referral_rate"] + np.where(post, delta, 0.0)
    return df


def truth(df: pd.DataFrame, scenario: str) -> float:
    """The simple aggregation's estimand from the planted function: cohorts with a month
    before pairing, each paired month of the panel once, cohorts weighted by size."""
    T = int(df["t"].max())
    units = df.drop_duplicates("hospital_id")
    cohorts = units["first_treated_t"].dropna()
    cohorts = cohorts[(cohorts >= 1) & (cohorts <= T)]
    num = den = 0.0
    for g, n in cohorts.value_counts().items():
        e = np.arange(0, T - g + 1, dtype=float)
        num += n * float(np.sum(SCENARIOS[scenario](e, np.full_like(e, g))))
        den += n * len(e)
    return num / den


def run(seeds: range, scenarios: list[str]) -> pd.DataFrame:
    rows = []
    out = effects.OUTCOMES["referral_rate"]
    for scenario in scenarios:
        for seed in seeds:
            df = planted_panel(seed, scenario)
            tr = truth(df, scenario)
            r = staggered.estimate(out.key, out.scale, df, out.y, out.unit, out.time, "first_treated_t", weights=out.weights)
            rows.append(dict(scenario=scenario, seed=seed, method="cs_simple", truth=tr, estimate=r.simple.get("estimate", np.nan),
                             ci_low=r.simple.get("ci_low", np.nan), ci_high=r.simple.get("ci_high", np.nan),
                             interval=r.simple.get("interval_method", "none")))
            rows.append(dict(scenario=scenario, seed=seed, method="cs_simple_analytic", truth=tr, estimate=r.simple.get("estimate", np.nan),
                             ci_low=r.simple.get("analytic_ci_low", np.nan), ci_high=r.simple.get("analytic_ci_high", np.nan),
                             interval="t_if"))
            f = twfe(df, out.y, [out.treat], out.unit, out.time, weights=out.weights).table().iloc[0]
            rows.append(dict(scenario=scenario, seed=seed, method="twfe", truth=tr, estimate=f.estimate, ci_low=f.ci_low,
                             ci_high=f.ci_high, interval="t_cluster"))
    r = pd.DataFrame(rows)
    r["covered"] = (r["ci_low"] <= r["truth"]) & (r["truth"] <= r["ci_high"])
    return r


def summary(r: pd.DataFrame) -> pd.DataFrame:
    s = r.groupby(["scenario", "method"]).agg(seeds=("seed", "size"), truth=("truth", "mean"), mean_estimate=("estimate", "mean"),
                                              coverage=("covered", "mean"), intervals=("ci_low", lambda v: int(v.notna().sum())))
    s["relative_bias"] = (s["mean_estimate"] - s["truth"]) / s["truth"].abs().where(s["truth"].abs() > 0)
    return s.reset_index()


def passes(s: pd.DataFrame, bias: float = 0.10, coverage: float = 0.90) -> bool:
    head = s[(s["method"] == "cs_simple") & (s["scenario"] != "none")]
    return bool(((head["relative_bias"].abs() <= bias) & (head["coverage"] >= coverage)).all())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--scenario", action="append", choices=list(SCENARIOS))
    ap.add_argument("--json", type=Path, default=None, help="write the per-seed rows here")
    a = ap.parse_args(argv)
    t0 = time.time()
    r = run(range(a.seeds), a.scenario or ["growing", "cohort", "growing_cohort"])
    s = summary(r)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(s.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    print(f"{time.time() - t0:.0f} s; headline criteria (|bias| <= 10%, coverage >= 90%): {'met' if passes(s) else 'NOT met'}")
    if a.json:
        a.json.write_text(json.dumps(r.to_dict("records"), default=float, indent=1))
    return 0 if passes(s) else 1


if __name__ == "__main__":
    sys.exit(main())

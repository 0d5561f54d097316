"""Event study: the effect by time relative to the pairing's start (leads and lags).

    y_it = a_i + l_t + sum_{e != -1} b_e * 1[event time of i at t = e] + e_it

Event time is counted in quarters (3 months) from the first treated month, so e = 0 is the
start month and the two after it, e = -1 the three months before (the reference, b_-1 = 0).
The end bins collect everything further out (e <= lo, e >= hi). Never-paired units have no
event-time dummies and anchor the period effects. Leads (e < -1) near 0 support parallel
trends and no anticipation. ``pretrend_p`` tests that all leads are 0: the smallest lead
p-value times the number of leads (Bonferroni). A joint cluster-robust Wald test is not used:
with a dozen hospitals, and only a few paired late enough to have leads, its covariance
estimate is poor and it rejects far too often (about 1 in 4 synthetic provinces at 5%,
where the Bonferroni test rejects about 1 in 10); the single-lead intervals are close to
their nominal coverage. With staggered starts and an effect that changes with time since pairing, the lags mix
cohorts (Sun & Abraham 2021): read them with the stacked estimate alongside.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipelines.evaluation.did import twfe
from pipelines.evaluation.effects import Outcome

WINDOW = (-4, 8)   # quarters: <= -4 and >= 8 are binned
BIN_MONTHS = 3


@dataclass
class EventStudy:
    outcome: str
    scale: str
    coefs: pd.DataFrame     # event_time, estimate, se, ci_low, ci_high, p_value, n_obs (treated unit-months at that event time)
    pretrend_p: float     # Bonferroni: min lead p-value x number of leads (1 when there are no leads)
    level: float


def event_times(df: pd.DataFrame, window=WINDOW, bin_months: int = BIN_MONTHS) -> pd.Series:
    """Binned event time in quarters (NaN for never-treated units)."""
    rel = np.floor((df["t"] - df["first_treated_t"]) / bin_months)
    return rel.clip(lower=window[0], upper=window[1])


def event_study(outcome: Outcome, df: pd.DataFrame, level: float = 0.95, window=WINDOW) -> EventStudy | None:
    """The two-way fixed-effects event study (a diagnostic; the report's event study is the
    Callaway–Sant'Anna dynamic aggregation). None when it is not identified: no treated
    unit-month in the reference bin (no recipient has a month before its start), no
    never-treated unit, or a singular design."""
    e = event_times(df, window)
    if not (e == -1).any() or not df["first_treated_t"].isna().any():
        return None
    times = [k for k in range(window[0], window[1] + 1) if k != -1 and (e == k).any()]
    names = [f"e{k}" for k in times]
    d = df.assign(**{n: (e == k).astype(float) for n, k in zip(names, times)})
    try:
        fit = twfe(d, outcome.y, names, outcome.unit, outcome.time, weights=outcome.weights)
    except np.linalg.LinAlgError:
        return None
    tab = fit.table(level)
    tab["event_time"] = [int(n[1:]) for n in tab["term"]]
    counts = e.value_counts()
    ref = pd.DataFrame({"event_time": [-1], "estimate": [0.0], "se": [0.0], "ci_low": [0.0], "ci_high": [0.0], "p_value": [np.nan]})
    tab = pd.concat([tab.drop(columns="term"), ref], ignore_index=True).sort_values("event_time").reset_index(drop=True)
    tab["n_obs"] = tab["event_time"].map(counts).fillna(0).astype(int)
    leads = tab.loc[tab["event_time"] < -1, "p_value"]
    pretrend = min(1.0, float(leads.min()) * len(leads)) if len(leads) else 1.0
    return EventStudy(outcome.key, outcome.scale, tab[["event_time", "estimate", "se", "ci_low", "ci_high", "p_value", "n_obs"]],
                      pretrend, level)

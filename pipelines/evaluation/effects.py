"""Programme-effect estimates for the standard outcomes: difference-in-differences by
two-way fixed effects, and a stacked DiD that uses only clean comparisons.

Outcomes (``OUTCOMES``):

* ``referral_rate`` — outward referral rate of a hospital-month (referrals_out / discharges,
  in %), every hospital reporting monthly statistics, weighted by discharges (a month's rate
  from 100 discharges is far noisier than one from 3,000; under a common effect the weighted
  estimate is the same quantity, only more precise). Effect in percentage points.
* ``log_discharges`` — log of a county hospital's monthly discharges (township health
  centres left out); the effect is in log points, ``100 * (exp(b) - 1)`` is the % change.
* ``county_outside_share`` — share of a county's residents' admissions outside the county
  (county-year, in %), regressed on the share of the year the county's general hospital was
  paired; the effect is the change for a full year paired, in percentage points.

Assumptions (stated again in the report's methods appendix, ``methods.assumptions``):

1. Parallel trends: without the programme, paired and comparison units would have moved in
   parallel (common calendar shocks such as season and secular trend are absorbed by the
   period effects). The event study's leads test this for the months before pairing.
2. No anticipation: outcomes do not change before the pairing starts.
3. Staggered adoption and heterogeneity: with pairings starting at different times, the
   two-way fixed-effects estimate is a weighted average of 2x2 comparisons, some using
   already-paired units as controls; if the effect grows or differs across pairings it can
   be biased (Goodman-Bacon 2021; de Chaisemartin & D'Haultfoeuille 2020; Sun & Abraham
   2021). The stacked estimate uses only never-paired and not-yet-paired units as controls
   (Cengiz et al. 2019) and should agree when the effect is stable.
4. No spill-over to comparison units and stable composition (SUTVA); pairing start is not
   timed on a temporary dip in the outcome.
5. Cluster-robust inference with few clusters (hospitals or counties): intervals use t with
   G-1 degrees of freedom but remain approximate when G is small.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from pipelines.evaluation import inference, staggered
from pipelines.evaluation import panel as panels
from pipelines.evaluation.did import negative_weights, twfe
from pipelines.evaluation.staggered import StaggeredResult


@dataclass(frozen=True)
class Outcome:
    key: str
    panel: str          # hospital | county
    y: str
    treat: str
    unit: str
    time: str
    weights: str | None
    scale: str          # pp (percentage points) | log
    county_hospitals_only: bool = False
    first: str = "first_treated_t"   # the first treated period, for the staggered (Callaway–Sant'Anna) estimator


OUTCOMES = {
    "referral_rate": Outcome("referral_rate", "hospital", "referral_rate", "treated", "hospital_id", "t", "discharges", "pp"),
    "log_discharges": Outcome("log_discharges", "hospital", "log_discharges", "treated", "hospital_id", "t", None, "log",
                              county_hospitals_only=True),
    "county_outside_share": Outcome("county_outside_share", "county", "outside_share", "exposure", "county_code", "year", None, "pp",
                                    first="first_treated_year"),
}
STACK_WINDOW = 12   # months before and after a cohort's start in the stacked estimate


@dataclass
class Estimate:
    outcome: str
    method: str         # cs (Callaway–Sant'Anna, the headline) | twfe (diagnostic) | stacked
    scale: str
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    p_value: float
    level: float
    n_obs: int
    n_units: int
    n_treated: int
    n_never_treated: int
    interval_method: str = "t_cluster"      # t_cluster | randomisation | none | unbounded | degenerate
    control: str = ""                       # cs: never | notyet (the comparison group used)
    n_always_treated: int = 0               # cs: paired before the data start, left out
    n_unbalanced: int = 0                   # cs: missing a month or year of the outcome, left out
    negative_weight_sum: float = float("nan")   # twfe: sum of its negative weights on treated cells (diagnostic)
    note: str = ""                          # why there is no estimate or interval, when there is none

    def percent(self) -> tuple[float, float, float]:
        """A log-point effect as % change (estimate, low, high); pp effects unchanged."""
        if self.scale != "log":
            return self.estimate, self.ci_low, self.ci_high
        return tuple(100 * (np.exp(v) - 1) for v in (self.estimate, self.ci_low, self.ci_high))


def sample(outcome: Outcome, hospital: pd.DataFrame | None = None, county: pd.DataFrame | None = None) -> pd.DataFrame:
    df = hospital if outcome.panel == "hospital" else county
    if outcome.county_hospitals_only:
        df = df[df["county_hospital"]]
    return df.dropna(subset=[outcome.y])


def _estimate(outcome: Outcome, method: str, df: pd.DataFrame, fit, level: float, unit_col: str) -> Estimate | None:
    """The treatment coefficient as an Estimate; None when the fixed effects absorb it (every
    unit paired in the same month and no comparison unit: nothing identifies an effect)."""
    table = fit.table(level)
    if table.empty:
        return None
    row = table.iloc[0]
    units = df.drop_duplicates(unit_col)
    return Estimate(outcome.key, method, outcome.scale, float(row.estimate), float(row.se), float(row.ci_low),
                    float(row.ci_high), float(row.p_value), level, fit.n_obs, fit.n_clusters,
                    int(units["ever_treated"].sum()), int((~units["ever_treated"]).sum()))


def estimate(outcome: Outcome, df: pd.DataFrame, level: float = 0.95) -> Estimate | None:
    """Two-way fixed effects (unit and period), cluster-robust by unit; a diagnostic beside the
    headline, with the sum of its negative weights (``did.negative_weights``). Its interval is
    dropped when it has zero width or fewer than two clusters per side."""
    fit = twfe(df, outcome.y, [outcome.treat], outcome.unit, outcome.time, weights=outcome.weights)
    e = _estimate(outcome, "twfe", df, fit, level, outcome.unit)
    if e is None:
        return None
    e.negative_weight_sum = negative_weights(df, outcome.treat, outcome.unit, outcome.time, outcome.weights, y=outcome.y)["negative_weight_sum"]
    _honest_interval(e)
    return e


def _honest_interval(e: Estimate) -> None:
    """No interval that is zero-width (to rounding) or rests on fewer than the minimum clusters."""
    few = e.n_treated < inference.MIN_TREATED or e.n_never_treated + (e.n_treated if e.method != "twfe" else 0) < 1
    if not (e.se > 1e-9 * max(1.0, abs(e.estimate))) or e.n_units < inference.MIN_TREATED + inference.MIN_CONTROL or few:
        e.ci_low = e.ci_high = e.p_value = float("nan")
        e.interval_method = "none" if few or e.n_units < inference.MIN_TREATED + inference.MIN_CONTROL else "degenerate"
        e.note = inference.NOTES[e.interval_method]


def stack(df: pd.DataFrame, unit: str = "hospital_id", window: int = STACK_WINDOW) -> pd.DataFrame:
    """The stacked data set: for each adoption cohort (hospitals first treated in the same
    month g), the months g-window .. g+window-1 of that cohort and of every hospital not
    paired by the end of the window (never paired or paired later). Each stack has its own
    unit and period effects (``stack_unit``, ``stack_t``); a hospital can be a control in
    several stacks, which clustering by hospital accounts for."""
    parts = []
    for g in sorted(df["first_treated_t"].dropna().unique()):
        lo, hi = g - window, g + window - 1
        first = df["first_treated_t"]
        part = df[((first == g) | first.isna() | (first > hi)) & df["t"].between(lo, hi)]
        cohort = part["first_treated_t"] == g
        if not (cohort & (part["t"] < g)).any() or cohort.all():
            continue   # no month before the start in the data, or no clean comparison: nothing to learn
        parts.append(part.assign(stack=int(g), treated=(cohort & (part["t"] >= g)).astype(float)))
    if not parts:
        return df.iloc[0:0].assign(stack=0, stack_unit="", stack_t="")
    out = pd.concat(parts, ignore_index=True)
    out["stack_unit"] = out["stack"].astype(str) + ":" + out[unit].astype(str)
    out["stack_t"] = out["stack"].astype(str) + ":" + out["t"].astype(str)
    return out


def estimate_stacked(outcome: Outcome, df: pd.DataFrame, level: float = 0.95) -> Estimate | None:
    """Stacked DiD (hospital panels only): clean comparisons, effect over the first
    ``STACK_WINDOW`` months after the start."""
    cols = [outcome.y, outcome.unit, "t", "first_treated_t", "ever_treated"] + ([outcome.weights] if outcome.weights else [])
    st = stack(df[list(dict.fromkeys(cols))], outcome.unit)   # only the columns the fit needs: the stack repeats rows
    if st.empty or st["treated"].sum() == 0:
        return None
    fit = twfe(st, outcome.y, ["treated"], "stack_unit", "stack_t", weights=outcome.weights, cluster=outcome.unit)
    e = _estimate(outcome, "stacked", st, fit, level, outcome.unit)
    if e is not None:
        _honest_interval(e)
    return e


def effects(con, level: float = 0.95, hospital: pd.DataFrame | None = None, county: pd.DataFrame | None = None,
            control: str = "never") -> pd.DataFrame:
    """Every standard outcome by Callaway–Sant'Anna (the headline, ``method == "cs"``; a row
    with the statement when nothing can be estimated), two-way fixed effects (a diagnostic, with
    its negative weights) and stacked DiD for the hospital panels: one row per outcome and method. ``hospital`` and ``county``: the panels, when the
    caller has built them already (``panel.hospital_month(con)``, ``panel.county_year(con)``)."""
    hospital = panels.hospital_month(con) if hospital is None else hospital
    county = panels.county_year(con) if county is None else county
    return evaluate(hospital, county, level, control)[0]


def evaluate(hospital: pd.DataFrame, county: pd.DataFrame, level: float = 0.95, control: str = "never") -> tuple[pd.DataFrame, dict]:
    """(the effects table, the Callaway–Sant'Anna result per outcome with its cohort and
    event-time rows): what the report shows, computed once."""
    rows, results = [], {}
    for outcome in OUTCOMES.values():
        df = sample(outcome, hospital, county)
        if df.empty:
            continue
        res = results[outcome.key] = staggered_estimate(outcome, df, level=level, control=control)
        if res.ok:   # otherwise the result carries the statement the report shows
            rows.append(asdict(cs_row(outcome, res, len(df), level)))
        if not df["ever_treated"].any() or df[outcome.unit].nunique() < 3:
            continue
        found = [estimate(outcome, df, level)] + ([estimate_stacked(outcome, df, level)] if outcome.panel == "hospital" else [])
        rows += [asdict(e) for e in found if e is not None]
    return pd.DataFrame(rows), results


def staggered_estimate(outcome: Outcome, df: pd.DataFrame, level: float = 0.95, control: str = "never") -> StaggeredResult:
    """The headline: Callaway–Sant'Anna group-time ATTs and their aggregations (``staggered``)."""
    return staggered.estimate(outcome.key, outcome.scale, df, outcome.y, outcome.unit, outcome.time, outcome.first,
                              weights=outcome.weights, control=control, level=level)


def cs_row(outcome: Outcome, r: StaggeredResult, n_obs: int, level: float) -> Estimate:
    """The simple aggregation as a row of the effects table (NaN with the statement when
    there is no estimate; no interval below the minimum, with the reason)."""
    s = r.simple
    p = s.get("ri_p_value", float("nan"))
    if r.ok and s.get("interval_method") != "randomisation" and not (p == p):
        p = s.get("p_value", float("nan"))
    note = r.statement if not r.ok else inference.interval_note(s.get("interval_method", "none"), r)
    nan = float("nan")
    return Estimate(outcome.key, "cs", outcome.scale, s.get("estimate", nan), s.get("se", nan), s.get("ci_low", nan),
                    s.get("ci_high", nan), p, level, n_obs, r.n_units, r.n_treated, r.n_never_treated,
                    interval_method=s.get("interval_method", "none"), control=r.control, n_always_treated=r.n_always_treated,
                    n_unbalanced=r.n_unbalanced, note=note)

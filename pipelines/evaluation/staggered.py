"""The headline programme effect: Callaway & Sant'Anna (2021) group-time ATTs, computed by
the ``moderndid`` package (a port of the R ``did`` package that reproduces its published
``mpdta`` results; tests/test_did_published.py checks this), with their simple, group and
dynamic (event-study) aggregations.

What it compares with. A *cohort* g is the recipients first treated in the same month (the
county outcome: year). ATT(g, t) is the change in the cohort's mean outcome from its last
month before pairing (g - 1) to month t, minus the same change at the comparison units:

* ``never`` (default): hospitals never paired within the panel;
* ``notyet``: hospitals never paired *and* those not yet paired by month t.

Already-paired hospitals are never used as comparisons (the bias of two-way fixed effects
with staggered starts). Recipients paired in or before the panel's first month have no month
before pairing and are left out (counted as ``n_always_treated``).

Aggregations. ``simple``: the average of ATT(g, t) over every paired cohort-month, weighted
by cohort size, i.e. the average effect over paired recipient-months observed after their
start (the horizon is the data's: months 0 .. end of panel since pairing). ``group``: per
cohort, averaged over its post months, then across cohorts by size. ``dynamic``: by months
since the start (e = 0 the first paired month; e < 0 are placebo pre-period comparisons
with a varying base period, the pre-trend evidence).

Weights. The referral rate is a ratio: a recipient's months are weighted by its mean
monthly discharges before pairing (all months for never-paired hospitals), a time-invariant
unit weight as the method requires. The estimand is then the discharge-weighted average.

Inference: see ``inference`` (few clusters).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from pipelines.evaluation import inference

CONTROL_GROUPS = {"never": "nevertreated", "notyet": "notyettreated"}
PLACEBO_MONTHS = 12   # the pre-trend evidence: the average placebo effect over the 12 periods before the start
MIN_NEVER = 5   # the package's minimum for a never-treated comparison group; below it, not-yet-treated units join


@dataclass
class StaggeredResult:
    """Everything the report shows for one outcome. ``statement``: why there is no
    estimate (set, with ``ok`` False, instead of raising)."""
    outcome: str
    scale: str
    control: str                                        # the comparison group used: never | notyet
    ok: bool
    statement: str = ""
    statement_key: str = ""
    simple: dict = field(default_factory=dict)          # estimate, se, ci_low, ci_high, p_value, interval_method, df
    groups: pd.DataFrame | None = None                  # cohort, n_units, estimate, se, ci_low, ci_high
    dynamic: pd.DataFrame | None = None                 # event_time, estimate, se, ci_low, ci_high, n_units
    pretrend_p: float = float("nan")                    # test that the placebo (pre-period) average is 0
    group_overall: dict = field(default_factory=dict)   # the group aggregation's overall ATT: estimate, se (influence function)
    dynamic_overall: dict = field(default_factory=dict) # the dynamic aggregation's overall ATT (average over e >= 0): estimate, se
    placebo: dict = field(default_factory=dict)         # mean of the event-time estimates e = -PLACEBO_MONTHS .. -1, se, interval
    n_units: int = 0
    n_clusters: int = 0
    n_treated: int = 0                                  # recipients with a month before pairing (used)
    n_control: int = 0                                  # never-paired units (plus not-yet-paired, with notyet)
    n_never_treated: int = 0
    n_always_treated: int = 0                           # paired in or before the first period: left out
    n_unbalanced: int = 0                               # units missing a period (no balanced panel): left out, said
    n_cohorts: int = 0
    horizon: tuple[int, int] = (0, 0)                   # event times (periods since start) the simple ATT averages over
    requested_control: str = ""                         # what the caller asked for (differs when too few never-paired units)


def prepare(df: pd.DataFrame, y: str, unit: str, time: str, first: str, weights: str | None = None) -> tuple[pd.DataFrame, dict]:
    """The long panel as the estimator wants it: integer ``id``, ``t`` (1-based), ``g`` (the
    first treated period, 0 for never treated within the panel), ``y``, time-invariant ``w``.
    Rows with a missing outcome are dropped; then only units observed in every period are
    kept (a balanced panel: the estimator compares each unit with itself), counted in
    ``n_unbalanced``."""
    d = df[[unit, time, first, y] + ([weights] if weights else [])].dropna(subset=[y]).copy()
    periods = np.sort(d[time].unique())
    tcode = {p: i + 1 for i, p in enumerate(periods)}
    d["t"] = d[time].map(tcode).astype("int64")
    # first treated period in the same coding; after the last period: never treated here
    g = d[first].map(lambda v: np.nan if pd.isna(v) else float(np.searchsorted(periods, v) + 1))
    g = g.where(g <= len(periods), np.nan)
    d["g"] = g.fillna(0).astype("int64")
    if weights:
        pre = d[(d["g"] == 0) | (d["t"] < d["g"])]
        w = pre.groupby(unit)[weights].mean()
        w_all = d.groupby(unit)[weights].mean()
        d["w"] = d[unit].map(w).fillna(d[unit].map(w_all)).astype("float64")
    else:
        d["w"] = 1.0
    n_per = d.groupby(unit)["t"].nunique()
    full = n_per.index[n_per == len(periods)]
    info = {"n_unbalanced": int((n_per < len(periods)).sum()), "n_periods": len(periods)}
    d = d[d[unit].isin(full)]
    d["id"] = pd.factorize(d[unit])[0] + 1
    d = d.rename(columns={y: "y"})[["id", unit, "t", "g", "y", "w"]]
    return d.reset_index(drop=True), info


def _no(outcome, scale, control, key, text, **counts) -> StaggeredResult:
    return StaggeredResult(outcome, scale, control, False, statement=text, statement_key=key, **counts)


def estimate(outcome: str, scale: str, df: pd.DataFrame, y: str, unit: str, time: str, first: str,
             weights: str | None = None, control: str = "never", level: float = 0.95, min_treated: int | None = None,
             min_control: int | None = None) -> StaggeredResult:
    """Callaway–Sant'Anna for one outcome; never raises for a design that cannot identify
    an effect: returns ``ok=False`` with a statement saying why."""
    min_treated = inference.MIN_TREATED if min_treated is None else min_treated
    min_control = inference.MIN_CONTROL if min_control is None else min_control
    d, info = prepare(df, y, unit, time, first, weights)
    units = d.drop_duplicates("id")
    always = units[(units["g"] > 0) & (units["g"] <= 1)]
    treated = units[units["g"] > 1]
    never = units[units["g"] == 0]
    counts = dict(n_units=len(units), n_clusters=len(units), n_treated=len(treated), n_never_treated=len(never),
                  n_always_treated=len(always), n_cohorts=int(treated["g"].nunique()), n_unbalanced=info["n_unbalanced"])
    if info["n_periods"] < 2:
        return _no(outcome, scale, control, "one_period", "只有一个时期，无法比较前后。 / One period only: nothing before and after to compare.", **counts)
    if treated.empty:
        key = "no_pre_period" if len(always) else "no_treated"
        text = ("所有受援单位在数据开始时已结对，没有结对前的数据，无法估计。 / Every recipient was already paired when the data "
                "start: there is no month before pairing to compare with." if len(always) else
                "没有受援单位。 / No recipient in the data.")
        return _no(outcome, scale, control, key, text, **counts)
    requested = control
    if never.empty and treated["g"].nunique() < 2:
        return _no(outcome, scale, control, "no_comparison",
                   "没有从未结对的单位，且所有受援单位同时结对：没有对照，无法估计。 / No never-paired unit and every recipient "
                   "paired at the same time: no comparison, nothing identifies an effect.", **counts)
    # comparison units available at some period: never paired, plus (not-yet) recipients of later cohorts
    later = int((treated["g"] > treated["g"].min()).sum())
    if len(treated) < min_treated or len(never) + later < min_control or len(units) < 3:
        return _no(outcome, scale, control, "too_few",
                   f"单位太少（受援 {len(treated)}，从未结对 {len(never)}；至少需要受援 {min_treated}、对照 {min_control}），不作估计。 / "
                   f"Too few units ({len(treated)} paired, {len(never)} never paired; at least {min_treated} paired and "
                   f"{min_control} comparison units needed): no estimate.", **counts)
    if control == "never" and len(never) < MIN_NEVER:
        control = "notyet"   # too few never-paired units for the package: the not-yet-paired join them (the result says so)
    counts["n_control"] = len(never) if control == "never" else len(never) + later
    data = d[(d["g"] == 0) | (d["g"] > 1)]
    try:
        res = _fit(data, control)
    except Exception as exc:   # a design the package cannot handle: a statement, never a crash of the report
        return _no(outcome, scale, control, "failed", f"估计失败 / estimation failed: {type(exc).__name__}: {exc}", **counts)
    out = _result(outcome, scale, control, res, data, level, counts)
    out.requested_control = requested
    return out


def _fit(data: pd.DataFrame, control: str):
    import moderndid as md   # imported when needed (~1 s)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mp = md.att_gt(data, yname="y", tname="t", idname="id", gname="g", weightsname="w", est_method="reg",
                       control_group=CONTROL_GROUPS[control], base_period="varying", boot=False, cband=False, panel=True)
        aggs = {typ: md.aggte(mp, type=typ, boot=False, cband=False, na_rm=True) for typ in ("simple", "group", "dynamic")}
    return mp, aggs


def _result(outcome, scale, control, res, data, level, counts) -> StaggeredResult:
    mp, aggs = res
    units = data.drop_duplicates("id").sort_values("id")
    g_of_unit = units["g"].to_numpy()
    n_treated = int((g_of_unit > 0).sum())
    simple = aggs["simple"]
    ci = inference.interval(float(simple.overall_att), np.asarray(simple.influence_func_overall, dtype=float), g_of_unit > 0,
                            level=level)
    out = StaggeredResult(outcome, scale, control, True, **counts)
    out.simple = {"estimate": float(simple.overall_att), **ci, "analytic_ci_low": ci["ci_low"], "analytic_ci_high": ci["ci_high"]}
    Y, w, g = matrix(data)
    ri = inference.randomisation(Y, w, g, control, level=level)
    out.simple.update(ri_p_value=ri["ri_p_value"], n_assignments=ri["n_assignments"], ri_estimate=ri["estimate"])
    # the headline interval is the randomisation one; below its minimum, none (never the analytic one alone)
    out.simple.update(ci_low=ri["ci_low"], ci_high=ri["ci_high"], interval_method=ri["interval_method"])
    T = int(data["t"].max())
    post_e = sorted({int(t - g) for g in set(g_of_unit[g_of_unit > 0]) for t in range(int(g), T + 1)})
    out.horizon = (min(post_e), max(post_e)) if post_e else (0, 0)
    grp = aggs["group"]
    out.group_overall = {"estimate": float(grp.overall_att), "se": float(grp.overall_se)}
    out.dynamic_overall = {"estimate": float(aggs["dynamic"].overall_att), "se": float(aggs["dynamic"].overall_se)}
    sizes = units[units["g"] > 0].groupby("g").size()
    out.groups = pd.DataFrame({"cohort": np.asarray(grp.event_times, dtype=int), "estimate": grp.att_by_event, "se": grp.se_by_event})
    out.groups["n_units"] = out.groups["cohort"].map(sizes).fillna(0).astype(int)
    dyn = aggs["dynamic"]
    e = np.asarray(dyn.event_times, dtype=int)
    # units contributing at each event time: treated cohorts with that event time inside the panel
    n_at = {int(k): int(sum(sizes[g] for g in sizes.index if 1 <= g + k <= T)) for k in e}
    out.dynamic = pd.DataFrame({"event_time": e, "estimate": dyn.att_by_event, "se": dyn.se_by_event})
    out.dynamic["n_units"] = out.dynamic["event_time"].map(n_at).astype(int)
    for tab, ifs in ((out.groups, np.asarray(grp.influence_func, dtype=float)), (out.dynamic, np.asarray(dyn.influence_func, dtype=float))):
        lows, highs, methods = [], [], []
        for j, est in enumerate(tab["estimate"].to_numpy()):
            c = inference.interval(float(est), ifs[:, j], g_of_unit > 0, level=level)
            lows.append(c["ci_low"])
            highs.append(c["ci_high"])
            methods.append(c["interval_method"])
        tab["ci_low"], tab["ci_high"], tab["interval"] = lows, highs, methods
    out.pretrend_p, out.placebo = _placebo(out.dynamic, np.asarray(dyn.influence_func, dtype=float), g_of_unit > 0, level)
    out.n_treated = n_treated
    return out


def matrix(data: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(Y units x periods, unit weights, first treated period) in ``id`` order."""
    wide = data.pivot(index="id", columns="t", values="y").sort_index()
    units = data.drop_duplicates("id").set_index("id").loc[wide.index]
    return wide.to_numpy("float64"), units["w"].to_numpy("float64"), units["g"].to_numpy("int64")


def _placebo(dynamic: pd.DataFrame, influence: np.ndarray, treated: np.ndarray, level: float) -> tuple[float, dict]:
    """The pre-trend evidence: the average of the pre-period event-time estimates (each a
    placebo comparison of the months before pairing, varying base period) over the
    ``PLACEBO_MONTHS`` before the start, with its influence-function t test. A joint Wald
    test over every pre-period cell is not used: with a dozen hospitals and dozens of
    pre-period cells its covariance is singular."""
    e = dynamic["event_time"].to_numpy()
    cols = np.where((e < 0) & (e >= -PLACEBO_MONTHS))[0]
    if not len(cols):
        return float("nan"), {}
    est = float(dynamic["estimate"].to_numpy()[cols].mean())
    c = inference.interval(est, influence[:, cols].mean(axis=1), treated, level=level)
    return c["p_value"], {"estimate": est, "months": int(len(cols)), **c}

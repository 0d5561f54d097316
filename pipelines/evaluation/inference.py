"""Inference that stays honest with few clusters.

A province has tens of hospitals and a handful paired in each cohort. Cluster-robust
(influence-function) standard errors then understate the uncertainty: with one treated
hospital a nominal 5% test rejects far too often, and with two clusters the standard error
can be ~0 and the interval zero-width. The rules here:

* **Headline (simple ATT): randomisation inference.** The recipients' pairing months (and
  "never") are reassigned at random across the units ``RI_DRAWS`` times and the estimate
  recomputed (``simple_att``, the same estimator as the package's, checked equal to it in
  tests). The p-value is the share of reassignments with an estimate at least as far from
  the hypothesised effect as the observed one; the interval is every constant effect tau
  the test does not reject at 5% (test inversion: the estimator is linear in the outcome,
  so each reassignment's estimate is a - tau * b). Valid without large-sample theory when
  the timing is as good as random across units (MacKinnon & Webb 2020 on few treated
  clusters; Young 2019).
* **Below a stated minimum no interval.** Fewer than ``MIN_TREATED`` recipients with a
  month before pairing, fewer than ``MIN_CONTROL`` comparison units, or fewer than
  ``MIN_ASSIGNMENTS`` distinct reassignments (a 5% test cannot reject with fewer than 40):
  the estimate is shown with no interval and the reason.
* **Never a zero-width interval**: an interval whose width is 0 (to rounding) is dropped.
* Group and event-time rows: influence-function standard errors (clustered by unit) with
  Student's t on min(treated, comparison) - 1 degrees of freedom (a conservative
  Welch-type bound), marked approximate.
"""

from __future__ import annotations

import math

import numpy as np

MIN_TREATED = 2
MIN_CONTROL = 2
MIN_ASSIGNMENTS = 40
RI_DRAWS = 499
SEED = 20240601


def n_assignments(labels: np.ndarray) -> int:
    """Distinct ways to reassign the labels (pairing months, 0 = never) across the units."""
    _, counts = np.unique(labels, return_counts=True)
    out = math.factorial(len(labels))
    for c in counts:
        out //= math.factorial(int(c))
    return out


def _t_quantile(level: float, df: int) -> float:
    from scipy import stats

    return float(stats.t.ppf(0.5 + level / 2, df))


def interval(estimate: float, influence: np.ndarray, treated: np.ndarray, level: float = 0.95) -> dict:
    """Influence-function SE (clustered by unit) and a t interval on min(G1, G0) - 1 degrees
    of freedom; no interval below the minimum or when the width would be 0."""
    n = len(influence)
    se = float(np.sqrt(np.sum(influence ** 2)) / n) if n else float("nan")
    g1, g0 = int(treated.sum()), int((~treated).sum())
    out = {"se": se, "ci_low": float("nan"), "ci_high": float("nan"), "p_value": float("nan"),
           "interval_method": "none", "df": min(g1, g0) - 1, "n_treated_clusters": g1, "n_control_clusters": g0}
    if g1 < MIN_TREATED or g0 < MIN_CONTROL or not np.isfinite(se) or not np.isfinite(estimate):
        return out
    if se <= 1e-9 * max(1.0, abs(estimate)):
        out["interval_method"] = "degenerate"
        return out
    from scipy import stats

    df = min(g1, g0) - 1
    q = _t_quantile(level, df)
    out.update(ci_low=estimate - q * se, ci_high=estimate + q * se, p_value=float(2 * stats.t.sf(abs(estimate / se), df)),
               interval_method="t_if")
    return out


# ---------------------------------------------------------------------- the estimator, fast, for reassignments
def simple_att(Y: np.ndarray, w: np.ndarray, g: np.ndarray, control: str = "never") -> float:
    """Callaway–Sant'Anna's simple aggregation for a balanced panel without covariates.

    ``Y``: units x periods; ``w``: unit weights; ``g``: first treated period (1-based, 0 =
    never treated, every treated unit with g >= 2). ATT(g, t) for t >= g is the weighted mean
    change from g-1 to t in cohort g minus that of the comparison units (never treated, or
    also not yet treated at t); cells without a comparison unit are left out; the cells are
    averaged with weights proportional to the cohort's total weight."""
    T = Y.shape[1]
    total = wsum = 0.0
    periods = np.arange(1, T + 1)
    for c in np.unique(g[g > 0]):
        c = int(c)
        tr = g == c
        d = Y[:, c - 1:] - Y[:, [c - 2]]                 # change from the base period g-1 to each t >= g
        tt = periods[c - 1:]
        if control == "never":
            m = np.broadcast_to((g == 0)[:, None], d.shape)
        else:
            m = (g[:, None] == 0) | (g[:, None] > tt[None, :])
        cw = (w[:, None] * m).sum(axis=0)
        keep = cw > 0
        if not keep.any():
            continue
        treated_mean = (w[tr, None] * d[tr]).sum(axis=0) / w[tr].sum()
        control_mean = np.where(keep, (w[:, None] * m * d).sum(axis=0) / np.where(keep, cw, 1.0), 0.0)
        p = float(tr.sum())   # cohorts by their number of units, as moderndid 0.2 aggregates (its result carries no unit weights)
        total += p * float((treated_mean - control_mean)[keep].sum())
        wsum += p * int(keep.sum())
    return total / wsum if wsum else float("nan")


def randomisation(Y: np.ndarray, w: np.ndarray, g: np.ndarray, control: str = "never", level: float = 0.95,
                  draws: int = RI_DRAWS, seed: int = SEED) -> dict:
    """Randomisation-inference p-value (effect 0) and the interval by test inversion."""
    n_assign = n_assignments(g)
    est = simple_att(Y, w, g, control)
    D = (g[:, None] > 0) & (np.arange(1, Y.shape[1] + 1)[None, :] >= g[:, None])   # treated unit-periods as observed
    out = {"estimate": est, "ri_p_value": float("nan"), "ci_low": float("nan"), "ci_high": float("nan"),
           "n_assignments": n_assign, "interval_method": "none"}
    if n_assign < MIN_ASSIGNMENTS or not np.isfinite(est):
        return out
    rng = np.random.default_rng(seed)
    a, b = np.empty(draws), np.empty(draws)
    for k in range(draws):
        gp = rng.permutation(g)
        a[k] = simple_att(Y, w, gp, control)
        b[k] = simple_att(D.astype(float), w, gp, control)
    ok = np.isfinite(a) & np.isfinite(b)
    a, b = a[ok], b[ok]
    # observed estimate of Y - tau*D is est - tau (the treatment's own estimate is 1)
    def pval(tau):
        stat = np.abs(est - tau)
        return (1 + np.sum(np.abs(a - tau * b) >= stat - 1e-12)) / (1 + len(a))

    out["ri_p_value"] = float(pval(0.0))
    # the accepted set, on a grid around the estimate wide enough to contain it
    spread = np.nanstd(a) if len(a) else 0.0
    if not spread > 0:
        out["interval_method"] = "degenerate"
        return out
    grid = est + np.linspace(-12 * spread, 12 * spread, 2401)
    stat = np.abs(est - grid)[:, None]
    p = (1 + (np.abs(a[None, :] - grid[:, None] * b[None, :]) >= stat - 1e-12).sum(axis=1)) / (1 + len(a))
    accepted = grid[p > 1 - level]
    if accepted.size == 0 or accepted[0] == grid[0] or accepted[-1] == grid[-1]:
        out["interval_method"] = "unbounded"   # the test cannot reject far from the estimate: no finite interval
        return out
    if accepted[-1] - accepted[0] <= 1e-9 * max(1.0, abs(est)):
        out["interval_method"] = "degenerate"
        return out
    out.update(ci_low=float(accepted[0]), ci_high=float(accepted[-1]), interval_method="randomisation")
    return out


NOTES = {
    "randomisation": "",
    "t_if": "",
    "t_cluster": "",
    "none": "单位太少，不给出区间。 / Too few units for an interval.",
    "unbounded": "随机化检验在任何效应值下都无法拒绝：不给出区间。 / The randomisation test rejects no effect size: no interval.",
    "degenerate": "标准误为零（数据不足以估计不确定性），不给出区间。 / Zero standard error (the data cannot measure the uncertainty): no interval.",
}


def interval_note(method: str, r) -> str:
    """Why the headline has no interval (empty when it has one)."""
    if method == "none" and getattr(r, "simple", {}).get("n_assignments", MIN_ASSIGNMENTS) < MIN_ASSIGNMENTS:
        n = r.simple["n_assignments"]
        return (f"处理时间只有 {n} 种重新分配方式（少于 {MIN_ASSIGNMENTS}），5% 检验不可能拒绝：不给出区间。 / Only {n} distinct "
                f"reassignments of the pairing dates (fewer than {MIN_ASSIGNMENTS}): a 5% test cannot reject, no interval.")
    return NOTES.get(method, "")

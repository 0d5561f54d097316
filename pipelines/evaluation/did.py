"""Two-way fixed-effects regression with cluster-robust standard errors.

    y_it = a_i + l_t + x_it' b + e_it        (i: unit, t: period, weights w_it optional)

The unit and period effects are absorbed by alternating (weighted) demeaning, so the panel
can be large (thousands of hospitals x months) without building dummy columns; by the
Frisch–Waugh–Lovell theorem the slopes and residuals are exactly those of the regression
with unit and period dummies. Standard errors are cluster-robust by unit (CR1):

    V = G/(G-1) * (N-1)/(N-K) * (X'WX)^-1 [sum_g X_g'W e_g e_g'W X_g] (X'WX)^-1

with K counting every parameter of the dummy regression (slopes, intercept, unit and
period dummies), so they equal what ``statsmodels`` reports for
``wls("y ~ x + C(unit) + C(period)").fit(cov_type="cluster")`` (tests check this).
Confidence intervals and p-values use Student's t with G-1 degrees of freedom: with a
dozen or two hospitals the normal approximation would be too narrow.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass
class Fit:
    names: list[str]
    coef: np.ndarray
    cov: np.ndarray
    df: int                 # degrees of freedom for t: clusters - 1
    n_obs: int
    n_clusters: int

    def se(self) -> np.ndarray:
        return np.sqrt(np.diag(self.cov))

    def table(self, level: float = 0.95) -> pd.DataFrame:
        from scipy import stats   # imported when needed: ~1 s, and the report's notebook reuses estimates made before

        se = self.se()
        q = stats.t.ppf(0.5 + level / 2, self.df)
        with np.errstate(divide="ignore", invalid="ignore"):
            tval = self.coef / se
        return pd.DataFrame({"term": self.names, "estimate": self.coef, "se": se,
                             "ci_low": self.coef - q * se, "ci_high": self.coef + q * se,
                             "p_value": 2 * stats.t.sf(np.abs(tval), self.df)})


def demean(data: np.ndarray, groups: list[np.ndarray], weights: np.ndarray, tol: float = 1e-10, max_iter: int = 10_000) -> np.ndarray:
    """Project the columns of ``data`` off the fixed effects given by the integer ``groups``
    codes (alternating weighted demeaning until nothing changes)."""
    x = data.astype("float64").copy()
    scale = np.maximum(np.abs(x).max(axis=0), 1.0)
    for _ in range(max_iter):
        change = 0.0
        for g in groups:
            wsum = np.bincount(g, weights=weights)
            for j in range(x.shape[1]):
                mean = np.bincount(g, weights=weights * x[:, j]) / wsum
                step = mean[g]
                x[:, j] -= step
                change = max(change, float(np.abs(step).max() / scale[j]))
        if change < tol:
            return x
    raise RuntimeError("fixed effects did not converge")


def twfe(df: pd.DataFrame, y: str, x: list[str], unit: str, time: str, weights: str | None = None,
         cluster: str | None = None) -> Fit:
    """Regress ``y`` on ``x`` with ``unit`` and ``time`` fixed effects, clustering by ``cluster``
    (default: the unit). Rows with a missing outcome, regressor or weight are dropped."""
    cols = [y, *x, unit, time] + ([weights] if weights else []) + ([cluster] if cluster and cluster not in (unit, time) else [])
    d = df[cols].dropna()
    if weights:
        d = d[d[weights] > 0]
    w = d[weights].to_numpy("float64") if weights else np.ones(len(d))
    ucode = pd.factorize(d[unit])[0]
    tcode = pd.factorize(d[time])[0]
    gcode = pd.factorize(d[cluster or unit])[0]
    data = demean(d[[y, *x]].to_numpy("float64"), [ucode, tcode], w)
    yt, xt = data[:, 0], data[:, 1:]
    keep = np.abs(xt).max(axis=0) > 1e-12   # regressors absorbed by the fixed effects (e.g. an event time nobody reaches)
    names = [n for n, k in zip(x, keep) if k]
    xt = xt[:, keep]
    n_groups = int(gcode.max()) + 1 if len(gcode) else 0
    if not names:   # everything absorbed: nothing to estimate (no small-sample factor to compute)
        return Fit([], np.zeros(0), np.zeros((0, 0)), max(n_groups - 1, 0), len(d), n_groups)
    xtwx = xt.T @ (xt * w[:, None])
    bread = np.linalg.inv(xtwx)
    coef = bread @ (xt.T @ (w * yt))
    resid = yt - xt @ coef
    scores = xt * (w * resid)[:, None]
    s = np.zeros((n_groups, xt.shape[1]))
    np.add.at(s, gcode, scores)
    n = len(d)
    k = xt.shape[1] + 1 + (ucode.max()) + (tcode.max())   # slopes + intercept + (units - 1) + (periods - 1)
    c = n_groups / (n_groups - 1) * (n - 1) / (n - k)
    cov = c * bread @ (s.T @ s) @ bread
    return Fit(names, coef, cov, n_groups - 1, n, n_groups)


def negative_weights(df: pd.DataFrame, treat: str, unit: str, time: str, weights: str | None = None, y: str | None = None) -> dict:
    """How the two-way fixed-effects coefficient weights the treated cells (de Chaisemartin &
    D'Haultfoeuille 2020): with e_it the residual of the treatment on the unit and period
    effects, the coefficient is sum_it w_it e_it y_it / sum_it w_it e_it d_it, a weighted sum
    of the treated cells' effects with weights w_it e_it / sum(w e d) over d_it = 1. Long-paired
    cells get negative weights: they serve as comparisons for later-paired units (the
    already-treated comparisons of Goodman-Bacon 2021). Returns the sum of the negative
    weights (0 when none; the positive ones then sum to 1 minus it) and the share of treated
    cells with a negative weight."""
    cols = [treat, unit, time] + ([weights] if weights else []) + ([y] if y else [])
    d = df[cols].dropna()
    if weights:
        d = d[d[weights] > 0]
    if d.empty or d[treat].nunique() < 2:
        return {"negative_weight_sum": float("nan"), "negative_weight_cells": float("nan")}
    w = d[weights].to_numpy("float64") if weights else np.ones(len(d))
    e = demean(d[[treat]].to_numpy("float64"), [pd.factorize(d[unit])[0], pd.factorize(d[time])[0]], w)[:, 0]
    dd = d[treat].to_numpy("float64") > 0
    denom = float(np.sum(w * e * dd))
    if abs(denom) < 1e-12:
        return {"negative_weight_sum": float("nan"), "negative_weight_cells": float("nan")}
    cell = (w * e / denom)[dd]
    return {"negative_weight_sum": float(cell[cell < 0].sum()), "negative_weight_cells": float((cell < 0).mean())}

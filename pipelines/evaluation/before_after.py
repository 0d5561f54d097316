"""Before/after comparison around each pairing's start, with the comparison group's change
over the same calendar months (a simple 2x2 difference-in-differences per recipient).

For a recipient first treated in month g: "before" is months g-window .. g-1 and "after"
g .. g+window-1, as far as the data reach. The comparison group is every hospital not paired
by the end of the after-window (never paired or paired later), pooled over the same months.
Rates are pooled (sum of referrals / sum of discharges), so the counts are returned too and
a published table can recompute the rates from suppressed counts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

WINDOW = 12


def before_after(panel: pd.DataFrame, window: int = WINDOW) -> pd.DataFrame:
    """One row per recipient (hospital with a first treated month), in hospital order.

    Vectorised: each recipient's own sums come from one group-by of its rows by side of the
    start; the comparison group depends only on the start month g, so its sums are computed
    once per start month from the panel summed by (month, first treated month)."""
    first = panel["first_treated_t"]
    treated = panel[first.notna()]
    if treated.empty:
        return pd.DataFrame()
    info = treated.drop_duplicates("hospital_id").set_index("hospital_id").sort_index(kind="stable")[
        ["hospital_name", "city", "county", "county_code", "paired_from", "first_treated_t"]]   # each recipient's first row
    out = info.drop(columns="first_treated_t").reset_index()
    g_of = info["first_treated_t"].astype("int64")
    # own rows: side of the start (before: g-window..g-1, after: g..g+window-1)
    rel = treated["t"].to_numpy() - treated["first_treated_t"].to_numpy()
    own = treated.assign(_side=np.where((rel >= -window) & (rel <= -1), "before",
                                        np.where((rel >= 0) & (rel <= window - 1), "after", "")))
    own = own[own["_side"] != ""]
    sums = own.groupby(["hospital_id", "_side"]).agg(ref=("referrals_out", "sum"), dis=("discharges", "sum"), months=("t", "nunique"))
    # comparison: every hospital not paired by the end of the after-window (never paired or paired later)
    by_t = panel.assign(_first=first.fillna(np.inf)).groupby(["t", "_first"])[["referrals_out", "discharges"]].sum().reset_index()
    comp = {}
    for g in np.unique(g_of.to_numpy()):
        c = by_t[by_t["_first"] > g + window - 1]
        for side, (lo, hi) in (("before", (g - window, g - 1)), ("after", (g, g + window - 1))):
            cc = c[c["t"].between(lo, hi)]
            comp[(g, side)] = (int(cc["referrals_out"].sum()), int(cc["discharges"].sum()))
    for side in ("before", "after"):
        s = sums.xs(side, level="_side") if side in sums.index.get_level_values("_side") else sums.iloc[0:0].droplevel("_side")
        s = s.reindex(out["hospital_id"])
        out[f"months_{side}"] = s["months"].fillna(0).astype("int64").to_numpy()
        out[f"referrals_{side}"] = s["ref"].fillna(0).astype("int64").to_numpy()
        out[f"discharges_{side}"] = s["dis"].fillna(0).astype("int64").to_numpy()
        cs = [comp[(g, side)] for g in g_of.to_numpy()]
        out[f"comparison_referrals_{side}"] = np.array([c[0] for c in cs], dtype="int64")
        out[f"comparison_discharges_{side}"] = np.array([c[1] for c in cs], dtype="int64")
    cols = ["hospital_id", "hospital_name", "city", "county", "county_code", "paired_from"] + [
        f"{k}_{side}" for side in ("before", "after")
        for k in ("months", "referrals", "discharges", "comparison_referrals", "comparison_discharges")]
    out = out[cols]
    add_rates(out)
    return out


def _rate(num, den):
    num, den = pd.to_numeric(num, errors="coerce"), pd.to_numeric(den, errors="coerce")
    return 100.0 * num / den.where(den > 0)


def add_rates(out: pd.DataFrame) -> pd.DataFrame:
    """Rates before/after, their change, the comparison group's change and the difference in
    differences, from the count columns (NaN where a side has no months or a count is masked)."""
    for who, prefix in (("", ""), ("comparison_", "comparison_")):
        for side in ("before", "after"):
            out[f"{who}rate_{side}"] = _rate(out[f"{prefix}referrals_{side}"], out[f"{prefix}discharges_{side}"])
        out[f"{who}change"] = out[f"{who}rate_after"] - out[f"{who}rate_before"]
    out["did"] = out["change"] - out["comparison_change"]
    out.loc[out["months_before"] == 0, ["rate_before", "change", "did"]] = np.nan
    return out

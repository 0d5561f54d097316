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


def _sums(df: pd.DataFrame) -> tuple[int, int, int]:
    return int(df["referrals_out"].sum()), int(df["discharges"].sum()), int(df["t"].nunique())


def before_after(panel: pd.DataFrame, window: int = WINDOW) -> pd.DataFrame:
    rows = []
    first = panel["first_treated_t"]
    for hid, h in panel[first.notna()].groupby("hospital_id", sort=True):
        g = int(h["first_treated_t"].iloc[0])
        before, after = (g - window, g - 1), (g, g + window - 1)
        comp = panel[(first.isna() | (first > after[1]))]
        row = {"hospital_id": hid, "hospital_name": h["hospital_name"].iloc[0], "city": h["city"].iloc[0],
               "county": h["county"].iloc[0], "county_code": h["county_code"].iloc[0], "paired_from": h["paired_from"].iloc[0]}
        for side, (lo, hi) in (("before", before), ("after", after)):
            ref, dis, months = _sums(h[h["t"].between(lo, hi)])
            cref, cdis, _ = _sums(comp[comp["t"].between(lo, hi)])
            row.update({f"months_{side}": months, f"referrals_{side}": ref, f"discharges_{side}": dis,
                        f"comparison_referrals_{side}": cref, f"comparison_discharges_{side}": cdis})
        rows.append(row)
    out = pd.DataFrame(rows)
    if out.empty:
        return out
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

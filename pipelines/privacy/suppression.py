"""Small-number suppression for published tables (report tables, exports).

Counts of patients, visits or admissions can identify people when they are small and the
area or hospital is small. Below province level, published tables therefore apply the NHS
method (NHS England / NHS Digital, Hospital Episode Statistics disclosure control):

* a count from 1 to 7 is shown as ``*``;
* every other count is rounded to the nearest 5 (halves round up; 0 stays 0);
* rates and shares are computed from the rounded counts, and a rate whose numerator or
  denominator is ``*`` is ``*`` too.

The thresholds are data (``suppression:`` in pipelines/catalogue/indicators.yaml) and can be
changed per publication with ``Policy(...)``. Counts of dispatched staff, trainees and
techniques are not patient-derived and stay exact: programme rules are judged on them.
There is no secondary suppression: rounding every count already stops totals being used to
recover a masked cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Number

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Policy:
    low: int = 1
    high: int = 7
    round_to: int = 5
    mask: str = "*"
    enabled: bool = True

    @classmethod
    def default(cls) -> "Policy":
        """The policy configured in the indicator catalogue (pipelines/programme/suppression.py) (NHS method unless changed there)."""
        from pipelines.programme.suppression import suppression_settings

        s = suppression_settings()
        method = s.pop("method", "nhs")
        if method not in ("nhs", "none"):
            raise ValueError(f"unknown suppression method {method!r} (nhs or none)")
        return cls(**s, enabled=method == "nhs")


def _missing(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


def count(n, policy: Policy | None = None):
    """One published count: ``mask`` for low..high, else rounded to the nearest ``round_to``."""
    policy = policy or Policy.default()
    if _missing(n):
        return None
    if not policy.enabled:
        return n
    if not isinstance(n, Number) or float(n) != int(n):
        raise ValueError(f"small-number suppression applies to whole counts, got {n!r}")
    n = int(n)
    if policy.low <= abs(n) <= policy.high:
        return policy.mask
    sign = -1 if n < 0 else 1
    return sign * policy.round_to * math.floor(abs(n) / policy.round_to + 0.5)


def rate(numerator, denominator, factor: float = 100.0, policy: Policy | None = None):
    """numerator / denominator * factor from the published (rounded) counts; ``mask`` when
    either count is masked, NaN when the denominator is missing or rounds to 0."""
    policy = policy or Policy.default()
    num, den = count(numerator, policy), count(denominator, policy)
    if policy.mask in (num, den):
        return policy.mask
    if num is None or den is None or den == 0:
        return float("nan")
    return num / den * factor


def _rounded(values: pd.Series, policy: Policy):
    """Column-at-once ``count`` for a numeric column: (rounded counts as float64, masked,
    missing), or None when the column is not plain numbers (then ``count`` runs per value).
    The arithmetic is the same IEEE double arithmetic ``count`` does on one value."""
    if not policy.enabled or values.dtype == bool or not pd.api.types.is_numeric_dtype(values.dtype):
        return None
    arr = values.to_numpy(dtype="float64", na_value=np.nan)
    missing = np.isnan(arr)
    whole = missing | (np.floor(arr) == arr)
    if not whole.all():
        count(values[~whole].tolist()[0], policy)   # raises the same error as one value would
    a = np.abs(np.where(missing, 0.0, arr))
    if (a > 2 ** 52).any():
        return None
    masked = ~missing & (a >= policy.low) & (a <= policy.high)
    rounded = np.where(arr < 0, -1.0, 1.0) * policy.round_to * np.floor(a / policy.round_to + 0.5)
    return rounded, masked, missing


def _count_column(values: pd.Series, policy: Policy) -> list:
    r = _rounded(values, policy)
    if r is None:
        return [count(v, policy) for v in values]
    rounded, masked, missing = r
    return [None if m else (policy.mask if k else int(v)) for v, k, m in zip(rounded.tolist(), masked.tolist(), missing.tolist())]


def _rate_column(num: pd.Series, den: pd.Series, factor: float, policy: Policy) -> list:
    rn, rd = _rounded(num, policy), _rounded(den, policy)
    if rn is None or rd is None:
        return [rate(n, d, factor, policy) for n, d in zip(num, den)]
    (n, nmask, nmiss), (d, dmask, dmiss) = rn, rd
    with np.errstate(divide="ignore", invalid="ignore"):
        value = n / d * factor
    nan = nmiss | dmiss | (d == 0)
    return [policy.mask if k else (float("nan") if m else v)
            for v, k, m in zip(value.tolist(), (nmask | dmask).tolist(), nan.tolist())]


def table(df: pd.DataFrame, counts: list[str] = (), rates: list[tuple[str, str, str, float]] = (),
          policy: Policy | None = None) -> pd.DataFrame:
    """A copy of ``df`` with the count columns suppressed and each rate column
    ``(rate, numerator, denominator, factor)`` recomputed from the suppressed counts
    (computed before the counts are replaced). Other columns are unchanged. Numeric columns
    are done a column at a time (the same values as ``count`` and ``rate`` per value)."""
    policy = policy or Policy.default()
    out = df.copy()
    for col, num, den, factor in rates:
        out[col] = _rate_column(df[num], df[den], factor, policy)
    for col in counts:
        out[col] = pd.Series(_count_column(df[col], policy), index=df.index, dtype="object")
    return out


def indicator(df: pd.DataFrame, spec: dict, policy: Policy | None = None) -> pd.DataFrame:
    """Publish one catalogue indicator's table (below province level): suppress numerator
    and denominator of a patient-derived indicator and recompute ``value`` from them.
    Indicators that are not patient-derived come back unchanged."""
    if not spec.get("patient_derived"):
        return df
    if spec.get("factor") is None:   # a count: value is the count itself
        out = table(df, counts=["numerator"], policy=policy)
        out["value"] = out["numerator"]
        return out
    return table(df, counts=["numerator", "denominator"], rates=[("value", "numerator", "denominator", float(spec["factor"]))],
                 policy=policy)

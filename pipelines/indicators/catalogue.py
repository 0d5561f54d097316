"""The indicator catalogue (catalogue/indicators.yaml) and a lookup from id to function."""

from __future__ import annotations

import functools
import importlib
import inspect
from typing import Callable

import pandas as pd

from pipelines.catalogue import load_yaml


def catalogue() -> dict[str, dict]:
    return load_yaml("indicators.yaml")["indicators"]


def function(indicator_id: str) -> Callable[..., pd.DataFrame]:
    """The indicator's function, with the catalogue's ``args`` bound (e.g. the workload measure)."""
    spec = catalogue()[indicator_id]
    module, name = spec["function"].rsplit(".", 1)
    fn = getattr(importlib.import_module(module), name)
    return functools.partial(fn, **spec["args"]) if spec.get("args") else fn


def compute(indicator_id: str, con, years=None, profile: str | None = None) -> pd.DataFrame:
    """Run one indicator; ``profile`` goes to the indicators whose definition depends on the
    programme (pass mark, training types, which validation run)."""
    fn = function(indicator_id)
    if profile is not None and "profile" in inspect.signature(fn).parameters:
        return fn(con, years=years, profile=profile)
    return fn(con, years=years)


def definitions() -> pd.DataFrame:
    """The catalogue as a table, for the report's methods appendix and the exports."""
    cols = ("zh", "en", "numerator", "denominator", "factor", "unit", "grain", "source", "patient_derived", "rationale")
    rows = [{"id": k, **{c: v.get(c) for c in cols}} for k, v in catalogue().items()]
    return pd.DataFrame(rows)

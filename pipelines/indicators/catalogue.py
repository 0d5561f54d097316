"""The indicator catalogue (catalogue/indicators.yaml) and a lookup from id to function."""

from __future__ import annotations

import importlib
from typing import Callable

import pandas as pd

from pipelines.catalogue import load_yaml


def catalogue() -> dict[str, dict]:
    return load_yaml("indicators.yaml")["indicators"]


def function(indicator_id: str) -> Callable[..., pd.DataFrame]:
    path = catalogue()[indicator_id]["function"]
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


def definitions() -> pd.DataFrame:
    """The catalogue as a table, for the report's methods appendix."""
    rows = [{"id": k, **{c: v.get(c) for c in ("zh", "en", "numerator", "denominator", "factor", "unit", "grain", "source", "rationale")}}
            for k, v in catalogue().items()]
    return pd.DataFrame(rows)

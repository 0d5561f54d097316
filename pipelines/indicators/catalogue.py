"""The indicator catalogue (catalogue/indicators.yaml) and a lookup from id to function.

The file has two blocks: ``indicators`` (from the submitted forms: what the published tables,
exports and frozen snapshots hold) and ``records_indicators`` (from patient-level discharge
records, read from the records views; pipelines/records/publish.py publishes them). Each id is
defined once, in one of them; ``function`` and ``compute`` find either."""

from __future__ import annotations

import functools
import importlib
import inspect
from typing import Callable

import pandas as pd

from pipelines.catalogue import load_yaml


def catalogue() -> dict[str, dict]:
    """The form-based indicators (published_tables computes each of them)."""
    return load_yaml("indicators.yaml")["indicators"]


def records_catalogue() -> dict[str, dict]:
    """The indicators from patient-level discharge records (records views)."""
    return load_yaml("indicators.yaml").get("records_indicators") or {}


def spec(indicator_id: str) -> dict:
    """One indicator's definition, from either block."""
    forms = catalogue()
    return forms[indicator_id] if indicator_id in forms else records_catalogue()[indicator_id]


def function(indicator_id: str) -> Callable[..., pd.DataFrame]:
    """The indicator's function, with the catalogue's ``args`` bound (e.g. the workload measure)."""
    spec_ = spec(indicator_id)
    module, name = spec_["function"].rsplit(".", 1)
    fn = getattr(importlib.import_module(module), name)
    return functools.partial(fn, **spec_["args"]) if spec_.get("args") else fn


def compute(indicator_id: str, con, years=None, profile: str | None = None) -> pd.DataFrame:
    """Run one indicator; ``profile`` goes to the indicators whose definition depends on the
    programme (pass mark, training types, which validation run)."""
    fn = function(indicator_id)
    if profile is not None and "profile" in inspect.signature(fn).parameters:
        return fn(con, years=years, profile=profile)
    return fn(con, years=years)


def definitions(records: bool = False) -> pd.DataFrame:
    """The catalogue as a table, for the report's methods appendix and the exports; with
    ``records`` the records indicators follow the form-based ones."""
    cols = ("zh", "en", "numerator", "denominator", "factor", "unit", "grain", "source", "patient_derived", "rationale")
    entries = {**catalogue(), **(records_catalogue() if records else {})}
    rows = [{"id": k, **{c: v.get(c) for c in cols}} for k, v in entries.items()]
    return pd.DataFrame(rows)

"""Run Great Expectations suites on DuckDB views.

Why DuckDB -> pandas -> GX pandas datasource: GX's SQL datasource returns empty results on
DuckDB today (GX reads the cursor after closing the connection; great_expectations issues
10738 and 11579, native DuckDB engine PR 12084 still open). Fetching each derived view into
pandas and validating it with the pandas datasource is correct and fast enough: about 4-5 s
per million rows x 10 expectations, measured here; our views have thousands of rows. All
expectations are on numeric or boolean columns, because datetime comparisons cost ~2 s per
million rows in GX and fail on mixed date types.

GX is pinned to one minor version in pyproject.toml: the 1.x API has changed between minors.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")  # no network calls from a validation run


@dataclass
class Outcome:
    view: str
    rule_id: str
    expectation_type: str
    kwargs: dict[str, Any]
    meta: dict[str, Any]
    success: bool
    failing_ids: list[str] = field(default_factory=list)
    element_count: int = 0
    error: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)


class GxRunner:
    def __init__(self):
        import great_expectations as gx

        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        self.gx = gx
        self.context = gx.get_context(mode="ephemeral")
        try:
            from great_expectations.data_context.types.base import ProgressBarsConfig

            self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        except Exception:  # only cosmetic
            pass
        self.source = self.context.data_sources.add_pandas("duikou_views")
        self._defs: dict[str, Any] = {}

    def _batch_definition(self, view: str):
        if view not in self._defs:
            asset = self.source.add_dataframe_asset(view)
            self._defs[view] = asset.add_batch_definition_whole_dataframe(f"{view}_all")
        return self._defs[view]

    def run(self, view: str, df, suite_dict: dict) -> tuple[list[Outcome], dict]:
        from pipelines.validation.suites import load_suite

        suite = load_suite(suite_dict)
        batch = self._batch_definition(view).get_batch(batch_parameters={"dataframe": df})
        result = batch.validate(suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["entity_id"],
                                                      "return_unexpected_index_query": False})
        outcomes = []
        pending = list(suite_dict["expectations"])
        for r in result.results:
            cfg = r.expectation_config
            meta = dict(cfg.meta or {})
            # our own kwargs (GX serialises row conditions into objects): match by type and column
            mine = next(e for e in pending if e["type"] == cfg.type and e["kwargs"].get("column") == cfg.kwargs.get("column")
                        and (e.get("meta") or {}).get("rule_id") == meta.get("rule_id")
                        and e["kwargs"].get("row_condition") == _condition_text(cfg.kwargs.get("row_condition")))
            pending.remove(mine)
            res = r.result or {}
            err = None
            info = r.exception_info or {}
            if info.get("raised_exception") or any(isinstance(v, dict) and v.get("raised_exception") for v in info.values()):
                msgs = [info.get("exception_message")] + [v.get("exception_message") for v in info.values() if isinstance(v, dict)]
                err = "; ".join(m for m in msgs if m)
            ids = [row["entity_id"] for row in (res.get("unexpected_index_list") or []) if isinstance(row, dict)]
            outcomes.append(Outcome(view, meta.get("rule_id", "?"), cfg.type, dict(mine["kwargs"]), meta, bool(r.success),
                                    ids, int(res.get("element_count") or 0), err))
        return outcomes, result.to_json_dict()


def _condition_text(cond: Any) -> str | None:
    """GX 1.x wraps a pandas row condition string in a PassThrough object."""
    if cond is None or isinstance(cond, str):
        return cond
    for attr in ("pass_through_filter", "condition", "value"):
        v = getattr(cond, attr, None)
        if isinstance(v, str):
            return v
    if isinstance(cond, dict) and isinstance(cond.get("pass_through_filter"), str):
        return cond["pass_through_filter"]
    text = str(cond)
    if text.startswith("PassThrough(") and text.endswith(")"):
        return text[len("PassThrough("):-1].strip("'\"")
    return text

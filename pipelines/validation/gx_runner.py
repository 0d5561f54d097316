"""Run Great Expectations suites on DuckDB views.

Why DuckDB -> pandas -> GX pandas datasource: GX's SQL datasource returns empty results on
DuckDB today (GX reads the cursor after closing the connection; great_expectations issues
10738 and 11579, native DuckDB engine PR 12084 still open). Fetching each derived view into
pandas and validating it with the pandas datasource is correct and fast enough: about 4-5 s
per million rows x 10 expectations, measured here; our views have thousands of rows. All
expectations are on numeric or boolean columns, because datetime comparisons cost ~2 s per
million rows in GX and fail on mixed date types.

GX is pinned to one minor version in pyproject.toml: the 1.x API has changed between minors.

Each view's suite runs as a GX ValidationDefinition. With ``docs_root`` the context is a
file-backed one in that folder (``<out>/gx-data-docs/gx/``): suites, validation results and
the Data Docs site (``uncommitted/data_docs/local_site/index.html``) are written there, for
those who know GX. The Data Docs load CSS/JS from CDNs; the offline HTML summary
(html_summary.py) stays the page to open. Without ``docs_root`` the context is ephemeral.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
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
    error: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)


RESULT_FORMAT = {"result_format": "COMPLETE", "unexpected_index_column_names": ["entity_id"],
                 "return_unexpected_index_query": False}


class GxRunner:
    def __init__(self, docs_root: Path | None = None):
        import great_expectations as gx

        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        # GX fingerprints each frame it is given (an MD5 over pandas' hash of every cell, only
        # for its batch markers, which nothing here reads): ~1 s of a national run's 1.2 s of
        # suites. Frames at or above this threshold are not fingerprinted; 0 means none is.
        from great_expectations.execution_engine import pandas_execution_engine

        pandas_execution_engine.HASH_THRESHOLD = 0
        self.gx = gx
        self.docs_root = Path(docs_root) if docs_root else None
        if self.docs_root:
            self.docs_root.mkdir(parents=True, exist_ok=True)
            self.context = gx.get_context(mode="file", project_root_dir=str(self.docs_root))
        else:
            self.context = gx.get_context(mode="ephemeral")
        try:
            from great_expectations.data_context.types.base import ProgressBarsConfig

            self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        except Exception:  # only cosmetic
            pass
        try:
            self.source = self.context.data_sources.get("duikou_views")
        except LookupError:
            self.source = self.context.data_sources.add_pandas("duikou_views")

    def _batch_definition(self, view: str):
        try:
            asset = self.source.get_asset(view)
        except LookupError:
            asset = self.source.add_dataframe_asset(view)
        try:
            return asset.get_batch_definition(f"{view}_all")
        except LookupError:
            return asset.add_batch_definition_whole_dataframe(f"{view}_all")

    def forget_results(self, profile: str) -> None:
        """Drop a profile's earlier stored results, so the Data Docs show its latest run."""
        if self.docs_root:
            gx_dir = Path(self.context.root_directory)
            for sub in ("uncommitted/validations", "uncommitted/data_docs/local_site/validations"):
                shutil.rmtree(gx_dir / sub / profile, ignore_errors=True)

    def run(self, view: str, df, suite_dict: dict) -> tuple[list[Outcome], dict]:
        from pipelines.validation.suites import SuiteError, load_suite

        suite = self.context.suites.add_or_update(load_suite(suite_dict))
        vd = self.context.validation_definitions.add_or_update(
            self.gx.ValidationDefinition(name=suite_dict["name"], data=self._batch_definition(view), suite=suite))
        result = vd.run(batch_parameters={"dataframe": df[suite_columns(suite_dict, df.columns)]}, result_format=RESULT_FORMAT)
        if len(result.results) != len(suite_dict["expectations"]):
            raise SuiteError(f"suite {suite_dict['name']}: {len(suite_dict['expectations'])} expectations, GX ran {len(result.results)}")
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
                                    ids, err))
        return outcomes, result.to_json_dict()

    def build_data_docs(self) -> Path | None:
        """Render the Data Docs site; returns its index.html (None for an ephemeral context)."""
        if not self.docs_root:
            return None
        self.context.build_data_docs()
        return Path(self.context.root_directory) / "uncommitted" / "data_docs" / "local_site" / "index.html"


def run_suites(runner: GxRunner, suites: dict[str, dict], frames: dict) -> tuple[list, dict, dict[str, int]]:
    """Every view's suite: (outcomes, GX's result JSON per view, expectations per view)."""
    outcomes, raws, counts = [], {}, {}
    for view in sorted(suites):
        outs, raw = runner.run(view, frames[view], suites[view])
        outcomes += outs
        raws[view] = raw
        counts[view] = len(outs)
    return outcomes, raws, counts


def suite_columns(suite_dict: dict, columns) -> list[str]:
    """The columns of a view a suite reads: the id GX reports failing rows by, each
    expectation's column and the names in its row condition. GX gets only these (it
    fingerprints every column of the frame it is given, ~1 s for a national run's views)."""
    used = {"entity_id"}
    for e in suite_dict["expectations"]:
        k = e["kwargs"]
        used.update(v for key in ("column", "column_A", "column_B") if isinstance(v := k.get(key), str))
        used.update(k.get("column_list") or [])
        used.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", k.get("row_condition") or ""))
    return [c for c in columns if c in used]


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

"""What the report needs from the database, in one place (the notebook stays thin).

``ReportContext`` carries the connection, year, programme profile, language, region and
suppression policy; ``indicator`` gives an indicator's table limited to the region, and
``published`` the same table as it may be published (small-number suppression applied to
patient-derived counts, which are below province level in every per-hospital or per-county
table). ``published_tables`` is what the exports write and what the run manifest hashes.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipelines.db.runs import latest_run_id
from pipelines.programme.defaults import DEFAULT_PROFILE
from pipelines.programme.profiles import load_profile

# computed below the report (pipelines/published/context.py); imported from here by the
# sections, the notebook and tests
from pipelines.published.context import (  # noqa: F401
    YEARLY_COUNT_RULES,
    PublishContext,
    Scope,
    meets,
    published_tables,
    resolve_region,
    rule_threshold,
    slug,
    table_hash,
    to_number,
    values_digest,
)
from pipelines.report.labels import labels

# At national scale (thousands of recipients) a table with one row per county, pairing or
# hospital, or a chart with one bar or line per hospital, is neither readable nor quick to
# render. Up to these sizes the report lists every unit; beyond them it aggregates by region
# (province, else city, else county), lists the TOP_N furthest from the requirement, and shows
# distributions instead of one bar per unit. The per-unit values are in `duikou export`.
DETAIL_LIMIT = 40   # rows of a per-unit table
BAR_LIMIT = 40      # bars of a per-unit chart
LINE_LIMIT = 20     # lines of a trend chart
TOP_N = 15          # units listed under an aggregated table
LIST_PER_GROUP = 10  # findings or flagged items listed per rule or check in a long list


def group_level(places: pd.DataFrame) -> str:
    """The region level an aggregated table groups by: province when the units span several
    provinces, else city, else county; when none varies (every unit in one county), the
    finest level recorded, so the table's heading names what its row really covers."""
    for col in ("province", "city", "county"):
        if col in places and places[col].nunique(dropna=True) > 1:
            return col
    for col in ("county", "city", "province"):
        if col in places and places[col].notna().any():
            return col
    return "province"


@dataclass
class ReportContext(PublishContext):
    """PublishContext with the report's labels in its language."""

    @property
    def L(self) -> dict[str, str]:
        return labels(self.lang)


def open_report(db, year: int, profile: str = DEFAULT_PROFILE, lang: str = "zh", region: str | None = None,
                cache: str | None = None) -> ReportContext:
    """For the notebook: a read-only connection and everything the sections need. ``cache``:
    a file written by ``save_cache`` for the same database, year, profile and region (by
    ``duikou report``, which computes the published tables for the manifest first)."""
    from pipelines.db.connection import connect

    load_profile(profile)
    con = connect(db)
    ctx = ReportContext(con, int(year), profile, lang, resolve_region(con, region))
    if cache:
        ctx._cache.update(_load_cache(Path(cache), ctx, db))
    return ctx


def save_cache(ctx: ReportContext, path: Path, db) -> Path | None:
    """Write what ``ctx`` has computed (indicator tables, estimates) on the database file
    ``db`` for ``open_report``; None if it cannot be written (the notebook then computes
    everything itself)."""
    key = _cache_key(ctx, db)
    tables = {k: v for k, v in ctx._cache.items() if k != "profile"}   # the profile is read again from its file
    try:
        with open(path, "wb") as fh:
            pickle.dump({"key": key, "cache": tables}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return None
    return path


def _cache_key(ctx: ReportContext, db) -> tuple:
    """What cached tables are valid for: the database file (path, size, modification time),
    year, profile and region."""
    try:
        st = os.stat(db)
        ident = (os.path.realpath(db), st.st_size, st.st_mtime_ns)
    except (OSError, TypeError, ValueError):
        ident = (str(db), None, None)
    return ident, ctx.year, ctx.profile, ctx.scope.region


def _load_cache(path: Path, ctx: ReportContext, db) -> dict:
    """The cached tables if they are for this context's database, year, profile and region;
    else nothing (everything is then computed again). Only for a file written by save_cache
    (``duikou report`` writes it in the run's private temporary directory): unpickling runs
    code from the file."""
    try:
        with open(path, "rb") as fh:
            saved = pickle.load(fh)  # noqa: S301 - our own file, see above
        return saved["cache"] if saved.get("key") == _cache_key(ctx, db) else {}
    except Exception:  # noqa: BLE001 - the cache only saves time: whatever is wrong with it, compute again
        return {}


def latest_violations(con, profile: str, year: int | None = None) -> pd.DataFrame:
    df = con.execute("""
        SELECT rule_id, hospital_id, period, observed, expected, severity, support_hospital_id, citation, description
        FROM validation_results
        WHERE run_id = ? AND success = false
        ORDER BY rule_id, hospital_id, period""", [latest_run_id(con, "validate", profile)]).df()
    if year is not None and len(df):
        df = df[df["period"].fillna("").str.startswith(str(year)) | ~df["period"].fillna("").str.match(r"^\d{4}")]
    return df

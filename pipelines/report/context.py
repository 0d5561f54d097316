"""What the report renders, in one place (the notebook stays thin).

``ReportContext`` carries the connection, year, programme profile, language, region and
suppression policy, and reads the tables the publishing step stored
(pipelines/published/publish.py): the report renders them and computes nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    group_level,
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


@dataclass
class ReportContext(PublishContext):
    """What the sections render: the published tables of the year, profile and region
    (pipelines/published/publish.py), with the report's labels in its language.

    ``stored``: read the tables the publishing step stored (``open_report``, the notebook:
    a clear error when the key was never published); otherwise they are taken from the
    database when stored there, else computed in memory by the same publishing code (a
    researcher's or a test's context on a read-only database)."""

    stored: bool = False

    @property
    def L(self) -> dict[str, str]:
        return labels(self.lang)

    # ------------------------------------------------------------------ published tables
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every published table of the context's key, as shown (the mask in masked cells)."""
        if "tables" not in self._cache:
            from pipelines.errors import UserError
            from pipelines.published.publish import compute, display_tables, stored_tables

            try:
                raw = stored_tables(self.con, self.year, self.profile, self.scope.region)
            except UserError:
                if self.stored:
                    raise
                raw = compute(PublishContext(self.con, self.year, self.profile, self.lang, self.scope, self.policy))
            self._cache["tables"] = display_tables(raw, self.policy.mask)
        return self._cache["tables"]

    def table(self, name: str) -> pd.DataFrame:
        tables = self.tables()
        if name not in tables:   # published by an older duikou, which did not publish this table
            from pipelines.errors import UserError

            raise UserError(f"已发布的报告表中没有 {name}（由较早版本发布），请重新运行 duikou report / the published tables have no "
                            f"{name} (published by an older duikou): run duikou report again")
        return tables[name]

    def published(self, indicator_id: str, years=None) -> pd.DataFrame:
        """The indicator as published for ``years`` (default: the report year), read from the
        published tables (``<id>_by_year`` for the years a chart or table shows)."""
        from pipelines.published.publish import BY_YEAR

        years = [self.year] if years is None else list(years)
        if years == [self.year]:
            return self.table(indicator_id)
        t = self.table(indicator_id + BY_YEAR)   # KeyError: a table of years the report does not publish
        t = t[t["period"].isin(years)].drop(columns=["year"]).rename(columns={"period": "year"})
        t["year"] = t["year"].astype("int32")   # as the indicator tables give it (DuckDB INTEGER)
        return t.reset_index(drop=True)

    def indicator(self, indicator_id: str, years=None) -> pd.DataFrame:
        """An indicator that is not patient-derived is published as computed: its published
        table. A patient-derived one exists here only as published (``published``): the report
        never sees the counts before suppression."""
        if self.spec(indicator_id).get("patient_derived"):
            raise TypeError(f"{indicator_id} is patient-derived: the report renders its published table (ctx.published)")
        return self.published(indicator_id, years)

    def judge(self, indicator_id: str, recipient_id, value) -> bool | None:
        """Whether ``value`` meets the indicator's requirement; None when the recipient is not
        in the published judged set for it (or there is no value or requirement)."""
        if "judged" not in self._cache:
            j = self.table("judged_recipients")
            self._cache["judged"] = {(k, r) for k, r, ok in zip(j["indicator_id"], j["recipient_hospital_id"], j["judged"]) if ok}
        if (indicator_id, recipient_id) not in self._cache["judged"]:
            return None
        return meets(to_number(value), self.target(indicator_id))

    def pooled(self, indicator_id: str, period: int):
        """The summary's pooled rate (published); None when there are no units that year."""
        p = self.table("pooled_rates")
        hit = p[(p["indicator_id"] == indicator_id) & (p["period"] == period)]
        return None if hit.empty else hit["value"].iloc[0]


def open_report(db, year: int, profile: str = DEFAULT_PROFILE, lang: str = "zh", region: str | None = None) -> ReportContext:
    """For the notebook: a read-only connection and the published tables of the year,
    profile and region (stored by ``duikou report`` before the notebook runs)."""
    from pipelines.db.connection import connect

    load_profile(profile)
    con = connect(db)
    ctx = ReportContext(con, int(year), profile, lang, resolve_region(con, region), stored=True)
    ctx.tables()   # a clear error now when the key was never published
    return ctx


def latest_violations(con, profile: str, year: int | None = None) -> pd.DataFrame:
    df = con.execute("""
        SELECT rule_id, hospital_id, period, observed, expected, severity, support_hospital_id, citation, description
        FROM validation_results
        WHERE run_id = ? AND success = false
        ORDER BY rule_id, hospital_id, period""", [latest_run_id(con, "validate", profile)]).df()
    if year is not None and len(df):
        df = df[df["period"].fillna("").str.startswith(str(year)) | ~df["period"].fillna("").str.match(r"^\d{4}")]
    return df

"""What a report publishes, computed below the report (layer "published"): the region a
report or export covers (Scope), a context that computes each catalogue indicator for a year,
profile and region and applies small-number suppression (PublishContext), the published
tables (computed by pipelines/published/publish.py, stored by store.py) and their hashes.
The report's ReportContext (pipelines/report/context.py) reads the stored tables and renders
them; ``duikou export`` writes them; the manifest and a freeze hash them.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from pipelines.derived import judged_whole_year
from pipelines.errors import UserError
from pipelines.indicators.catalogue import catalogue, compute
from pipelines.privacy import suppression
from pipelines.programme.defaults import DEFAULT_PROFILE
from pipelines.programme.profiles import load_profile


def rule_threshold(profile_name: str, rule_id: str, param: str, default: float | None = None, prof=None) -> float | None:
    """A rule parameter of the profile (``prof``: the profile already loaded, to skip reading it again)."""
    prof = prof if prof is not None else load_profile(profile_name)
    rule = prof.rules.get(rule_id)
    if rule is None:
        return default
    return rule.params.get(param, default)


# ---------------------------------------------------------------------- region
@dataclass(frozen=True)
class Scope:
    """The part of the province a report or export covers: everything (region None), or the
    hospitals of one city or county. ``level`` is province, city or county. A database of
    several provinces (a national one) can also be limited to one province: ``whole`` is
    False then."""

    region: str | None = None
    level: str = "province"
    hospital_ids: frozenset = frozenset()
    county_codes: frozenset = frozenset()
    support_ids: frozenset = frozenset()
    whole: bool = True      # a province-level region that is the whole database

    @property
    def below_province(self) -> bool:
        return self.level != "province"

    @property
    def limited(self) -> bool:
        """Whether tables keep only the region's rows: a city or county, or one province of several."""
        return self.region is not None and not (self.level == "province" and self.whole)

    def keep(self, df: pd.DataFrame) -> pd.DataFrame:
        """The rows of an indicator table about this region."""
        if not self.limited or df.empty:
            return df
        for col, ids in (("recipient_hospital_id", self.hospital_ids), ("hospital_id", self.hospital_ids),
                         ("county_code", self.county_codes), ("support_hospital_id", self.support_ids)):
            if col in df.columns:
                return df[df[col].isin(ids)]
        return df


def slug(text: str) -> str:
    """A file-name-safe form of a region name (Chinese characters kept)."""
    return "".join(ch if ch.isalnum() else "-" for ch in text).strip("-")


def resolve_region(con, region: str | None) -> Scope:
    """A province, city, county name or 6-digit county code from the hospital registry.
    Unknown values are a clear error listing what the database holds."""
    if region is None or not str(region).strip():
        return Scope()
    region = str(region).strip()
    for level, col in (("province", "province"), ("city", "city"), ("county", "county"), ("county", "county_code")):
        ids = [h for (h,) in con.execute(f'SELECT hospital_id FROM hospitals WHERE "{col}" = ?', [region]).fetchall()]
        if ids:
            break
    else:
        cities = [c for (c,) in con.execute("SELECT DISTINCT city FROM hospitals WHERE city IS NOT NULL ORDER BY 1").fetchall()]
        counties = [c for (c,) in con.execute("SELECT DISTINCT county FROM hospitals WHERE county IS NOT NULL ORDER BY 1").fetchall()]
        raise UserError(f"未知地区 {region!r}。可用的市：{'、'.join(cities)}；县：{'、'.join(counties)} / "
                        f"unknown region {region!r}; cities in the database: {', '.join(cities)}; counties: {', '.join(counties)}")
    codes = [c for (c,) in con.execute("SELECT DISTINCT county_code FROM hospitals WHERE hospital_id IN (SELECT unnest(?))", [ids]).fetchall()]
    supports = [s for (s,) in con.execute("SELECT DISTINCT support_hospital_id FROM pairings WHERE recipient_hospital_id IN (SELECT unnest(?))",
                                          [ids]).fetchall()]
    whole = level != "province" or con.execute("SELECT count(DISTINCT province) FROM hospitals").fetchone()[0] <= 1
    return Scope(region, level, frozenset(ids), frozenset(codes), frozenset(supports), whole)


# ---------------------------------------------------------------------- context
@dataclass
class PublishContext:
    con: object
    year: int
    profile: str = DEFAULT_PROFILE
    lang: str = "zh"
    scope: Scope = field(default_factory=Scope)
    policy: suppression.Policy = field(default_factory=suppression.Policy.default)
    _cache: dict = field(default_factory=dict, repr=False)

    def spec(self, indicator_id: str) -> dict:
        return catalogue()[indicator_id]

    def indicator(self, indicator_id: str, years=None) -> pd.DataFrame:
        """The indicator's table for ``years`` (default: the report year), limited to the region."""
        years = tuple([self.year] if years is None else years)
        key = (indicator_id, years)
        if key not in self._cache:
            self._cache[key] = self.scope.keep(compute(indicator_id, self.con, list(years), self.profile)).reset_index(drop=True)
        return self._cache[key]

    def published(self, indicator_id: str, years=None) -> pd.DataFrame:
        """The table as published: patient-derived counts suppressed (every indicator table is
        per hospital or per county, below province level)."""
        return suppression.indicator(self.indicator(indicator_id, years), self.spec(indicator_id), self.policy)

    def _profile(self):
        """The profile, read from its YAML file once per context."""
        if "profile" not in self._cache:
            self._cache["profile"] = load_profile(self.profile)
        return self._cache["profile"]

    def target(self, indicator_id: str) -> tuple[str, float] | None:
        """(op, value) the indicator is judged against, from the catalogue or the profile's rule
        (looked up once per context: the profile is read from its YAML file once)."""
        key = ("target", indicator_id)
        if key not in self._cache:
            self._cache[key] = self._target(indicator_id)
        return self._cache[key]

    def _target(self, indicator_id: str) -> tuple[str, float] | None:
        t = self.spec(indicator_id).get("target")
        if not t:
            return None
        if t.get("rule"):
            value = rule_threshold(self.profile, t["rule"], t["param"], prof=self._profile())
            return None if value is None else (t["op"], float(value))
        return t["op"], float(t["value"])

    def paired_whole_year(self) -> set[str]:
        """Recipients whose yearly counts are judged in the report year: in the profile's scope
        and paired throughout the year (d_recipient_year, the set validation judges)."""
        if "whole_year" not in self._cache:
            self._cache["whole_year"] = judged_whole_year(self.con, self._profile(), self.year)
        return self._cache["whole_year"]

    def judge(self, indicator_id: str, recipient_id, value) -> bool | None:
        """Whether a recipient's value meets the indicator's target; None when it is not judged:
        no target, no value, or a yearly count (rules R07, R10, R12) in a year the recipient was
        not paired throughout (validation does not judge it either)."""
        rule = (self.spec(indicator_id).get("target") or {}).get("rule")
        if rule in YEARLY_COUNT_RULES and recipient_id not in self.paired_whole_year():
            return None
        return meets(to_number(value), self.target(indicator_id))

    def places(self) -> pd.DataFrame:
        """Where each hospital is: hospital_id, province, city, county, county_code (one row per
        hospital), for tables aggregated by region at national scale."""
        if "places" not in self._cache:
            self._cache["places"] = self.con.execute(
                "SELECT hospital_id, province, city, county, county_code FROM hospitals ORDER BY hospital_id").df()
        return self._cache["places"]

    def county_places(self) -> pd.DataFrame:
        """province and city of each county_code (from its hospitals)."""
        if "county_places" not in self._cache:
            self._cache["county_places"] = self.con.execute(
                """SELECT county_code, arg_min(province, hospital_id) AS province, arg_min(city, hospital_id) AS city
                   FROM hospitals WHERE county_code IS NOT NULL GROUP BY 1 ORDER BY 1""").df()
        return self._cache["county_places"]


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


# rules on a year's count, judged only in years a recipient is paired throughout (rules.yaml)
YEARLY_COUNT_RULES = ("R07", "R10", "R12")


def to_number(v) -> float | None:
    """A published value as a number (None for masked or missing)."""
    if v is None or isinstance(v, str):
        return None
    try:
        return None if math.isnan(float(v)) else float(v)
    except (TypeError, ValueError):
        return None


def meets(value, target: tuple[str, float] | None) -> bool | None:
    if target is None or value is None or isinstance(value, str) or pd.isna(value):
        return None
    op, t = target
    return bool(value >= t - 1e-9) if op == ">=" else bool(value <= t + 1e-9)


# ---------------------------------------------------------------------- published values
def published_tables(ctx: PublishContext) -> dict[str, pd.DataFrame]:
    """Every table the report publishes for the context's year, profile and region, as stored
    (pipelines/published/publish.py): the exports write these, the run manifest and a freeze
    hash them."""
    from pipelines.published.publish import compute

    return compute(ctx)


def _canonical(v) -> str:
    """One cell as text, the same for the same value whatever its column's type: missing is
    empty, numbers to 10 significant digits (12, 12.0 and a stored DOUBLE 12 are all "12"),
    times in ISO form."""
    if v is None or v is pd.NA or v is pd.NaT:
        return ""
    if isinstance(v, (bool, np.bool_)):
        return "True" if v else "False"
    if isinstance(v, (int, float, np.integer, np.floating)):
        return "" if math.isnan(float(v)) else f"{float(v):.10g}"
    if isinstance(v, (pd.Timestamp, dt.datetime, dt.date)):
        return pd.Timestamp(v).isoformat()
    return str(v)


def _canonical_column(s: pd.Series) -> list[str]:
    """``[_canonical(v) for v in s]``, column by column: a plain float or integer column's cells
    are formatted, and a text column's strings kept, without the per-cell type tests (the hash of
    a national year's tables took ~6 s cell by cell); every other cell goes through ``_canonical``."""
    if s.dtype.kind == "f" and isinstance(s.dtype, np.dtype):
        return ["" if v != v else f"{v:.10g}" for v in s.tolist()]
    if s.dtype.kind in "iu" and isinstance(s.dtype, np.dtype):
        return [f"{float(v):.10g}" for v in s.tolist()]
    if isinstance(s.dtype, pd.StringDtype):
        return [v if isinstance(v, str) else _canonical(v) for v in s.tolist()]
    return [_canonical(v) for v in s.tolist()]


def table_hash(df: pd.DataFrame) -> str:
    """SHA-256 of a table's values in a canonical text form (sorted columns and rows, each cell
    as ``_canonical``), so the same numbers give the same hash on any machine and whether the
    table was just computed or read back from the database."""
    cols = sorted(df.columns)
    rows = sorted(zip(*(_canonical_column(df[c]) for c in cols))) if cols else [()] * len(df)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([cols, *rows])
    return hashlib.sha256(buf.getvalue().encode("utf-8")).hexdigest()


def values_digest(tables: dict[str, pd.DataFrame]) -> tuple[str, dict[str, str]]:
    """(hash over all tables, hash per table)."""
    per = {k: table_hash(v) for k, v in sorted(tables.items())}
    whole = hashlib.sha256("\n".join(f"{k}:{h}" for k, h in per.items()).encode()).hexdigest()
    return whole, per

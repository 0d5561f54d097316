"""What the report needs from the database, in one place (the notebook stays thin).

``ReportContext`` carries the connection, year, programme profile, language, region and
suppression policy; ``indicator`` gives an indicator's table limited to the region, and
``published`` the same table as it may be published (small-number suppression applied to
patient-derived counts, which are below province level in every per-hospital or per-county
table). ``published_tables`` is what the exports write and what the run manifest hashes.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.db.runs import latest_run_id
from pipelines.derived import judged_whole_year
from pipelines.errors import UserError
from pipelines.indicators.catalogue import catalogue, compute
from pipelines.privacy import suppression
from pipelines.programme.defaults import DEFAULT_PROFILE
from pipelines.programme.profiles import load_profile
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
class ReportContext:
    con: object
    year: int
    profile: str = DEFAULT_PROFILE
    lang: str = "zh"
    scope: Scope = field(default_factory=Scope)
    policy: suppression.Policy = field(default_factory=suppression.Policy.default)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def L(self) -> dict[str, str]:
        return labels(self.lang)

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
def published_tables(ctx: ReportContext) -> dict[str, pd.DataFrame]:
    """Every catalogue indicator for the report year, as published. The exports write these
    and the run manifest hashes them."""
    return {key: ctx.published(key) for key in catalogue()}


def table_hash(df: pd.DataFrame) -> str:
    """SHA-256 of a table's values in a canonical text form (sorted columns and rows, floats
    to 10 significant digits), so the same numbers give the same hash on any machine."""
    d = df.reindex(sorted(df.columns), axis=1)
    d = d.sort_values(list(d.columns), key=lambda s: s.astype(str), kind="stable").reset_index(drop=True)
    buf = io.StringIO()
    d.to_csv(buf, index=False, float_format="%.10g", na_rep="")
    return hashlib.sha256(buf.getvalue().encode("utf-8")).hexdigest()


def values_digest(tables: dict[str, pd.DataFrame]) -> tuple[str, dict[str, str]]:
    """(hash over all tables, hash per table)."""
    per = {k: table_hash(v) for k, v in sorted(tables.items())}
    whole = hashlib.sha256("\n".join(f"{k}:{h}" for k, h in per.items()).encode()).hexdigest()
    return whole, per


def latest_violations(con, profile: str, year: int | None = None) -> pd.DataFrame:
    df = con.execute("""
        SELECT rule_id, hospital_id, period, observed, expected, severity, support_hospital_id, citation, description
        FROM validation_results
        WHERE run_id = ? AND success = false
        ORDER BY rule_id, hospital_id, period""", [latest_run_id(con, "validate", profile)]).df()
    if year is not None and len(df):
        df = df[df["period"].fillna("").str.startswith(str(year)) | ~df["period"].fillna("").str.match(r"^\d{4}")]
    return df

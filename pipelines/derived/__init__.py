"""The derived layer: one definition per programme concept, in the manner of dbt models.

Each model is one SQL file in sql/ with a header comment giving its grain, its columns and
what reads it; ``create_derived(con, profile)`` creates them (TEMP, so a read-only connection
can too) in dependency order, rendered with the profile's scope and cycle:

- ``months_between`` (macro): calendar-aware months of an inclusive stay
- ``d_data_years``: the data's years (no profile)
- ``_window``: the period the profile judges (data years narrowed to its cycle)
- ``d_recipient_year``: recipient x year with active / covered / uncovered days and
  ``paired_whole_year`` under the profile's scope

Validation's views (validation/views/), the indicators (indicators/) and the report read
these, never a copy. Python look-ups that are one concept each live here too:
``data_years``, ``is_synthetic``, ``hospital_names``. The latest run is
``pipelines.db.runs.latest_run``.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from pipelines.programme.profiles import Profile

SQL_DIR = Path(__file__).parent / "sql"
_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(str(SQL_DIR)), undefined=jinja2.StrictUndefined, autoescape=False)
# (view name, model file), in dependency order
MODELS = (("d_data_years", "data_years"), ("_window", "data_window"), ("d_recipient_year", "recipient_year"))


def _sql_list(values) -> str:
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)


def scope_sql(profile: Profile, support: str = "sh", recipient: str = "rh", recipient_only: bool = False) -> str:
    """The profile's scope as a condition on a pairing's support (``sh``) and recipient (``rh``) hospitals."""
    sc = profile.scope
    parts = []
    if sc.get("support_levels") and not recipient_only:
        parts.append(f"{support}.level IN ({_sql_list(sc['support_levels'])})")
    if sc.get("recipient_categories"):
        parts.append(f"{recipient}.category IN ({_sql_list(sc['recipient_categories'])})")
    if sc.get("programmes"):
        parts.append(f"EXISTS (SELECT 1 FROM pairings pp WHERE pp.recipient_hospital_id = {recipient}.hospital_id"
                     + ("" if recipient_only else f" AND pp.support_hospital_id = {support}.hospital_id")
                     + f" AND pp.programme IN ({_sql_list(sc['programmes'])}))")
    return " AND ".join(parts) or "TRUE"


def scope_vars(profile: Profile) -> dict:
    """The template variables of the derived models: the profile's scope and cycle."""
    cycle = profile.scope.get("cycle") or {}
    return {
        "scope": scope_sql(profile),
        "scope_recipient_only": scope_sql(profile, recipient_only=True),
        "cycle_start": cycle.get("start", "1900-01-01"),
        "cycle_end": cycle.get("end", "2999-12-31"),
        "cycle_label": f"{cycle['start']}~{cycle['end']}" if cycle else "",
    }


def render(model: str, profile: Profile) -> str:
    return _ENV.get_template(f"{model}.sql").render(**scope_vars(profile))


def data_years_sql() -> str:
    """The d_data_years model's query (no profile): for code that embeds it in its own query."""
    return (SQL_DIR / "data_years.sql").read_text(encoding="utf-8")


def create_derived(con, profile: Profile) -> None:
    """Create the macros and models on ``con`` (TEMP; replaced when called again, e.g. for
    another profile)."""
    con.execute((SQL_DIR / "macros.sql").read_text(encoding="utf-8"))
    for view, model in MODELS:
        con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS " + render(model, profile))


def judged_whole_year(con, profile: Profile, year: int) -> set[str]:
    """Recipients whose yearly counts (R07, R10, R12) are judged in ``year``: in the profile's
    scope and paired throughout the year's judged part."""
    create_derived(con, profile)
    return {r for (r,) in con.execute("SELECT recipient_hospital_id FROM d_recipient_year WHERE year = ? AND paired_whole_year",
                                      [int(year)]).fetchall()}


def data_years(con) -> list[int]:
    """The data's years (d_data_years)."""
    return sorted(y for (y,) in con.execute(data_years_sql()).fetchall())


def is_synthetic(con) -> bool:
    """Whether the database holds the bundled SYNTHETIC data: a submission file named
    SYNTHETIC…, or a SYNTHETIC note read from a sheet (the report's and validation's banner)."""
    row = con.execute("""SELECT EXISTS (SELECT 1 FROM nondata_rows WHERE text LIKE '%SYNTHETIC%')
                          OR EXISTS (SELECT 1 FROM submissions WHERE file_name LIKE 'SYNTHETIC%')""").fetchone()
    return bool(row[0])


def hospital_names(con) -> dict[str, str]:
    """hospital_id → official name (hospitals)."""
    return dict(con.execute("SELECT hospital_id, name FROM hospitals").fetchall())

"""Build the derived views a profile's rules run on (views/*.sql, one file per grain).

The views are TEMP views on the validation connection, rendered with the profile's scope
(which support and recipient hospitals it judges), its cycle and rule parameters. They read
the derived layer (pipelines/derived/: the window, recipient-years), never a copy of it.
Researchers can build the same views for their own queries with ``create_views(con, profile)``.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from pipelines.derived import _sql_list, create_derived, scope_vars
from pipelines.programme.profiles import Profile, rule_templates

VIEW_DIR = Path(__file__).parent / "views"
_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(str(VIEW_DIR)), undefined=jinja2.StrictUndefined, autoescape=False)


def template_vars(profile: Profile) -> dict:
    v = {
        **scope_vars(profile),
        "training_types": _sql_list(profile.training_types),
        "r17_period_start": None, "r17_period_end": None, "r18_deadline": None, "r21_deadline": None,
    }
    # the handover after which staff already on site count in a new batch's team (R04, R05)
    team_rule = profile.rules.get("R04") or profile.rules.get("R05")
    v["handover_days"] = int((team_rule.params if team_rule else rule_templates()["R04"]["params"])["handover_days"])
    for rid in ("R17", "R18", "R21"):
        rule = profile.rules.get(rid)
        if rule:
            for k, val in rule.params.items():
                v[f"{rid.lower()}_{k}"] = val
    return v


def render_view(name: str, profile: Profile) -> str:
    return _ENV.get_template(f"{name}.sql").render(**template_vars(profile))


def create_views(con, profile: Profile, names: list[str] | None = None) -> None:
    create_derived(con, profile)   # months_between, d_data_years, _window, d_recipient_year
    for name in names or sorted(p.stem for p in VIEW_DIR.glob("v_*.sql")):
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS " + render_view(name, profile))


def window(con) -> tuple:
    """(start_date, end_date, cycle_label, cycle_complete) of the run's window."""
    return con.execute("SELECT start_date, end_date, cycle_label, cycle_complete FROM _window").fetchone()

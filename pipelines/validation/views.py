"""Build the derived views a profile's rules run on (views/*.sql, one file per grain).

The views are TEMP views on the validation connection, rendered with the profile's scope
(which support and recipient hospitals it judges), its cycle and rule parameters.
Researchers can build the same views for their own queries with ``create_views(con, profile)``.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from pipelines.programme.profiles import Profile, rule_templates

VIEW_DIR = Path(__file__).parent / "views"
_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(str(VIEW_DIR)), undefined=jinja2.StrictUndefined, autoescape=False)


def _sql_list(values) -> str:
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)


def scope_sql(profile: Profile, support: str = "sh", recipient: str = "rh", recipient_only: bool = False) -> str:
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


def template_vars(profile: Profile) -> dict:
    cycle = profile.scope.get("cycle") or {}
    v = {
        "scope": scope_sql(profile),
        "scope_recipient_only": scope_sql(profile, recipient_only=True),
        "cycle_start": cycle.get("start", "1900-01-01"),
        "cycle_end": cycle.get("end", "2999-12-31"),
        "cycle_label": f"{cycle['start']}~{cycle['end']}" if cycle else "",
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
    con.execute((VIEW_DIR / "_macros.sql").read_text(encoding="utf-8"))
    con.execute("CREATE OR REPLACE TEMP VIEW _window AS " + render_view("_window", profile))
    for name in names or sorted(p.stem for p in VIEW_DIR.glob("v_*.sql")):
        con.execute(f"CREATE OR REPLACE TEMP VIEW {name} AS " + render_view(name, profile))


def window(con) -> tuple:
    """(start_date, end_date, cycle_label, cycle_complete) of the run's window."""
    return con.execute("SELECT start_date, end_date, cycle_label, cycle_complete FROM _window").fetchone()

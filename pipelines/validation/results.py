"""Turn GX outcomes into validation_results rows: one per rule x hospital x period.

GX says which rows of a view failed an expectation; a researcher wants, for every hospital
and period the rule applies to, whether it was met, what was observed and what was
required. Rows of the view the rule applies to (its column is not null and its row
condition holds) are grouped by (hospital_id, period); a group passes when none of its
rows failed any of the rule's expectations.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from pipelines.validation.gx_runner import Outcome
from pipelines.validation.profiles import Profile, Rule

RESULT_COLUMNS = ["run_id", "profile", "rule_id", "citation", "table_name", "hospital_id", "period", "success",
                  "observed", "expected", "severity", "support_hospital_id", "recipient_hospital_id", "entity_ids",
                  "description", "validated_at"]

_CONDITION_LABELS = {
    "is_tcm == False": "非中医医院 / non-TCM",
    "is_tcm == True": "中医医院 / TCM",
}


def _condition_label(cond: str | None) -> str:
    if not cond:
        return ""
    if cond in _CONDITION_LABELS:
        return _CONDITION_LABELS[cond]
    if cond.startswith("staff_category in"):
        return "限 " + cond.split("in", 1)[1].strip().strip("[]").replace('"', "").replace(", ", "、")
    return cond


def fmt_value(v: Any, unit: str = "") -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "—"
    if isinstance(v, (bool, np.bool_)):
        return "是" if bool(v) else "否"
    if isinstance(v, float):
        v = round(v, 1)
        if v.is_integer():
            v = int(v)
    return f"{v}{unit if unit and not unit.startswith('级') else ''}"


def expected_text(rule: Rule, outcomes: list[Outcome]) -> str:
    parts = []
    for o in outcomes:
        k = o.kwargs
        if "min_value" in k and k["min_value"] is not None:
            s = f"≥ {fmt_value(k['min_value'], rule.unit)}"
        elif "max_value" in k and k["max_value"] is not None:
            s = f"≤ {fmt_value(k['max_value'], rule.unit)}"
        elif "value_set" in k:
            s = "= " + "/".join(fmt_value(x) for x in k["value_set"])
        else:
            s = o.expectation_type
        cond = _condition_label(k.get("row_condition"))
        parts.append(f"{s}（{cond}）" if cond else s)
    return "；".join(parts)


@dataclass
class _Check:
    outcome: Outcome
    column: str
    rows: pd.DataFrame  # applicable rows


def _applicable(df: pd.DataFrame, o: Outcome) -> _Check:
    col = o.kwargs["column"]
    rows = df[df[col].notna()]
    cond = o.kwargs.get("row_condition")
    if cond and len(rows):
        rows = rows.query(cond, engine="python")
    return _Check(o, col, rows)


_NONE = "\0"  # stands for a missing hospital or period while grouping


def _ids(values) -> str | None:
    ids = sorted({x for v in values if isinstance(v, str) for x in [v]})
    return ",".join(ids) or None


def _by_hospital_period(applicable: pd.DataFrame, failing: dict[str, str], col: str, lower_bound: bool, rule: Rule) -> list[dict]:
    """One result per (hospital_id, period) group of the applicable rows (vectorised: a run
    has thousands of groups for the monthly sanity checks)."""
    app = applicable.drop_duplicates(["hospital_id", "period", "entity_id"]).copy()
    app[["hospital_id", "period"]] = app[["hospital_id", "period"]].fillna(_NONE)
    app["_bad"] = app["entity_id"].isin(failing)
    keys = ["hospital_id", "period"]
    grouped = app.groupby(keys, sort=True)
    summary = grouped.agg(n_bad=("_bad", "sum"), worst=(col, "min" if lower_bound else "max"),
                          sup=("support_hospital_id", _ids), rec=("recipient_hospital_id", _ids))
    bad_groups = dict(iter(app[app["_bad"]].groupby(keys, sort=False)))
    show = (lambda r: r[rule.observed]) if rule.observed else (lambda r: fmt_value(r[failing[r["entity_id"]]], rule.unit))
    rows = []
    for (hid, period), s in summary.iterrows():
        bad = bad_groups.get((hid, period))
        if bad is not None:
            vals = bad.sort_values(col, ascending=lower_bound) if bad[col].notna().all() else bad
            shown = [f"{show(r)}（{r['entity_id']}）" for _, r in vals.head(3).iterrows()]
            more = f" 等{len(bad)}条 / {len(bad)} rows" if len(bad) > 3 else ""
            observed, entity_ids = "；".join(shown) + more, ",".join(sorted(bad["entity_id"]))
        else:
            observed, entity_ids = fmt_value(s["worst"], rule.unit), None
        rows.append({"hospital_id": None if hid == _NONE else hid, "period": None if period == _NONE else period,
                     "success": bad is None, "observed": observed, "support_hospital_id": s["sup"],
                     "recipient_hospital_id": s["rec"], "entity_ids": entity_ids})
    return rows


def aggregate(profile: Profile, run_id: str, frames: dict[str, pd.DataFrame], outcomes: list[Outcome],
              now: dt.datetime) -> list[dict]:
    by_rule: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by_rule.setdefault(o.rule_id, []).append(o)
    out: list[dict] = []
    for rule_id in sorted(by_rule):
        rule = profile.rules[rule_id]
        outs = by_rule[rule_id]
        df = frames[rule.view]
        if rule.period_column != "period":
            df = df.assign(period=df[rule.period_column])
        base = {"run_id": run_id, "profile": profile.name, "rule_id": rule_id, "citation": rule.citation,
                "table_name": rule.view, "severity": rule.severity, "expected": expected_text(rule, outs),
                "description": f"{rule.zh} / {rule.en}", "validated_at": now}
        errors = [o.error for o in outs if o.error]
        if errors:
            out.append({**base, "hospital_id": None, "period": None, "success": None, "support_hospital_id": None,
                        "recipient_hospital_id": None, "entity_ids": None,
                        "observed": "无法核查 / could not be evaluated: " + "; ".join(errors)[:500]})
            continue
        checks = [_applicable(df, o) for o in outs]
        applicable = pd.concat([c.rows for c in checks]) if checks else df.iloc[0:0]
        if applicable.empty:
            out.append({**base, "hospital_id": None, "period": None, "success": None, "support_hospital_id": None,
                        "recipient_hospital_id": None, "entity_ids": None,
                        "observed": "无可核查数据 / nothing to check in the data"})
            continue
        failing: dict[str, str] = {}  # entity -> column of the first expectation it failed
        for c in checks:
            for eid in c.outcome.failing_ids:
                failing.setdefault(eid, c.column)
        col = checks[0].column
        lower_bound = "min_value" in checks[0].outcome.kwargs and checks[0].outcome.kwargs["min_value"] is not None
        out += [{**base, **r} for r in _by_hospital_period(applicable, failing, col, lower_bound, rule)]
    return out

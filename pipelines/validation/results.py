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

from pipelines.programme.profiles import Profile, Rule
from pipelines.validation.gx_runner import Outcome

RESULT_COLUMNS = ["run_id", "profile", "rule_id", "citation", "table_name", "hospital_id", "period", "success",
                  "observed", "expected", "severity", "support_hospital_id", "recipient_hospital_id", "entity_ids",
                  "description", "validated_at"]

_CONDITION_LABELS = {
    "is_tcm == False": "非中医医院 / non-TCM",
    "is_tcm == True": "中医医院 / TCM",
    "paired_whole_year == True": "全年结对的年份 / years paired throughout",
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
    positions: np.ndarray  # positions of the applicable rows in the view


def _applicable(df: pd.DataFrame, o: Outcome) -> _Check:
    """The rows an expectation applies to: its column is not null and its row condition
    holds (``df`` has a RangeIndex, so the index of the rows kept is their position)."""
    col = o.kwargs["column"]
    positions = np.flatnonzero(df[col].notna().to_numpy())
    cond = o.kwargs.get("row_condition")
    if cond and len(positions):
        positions = df.iloc[positions].query(cond, engine="python").index.to_numpy()
    return _Check(o, col, positions.astype(np.int64))


_NONE = "\0"  # stands for a missing hospital or period while grouping


class _Codes:
    """Integer codes of a view's grouping columns, computed once per view and shared by its
    rules (the sanity views have ~5x10^5 rows and five rules each). Codes of hospital_id,
    period, support/recipient ids follow the sorted order of the values."""

    def __init__(self, df: pd.DataFrame):
        h, hospitals = pd.factorize(df["hospital_id"].fillna(_NONE), sort=True)
        p, periods = pd.factorize(df["period"].fillna(_NONE), sort=True)
        self.h, self.p, self.hospitals, self.periods = h, p, list(hospitals), list(periods)
        self.e, self.entities = pd.factorize(df["entity_id"])  # missing: -1
        self.ids = {}
        for c in ("support_hospital_id", "recipient_hospital_id"):
            codes, uniques = pd.factorize(df[c], sort=True)
            self.ids[c] = (codes, list(uniques))


def _ids_by_group(groups: np.ndarray, codes: np.ndarray, uniques: list, n_codes: int) -> dict[int, str]:
    """{group: the distinct ids of the group's rows, sorted, comma-joined} (groups with one id,
    nearly all of them, without a Python step per group)."""
    is_text = np.array([isinstance(u, str) for u in uniques] + [False], dtype=bool)
    ok = is_text[codes]  # code -1 (missing) looks up the trailing False
    pairs = np.unique(groups[ok].astype(np.int64) * n_codes + codes[ok])
    pg, pc = pairs // n_codes, pairs % n_codes
    starts = np.flatnonzero(np.r_[True, pg[1:] != pg[:-1]]) if len(pg) else np.array([], dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(pg)])
    text = np.array(uniques + [None], dtype=object)
    single = starts[sizes == 1]
    out = dict(zip(pg[single].tolist(), [t or None for t in text[pc[single]].tolist()]))
    for s, n in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist()):
        out[int(pg[s])] = ",".join(sorted(text[pc[s:s + n]].tolist())) or None
    return out


def _sorted_positions(values, ascending: bool) -> list[int]:
    """Positions of ``values`` in the order DataFrame.sort_values puts them (same algorithm)."""
    return pd.Series(values).sort_values(ascending=ascending).index.tolist()


def _by_hospital_period(df: pd.DataFrame, codes: _Codes, positions: np.ndarray, failing: dict[str, str], col: str,
                        lower_bound: bool, rule: Rule) -> list[dict]:
    """One result per (hospital_id, period) group of the applicable rows (at ``positions`` of
    the view ``df``, duplicates of hospital, period and entity dropped). Vectorised on the
    view's integer codes: a national run has ~10^5 groups; only groups with failing rows are
    looked at row by row."""
    n_h, n_p, n_e = len(codes.hospitals), len(codes.periods), len(codes.entities) + 1
    h, p = codes.h[positions].astype(np.int64), codes.p[positions].astype(np.int64)
    if n_h * n_p * n_e < 2 ** 62:
        _, first = np.unique((h * n_p + p) * n_e + codes.e[positions] + 1, return_index=True)
    else:  # too many distinct values for one integer key
        first = np.flatnonzero(~pd.DataFrame({"h": h, "p": p, "e": codes.e[positions]}).duplicated().to_numpy())
    keep = np.sort(first)
    positions, group = positions[keep], h[keep] * n_p + p[keep]

    worst = pd.Series(df[col].array[positions]).groupby(group, sort=True).agg("min" if lower_bound else "max")
    sup = _ids_by_group(group, codes.ids["support_hospital_id"][0][positions], codes.ids["support_hospital_id"][1],
                        len(codes.ids["support_hospital_id"][1]) + 1)
    rec = _ids_by_group(group, codes.ids["recipient_hospital_id"][0][positions], codes.ids["recipient_hospital_id"][1],
                        len(codes.ids["recipient_hospital_id"][1]) + 1)

    # groups with failing rows: up to three shown, worst first, and all their entity ids
    bad_text: dict[int, tuple[str, str]] = {}
    bad_codes = codes.entities.get_indexer(list(failing)) if failing else np.array([], dtype=np.int64)
    bad_codes = bad_codes[bad_codes >= 0]
    is_bad = np.isin(codes.e[positions], bad_codes) if len(bad_codes) else np.zeros(len(positions), dtype=bool)
    if is_bad.any():
        bad_pos, bad_group = positions[is_bad], group[is_bad]
        eids = df["entity_id"].iloc[bad_pos].to_numpy(dtype=object)
        shown_cols = [rule.observed] if rule.observed else sorted({failing[e] for e in eids})
        shown = {c: df[c].iloc[bad_pos].to_numpy(dtype=object) for c in shown_cols}
        values = df[col].array[bad_pos]
        notna = ~pd.isna(values)
        order = np.argsort(bad_group, kind="stable")
        starts = np.flatnonzero(np.r_[True, bad_group[order][1:] != bad_group[order][:-1]])
        for run in np.split(order, starts[1:]):
            pos = run.tolist()
            if len(pos) > 1 and notna[pos].all():
                pos = [pos[i] for i in _sorted_positions(values[pos], lower_bound)]
            texts = []
            for i in pos[:3]:
                v = shown[rule.observed][i] if rule.observed else fmt_value(shown[failing[eids[i]]][i], rule.unit)
                texts.append(f"{v}（{eids[i]}）")
            more = f" 等{len(pos)}条 / {len(pos)} rows" if len(pos) > 3 else ""
            bad_text[int(bad_group[run[0]])] = ("；".join(texts) + more, ",".join(sorted(eids[pos])))

    rows = []
    shown_worst: dict[tuple, str] = {}  # fmt_value of each distinct worst value (by type and value)
    for g, w in zip(worst.index.tolist(), worst.to_numpy(dtype=object)):
        hid, period = codes.hospitals[g // n_p], codes.periods[g % n_p]
        found = bad_text.get(g)
        if found:
            observed, entity_ids = found
        else:
            key = (type(w), w)
            observed, entity_ids = shown_worst.get(key), None
            if observed is None:
                observed = shown_worst[key] = fmt_value(w, rule.unit)
        rows.append({"hospital_id": None if hid == _NONE else hid, "period": None if period == _NONE else period,
                     "success": found is None, "observed": observed, "support_hospital_id": sup.get(g),
                     "recipient_hospital_id": rec.get(g), "entity_ids": entity_ids})
    return rows


def aggregate(profile: Profile, run_id: str, frames: dict[str, pd.DataFrame], outcomes: list[Outcome],
              now: dt.datetime) -> list[dict]:
    by_rule: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by_rule.setdefault(o.rule_id, []).append(o)
    out: list[dict] = []
    views: dict[tuple[str, str], tuple[pd.DataFrame, _Codes | None]] = {}
    for rule_id in sorted(by_rule):
        rule = profile.rules[rule_id]
        outs = by_rule[rule_id]
        if (rule.view, rule.period_column) not in views:
            df = frames[rule.view].reset_index(drop=True)
            if rule.period_column != "period":
                df = df.assign(period=df[rule.period_column])
            views[(rule.view, rule.period_column)] = (df, None)
        df, codes = views[(rule.view, rule.period_column)]
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
        positions = np.concatenate([c.positions for c in checks]) if checks else np.array([], dtype=np.int64)
        if not len(positions):
            out.append({**base, "hospital_id": None, "period": None, "success": None, "support_hospital_id": None,
                        "recipient_hospital_id": None, "entity_ids": None,
                        "observed": "无可核查数据 / nothing to check in the data"})
            continue
        if codes is None:
            codes = _Codes(df)
            views[(rule.view, rule.period_column)] = (df, codes)
        failing: dict[str, str] = {}  # entity -> column of the first expectation it failed
        for c in checks:
            for eid in c.outcome.failing_ids:
                failing.setdefault(eid, c.column)
        col = checks[0].column
        lower_bound = "min_value" in checks[0].outcome.kwargs and checks[0].outcome.kwargs["min_value"] is not None
        out += [{**base, **r} for r in _by_hospital_period(df, codes, positions, failing, col, lower_bound, rule)]
    return out

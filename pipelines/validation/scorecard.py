"""Compliance scorecard: per pairing and per support hospital, the share of applicable
programme rules met, from one validation run's results (table compliance_scorecard).

A rule applies to a pairing when the run judged at least one result row for its recipient
in which the pairing's support hospital took part (support_hospital_id lists it, or names
no support hospital); the rule is met when every such row passed. For a support hospital,
every judged row that names it counts (R19 is judged on the support hospital itself).
Data-sanity checks (S..) are not programme rules and are left out. Rows are written for the
whole run window (period = the window, e.g. 2022-01-01~2024-12-31) and for each calendar
year; cycle-long results (R11, R20, R21) count in the window row only.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

SCORECARD_COLUMNS = ["run_id", "profile", "level", "support_hospital_id", "recipient_hospital_id", "pairing_ids", "period",
                     "rules_applicable", "rules_met", "share_rules_met", "checks", "checks_met", "share_checks_met",
                     "rules_failed", "validated_at"]


def _ids(v) -> set[str]:
    return set(str(v).split(",")) if isinstance(v, str) and v else set()


def _score(rows: pd.DataFrame) -> dict:
    by_rule = rows.groupby("rule_id")["success"].all()
    failed = sorted(by_rule[~by_rule].index)
    n_rules, n_checks = len(by_rule), len(rows)
    met, checks_met = int(by_rule.sum()), int(rows["success"].sum())
    return {"rules_applicable": n_rules, "rules_met": met, "share_rules_met": met / n_rules if n_rules else None,
            "checks": n_checks, "checks_met": checks_met, "share_checks_met": checks_met / n_checks if n_checks else None,
            "rules_failed": ",".join(failed) or None}


def scorecard(results: pd.DataFrame, pairings: pd.DataFrame, run_id: str, profile: str, window_label: str,
              now: dt.datetime) -> pd.DataFrame:
    """``results``: validation_results rows of one run; ``pairings``: the pairings in the
    profile's scope (pairing_id, support_hospital_id, recipient_hospital_id)."""
    r = results[results["rule_id"].str.startswith("R") & results["success"].notna()].copy()
    r["success"] = r["success"].astype(bool)
    r["supports"] = r["support_hospital_id"].map(_ids)
    r["recipients"] = r["recipient_hospital_id"].map(_ids)
    r["year"] = r["period"].where(r["period"].fillna("").str.fullmatch(r"\d{4}(-\d{2})?"), None).str[:4]
    years = sorted(y for y in r["year"].dropna().unique())
    out: list[dict] = []

    def emit(level, sup, rec, pids, rows):
        """The window row always (NULL shares when nothing applied), a row per year with results."""
        for period, sel in [(window_label, rows)] + [(y, rows[rows["year"] == y]) for y in years]:
            if len(sel) or period == window_label:
                out.append({"level": level, "support_hospital_id": sup, "recipient_hospital_id": rec, "pairing_ids": pids,
                            "period": period, **_score(sel)})

    pairs = pairings.groupby(["support_hospital_id", "recipient_hospital_id"], sort=True)["pairing_id"].agg(lambda s: ",".join(sorted(s)))
    for (sup, rec), pids in pairs.items():
        mask = r["recipients"].map(lambda s: rec in s) & r["supports"].map(lambda s: not s or sup in s)
        emit("pairing", sup, rec, pids, r[mask])
    for sup in sorted(set(pairings["support_hospital_id"]) | {s for ss in r["supports"] for s in ss}):
        emit("support_hospital", sup, None, None, r[r["supports"].map(lambda s: sup in s)])
    df = pd.DataFrame(out, columns=[c for c in SCORECARD_COLUMNS if c not in ("run_id", "profile", "validated_at")])
    df.insert(0, "profile", profile)
    df.insert(0, "run_id", run_id)
    df["validated_at"] = now
    return df[SCORECARD_COLUMNS]

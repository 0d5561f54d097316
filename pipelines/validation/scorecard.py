"""Compliance scorecard: per pairing and per support hospital, the share of applicable
programme rules met, from one validation run's results (table compliance_scorecard).

A rule applies to a pairing when the run judged at least one result row for its recipient
in which the pairing's support hospital took part (support_hospital_id lists it, or names
no support hospital); the rule is met when every such row passed. For a support hospital,
every judged row that names it counts (R19 is judged on the support hospital itself).
Data-sanity checks (S..) are not programme rules and are left out. Rows are written for the
whole run window (period = the window, e.g. 2022-01-01~2024-12-31) and for each calendar
year; cycle-long results (R11, R20, R21) count in the window row only.

Vectorised: each result row is matched to the pairings and support hospitals it counts for
once (a national run has ~10^5 result rows and ~5,000 scorecard rows), then counted per
(scorecard row, period, rule).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

SCORECARD_COLUMNS = ["run_id", "profile", "level", "support_hospital_id", "recipient_hospital_id", "pairing_ids", "period",
                     "rules_applicable", "rules_met", "share_rules_met", "checks", "checks_met", "share_checks_met",
                     "rules_failed", "validated_at"]


def _ids(v) -> set[str]:
    return set(str(v).split(",")) if isinstance(v, str) and v else set()


_EMPTY = {"rules_applicable": 0, "rules_met": 0, "share_rules_met": None, "checks": 0, "checks_met": 0,
          "share_checks_met": None, "rules_failed": None}


def _score(n_rules: int, met: int, n_checks: int, checks_met: int, failed: list[str]) -> dict:
    return {"rules_applicable": n_rules, "rules_met": met, "share_rules_met": met / n_rules if n_rules else None,
            "checks": n_checks, "checks_met": checks_met, "share_checks_met": checks_met / n_checks if n_checks else None,
            "rules_failed": ",".join(sorted(failed)) or None}


def _scores(members: pd.DataFrame, key: list[str], r: pd.DataFrame, window_label: str) -> dict[tuple, dict]:
    """{(*key, period): score} for the window and each year with rows; ``members`` maps result
    rows (column ``i``, a position in ``r``) to scorecard rows (columns ``key``)."""
    i = members["i"].to_numpy()
    m = members.assign(rule_id=r["rule_id"].to_numpy(dtype=object)[i], success=r["success"].to_numpy(dtype=bool)[i],
                       year=r["year"].to_numpy(dtype=object)[i])
    out: dict[tuple, dict] = {}
    for period, sel in [(window_label, m), (None, m[m["year"].notna()])]:
        if sel.empty:
            continue
        by = key + (["year"] if period is None else [])
        per_rule = sel.groupby(by + ["rule_id"], sort=False).agg(n=("success", "size"), ok=("success", "sum")).reset_index()
        per_rule["met"] = per_rule["ok"] == per_rule["n"]
        failed: dict[tuple, list[str]] = {}
        bad = per_rule[~per_rule["met"]]
        for k, rule_id in zip(zip(*(bad[c] for c in by)), bad["rule_id"]):
            failed.setdefault(k, []).append(rule_id)
        agg = per_rule.groupby(by, sort=False).agg(n_rules=("rule_id", "size"), met=("met", "sum"), n_checks=("n", "sum"),
                                                   checks_met=("ok", "sum")).reset_index()
        for k, n_rules, met, n_checks, checks_met in zip(zip(*(agg[c] for c in by)), agg["n_rules"], agg["met"],
                                                         agg["n_checks"], agg["checks_met"]):
            score = _score(int(n_rules), int(met), int(n_checks), int(checks_met), failed.get(k, []))
            out[k if period is None else (*k, period)] = score
    return out


def _explode(values, name: str) -> pd.DataFrame:
    """(i, name) for every id of every comma-separated list in ``values`` (i = position)."""
    pairs = [(i, x) for i, v in enumerate(values) for x in _ids(v)]
    return pd.DataFrame(pairs, columns=["i", name]).astype({"i": "int64", name: object})


def scorecard(results: pd.DataFrame, pairings: pd.DataFrame, run_id: str, profile: str, window_label: str,
              now: dt.datetime) -> pd.DataFrame:
    """``results``: validation_results rows of one run; ``pairings``: the pairings in the
    profile's scope (pairing_id, support_hospital_id, recipient_hospital_id)."""
    r = results[results["rule_id"].str.startswith("R") & results["success"].notna()].copy()
    r["success"] = r["success"].astype(bool)
    r["year"] = r["period"].where(r["period"].fillna("").str.fullmatch(r"\d{4}(-\d{2})?"), None).str[:4]
    r = r.reset_index(drop=True)
    years = sorted(y for y in r["year"].dropna().unique())
    supports = _explode(r["support_hospital_id"].tolist(), "sup")
    recipients = _explode(r["recipient_hospital_id"].tolist(), "rec")
    no_support = pd.DataFrame({"i": [i for i, v in enumerate(r["support_hospital_id"].tolist()) if not _ids(v)]}, dtype="int64")

    pairs = pairings.groupby(["support_hospital_id", "recipient_hospital_id"], sort=True)["pairing_id"].agg(lambda s: ",".join(sorted(s)))
    pair_keys = pd.DataFrame([(str(s), str(c)) for s, c in pairs.index], columns=["sup", "rec"], dtype=object)
    # a row counts for pairing (sup, rec) when it names rec and names sup or no support hospital
    on_rec = recipients.merge(pair_keys, on="rec")
    named = on_rec.merge(supports, on=["i", "sup"])
    unnamed = on_rec.merge(no_support, on="i")
    pair_members = pd.concat([named, unnamed], ignore_index=True)[["i", "sup", "rec"]]
    pair_scores = _scores(pair_members, ["sup", "rec"], r, window_label)
    sup_scores = _scores(supports[["i", "sup"]], ["sup"], r, window_label)

    out: list[dict] = []

    def emit(level, sup, rec, pids, key, scores):
        """The window row always (NULL shares when nothing applied), a row per year with results."""
        for period in [window_label] + years:
            s = scores.get((*key, period))
            if s is not None or period == window_label:
                out.append({"level": level, "support_hospital_id": sup, "recipient_hospital_id": rec, "pairing_ids": pids,
                            "period": period, **(s or _EMPTY)})

    for (sup, rec), pids in pairs.items():
        emit("pairing", sup, rec, pids, (sup, rec), pair_scores)
    for sup in sorted(set(pairings["support_hospital_id"]) | set(supports["sup"])):
        emit("support_hospital", sup, None, None, (sup,), sup_scores)
    df = pd.DataFrame(out, columns=[c for c in SCORECARD_COLUMNS if c not in ("run_id", "profile", "validated_at")])
    df.insert(0, "profile", profile)
    df.insert(0, "run_id", run_id)
    df["validated_at"] = now
    return df[SCORECARD_COLUMNS]

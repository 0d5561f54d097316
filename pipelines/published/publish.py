"""The publishing step: every table a report publishes, computed once for a year, profile and
region and stored in schema ``published`` (pipelines/published/store.py). The report only
reads and renders these tables; its manifest hashes them; ``duikou export`` writes them; a
frozen snapshot keeps them.

The tables (each keyed by ``year``, ``profile``, ``region``):

- one per catalogue indicator (``<indicator id>``): the indicator for the year, after
  small-number suppression (as ``duikou export`` has always written);
- ``<indicator id>_by_year``: the years a section or chart shows for a few indicators
  (``period`` is the indicator's year);
- ``pooled_rates``: the summary's rates pooled over the region's hospitals or counties;
- ``summary_values``: the summary's other figures (totals, shares, recipients meeting each
  requirement of those judged), one row per item and measure;
- ``judged_recipients``: per recipient and indicator with a requirement, whether it is judged
  (a yearly count is not, in a year the recipient was not paired throughout) and met;
- ``effect_estimates``, ``effect_results`` (per outcome: estimated or why not, pre-trend test),
  ``event_study`` (the effect by period since the start, as charted);
- ``before_after`` (per recipient) and ``before_after_cohorts`` (pooled per starting month);
- ``pairings_in_year`` and ``county_pairing_start``: who is paired in the year, since when;
- ``within_county_by_region``, ``workload_by_region``, ``discharges_month_by_region``,
  ``compliance_by_region``: the tables and chart the report shows at national scale, by region
  (patient counts summed, then suppressed);
- ``records_within_county``, ``records_vs_forms``, ``records_excluded``: from the patient-level
  discharge records when a records ingest has run (pipelines/records/publish.py), else empty.

``publication`` names the tables of each key and their rows (bookkeeping, not hashed; no time
or run id, so publishing the same numbers again stores the same rows and a freeze after it sees
nothing new: the report's run in the runs table says when).
"""

from __future__ import annotations

import math

import pandas as pd

from pipelines.indicators.catalogue import catalogue
from pipelines.privacy import suppression
from pipelines.published import store
from pipelines.published.context import PublishContext, group_level, meets, resolve_region, to_number

# the years before the report year that a section or chart shows, per indicator
TREND_YEARS = {"within_county_rate_county": 4, "referral_rate_recipient": 1, "discharges_recipient_month": 2,
               "outpatient_visits_recipient_year": 1, "discharges_recipient_year": 1, "surgeries_recipient_year": 1}
BY_YEAR = "_by_year"
PUBLICATION = "publication"


# ---------------------------------------------------------------------- computed
def compute(ctx: PublishContext) -> dict[str, pd.DataFrame]:
    """Every published table of the context's year, profile and region, in stored form."""
    y, mask = ctx.year, ctx.policy.mask
    key = (y, ctx.profile, ctx.scope.region)
    out: dict[str, pd.DataFrame] = {}
    for ind in catalogue():
        out[ind] = store.stored(ctx.published(ind), mask, *key, masks=True)
    for ind, back in TREND_YEARS.items():
        t = ctx.published(ind, list(range(y - back, y + 1))).rename(columns={"year": "period"})
        out[ind + BY_YEAR] = store.stored(t, mask, *key, masks=True)
    out["pooled_rates"] = store.stored(pooled_rates(ctx), mask, *key, masks=True)
    out["judged_recipients"] = store.stored(judged(ctx), mask, *key, masks=False)
    out["summary_values"] = store.stored(summary_values(ctx), mask, *key, masks=False)
    ev = evaluation(ctx)
    for name in ("effect_estimates", "effect_results", "event_study"):
        out[name] = store.stored(ev[name], mask, *key, masks=False)
    detail, cohorts = before_after_tables(ctx, ev["before_after"])
    out["before_after"] = store.stored(detail, mask, *key, masks=True)
    out["before_after_cohorts"] = store.stored(cohorts, mask, *key, masks=True)
    out["pairings_in_year"] = store.stored(pairings_in_year(ctx), mask, *key, masks=False)
    out["county_pairing_start"] = store.stored(ev["county_start"], mask, *key, masks=False)
    out["within_county_by_region"] = store.stored(within_county_by_region(ctx, ev["county_start"]), mask, *key, masks=True)
    out["workload_by_region"] = store.stored(workload_by_region(ctx), mask, *key, masks=True)
    out["discharges_month_by_region"] = store.stored(discharges_month_by_region(ctx), mask, *key, masks=False)
    out["compliance_by_region"] = store.stored(compliance_by_region(ctx), mask, *key, masks=False)
    for name, df in records_published(ctx).items():
        out[name] = store.stored(df, mask, *key, masks=True)
    return out


# the records-based tables (pipelines/records/publish.py) and their numeric columns: typed even
# when empty (a database without records), so a table's columns never depend on the data. Named
# apart from the records views (records_county_month, records_rejects, …): a published table gets
# a view of its name in main, which must not replace one of theirs
RECORDS_NUMERIC = {
    "records_within_county": ("resident_discharges", "resident_discharges_in_county", "within_county_rate", "outward_transfers",
                       "months_reported"),
    "records_vs_forms": ("hospitals", "form_value", "records_value", "difference", "ratio"),
    "records_excluded": ("rows",),
}


def records_published(ctx: PublishContext) -> dict[str, pd.DataFrame]:
    """The patient-level records' tables of the year and region, small counts suppressed as
    elsewhere: per county the within-county inpatient rate and outward transfers
    (``records_within_county``), each figure of the forms beside the records' (``records_vs_forms``,
    the data-quality annex), records excluded per reason (``records_excluded``). Empty tables when
    no records were ingested."""
    from pipelines.records.publish import records_tables

    limited = ctx.scope.limited
    t = records_tables(ctx.con, ctx.year, ctx.profile, hospital_ids=ctx.scope.hospital_ids if limited else None,
                       county_codes=ctx.scope.county_codes if limited else None, policy=ctx.policy)
    out = {}
    for name, df in (("records_within_county", t.county), ("records_vs_forms", t.comparison), ("records_excluded", t.rejects)):
        df = df.copy()
        for c in RECORDS_NUMERIC[name]:
            if df.empty or df[c].dtype != object:   # object: counts that may carry the mask, typed by store.stored
                df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
        for c in df.columns:
            if c not in RECORDS_NUMERIC[name] and c != "year" and df[c].dtype != object:
                df[c] = df[c].astype(object)
        if "year" in df.columns:
            df["year"] = df["year"].astype("int64") if len(df) else pd.Series(dtype="int64")
        out[name] = df.reset_index(drop=True)
    return out


def pooled_rate(ctx: PublishContext, df: pd.DataFrame, factor: float = 100.0):
    """Pooled rate of an indicator table: sum of numerators / sum of denominators; suppressed
    when the report covers a region below the province (the pooled counts are published)."""
    num, den = df["numerator"].sum(), df["denominator"].sum()
    if ctx.scope.below_province:
        return suppression.rate(int(num), int(den), factor, ctx.policy)
    return float(num) / float(den) * factor if den else float("nan")


def paired_recipients(ctx: PublishContext, year: int) -> set[str]:
    """Recipients paired at some time in ``year``."""
    return {r for (r,) in ctx.con.execute("""SELECT DISTINCT recipient_hospital_id FROM pairings
        WHERE start_date <= make_date(?, 12, 31) AND coalesce(end_date, DATE '9999-12-31') >= make_date(?, 1, 1)""",
                                          [year, year]).fetchall()}


def pooled_rates(ctx: PublishContext) -> pd.DataFrame:
    """Pooled rates: within-county treatment over the region's counties (the years the trend
    chart shows), referrals over the recipients paired in the year (this year and last)."""
    y, rows = ctx.year, []
    ref = ctx.indicator("referral_rate_recipient", [y - 1, y])
    ref = ref[ref["recipient_hospital_id"].isin(paired_recipients(ctx, y))]
    within = ctx.indicator("within_county_rate_county", list(range(y - TREND_YEARS["within_county_rate_county"], y + 1)))
    for ind, df in (("within_county_rate_county", within), ("referral_rate_recipient", ref)):
        for period in sorted(set(df["year"])):
            part = df[df["year"] == period]
            if len(part):
                rows.append({"indicator_id": ind, "period": period, "units": len(part), "value": pooled_rate(ctx, part)})
    return pd.DataFrame(rows, columns=["indicator_id", "period", "units", "value"])


# the recipient indicators of the summary: how many recipients meet the requirement
SUMMARY_RECIPIENT = ("trainees_recipient", "techniques_recipient", "coverage_recipient", "vice_president_posts_recipient",
                     "training_events_recipient")


def _share(df: pd.DataFrame) -> float:
    """Pooled share in % of an indicator table (sum of numerators / sum of denominators)."""
    den = df["denominator"].sum()
    return 100.0 * df["numerator"].sum() / den if den else float("nan")


def summary_values(ctx: PublishContext) -> pd.DataFrame:
    """The summary's figures that are not pooled patient rates (``pooled_rates``), one row per
    (item, measure): per recipient indicator of SUMMARY_RECIPIENT its total or pooled share and
    the recipients meeting the requirement of those judged; staff dispatched, assessments,
    on-duty rate and rule compliance (none of them patient-derived: exact)."""
    rows = []

    def add(item: str, measure: str, value) -> None:
        rows.append({"item": item, "measure": measure, "value": float(value)})

    for ind in SUMMARY_RECIPIENT:
        df, target = ctx.indicator(ind), ctx.target(ind)
        if target is None:   # without a requirement every recipient with a row counts (the total is shown)
            n_ok, n = 0, len(df)
        else:
            ok = [ctx.judge(ind, r, v) for r, v in zip(df["recipient_hospital_id"], df["value"])] if len(df) else []
            judged_ = [o for o in ok if o is not None]
            n_ok, n = sum(1 for o in judged_ if o), len(judged_)
        add(ind, "recipients_met", n_ok)
        add(ind, "recipients_judged", n)
        add(ind, "value", _share(df) if catalogue()[ind]["factor"] else df["numerator"].sum())
    staff = ctx.indicator("dispatched_headcount_recipient")
    add("dispatched_headcount_recipient", "recipients", len(staff))
    add("dispatched_headcount_recipient", "total", staff["numerator"].sum())
    add("dispatched_person_months_recipient", "total", ctx.indicator("dispatched_person_months_recipient")["numerator"].sum())
    add("dispatched_senior_share_recipient", "share", _share(ctx.indicator("dispatched_senior_share_recipient")))
    assess = ctx.indicator("assessment_pass_rate_recipient")
    add("assessment_pass_rate_recipient", "denominator", assess["denominator"].sum())
    add("assessment_pass_rate_recipient", "share", _share(assess))
    add("on_duty_rate_recipient", "share", _share(ctx.indicator("on_duty_rate_recipient")))
    comp = ctx.indicator("compliance_rate_pairing")
    add("compliance_rate_pairing", "denominator", comp["denominator"].sum() if len(comp) else 0)
    add("compliance_rate_pairing", "share", _share(comp) if len(comp) else float("nan"))
    add("compliance_rate_pairing", "violations", comp["violations"].sum() if len(comp) else 0)
    add("compliance_rate_pairing", "warnings", comp["warnings"].sum() if len(comp) else 0)
    return pd.DataFrame(rows, columns=["item", "measure", "value"])


def judged(ctx: PublishContext) -> pd.DataFrame:
    """Per recipient and indicator with a requirement: its value, the requirement and whether
    it is met (the judged set the summary, the pairing table and the charts count)."""
    from pipelines.published.context import YEARLY_COUNT_RULES

    rows = []
    for ind, spec in catalogue().items():
        target = ctx.target(ind)
        if target is None:
            continue
        df = ctx.indicator(ind)
        if "recipient_hospital_id" not in df.columns:
            continue
        yearly = (spec.get("target") or {}).get("rule") in YEARLY_COUNT_RULES
        for r, v in zip(df["recipient_hospital_id"], df["value"]):
            rows.append({"indicator_id": ind, "recipient_hospital_id": r, "op": target[0], "target": float(target[1]),
                         "judged": not yearly or r in ctx.paired_whole_year(), "met": ctx.judge(ind, r, v)})
    out = pd.DataFrame(rows, columns=["indicator_id", "recipient_hospital_id", "op", "target", "judged", "met"])
    out["judged"] = out["judged"].astype(bool)
    out["met"] = out["met"].astype("boolean")
    return out


def evaluation(ctx: PublishContext) -> dict:
    """Effects and event studies on the whole panel up to the report year (a region alone
    rarely has enough comparison units), before/after per recipient of the region."""
    from pipelines.evaluation import before_after, effects, inference, panel

    # the panel up to the end of the report year: a year's published estimates depend on the
    # data of that year and before only (what its frozen snapshot holds), not on later months
    hospital = panel.hospital_month(ctx.con)
    hospital = hospital[hospital["year"] <= ctx.year].reset_index(drop=True) if len(hospital) else hospital
    county = panel.county_year(ctx.con)
    county = county[county["year"] <= ctx.year].reset_index(drop=True) if len(county) else county
    est, results = effects.evaluate(hospital, county)
    ba = before_after.before_after(hospital)
    order = {k: i for i, k in enumerate(effects.OUTCOMES)}
    est = est.copy()
    if len(est):
        pct = [effects.Estimate(**rec).percent() for rec in est.to_dict("records")]   # log points as % change
        est["estimate_pct"], est["ci_low_pct"], est["ci_high_pct"] = (list(map(float, c)) for c in zip(*pct))
    else:
        est = est.assign(estimate_pct=pd.Series(dtype=float), ci_low_pct=pd.Series(dtype=float), ci_high_pct=pd.Series(dtype=float))
    est.insert(0, "outcome_order", est["outcome"].map(order).astype("int64") if len(est) else pd.Series(dtype="int64"))
    # the level the estimates are made at: the whole panel of the database (a province, or the
    # country when it holds several), whatever region the report covers
    est["estimated_at"] = effect_level(ctx.con)
    res_rows, es = [], []
    for k, r in results.items():
        pl = r.placebo or {}
        res_rows.append({"outcome": k, "outcome_order": order.get(k), "ok": bool(r.ok), "statement": r.statement or None,
                         "scale": r.scale, "n_units": int(r.n_units), "pretrend_p": _float(r.pretrend_p),
                         "placebo_estimate": _float(pl.get("estimate")) if pl else float("nan")})
        if r.ok and r.dynamic is not None and not r.dynamic.empty:
            lo, hi = EVENT_WINDOW[effects.OUTCOMES[k].panel]
            c = r.dynamic
            c = c[c["event_time"].between(lo, hi) & (c["n_units"] >= inference.MIN_TREATED)]
            es.append(c[["event_time", "estimate", "ci_low", "ci_high", "n_units"]].assign(outcome=k, scale=r.scale))
    results_t = pd.DataFrame(res_rows, columns=["outcome", "outcome_order", "ok", "statement", "scale", "n_units", "pretrend_p",
                                                "placebo_estimate"])
    event = (pd.concat(es, ignore_index=True) if es else
             pd.DataFrame({"event_time": pd.Series(dtype="int64"), "estimate": pd.Series(dtype=float),
                           "ci_low": pd.Series(dtype=float), "ci_high": pd.Series(dtype=float), "n_units": pd.Series(dtype="int64"),
                           "outcome": pd.Series(dtype=object), "scale": pd.Series(dtype=object)}))
    event = event[["outcome", "scale", "event_time", "estimate", "ci_low", "ci_high", "n_units"]]
    start = county.drop_duplicates("county_code")[["county_code", "paired_from"]] if len(county) else \
        pd.DataFrame({"county_code": pd.Series(dtype=object), "paired_from": pd.Series(dtype="datetime64[us]")})
    start = start.assign(paired_from=pd.to_datetime(start["paired_from"])).sort_values("county_code").reset_index(drop=True)
    return {"effect_estimates": est, "effect_results": results_t, "event_study": event.reset_index(drop=True),
            "before_after": ctx.scope.keep(ba) if len(ba) else ba, "county_start": start}


EVENT_WINDOW = {"hospital": (-12, 23), "county": (-4, 4)}


def effect_level(con) -> str:
    """province, or national when the database holds several provinces: the panel the effects
    are estimated on is always the database's whole panel."""
    n = con.execute("SELECT count(DISTINCT province) FROM hospitals WHERE province IS NOT NULL").fetchone()[0]
    return "national" if n > 1 else "province"   # periods charted around the start: months / years


def _float(v) -> float:
    try:
        x = float(v)
    except (TypeError, ValueError):
        return float("nan")
    return x if not math.isinf(x) else float("nan")


BA_COLUMNS = ["hospital_id", "hospital_name", "city", "county", "county_code", "paired_from", "months_before", "months_after",
              "rate_before", "rate_after", "change", "comparison_change", "did"]


def before_after_tables(ctx: PublishContext, ba: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per recipient, pooled per cohort): referral rates in the 12 months before and after the
    start against the comparison group over the same months, from suppressed counts. A cohort
    is the recipients first paired in the same month (they share the comparison group); it
    pools only recipients with months on both sides."""
    from pipelines.evaluation import before_after

    counts = [c for c in ba.columns if c.startswith(("referrals_", "discharges_", "comparison_referrals_", "comparison_discharges_"))]
    if ba is None or ba.empty:
        empty = pd.DataFrame(columns=BA_COLUMNS)
        return empty, pd.DataFrame(columns=["cohort", "recipients", "months_before", "months_after", "rate_before", "rate_after",
                                            "change", "comparison_change", "did"])
    detail = before_after.add_rates(suppression.table(ba, counts=counts, policy=ctx.policy))
    detail = detail[[c for c in BA_COLUMNS if c in detail.columns] + counts]
    both = ba[(ba["months_before"] > 0) & (ba["months_after"] > 0)]
    if both.empty:
        cohorts = pd.DataFrame(columns=["cohort", "recipients", "months_before", "months_after"] + counts)
    else:
        start = pd.to_datetime(both["paired_from"])
        first_month = (start + pd.offsets.MonthBegin(0)).dt.strftime("%Y-%m")   # a start after the 1st treats the next month
        own = [c for c in counts if not c.startswith("comparison_")]
        comp = [c for c in counts if c.startswith("comparison_")]
        cohorts = both.assign(cohort=first_month).groupby("cohort", sort=True).agg(
            recipients=("hospital_id", "size"), months_before=("months_before", "max"), months_after=("months_after", "max"),
            **{c: (c, "sum") for c in own}, **{c: (c, "first") for c in comp}).reset_index()   # one comparison group per cohort
    cohorts = before_after.add_rates(suppression.table(cohorts, counts=counts, policy=ctx.policy)) if len(cohorts) else \
        cohorts.assign(**{c: pd.Series(dtype=float) for c in ("rate_before", "rate_after", "change", "comparison_rate_before",
                                                                  "comparison_rate_after", "comparison_change", "did")})
    return detail.reset_index(drop=True), cohorts.reset_index(drop=True)


def pairings_in_year(ctx: PublishContext) -> pd.DataFrame:
    """The pairings active at some time in the year (of the region's recipients)."""
    df = ctx.con.execute("""
        SELECT p.pairing_id, p.support_hospital_id, s.name AS support_name, p.recipient_hospital_id, r.name AS recipient_name,
               r.county_code, p.programme, p.start_date
        FROM pairings p LEFT JOIN hospitals s ON s.hospital_id = p.support_hospital_id
        LEFT JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id
        WHERE p.start_date <= make_date(?, 12, 31) AND coalesce(p.end_date, DATE '9999-12-31') >= make_date(?, 1, 1)
        ORDER BY p.support_hospital_id, p.recipient_hospital_id, p.start_date""", [ctx.year, ctx.year]).df()
    df = ctx.scope.keep(df)
    return df.assign(start_date=pd.to_datetime(df["start_date"])).reset_index(drop=True)


# ---------------------------------------------------------------------- by region
# At national scale the report groups counties and hospitals by region (province, else city,
# else county: ``group_level``): the region's counts are summed before suppression and the sum
# is suppressed (rounded, even for a province: a region's total can be one hospital's own).
# "—": units without a recorded region.
NO_REGION = "—"
WORKLOAD = ("outpatient_visits_recipient_year", "discharges_recipient_year", "surgeries_recipient_year")


def _count(ctx: PublishContext, n):
    return suppression.count(int(n), ctx.policy)


def _change_pct(cur, prev) -> float | None:
    return 100 * (to_number(cur) / to_number(prev) - 1) if to_number(cur) is not None and to_number(prev) else None


def within_county_by_region(ctx: PublishContext, start: pd.DataFrame) -> pd.DataFrame:
    """Per region: counties, counties paired by the year's end, the pooled within-county rate
    last year and this year, residents' admissions, counties meeting the target."""
    y = ctx.year
    cols = ["level", "region_name", "counties", "paired_counties", "rate_previous", "rate", "admissions", "counties_met",
            "counties_judged"]
    w = ctx.published("within_county_rate_county", [y - 1, y])
    raw = ctx.indicator("within_county_rate_county", [y - 1, y])
    if raw.empty:
        return pd.DataFrame(columns=cols)
    codes = sorted(c for c in w["county_code"].unique() if isinstance(c, str))
    target = ctx.target("within_county_rate_county")
    places = ctx.county_places().set_index("county_code")
    level = group_level(places.loc[places.index.intersection(codes)].reset_index())
    region = raw["county_code"].map(places[level]).fillna(NO_REGION)
    paired = start.set_index("county_code")["paired_from"]
    paired_codes = set(paired[paired.notna() & (pd.to_datetime(paired) <= pd.Timestamp(y, 12, 31))].index)
    ok = w[w["year"] == y].assign(ok=lambda d: [meets(to_number(v), target) for v in d["value"]]).set_index("county_code")["ok"]
    rows = []
    for name, g in raw.assign(_region=region).groupby("_region", sort=True):
        cur, prev = g[g["year"] == y], g[g["year"] == y - 1]
        meeting = ok.reindex(cur["county_code"].unique()).dropna()   # counties whose published rate can be judged
        rows.append({"level": level, "region_name": name, "counties": g["county_code"].nunique(),
                     "paired_counties": len(set(g["county_code"].unique()) & paired_codes),
                     "rate_previous": suppression.rate(int(prev["numerator"].sum()), int(prev["denominator"].sum()), 100.0, ctx.policy)
                     if len(prev) else None,
                     "rate": suppression.rate(int(cur["numerator"].sum()), int(cur["denominator"].sum()), 100.0, ctx.policy)
                     if len(cur) else None,
                     "admissions": _count(ctx, cur["denominator"].sum()) if len(cur) else None,
                     "counties_met": int((meeting == True).sum()), "counties_judged": len(meeting)})  # noqa: E712
    return pd.DataFrame(rows, columns=cols)


def workload_by_region(ctx: PublishContext) -> pd.DataFrame:
    """Per region: hospitals reporting this year, each workload total this year and its change
    on last year over the hospitals reporting in both years (a hospital that starts or stops
    reporting would otherwise show as growth or decline of its region), mean months reported."""
    y = ctx.year
    cols = ["level", "region_name", "hospitals"] + [c for k in WORKLOAD for c in (k, k + "_change")] + ["mean_months_reported"]
    base = ctx.indicator("discharges_recipient_year", [y - 1, y])
    if base.empty:
        return pd.DataFrame(columns=cols)
    ids = sorted(h for h in base["recipient_hospital_id"].unique() if isinstance(h, str))
    places = ctx.places().set_index("hospital_id")
    level = group_level(places.reindex(ids).reset_index())
    region = places[level].reindex(ids).fillna(NO_REGION).set_axis(ids)
    tables = {k: ctx.indicator(k, [y - 1, y]) for k in WORKLOAD}
    reporting = base[base["months_reported"].fillna(0) > 0]
    both = set(reporting.loc[reporting["year"] == y, "recipient_hospital_id"]) & set(
        reporting.loc[reporting["year"] == y - 1, "recipient_hospital_id"])
    rows = []
    for name, hs in region.groupby(region, sort=True):
        hs = hs.index
        b = base[base["recipient_hospital_id"].isin(hs)]
        row = {"level": level, "region_name": name, "hospitals": b.loc[b["year"] == y, "recipient_hospital_id"].nunique()}
        for key in WORKLOAD:
            t = tables[key][tables[key]["recipient_hospital_id"].isin(hs)]
            row[key] = _count(ctx, t.loc[t["year"] == y, "numerator"].sum()) if (t["year"] == y).any() else None
            tb = t[t["recipient_hospital_id"].isin(both)]
            row[key + "_change"] = (_change_pct(_count(ctx, tb.loc[tb["year"] == y, "numerator"].sum()),
                                                _count(ctx, tb.loc[tb["year"] == y - 1, "numerator"].sum())) if len(tb) else None)
        row["mean_months_reported"] = b.loc[b["year"] == y, "months_reported"].mean()
        rows.append(row)
    return pd.DataFrame(rows, columns=cols)


def discharges_month_by_region(ctx: PublishContext) -> pd.DataFrame:
    """Monthly discharges summed per region (``region_name``) and over every hospital (no
    region name), for the years the chart shows."""
    y = ctx.year
    cols = ["level", "region_name", "period", "month", "value"]
    raw = ctx.indicator("discharges_recipient_month", list(range(y - TREND_YEARS["discharges_recipient_month"], y + 1)))
    if raw.empty:
        return pd.DataFrame(columns=cols)
    places = ctx.places().set_index("hospital_id")
    level = group_level(places.reindex(raw["recipient_hospital_id"].unique()).reset_index())
    region = raw["recipient_hospital_id"].map(places[level]).fillna(NO_REGION)
    by_region = raw.assign(region_name=region).groupby(["region_name", "year", "month"], as_index=False)["numerator"].sum()
    total = raw.groupby(["year", "month"], as_index=False)["numerator"].sum().assign(region_name=None)
    out = pd.concat([by_region, total], ignore_index=True)
    out["value"] = [to_number(_count(ctx, n)) for n in out["numerator"]]
    out["value"] = out["value"].astype("float64")
    return out.assign(level=level).rename(columns={"year": "period"})[cols]


def compliance_by_region(ctx: PublishContext) -> pd.DataFrame:
    """Rule compliance of the support hospitals per region: support hospitals, evaluations and
    passes, the pooled rate, violations, warnings, support hospitals fully compliant."""
    cols = ["level", "region_name", "support_hospitals", "denominator", "numerator", "value", "violations", "warnings",
            "fully_compliant"]
    sup = ctx.indicator("compliance_rate_support")
    if sup.empty:
        return pd.DataFrame(columns=cols)
    places = ctx.places().set_index("hospital_id")
    level = group_level(places.reindex(sup["support_hospital_id"]).reset_index())
    region = sup["support_hospital_id"].map(places[level]).fillna(NO_REGION)
    rows = [{"level": level, "region_name": name, "support_hospitals": len(g), "denominator": g["denominator"].sum(),
             "numerator": g["numerator"].sum(), "value": _share(g), "violations": g["violations"].sum(),
             "warnings": g["warnings"].sum(), "fully_compliant": int((g["value"] >= 100 - 1e-9).sum())}
            for name, g in sup.groupby(region, sort=True)]
    return pd.DataFrame(rows, columns=cols)


# ---------------------------------------------------------------------- stored
def publish(con, year: int, profile: str, region: str | None = None, ctx: PublishContext | None = None) -> dict[str, pd.DataFrame]:
    """Compute and store the published tables of (year, profile, region) on a write
    connection, replacing only that key's rows, in one transaction; returns them as stored."""
    ctx = ctx or PublishContext(con, int(year), profile, "zh", resolve_region(con, region))
    tables = compute(ctx)
    book = pd.DataFrame({"table_name": sorted(tables), "rows": [len(tables[t]) for t in sorted(tables)]})
    book = book.assign(year=int(year), profile=profile, region=ctx.scope.region)
    store.write(con, {**tables, PUBLICATION: book}, int(year), profile, ctx.scope.region)
    return tables


def stored_tables(con, year: int, profile: str, region: str | None = None) -> dict[str, pd.DataFrame]:
    """The stored published tables of a key (as ``compute`` gave them), in the order of
    ``publication``; a clear error when the key was never published."""
    from pipelines.errors import UserError

    have = store.names(con)
    book = store.read(con, year, profile, region, [PUBLICATION])[PUBLICATION] if PUBLICATION in have else pd.DataFrame()
    if book.empty:
        where = f"{year} / {profile}" + (f" / {region}" if region else "")
        raise UserError(f"尚未发布 {where} 的报告表（先运行 duikou report 或 duikou export） / "
                        f"the tables of {where} have not been published (run duikou report or duikou export first)")
    return store.read(con, year, profile, region, list(book["table_name"]))


def display_tables(tables: dict[str, pd.DataFrame], mask: str) -> dict[str, pd.DataFrame]:
    """Stored tables as shown: the mask in masked cells, without key and marker columns."""
    return {k: store.display(v, mask) for k, v in tables.items()}


"""Report sections as functions of a ``ReportContext``: each renders published tables (computed
and stored by pipelines/published/publish.py; ``ctx.published``, ``ctx.table``) as HTML or a
plotly figure for the notebook to show. Patient-derived counts are published after small-number
suppression; staff, trainee and technique counts are exact. No estimator runs here."""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pandas as pd

from pipelines.catalogue.citations import catalogue_table, cite
from pipelines.db.runs import validation_is_stale
from pipelines.derived import hospital_names, is_synthetic
from pipelines.evaluation import inference, methods   # constants and texts: no estimator runs in rendering
from pipelines.indicators.assessment import pass_score
from pipelines.indicators.catalogue import catalogue, definitions
from pipelines.report.context import (
    BAR_LIMIT,
    DETAIL_LIMIT,
    LINE_LIMIT,
    TOP_N,
    ReportContext,
    group_level,
    latest_violations,
    meets,
)
from pipelines.report.context import to_number as _num
from pipelines.report.labels import document_note, indicator_texts
from pipelines.report.lang import citation, date_text, english
from pipelines.report.tables import DASH, WIDE_COLUMNS, html_table, judged  # noqa: F401  (WIDE_COLUMNS: re-exported)
from pipelines.report.figures import (
    LINES_PER_CHART,
    MET,
    NEUTRAL,
    distribution_figure,
    distribution_trend_figure,
    event_study_figure,
    small_multiples,
    spans_magnitudes,
    threshold_bars,
    trend_figure,
)



# ---------------------------------------------------------------------- formatting
def fmt(v, kind: str = "count", digits: int = 1) -> str:
    """Text of a published value: ``*`` stays ``*``, missing is a dash, rates get a %."""
    if isinstance(v, str):
        return v
    x = _num(v)
    if x is None:
        return DASH
    if kind == "rate":
        return f"{x:.{digits}f}%"
    if kind == "pp":
        return f"{x:+.{digits}f}"
    if kind == "float":
        return f"{x:.{digits}f}"
    return f"{x:,.0f}"


def fmt_p(p) -> str:
    """A p-value as a reader expects it: three decimals, "< 0.001" below that (never 4.76e-08)."""
    x = _num(p)
    if x is None:
        return DASH
    return "< 0.001" if x < 0.001 else f"{x:.3f}"


_judged = judged


def _target_text(target, unit: str = "") -> str:
    if target is None:
        return DASH
    op, v = target
    return f"{'≥' if op == '>=' else '≤'} {v:g}{unit}"


def _status(ok: bool | None, L: dict) -> str:
    return DASH if ok is None else (L["met"] if ok else L["not_met"])


def _share(df: pd.DataFrame) -> float:
    """Pooled share in % of an indicator table (sum of numerators / sum of denominators)."""
    den = df["denominator"].sum()
    return 100.0 * df["numerator"].sum() / den if den else float("nan")


def _aggregated_note(ctx: ReportContext, n: int, unit: str, level: str, extra: str | None = None) -> str:
    """Says that a table gives its ``n`` units by region, and where the values per unit are."""
    L = ctx.L
    text = L["aggregated_note"].format(n=f"{n:,}", unit=L[unit], limit=DETAIL_LIMIT, level=L[f"level_{level}"])
    if extra:
        text += " " + extra
    return f"<p class='duikou-note'>{html.escape(text + ' ' + L['export_note'])}</p>"


def _h4(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


# ---------------------------------------------------------------------- header and summary
def _data_status(ctx: ReportContext) -> str:
    """Synthetic (the demo) or provisional (live data, not frozen)."""
    if "data_status" not in ctx._cache:
        ctx._cache["data_status"] = ctx.L["status_synthetic"] if is_synthetic(ctx.con) else ctx.L["status_provisional"]
    return ctx._cache["data_status"]


def programme_name(ctx: ReportContext) -> str:
    """The programme's name from its profile (the slug only when the profile has no title)."""
    prof = ctx._profile()
    return (prof.title_zh if ctx.lang == "zh" else prof.title_en) or prof.title_zh or ctx.profile


def _province(ctx: ReportContext) -> str | None:
    provinces = sorted(p for (p,) in ctx.con.execute("SELECT DISTINCT province FROM hospitals WHERE province IS NOT NULL").fetchall())
    if not provinces:
        return None
    return ("、" if ctx.lang == "zh" else ", ").join(provinces)


def header_html(ctx: ReportContext, generated: str) -> str:
    """The report's head on screen, its cover page in print: title, year, programme, region,
    data status (synthetic / provisional) and when it was generated."""
    L = ctx.L
    region = ctx.scope.region or _province(ctx) or DASH
    items = [(L["cover_year"], str(ctx.year)), (L["cover_programme"], programme_name(ctx)), (L["cover_region"], region),
             (L["cover_status"], _data_status(ctx)), (L["cover_generated"], generated or DASH), (L["cover_profile"], ctx.profile)]
    status = " class='duikou-status'"
    facts = "".join(f"<tr><th>{html.escape(k)}</th><td{status if k == L['cover_status'] else ''}>{html.escape(v)}</td></tr>"
                    for k, v in items)
    parts = [f"<section class='duikou-cover'><h1>{html.escape(L['title'].format(year=ctx.year))}</h1>"
             f"<table class='duikou-facts'>{facts}</table>"]
    if is_synthetic(ctx.con):
        parts.append(f"<p class='duikou-banner'>{html.escape(L['synthetic'])}</p>")
    run, ingested, stale = validation_is_stale(ctx.con, ctx.profile)
    if stale:
        text = L["stale_validation"].format(run=run.run_id, started=f"{run.started_at:%Y-%m-%d %H:%M}",
                                            ingested=f"{ingested:%Y-%m-%d %H:%M}", profile=ctx.profile)
        parts.append(f"<p class='duikou-banner duikou-stale'>{html.escape(text)}</p>")
    parts.append("</section>")
    return "".join(parts)


def _summary(ctx: ReportContext, item: str, measure: str):
    """A figure of the summary (published ``summary_values``); None when missing."""
    if "summary" not in ctx._cache:
        t = ctx.table("summary_values")
        ctx._cache["summary"] = {(i, m): _num(v) for i, m, v in zip(t["item"], t["measure"], t["value"])}
    return ctx._cache["summary"].get((item, measure))


def _meeting(ctx: ReportContext, indicator_id: str) -> tuple[int, int, tuple | None]:
    """(recipients meeting the target, recipients judged, target), as published; without a
    target, every recipient with a row counts as judged (the headline shows the total only)."""
    n_ok, n = _summary(ctx, indicator_id, "recipients_met"), _summary(ctx, indicator_id, "recipients_judged")
    return int(n_ok or 0), int(n or 0), ctx.target(indicator_id)


def headline_rows(ctx: ReportContext) -> list[list]:
    """The executive summary: headline indicators for the year against their targets."""
    L, y = ctx.L, ctx.year
    rows = []
    # pooled over the region's counties, and over the recipients paired in the year (published)
    cur, prev = ctx.pooled("within_county_rate_county", y), ctx.pooled("within_county_rate_county", y - 1)
    if cur is not None or prev is not None:
        target = ctx.target("within_county_rate_county")
        ok = meets(_num(cur), target)
        note = L["year_note"].format(year=y - 1, value=fmt(prev, 'rate')) if prev is not None else ""
        rows.append([L["h_within"], _judged(fmt(cur, "rate"), ok), _target_text(target, "%"), _status(ok, L), note])
    cur, prev = ctx.pooled("referral_rate_recipient", y), ctx.pooled("referral_rate_recipient", y - 1)
    if cur is not None or prev is not None:
        note = L["year_note"].format(year=y - 1, value=fmt(prev, 'rate')) if prev is not None else ""
        rows.append([L["h_referral"], fmt(cur, "rate"), DASH, DASH, note])
    for key, label in (("trainees_recipient", "h_trainees"), ("techniques_recipient", "h_techniques"),
                       ("coverage_recipient", "h_coverage"), ("vice_president_posts_recipient", "h_vp"),
                       ("training_events_recipient", "h_trainings")):
        n_ok, n, target = _meeting(ctx, key)
        if not n:
            continue
        spec = catalogue()[key]
        value = fmt(_summary(ctx, key, "value"), "rate" if spec["factor"] else "count")   # a rate: pooled over recipients
        ok = None if target is None else n_ok == n
        status = L["n_of_recipients"].format(n=n_ok, total=n) if target else DASH
        unit = "%" if spec["unit"] == "%" else ""
        rows.append([L[label], value, L["per_recipient"].format(target=_target_text(target, unit)) if target else DASH,
                     _judged(status, ok), L["n_recipients"].format(total=n)])
    if _summary(ctx, "dispatched_headcount_recipient", "recipients"):
        months = _summary(ctx, "dispatched_person_months_recipient", "total")
        senior = _summary(ctx, "dispatched_senior_share_recipient", "share")
        rows.append([L["h_staff"], fmt(_summary(ctx, "dispatched_headcount_recipient", "total")), DASH, DASH,
                     L["staff_note"].format(months=fmt(months, "float"), senior=fmt(senior, "rate"))])
    if _summary(ctx, "assessment_pass_rate_recipient", "denominator"):
        rate = _summary(ctx, "assessment_pass_rate_recipient", "share")
        target = ctx.target("assessment_pass_rate_recipient")
        ok = meets(rate, target)
        duty = _summary(ctx, "on_duty_rate_recipient", "share")
        rows.append([L["h_assessment"], _judged(fmt(rate, "rate"), ok), _target_text(target, "%"), _status(ok, L),
                     L["assessment_note"].format(score=f"{pass_score(ctx.profile):g}", duty=fmt(duty, "rate"))])
    if _summary(ctx, "compliance_rate_pairing", "denominator"):
        rate = _summary(ctx, "compliance_rate_pairing", "share")
        rows.append([L["h_compliance"], _judged(fmt(rate, "rate"), rate >= 100 - 1e-9), "100%", _status(rate >= 100 - 1e-9, L),
                     L["compliance_note"].format(n=int(_summary(ctx, "compliance_rate_pairing", "violations")),
                                                 w=int(_summary(ctx, "compliance_rate_pairing", "warnings")))])
    else:
        rows.append([L["h_compliance"], DASH, "100%", DASH, L["no_validation"].format(profile=ctx.profile)])
    eff = evaluation(ctx)["effects"]
    if not eff.empty:
        e = eff[(eff["outcome"] == "referral_rate") & (eff["method"] == "cs")]
        if len(e):
            e = e.iloc[0]
            has_ci = e.ci_low == e.ci_low and e.ci_high == e.ci_high
            level = _effect_level(ctx, e)
            note = L["ci"].format(lo=f"{e.ci_low:+.2f}", hi=f"{e.ci_high:+.2f}") if has_ci else (e.note or DASH)
            if ctx.scope.region:   # the province's estimate in a region's report: said in the row
                note += "；" if ctx.lang == "zh" else "; "
                note += L["effect_province_caveat"].format(level=level, region=ctx.scope.region)
            rows.append([f"{L['h_effect']}（{L['effect_summary_level'].format(level=level)}）" if ctx.lang == "zh"
                         else f"{L['h_effect']} ({L['effect_summary_level'].format(level=level)})",
                         f"{e.estimate:+.2f} {L['pp']}" if e.estimate == e.estimate else DASH, DASH, DASH, note])
    return rows


def _effect_level(ctx: ReportContext, e) -> str:
    """The level an effect row was estimated at, as a label (province, national)."""
    level = getattr(e, "estimated_at", None)
    return ctx.L.get(f"effect_level_{level}", level) if isinstance(level, str) else ctx.L["effect_level_province"]


def summary_html(ctx: ReportContext) -> str:
    L = ctx.L
    return html_table([L["indicator"], L["value"], L["target"], L["status"], L["note"]], headline_rows(ctx))


# ---------------------------------------------------------------------- counties
def _county_rows(ctx: ReportContext, w: pd.DataFrame, codes, paired: pd.Series) -> list[list]:
    """Rows of the per-county table for ``codes`` (published values ``w``, both years)."""
    L, y, target = ctx.L, ctx.year, ctx.target("within_county_rate_county")
    first = w.drop_duplicates("county_code").set_index("county_code")
    cur = w[w["year"] == y].drop_duplicates("county_code").set_index("county_code")
    prev = w[w["year"] == y - 1].drop_duplicates("county_code").set_index("county_code")
    rows = []
    for code in codes:
        v = cur["value"].get(code) if code in cur.index else None
        pv = prev["value"].get(code) if code in prev.index else None
        change = _num(v) - _num(pv) if _num(v) is not None and _num(pv) is not None else None
        since = paired.get(code)
        rows.append([first.at[code, "county_name"], first.at[code, "city"] or DASH, fmt(pv, "rate"),
                     _judged(fmt(v, "rate"), meets(_num(v), target)), fmt(change, "pp"),
                     fmt(cur.at[code, "denominator"] if code in cur.index else None),
                     date_text(since, ctx.lang) if since is not None and not pd.isna(since) else L["comparison_county"]])
    return rows


def county_table_html(ctx: ReportContext) -> str:
    """Per county: within-county treatment rate last year and this year against the ~90% target,
    residents' admissions (suppressed), and since when its county hospital is paired. With more
    than DETAIL_LIMIT counties: by region, and the TOP_N counties with the lowest rate."""
    L, y = ctx.L, ctx.year
    w = ctx.published("within_county_rate_county", [y - 1, y])
    if w.empty:
        return f"<p>{html.escape(L['no_data'])}</p>"
    paired = ctx.table("county_pairing_start").set_index("county_code")["paired_from"]
    codes = sorted(c for c in w["county_code"].unique() if isinstance(c, str))
    header = [L["county"], L["city"], f"{L['within_rate']} {y - 1}", f"{L['within_rate']} {y}", L["change_pp"],
              f"{L['admissions']} {y}", L["paired_since"]]
    if len(codes) <= DETAIL_LIMIT:
        return html_table(header, _county_rows(ctx, w, codes, paired))
    # national scale: pooled by region (published), then the counties furthest below the target
    target = ctx.target("within_county_rate_county")
    by_region = ctx.table("within_county_by_region")
    level = by_region["level"].iloc[0]
    rows = []
    for r in by_region.itertuples():
        change = _num(r.rate) - _num(r.rate_previous) if _num(r.rate) is not None and _num(r.rate_previous) is not None else None
        rows.append([r.region_name, fmt(r.counties), fmt(r.paired_counties), fmt(r.rate_previous, "rate"),
                     _judged(fmt(r.rate, "rate"), meets(_num(r.rate), target)), fmt(change, "pp"), fmt(r.admissions),
                     _judged(f"{int(r.counties_met)} / {int(r.counties_judged)}", int(r.counties_met) == int(r.counties_judged))
                     if r.counties_judged else DASH])
    out = _aggregated_note(ctx, len(codes), "u_counties", level)
    out += html_table([L[f"level_{level}"], L["n_counties"], L["n_paired_counties"], f"{L['within_rate']} {y - 1}",
                       f"{L['within_rate']} {y}", L["change_pp"], f"{L['admissions']} {y}", L["counties_meeting"]], rows)
    cur = w[w["year"] == y].assign(_v=lambda d: d["value"].map(_num)).dropna(subset=["_v"])
    lowest = cur.sort_values(["_v", "county_code"]).head(TOP_N)["county_code"].tolist()
    out += _h4(L["lowest_counties"].format(n=len(lowest), year=y)) + html_table(header, _county_rows(ctx, w, lowest, paired))
    return out


def within_county_figure(ctx: ReportContext):
    """One line per county; with more than LINE_LIMIT counties the distribution of the county
    rates per year (box: quartiles, whiskers: 5th-95th percentile) and the pooled rate."""
    L = ctx.L
    df = ctx.published("within_county_rate_county", list(range(ctx.year - 4, ctx.year + 1)))
    df = df.assign(value=df["value"].map(_num))
    target = ctx.target("within_county_rate_county")
    if df["county_code"].nunique() <= LINES_PER_CHART:
        return trend_figure(df, "year", "value", "county_name", L["within_title"], L["percent"],
                            target=target[1] if target else None, target_label=L["target_90"])
    if df["county_code"].nunique() <= LINE_LIMIT:   # more lines than a chart tells apart: one small chart per county
        return small_multiples(df, "year", "value", "county_name", f"{L['within_title']}<br><sub>{L['county_multiples_note']}</sub>",
                               L["percent"], shared_y=True, target=target[1] if target else None, target_label=L["target_90"])
    p = ctx.table("pooled_rates")
    p = p[p["indicator_id"] == "within_county_rate_county"].sort_values("period")
    pooled = {int(yr): _num(v) for yr, v in zip(p["period"], p["value"])}
    return distribution_trend_figure(df, "year", "value", pooled, L["within_title_dist"].format(n=f"{df['county_code'].nunique():,}"),
                                     L["percent"], L["all_counties"], target=target[1] if target else None, target_label=L["target_90"])


# ---------------------------------------------------------------------- patient-level records
def records_html(ctx: ReportContext) -> str:
    """Per county, the year's within-county inpatient rate and outward transfers counted from
    the patients' discharge records (published ``records_within_county``), labelled by source; a
    sentence when no records were ingested."""
    L = ctx.L
    t = ctx.table("records_within_county")
    if t.empty:
        return f"<p class='duikou-note'>{html.escape(L['records_none'])}</p>"
    target = ctx.target("within_county_rate_county")
    rows = [[r.county_name or r.county_code, _judged(fmt(r.within_county_rate, "rate"), meets(_num(r.within_county_rate), target)),
             fmt(r.resident_discharges_in_county), fmt(r.resident_discharges), fmt(r.outward_transfers), fmt(r.months_reported)]
            for r in t.itertuples()]
    return (f"<p class='duikou-source'>{html.escape(L['records_source'])}</p>"
            + html_table([L["county"], L["r_rate"], L["r_in_county"], L["r_discharges"], L["r_outward"], L["r_months"]], rows))


def records_comparison_html(ctx: ReportContext) -> str:
    """The annex's related-figures check: each figure the forms report beside the same figure
    from the records (published ``records_vs_forms``), and the records left out per reason."""
    L = ctx.L
    t, rej = ctx.table("records_vs_forms"), ctx.table("records_excluded")
    if t.empty and rej.empty:
        return ""
    out = [f"<h3>{html.escape(L['s_records_compare'])}</h3>", f"<p>{html.escape(L['records_compare_intro'])}</p>"]
    if not t.empty:
        name = "measure_zh" if ctx.lang == "zh" else "measure_en"
        rows = []
        for r in t.itertuples():
            kind = "rate" if r.unit == "%" else "count"
            diff = fmt(r.difference, "pp", 1) if kind == "rate" else fmt(r.difference)
            x = _num(r.ratio)
            ratio = DASH if kind == "rate" else (r.ratio if isinstance(r.ratio, str) else fmt(None if x is None else 100 * x, "rate"))
            rows.append([r.county_name or r.county_code, getattr(r, name), fmt(r.form_value, kind), fmt(r.records_value, kind), diff, ratio])
        out.append(html_table([L["county"], L["rc_measure"], L["rc_form"], L["rc_records"], L["rc_difference"], L["rc_ratio"]], rows))
    if not rej.empty:
        reason = "reason_zh" if ctx.lang == "zh" else "reason_en"
        out.append(f"<h4>{html.escape(L['s_records_rejects'])}</h4>")
        out.append(html_table([L["rr_reason"], L["rr_code"], L["rr_rows"]],
                              [[getattr(r, reason), r.reason_code, fmt(r.rows)] for r in rej.itertuples()]))
    return "".join(out)


# ---------------------------------------------------------------------- pairings
_PAIRING_COLUMNS = [
    # (indicator, label key, kind)
    ("dispatched_headcount_recipient", "c_headcount", "count"),
    ("dispatched_person_months_recipient", "c_person_months", "float"),
    ("dispatched_senior_share_recipient", "c_senior", "rate"),
    ("vice_president_posts_recipient", "c_vp", "count"),
    ("coverage_recipient", "c_coverage", "rate"),
    ("trainees_recipient", "c_trainees", "count"),
    ("trainees_completed_6m_recipient", "c_completed", "rate"),
    ("trainees_free_share_recipient", "c_free", "rate"),
    ("techniques_recipient", "c_techniques", "count"),
    ("techniques_cumulative_recipient", "c_techniques_cum", "count"),
    ("techniques_county_gap_share_recipient", "c_gap", "rate"),
    ("training_events_recipient", "c_trainings", "count"),
    ("assessment_pass_rate_recipient", "c_pass", "rate"),
    ("on_duty_rate_recipient", "c_on_duty", "rate"),
]


def pairings_in_year(ctx: ReportContext) -> pd.DataFrame:
    return ctx.table("pairings_in_year")


def _pairing_values(ctx: ReportContext) -> tuple[dict, dict]:
    """{indicator: {recipient: value}} and {(support, recipient): compliance}, for lookups per row."""
    values = {}
    for key, _, _ in _PAIRING_COLUMNS:
        t = ctx.indicator(key).drop_duplicates("recipient_hospital_id")
        values[key] = dict(zip(t["recipient_hospital_id"], t["value"]))
    comp = ctx.indicator("compliance_rate_pairing")
    comp = dict(zip(zip(comp["support_hospital_id"], comp["recipient_hospital_id"]), comp["value"])) if len(comp) else {}
    return values, comp


def _pairing_rows(ctx: ReportContext, pairs: pd.DataFrame, values: dict, comp: dict) -> list[list]:
    rows = []
    targets = {key: ctx.target(key) for key, _, _ in _PAIRING_COLUMNS}
    for p in pairs.itertuples():
        row = [f"{p.support_name} → {p.recipient_name}", date_text(p.start_date, ctx.lang)]
        for key, _, kind in _PAIRING_COLUMNS:
            v = values[key].get(p.recipient_hospital_id)
            row.append(_judged(fmt(v, kind), ctx.judge(key, p.recipient_hospital_id, v) if targets[key] else None))
        c = comp.get((p.support_hospital_id, p.recipient_hospital_id))
        row.append(_judged(fmt(c, "rate"), meets(_num(c), (">=", 100.0))))
        rows.append(row)
    return rows


def pairing_table_html(ctx: ReportContext) -> str:
    """One row per pairing active in the year: the recipient's indicators (red: short of the
    programme's requirement) and the pairing's rule-compliance rate. With more than
    DETAIL_LIMIT pairings: by region (counts as the mean per recipient, rates pooled, with how
    many recipients meet each requirement), then the TOP_N pairings short of most requirements."""
    L = ctx.L
    pairs = pairings_in_year(ctx)
    if pairs.empty:
        return f"<p>{html.escape(L['no_data'])}</p>"
    values, comp = _pairing_values(ctx)
    header = [L["pairing"], L["start"]] + [L[label] for _, label, _ in _PAIRING_COLUMNS] + [L["c_compliance"]]
    if len(pairs) <= DETAIL_LIMIT:
        return html_table(header, _pairing_rows(ctx, pairs, values, comp))
    # national scale: one row per region
    places = ctx.places().set_index("hospital_id")
    recipients = pairs.drop_duplicates("recipient_hospital_id")["recipient_hospital_id"].to_numpy()
    level = group_level(places.reindex(recipients).reset_index())
    region = dict(zip(recipients, places[level].reindex(recipients).fillna(DASH).to_numpy()))
    judged_cols = [key for key, _, _ in _PAIRING_COLUMNS if ctx.target(key) is not None]
    met = pd.DataFrame({key: [ctx.judge(key, r, values[key].get(r)) for r in recipients] for key in judged_cols},
                       index=recipients, dtype="object")
    short = (met == False).sum(axis=1)  # noqa: E712
    met["_region"] = [region[r] for r in recipients]
    # meeting every requirement needs each judged: a value that cannot be judged (no
    # assessments, a masked rate) does not count as met
    met["_all"] = (met[judged_cols] == True).all(axis=1)  # noqa: E712
    by_region = {name: g for name, g in met.groupby("_region", sort=True)}
    n_pairs = pairs["recipient_hospital_id"].map(region).value_counts()

    def per_region(t: pd.DataFrame) -> dict:
        t = t.assign(_region=t["recipient_hospital_id"].map(region)).dropna(subset=["_region"])
        return {name: g for name, g in t.groupby("_region", sort=False)}

    tables = {key: per_region(ctx.indicator(key)) for key, _, _ in _PAIRING_COLUMNS}
    comp_rows = ctx.indicator("compliance_rate_pairing")
    comp_by = per_region(comp_rows) if len(comp_rows) else {}
    rows = []
    for name, m in by_region.items():
        row = [name, fmt(int(n_pairs.get(name, 0))), _judged(f"{int(m['_all'].sum())} / {len(m)}", bool(m["_all"].all()))]
        for key, _, kind in _PAIRING_COLUMNS:
            t = tables[key].get(name)
            if t is None or t.empty:
                row.append(DASH)
                continue
            text = fmt(_share(t), "rate") if catalogue()[key]["factor"] else fmt(t["value"].mean(), "float")
            if key in judged_cols:
                judged = m[key].dropna()
                k = int((judged == True).sum())  # noqa: E712
                row.append(_judged(f"{text} ({k}/{len(judged)})", k == len(judged) if len(judged) else None))
            else:
                row.append(text)
        c = comp_by.get(name)
        if c is not None and len(c) and c["denominator"].sum():
            k = int((c["value"] >= 100 - 1e-9).sum())
            row.append(_judged(f"{fmt(_share(c), 'rate')} ({k}/{len(c)})", k == len(c)))
        else:
            row.append(DASH)
        rows.append(row)
    out = _aggregated_note(ctx, len(pairs), "u_pairings", level, L["pairings_aggregated"])
    out += html_table([L[f"level_{level}"], L["n_pairings"], L["recipients_all_met"]] + [L[label] for _, label, _ in _PAIRING_COLUMNS]
                      + [L["c_compliance"]], rows)
    # the pairings short of most requirements, then lowest compliance
    cval = pd.Series([_num(comp.get((s_, r))) for s_, r in zip(pairs["support_hospital_id"], pairs["recipient_hospital_id"])],
                     index=pairs.index, dtype="float64")   # None (no validation run) -> NaN -> not below 100
    order = pairs.assign(_short=pairs["recipient_hospital_id"].map(short).fillna(0).to_numpy(), _comp=cval.fillna(100.0))
    order = order[(order["_short"] > 0) | (order["_comp"] < 100 - 1e-9)]
    n_short = len(order)
    top = order.sort_values(["_short", "_comp", "support_hospital_id", "recipient_hospital_id"], ascending=[False, True, True, True]).head(TOP_N)
    if top.empty:
        return out + f"<p>{html.escape(L['all_pairings_met'])}</p>"
    out += _h4(L["pairings_short"].format(n=len(top), total=f"{n_short:,}"))
    return out + html_table(header, _pairing_rows(ctx, top, values, comp))


def _bars(ctx: ReportContext, key: str, title: str, y_title: str, dist_title: str):
    """One bar per recipient, red where short of the requirement; beyond BAR_LIMIT recipients,
    the distribution: how many recipients have each value."""
    df = ctx.indicator(key)
    target = ctx.target(key)
    if target is None:   # this profile sets no requirement: the title does not promise its dashed line
        title = title.replace(ctx.L["dashed_requirement"], "")
    judged = [ctx.judge(key, r, v) for r, v in zip(df["recipient_hospital_id"], df["value"])] if target else None
    partial = bool(judged) and any(j is None and _num(v) is not None for j, v in zip(judged, df["value"]))
    if len(df) <= BAR_LIMIT:
        if partial:   # grey bars: recipients not paired the whole year, not judged on a year's count
            title += f"<br><sub>{ctx.L['partial_year_note']}</sub>"
        return threshold_bars(df, "hospital_name", "value", title, y_title, target[1] if target else None, judged=judged,
                              legend=_bar_legend(ctx, target, "%" if catalogue()[key]["unit"] == "%" else ""))
    if partial:   # the distribution of the recipients judged on the year's count
        df = df[[j is not None for j in judged]]
        dist_title += f"<br><sub>{ctx.L['partial_year_note_dist']}</sub>"
    integer = not catalogue()[key]["factor"]
    return distribution_figure([(y_title, df["value"], target[1] if target else None, MET if target else NEUTRAL)],
                               dist_title.format(year=ctx.year, n=f"{len(df):,}"), y_title, ctx.L["n_recipients_axis"],
                               op=target[0] if target else ">=", integer=integer, width=None if integer else 5.0,
                               percent=not integer)


def _bar_legend(ctx: ReportContext, target, unit: str = "") -> dict:
    """The legend of a chart of bars judged against a requirement (the colours of the tables)."""
    L = ctx.L
    return {"met": L["met_legend"], "miss": L["miss_legend"], "unjudged": L["unjudged_legend"],
            "target": L["target_legend"].format(target=_target_text(target, unit)) if target else None}


def trainees_figure(ctx: ReportContext):
    L = ctx.L
    return _bars(ctx, "trainees_recipient", L["trainees_title"].format(year=ctx.year), L["count_people"], L["trainees_dist_title"])


def techniques_figure(ctx: ReportContext):
    L = ctx.L
    return _bars(ctx, "techniques_recipient", L["techniques_title"].format(year=ctx.year), L["count_items"], L["techniques_dist_title"])


def coverage_figure(ctx: ReportContext):
    L = ctx.L
    return _bars(ctx, "coverage_recipient", L["coverage_title"].format(year=ctx.year), L["percent"], L["coverage_dist_title"])


# ---------------------------------------------------------------------- workload
_WORKLOAD = [("outpatient_visits_recipient_year", "w_outpatient"), ("discharges_recipient_year", "w_discharges"),
             ("surgeries_recipient_year", "w_surgeries")]


def _change_pct(cur, prev) -> float | None:
    return 100 * (_num(cur) / _num(prev) - 1) if _num(cur) is not None and _num(prev) else None


def workload_table_html(ctx: ReportContext) -> str:
    """Per hospital reporting monthly statistics: visits, discharges and operations this year
    and the change on last year (suppressed counts; change computed from them). With more
    than DETAIL_LIMIT hospitals: totals by region (rounded below province level)."""
    L, y = ctx.L, ctx.year
    base = ctx.published("discharges_recipient_year", [y - 1, y])
    if base.empty:
        return f"<p>{html.escape(L['no_data'])}</p>"
    header = [L["hospital"]]
    for _, label in _WORKLOAD:
        header += [f"{L[label]} {y}", L["change_pct"]]
    ids = sorted(h for h in base["recipient_hospital_id"].unique() if isinstance(h, str))
    if len(ids) <= DETAIL_LIMIT:
        tables = {k: ctx.published(k, [y - 1, y]) for k, _ in _WORKLOAD}
        pub = tables["discharges_recipient_year"]
        first = pub.drop_duplicates("recipient_hospital_id").set_index("recipient_hospital_id")
        months = pub[pub["year"] == y].drop_duplicates("recipient_hospital_id").set_index("recipient_hospital_id")["months_reported"]
        vals = {k: t.drop_duplicates(["recipient_hospital_id", "year"]).set_index(["recipient_hospital_id", "year"])["value"]
                for k, t in tables.items()}
        rows = []
        for hid in ids:
            row = [first.at[hid, "hospital_name"]]
            for key, _ in _WORKLOAD:
                cur, prev = vals[key].get((hid, y)), vals[key].get((hid, y - 1))
                row += [fmt(cur), fmt(_change_pct(cur, prev), "pp")]
            row.append(fmt(months.get(hid)))
            rows.append(row)
        return html_table(header + [L["months_reported"]], rows)
    # national scale: totals by region (published: the counts summed, then suppressed), the
    # change on last year over the hospitals reporting in both years
    by_region = ctx.table("workload_by_region")
    level = by_region["level"].iloc[0]
    rows = []
    for r in by_region.to_dict("records"):
        row = [r["region_name"], fmt(r["hospitals"])]
        for key, _ in _WORKLOAD:
            row += [fmt(r[key]), fmt(r[key + "_change"], "pp")]
        row.append(fmt(r["mean_months_reported"], "float"))
        rows.append(row)
    return (_aggregated_note(ctx, len(ids), "u_hospitals", level, L["workload_change_note"])
            + html_table([L[f"level_{level}"], L["n_hospitals"]] + header[1:] + [L["mean_months_reported"]], rows))


def discharges_figure(ctx: ReportContext):
    """Monthly discharges, one line per hospital; beyond LINE_LIMIT hospitals, the total per
    region (one line per region while there are at most LINE_LIMIT regions, else the total).
    Month ticks in the report's language (2024年3月, not Mar 2024)."""
    fig = _discharges_figure(ctx)
    fig.update_xaxes(hoverformat=ctx.L["date_ticks"])
    if fig.layout.xaxis.tickformat is None:   # small multiples set their own (a tick a year)
        fig.update_xaxes(tickformat=ctx.L["date_ticks"])
    return fig


def _discharges_figure(ctx: ReportContext):
    L = ctx.L
    years = list(range(ctx.year - 2, ctx.year + 1))
    df = ctx.published("discharges_recipient_month", years)
    if df["recipient_hospital_id"].nunique() <= LINE_LIMIT:
        df = df.assign(value=df["value"].map(_num), period=pd.to_datetime(dict(year=df["year"], month=df["month"], day=1)))
        if df["recipient_hospital_id"].nunique() > LINES_PER_CHART:
            # one small chart per hospital, each on its own scale (township centres ~100 a month
            # beside county hospitals ~3,000 would be flat lines on a shared one)
            return small_multiples(df, "period", "value", "hospital_name",
                                   f"{L['discharges_title']}<br><sub>{L['small_multiples_note']}</sub>", L["w_discharges"],
                                   shared_y=False, x_tickformat=L["year_ticks"])
        fig = trend_figure(df, "period", "value", "hospital_name", L["discharges_title"], L["w_discharges"])
        if spans_magnitudes(df, "value", "hospital_name"):   # sizes an order of magnitude apart: a log scale
            fig.update_yaxes(type="log", dtick="D2", title_text=f"{L['w_discharges']}（{L['log_scale']}）" if ctx.lang == "zh"
                             else f"{L['w_discharges']} ({L['log_scale']})")
        return fig
    # beyond LINE_LIMIT hospitals: per region (published sums), or the total over all hospitals
    sums = ctx.table("discharges_month_by_region")
    level = sums["level"].iloc[0]
    regional = sums[sums["region_name"].notna()]
    by = L["by_level"].format(level=L[f"level_{level}"])
    if regional["region_name"].nunique() > LINE_LIMIT:
        regional = sums[sums["region_name"].isna()].assign(region_name=L["all_hospitals"])
        by = ""
    regional = regional.assign(period=pd.to_datetime(dict(year=regional["period"], month=regional["month"], day=1)))
    return trend_figure(regional.rename(columns={"region_name": "_region"}), "period", "value", "_region",
                        L["discharges_title_regions"].format(n=f"{df['recipient_hospital_id'].nunique():,}", by=by), L["w_discharges"])


# ---------------------------------------------------------------------- programme effect
def evaluation(ctx: ReportContext) -> dict:
    """The published effect tables: ``effects`` (every estimate), ``results`` (per outcome of the
    headline Callaway–Sant'Anna estimate: estimated or why not, pre-trend test, placebo),
    ``event_study`` (the effect by period since the start, as charted), ``before_after`` (per
    recipient) and ``before_after_cohorts``."""
    return {"effects": ctx.table("effect_estimates"), "results": ctx.table("effect_results"),
            "event_study": ctx.table("event_study"), "before_after": ctx.table("before_after"),
            "before_after_cohorts": ctx.table("before_after_cohorts")}


def _effect_text(v: float, scale: str, L) -> str:
    return DASH if v != v else (f"{v:+.2f}%" if scale == "log" else f"{v:+.2f} {L['pp']}")


def _results(ctx: ReportContext) -> pd.DataFrame:
    """Per outcome of the headline estimate (published), in the outcomes' order."""
    return evaluation(ctx)["results"].sort_values("outcome_order", kind="stable")


def _statement_text(r) -> str:
    return r.statement if isinstance(r.statement, str) else ""


def effects_html(ctx: ReportContext) -> str:
    """The headline (Callaway–Sant'Anna) first for each outcome, then the diagnostics; the
    numbers of clusters, paired and never-paired units; no interval below the stated minimum."""
    L = ctx.L
    est = evaluation(ctx)["effects"]
    res = _results(ctx)
    results = {r.outcome: r for r in res.itertuples()}
    statements = "".join(f"<p class='duikou-note'>{html.escape(L[f'o_{r.outcome}'])}: {html.escape(_statement_text(r))}</p>"
                         for r in res.itertuples() if not r.ok)
    if est.empty:
        return f"<p>{html.escape(L['no_effect_data'])}</p>" + statements
    rows = []
    order = {"cs": 0, "twfe": 1, "stacked": 2}
    est = est.assign(_o=est["method"].map(order)).sort_values(["_o"], kind="stable").drop(columns="_o")
    est = est.sort_values("outcome_order", kind="stable")
    for e in est.itertuples():
        v, lo, hi = e.estimate_pct, e.ci_low_pct, e.ci_high_pct   # log points as % change (published)
        unit = "%" if e.scale == "log" else f" {L['pp']}"
        ci = f"[{lo:+.2f}, {hi:+.2f}]" if lo == lo and hi == hi else L["no_interval"]
        value = f"{v:+.2f}{unit}" if v == v else DASH
        p = fmt_p(e.p_value)
        note = e.note if isinstance(e.note, str) else ""
        if e.method == "cs":
            r = results.get(e.outcome)
            units = L["cs_units_note"].format(clusters=r.n_units if r else e.n_units, treated=e.n_treated, never=e.n_never_treated,
                                              always=e.n_always_treated, unbalanced=e.n_unbalanced,
                                              control=L[f"ctrl_{e.control or 'never'}"])
            note = note or (L["interval_randomisation"].format(draws=inference.RI_DRAWS) if e.interval_method == "randomisation" else "")
        else:
            units = L["units_note"].format(units=e.n_units, treated=e.n_treated, never=e.n_never_treated)
            if e.method == "twfe" and e.negative_weight_sum == e.negative_weight_sum:
                note = (note + " " if note else "") + L["twfe_diag"].format(neg=e.negative_weight_sum)
        rows.append([L[f"o_{e.outcome}"], L[f"m_{e.method}"], _effect_level(ctx, e), value, ci, p, f"{e.n_obs:,}", units, note])
    note = ""
    if ctx.scope.region:
        level = _effect_level(ctx, est.iloc[0]) if len(est) else L["effect_level_province"]
        note = (f"<p class='duikou-banner duikou-caveat'>{html.escape(L['effect_province_caveat'].format(level=level, region=ctx.scope.region))}</p>"
                f"<p>{html.escape(L['whole_panel'])}</p>")
    minimum = L["few_units_stated"].format(t=inference.MIN_TREATED, c=inference.MIN_CONTROL, a=inference.MIN_ASSIGNMENTS)
    return (note + html_table([L["outcome"], L["method"], L["effect_level"], L["estimate"], L["ci95"], "p", L["n_obs"], L["units"], L["note"]], rows,
                              wide=True)   # nine columns: a landscape page in print
            + f"<p class='duikou-note'>{html.escape(minimum)}</p>" + statements)


def event_study_figures(ctx: ReportContext) -> list:
    """One figure per outcome with an estimate: Callaway–Sant'Anna's effect by period since
    the start (pre-period points are placebo comparisons: the pre-trend evidence), as published."""
    L = ctx.L
    figs = []
    es = evaluation(ctx)["event_study"]
    for r in _results(ctx).itertuples():
        if not r.ok:
            continue
        coefs, scale = es[es["outcome"] == r.outcome].sort_values("event_time").reset_index(drop=True), L["pp"]
        if coefs.empty:
            continue
        coefs = coefs[["event_time", "estimate", "ci_low", "ci_high", "n_units"]]
        if r.scale == "log":   # log points -> % change
            coefs = coefs.assign(**{c: 100 * np.expm1(coefs[c]) for c in ("estimate", "ci_low", "ci_high")})
            scale = "%"
        has_placebo = r.placebo_estimate == r.placebo_estimate
        placebo = _effect_text(r.placebo_estimate, "pp" if r.scale != "log" else "log", L) if has_placebo else DASH
        if has_placebo and r.scale == "log":
            placebo = f"{100 * np.expm1(r.placebo_estimate):+.2f}%"
        title = L["es_title_cs"].format(outcome=L[f"o_{r.outcome}"], placebo=placebo,
                                        p=f"{r.pretrend_p:.2f}" if r.pretrend_p == r.pretrend_p else DASH)
        figs.append(event_study_figure(coefs, title, f"{L['effect']} ({scale})", L["periods_since"], binned=False))
    return figs


def event_study_statements(ctx: ReportContext) -> str:
    """Why an outcome has no event study (a clear statement instead of an exception)."""
    L = ctx.L
    items = [L["es_none"].format(outcome=L[f"o_{r.outcome}"], statement=_statement_text(r))
             for r in _results(ctx).itertuples() if not r.ok]
    return "".join(f"<p class='duikou-note'>{html.escape(t)}</p>" for t in items)


def before_after_html(ctx: ReportContext) -> str:
    """Per recipient: referral rate in the 12 months before and after the start, against the
    comparison group over the same months; rates from suppressed counts. With more than
    DETAIL_LIMIT recipients: pooled per cohort (recipients first paired in the same month,
    who share the comparison group)."""
    L = ctx.L
    pub = evaluation(ctx)["before_after"]
    if pub is None or pub.empty:
        return f"<p>{html.escape(L['no_effect_data'])}</p>"
    if len(pub) > DETAIL_LIMIT:
        return _before_after_cohorts_html(ctx, len(pub))
    rows = [[r.hospital_name, date_text(r.paired_from, ctx.lang), fmt(r.months_before), fmt(r.rate_before, "rate", 2),
             fmt(r.rate_after, "rate", 2), fmt(r.change, "pp", 2), fmt(r.comparison_change, "pp", 2), fmt(r.did, "pp", 2)]
            for r in pub.itertuples()]
    return html_table([L["hospital"], L["start"], L["months_before"], L["rate_before"], L["rate_after"], L["change_pp"],
                       L["comparison_change"], L["did"]], rows)


def _before_after_cohorts_html(ctx: ReportContext, n_all: int) -> str:
    L = ctx.L
    # only recipients with months on both sides (pipelines/published/publish.py)
    pub = evaluation(ctx)["before_after_cohorts"]
    pooled = int(pub["recipients"].sum()) if len(pub) else 0
    note = L["before_after_cohorts"].format(n=f"{n_all:,}", limit=DETAIL_LIMIT)
    if pooled < n_all:
        note += " " + L["before_after_left_out"].format(n=f"{n_all - pooled:,}")
    if pub.empty:
        return f"<p class='duikou-note'>{html.escape(note)}</p><p>{html.escape(L['no_effect_data'])}</p>"
    rows = [[r.cohort, fmt(r.recipients), fmt(r.months_before), fmt(r.rate_before, "rate", 2), fmt(r.rate_after, "rate", 2),
             fmt(r.change, "pp", 2), fmt(r.comparison_change, "pp", 2), fmt(r.did, "pp", 2)] for r in pub.itertuples()]
    return (f"<p class='duikou-note'>{html.escape(note)}</p>"
            + html_table([L["first_month_paired"], L["n_recipients_col"], L["months_before"], L["rate_before"], L["rate_after"],
                          L["change_pp"], L["comparison_change"], L["did"]], rows))


def assumptions_html(ctx: ReportContext) -> str:
    items = "".join(f"<li><b>{html.escape(k)}</b>：{html.escape(v)}</li>" if ctx.lang == "zh" else
                    f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>" for k, v in methods.assumptions(ctx.lang))
    return f"<ul class='duikou-list'>{items}</ul>"


# ---------------------------------------------------------------------- compliance
def _compliance_rows(sup: pd.DataFrame) -> list[list]:
    return [[r.support_name or r.support_hospital_id, fmt(r.denominator), fmt(r.numerator),
             _judged(fmt(r.value, "rate"), meets(_num(r.value), (">=", 100.0))), fmt(r.violations), fmt(r.warnings),
             DASH if pd.isna(r.rules_failed) else r.rules_failed] for r in sup.itertuples()]


def compliance_html(ctx: ReportContext) -> str:
    """Rule compliance per support hospital (latest validation run of the profile). With more
    than DETAIL_LIMIT support hospitals: by region, then the TOP_N least compliant."""
    L = ctx.L
    if ctx.scope.limited:
        return _compliance_pairings_html(ctx)
    sup = ctx.indicator("compliance_rate_support")
    if sup.empty:
        return f"<p>{html.escape(L['no_validation'].format(profile=ctx.profile))}</p>"
    header = [L["support_hospital"], L["evaluations"], L["passed"], L["c_compliance"], L["violations"], L["warnings"], L["rules_failed"]]
    if len(sup) <= DETAIL_LIMIT:
        return html_table(header, _compliance_rows(sup))
    by_region = ctx.table("compliance_by_region")   # published
    level = by_region["level"].iloc[0]
    rows = [[r.region_name, fmt(r.support_hospitals), fmt(r.denominator), fmt(r.numerator),
             _judged(fmt(r.value, "rate"), meets(_num(r.value), (">=", 100.0))), fmt(r.violations), fmt(r.warnings),
             _judged(f"{int(r.fully_compliant)} / {int(r.support_hospitals)}", int(r.fully_compliant) == int(r.support_hospitals))]
            for r in by_region.itertuples()]
    out = _aggregated_note(ctx, len(sup), "u_support", level)
    out += html_table([L[f"level_{level}"], L["n_support"], L["evaluations"], L["passed"], L["c_compliance"], L["violations"],
                       L["warnings"], L["support_fully_compliant"]], rows)
    low = sup[sup["value"] < 100 - 1e-9].sort_values(["value", "support_hospital_id"])
    if low.empty:
        return out + f"<p>{html.escape(L['all_support_compliant'])}</p>"
    return out + _h4(L["support_least"].format(n=min(TOP_N, len(low)), total=f"{len(low):,}")) + html_table(header, _compliance_rows(low.head(TOP_N)))


def _compliance_pairings_html(ctx: ReportContext) -> str:
    """A region's report: rule compliance per pairing of the region's recipients (a support
    hospital's own rate would count its pairings in other regions too); the rows sum to the
    summary's rate."""
    L = ctx.L
    df = ctx.indicator("compliance_rate_pairing")
    if df.empty:
        return f"<p>{html.escape(L['no_validation'].format(profile=ctx.profile))}</p>"
    df = df.sort_values(["support_hospital_id", "recipient_hospital_id"])
    rows = [[f"{r.support_name or r.support_hospital_id} → {r.recipient_name or r.recipient_hospital_id}", fmt(r.denominator),
             fmt(r.numerator), _judged(fmt(r.value, "rate"), meets(_num(r.value), (">=", 100.0))), fmt(r.violations), fmt(r.warnings),
             DASH if pd.isna(r.rules_failed) else r.rules_failed] for r in df.itertuples()]
    return html_table([L["pairing"], L["evaluations"], L["passed"], L["c_compliance"], L["violations"], L["warnings"], L["rules_failed"]], rows)


def compliance_figure(ctx: ReportContext):
    df = ctx.indicator("compliance_rate_pairing")
    if df.empty:
        return None
    if len(df) > BAR_LIMIT:
        return distribution_figure([(ctx.L["percent"], df["value"], 100.0, "#1b6e20")],
                                   ctx.L["compliance_dist_title"].format(n=f"{len(df):,}"), ctx.L["c_compliance"] + " (%)",
                                   ctx.L["n_pairings_axis"], width=5.0, threshold_label="100%", percent=True)
    df = df.assign(label=df["support_name"].fillna(df["support_hospital_id"]) + "→" + df["recipient_name"].fillna(df["recipient_hospital_id"]),
                   value=df["value"].round(1))
    return threshold_bars(df, "label", "value", ctx.L["compliance_title"], ctx.L["percent"], 100.0,
                          legend=_bar_legend(ctx, (">=", 100.0), "%"))


# ---------------------------------------------------------------------- data quality (annex) and methods
def violations_html(con, year: int, profile: str, L: dict) -> str:
    has_run = con.execute("SELECT count(*) FROM validation_results WHERE profile = ?", [profile]).fetchone()[0]
    if not has_run:
        return f"<p>{html.escape(L['no_validation'].format(profile=profile))}</p>"
    v = latest_violations(con, profile, year)
    if v.empty:
        return f"<p>{html.escape(L['no_violations'])}</p>"
    names = hospital_names(con)
    v = v.assign(hospital=v["hospital_id"].map(lambda h: f"{names.get(h, h)}（{h}）" if h else ""),
                 citation=v["citation"].map(lambda c: cite(c, L.get("q_lang", "zh"), short=True)))
    columns = {"rule_id": "规则 rule", "hospital": L["hospital"], "period": "期间 period", "observed": "实际 observed",
               "expected": "要求 expected", "citation": "政策依据 citation"}
    rows = [[f"{x:.1f}" if isinstance(x, float) and x == x else x for x in r] for r in v[list(columns)].itertuples(index=False)]
    return html_table(list(columns.values()), rows)


def methods_html(ctx: ReportContext) -> str:
    """The indicator catalogue: definitions, targets and citations, in the report's language
    (the definitions' texts: report_labels.yaml ``indicator_texts``)."""
    L = ctx.L
    name = "zh" if ctx.lang == "zh" else "en"
    texts = indicator_texts(ctx.lang)
    rows = []
    for d in definitions().itertuples():
        target = ctx.target(d.id)
        t = texts.get(d.id, {})
        source = ("、" if ctx.lang == "zh" else ", ").join(L.get(f"q_item_{s.strip()}", s.strip()) for s in str(d.source).split(","))
        why = citation(t.get("why") or "", ctx.lang)
        rows.append([getattr(d, name) if ctx.lang == "zh" else english(getattr(d, name)), t.get("num") or DASH, t.get("den") or DASH, L.get(f"g_{d.grain}", d.grain), source,
                     _target_text(target, "%" if d.unit == "%" else ""), L["yes"] if d.patient_derived else "", why or DASH])
    return html_table([L["indicator"], L["numerator"], L["denominator"], L["grain"], L["source"], L["target"], L["suppressed"],
                       L["rationale"]], rows)


def documents_html(ctx: ReportContext) -> str:
    """The documents the rules and indicators cite (pipelines/catalogue/documents.yaml): title,
    issuing body, 文号, date, what a document restates, and the source text's file (the texts
    as collected, for checking a quotation)."""
    L = ctx.L
    t = catalogue_table(ctx.lang)
    rows = [[r.title, r.issuer, r.number, r.date, r.restates or DASH, document_note(r.source, r.note, ctx.lang) or DASH, r.source]
            for r in t.itertuples()]
    return (f"<p>{html.escape(L['documents_intro'])}</p>"
            + html_table([L["d_title"], L["d_issuer"], L["d_number"], L["d_date"], L["d_restates"], L["d_note"], L["d_source"]], rows))


CHANGES_SHOWN = 30  # the largest moves of published values; the rest counted


def changes_html(ctx: ReportContext) -> str:
    """What changed since the previous frozen version, in a report built from version vN+1 of a
    year (the changes table freeze stores beside the snapshot, pipelines/annual/changelog.py):
    the submissions that changed data, and the published values that moved. Empty for a report
    of the working database or of a year's first version."""
    found = ctx.con.execute("SELECT table_schema FROM information_schema.tables WHERE table_name = 'changes_since_previous' "
                            "ORDER BY table_schema = 'main' LIMIT 1").fetchall()
    if not found:
        return ""
    df = ctx.con.execute(f'SELECT * FROM "{found[0][0]}".changes_since_previous').df()
    if df.empty:
        return ""
    L = ctx.L
    version, previous = int(df["version"].iloc[0]), int(df["previous_version"].iloc[0])
    out = [f"<h2>{html.escape(L['s_changes'].format(previous=previous))}</h2>",
           f"<p>{html.escape(L['changes_intro'].format(year=ctx.year, version=version, previous=previous))}</p>"]
    rows = df[df["kind"] == "rows"]
    moved = df[(df["kind"] == "value") & (df["basis"] == "recomputed")]
    if rows.empty and moved.empty:
        return "".join(out) + f"<p>{html.escape(L['changes_none'].format(previous=previous))}</p>"
    if not rows.empty:
        out.append(html_table([L["c_table"], L["c_file"], L["c_added"], L["c_removed"], L["c_changed"]],
                              [[r.table_name, r.file_name or DASH, int(r.rows_added or 0), int(r.rows_removed or 0), int(r.rows_changed or 0)]
                               for r in rows.itertuples()]))
    if not moved.empty:
        moved = moved.assign(_abs=moved["delta"].abs()).sort_values("_abs", ascending=False)
        shown = moved.head(CHANGES_SHOWN)
        out.append(html_table([L["c_indicator"], L["c_row"], L["c_column"], f"v{previous}", f"v{version}", L["c_delta"]],
                              [[r.table_name, r.key, r.column_name, r.old_value if r.old_value is not None else DASH,
                                r.new_value if r.new_value is not None else DASH, fmt(r.delta, "pp", 2)] for r in shown.itertuples()]))
        if len(moved) > CHANGES_SHOWN:
            out.append(f"<p>{html.escape(L['changes_more'].format(n=len(moved) - CHANGES_SHOWN))}</p>")
    return "".join(out)


def suppression_note_html(ctx: ReportContext) -> str:
    p = ctx.policy
    text = ctx.L["suppression_note"].format(low=p.low, high=p.high, mask=p.mask, round_to=p.round_to) if p.enabled \
        else ctx.L["suppression_off"]
    return f"<p>{html.escape(text)}</p>"


CSS = Path(__file__).resolve().parent / "static" / "report.css"


def _css_string(text: str) -> str:
    """``text`` as the inside of a CSS string (quotes, backslashes and line breaks escaped)."""
    return "".join(ch if ch.isprintable() and ch not in '"\\<>' else f"\\{ord(ch):x} " for ch in text)


def report_css(ctx: ReportContext | None = None) -> str:
    """The stylesheet: screen, and print (A4 pages numbered "n / N", a cover page, wide tables
    on landscape pages, headers repeated on every page, no plotly toolbars). With ``ctx``, every
    page after the cover is headed by the report's title, region and data status."""
    running = ""
    if ctx is not None:
        running = " · ".join(p for p in (ctx.L["title"].format(year=ctx.year), ctx.scope.region, _data_status(ctx)) if p)
    return "<style>\n" + CSS.read_text(encoding="utf-8").replace("{running}", _css_string(running)) + "</style>"

"""Report sections as functions of a ``ReportContext``: each returns HTML or a plotly figure
for the notebook to show. Published tables go through small-number suppression
(``ctx.published``); staff, trainee and technique counts are exact."""

from __future__ import annotations

import html
import math

import numpy as np
import pandas as pd

from pipelines.evaluation import before_after, effects, event_study, methods, panel
from pipelines.indicators.assessment import pass_score
from pipelines.indicators.catalogue import catalogue, definitions
from pipelines.privacy import suppression
from pipelines.report.context import ReportContext, hospital_names, is_synthetic, latest_violations, meets
from pipelines.report.figures import event_study_figure, threshold_bars, trend_figure

DASH = "—"


# ---------------------------------------------------------------------- formatting
def _num(v) -> float | None:
    """A published value as a number (None for masked or missing)."""
    if v is None or isinstance(v, str):
        return None
    try:
        return None if math.isnan(float(v)) else float(v)
    except (TypeError, ValueError):
        return None


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


def html_table(header: list[str], rows: list[list], cls: str = "duikou-table") -> str:
    """Rows of cells, each a text or (text, css class); everything escaped."""
    def cell(c, tag="td"):
        text, klass = c if isinstance(c, tuple) else (c, None)
        attr = f" class='{klass}'" if klass else ""
        return f"<{tag}{attr}>{html.escape(str(text))}</{tag}>"
    head = "".join(cell(h, "th") for h in header)
    body = "".join("<tr>" + "".join(cell(c) for c in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _judged(text: str, ok: bool | None):
    return (text, None if ok is None else ("duikou-ok" if ok else "duikou-miss"))


def _target_text(target, unit: str = "") -> str:
    if target is None:
        return DASH
    op, v = target
    return f"{'≥' if op == '>=' else '≤'} {v:g}{unit}"


def _status(ok: bool | None, L: dict) -> str:
    return DASH if ok is None else (L["met"] if ok else L["not_met"])


def _pooled_rate(ctx: ReportContext, df: pd.DataFrame, factor: float = 100.0):
    """Pooled rate of an indicator table: sum of numerators / sum of denominators; suppressed
    when the report covers a region below the province (the pooled counts are published)."""
    num, den = df["numerator"].sum(), df["denominator"].sum()
    if ctx.scope.below_province:
        return suppression.rate(int(num), int(den), factor, ctx.policy)
    return float(num) / float(den) * factor if den else float("nan")


def _share(df: pd.DataFrame) -> float:
    """Pooled share in % of an indicator table (sum of numerators / sum of denominators)."""
    den = df["denominator"].sum()
    return 100.0 * df["numerator"].sum() / den if den else float("nan")


def _paired_recipients(ctx: ReportContext, year: int) -> set[str]:
    return {r for (r,) in ctx.con.execute("""SELECT DISTINCT recipient_hospital_id FROM pairings
        WHERE start_date <= make_date(?, 12, 31) AND coalesce(end_date, DATE '9999-12-31') >= make_date(?, 1, 1)""",
                                          [year, year]).fetchall()}


# ---------------------------------------------------------------------- header and summary
def header_html(ctx: ReportContext, generated: str) -> str:
    L = ctx.L
    parts = [f"<h1>{html.escape(L['title'].format(year=ctx.year))}</h1>"]
    if is_synthetic(ctx.con):
        parts.append(f"<p class='duikou-banner'>{html.escape(L['synthetic'])}</p>")
    params = L["params"].format(year=ctx.year, profile=ctx.profile, generated=generated)
    if ctx.scope.region:
        params += " · " + L["region"].format(region=ctx.scope.region)
    parts.append(f"<p>{html.escape(params)}</p>")
    return "\n".join(parts)


def _meeting(ctx: ReportContext, indicator_id: str) -> tuple[int, int, tuple | None]:
    df = ctx.indicator(indicator_id)
    target = ctx.target(indicator_id)
    ok = [meets(v, target) for v in df["value"]]
    return sum(1 for o in ok if o), len(df), target


def headline_rows(ctx: ReportContext) -> list[list]:
    """The executive summary: headline indicators for the year against their targets."""
    L, y = ctx.L, ctx.year
    rows = []
    within = ctx.indicator("within_county_rate_county", [y - 1, y])
    if len(within):
        cur = _pooled_rate(ctx, within[within["year"] == y])
        prev = within[within["year"] == y - 1]
        target = ctx.target("within_county_rate_county")
        ok = meets(_num(cur), target)
        note = f"{y - 1}: {fmt(_pooled_rate(ctx, prev), 'rate')}" if len(prev) else ""
        rows.append([L["h_within"], _judged(fmt(cur, "rate"), ok), _target_text(target, "%"), _status(ok, L), note])
    ref = ctx.indicator("referral_rate_recipient", [y - 1, y])
    paired = _paired_recipients(ctx, y)
    ref = ref[ref["recipient_hospital_id"].isin(paired)]
    if len(ref):
        prev = ref[ref["year"] == y - 1]
        note = f"{y - 1}: {fmt(_pooled_rate(ctx, prev), 'rate')}" if len(prev) else ""
        rows.append([L["h_referral"], fmt(_pooled_rate(ctx, ref[ref["year"] == y]), "rate"), DASH, DASH, note])
    for key, label in (("trainees_recipient", "h_trainees"), ("techniques_recipient", "h_techniques"),
                       ("coverage_recipient", "h_coverage"), ("vice_president_posts_recipient", "h_vp"),
                       ("training_events_recipient", "h_trainings")):
        n_ok, n, target = _meeting(ctx, key)
        if not n:
            continue
        df, spec = ctx.indicator(key), catalogue()[key]
        if spec["factor"]:   # a rate: pooled over recipients
            value = fmt(_share(df), "rate")
        else:
            value = fmt(df["numerator"].sum())
        ok = None if target is None else n_ok == n
        status = L["n_of_recipients"].format(n=n_ok, total=n) if target else DASH
        unit = "%" if spec["unit"] == "%" else ""
        rows.append([L[label], value, L["per_recipient"].format(target=_target_text(target, unit)) if target else DASH,
                     _judged(status, ok), L["n_recipients"].format(total=n)])
    staff = ctx.indicator("dispatched_headcount_recipient")
    if len(staff):
        months = ctx.indicator("dispatched_person_months_recipient")["numerator"].sum()
        senior = _share(ctx.indicator("dispatched_senior_share_recipient"))
        rows.append([L["h_staff"], fmt(staff["numerator"].sum()), DASH, DASH,
                     L["staff_note"].format(months=fmt(months, "float"), senior=fmt(senior, "rate"))])
    assess = ctx.indicator("assessment_pass_rate_recipient")
    if assess["denominator"].sum():
        rate = _share(assess)
        target = ctx.target("assessment_pass_rate_recipient")
        ok = meets(rate, target)
        duty = _share(ctx.indicator("on_duty_rate_recipient"))
        rows.append([L["h_assessment"], _judged(fmt(rate, "rate"), ok), _target_text(target, "%"), _status(ok, L),
                     L["assessment_note"].format(score=f"{pass_score(ctx.profile):g}", duty=fmt(duty, "rate"))])
    comp = ctx.indicator("compliance_rate_pairing")
    if comp["denominator"].sum():
        rate = _share(comp)
        rows.append([L["h_compliance"], _judged(fmt(rate, "rate"), rate >= 100 - 1e-9), "100%", _status(rate >= 100 - 1e-9, L),
                     L["compliance_note"].format(n=int(comp["violations"].sum()), w=int(comp["warnings"].sum()))])
    else:
        rows.append([L["h_compliance"], DASH, "100%", DASH, L["no_validation"].format(profile=ctx.profile)])
    eff = evaluation(ctx)["effects"]
    if not eff.empty:
        e = eff[(eff["outcome"] == "referral_rate") & (eff["method"] == "twfe")]
        if len(e):
            e = e.iloc[0]
            rows.append([L["h_effect"], f"{e.estimate:+.2f} {L['pp']}", DASH, DASH,
                         L["ci"].format(lo=f"{e.ci_low:+.2f}", hi=f"{e.ci_high:+.2f}")])
    return rows


def summary_html(ctx: ReportContext) -> str:
    L = ctx.L
    return html_table([L["indicator"], L["value"], L["target"], L["status"], L["note"]], headline_rows(ctx))


# ---------------------------------------------------------------------- counties
def county_table_html(ctx: ReportContext) -> str:
    """Per county: within-county treatment rate last year and this year against the ~90% target,
    residents' admissions (suppressed), and since when its county hospital is paired."""
    L, y = ctx.L, ctx.year
    w = ctx.published("within_county_rate_county", [y - 1, y])
    if w.empty:
        return f"<p>{html.escape(L['no_data'])}</p>"
    paired = panel.county_year(ctx.con).drop_duplicates("county_code").set_index("county_code")["paired_from"]
    target = ctx.target("within_county_rate_county")
    rows = []
    for code, g in w.groupby("county_code", sort=True):
        cur, prev = g[g["year"] == y], g[g["year"] == y - 1]
        v = cur["value"].iloc[0] if len(cur) else None
        pv = prev["value"].iloc[0] if len(prev) else None
        change = _num(v) - _num(pv) if _num(v) is not None and _num(pv) is not None else None
        since = paired.get(code)
        rows.append([g["county_name"].iloc[0], g["city"].iloc[0] or DASH, fmt(pv, "rate"), _judged(fmt(v, "rate"), meets(_num(v), target)),
                     fmt(change, "pp"), fmt(cur["denominator"].iloc[0] if len(cur) else None),
                     pd.Timestamp(since).strftime("%Y-%m-%d") if since is not None and not pd.isna(since) else L["comparison_county"]])
    return html_table([L["county"], L["city"], f"{L['within_rate']} {y - 1}", f"{L['within_rate']} {y}", L["change_pp"],
                       f"{L['admissions']} {y}", L["paired_since"]], rows)


def within_county_figure(ctx: ReportContext):
    L = ctx.L
    df = ctx.published("within_county_rate_county", list(range(ctx.year - 4, ctx.year + 1)))
    df = df.assign(value=df["value"].map(_num))
    target = ctx.target("within_county_rate_county")
    return trend_figure(df, "year", "value", "county_name", L["within_title"], L["percent"],
                        target=target[1] if target else None, target_label=L["target_90"])


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
    df = ctx.con.execute("""
        SELECT p.pairing_id, p.support_hospital_id, s.name AS support_name, p.recipient_hospital_id, r.name AS recipient_name,
               r.county_code, p.programme, p.start_date
        FROM pairings p LEFT JOIN hospitals s ON s.hospital_id = p.support_hospital_id
        LEFT JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id
        WHERE p.start_date <= make_date(?, 12, 31) AND coalesce(p.end_date, DATE '9999-12-31') >= make_date(?, 1, 1)
        ORDER BY p.support_hospital_id, p.recipient_hospital_id, p.start_date""", [ctx.year, ctx.year]).df()
    return ctx.scope.keep(df)


def pairing_table_html(ctx: ReportContext) -> str:
    """One row per pairing active in the year: the recipient's indicators (red: short of the
    programme's requirement) and the pairing's rule-compliance rate."""
    L = ctx.L
    pairs = pairings_in_year(ctx)
    if pairs.empty:
        return f"<p>{html.escape(L['no_data'])}</p>"
    values = {key: ctx.indicator(key).set_index("recipient_hospital_id")["value"] for key, _, _ in _PAIRING_COLUMNS}
    comp = ctx.indicator("compliance_rate_pairing")
    comp = comp.set_index(["support_hospital_id", "recipient_hospital_id"])["value"] if len(comp) else pd.Series(dtype=float)
    rows = []
    for p in pairs.itertuples():
        row = [f"{p.support_name} → {p.recipient_name}", pd.Timestamp(p.start_date).strftime("%Y-%m-%d")]
        for key, _, kind in _PAIRING_COLUMNS:
            v = values[key].get(p.recipient_hospital_id)
            row.append(_judged(fmt(v, kind), meets(_num(v), ctx.target(key))))
        c = comp.get((p.support_hospital_id, p.recipient_hospital_id))
        row.append(_judged(fmt(c, "rate"), meets(_num(c), (">=", 100.0))))
        rows.append(row)
    return html_table([L["pairing"], L["start"]] + [L[label] for _, label, _ in _PAIRING_COLUMNS] + [L["c_compliance"]], rows)


def _bars(ctx: ReportContext, key: str, title: str, y_title: str):
    df = ctx.indicator(key)
    target = ctx.target(key)
    return threshold_bars(df, "hospital_name", "value", title, y_title, target[1] if target else None)


def trainees_figure(ctx: ReportContext):
    return _bars(ctx, "trainees_recipient", ctx.L["trainees_title"].format(year=ctx.year), ctx.L["count_people"])


def techniques_figure(ctx: ReportContext):
    return _bars(ctx, "techniques_recipient", ctx.L["techniques_title"].format(year=ctx.year), ctx.L["count_items"])


def coverage_figure(ctx: ReportContext):
    return _bars(ctx, "coverage_recipient", ctx.L["coverage_title"].format(year=ctx.year), ctx.L["percent"])


# ---------------------------------------------------------------------- workload
def workload_table_html(ctx: ReportContext) -> str:
    """Per hospital reporting monthly statistics: visits, discharges and operations this year
    and the change on last year (suppressed counts; change computed from them)."""
    L, y = ctx.L, ctx.year
    cols = [("outpatient_visits_recipient_year", "w_outpatient"), ("discharges_recipient_year", "w_discharges"),
            ("surgeries_recipient_year", "w_surgeries")]
    tables = {k: ctx.published(k, [y - 1, y]) for k, _ in cols}
    base = tables["discharges_recipient_year"]
    if base.empty:
        return f"<p>{html.escape(L['no_data'])}</p>"
    rows = []
    for hid, g in base.groupby("recipient_hospital_id", sort=True):
        row = [g["hospital_name"].iloc[0]]
        for key, _ in cols:
            t = tables[key][tables[key]["recipient_hospital_id"] == hid].set_index("year")["value"]
            cur, prev = t.get(y), t.get(y - 1)
            pct = 100 * (_num(cur) / _num(prev) - 1) if _num(cur) is not None and _num(prev) else None
            row += [fmt(cur), fmt(pct, "pp")]
        months = g.set_index("year")["months_reported"].get(y)
        row.append(fmt(months))
        rows.append(row)
    header = [L["hospital"]]
    for _, label in cols:
        header += [f"{L[label]} {y}", L["change_pct"]]
    return html_table(header + [L["months_reported"]], rows)


def discharges_figure(ctx: ReportContext):
    L = ctx.L
    df = ctx.published("discharges_recipient_month", list(range(ctx.year - 2, ctx.year + 1)))
    df = df.assign(value=df["value"].map(_num), period=pd.to_datetime(dict(year=df["year"], month=df["month"], day=1)))
    return trend_figure(df, "period", "value", "hospital_name", L["discharges_title"], L["w_discharges"])


# ---------------------------------------------------------------------- programme effect
def evaluation(ctx: ReportContext) -> dict:
    """Effects and event studies on the whole panel (a region alone rarely has enough
    comparison units), before/after per recipient of the region. Computed once per context."""
    if "evaluation" not in ctx._cache:
        hospital = panel.hospital_month(ctx.con)
        county = panel.county_year(ctx.con)
        est = effects.effects(ctx.con)
        studies = {}
        for key in ("referral_rate", "log_discharges"):
            out = effects.OUTCOMES[key]
            df = effects.sample(out, hospital, county)
            if df["ever_treated"].any() and (~df["ever_treated"]).any():
                studies[key] = event_study.event_study(out, df)
        ba = before_after.before_after(hospital)
        ctx._cache["evaluation"] = {"effects": est, "event_studies": studies,
                                    "before_after": ctx.scope.keep(ba) if len(ba) else ba}
    return ctx._cache["evaluation"]


def effects_html(ctx: ReportContext) -> str:
    L = ctx.L
    est = evaluation(ctx)["effects"]
    if est.empty:
        return f"<p>{html.escape(L['no_effect_data'])}</p>"
    rows = []
    for e in (effects.Estimate(**rec) for rec in est.to_dict("records")):
        v, lo, hi = e.percent()   # log points as % change
        unit = "%" if e.scale == "log" else f" {L['pp']}"
        rows.append([L[f"o_{e.outcome}"], L[f"m_{e.method}"], f"{v:+.2f}{unit}", f"[{lo:+.2f}, {hi:+.2f}]", f"{e.p_value:.3g}",
                     f"{e.n_obs:,}", L["units_note"].format(units=e.n_units, treated=e.n_treated, never=e.n_never_treated)])
    note = f"<p>{html.escape(L['whole_panel'])}</p>" if ctx.scope.region else ""
    return html_table([L["outcome"], L["method"], L["estimate"], L["ci95"], "p", L["n_obs"], L["units"]], rows) + note


def event_study_figures(ctx: ReportContext) -> list:
    L = ctx.L
    figs = []
    for key, es in evaluation(ctx)["event_studies"].items():
        coefs, scale = es.coefs, L["pp"]
        if es.scale == "log":   # log points -> % change
            coefs = coefs.assign(**{c: 100 * np.expm1(coefs[c]) for c in ("estimate", "ci_low", "ci_high")})
            scale = "%"
        title = L["es_title"].format(outcome=L[f"o_{key}"], p=f"{es.pretrend_p:.2f}")
        figs.append(event_study_figure(coefs, title, f"{L['effect']} ({scale})", L["quarters_since"]))
    return figs


def before_after_html(ctx: ReportContext) -> str:
    """Per recipient: referral rate in the 12 months before and after the start, against the
    comparison group over the same months; rates from suppressed counts."""
    L = ctx.L
    ba = evaluation(ctx)["before_after"]
    if ba is None or ba.empty:
        return f"<p>{html.escape(L['no_effect_data'])}</p>"
    counts = [c for c in ba.columns if c.startswith(("referrals_", "discharges_", "comparison_referrals_", "comparison_discharges_"))]
    pub = before_after.add_rates(suppression.table(ba, counts=counts, policy=ctx.policy))
    rows = [[r.hospital_name, pd.Timestamp(r.paired_from).strftime("%Y-%m-%d"), fmt(r.months_before), fmt(r.rate_before, "rate", 2),
             fmt(r.rate_after, "rate", 2), fmt(r.change, "pp", 2), fmt(r.comparison_change, "pp", 2), fmt(r.did, "pp", 2)]
            for r in pub.itertuples()]
    return html_table([L["hospital"], L["start"], L["months_before"], L["rate_before"], L["rate_after"], L["change_pp"],
                       L["comparison_change"], L["did"]], rows)


def assumptions_html(ctx: ReportContext) -> str:
    items = "".join(f"<li><b>{html.escape(k)}</b>：{html.escape(v)}</li>" if ctx.lang == "zh" else
                    f"<li><b>{html.escape(k)}</b>: {html.escape(v)}</li>" for k, v in methods.assumptions(ctx.lang))
    return f"<ul class='duikou-list'>{items}</ul>"


# ---------------------------------------------------------------------- compliance
def compliance_html(ctx: ReportContext) -> str:
    """Rule compliance per support hospital (latest validation run of the profile)."""
    L = ctx.L
    sup = ctx.indicator("compliance_rate_support")
    if sup.empty:
        return f"<p>{html.escape(L['no_validation'].format(profile=ctx.profile))}</p>"
    rows = [[r.support_name or r.support_hospital_id, fmt(r.denominator), fmt(r.numerator),
             _judged(fmt(r.value, "rate"), meets(_num(r.value), (">=", 100.0))), fmt(r.violations), fmt(r.warnings),
             DASH if pd.isna(r.rules_failed) else r.rules_failed] for r in sup.itertuples()]
    return html_table([L["support_hospital"], L["evaluations"], L["passed"], L["c_compliance"], L["violations"], L["warnings"],
                       L["rules_failed"]], rows)


def compliance_figure(ctx: ReportContext):
    df = ctx.indicator("compliance_rate_pairing")
    if df.empty:
        return None
    df = df.assign(label=df["support_name"].fillna(df["support_hospital_id"]) + "→" + df["recipient_name"].fillna(df["recipient_hospital_id"]),
                   value=df["value"].round(1))
    return threshold_bars(df, "label", "value", ctx.L["compliance_title"], ctx.L["percent"], 100.0)


# ---------------------------------------------------------------------- data quality (annex) and methods
def violations_html(con, year: int, profile: str, L: dict) -> str:
    has_run = con.execute("SELECT count(*) FROM validation_results WHERE profile = ?", [profile]).fetchone()[0]
    if not has_run:
        return f"<p>{html.escape(L['no_validation'].format(profile=profile))}</p>"
    v = latest_violations(con, profile, year)
    if v.empty:
        return f"<p>{html.escape(L['no_violations'])}</p>"
    names = hospital_names(con)
    v = v.assign(hospital=v["hospital_id"].map(lambda h: f"{names.get(h, h)}（{h}）" if h else ""))
    return table_html(v, {"rule_id": "规则 rule", "hospital": L["hospital"], "period": "期间 period", "observed": "实际 observed",
                          "expected": "要求 expected", "citation": "政策依据 citation"})


def table_html(df: pd.DataFrame, columns: dict[str, str] | None = None, float_fmt: str = "{:.1f}") -> str:
    if columns:
        df = df[list(columns)].rename(columns=columns)
    return df.to_html(index=False, escape=True, na_rep=DASH, float_format=lambda v: float_fmt.format(v), classes="duikou-table", border=0)


def methods_html(ctx: ReportContext) -> str:
    """The indicator catalogue: definitions, targets and citations."""
    L = ctx.L
    name = "zh" if ctx.lang == "zh" else "en"
    rows = []
    for d in definitions().itertuples():
        target = ctx.target(d.id)
        rows.append([getattr(d, name), d.numerator, DASH if pd.isna(d.denominator) else d.denominator, d.grain, d.source,
                     _target_text(target, "%" if d.unit == "%" else ""), L["yes"] if d.patient_derived else "",
                     d.rationale])
    return html_table([L["indicator"], L["numerator"], L["denominator"], L["grain"], L["source"], L["target"], L["suppressed"],
                       L["rationale"]], rows)


def suppression_note_html(ctx: ReportContext) -> str:
    p = ctx.policy
    text = ctx.L["suppression_note"].format(low=p.low, high=p.high, mask=p.mask, round_to=p.round_to) if p.enabled \
        else ctx.L["suppression_off"]
    return f"<p>{html.escape(text)}</p>"


def report_css() -> str:
    return """<style>
.duikou-table{border-collapse:collapse;font-size:13px;margin:.5em 0}
.duikou-table th,.duikou-table td{border:1px solid #ccd;padding:3px 8px;text-align:left !important;vertical-align:top}
.duikou-table th{background:#eef2f7}
.duikou-table td.duikou-miss{color:#b00020;font-weight:bold}
.duikou-table td.duikou-ok{color:#1b6e20}
.duikou-banner{background:#fff3cd;border:1px solid #e0c36c;padding:.5em 1em;font-weight:bold}
.duikou-table td:first-child{min-width:7em}
.duikou-list li{margin:.3em 0}
.duikou-annex{border-top:2px solid #ccd;margin-top:2em}
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif}
</style>"""

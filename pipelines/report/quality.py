"""The annual report's data-quality annex: the data quality review (WHO DQR style), the rule
results and the compliance scorecard of the latest validation run of a profile.

Everything comes from the tables ``duikou validate`` writes (dqr_results, validation_results,
compliance_scorecard); nothing is recomputed here. The annex shows rates, scores and ratios,
never a hospital's patient counts, so it needs no small-number suppression. Texts are
Chinese by default; pass ``labels("en")`` for English (keys ``q_*`` in labels.py).

Use in the notebook::

    from pipelines.report import quality
    display(HTML(quality.quality_section_html(ctx.con, year, profile, L)))
    fig = quality.reporting_figure(ctx.con, year, profile, L)
    if fig is not None:
        figures.show(fig)
    fig = quality.scorecard_figure(ctx.con, year, profile, L)
    ...

``hospitals`` (optional, every function) limits the annex to a region's hospitals.

At national scale the lists would run to thousands of rows (a row per hospital, per late
report): beyond ``DETAIL_LIMIT`` hospitals or pairings the annex gives the figures by region
and the ``TOP_N`` lowest; long lists of findings or flagged items show ``LIST_PER_GROUP`` per
rule or check (the largest deviations first) and say how many more there are; per-hospital
charts become distributions. The full lists stay in validation_results and dqr_results.
"""

from __future__ import annotations

import html
from collections.abc import Collection

import pandas as pd
import plotly.graph_objects as go

from pipelines.db.schema import qualified
from pipelines.derived import hospital_names
from pipelines.report.context import (
    BAR_LIMIT,
    DETAIL_LIMIT,
    LIST_PER_GROUP,
    TOP_N,
    group_level,
)
from pipelines.report.figures import distribution_figure
from pipelines.report.lang import citation, english, value_text
from pipelines.report.tables import DASH, Span, html_table, judged
from pipelines.validation import dqr
from pipelines.validation.run import latest_dqr, latest_run_id, latest_scorecard

# ---------------------------------------------------------------------- data of the latest run
def _keep(df: pd.DataFrame, hospitals: Collection[str] | None, *cols: str) -> pd.DataFrame:
    """Rows about the given hospitals (any of the columns; a comma list counts when it names one)."""
    if hospitals is None or df.empty:
        return df
    wanted = set(hospitals)
    mask = pd.Series(False, index=df.index)
    for c in cols:
        mask |= df[c].map(lambda v: isinstance(v, str) and bool(wanted & set(v.split(","))))
    return df[mask]


def _keep_scoped(df: pd.DataFrame, hospitals: Collection[str] | None, recipient: str, *others: str) -> pd.DataFrame:
    """Rows about the region's hospitals: a row naming a recipient belongs to the recipient's
    region (a support hospital's finding about a pairing in another county is that county's);
    a row without one (about a support hospital as a whole) to the region of the hospital it
    names. ``hospitals``: the hospitals located in the region."""
    if hospitals is None or df.empty:
        return df
    wanted = set(hospitals)
    rec = df[recipient].map(lambda v: isinstance(v, str) and bool(v))
    mask = rec & df[recipient].map(lambda v: isinstance(v, str) and v in wanted)
    rest = pd.Series(False, index=df.index)
    for c in others:
        rest |= df[c].map(lambda v: isinstance(v, str) and bool(wanted & set(v.split(","))))
    return df[mask | (~rec & rest)]


def _in_year(period: pd.Series, year: int) -> pd.Series:
    """Periods of the year: 2024, 2024-05, or a cycle 2023-01-01~2024-12-31 that includes it
    (decided once per distinct period: a run has a few dozen, over up to ~10^5 rows)."""
    def hit(p) -> bool:
        if not isinstance(p, str):
            return False
        if "~" in p:
            a, b = p.split("~")
            return a[:4] <= str(year) <= b[:4]
        return p[:4] == str(year)
    hits = {p: hit(p) for p in period.dropna().unique()}
    return period.map(hits).fillna(False).astype(bool) if len(period) else period.map(hit)


def _places(con) -> pd.DataFrame:
    return con.execute("SELECT hospital_id, province, city, county FROM hospitals ORDER BY hospital_id").df().set_index("hospital_id")


def _more_row(L: dict, n: int, width: int) -> list:
    return [Span(L["q_more"].format(n=f"{n:,}"), width)]


def _capped(df: pd.DataFrame, by: str, order: list[str], ascending: list[bool]) -> list[tuple[pd.DataFrame, int]]:
    """Per value of ``by`` (in the frame's order): the rows to list, and how many are left out.
    Everything while the frame has at most DETAIL_LIMIT rows; else LIST_PER_GROUP per value."""
    out = []
    for _, g in df.groupby(by, sort=False):
        if len(df) <= DETAIL_LIMIT:
            out.append((g, 0))
        else:
            out.append((g.sort_values(order, ascending=ascending, kind="stable").head(LIST_PER_GROUP), max(0, len(g) - LIST_PER_GROUP)))
    return out


# ---------------------------------------------------------------------- small HTML helpers
def _cell(text, status: bool | None = None):
    """A cell for ``html_table``: the text, coloured by ``status`` (met, not met, None: no colour)."""
    return judged(text, status)


def _html_table(header: list[str], rows: list[list]) -> str:
    return html_table(header, rows, wide=False)


def _pct(v) -> str:
    return DASH if v is None or pd.isna(v) else f"{v:.1f}%"


def _hospital(names: dict[str, str], L: dict, hid) -> str:
    """A hospital's name and code, with the brackets of the report's language."""
    if not isinstance(hid, str) or not hid:
        return DASH
    return f"{names.get(hid, hid)}（{hid}）" if L.get("q_lang") != "en" else f"{names.get(hid, hid)} ({hid})"


def _label(L: dict, kind: str, key) -> str:
    if not isinstance(key, str) or not key:
        return ""
    return L.get(f"q_{kind}_{key}", key)


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


# ---------------------------------------------------------------------- parts of the annex
def dqr_summary_html(con, year: int, profile: str, L: dict, hospitals: Collection[str] | None = None,
                     review: pd.DataFrame | None = None) -> str:
    """The year's DQR metrics against their thresholds. For a region (``hospitals``) the
    summary has completeness and timeliness recomputed for its hospitals; its flagged
    outliers and inconsistencies are listed by dqr_items_html."""
    review = latest_dqr(con, profile) if review is None else review   # the caller may have read it already
    if review.empty:
        return _p(L["q_no_dqr"].format(profile=profile))
    year_rows = review[review["period"].fillna("").str.startswith(str(year))]
    if hospitals is not None:
        # overall rows are province-wide: recompute the region's rates from its hospital-year rows
        year_rows = _keep(year_rows[year_rows["level"] != "overall"], hospitals, "hospital_id")
        year_rows = pd.concat([year_rows, _region_overall(year_rows)], ignore_index=True)
    sm = dqr.summary(year_rows)
    if sm.empty:
        return _p(L["no_data"])
    rows = []
    for r in sm.itertuples():
        status = None if r.flagged is None or pd.isna(r.flagged) else not bool(r.flagged)
        rows.append([_cell(_label(L, "metric", r.metric)), _cell(_label(L, "item", r.indicator or r.form_type)),
                     _cell(_pct(r.value), status), _cell(r.expected), _cell(r.items_flagged), _cell(r.hospitals_flagged),
                     _cell(_lang_part(r.note, L) if pd.isna(r.value) else "")])
    cfg = dqr.config()
    intro = L["q_dqr_intro"].format(completeness=cfg["completeness"]["threshold_pct"], timeliness=cfg["timeliness"]["threshold_pct"],
                                    moderate=cfg["outliers"]["moderate_sd"], extreme=cfg["outliers"]["extreme_sd"],
                                    modified=cfg["outliers"]["modified_z"], years=cfg["consistency_over_time"]["prior_years"],
                                    dev=cfg["consistency_over_time"]["max_deviation_pct"], tol=cfg["consistency_internal"]["tolerance_pct"])
    return (f"<h3>{html.escape(L['q_dqr_title'].format(year=year))}</h3>" + _p(intro)
            + _html_table([L["q_metric"], L["q_item"], L["q_result"], L["q_threshold"], L["q_items_flagged"], L["q_hospitals_flagged"],
                           L["note"]], rows))


def _region_overall(rows: pd.DataFrame) -> pd.DataFrame:
    """Region-level rates from hospital-year rows (completeness, timeliness: weighted by reports)."""
    out = []
    hy = rows[(rows["level"] == "hospital_year") & rows["metric"].isin(["completeness", "timeliness"]) & rows["value"].notna()]
    for (metric, form, period), g in hy.groupby(["metric", "form_type", "period"]):
        n = g["reference"].sum()
        pct = (g["value"] * g["reference"]).sum() / n
        thr = float(str(g.iloc[0]["expected"]).strip("≥ %"))
        out.append({**g.iloc[0].to_dict(), "level": "overall", "hospital_id": None, "value": pct, "reference": n,
                    "flagged": pct < thr, "note": ""})
    return pd.DataFrame(out, columns=rows.columns)


def _lang_part(text, L: dict) -> str:
    """The Chinese or English half of a bilingual "中文 / English" text."""
    if not isinstance(text, str):
        return ""
    zh, _, en = text.partition(" / ")
    return (en or zh) if L.get("q_lang") == "en" else zh


def dqr_hospitals_html(con, year: int, profile: str, L: dict, hospitals: Collection[str] | None = None,
                       review: pd.DataFrame | None = None) -> str:
    """Completeness and timeliness of each hospital's reporting in the year; with more than
    DETAIL_LIMIT hospitals, by region and form, then the TOP_N hospitals with the lowest rates."""
    review = latest_dqr(con, profile) if review is None else review   # the caller may have read it already
    hy = review[(review["level"] == "hospital_year") & (review["period"] == str(year))
                & review["metric"].isin(["completeness", "timeliness"])]
    hy = _keep(hy, hospitals, "hospital_id")
    if hy.empty:
        return ""
    names = hospital_names(con)
    wide = hy.pivot_table(index=["hospital_id", "form_type"], columns="metric", values="value", aggfunc="first").reset_index()
    for metric in ("completeness", "timeliness"):
        if metric not in wide:
            wide[metric] = float("nan")
    flags = hy.set_index(["hospital_id", "form_type", "metric"])["flagged"]
    flags = flags[~flags.index.duplicated()]

    def status(hid, form, metric):
        f = flags.get((hid, form, metric))
        return None if f is None or pd.isna(f) else not bool(f)

    def rows_of(df):
        return [[_cell(_hospital(names, L, r.hospital_id)), _cell(_label(L, "item", r.form_type)),
                 _cell(_pct(r.completeness), status(r.hospital_id, r.form_type, "completeness")),
                 _cell(_pct(r.timeliness), status(r.hospital_id, r.form_type, "timeliness"))] for r in df.itertuples()]

    header = [L["hospital"], L["q_item"], _label(L, "metric", "completeness"), _label(L, "metric", "timeliness")]
    n_hosp = wide["hospital_id"].nunique()
    if n_hosp <= DETAIL_LIMIT:
        rows = rows_of(wide.sort_values(["form_type", "hospital_id"], ascending=[False, True]))
        return f"<h4>{html.escape(L['q_by_hospital'])}</h4>" + _html_table(header, rows)
    places = _places(con)
    level = group_level(places.reindex(wide["hospital_id"].unique()).reset_index())
    wide["_region"] = wide["hospital_id"].map(places[level]).fillna(DASH)
    fl = hy.assign(_bad=hy["flagged"] == True).pivot_table(index=["hospital_id", "form_type"], columns="metric", values="_bad",  # noqa: E712
                                                           aggfunc="max").reset_index()
    wide = wide.merge(fl.rename(columns={m: f"_bad_{m}" for m in ("completeness", "timeliness")}), how="left", on=["hospital_id", "form_type"])
    cfg = dqr.config()
    rows = []
    for (region, form), g in wide.groupby(["_region", "form_type"], sort=True):
        row = [_cell(region), _cell(_label(L, "item", form)), _cell(f"{g['hospital_id'].nunique():,}")]
        for metric in ("completeness", "timeliness"):
            mean = g[metric].mean()
            thr = cfg[metric]["threshold_pct"]
            bad = int(g.get(f"_bad_{metric}", pd.Series(dtype=bool)).fillna(False).astype(bool).sum())
            row += [_cell(_pct(mean), None if pd.isna(mean) else bool(mean >= thr - 1e-9)), _cell(f"{bad:,}", bad == 0)]
        rows.append(row)
    out = (f"<h4>{html.escape(L['q_by_hospital'])}</h4>"
           + _p(L["aggregated_note"].format(n=f"{n_hosp:,}", unit=L["u_hospitals"], limit=DETAIL_LIMIT, level=L[f"level_{level}"]))
           + _html_table([L[f"level_{level}"], L["q_item"], L["n_hospitals"], L["q_mean_completeness"], L["q_below_completeness"],
                          L["q_mean_timeliness"], L["q_below_timeliness"]], rows))
    flagged = wide[wide[[c for c in ("_bad_completeness", "_bad_timeliness") if c in wide]].fillna(False).astype(bool).any(axis=1)]
    if flagged.empty:
        return out
    low = flagged.sort_values(["completeness", "timeliness", "hospital_id", "form_type"], na_position="last").head(TOP_N)
    n_flagged = flagged["hospital_id"].nunique()   # a hospital can be short on several forms
    return (out + f"<h4>{html.escape(L['q_lowest_hospitals'].format(n=len(low), total=f'{n_flagged:,}'))}</h4>"
            + _html_table(header, rows_of(low)))


def dqr_items_html(con, year: int, profile: str, L: dict, hospitals: Collection[str] | None = None,
                   review: pd.DataFrame | None = None) -> str:
    """Every flagged report, value or hospital of the year, explained without patient counts
    (single moderate outliers stay in dqr_results; a hospital with 2+ in a year is listed)."""
    review = latest_dqr(con, profile) if review is None else review   # the caller may have read it already
    items = review[(review["level"] != "overall") & (review["flagged"] == True)  # noqa: E712
                   & review["period"].fillna("").str.startswith(str(year))
                   & ~((review["level"] == "hospital_year") & review["metric"].isin(["completeness", "timeliness"]))
                   # a single moderate outlier is expected in ~5% of values: only a hospital with 2+ is flagged
                   & ~((review["level"] == "item") & (review["metric"] == "outlier_moderate"))]
    items = _keep(items, hospitals, "hospital_id")
    if items.empty:
        return _p(L["q_no_items"])
    names = hospital_names(con)
    order = list(dqr.METRIC_LABELS)
    items = items.assign(_o=items["metric"].map(order.index)).sort_values(["_o", "hospital_id", "period", "indicator"])
    # a long list: the largest deviations of each check (|score|, else the value: days late)
    items = items.assign(_sev=items["score"].abs().fillna(items["value"].abs()).fillna(0))
    rows = []
    for part, more in _capped(items, "metric", ["_sev", "hospital_id", "period"], [False, True, True]):
        rows += [[_cell(_label(L, "metric", r.metric)), _cell(_hospital(names, L, r.hospital_id)), _cell(r.period),
                  _cell(_label(L, "item", r.indicator if isinstance(r.indicator, str) else r.form_type)), _cell(_explain(r, L))]
                 for r in part.itertuples()]
        if more:
            rows.append(_more_row(L, more, 5))
    note = _p(L["q_list_note"].format(k=LIST_PER_GROUP, n=f"{len(items):,}", table="dqr_results")) if len(items) > DETAIL_LIMIT else ""
    return (f"<h4>{html.escape(L['q_flagged_items'])}</h4>" + note
            + _html_table([L["q_metric"], L["hospital"], L["q_period"], L["q_item"], L["q_explanation"]], rows))


def _explain(r, L: dict) -> str:
    if r.metric == "completeness":
        return L["q_x_missing"]
    if r.metric == "timeliness":
        return L["q_x_late"].format(days=int(r.value), due=int(r.reference))
    if r.metric in ("outlier_extreme", "outlier_moderate") and r.level == "item":
        return L["q_x_z"].format(z=r.score, ratio=r.value / r.reference if r.reference else float("nan"))
    if r.metric == "outlier_moderate":
        return L["q_x_moderate_n"].format(n=int(r.value))
    if r.metric == "outlier_modified_z":
        return L["q_x_modified_z"].format(z=r.score, ratio=r.value / r.reference if r.reference else float("nan"))
    if r.metric == "consistency_time":
        return L["q_x_time"].format(ratio=100 * r.score)
    if r.metric == "consistency_internal":
        return L["q_x_internal"].format(ratio=100 * r.score)
    return ""


def _results_keys(con, run: str) -> pd.DataFrame:
    """The short columns of a run's validation_results (as ``latest_results`` orders them),
    with the row id: the long texts (descriptions, citations, observed values) of ~10^5 rows
    would take most of the annex's time to read, and only the rows shown need them."""
    return con.execute("""SELECT rowid AS _rowid, rule_id, hospital_id, period, success, severity, support_hospital_id, recipient_hospital_id
                          FROM {VR} WHERE run_id = ? ORDER BY rule_id, hospital_id, period""".format(VR=qualified("validation_results")),
                       [run]).df()


def _results_texts(con, rowids) -> pd.DataFrame:
    ids = sorted({int(r) for r in rowids})
    # rowid: of the table itself (the view in main has none)
    return con.execute(f"""SELECT rowid AS _rowid, description, citation, observed, expected, entity_ids FROM {qualified("validation_results")}
                           WHERE rowid IN (SELECT unnest(?))""", [ids]).df().set_index("_rowid")


# the curated tables whose rows a rule finding names by id (validation_results.entity_ids)
_ENTITY_TABLES = (("deployments", "deployment_id"), ("trainees", "trainee_id"), ("pairings", "pairing_id"),
                  ("techniques", "technique_id"), ("activities", "activity_id"))


def finding_sources(con, entity_ids, L: dict) -> dict[str, str]:
    """{entity_ids: "file · sheet · row N"}: where the curated row a finding names was read
    (its submission's file and sheet, and the row as Excel numbers it), so the finding can be
    sent back to the hospital. A finding about a year's total (several rows) has none."""
    wanted = sorted({e.strip() for ids in entity_ids if isinstance(ids, str) for e in ids.split(",") if e.strip()})
    if not wanted:
        return {}
    found: dict[str, str] = {}
    for table, key in _ENTITY_TABLES:
        try:
            rows = con.execute(f"""SELECT t.{key}, s.file_name, s.sheet_name, t.source_row FROM {table} t
                                   JOIN submissions s USING (submission_id) WHERE t.{key} IN (SELECT unnest(?))""", [wanted]).fetchall()
        except Exception:   # a database without the table or its provenance columns: no source to show
            continue
        for eid, file, sheet, row in rows:
            found[eid] = L["q_src_row"].format(file=file, sheet=sheet, row=row)
    out = {}
    for ids in entity_ids:
        if isinstance(ids, str):
            parts = [found[e.strip()] for e in ids.split(",") if e.strip() in found]
            if parts:
                out[ids] = "；".join(parts) if L.get("q_lang") == "zh" else "; ".join(parts)
    return out


def rules_html(con, year: int, profile: str, L: dict, hospitals: Collection[str] | None = None) -> str:
    """The year's rule results per rule, and every finding with its citation."""
    run = latest_run_id(con, profile)
    if run is None:
        return _p(L["no_validation"].format(profile=profile))
    res = _results_keys(con, run)
    res = _keep_scoped(res[_in_year(res["period"], year)], hospitals, "recipient_hospital_id", "hospital_id", "support_hospital_id")
    if res.empty:
        return _p(L["no_data"])
    groups = list(res.groupby("rule_id", sort=True))
    bad = res[res["success"] == False].sort_values(["rule_id", "hospital_id", "period"])  # noqa: E712
    listed = _capped(bad, "rule_id", ["hospital_id", "period"], [True, True])
    text = _results_texts(con, [g["_rowid"].iloc[0] for _, g in groups] + [r for part, _ in listed for r in part["_rowid"]])
    rows = []
    for rid, g in groups:
        judged = g[g["success"].notna()]
        bad_ = judged[judged["success"] == False]  # noqa: E712
        status = None if judged.empty else bad_.empty
        first = text.loc[g["_rowid"].iloc[0]]
        rows.append([_cell(rid), _cell(english(_lang_part(first["description"], L)) if L["q_lang"] == "en" else _lang_part(first["description"], L)),
                     _cell(len(judged)), _cell(len(bad_), status), _cell(bad_["hospital_id"].nunique()),
                     _cell(_label(L, "sev", g.iloc[0]["severity"])), _cell(citation(first["citation"], L["q_lang"]))])
    out = (f"<h3>{html.escape(L['q_rules_title'].format(year=year, profile=profile))}</h3>"
           + _html_table([L["q_rule"], L["requirement"], L["q_checked"], L["q_failing"], L["q_hospitals_failing"], L["q_severity"],
                          L["q_citation"]], rows))
    if bad.empty:
        return out + _p(L["no_violations"])
    names = hospital_names(con)
    lang = L["q_lang"]
    sources = finding_sources(con, [r for part, _ in listed for r in part.join(text, on="_rowid")["entity_ids"]], L)
    rows = []
    for part, more in listed:
        part = part.join(text, on="_rowid")
        rows += [[_cell(r.rule_id), _cell(_hospital(names, L, r.hospital_id)), _cell(r.period), _cell(value_text(r.observed, lang)),
                  _cell(value_text(r.expected, lang)), _cell(sources.get(r.entity_ids) or L["q_src_aggregate"]),
                  _cell(citation(r.citation, lang))] for r in part.itertuples()]
        if more:
            rows.append(_more_row(L, more, 7))
    note = _p(L["q_list_note_rules"].format(k=LIST_PER_GROUP, n=f"{len(bad):,}", table="validation_results")) if len(bad) > DETAIL_LIMIT else ""
    return out + (f"<h4>{html.escape(L['q_findings'])}</h4>" + note
                  + _html_table([L["q_rule"], L["hospital"], L["q_period"], L["q_observed"], L["requirement"], L["q_source_row"],
                                 L["q_citation"]], rows))


def scorecard_html(con, year: int, profile: str, L: dict, hospitals: Collection[str] | None = None) -> str:
    """Share of applicable programme rules met, per support hospital and per pairing, in the year."""
    sc = latest_scorecard(con, profile)
    sc = _keep_scoped(sc[sc["period"] == str(year)], hospitals, "recipient_hospital_id", "support_hospital_id")
    if sc.empty:
        return _p(L["q_no_scorecard"].format(profile=profile))
    names = hospital_names(con)

    def rows_of(df):
        rows = []
        for r in df.itertuples():
            share = None if pd.isna(r.share_rules_met) else 100 * r.share_rules_met
            rows.append([_cell(_hospital(names, L, r.support_hospital_id)),
                         _cell(_hospital(names, L, r.recipient_hospital_id) if isinstance(r.recipient_hospital_id, str) else L["q_all_recipients"]),
                         _cell(f"{r.rules_met}/{r.rules_applicable}"), _cell(_pct(share), None if share is None else share >= 100),
                         _cell(f"{r.checks_met}/{r.checks}"), _cell(r.rules_failed if isinstance(r.rules_failed, str) else "")])
        return rows

    header = [L["support_hospital"], L["q_recipient"], L["q_rules_met"], L["q_share"], L["q_checks_met"], L["rules_failed"]]
    title = f"<h3>{html.escape(L['q_scorecard_title'].format(year=year))}</h3>" + _p(L["q_scorecard_intro"])
    if len(sc) <= DETAIL_LIMIT:
        return title + _html_table(header, rows_of(sc.sort_values(["support_hospital_id", "level", "recipient_hospital_id"],
                                                                  ascending=[True, False, True], na_position="first")))
    # national scale: by the support hospitals' region, then the pairings with the lowest share
    places = _places(con)
    pairs = sc[sc["level"] == "pairing"]
    supports = sc[sc["level"] != "pairing"]
    level = group_level(places.reindex(sc["support_hospital_id"].dropna().unique()).reset_index())
    rows = []
    for region, g in pairs.groupby(pairs["support_hospital_id"].map(places[level]).fillna(DASH), sort=True):
        full = int((g["share_rules_met"] >= 1 - 1e-9).sum())
        judged = int(g["share_rules_met"].notna().sum())
        mean = g["share_rules_met"].mean()
        rows.append([_cell(region), _cell(f"{g['support_hospital_id'].nunique():,}"), _cell(f"{len(g):,}"),
                     _cell(f"{full:,} / {judged:,}", full == judged), _cell(_pct(None if pd.isna(mean) else 100 * mean))])
    out = (title + _p(L["aggregated_note"].format(n=f"{len(pairs):,}", unit=L["u_pairings"], limit=DETAIL_LIMIT, level=L[f"level_{level}"]))
           + _html_table([L[f"level_{level}"], L["n_support"], L["n_pairings"], L["q_sc_pairings_full"], L["q_mean_share"]], rows))
    low = pd.concat([pairs, supports])
    low = low[low["share_rules_met"] < 1 - 1e-9]
    if low.empty:
        return out + _p(L["q_sc_all_met"])
    top = low.sort_values(["share_rules_met", "support_hospital_id", "recipient_hospital_id"], na_position="first").head(TOP_N)
    return (out + f"<h4>{html.escape(L['q_sc_lowest'].format(n=len(top), total=f'{len(low):,}'))}</h4>"
            + _html_table(header, rows_of(top)))


def intake_html(con, year: int, L: dict, hospitals: Collection[str] | None = None) -> str:
    """Findings (curated, doubtful) and quarantined rows of the year's submissions, counted by
    form and code: what the data manager must check or send back. Counts only, no row content."""
    sql = """
        SELECT kind, form_type, code, count(*) AS n FROM (
            SELECT 'finding' AS kind, f.form_type, f.code, s.period FROM findings f JOIN submissions s USING (submission_id)
            WHERE s.superseded_by IS NULL
            UNION ALL
            SELECT 'held', q.form_type, q.reason_code, s.period FROM quarantine q JOIN submissions s USING (submission_id)
            WHERE s.superseded_by IS NULL)
        WHERE (period IS NULL OR period LIKE ?) {scoped} GROUP BY ALL ORDER BY kind, form_type, n DESC"""
    params = [f"{year}%"]
    if hospitals is not None:   # a region's report: the submissions of its hospitals
        sql = sql.replace("f.form_type, f.code, s.period", "f.form_type, f.code, s.period, s.reporting_hospital_id")
        sql = sql.replace("q.form_type, q.reason_code, s.period", "q.form_type, q.reason_code, s.period, s.reporting_hospital_id")
        params.append(sorted(hospitals))
    sql = sql.replace("{scoped}", "AND reporting_hospital_id IN (SELECT unnest(?))" if hospitals is not None else "")
    try:
        rows = con.execute(sql, params).fetchall()
    except Exception:  # a database from before the findings table: nothing to show
        return ""
    if not rows:
        return ""
    body = [[_cell(L["q_intake_finding" if k == "finding" else "q_intake_held"]), _cell(_label(L, "item", form or "")), _cell(code),
             _cell(f"{n:,}")] for k, form, code, n in rows]
    return (f"<h3>{html.escape(L['q_intake_title'].format(year=year))}</h3>" + _p(L["q_intake_intro"])
            + _html_table([L["q_intake_kind"], L["q_item"], L["q_intake_code"], L["q_intake_rows"]], body)
            + intake_rows_html(con, year, L, hospitals))


def intake_rows_html(con, year: int, L: dict, hospitals: Collection[str] | None = None) -> str:
    """Where each finding and held row is, to send back to the hospital: file, sheet and row
    (as Excel numbers it), the field and the reason in the report's language; LIST_PER_GROUP per
    code when the list is long (the full lists: duikou quarantine, the findings table)."""
    sql = """
        SELECT * FROM (
            SELECT 'finding' AS kind, f.code, s.file_name, s.sheet_name, f.source_row, f.field, f.message AS reason,
                   s.period, s.reporting_hospital_id
            FROM findings f JOIN submissions s USING (submission_id) WHERE s.superseded_by IS NULL
            UNION ALL
            SELECT 'held', q.reason_code, s.file_name, s.sheet_name, q.source_row, NULL, q.reason, s.period, s.reporting_hospital_id
            FROM quarantine q JOIN submissions s USING (submission_id) WHERE s.superseded_by IS NULL)
        WHERE (period IS NULL OR period LIKE ?) {scoped}
        ORDER BY kind, code, file_name, sheet_name, source_row"""
    params: list = [f"{year}%"]
    if hospitals is not None:
        params.append(sorted(hospitals))
    sql = sql.replace("{scoped}", "AND reporting_hospital_id IN (SELECT unnest(?))" if hospitals is not None else "")
    try:
        df = con.execute(sql, params).df()
    except Exception:  # a database from before the findings table
        return ""
    if df.empty:
        return ""
    rows = []
    for part, more in _capped(df, "code", ["file_name", "sheet_name", "source_row"], [True, True, True]):
        rows += [[_cell(L["q_intake_finding" if r.kind == "finding" else "q_intake_held"]), _cell(r.code),
                  _cell(L["q_src_row"].format(file=r.file_name, sheet=r.sheet_name, row=r.source_row)),
                  _cell(r.field if isinstance(r.field, str) else ""), _cell(_lang_part(r.reason, L))] for r in part.itertuples()]
        if more:
            rows.append(_more_row(L, more, 5))
    return (f"<h4>{html.escape(L['q_intake_where'])}</h4>"
            + _html_table([L["q_intake_kind"], L["q_intake_code"], L["q_source_row"], L["q_intake_field"], L["q_intake_reason"]], rows))


def quality_section_html(con, year: int, profile: str, labels: dict, hospitals: Collection[str] | None = None) -> str:
    """The whole data-quality annex for the year as HTML (tables; figures are separate)."""
    L = labels
    if latest_run_id(con, profile) is None:
        return _p(L["no_validation"].format(profile=profile))
    review = latest_dqr(con, profile)   # read once for the three DQR parts
    return "\n".join([dqr_summary_html(con, year, profile, L, hospitals, review), dqr_hospitals_html(con, year, profile, L, hospitals, review),
                      dqr_items_html(con, year, profile, L, hospitals, review), rules_html(con, year, profile, L, hospitals),
                      scorecard_html(con, year, profile, L, hospitals), intake_html(con, year, L, hospitals)])


# ---------------------------------------------------------------------- figures
def reporting_figure(con, year: int, profile: str, L: dict, hospitals: Collection[str] | None = None) -> go.Figure | None:
    """Completeness and timeliness of the monthly statistics per hospital, with the thresholds."""
    review = latest_dqr(con, profile)
    hy = review[(review["level"] == "hospital_year") & (review["period"] == str(year)) & (review["form_type"] == "hospital_monthly_stats")
                & review["metric"].isin(["completeness", "timeliness"])]
    hy = _keep(hy, hospitals, "hospital_id")
    if hy.empty:
        return None
    cfg = dqr.config()
    if hy["hospital_id"].nunique() > BAR_LIMIT:   # national scale: how many hospitals reach each rate
        series = [(_label(L, "metric", m), hy.loc[hy["metric"] == m, "value"], float(cfg[m]["threshold_pct"]), color)
                  for m, color in (("completeness", "#2b6cb0"), ("timeliness", "#7b9acc"))]
        return distribution_figure(series, L["q_reporting_dist_title"].format(year=year, n=f"{hy['hospital_id'].nunique():,}"),
                                   L["percent"], L["n_hospitals"], width=5.0, percent=True)
    names = hospital_names(con)
    fig = go.Figure()
    for metric, color in (("completeness", "#2b6cb0"), ("timeliness", "#7b9acc")):
        g = hy[hy["metric"] == metric].sort_values("hospital_id")
        fig.add_trace(go.Bar(x=[names.get(h, h) for h in g["hospital_id"]], y=g["value"].round(1), name=_label(L, "metric", metric),
                             marker_color=["#b00020" if f is True else color for f in g["flagged"]]))
    fig.add_hline(y=cfg["completeness"]["threshold_pct"], line_dash="dash", line_color="#2b6cb0",
                  annotation_text=f"{_label(L, 'metric', 'completeness')} ≥ {cfg['completeness']['threshold_pct']}%")
    fig.add_hline(y=cfg["timeliness"]["threshold_pct"], line_dash="dot", line_color="#7b9acc",
                  annotation_text=f"{_label(L, 'metric', 'timeliness')} ≥ {cfg['timeliness']['threshold_pct']}%")
    fig.update_layout(title=L["q_reporting_title"].format(year=year), yaxis_title=L["percent"], yaxis_range=[0, 105], barmode="group")
    return fig


def scorecard_figure(con, year: int, profile: str, L: dict, hospitals: Collection[str] | None = None) -> go.Figure | None:
    """Share of applicable rules met per pairing (support → recipient), 100% dashed."""
    sc = latest_scorecard(con, profile)
    sc = sc[(sc["level"] == "pairing") & (sc["period"] == str(year)) & sc["share_rules_met"].notna()]
    sc = _keep_scoped(sc, hospitals, "recipient_hospital_id", "support_hospital_id")
    if sc.empty:
        return None
    if len(sc) > BAR_LIMIT:   # national scale: how many pairings reach each share
        return distribution_figure([(L["q_share"], 100 * sc["share_rules_met"], 100.0, "#1b6e20")],
                                   L["q_scorecard_dist_title"].format(year=year, n=f"{len(sc):,}"), L["q_share"], L["n_pairings_axis"],
                                   width=5.0, threshold_label="100%", percent=True)
    names = hospital_names(con)
    sc = sc.sort_values(["support_hospital_id", "recipient_hospital_id"])
    labels_ = [f"{names.get(s, s)} → {names.get(r, r)}" for s, r in zip(sc["support_hospital_id"], sc["recipient_hospital_id"])]
    share = (100 * sc["share_rules_met"]).round(1)
    fig = go.Figure(go.Bar(x=share, y=labels_, orientation="h", text=[f"{v:.0f}%" for v in share],
                           marker_color=["#b00020" if v < 100 else "#1b6e20" for v in share],
                           hovertext=[f"{m}/{a}; {f if isinstance(f, str) else ''}" for m, a, f in
                                      zip(sc["rules_met"], sc["rules_applicable"], sc["rules_failed"])]))
    fig.add_vline(x=100, line_dash="dash", line_color="#1b6e20")
    fig.update_layout(title=L["q_scorecard_figure_title"].format(year=year), xaxis_title=L["q_share"], xaxis_range=[0, 105],
                      yaxis=dict(autorange="reversed"), height=max(300, 40 * len(sc) + 120), showlegend=False)
    return fig

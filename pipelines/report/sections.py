"""Report sections as functions: each returns HTML or a figure for the notebook to show."""

from __future__ import annotations

import html

import pandas as pd

from pipelines import indicators
from pipelines.indicators.catalogue import definitions
from pipelines.report.context import headlines, hospital_names, latest_violations, rule_threshold
from pipelines.report.figures import threshold_bars, trend_figure


def table_html(df: pd.DataFrame, columns: dict[str, str] | None = None, float_fmt: str = "{:.1f}") -> str:
    if columns:
        df = df[list(columns)].rename(columns=columns)
    return df.to_html(index=False, escape=True, na_rep="—", float_format=lambda v: float_fmt.format(v), classes="duikou-table", border=0)


def headline_html(con, year: int, L: dict) -> str:
    rows = "".join(f"<tr><td>{html.escape(h.label)}</td><td><b>{html.escape(h.value)}</b></td><td>{html.escape(h.note)}</td></tr>"
                   for h in headlines(con, year))
    return f"<table class='duikou-table'><tr><th>{L['indicator']}</th><th>{L['value']}</th><th>{L['note']}</th></tr>{rows}</table>"


def county_referral_figure(con, year: int, L: dict):
    df = indicators.referral_rate_county_year(con, list(range(year - 4, year + 1)))
    return trend_figure(df, "year", "value", "county_name", L["referral_county"], L["rate"])


def recipient_referral_table(con, year: int, L: dict) -> str:
    df = indicators.referral_rate_recipient_year(con, [year - 1, year])
    wide = df.pivot_table(index=["recipient_hospital_id", "hospital_name"], columns="year", values="value").reset_index()
    wide.columns = [str(c) for c in wide.columns]
    return table_html(wide.rename(columns={"recipient_hospital_id": "ID", "hospital_name": L["hospital"]}))


def trainees_figure(con, year: int, profile: str, L: dict):
    df = indicators.trainees_recipient_year(con, [year])
    thr = rule_threshold(profile, "R07", "min_trainees")
    return threshold_bars(df, "hospital_name", "value", L["trainees_title"].format(year=year), L["count_people"], thr)


def techniques_figure(con, year: int, profile: str, L: dict):
    df = indicators.techniques_recipient_year(con, [year])
    thr = rule_threshold(profile, "R10", "min_techniques", 1)
    return threshold_bars(df, "hospital_name", "value", L["techniques_title"].format(year=year), L["count_items"], thr)


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


def methods_html(L: dict) -> str:
    d = definitions()
    return table_html(d, {"id": "id", "zh": "指标", "en": "indicator", "numerator": "分子 numerator", "denominator": "分母 denominator",
                          "grain": "粒度 grain", "source": "来源 source"})


def report_css() -> str:
    return """<style>
.duikou-table{border-collapse:collapse;font-size:13px;margin:.5em 0}
.duikou-table th,.duikou-table td{border:1px solid #ccd;padding:3px 8px;text-align:left}
.duikou-table th{background:#eef2f7}
.duikou-banner{background:#fff3cd;border:1px solid #e0c36c;padding:.5em 1em;font-weight:bold}
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif}
</style>"""

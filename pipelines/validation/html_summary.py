"""An offline HTML summary of a validation run (no CDN: inline CSS, no scripts).

GX Data Docs load their CSS and JavaScript from CDNs and render unstyled offline, so this
page is the one to open; the Data Docs are an extra for those who know GX.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pandas as pd
from markupsafe import Markup, escape

TEMPLATE = jinja2.Template("""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>规则核查 {{ p.name }}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:14px}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f3f7}.fail{color:#b00020;font-weight:bold}.ok{color:#1b7f3b}.na{color:#888}.banner{background:#fff3cd;padding:.5em 1em;border:1px solid #e0c36c}
small{color:#666}
</style></head><body>
{% if synthetic %}<p class="banner">合成数据 / SYNTHETIC DATA — 本页基于虚构数据 / based on fictional data</p>{% endif %}
<h1>规则核查结果 / Rule validation — {{ p.name }}</h1>
<p>{{ p.title_zh }}<br><small>{{ p.title_en }} · 依据 source: {{ cite(p.source) }}</small></p>
<p>run <code>{{ run.run_id }}</code> · 核查期间 window {{ run.window[0] }} ~ {{ run.window[1] }}</p>
{% for n in run.notes %}<p class="banner">{{ n }}</p>{% endfor %}
<h2>汇总 / Summary</h2>
<table><tr><th>规则 rule</th><th>要求 requirement</th><th>级别</th><th>核查 checked</th><th>不符合 failing</th><th>最严重 worst case</th><th>政策依据 citation</th></tr>
{% for r in summary %}<tr><td>{{ r.rule_id }}</td><td>{{ r.description }}</td><td>{{ r.severity }}</td><td>{{ r.checked }}</td>
<td class="{{ 'fail' if r.failing else ('na' if not r.checked else 'ok') }}">{{ r.failing }}</td><td>{{ r.worst }}</td><td><small>{{ cite(r.citation) }}</small></td></tr>{% endfor %}
</table>
<h2>不符合明细 / Findings</h2>
{% if findings %}<table><tr><th>规则</th><th>医院 hospital</th><th>期间 period</th><th>实际 observed</th><th>要求 expected</th><th>支援医院 support</th></tr>
{{ finding_rows }}</table>
{% else %}<p class="ok">没有发现不符合规则的情况 / no findings</p>{% endif %}
<h2>合规评分 / Compliance scorecard</h2>
<p><small>适用规则中全部符合的比例（{{ run.window[2] }}）；表 compliance_scorecard / share of applicable programme rules met over the window</small></p>
{% if scorecard %}<table><tr><th>支援医院 support</th><th>受援医院 recipient</th><th>符合/适用 rules met</th><th>比例 share</th><th>核查项 checks met</th><th>不符合规则 failed</th></tr>
{{ scorecard_rows }}</table>
{% else %}<p class="na">没有适用的支援关系 / no pairing in scope</p>{% endif %}
<h2>数据质量审查（WHO DQR） / Data quality review</h2>
<p><small>阈值见 expectations/dqr.yaml；表 dqr_results / thresholds in expectations/dqr.yaml</small></p>
{% if dqr_summary %}<table><tr><th>年度 year</th><th>指标 metric</th><th>报表/数据项 form or item</th><th>结果 value</th><th>标准 threshold</th><th>标记项 items flagged</th><th>说明 note</th></tr>
{% for r in dqr_summary %}<tr><td>{{ r.period }}</td><td>{{ r.label }}</td><td>{{ r.what }}</td>
<td class="{{ 'fail' if r.flagged is sameas true else ('na' if r.flagged is none else 'ok') }}">{{ r.value }}</td><td>{{ r.expected }}</td><td>{{ r.items_flagged }}</td><td><small>{{ r.note }}</small></td></tr>{% endfor %}</table>
{% if dqr_items %}<h3>标记明细 / Flagged items</h3><table><tr><th>指标 metric</th><th>医院 hospital</th><th>期间 period</th><th>数据项 item</th><th>说明 note</th></tr>
{{ dqr_item_rows }}</table>{% endif %}
{% else %}<p class="na">没有月报或名册数据 / no monthly statistics or rosters to review</p>{% endif %}
{% if run.data_docs %}<p><small>GX Data Docs（需联网加载样式 / loads its styles from CDNs）: <a href="{{ data_docs_href }}">{{ data_docs_href }}</a></small></p>{% endif %}
</body></html>""", autoescape=True)


def _records(df: pd.DataFrame, columns: list[str] | None = None) -> list[dict]:
    """Rows as dicts with None for missing values (NaN is truthy in a template); ``columns``:
    only these (column by column: the tables of a national run have ~10^4-10^5 rows)."""
    columns = list(df.columns) if columns is None else columns
    values = []
    for c in columns:
        col = df[c]
        missing = col.isna().to_numpy()
        values.append([None if m else v for v, m in zip(col.tolist(), missing)] if missing.any() else col.tolist())
    return [dict(zip(columns, row)) for row in zip(*values)] if columns else [{} for _ in range(len(df))]


# The long tables (findings, scorecard, flagged DQR items) are rendered here rather than in
# the template, with the template's escaping (markupsafe, as Jinja's autoescape) and text.
def _e(v) -> str:
    return str(escape(v))


def _hospital(names: dict, hid) -> str:
    return f"{_e(names.get(hid, hid))} <small>{_e(hid)}</small>"


def _finding_rows(findings: list[dict], names: dict) -> Markup:
    return Markup("".join(
        f"<tr><td>{_e(f['rule_id'])}</td><td>{_hospital(names, f['hospital_id'])}</td><td>{_e(f['period'])}</td>\n"
        f"<td class=\"fail\">{_e(f['observed'])}</td><td>{_e(f['expected'])}</td><td>{_e(f['support_hospital_id'] or '')}</td></tr>"
        for f in findings))


def _scorecard_rows(scorecard: list[dict], names: dict) -> Markup:
    out = []
    for r in scorecard:
        rec = _hospital(names, r["recipient_hospital_id"]) if r["recipient_hospital_id"] else "<b>全部 / all</b>"
        cls = "ok" if r["share"] == "100%" else ("na" if r["share"] == "—" else "fail")
        out.append(f"<tr><td>{_hospital(names, r['support_hospital_id'])}</td>\n<td>{rec}</td>\n"
                   f"<td>{_e(r['rules_met'])}/{_e(r['rules_applicable'])}</td><td class=\"{cls}\">{_e(r['share'])}</td>\n"
                   f"<td>{_e(r['checks_met'])}/{_e(r['checks'])}</td><td>{_e(r['rules_failed'] or '')}</td></tr>")
    return Markup("".join(out))


def _dqr_item_rows(items: list[dict], names: dict) -> Markup:
    return Markup("".join(
        f"<tr><td>{_e(r['label'])}</td><td>{_hospital(names, r['hospital_id'])}</td><td>{_e(r['period'])}</td>"
        f"<td>{_e(r['indicator'] or r['form_type'])}</td><td><small>{_e(r['note'])}</small></td></tr>"
        for r in items))


def _pct(v) -> str:
    return "—" if v is None or pd.isna(v) else f"{100 * v:.0f}%"


def write_html(run, path: Path, names: dict[str, str] | None = None, synthetic: bool | None = None) -> Path:
    from pipelines.validation import dqr

    names = names or {}
    res = run.results
    findings = res[res["success"] == False] if len(res) else res  # noqa: E712
    findings = _records(findings, ["rule_id", "hospital_id", "period", "observed", "expected", "support_hospital_id"])
    sc = run.scorecard
    sc = sc[sc["period"] == run.window[2]] if len(sc) else sc
    scorecard = [{**r, "share": _pct(r["share_rules_met"])} for r in _records(
        sc.sort_values(["support_hospital_id", "level"]), ["support_hospital_id", "recipient_hospital_id", "rules_met",
                                                           "rules_applicable", "share_rules_met", "checks_met", "checks", "rules_failed"])]
    summary = [{**r, "label": dqr.METRIC_LABELS.get(r["metric"], (r["metric"],))[0], "what": r["indicator"] or r["form_type"],
                "value": "—" if pd.isna(r["value"]) else f"{r['value']:.1f}%", "flagged": None if pd.isna(r["flagged"]) else bool(r["flagged"])}
               for r in _records(dqr.summary(run.dqr))]
    d = run.dqr
    items = d[(d["level"] != "overall") & (d["flagged"] == True)] if len(d) else d  # noqa: E712
    items = [{**r, "label": dqr.METRIC_LABELS.get(r["metric"], (r["metric"],))[0]}
             for r in _records(items.sort_values(["metric", "hospital_id", "period"]),
                               ["metric", "hospital_id", "period", "indicator", "form_type", "note"])]
    href = ""
    if run.data_docs:
        try:
            href = Path(run.data_docs).resolve().relative_to(path.resolve().parent).as_posix()
        except ValueError:
            href = Path(run.data_docs).resolve().as_uri()
    from pipelines.catalogue.citations import cite

    html_text = TEMPLATE.render(cite=cite, p=run.profile, run=run, summary=run.summary_table().to_dict("records"),
                                findings=findings, names=names, synthetic=bool(synthetic),
                                scorecard=scorecard, dqr_summary=summary, dqr_items=items, data_docs_href=href,
                                finding_rows=_finding_rows(findings, names), scorecard_rows=_scorecard_rows(scorecard, names),
                                dqr_item_rows=_dqr_item_rows(items, names))
    path.write_text(html_text, encoding="utf-8")
    return path

"""An offline HTML summary of a validation run (no CDN: inline CSS, no scripts).

GX Data Docs load their CSS and JavaScript from CDNs and render unstyled offline, so this
page is the one to open; the Data Docs are an extra for those who know GX.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

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
<p>{{ p.title_zh }}<br><small>{{ p.title_en }} · source {{ p.source }}</small></p>
<p>run <code>{{ run.run_id }}</code> · 核查期间 window {{ run.window[0] }} ~ {{ run.window[1] }}</p>
{% for n in run.notes %}<p class="banner">{{ n }}</p>{% endfor %}
<h2>汇总 / Summary</h2>
<table><tr><th>规则 rule</th><th>要求 requirement</th><th>级别</th><th>核查 checked</th><th>不符合 failing</th><th>最严重 worst case</th><th>政策依据 citation</th></tr>
{% for r in summary %}<tr><td>{{ r.rule_id }}</td><td>{{ r.description }}</td><td>{{ r.severity }}</td><td>{{ r.checked }}</td>
<td class="{{ 'fail' if r.failing else ('na' if not r.checked else 'ok') }}">{{ r.failing }}</td><td>{{ r.worst }}</td><td><small>{{ r.citation }}</small></td></tr>{% endfor %}
</table>
<h2>不符合明细 / Findings</h2>
{% if findings %}<table><tr><th>规则</th><th>医院 hospital</th><th>期间 period</th><th>实际 observed</th><th>要求 expected</th><th>支援医院 support</th></tr>
{% for f in findings %}<tr><td>{{ f.rule_id }}</td><td>{{ names.get(f.hospital_id, f.hospital_id) }} <small>{{ f.hospital_id }}</small></td><td>{{ f.period }}</td>
<td class="fail">{{ f.observed }}</td><td>{{ f.expected }}</td><td>{{ f.support_hospital_id or '' }}</td></tr>{% endfor %}</table>
{% else %}<p class="ok">没有发现不符合规则的情况 / no findings</p>{% endif %}
</body></html>""", autoescape=True)


def write_html(run, path: Path, names: dict[str, str] | None = None, synthetic: bool | None = None) -> Path:
    res = run.results
    findings = res[res["success"] == False] if len(res) else res  # noqa: E712
    html_text = TEMPLATE.render(p=run.profile, run=run, summary=run.summary_table().to_dict("records"),
                                findings=findings.to_dict("records"), names=names or {}, synthetic=bool(synthetic))
    path.write_text(html_text, encoding="utf-8")
    return path


"""The annual-report notebook executes headless, the HTML stands alone, publishes no personal
data, suppresses small patient counts, and a re-run gives the same numbers."""

import json
import re
from pathlib import Path

import pytest

from pipelines.report.build import NOTEBOOK, build_report

pytestmark = pytest.mark.slow


def test_notebook_committed_without_outputs():
    nb = json.loads(Path(NOTEBOOK).read_text(encoding="utf-8"))
    assert not any(c.get("outputs") or c.get("execution_count") for c in nb["cells"])
    params = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1 and "region = None" in "".join(params[0]["source"])
    # the clearly marked cell the data-quality annex (pipelines/report/quality.py) goes into
    annex = [c for c in nb["cells"] if "data-quality-annex" in c.get("metadata", {}).get("tags", [])]
    assert len(annex) == 1 and "DATA-QUALITY ANNEX" in "".join(annex[0]["source"])


@pytest.fixture(scope="module")
def report(validated_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    return build_report(validated_db, year=2024, profile="national-2009", out_dir=out)


def _text(html: str) -> str:
    """The visible text of the report (no scripts, no tags)."""
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_report_is_self_contained(report):
    html = report.html.read_text(encoding="utf-8")
    assert "2024年度城乡医院对口支援工作评估报告" in html
    assert "合成数据：本报告基于合成数据生成" in html   # the banner, in the report's language
    for heading in ("一、执行摘要", "二、各县情况", "三、各对口支援关系", "四、受援医院业务量", "五、项目效果评估",
                    "六、规则符合情况", "附件：数据质量", "附录：方法与定义"):
        assert heading in html, heading
    # within-county trend, trainees, techniques, coverage, discharges, 2 event studies, compliance
    assert html.count('class="plotly-graph-div"') >= 8
    assert "Plotly.newPlot" in html
    # plotly.js is inline, nothing is loaded from a CDN
    assert not re.search(r'<script[^>]+src="https?://', html)
    assert not re.search(r'<link[^>]+href="https?://', html)
    # data-quality annex lists planted violations with their rule IDs
    assert "R07" in html and "R09" in html
    # methods appendix: indicator catalogue with citations, the evaluation's assumptions
    assert "县域内就诊率" in html and "003_0b244856e4da35b0.txt" in html
    assert "平行趋势" in html and "无预期效应" in html and "Sun &amp; Abraham" in html


def test_report_has_no_personal_names_or_id_numbers(report, demo_truth, validated_db):
    from conftest import query

    text = _text(report.html.read_text(encoding="utf-8"))
    people = [d.person for d in demo_truth.deployments] + [t.person for t in demo_truth.trainees]
    assert not [p.name for p in people if p.name in text]
    assert not [p.id_number for p in people if p.id_number and p.id_number in text]
    assert not re.search(r"\d{17}[\dXx]", text)
    pseudonyms = {r[0] for r in query(validated_db, "SELECT person_id FROM deployments UNION SELECT person_id FROM trainees")}
    assert not [p for p in pseudonyms if p in text]


def test_published_patient_counts_are_suppressed(report, demo_truth):
    """The workload table shows each hospital's 2024 discharges rounded to the nearest 5
    (sum computed from the generator's truth, rounded by hand here), never the exact count."""
    text = _text(report.html.read_text(encoding="utf-8"))
    exact = sum(m.discharges for m in demo_truth.monthly if m.hospital == "QL101" and m.year == 2024)
    rounded = 5 * ((exact + 2) // 5)
    assert f"{rounded:,}" in text
    if exact != rounded:
        assert f"{exact:,}" not in text


def test_manifest_and_a_second_run_gives_the_same_numbers(report, validated_db, tmp_path):
    m = json.loads(report.manifest.read_text(encoding="utf-8"))
    assert m["year"] == 2024 and m["profile"] == "national-2009" and m["region"] is None
    assert m["inputs"] and all(len(i["sha256"]) == 64 for i in m["inputs"])
    assert m["packages"]["great-expectations"] and m["packages"]["moderndid"]  # the DiD estimator behind the effect table
    assert re.fullmatch(r"[0-9a-f]{64}", m["indicator_values_sha256"])
    assert "within_county_rate_county" in m["indicator_tables_sha256"]
    assert m["suppression"] == {"enabled": True, "low": 1, "high": 7, "round_to": 5, "mask": "*"}
    assert {e["outcome"] for e in m["effects"]} == {"referral_rate", "log_discharges", "county_outside_share"}
    again = build_report(validated_db, year=2024, profile="national-2009", out_dir=tmp_path)
    m2 = json.loads(again.manifest.read_text(encoding="utf-8"))
    assert m2["indicator_values_sha256"] == m["indicator_values_sha256"]
    assert m2["indicator_tables_sha256"] == m["indicator_tables_sha256"]
    assert m2["effects"] == m["effects"]


def test_value_hash_changes_when_a_number_changes(validated_db, tmp_path):
    """The hash is of the values: one discharge more in one month changes it."""
    import shutil

    from pipelines import connect
    from pipelines.report.build import report_values

    copy = tmp_path / "copy.duckdb"
    shutil.copy(validated_db, copy)
    con = connect(copy)
    before = report_values(con, 2024, "national-2009")
    con.close()
    con = connect(copy, read_only=False)
    con.execute("UPDATE hospital_monthly_stats SET discharges = discharges + 100 WHERE recipient_hospital_id = 'QL101' AND year = 2024 AND month = 3")
    con.close()
    con = connect(copy)
    after = report_values(con, 2024, "national-2009")
    con.close()
    assert after["indicator_values_sha256"] != before["indicator_values_sha256"]
    changed = {k for k, h in after["indicator_tables_sha256"].items() if h != before["indicator_tables_sha256"][k]}
    assert "discharges_recipient_year" in changed and "trainees_recipient" not in changed


def test_region_and_english(validated_db, tmp_path):
    rep = build_report(validated_db, year=2024, out_dir=tmp_path, lang="en", region="云岫市")
    html = rep.html.read_text(encoding="utf-8")
    assert "Counterpart-support programme evaluation, 2024" in html and "1. Executive summary" in html
    assert re.search(r"<th>Region</th><td>云岫市</td>", html)      # on the cover
    # the file name says year, profile, region and language: a second profile's or region's report does not overwrite
    assert rep.html.name == "annual-report-2024-national-2009-云岫市-en.html"
    assert rep.manifest.name == "annual-report-2024-national-2009-云岫市-en.manifest.json"
    text = _text(html)
    assert "枫林县人民医院" in text                      # a recipient in 云岫市
    assert "石桥县人民医院" not in text.split("5. Programme effect")[0]   # 明川市's, outside the region
    assert json.loads(rep.manifest.read_text(encoding="utf-8"))["region_level"] == "city"


def test_unknown_year_region_and_profile_are_clear_errors(validated_db, tmp_path):
    from pipelines.errors import UserError

    with pytest.raises(UserError, match="2031"):
        build_report(validated_db, year=2031, out_dir=tmp_path)
    with pytest.raises(UserError, match="火星县.*明川市"):
        build_report(validated_db, year=2024, out_dir=tmp_path, region="火星县")
    with pytest.raises(UserError):
        build_report(validated_db, year=2024, out_dir=tmp_path, profile="no-such-profile")
    assert not list(tmp_path.iterdir())   # nothing written


def test_cli_report_region_error_is_a_message(validated_db, capsys):
    from pipelines.cli import main

    assert main(["report", "--year", "2024", "--db", str(validated_db), "--region", "火星县"]) == 4
    assert "未知地区" in capsys.readouterr().err


def test_headlines_match_the_generators_truth(validated_db, demo_truth):
    """The executive summary's numbers, recomputed from the synthetic truth in plain Python."""
    from pipelines import connect
    from pipelines.report.context import ReportContext
    from pipelines.report.sections import headline_rows

    con = connect(validated_db)
    try:
        rows = {r[0]: r for r in headline_rows(ReportContext(con, 2024))}
    finally:
        con.close()
    cell = lambda c: c[0] if isinstance(c, tuple) else c  # noqa: E731
    c24 = [c for c in demo_truth.county if c.year == 2024]
    within = 100 * sum(c.admissions - c.outside for c in c24) / sum(c.admissions for c in c24)
    assert cell(rows["县域内就诊率（各县合计）"][1]) == f"{within:.1f}%"
    assert rows["县域内就诊率（各县合计）"][3] == "未达标"       # below the ~90% target
    trained = sum(1 for t in demo_truth.trainees if t.start.year == 2024)
    assert cell(rows["进修人数"][1]) == f"{trained:,}"
    # national-2009 R07: at least 3 a year; the generator planted one recipient with 2 (R07)
    paired = {p.recipient for p in demo_truth.pairings}
    short = [r for r in paired if sum(1 for t in demo_truth.trainees if t.recipient == r and t.start.year == 2024) < 3]
    assert cell(rows["进修人数"][3]) == f"{len(paired) - len(short)} / {len(paired)} 家达标"
    assert cell(rows["新技术新业务"][1]) == str(sum(1 for k in demo_truth.techniques if k.first_date.year == 2024))


def test_resolve_region(validated_db):
    from pipelines import connect
    from pipelines.report.context import resolve_region

    con = connect(validated_db)
    try:
        assert resolve_region(con, None).level == "province"
        assert resolve_region(con, "青岚省").level == "province"
        city = resolve_region(con, "云岫市")
        assert city.level == "city" and "990224" in city.county_codes and "QL107" in city.hospital_ids
        county = resolve_region(con, "990121")
        assert county.level == "county" and county.hospital_ids == {"QL101", "QL201", "QL202"}
        assert county.support_ids == {"QL001", "QL101"}
        assert resolve_region(con, "石桥县").hospital_ids == county.hospital_ids   # by name or by code
    finally:
        con.close()


def test_sections_cope_with_a_database_too_small_to_evaluate(tmp_path):
    """One paired hospital, two months, no validation run, no comparison hospital: every
    section renders (with a 'not enough data' note where needed) instead of failing."""
    import duckdb

    from pipelines import connect
    from pipelines.db.schema import ensure_schema
    from pipelines.report import sections
    from pipelines.report.build import report_values
    from pipelines.report.context import ReportContext

    path = tmp_path / "tiny.duckdb"
    c = duckdb.connect(str(path))
    ensure_schema(c)
    c.execute("""INSERT INTO hospitals (hospital_id, name, level, category, city, county, county_code, submission_id, source_row) VALUES
        ('S1', '支援医院', '三级', '综合医院', '甲市', '甲市辖区', '990101', 's', 1),
        ('R1', '甲县人民医院', '二级', '综合医院', '甲市', '甲县', '990121', 's', 2)""")
    c.execute("INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES ('P1', 'S1', 'R1', 'x', DATE '2024-01-01', NULL, NULL, 's', 1)")
    c.execute("""INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, discharges, referrals_out, submission_id, source_row)
                 VALUES ('R1', 2024, 1, 100, 5, 's', 1), ('R1', 2024, 2, 90, 4, 's', 2)""")
    c.close()
    con = connect(path)
    try:
        ctx = ReportContext(con, 2024)
        parts = [sections.summary_html(ctx), sections.county_table_html(ctx), sections.pairing_table_html(ctx),
                 sections.workload_table_html(ctx), sections.effects_html(ctx), sections.before_after_html(ctx),
                 sections.compliance_html(ctx), sections.methods_html(ctx), sections.violations_html(con, 2024, "national-2009", ctx.L)]
        assert sections.event_study_figures(ctx) == [] and sections.compliance_figure(ctx) is None
        assert "数据不足以估计效果" in sections.effects_html(ctx)
        assert "甲县人民医院" in parts[2]
        values = report_values(con, 2024, "national-2009")
        assert values["effects"] == [] and len(values["indicator_values_sha256"]) == 64
    finally:
        con.close()


def test_a_failing_notebook_fails_the_report_and_leaves_nothing_running(validated_db, tmp_path, monkeypatch):
    # the published tables are stored before the notebook runs (build.py): when the notebook
    # fails, the error reaches the caller and no report or manifest is written
    import nbformat
    import papermill as pm

    import pipelines.report.build as build

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("db = year = profile = lang = generated = region = None")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell("raise RuntimeError('figure failed')")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    broken = tmp_path / "broken.ipynb"
    nbformat.write(nb, broken)
    monkeypatch.setattr(build, "NOTEBOOK", broken)
    with pytest.raises(pm.PapermillExecutionError, match="figure failed"):
        build_report(validated_db, year=2024, profile="national-2009", out_dir=tmp_path / "out")
    assert not list((tmp_path / "out").glob("*.html")) and not list((tmp_path / "out").glob("*.json"))

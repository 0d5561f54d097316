"""The report's data-quality annex (pipelines/report/quality.py) on the validated demo:
what the generator planted is shown with its hospital, period and citation, patient counts
are never shown, English works, a region limits it, the figures carry the right numbers."""

from __future__ import annotations

import html
import re

import duckdb
import plotly.graph_objects as go
import pytest

from pipelines.catalogue.citations import cite
from pipelines.report import quality
from pipelines.report.labels import labels
from pipelines.programme.profiles import load_profile

pytestmark = pytest.mark.slow
PROFILE = "national-2009"


@pytest.fixture(scope="module")
def con(validated_db):
    c = duckdb.connect(str(validated_db), read_only=True)
    yield c
    c.close()


def _text(html_text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html_text))


def _row_with(html_text: str, *needles: str) -> bool:
    return any(all(n in row for n in needles) for row in re.findall(r"<tr>(.*?)</tr>", html_text))


def test_annex_shows_the_planted_problems_of_the_year(con, demo_truth):
    L = labels("zh")
    names = {h.hospital_id: h.name for h in demo_truth.hospitals}
    for year in demo_truth.years:
        page = quality.quality_section_html(con, year, PROFILE, L)
        rules = load_profile(PROFILE).rules
        for p in demo_truth.planted:
            if p.period[:4] != str(year):
                continue
            if p.rule_id in rules:
                # the rule's citation as the annex prints it: by document (title, 文号, article)
                assert _row_with(page, names[p.hospital_id], p.period, html.escape(cite(rules[p.rule_id].citation, "zh", short=True))), p
            elif p.rule_id == "DQR_MISSING":
                assert _row_with(page, names[p.hospital_id], p.period, L["q_x_missing"]), p
            elif p.rule_id == "DQR_LATE":
                assert _row_with(page, names[p.hospital_id], p.period, "45"), p
            elif p.rule_id == "DQR_OUTLIER":
                assert _row_with(page, names[p.hospital_id], p.period, L["q_metric_outlier_extreme"]), p
        assert L["q_scorecard_title"].format(year=year) in page


def test_annex_never_shows_patient_counts(con, demo_truth):
    """No monthly figure of any hospital (visits, discharges, operations, referrals >= 1000)
    appears in the annex: it shows rates, z-scores and ratios only."""
    counts = {str(v) for m in demo_truth.monthly for v in (m.outpatient, m.discharges, m.surgeries, m.referrals_out) if v >= 1000}
    for year in demo_truth.years:
        # whole numbers, not digits inside a row id such as T91a7bb3878bb966c
        tokens = set(re.findall(r"(?<![0-9A-Za-z.])\d+(?![0-9A-Za-z])", _text(quality.quality_section_html(con, year, PROFILE, labels("zh")))))
        assert not tokens & counts, tokens & counts


def test_annex_in_english(con):
    page = quality.quality_section_html(con, 2024, PROFILE, labels("en"))
    assert "Data quality review 2024" in page and "Compliance scorecard 2024" in page
    assert "审查项" not in page and "completeness" in page


def test_annex_for_a_region(con, demo_truth):
    names = {h.hospital_id: h.name for h in demo_truth.hospitals}
    page = quality.quality_section_html(con, 2024, PROFILE, labels("zh"), hospitals={"QL107", "QL003"})
    assert names["QL107"] in page and names["QL003"] in page
    assert names["QL102"] not in page and names["QL301"] not in page


def test_reporting_figure_carries_the_rates(con, demo_truth):
    (hid, period), = {(p.hospital_id, p.period) for p in demo_truth.planted if p.rule_id == "DQR_MISSING"}
    name = next(h.name for h in demo_truth.hospitals if h.hospital_id == hid)
    fig = quality.reporting_figure(con, int(period[:4]), PROFILE, labels("zh"))
    assert isinstance(fig, go.Figure) and len(fig.data) == 2
    completeness = dict(zip(fig.data[0].x, fig.data[0].y))
    assert completeness[name] == pytest.approx(round(100 * 11 / 12, 1))
    assert all(v == pytest.approx(100.0) for k, v in completeness.items() if k != name)


def test_scorecard_figure_marks_the_pairings_with_planted_violations(con, demo_truth):
    year = demo_truth.years[-1]
    rules = load_profile(PROFILE).rules
    names = {h.hospital_id: h.name for h in demo_truth.hospitals}
    short = {f"{names[p.support_id]} → {names[p.hospital_id]}" for p in demo_truth.planted
             if p.rule_id in rules and p.period == str(year)}
    fig = quality.scorecard_figure(con, year, PROFILE, labels("zh"))
    shares = dict(zip(fig.data[0].y, fig.data[0].x))
    assert short and {k for k, v in shares.items() if v < 100} == short


def test_without_a_validation_run_it_says_what_to_do():
    from pipelines.db.schema import ensure_schema

    c = duckdb.connect(":memory:")
    ensure_schema(c)
    page = quality.quality_section_html(c, 2024, PROFILE, labels("zh"))
    assert "duikou validate --profile national-2009" in page
    assert quality.reporting_figure(c, 2024, PROFILE, labels("zh")) is None
    assert quality.scorecard_figure(c, 2024, PROFILE, labels("zh")) is None

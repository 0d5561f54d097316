"""The report at national scale (issue 6): the same numbers, computed faster, and tables and
charts that stay readable with thousands of hospitals.

* The faster computations give exactly what the straightforward definitions give: tests in
  test_indicators_programme.py (coverage), test_evaluation.py (before/after) and
  test_suppression.py (a column at a time); the manifest's hashes are unchanged.
* Beyond ``DETAIL_LIMIT`` units a section aggregates by region and lists the ``TOP_N``
  furthest from the requirement; the aggregates are checked against the per-unit tables
  (here on the validated demo with the limits lowered, so the one province's cities are
  the regions and their totals are rounded).
* A province of a database with several provinces is a region of its own.
* The notebook reuses the tables ``duikou report`` computed for the manifest.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape as html_escape

import duckdb
import pandas as pd
import plotly.graph_objects as go
import pytest

from pipelines.db.schema import ensure_schema
from pipelines.privacy import suppression as S
from pipelines.report import figures, quality, sections
from pipelines.report.labels import labels

PROFILE = "national-2009"


# ---------------------------------------------------------------------- charts
def test_histogram_keeps_the_requirement_on_a_bin_edge():
    edges, counts = figures.histogram([0, 1, 2, 2, 3, 7], threshold=3, integer=True)
    assert list(edges[:4]) == [0, 1, 2, 3] and counts.tolist()[:4] == [1, 1, 2, 1] and counts.sum() == 6
    edges, counts = figures.histogram([96.0, 99.9, 100.0, 100.0, 40.0], threshold=100, width=5.0, span=(0, 100))
    assert 100.0 in edges and counts[list(edges).index(95.0)] == 2 and counts[list(edges).index(100.0)] == 2
    fig = figures.distribution_figure([("x", [96.0, 99.9, 100.0, 100.0], 100.0, "#123456")], "t", "x", "y", width=5.0, percent=True)
    bar = fig.data[0]
    assert list(bar.x)[-2:] == ["95–100", "100"] and list(bar.y)[-2:] == [2, 2]
    assert bar.marker.color[-2] == "#b00020" and bar.marker.color[-1] == "#123456"   # short of 100% is red


# ---------------------------------------------------------------------- readable at scale
@pytest.fixture()
def small_limits(monkeypatch):
    """The demo is one province of 10 counties and 12 pairings: with the limits lowered it
    takes the national-scale paths (its cities are the regions)."""
    for module in (sections, quality):
        for name, value in (("DETAIL_LIMIT", 3), ("BAR_LIMIT", 3), ("LINE_LIMIT", 2), ("TOP_N", 2)):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, value)
    if hasattr(quality, "LIST_PER_GROUP"):
        monkeypatch.setattr(quality, "LIST_PER_GROUP", 1)


@pytest.fixture()
def ctx(validated_db):
    from pipelines import connect
    from pipelines.report.context import ReportContext

    con = connect(validated_db)
    yield ReportContext(con, 2024)
    con.close()


def _raw(ctx):
    """The counts before suppression, computed by the indicator code (the report's context has
    only the published tables), to check the report's suppressed totals against."""
    from pipelines.published.context import PublishContext

    return PublishContext(ctx.con, ctx.year, ctx.profile, ctx.lang, ctx.scope, ctx.policy)


def _rows(html_text: str) -> list[list[str]]:
    return [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r)]
            for r in re.findall(r"<tr>(.*?)</tr>", html_text)]


def test_county_table_by_city_with_the_lowest_counties(ctx, small_limits):
    page = sections.county_table_html(ctx)
    assert "下表按市汇总" in page and "duikou export" in page
    raw = _raw(ctx).indicator("within_county_rate_county", [2023, 2024])
    cur = raw[raw["year"] == 2024]
    cities = sorted(cur["city"].dropna().unique())
    table = [r for r in _rows(page) if r and r[0] in cities]
    assert [r[0] for r in table] == cities
    for r in table:   # admissions per city: the exact sum rounded to 5 (a city is below province level)
        exact = int(cur.loc[cur["city"] == r[0], "denominator"].sum())
        assert r[6] == f"{S.count(exact):,}"
    lowest = cur.assign(v=cur["numerator"].map(S.count) / cur["denominator"].map(S.count)).nsmallest(2, "v")
    assert "县域内就诊率最低的 2 个县" in page
    assert all(name in page for name in lowest["county_name"])


def test_pairing_table_by_city_then_the_pairings_short_of_most(ctx, small_limits, demo_truth):
    page = sections.pairing_table_html(ctx)
    assert "下表按市汇总" in page and "计数为每家受援医院的平均数" in page
    trainees = ctx.indicator("trainees_recipient")
    header = _rows(page)[0]
    col = header.index("进修人数")
    for r in _rows(page)[1:]:
        if r and r[0] in set(trainees["city"]):
            t = trainees[trainees["city"] == r[0]]
            n_ok = int((t["value"] >= 3).sum())
            assert r[col] == f"{t['value'].mean():.1f} ({n_ok}/{len(t)})"
    # the recipient the generator left short of trainees (R07) is among the pairings listed
    short = {p.hospital_id for p in demo_truth.planted if p.rule_id == "R07" and p.period == "2024"}
    names = {h.hospital_id: h.name for h in demo_truth.hospitals}
    assert short and all(names[h] in page.split("未达要求项目最多")[1] for h in short)


def test_charts_become_distributions(ctx, small_limits):
    fig = sections.trainees_figure(ctx)
    counts = ctx.indicator("trainees_recipient")["value"]
    assert isinstance(fig, go.Figure) and len([t for t in fig.data if t.type == "bar"]) == 1 and sum(fig.data[0].y) == len(counts)
    assert len(fig.data[0].x) < len(counts) + 5 and "分布" in fig.layout.title.text
    assert len(sections.within_county_figure(ctx).data) == 2          # quartile boxes and the pooled line
    dis = sections.discharges_figure(ctx)
    assert len(dis.data) <= ctx.published("discharges_recipient_month")["recipient_hospital_id"].nunique()
    comp = sections.compliance_figure(ctx)
    assert sum(comp.data[0].y) == len(ctx.indicator("compliance_rate_pairing"))


def test_workload_and_compliance_by_region(ctx, small_limits):
    page = sections.workload_table_html(ctx)
    raw = _raw(ctx).indicator("discharges_recipient_year", [2023, 2024])
    cur = raw[raw["year"] == 2024]
    header = _rows(page)[0]
    for r in _rows(page)[1:]:
        if r and r[0] in set(cur["city"]):
            assert r[header.index("出院人数 2024")] == f"{S.count(int(cur.loc[cur['city'] == r[0], 'numerator'].sum())):,}"
    page = sections.compliance_html(ctx)
    sup = ctx.indicator("compliance_rate_support")
    assert "家支援医院" in page and "规则符合率最低的" in page
    # evaluations per region add up to all of them
    assert sum(int(r[2].replace(",", "")) for r in _rows(page)[1:] if len(r) == 8) == int(sup["denominator"].sum())


def test_before_after_by_first_month_paired(ctx, small_limits):
    page = sections.before_after_html(ctx)
    ba = sections.evaluation(ctx)["before_after"]
    # pooled: only recipients with months on both sides of the start (the rest are counted in the note)
    both = ba[(ba["months_before"] > 0) & (ba["months_after"] > 0)]
    assert 0 < len(both) < len(ba)
    assert f"其中 {len(ba) - len(both)} 家结对前或结对后没有月报数据" in page
    months = (pd.to_datetime(both["paired_from"]) + pd.offsets.MonthBegin(0)).dt.strftime("%Y-%m")
    rows = [r for r in _rows(page) if r and re.fullmatch(r"\d{4}-\d{2}", r[0])]
    assert [r[0] for r in rows] == sorted(months.unique())
    assert [int(r[1]) for r in rows] == [int((months == m).sum()) for m in sorted(months.unique())]


def test_annex_lists_are_capped_and_say_how_many_more(validated_db, small_limits, demo_truth):
    from pipelines.programme.profiles import load_profile

    con = duckdb.connect(str(validated_db), read_only=True)
    try:
        L = labels("zh")
        # flagged DQR items of 2024: one per check listed (the largest deviation), then how many more
        items = quality.dqr_items_html(con, 2024, PROFILE, L)
        flagged = con.execute("""SELECT metric, count(*) FROM dqr_results WHERE run_id = (SELECT run_id FROM runs WHERE kind = 'validate' AND status = 'ok' AND profile = ? ORDER BY seq DESC LIMIT 1) AND flagged AND level <> 'overall' AND period LIKE '2024%'
            AND NOT (level = 'hospital_year' AND metric IN ('completeness', 'timeliness'))
            AND NOT (level = 'item' AND metric = 'outlier_moderate') GROUP BY 1""", [PROFILE]).fetchall()
        assert sum(n for _, n in flagged) > 3
        assert all(L["q_more"].format(n=n - 1) in items for _, n in flagged if n > 1)
        assert f"共 {sum(n for _, n in flagged)} 项" in items
        # rule findings: every rule failing in 2024 listed with the citation read for the rows shown
        rules = quality.rules_html(con, 2024, PROFILE, L)
        prof = load_profile(PROFILE)
        planted = {p.rule_id for p in demo_truth.planted if p.period == "2024" and p.rule_id in prof.rules}
        findings = rules.split(L["q_findings"])[1]
        # the citation by document (title and 文号, pipelines/catalogue/documents.yaml), never the source file's name
        from pipelines.catalogue.citations import cite

        assert planted and all(f"<td>{rid}</td>" in findings and html_escape(cite(prof.rules[rid].citation, "zh", short=True)) in findings
                               for rid in planted)
        assert ".txt" not in findings
        hosp = quality.dqr_hospitals_html(con, 2024, PROFILE, L)
        assert "下表按市汇总" in hosp
        fig = quality.reporting_figure(con, 2024, PROFILE, L)
        assert len([t for t in fig.data if t.type == "bar"]) == 2 and fig.layout.xaxis.type == "category"
        sc = quality.scorecard_figure(con, 2024, PROFILE, L)
        assert sc is not None and sum(sc.data[0].y) > 3
        page = quality.scorecard_html(con, 2024, PROFILE, L)   # by the support hospitals' region (the demo's are in one city)
        assert re.search("下表按[省市县]汇总", page) and "规则符合率最低的" in page
    finally:
        con.close()


def test_a_province_of_several_is_a_region(tmp_path):
    from pipelines import connect
    from pipelines.report.context import ReportContext, resolve_region

    path = tmp_path / "two.duckdb"
    c = duckdb.connect(str(path))
    ensure_schema(c)
    c.execute("""INSERT INTO hospitals (hospital_id, name, level, category, province, city, county, county_code, submission_id, source_row) VALUES
        ('S1', '甲支援', '三级', '综合医院', '甲省', '甲市', '甲市辖区', '910101', 's', 1),
        ('R1', '甲县医院', '二级', '综合医院', '甲省', '甲市', '甲县', '910121', 's', 2),
        ('S2', '乙支援', '三级', '综合医院', '乙省', '乙市', '乙市辖区', '920101', 's', 3),
        ('R2', '乙县医院', '二级', '综合医院', '乙省', '乙市', '乙县', '920121', 's', 4)""")
    c.execute("""INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES ('P1', 'S1', 'R1', 'x', DATE '2024-01-01', NULL, NULL, 's', 1),
                                             ('P2', 'S2', 'R2', 'x', DATE '2024-01-01', NULL, NULL, 's', 2)""")
    c.execute("""INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, discharges, referrals_out, submission_id, source_row)
                 VALUES ('R1', 2024, 1, 100, 5, 's', 1), ('R2', 2024, 1, 90, 4, 's', 2)""")
    c.close()
    con = connect(path)
    try:
        scope = resolve_region(con, "甲省")
        assert scope.level == "province" and not scope.below_province and scope.limited
        ctx = ReportContext(con, 2024, scope=scope)
        assert ctx.published("referral_rate_recipient")["recipient_hospital_id"].tolist() == ["R1"]
        assert "甲县医院" in sections.pairing_table_html(ctx) and "乙县医院" not in sections.pairing_table_html(ctx)
        assert not resolve_region(con, None).limited
    finally:
        con.close()


def test_the_notebook_renders_the_stored_tables(validated_db, tmp_path):
    """The notebook's context reads what the publishing step stored and renders the same
    sections as tables computed in memory; a key never published is a clear error."""
    import shutil

    from pipelines import connect
    from pipelines.errors import UserError
    from pipelines.published.publish import publish
    from pipelines.report.context import ReportContext, open_report, resolve_region

    profile = "bozhou-2016"   # validated in the test database, reported by no other test
    db = tmp_path / "copy.duckdb"
    shutil.copy(validated_db, db)
    con = connect(db)
    try:
        ctx = ReportContext(con, 2024, profile, "zh", resolve_region(con, None))   # nothing stored: computed in memory
        direct = [sections.summary_html(ctx), sections.pairing_table_html(ctx), sections.before_after_html(ctx)]
    finally:
        con.close()
    with pytest.raises(UserError, match="run duikou report"):
        open_report(db, 2024, profile, "zh", None)
    con = connect(db, read_only=False)
    try:
        publish(con, 2024, profile)
    finally:
        con.close()
    stored = open_report(db, 2024, profile, "zh", None)
    try:
        assert stored.stored and "tables" in stored._cache
        assert [sections.summary_html(stored), sections.pairing_table_html(stored), sections.before_after_html(stored)] == direct
    finally:
        stored.con.close()
    with pytest.raises(UserError):   # another year was not published
        open_report(db, 2023, profile, "zh", None)


def test_regional_totals_are_rounded_and_changes_compare_like_with_like(tmp_path, monkeypatch):
    """A national database: a province with one recipient, a hospital without a recorded
    province and one that starts reporting in 2024. Regional totals of patient counts are
    rounded even for a province (one hospital's exact count must not show through), and the
    change on last year is over the hospitals reporting in both years."""
    from pipelines import connect
    from pipelines.report.context import ReportContext, resolve_region

    for name, value in (("DETAIL_LIMIT", 2), ("LINE_LIMIT", 2), ("TOP_N", 2)):
        monkeypatch.setattr(sections, name, value)
    path = tmp_path / "nat.duckdb"
    c = duckdb.connect(str(path))
    ensure_schema(c)
    hospitals = [("R1", "甲省", "甲市", "甲县", "910121", (2023, 2024)), ("R2", "甲省", "甲市", "甲二县", "910122", (2023, 2024)),
                 ("R3", "乙省", "乙市", "乙县", "920121", (2023, 2024)),   # the only recipient of 乙省
                 ("R4", None, "丙市", "丙县", "930121", (2023, 2024)),     # province not filled in
                 ("R5", "甲省", "甲市", "甲三县", "910123", (2024,))]      # reports from 2024 only
    for i, (h, prov, city, county, code, years) in enumerate(hospitals):
        c.execute("""INSERT INTO hospitals (hospital_id, name, category, province, city, county, county_code, submission_id, source_row)
                     VALUES (?, ?, '综合医院', ?, ?, ?, ?, 's', ?)""", [h, h + "医院", prov, city, county, code, i])
        c.execute("INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES (?, 'S1', ?, 'x', DATE '2023-01-01', NULL, NULL, 's', 1)", ["P" + h, h])
        for y in years:
            for m in range(1, 13):   # the same every month and year: no hospital changes
                c.execute("""INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, outpatient_visits, discharges,
                             surgeries, referrals_out, submission_id, source_row) VALUES (?, ?, ?, ?, ?, 3, 2, 's', 1)""",
                          [h, y, m, 1003 + i, 101 + i])
    c.close()
    con = connect(path)
    try:
        ctx = ReportContext(con, 2024, scope=resolve_region(con, None))
        page = sections.workload_table_html(ctx)
        rows = {r[0]: r for r in _rows(page)[1:] if r}
        # discharges 2024 by hand: 12 months x (101 + i); 甲省 = R1 + R2 + R5 = 3,696, 乙省 = R3 = 1,236,
        # no province = R4 = 1,248; published rounded to the nearest 5
        assert {k: r[4] for k, r in rows.items()} == {"甲省": "3,695", "乙省": "1,235", "—": "1,250"}
        # every hospital flat: no change, although 甲省's total grew by R5's first year
        assert rows["甲省"][5] == "+0.0" and rows["乙省"][5] == "+0.0"
        assert "两年均有月报的医院" in page
    finally:
        con.close()


def test_yearly_counts_are_not_judged_in_a_partial_year(validated_db, demo_truth):
    """As validation (R07, R10, R12): a recipient paired from mid-2023 is not held to 2023's
    yearly counts in the report either (no colour, not counted as meeting or missing)."""
    from pipelines import connect
    from pipelines.report.context import ReportContext

    whole = {p.recipient for p in demo_truth.pairings if p.start <= dt.date(2023, 1, 1) and (p.end is None or p.end >= dt.date(2023, 12, 31))}
    partial = {p.recipient for p in demo_truth.pairings if dt.date(2023, 1, 1) < p.start <= dt.date(2023, 12, 31)} - whole
    assert whole and partial
    con = connect(validated_db)
    try:
        ctx = ReportContext(con, 2023)
        assert ctx.paired_whole_year() == whole
        trainees = ctx.indicator("trainees_recipient")
        rid = sorted(partial)[0]
        assert ctx.judge("trainees_recipient", rid, 0) is None and ctx.judge("trainees_recipient", sorted(whole)[0], 0) is False
        assert ctx.judge("coverage_recipient", rid, 50.0) is False   # R06 is judged on the days paired
        n_ok, n, _ = sections._meeting(ctx, "trainees_recipient")
        judged = trainees[trainees["recipient_hospital_id"].isin(whole)]
        assert (n_ok, n) == (int((judged["value"] >= 3).sum()), len(judged))
        fig = sections.trainees_figure(ctx)
        colours = dict(zip(fig.data[0].x, fig.data[0].marker.color))
        names = {h.hospital_id: h.name for h in demo_truth.hospitals}
        shown = [r for r in partial if names[r] in colours]
        assert shown and all(colours[names[r]] == "#9aa5b1" for r in shown)
        assert all(colours[names[r]] != "#9aa5b1" for r in whole if names[r] in colours)
    finally:
        con.close()

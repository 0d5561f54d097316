"""The report's records-based section (issue 21 item 2): the within-county inpatient rate counted
from the discharge records, labelled by source, per county of the report's region, and the annex's
forms-against-records table; a sentence when no records were ingested. Expected values: SQL on the
records views written here, with small-number suppression written out by hand (NHS method: 1-7
masked, others rounded half up to 5)."""

from __future__ import annotations

import math
import re
import shutil

import duckdb
import pytest

from pipelines.report.build import build_report

pytestmark = pytest.mark.slow

YEAR = 2024


def nhs(n) -> int | str:
    n = int(n)
    if 1 <= n <= 7:
        return "*"
    return 5 * math.floor(n / 5 + 0.5)


@pytest.fixture(scope="module")
def records_db(demo_db, tmp_path_factory):
    """A copy of the demo database with the demo's records step run on it."""
    from pipelines.demo import _records

    base = tmp_path_factory.mktemp("report_records")
    db = base / "demo.duckdb"
    shutil.copy(demo_db, db)
    assert _records(base / "synthetic-demo", db, YEAR) == 0
    return db


def _expected(db, where: str, params: list) -> dict[str, str]:
    """{county name: the records rate as the report prints it} from records_county_month."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(f"""
            SELECT h.county, sum(r.resident_discharges_in_county), sum(r.resident_discharges)
            FROM records_county_month r JOIN (SELECT DISTINCT county, city, county_code FROM hospitals) h USING (county_code)
            WHERE r.year = ? AND {where} GROUP BY 1""", [YEAR, *params]).fetchall()
    finally:
        con.close()
    out = {}
    for county, inside, everyone in rows:
        a, b = nhs(inside), nhs(everyone)
        out[county] = "*" if "*" in (a, b) else (f"{a / b * 100:.1f}%" if b else "—")
    return out


def _section(html: str, start: str, end: str) -> str:
    part = html[html.index(start):]
    return part[:part.index(end)]


def test_records_section_by_county_labelled_by_source(records_db, tmp_path):
    rep = build_report(records_db, year=YEAR, out_dir=tmp_path, lang="zh")
    page = rep.html.read_text(encoding="utf-8")
    sec = _section(page, "县域内住院率：病案首页数据", "三、各对口支援关系")
    assert "数据来源：住院病案首页" in sec
    expected = _expected(records_db, "h.county_code IS NOT NULL AND r.resident_discharges > 0", [])
    assert len(expected) >= 10
    for county, rate in expected.items():
        assert re.search(rf"<td>{re.escape(county)}</td><td[^>]*>{re.escape(rate)}</td>", sec), (county, rate)
    annex = page[page.index("附件：数据质量"):]
    assert "报表与病案首页的一致性" in annex and "病案首页 / 报表" in annex


def test_records_section_of_a_region_keeps_its_counties(records_db, tmp_path):
    rep = build_report(records_db, year=YEAR, out_dir=tmp_path, lang="en", region="明川市")
    page = rep.html.read_text(encoding="utf-8")
    sec = _section(page, "Within-county inpatient rate: from discharge records", "3. Pairings")
    assert "Source: inpatient front sheets" in sec
    inside = _expected(records_db, "h.city = ? AND r.resident_discharges > 0", ["明川市"])
    outside = _expected(records_db, "h.city <> ? AND r.resident_discharges > 0", ["明川市"])
    assert inside and outside
    for county, rate in inside.items():
        assert re.search(rf"<td>{re.escape(county)}</td><td[^>]*>{re.escape(rate)}</td>", sec), (county, rate)
    assert not [c for c in outside if f"<td>{c}</td>" in sec]


def test_without_records_the_section_says_so(validated_db, tmp_path):
    rep = build_report(validated_db, year=YEAR, out_dir=tmp_path, lang="en", region="石桥县")
    page = rep.html.read_text(encoding="utf-8")
    assert "No discharge records have been ingested" in page
    assert "Forms against discharge records" not in page

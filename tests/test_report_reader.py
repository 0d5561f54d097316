"""The report a reader can use (issue 19 items 3-5): one language throughout, findings that name
the file, sheet and row, a region's report scoped in every section with its summary equal to its
sections, effect rows labelled with the level they were estimated at, and charts that read
(small multiples, a log scale, requirement labels in the legend, one colour per meaning).

Expected values come from SQL written here against the database, not from the report's code."""

import html as html_lib
import json
import re
from html.parser import HTMLParser

import pytest

from pipelines.report.build import build_report

pytestmark = pytest.mark.slow

CJK = re.compile(r"[\u3400-\u9fff（）、：；，。《》]")
# English a Chinese report must not show: words of the labels, the validation's and the
# catalogue's own texts, English month names, and p-values in e-notation
DENY_EN = ["the", "and", "of", "per", "with", "summed", "violation", "warning", "completeness", "timeliness", "months",
           "people", "yuan", "days", "synthetic", "data", "source", "sheet", "row", "citing", "rule", "rules", "shared",
           "every", "profile", "trainees", "discharges", "referrals", "stays", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "estimate", "province", "county"]


# ---------------------------------------------------------------------- reading the HTML
class _Text(HTMLParser):
    """Visible text (no scripts or styles) and the report's tables as lists of rows."""

    def __init__(self):
        super().__init__()
        self.skip, self.text, self.tables = 0, [], []
        self._cell = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self._cell is not None and self.tables and self.tables[-1]:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self.skip:
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def _parse(html: str) -> _Text:
    p = _Text()
    p.feed(html)
    return p


def _figures(html: str) -> list[tuple[list, dict]]:
    """(traces, layout) of every plotly figure in the page."""
    dec = json.JSONDecoder()
    out = []
    for m in re.finditer(r'Plotly\.newPlot\(\s*"[^"]+",\s*', html):
        data, end = dec.raw_decode(html, m.end())
        rest = html[end:].lstrip()[1:].lstrip()   # after the comma
        layout, _ = dec.raw_decode(rest)
        out.append((data, layout))
    return out


def _figure_texts(html: str) -> list[str]:
    """Every text a reader sees in the charts: titles, axis titles, legend names, annotations,
    and the tick formats (a date format decides the tick labels)."""
    texts = []
    for data, layout in _figures(html):
        texts.append(str((layout.get("title") or {}).get("text") or ""))
        for k, v in layout.items():
            if k.startswith(("xaxis", "yaxis")) and isinstance(v, dict):
                texts.append(str((v.get("title") or {}).get("text") or ""))
                texts.append(str(v.get("tickformat") or ""))
        texts += [str(a.get("text") or "") for a in layout.get("annotations") or []]
        texts += [str(t.get("name") or "") for t in data if t.get("showlegend", True) is not False]
    return texts


@pytest.fixture(scope="module")
def reports(validated_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("reader")
    built = {}
    for lang, region in (("zh", None), ("en", None), ("en", "石桥县"), ("zh", "明川市")):
        rep = build_report(validated_db, year=2024, profile="national-2009", out_dir=out, lang=lang, region=region)
        built[(lang, region)] = rep.html.read_text(encoding="utf-8")
    return built


def _names(db) -> set[str]:
    """What an English report may show in Chinese: hospital and place names, the submissions'
    file and sheet names, and the titles of documents that have no English title."""
    from conftest import query

    from pipelines.catalogue.citations import documents, standards

    names = {x for row in query(db, "SELECT name, province, city, county FROM hospitals") for x in row if x}
    names |= {f for (f,) in query(db, "SELECT DISTINCT file_name FROM submissions")}
    names |= {s for (s,) in query(db, "SELECT DISTINCT sheet_name FROM submissions")}
    names |= {d["title_zh"] for d in [*documents().values(), *standards().values()] if d.get("title_zh") and not d.get("title_en")}
    return names


# ---------------------------------------------------------------------- item 3: language
def test_chinese_report_is_chinese(reports):
    for key in (("zh", None), ("zh", "明川市")):
        page = reports[key]
        assert '<html lang="zh-CN">' in page
        text = " ".join(_parse(page).text + _figure_texts(page))
        text = re.sub(r"[\w.-]*/[\w./-]*", " ", text)   # paths (../shared/seeds/, expectations/dqr.yaml) are names
        found = sorted({w for w in DENY_EN if re.search(rf"(?<![A-Za-z_]){w}(?![A-Za-z_])", text, flags=re.I)})
        assert not found, (key, found)
        assert not re.search(r"\d\.\d+e[-+]\d", text)   # no p-value in e-notation
        assert "%b" not in text and "%Y年" in text       # month and year ticks in Chinese
        assert "合成数据" in text


def test_english_report_has_chinese_only_in_names(reports, validated_db):
    names = sorted(_names(validated_db), key=len, reverse=True)
    for key in (("en", None), ("en", "石桥县")):
        page = reports[key]
        assert '<html lang="en">' in page
        text = "\n".join(_parse(page).text + _figure_texts(page))
        for n in names:
            text = text.replace(n, "")
        text = re.sub(r"[\u3400-\u9fff]*〔\d{4}〕\d+号", "", text)   # a document number (文号) has no English
        text = re.sub(r"\d{3}_[0-9a-f]{16}\.txt 篇\d+", "", text)    # the collected source texts' files
        left = [line for line in text.splitlines() if CJK.search(line)]
        assert not left, (key, left[:10])
        assert "SYNTHETIC DATA" in text


def test_findings_name_file_sheet_and_row(reports, validated_db):
    """Every rule finding about a row shows the file, sheet and row the row was read from (as the
    SQL here finds them), and no record key (a hash) is shown."""
    from conftest import query

    rows = query(validated_db, """
        WITH bad AS (SELECT DISTINCT unnest(string_split(entity_ids, ',')) AS eid FROM validation_results
                     WHERE run_id = (SELECT run_id FROM runs WHERE kind = 'validate' AND profile = 'national-2009' ORDER BY seq DESC LIMIT 1)
                       AND success = false AND period LIKE '2024%')
        SELECT s.file_name, s.sheet_name, x.source_row FROM bad
        JOIN (SELECT trainee_id AS eid, submission_id, source_row FROM trainees
              UNION ALL SELECT deployment_id, submission_id, source_row FROM deployments
              UNION ALL SELECT pairing_id, submission_id, source_row FROM pairings) x USING (eid)
        JOIN submissions s USING (submission_id)""")
    assert rows, "the demo plants findings about rows in 2024"
    for lang, fmt in (("zh", "{f} · {s} · 第 {r} 行"), ("en", "{f} · sheet {s} · row {r}")):
        text = html_lib.unescape(" ".join(_parse(reports[(lang, None)]).text))
        for f, s, r in rows:
            assert fmt.format(f=f, s=s, r=r) in text, (lang, f, s, r)
        assert not re.search(r"\b(?:D|T|PR)[0-9a-f]{16}\b", text)   # record keys are not shown


# ---------------------------------------------------------------------- item 4: scope
def _table_after(page: str, heading: str) -> list[list[str]]:
    """The first table after a heading's text."""
    at = page.index(heading)
    return _parse(page[at:]).tables[0]


def test_region_report_is_scoped_in_every_section(reports, validated_db):
    from conftest import query

    page = reports[("en", "石桥县")]
    inside = {n for (n,) in query(validated_db, "SELECT name FROM hospitals WHERE county = '石桥县'")}
    outside = {n for (n,) in query(validated_db, "SELECT name FROM hospitals WHERE county <> '石桥县' AND hospital_id IN "
                                                  "(SELECT recipient_hospital_id FROM pairings)")}
    annex = html_lib.unescape(" ".join(_parse(page[page.index("Annex: data quality"):page.index("Appendix: methods")]).text))
    assert any(n in annex for n in inside)
    assert not [n for n in outside if n in annex]   # another county's recipient: not in this county's annex
    # the rule findings listed are exactly the failing ones about the region's recipients (SQL here)
    for key, col, heading in ((("en", "石桥县"), "county", "<h4>Findings</h4>"), (("zh", "明川市"), "city", "<h4>不符合明细</h4>")):
        expected = {r for (r,) in query(validated_db, f"""
            SELECT DISTINCT rule_id FROM validation_results v JOIN hospitals h
              ON h.hospital_id = coalesce(v.recipient_hospital_id, v.hospital_id)
            WHERE run_id = (SELECT run_id FROM runs WHERE kind = 'validate' AND profile = 'national-2009' ORDER BY seq DESC LIMIT 1)
              AND success = false AND period LIKE '2024%' AND h.{col} = ?""", [key[1]])}
        page = reports[key]
        if not expected:
            assert heading not in page, key
            continue
        findings = _table_after(page, heading)
        assert {r[0] for r in findings[1:] if re.fullmatch(r"[RS]\d+", r[0])} == expected, key


def test_region_summary_equals_its_sections(reports, validated_db):
    """The summary's trainees, dispatched staff and rule compliance of a city's report equal the
    sums of its pairing and compliance tables, and the counts SQL finds for the city."""
    from conftest import query

    page = reports[("zh", "明川市")]
    summary = {r[0]: r for r in _table_after(page, "一、执行摘要")[1:]}
    trainees = query(validated_db, """SELECT count(*) FROM trainees t JOIN hospitals h ON h.hospital_id = t.recipient_hospital_id
                                      WHERE h.city = '明川市' AND year(t.start_date) = 2024""")[0][0]
    assert int(summary["进修人数"][1].replace(",", "")) == trainees
    pairs = _table_after(page, "三、各对口支援关系")
    col = pairs[0].index("进修人数")
    per_recipient = {r[0].split(" → ")[1]: int(r[col]) for r in pairs[1:]}   # one value per recipient
    assert sum(per_recipient.values()) == trainees
    # rule compliance: the summary's violations are the sum of the section's rows (pairings of the city's recipients)
    comp = _table_after(page, "六、规则符合情况")
    assert comp[0][0] == "对口关系（支援 → 受援）"
    v = comp[0].index("不符合")
    n_violations = int(re.search(r"(\d+)", summary["规则符合率（各对口关系合计）"][4]).group(1))
    assert n_violations == sum(int(r[v]) for r in comp[1:])
    recipients = {n for (n,) in query(validated_db, "SELECT name FROM hospitals WHERE city = '明川市' AND hospital_id IN "
                                                    "(SELECT recipient_hospital_id FROM pairings)")}
    assert {r[0].split(" → ")[1] for r in comp[1:]} <= recipients


def test_effect_rows_say_the_level_they_were_estimated_at(reports):
    county = reports[("en", "石桥县")]
    summary = {r[0]: r for r in _table_after(county, "1. Executive summary")[1:]}
    row = next(r for k, r in summary.items() if k.startswith("Effect of pairing"))
    assert "(province estimate)" in row[0] and "not 石桥县's own" in row[4]
    effects = _table_after(county, "5. Programme effect")
    assert effects[0][2] == "estimated at" and {r[2] for r in effects[1:]} == {"province"}
    whole = reports[("en", None)]
    assert "Caution: the effect is" not in whole
    effects = _table_after(whole, "5. Programme effect")
    assert {r[2] for r in effects[1:]} == {"province"}


# ---------------------------------------------------------------------- item 5: charts
def test_charts_read(reports):
    from pipelines.report.figures import MET, MISS, NEUTRAL, NOT_JUDGED

    figs = _figures(reports[("zh", None)])
    by_title = {str((lay.get("title") or {}).get("text") or ""): (data, lay) for data, lay in figs}
    # 10 counties, 15 hospitals: more lines than a chart tells apart -> one small chart each
    within = next(v for k, v in by_title.items() if k.startswith("各县县域内就诊率"))
    assert len([k for k in within[1] if k.startswith("yaxis")]) >= 10
    discharges = next(v for k, v in by_title.items() if k.startswith("受援医院月出院人数"))
    yaxes = [v for k, v in discharges[1].items() if k.startswith("yaxis")]
    assert len(yaxes) >= 15 and not any(y.get("matches") for y in yaxes)   # each its own scale
    # requirement labels in the legend, not on the line beside the bars' values
    for title, (data, lay) in by_title.items():
        if data and data[0].get("type") == "bar" and data[0].get("textposition") == "outside":
            assert not [a for a in lay.get("annotations") or [] if "≥" in str(a.get("text"))], title
            colors = data[0]["marker"]["color"]
            judged = any(t.get("mode") == "lines" for t in data)   # the requirement's line in the legend
            allowed = {MET, MISS, NOT_JUDGED} if judged else {NEUTRAL}
            assert set(colors if isinstance(colors, list) else [colors]) <= allowed, title
            assert judged or "方案要求" not in title, title   # no requirement: the title does not promise its line
    # rule compliance per pairing is charted once
    assert len([k for k in by_title if "规则符合率" in k]) == 1
    # a county hospital (~3,000 a month) beside township centres (~100): a log scale
    county = _figures(reports[("en", "石桥县")])
    dis = next(lay for data, lay in county if str((lay.get("title") or {}).get("text")).startswith("Monthly discharges"))
    assert dis["yaxis"]["type"] == "log"

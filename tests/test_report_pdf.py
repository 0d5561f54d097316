"""`duikou report --pdf`: the PDF is paginated A4, nothing is cut, and the pages say what the
report is. Checked on the PDF itself (poppler's pdfinfo, pdftotext and pdftoppm): page sizes,
the text of every page, and the ink in each page's margins, against facts taken from the
HTML report, the profile file, the labels and the database, not from the PDF.

Needs Chromium and poppler-utils (scripts/install-system-deps.sh installs both); skipped without
them unless DUIKOU_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import html as html_lib
import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import yaml

pytestmark = [pytest.mark.slow, pytest.mark.browser]

A4 = (595.28, 841.89)          # points
MARGIN_MM = {"top": 16, "right": 14, "bottom": 17, "left": 14}   # as the stylesheet's @page
DPI = 36


def _need_tools():
    from pipelines.report.pdf import find_browser

    missing = [t for t in ("pdfinfo", "pdftotext", "pdftoppm") if shutil.which(t) is None]
    if find_browser() is None:
        missing.append("chromium")
    if missing:
        if os.environ.get("DUIKOU_REQUIRE_BROWSER") == "1":
            pytest.fail(f"missing {missing}: scripts/install-system-deps.sh installs them (chromium, poppler-utils)")
        pytest.skip(f"missing {missing}")


def _pdf(validated_db, tmp_path_factory, **kw):
    _need_tools()
    from pipelines.report.build import build_report

    return build_report(validated_db, year=2024, out_dir=tmp_path_factory.mktemp("pdf"), pdf=True, **kw)


@pytest.fixture(scope="module")
def province_zh(validated_db, tmp_path_factory):
    return _pdf(validated_db, tmp_path_factory, profile="national-2009")


@pytest.fixture(scope="module")
def county_en(validated_db, tmp_path_factory):
    return _pdf(validated_db, tmp_path_factory, profile="guangxi-2022", lang="en", region="枫林县")


# ---------------------------------------------------------------------- reading the PDF
def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+)", out)]


def page_texts(pdf: Path) -> list[str]:
    """The text of each page in content order, all white space removed (a header cell wrapped
    over two lines reads as one word again)."""
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"\s+", "", p) for p in out.split("\f")[:-1]]


def page_images(pdf: Path, tmp: Path) -> list[np.ndarray]:
    """Each page as a grey-scale array (pdftoppm's PGM output, read without an imaging library)."""
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), str(pdf), str(tmp / "pg")], check=True)
    pages = []
    for f in sorted(tmp.glob("pg-*.pgm"), key=lambda p: int(p.stem.split("-")[-1])):
        data = f.read_bytes()
        magic, w, h, maxval, rest = re.match(rb"(P5)\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)", data, re.S).groups()
        pages.append(np.frombuffer(rest[: int(w) * int(h)], np.uint8).reshape(int(h), int(w)))
    return pages


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", html_lib.unescape(text))


def table_headers(html: str) -> list[list[str]]:
    """The header cells of every table of the report's HTML (the report's own tables)."""
    out = []
    for table in re.findall(r"<table class=[\"'][^\"']*duikou-table[^>]*>(.*?)</table>", html, re.S):
        head = re.search(r"<tr>(.*?)</tr>", table, re.S).group(1)
        out.append([_squash(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<th[^>]*>(.*?)</th>", head, re.S)])
    return out


def ink_outside_content(img: np.ndarray, landscape: bool) -> dict[str, int]:
    """Dark pixels in the left and right page margins between the top and bottom margins
    (where the running head and page number are): a table or chart wider than the printable
    width spills into the right margin."""
    h, w = img.shape
    px = lambda mm: int(round(mm / 25.4 * DPI))   # noqa: E731
    top, bottom = px(MARGIN_MM["top"]), h - px(MARGIN_MM["bottom"])
    right = img[top:bottom, w - px(MARGIN_MM["right"]) + 1:]
    left = img[top:bottom, : px(MARGIN_MM["left"]) - 1]
    return {"right": int((right < 200).sum()), "left": int((left < 200).sum())}


# ---------------------------------------------------------------------- the tests
def _is_a4(size) -> bool:
    w, h = size
    return (abs(w - A4[0]) < 1.5 and abs(h - A4[1]) < 1.5) or (abs(w - A4[1]) < 1.5 and abs(h - A4[0]) < 1.5)


def test_pdf_is_paginated_a4_with_page_numbers_and_a_cover(province_zh, validated_db):
    import duckdb

    pdf = province_zh.pdf
    assert pdf is not None and pdf.exists() and pdf.name == "annual-report-2024-national-2009-zh.pdf"
    sizes = page_sizes(pdf)
    html = province_zh.html.read_text(encoding="utf-8")
    sections = re.findall(r"<h2[^>]*>", html)
    # a cover, then every section of the report begins a page of its own
    assert len(sections) >= 7 and len(sizes) >= 1 + len(sections)
    assert all(_is_a4(s) for s in sizes), sizes
    texts = page_texts(pdf)
    assert len(texts) == len(sizes)
    # page numbers "n / N" on every page but the cover
    for i, t in enumerate(texts[1:], start=2):
        assert f"{i}/{len(sizes)}" in t, (i, t[-40:])
    assert "1/" + str(len(sizes)) not in texts[0]
    # the cover: year, programme name (from the profile file, not the slug), region, data status
    prof = yaml.safe_load((Path(__file__).parents[1] / "expectations" / "profiles" / "national-2009.yaml").read_text(encoding="utf-8"))
    con = duckdb.connect(str(validated_db), read_only=True)
    (province,) = con.execute("SELECT DISTINCT province FROM hospitals").fetchone()
    con.close()
    cover = texts[0]
    assert "2024年度" in cover and _squash(prof["title_zh"]) in cover and province in cover and "合成数据" in cover
    # CJK text is real text in embedded fonts (searchable, prints anywhere)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in f[60:] for f in fonts), fonts


def test_no_table_is_cut_and_wide_tables_are_landscape(province_zh, tmp_path):
    pdf = province_zh.pdf
    html = province_zh.html.read_text(encoding="utf-8")
    texts, sizes = page_texts(pdf), page_sizes(pdf)
    headers = table_headers(html)
    assert len(headers) >= 8
    # every column of every table is printed: its whole header row, cell after cell, is on a page
    # (text cut off at a page or scroll-box edge is not in the PDF at all; the browser's own
    # print of the report before the print stylesheet lost the pairing and definitions tables' right columns)
    cut = [h[:2] for h in headers if not any("".join(h) in t for t in texts)]
    assert not cut, cut
    # the widest table (one column per indicator) is on landscape pages, its header repeated
    # on every page it covers
    from pipelines.report.labels import labels

    L = labels("zh")
    pages = [i for i, t in enumerate(texts) if _squash(L["pairing"]) in t]
    assert pages and all(sizes[i][0] > sizes[i][1] for i in pages)
    assert _squash(L["s_pairings"]) in texts[pages[0]]            # the section's heading on the same page
    assert all(_squash(L["c_compliance"]) in texts[i] for i in pages)
    # nothing spills into the side margins (a table or chart wider than the printable width)
    for i, img in enumerate(page_images(pdf, tmp_path)):
        ink = ink_outside_content(img, sizes[i][0] > sizes[i][1])
        assert ink == {"right": 0, "left": 0}, (i + 1, ink)


def test_charts_are_drawn_without_toolbars(province_zh):
    from pipelines.report.labels import labels

    L = labels("zh")
    everything = "".join(page_texts(province_zh.pdf))
    # chart titles are drawn by plotly's JavaScript into SVG text: present only if the charts rendered
    for title in (L["within_title"], L["trainees_title"].format(year=2024), L["discharges_title"], L["compliance_title"]):
        assert _squash(title) in everything, title
    html = province_zh.html.read_text(encoding="utf-8")
    n_charts = len(re.findall(r'class="plotly-graph-div', html))
    assert n_charts >= 8
    # the toolbar's buttons carry these titles in the page; none is printed
    assert "Downloadplotaspng" not in everything and "Autoscale" not in everything


def test_chinese_report_reads_chinese(province_zh):
    html = province_zh.html.read_text(encoding="utf-8")
    assert re.search(r"<html lang=\"zh-CN\">", html)
    everything = "".join(page_texts(province_zh.pdf))
    # month ticks in Chinese (the discharges chart spans the report year and the two before)
    assert all(f"{y}年1月" in everything for y in (2023, 2024))
    # p-values and other numbers without scientific notation; small-cell suppression named as such
    assert not re.search(r"\d\.?\d*e[-+]\d", everything)
    assert "小数抑制" not in everything and "小单元格抑制" in everything


def test_county_report_in_english(county_en, validated_db):
    import duckdb

    pdf = county_en.pdf
    assert '<html lang="en">' in county_en.html.read_text(encoding="utf-8")
    assert pdf.name == "annual-report-2024-guangxi-2022-枫林县-en.pdf"
    sizes, texts = page_sizes(pdf), page_texts(pdf)
    assert all(_is_a4(s) for s in sizes)
    prof = yaml.safe_load((Path(__file__).parents[1] / "expectations" / "profiles" / "guangxi-2022.yaml").read_text(encoding="utf-8"))
    cover = texts[0]
    assert _squash(prof["title_en"]) in cover and "枫林县" in cover and "synthetic" in cover.lower()
    # the running head names the region on every page after the cover
    assert all("枫林县" in t for t in texts[1:])
    from pipelines.report.labels import labels

    L = labels("en")
    con = duckdb.connect(str(validated_db), read_only=True)
    inside = [n for (n,) in con.execute("""SELECT DISTINCT h.name FROM pairings p JOIN hospitals h ON h.hospital_id = p.recipient_hospital_id
                                           WHERE h.county = '枫林县'""").fetchall()]
    outside = [n for (n,) in con.execute("""SELECT DISTINCT h.name FROM pairings p JOIN hospitals h ON h.hospital_id = p.recipient_hospital_id
                                            WHERE h.county <> '枫林县'""").fetchall()]
    con.close()
    first = next(i for i, t in enumerate(texts) if _squash(L["s_pairings"]) in t)
    last = next(i for i, t in enumerate(texts) if _squash(L["s_workload"]) in t)
    section = "".join(texts[first:last])
    assert inside and all(n in section for n in inside)
    assert outside and not any(n in section for n in outside)


def test_margin_check_sees_a_table_that_spills():
    """The margin check itself: a dark block reaching into the right margin is found."""
    h, w = round(297 / 25.4 * DPI), round(210 / 25.4 * DPI)
    page = np.full((h, w), 255, np.uint8)
    assert ink_outside_content(page, False) == {"right": 0, "left": 0}
    page[h // 2: h // 2 + 5, w // 2: w - 2] = 0          # a table row running to 2 px from the edge
    assert ink_outside_content(page, False)["right"] > 0

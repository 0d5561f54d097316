"""Citations by document: every rule, profile and indicator citation resolves, through
pipelines/catalogue/documents.yaml, to a document's title, issuing body, 文号 and date, and no
reader-facing output (report sections, validation page, exports) shows a source-file name."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest
import yaml

from pipelines.catalogue.citations import REF, cite, documents

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FILE_REF = re.compile(r"\d{3}_[0-9a-f]{16}\.txt")


def _all_citations() -> list[str]:
    """Every citation text of the profiles (source, each rule), the rules and the indicator catalogue."""
    out = []
    for f in sorted((ROOT / "expectations" / "profiles").glob("*.yaml")):
        doc = yaml.safe_load(f.read_text(encoding="utf-8"))
        out.append(doc.get("source") or "")
        out += [r.get("citation") or "" for r in (doc.get("rules") or {}).values()]
    ind = yaml.safe_load((ROOT / "pipelines" / "catalogue" / "indicators.yaml").read_text(encoding="utf-8"))
    for spec in ind.values() if isinstance(ind, dict) else []:
        if isinstance(spec, dict):
            out += [spec.get("rationale") or "", (spec.get("target") or {}).get("citation") or ""]
    return [c for c in out if c]


def test_every_source_file_cited_is_catalogued():
    cited = _all_citations()
    refs = {(m.group("file"), m.group("piece")) for c in cited for m in REF.finditer(c)}
    assert len(refs) >= 7   # five seed files, three pieces of the first
    for c in cited:
        for lang in ("zh", "en"):
            assert not FILE_REF.search(cite(c, lang)), (lang, c, cite(c, lang))


def test_a_citation_names_title_issuer_number_date_and_article():
    c = cite("002_3361beb2915479c6.txt 三(一)3：派驻医务人员连续工作至少6个月可以轮换")
    assert c == ("《长春市县级医院支援乡镇卫生院工作方案》（长春市卫生局，长卫医管发〔2011〕3号，2011年5月5日）"
                 "三(一)3：派驻医务人员连续工作至少6个月可以轮换")
    # a plan restating the national measures cites them too; what the source leaves out is said so
    c = cite("000_e3f5b273f2fab0e5.txt 篇1 五：支援医院…")
    assert c.startswith("《绵阳市三级医院对口支援县级医院实施方案》（发文机关未载，文号未载，日期未载）五，依据《城乡医院对口支援工作管理办法（试行）》")
    assert "卫医管发〔2009〕72号" in c and c.endswith("：支援医院…")
    # the 文号 already written after the file is not repeated; the article stays
    c = cite("004_a400a496d77463d0.txt (辽卫函字〔2005〕238号) 一, 三", "en")
    assert c.count("辽卫函字〔2005〕238号") == 1 and c.endswith(") 一, 三") and "Liaoning Provincial Health Department" in c
    # inside a sentence: only the reference is replaced
    assert cite("Rule R12 (全年不少于10次, 000_e3f5b273f2fab0e5.txt 篇4 三).") == \
        "Rule R12 (全年不少于10次, 《2014年对口支援乡镇卫生院项目实施方案》（兴安盟二级以上医疗机构（原文未载具体单位），文号未载，2014年）三)."
    # the short form for table cells: title, 文号, article (issuing body and date in the list of documents)
    assert cite("000_e3f5b273f2fab0e5.txt 篇1 六(一)5：支援医院免费接收", short=True) == \
        "《绵阳市三级医院对口支援县级医院实施方案》六(一)5（依据卫医管发〔2009〕72号）：支援医院免费接收"
    assert cite("002_3361beb2915479c6.txt 三(一)3", "en", short=True).endswith("\u201d 长卫医管发〔2011〕3号 三(一)3")
    assert cite(None) is None and cite("no reference") == "no reference"
    assert cite("999_0000000000000000.txt 一") == "999_0000000000000000.txt 一"   # not catalogued: left as it is


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).translate(str.maketrans("[]﹝﹞()", "〔〕〔〕（）"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed texts are not beside the repository")
def test_catalogue_numbers_and_dates_are_in_the_source_texts():
    texts = {f.name: _norm(f.read_text(encoding="utf-8", errors="replace")) for f in SEEDS.glob("*.txt")}
    checked = 0
    for key, doc in documents().items():
        text = texts[key.split()[0]]
        for d in (doc, doc.get("restates") or {}):
            number = d.get("number")
            if number:
                # the 72号 notice appears with its year left out in the collected text (〔 〕72号)
                year_blank = re.sub(r"〔\d{4}〕", "〔〕", _norm(number))
                assert _norm(number) in text or year_blank in text, (key, number)
                checked += 1
        date = str(doc.get("date") or "")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            y, m, d_ = (int(x) for x in date.split("-"))
            assert f"{y}年{m}月{d_}日" in text or f"{y}/{m:02d}/{d_:02d}" in text, (key, date)
            checked += 1
    assert checked >= 5


def test_report_sections_and_exports_cite_documents(validated_db, tmp_path):
    from pipelines.db.connection import connect
    from pipelines.export import export_indicators
    from pipelines.report import quality, sections
    from pipelines.report.context import ReportContext

    con = connect(validated_db)
    try:
        for lang in ("zh", "en"):
            ctx = ReportContext(con, 2024, "national-2009", lang)
            methods = sections.methods_html(ctx)
            annex = quality.quality_section_html(con, 2024, "national-2009", ctx.L)
            docs = sections.documents_html(ctx)
            for part in (methods, annex):
                assert not FILE_REF.search(part)
            assert "卫医管发〔2009〕72号" in methods and "卫医管发〔2009〕72号" in annex
            # the list of documents names each catalogued document, with its source text
            for key, d in documents().items():
                assert html_lib.escape(d["title_zh"] if lang == "zh" else d["title_en"]) in docs
                assert key in docs
    finally:
        con.close()
    res = export_indicators(validated_db, year=2024, out_dir=tmp_path, profile="national-2009", formats=("csv",))
    defs = [f for f in res.files if str(f).endswith("-definitions.csv")]
    assert defs
    text = Path(defs[0]).read_text(encoding="utf-8-sig")
    assert not FILE_REF.search(text) and "《" in text and "citation" in text.splitlines()[0]


def test_validation_page_cites_documents(validated_db, tmp_path_factory):
    """The validation pages written by the session's validation runs (conftest.validated_db)."""
    pages = list(Path(tmp_path_factory.getbasetemp()).glob("reports*/validation-*.html"))
    assert pages, "no validation page written"
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not FILE_REF.search(text), page.name
        assert "《" in text

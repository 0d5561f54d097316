"""Citations by document, not by source file.

Rules (profiles), indicators and their targets cite the collected policy texts as
``<source file> [篇N] <article>：<quote>`` (the provenance a researcher can open). A reader needs
the document: its title, issuing body, 文号, date and article. ``documents.yaml`` maps each source
file (and piece of a collection) to that; ``cite`` rewrites any text holding a source-file
reference, so the report, the validation page, the exports and the notebooks all say
《城乡医院对口支援工作管理办法（试行）》… instead of ``000_e3f5b273f2fab0e5.txt 篇1``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.catalogue import load_yaml

# a source file, optionally the piece of a collection, optionally the 文号 in brackets after it
# and the article (五(六)2, 二(三), §2.2; several separated by commas) when one follows
_ART = r"[一二三四五六七八九十§](?:[一二三四五六七八九十]|\d+(?:\.\d+)*|\([^()]{1,6}\)|（[^（）]{1,6}）)*"
REF = re.compile(r"(?P<file>\d{3}_[0-9a-f]{16}\.txt)(?:\s*篇(?P<piece>\d+))?(?:\s*[(（](?P<number>[^()（）]*〔\d{4}〕[^()（）]*号)[)）])?"
                 rf"(?P<article>\s+{_ART}(?:\s*[,，、]\s*{_ART})*)?")

NOT_STATED = {"zh": "未载", "en": "not stated"}


@lru_cache(maxsize=None)
def documents() -> dict[str, dict]:
    return load_yaml("documents.yaml")["documents"]


@lru_cache(maxsize=None)
def standards() -> dict[str, dict]:
    """National standards cited by 文号 that are not among the seed documents (the inpatient
    front sheet, 卫医政发〔2011〕84号): listed with the documents, never verified against seed text."""
    return load_yaml("documents.yaml").get("standards") or {}


def document(file: str, piece: str | int | None = None) -> dict | None:
    """The document of a source file (and piece of a collection), or None when not catalogued."""
    docs = documents()
    if piece is not None and f"{file} 篇{piece}" in docs:
        return docs[f"{file} 篇{piece}"]
    return docs.get(file)


def _date(value, lang: str) -> str | None:
    if not value:
        return None
    text = str(value)
    if lang == "zh":
        parts = text.split("-")
        return "".join(f"{int(p)}{u}" for p, u in zip(parts, ("年", "月", "日")))
    return text


def document_text(doc: dict, lang: str = "zh", article: str | None = None) -> str:
    """《title》（issuing body，文号，date） — or "title" (issuing body, number, date) in English;
    a field the source does not state is said to be so. A document restating another cites both."""
    zh = lang == "zh"
    missing = NOT_STATED["zh" if zh else "en"]
    issuer = doc.get("issuer_zh" if zh else "issuer_en") or ("发文机关" + missing if zh else f"issuing body {missing}")
    number = doc.get("number") or ("文号" + missing if zh else f"document number {missing}")
    date = _date(doc.get("date"), lang) or ("日期" + missing if zh else f"date {missing}")
    title = doc.get("title_zh" if zh else "title_en") or doc.get("title_zh")
    text = f"《{title}》（{issuer}，{number}，{date}）" if zh else f"\u201c{title}\u201d ({issuer}, {number}, {date})"
    if article:
        text += article if zh else f" {article}"
    base = doc.get("restates")
    if base:
        text += ("，依据" if zh else ", restating ") + document_text(base, lang)
    return text


def short_text(doc: dict, lang: str = "zh", article: str | None = None) -> str:
    """The short form for a table cell: 《title》文号 article (the 文号 of a restated document in
    brackets); issuing body and date are in the list of documents (``catalogue_table``)."""
    zh = lang == "zh"
    title = doc.get("title_zh" if zh else "title_en") or doc.get("title_zh")
    number = doc.get("number") or ""
    text = f"《{title}》{number}" if zh else f"\u201c{title}\u201d" + (f" {number}" if number else "")
    if article:
        text += article if zh else f" {article}"
    base = doc.get("restates")
    if base and base.get("number"):
        text += f"（依据{base['number']}）" if zh else f" (restating {base['number']})"
    return text


def cite(text, lang: str = "zh", short: bool = False):
    """``text`` with every source-file reference replaced by its document (title, issuing body,
    文号, date; ``short``: title and 文号 only, for a table cell); the article and quoted words
    after it are kept. Text without a reference, and None, come back unchanged; a file not in
    the catalogue is left as it is."""
    if not isinstance(text, str) or ".txt" not in text:
        return text

    def one(m: re.Match) -> str:
        doc = document(m.group("file"), m.group("piece"))
        if doc is None:
            return m.group(0)
        return (short_text if short else document_text)(doc, lang, (m.group("article") or "").strip() or None)

    return REF.sub(one, text)


def catalogue_table(lang: str = "zh"):
    """Every catalogued document as rows (source, title, issuing body, 文号, date, note): the
    report's list of documents cited."""
    import pandas as pd

    zh = lang == "zh"
    rows = []
    for key, d in [*documents().items(), *standards().items()]:
        rows.append({"source": key, "title": d.get("title_zh" if zh else "title_en"),
                     "issuer": d.get("issuer_zh" if zh else "issuer_en") or NOT_STATED[lang if lang in NOT_STATED else "zh"],
                     "number": d.get("number") or NOT_STATED[lang if lang in NOT_STATED else "zh"],
                     "date": _date(d.get("date"), lang) or NOT_STATED[lang if lang in NOT_STATED else "zh"],
                     "restates": document_text(d["restates"], lang) if d.get("restates") else "",
                     "note": d.get("note") or ""})
    return pd.DataFrame(rows)

"""Texts that reach the report from the layers below in both languages or in Chinese only, put
into the report's language: bilingual "中文 / English" texts, rule citations, the values a rule
finding observed (units, yes/no, title ranks), dates. Only the report's rendering uses these; the
stored tables keep their text as validation wrote it.

The term list is data (``value_terms`` in pipelines/catalogue/report_labels.yaml), not code.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from pipelines.catalogue import load_yaml
from pipelines.catalogue.citations import cite

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# a record key a finding's value carries in brackets at its end: （D2f2cbbd6e8aa224e）, （QL108-2024）
_KEY = re.compile(r"\s*[（(]\s*[A-Za-z]{1,3}[0-9a-f]{8,}\s*[)）]\s*$|\s*[（(]\s*[A-Z]{1,4}\d+(?:-\d{4})?\s*[)）]\s*$")
# "≥ 3人（全年结对的年份 / years paired throughout）": a bilingual remark in brackets
_BILINGUAL_BRACKET = re.compile(r"[（(]([^（）()]*?) / ([^（）()]*)[)）]")


def pick(text, lang: str) -> str:
    """The Chinese or English half of a bilingual "中文 / English" text (a text without the
    separator comes back as it is)."""
    if not isinstance(text, str):
        return "" if text is None else str(text)
    zh, sep, en = text.partition(" / ")
    if not sep:
        return text
    return (en or zh) if lang == "en" else zh


def citation(text, lang: str, quote: bool = True) -> str:
    """A rule's or indicator's citation for a table cell, in the report's language: the
    document by title, 文号 and article (``cite``, short form). A bilingual citation (the shared
    data-sanity rules) gives its half without the internal file name; in English the Chinese
    words quoted after the article are left out (the requirement column says what the rule asks)."""
    if not isinstance(text, str) or not text:
        return ""
    out = cite(text, lang, short=True)
    if " / " in out and ".md" in out:   # "programme-rules.md：各方案共用的… / data-sanity rules shared …"
        out = pick(re.sub(r"^[\w.-]+\.md\s*[：:]\s*", "", out), lang)
    # "(citing 城乡医院对口支援工作管理办法(试行) [2])": a review citing its source
    out = re.sub(r"\s*\(citing ([^\[]+?)\s*(?:\[\d+\])?\)(?=[：:]|$)",
                 lambda m: f"（引自《{m.group(1).strip()}》）" if lang == "zh" else "", out)
    if lang == "en" or not quote:
        # the document part ends at the article; a quotation follows after 、 or ： (in English
        # always left out; in Chinese where a table has the quotation already, ``quote=False``)
        out = re.split(r"[、：]", out, maxsplit=1)[0].rstrip(" ,;")
    if lang == "en":
        # the article after the title in arabic numerals: “…” 六(一)5 -> “…” §6(1)5
        out = re.sub(r"([”号]) ([一二三四五六七八九十][^\s]*)", lambda m: m.group(1) + " §" + _arabic(m.group(2)), out)
        # a document named by its Chinese title (《…》) in a citation written by hand: its English title
        out = re.sub(r"《([^《》]+)》", lambda m: _english_title(m.group(1)), out)
    return out


def _english_title(title_zh: str) -> str:
    from pipelines.catalogue.citations import documents

    for d in documents().values():
        if d.get("title_zh") == title_zh and d.get("title_en"):
            return "\u201c" + d["title_en"] + "\u201d"
    return f"《{title_zh}》"


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)}


def _arabic(text: str) -> str:
    """Chinese numerals up to 99 in ``text`` as arabic ones (五 -> 5, 十二 -> 12, (一) -> (1))."""
    def one(m: re.Match) -> str:
        t = m.group(0)
        if "十" in t:
            tens, _, units = t.partition("十")
            return str((_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0))
        return str(_DIGITS[t]) if len(t) == 1 else "".join(str(_DIGITS[c]) for c in t)
    return re.sub(r"[零一二三四五六七八九十]+", one, text).replace("（", "(").replace("）", ")")


@lru_cache(maxsize=1)
def _terms() -> list[tuple[str, str]]:
    """(Chinese, English) value terms, longest first (so 副高级 is replaced before 高级)."""
    terms = load_yaml("report_labels.yaml").get("value_terms") or {}
    return sorted(terms.items(), key=lambda kv: -len(kv[0]))


def value_text(text, lang: str) -> str:
    """A value a rule finding observed or expected, as the report shows it: without the record
    key in brackets (the finding's source row is shown instead), a bilingual remark in the
    report's language, and in English the units and words in English (3000元 -> 3000 yuan)."""
    if not isinstance(text, str):
        return "" if text is None else str(text)
    out = _KEY.sub("", text)
    out = _BILINGUAL_BRACKET.sub(lambda m: ("（" + m.group(1) + "）") if lang == "zh" else f" ({m.group(2)})", out)
    if lang == "en":
        for zh, en in _terms():
            out = out.replace(zh, en)
        out = re.sub(r"(\d)(?=[A-Za-z])", r"\1 ", out).replace("；", "; ").replace("，", ", ")
        out = re.sub(r"\s+", " ", out).strip()
    return out


_GLOSS = re.compile(r"\s*[（(][\u3400-\u9fff、，\s]+[)）]")


def english(text) -> str:
    """A text of the English report that carries Chinese terms from the layers below (a rule's
    description, an indicator's name): the value terms in English, and Chinese glosses in
    brackets left out ("a vice-senior (副高) title" -> "a vice-senior title")."""
    if not isinstance(text, str):
        return "" if text is None else str(text)
    out = text
    for zh, en in _terms():
        out = out.replace(zh, en)
    out = _GLOSS.sub("", out)
    return re.sub(r"\s+", " ", out).replace("( ", "(").strip()


def date_text(value, lang: str, day: bool = True) -> str:
    """A date as a reader of the language writes it: 2024年3月1日 / 2024-03-01 (``day``), or
    2024年3月 / Mar 2024."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "—"
    t = pd.Timestamp(value)
    if lang == "zh":
        return f"{t.year}年{t.month}月{t.day}日" if day else f"{t.year}年{t.month}月"
    return t.strftime("%Y-%m-%d") if day else t.strftime("%b %Y")

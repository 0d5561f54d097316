"""Report text in Chinese (default, for hospitals and officials) and English, kept as data like
the other catalogues: pipelines/catalogue/report_labels.yaml (one entry per label, both
languages side by side)."""

from __future__ import annotations

from functools import lru_cache

from pipelines.catalogue import load_yaml

LANGUAGES = ("zh", "en")


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, dict[str, str]]:
    """{language: {key: text}} from the YAML catalogue."""
    out: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for key, texts in load_yaml("report_labels.yaml")["labels"].items():
        for lang, text in texts.items():
            out[lang][key] = text
    return out


def labels(lang: str) -> dict[str, str]:
    """The report's text in ``lang`` (Chinese for a language it does not have)."""
    cat = _catalogue()
    return cat.get(lang, cat["zh"])


@lru_cache(maxsize=1)
def _texts() -> dict:
    data = load_yaml("report_labels.yaml")
    return {"indicator_texts": data.get("indicator_texts") or {}, "document_notes_en": data.get("document_notes_en") or {}}


def indicator_texts(lang: str) -> dict[str, dict[str, str]]:
    """{indicator id: {num, den, why}} in ``lang``: the methods appendix's definitions."""
    return {k: v.get(lang) or v.get("zh") or {} for k, v in _texts()["indicator_texts"].items()}


def document_note(key: str, note: str, lang: str) -> str:
    """A cited document's note in ``lang`` (the catalogue writes them in Chinese)."""
    if lang == "zh":
        return note
    return _texts()["document_notes_en"].get(key, "")

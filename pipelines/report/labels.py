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

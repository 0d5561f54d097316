"""Small-number suppression settings (the ``suppression`` block of catalogue/indicators.yaml)."""

from __future__ import annotations

from pipelines.catalogue import load_yaml


def suppression_settings() -> dict:
    return dict(load_yaml("indicators.yaml").get("suppression") or {})

"""Professional title ranks (catalogue/titles.yaml): the order R02's minimum rank is judged by."""

from __future__ import annotations

from functools import lru_cache

from pipelines.catalogue import load_yaml


@lru_cache(maxsize=1)
def rank_order() -> dict[str, int]:
    """正高级 … 初级 → their order (the same table the ingest title parser reads)."""
    return dict(load_yaml("titles.yaml")["rank_order"])

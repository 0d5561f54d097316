"""Catalogues kept as data (YAML next to this file): tables, forms, titles, indicators."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent


# libyaml's C loader parses the catalogues ~10x faster than the pure-Python one; every
# ingestion worker loads them at start-up. Same safe subset of YAML either way.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict:
    with open(HERE / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # noqa: S506 - a safe loader

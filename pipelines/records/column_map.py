"""Match an export's headers to the record fields of ``column_map.yaml``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

MAP_FILE = Path(__file__).with_name("column_map.yaml")


@lru_cache(maxsize=1)
def load_map() -> dict:
    with open(MAP_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def header_key(text: object) -> str:
    """A header as compared: NFKC (full-width letters, （）), no spaces of any width, upper case,
    a leading BOM removed."""
    s = unicodedata.normalize("NFKC", str(text or "")).replace("\ufeff", "")
    return re.sub(r"\s+", "", s).upper()


def _spellings(spec: dict) -> list[str]:
    return [header_key(h) for h in list(spec.get("headers", [])) + list(spec.get("codes", []))]


@dataclass
class HeaderMatch:
    fields: dict[str, str] = field(default_factory=dict)   # field -> header as written
    unmatched: list[str] = field(default_factory=list)     # headers that map to no field
    missing_required: list[str] = field(default_factory=list)


def match_headers(headers: list[str], section: str = "fields") -> HeaderMatch:
    """Which header gives which field. The first header (left to right) naming a field wins."""
    specs = load_map()[section]
    lookup: dict[str, str] = {}
    for name, spec in specs.items():
        for s in _spellings(spec):
            lookup.setdefault(s, name)
    out = HeaderMatch()
    for h in headers:
        name = lookup.get(header_key(h))
        if name is None:
            out.unmatched.append(h)
        elif name not in out.fields:
            out.fields[name] = h
    out.missing_required = [n for n, s in specs.items() if s.get("required") and n not in out.fields]
    return out


def fields_of_kind(kind: str) -> list[str]:
    return [n for n, s in load_map()["fields"].items() if s.get("kind") == kind]


def all_fields() -> list[str]:
    return list(load_map()["fields"])


def field_label(name: str) -> str:
    return f"{load_map()['fields'][name]['zh']} ({name})"

"""The conditions a county hospital is expected to treat (expected_conditions.yaml) as a lookup
table of three-character ICD-10 categories, registered as ``expected_conditions`` (category,
condition) for the diagnosis SQL (sql/hospital_diagnosis_month.sql) on either engine.

The ranges are expanded here into every category they cover (I60-I64 → I60, I61, …, I64), so the
SQL is a plain equality join that DuckDB and Spark run alike (a range join would need each
engine's own optimisation).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import yaml

FILE = Path(__file__).with_name("expected_conditions.yaml")
ANY = "*"   # group_code of "in any expected condition"
_CATEGORY = re.compile(r"^[A-Z][0-9]{2}$")


class ConditionListError(ValueError):
    """The condition list is malformed; the message is bilingual and names the entry."""


@lru_cache(maxsize=1)
def load() -> dict:
    with open(FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _number(category: str) -> int:
    return (ord(category[0]) - ord("A")) * 100 + int(category[1:])


def expand(spec: str) -> list[str]:
    """'I60-I64' → ['I60', ..., 'I64']; 'I26' → ['I26']."""
    parts = [p.strip().upper() for p in str(spec).split("-")]
    if len(parts) not in (1, 2) or not all(_CATEGORY.match(p) for p in parts):
        raise ConditionListError(f"ICD-10 范围格式错误 / malformed ICD-10 range {spec!r} (A00 or A00-B99)")
    lo, hi = _number(parts[0]), _number(parts[-1])
    if hi < lo:
        raise ConditionListError(f"ICD-10 范围起止颠倒 / ICD-10 range {spec!r} ends before it starts")
    return [f"{chr(ord('A') + n // 100)}{n % 100:02d}" for n in range(lo, hi + 1)]


def categories() -> list[tuple[str, str]]:
    """(category, condition) for every category of every condition, in the file's order."""
    out = []
    for name, spec in (load().get("conditions") or {}).items():
        ranges = spec.get("icd10") or []
        if not ranges:
            raise ConditionListError(f"病种 {name} 没有 ICD-10 范围 / condition {name} has no ICD-10 ranges")
        for r in ranges:
            out += [(c, name) for c in expand(r)]
    return out


def table() -> pa.Table:
    rows = categories()
    return pa.table({"category": [c for c, _ in rows], "condition": [n for _, n in rows]},
                    schema=pa.schema([("category", pa.string()), ("condition", pa.string())]))


def labels() -> dict[str, dict]:
    """condition → {zh, en}, with the 'in any' group."""
    out = {name: {"zh": s["zh"], "en": s["en"]} for name, s in (load().get("conditions") or {}).items()}
    out[ANY] = {"zh": "任一县级医院应诊病种", "en": "Any condition a county hospital is expected to treat"}
    return out

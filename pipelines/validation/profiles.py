"""Programme profiles (expectations/profiles/*.yaml) and rule templates (expectations/rules.yaml).

A profile names the rules of one programme, their parameters, severity and citation; the
templates say how each rule is checked. Loading a profile resolves the parameters into
ready-to-render expectations. A researcher adds a province by adding a YAML file.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipelines.errors import UserError

SANITY_CITATION = "programme-rules.md：各方案共用的数据合理性规则 / data-sanity rules shared by every profile"
SEVERITIES = {"violation": "critical", "warning": "warning"}


def expectations_dir() -> Path:
    env = os.environ.get("DUIKOU_EXPECTATIONS_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "expectations"


@lru_cache(maxsize=None)
def rule_templates() -> dict[str, dict]:
    with open(expectations_dir() / "rules.yaml", encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    return {**doc["rules"], **doc["sanity"]}


@dataclass
class Rule:
    rule_id: str
    template: str
    view: str
    params: dict[str, Any]
    severity: str           # violation | warning
    citation: str
    zh: str
    en: str
    unit: str
    expect: list[dict]      # GX expectation configs with parameters substituted
    observed: str | None = None  # view column shown as the observed value (default: the checked column)


@dataclass
class Profile:
    name: str
    title_zh: str
    title_en: str
    source: str
    scope: dict[str, Any]
    rules: dict[str, Rule]
    sha256: str
    path: Path
    training_types: list[str] = field(default_factory=list)

    def views(self) -> list[str]:
        return sorted({r.view for r in self.rules.values()})


TRAINING_TYPES = ["学术讲座", "教学查房", "手术示教", "疑难病例讨论", "死亡病例讨论", "技术培训"]


def list_profiles() -> list[str]:
    return sorted(p.stem for p in (expectations_dir() / "profiles").glob("*.yaml"))


def _fmt(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(map(str, value))
    return str(value)


def _substitute(obj: Any, params: dict[str, Any]) -> Any:
    """Replace "{name}" by the parameter (keeping its type) and format other strings."""
    if isinstance(obj, dict):
        return {k: _substitute(v, params) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_substitute(v, params) for v in obj]
    if isinstance(obj, str):
        if obj.startswith("{") and obj.endswith("}") and obj[1:-1] in params:
            return params[obj[1:-1]]
        if "{" in obj:
            # lists go into pandas row conditions as JSON lists: staff_category in ["医疗", "护理"]
            return obj.format(**{k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in params.items()})
    return obj


def _derived(params: dict[str, Any]) -> dict[str, Any]:
    out = dict(params)
    if "min_rank" in out:
        from pipelines.ingest.parse_titles import rank_order

        order = rank_order()
        if out["min_rank"] not in order:
            raise UserError(f"R02 min_rank 应为 {'、'.join(order)} 之一 / min_rank must be one of {list(order)}: {out['min_rank']!r}")
        out["min_rank_ord"] = order[out["min_rank"]]
    return out


def make_rule(rule_id: str, spec: dict[str, Any] | None, citation_default: str | None = None) -> Rule:
    templates = rule_templates()
    if rule_id not in templates:
        raise UserError(f"未知规则 {rule_id} / unknown rule {rule_id} (rules.yaml has {', '.join(templates)})")
    t = templates[rule_id]
    spec = spec or {}
    unknown = set(spec.get("params") or {}) - set(t.get("params") or {})
    if unknown:
        raise UserError(f"{rule_id}: 未知参数 {sorted(unknown)} / unknown parameters (template {t['template']} takes {sorted(t.get('params') or {})})")
    params = {**(t.get("params") or {}), **(spec.get("params") or {})}
    full = _derived(params)
    severity = spec.get("severity", "violation")
    if severity not in SEVERITIES:
        raise UserError(f"{rule_id}: severity 应为 violation 或 warning / severity must be violation or warning")
    citation = spec.get("citation") or citation_default
    if not citation:
        raise UserError(f"{rule_id}: 缺少政策依据 citation / every rule needs a citation")
    shown = {k: _fmt(v) for k, v in full.items()}
    return Rule(rule_id, t["template"], t["view"], params, severity, citation,
                t["zh"].format(**shown), t["en"].format(**shown), t.get("unit", ""),
                [_substitute(copy.deepcopy(e), full) for e in t["expect"]], t.get("observed"))


def load_profile(name: str) -> Profile:
    path = expectations_dir() / "profiles" / f"{name}.yaml"
    if not path.exists():
        raise UserError(f"未找到项目方案 {name} / unknown profile {name!r}; available: {', '.join(list_profiles())}")
    raw = path.read_bytes()
    doc = yaml.safe_load(raw.decode("utf-8"))
    rules = {rid: make_rule(rid, spec) for rid, spec in (doc.get("rules") or {}).items()}
    for sid in (k for k in rule_templates() if k.startswith("S")):
        rules[sid] = make_rule(sid, None, SANITY_CITATION)
    scope = {"support_levels": None, "recipient_categories": None, "programmes": None, "cycle": None, **(doc.get("scope") or {})}
    return Profile(doc.get("profile", name), doc.get("title_zh", name), doc.get("title_en", name), doc.get("source", ""),
                   scope, rules, hashlib.sha256(raw).hexdigest(), path, doc.get("training_types") or TRAINING_TYPES)

"""Programme profiles (expectations/profiles/*.yaml) and rule templates (expectations/rules.yaml).

A profile names the rules of one programme, their parameters, severity and citation; the
templates say how each rule is checked. Loading a profile resolves the parameters into
ready-to-render expectations. A researcher adds a province by adding a YAML file.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipelines.errors import UserError
from pipelines.programme.titles import rank_order

SANITY_CITATION = "programme-rules.md：各方案共用的数据合理性规则 / data-sanity rules shared by every profile"
SEVERITIES = {"violation": "critical", "warning": "warning"}


def expectations_dir() -> Path:
    env = os.environ.get("DUIKOU_EXPECTATIONS_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "expectations"


@lru_cache(maxsize=None)
def rule_templates() -> dict[str, dict]:
    path = expectations_dir() / "rules.yaml"
    try:
        with open(path, encoding="utf-8") as fh:
            doc = yaml.safe_load(fh)
        return {**doc["rules"], **doc["sanity"]}
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise UserError(f"规则模板文件无法读取 / cannot read the rule templates {path}: {exc}") from None


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
    period_column: str = "period"  # view column used as the result's period


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


SCOPE_KEYS = {"support_levels", "recipient_categories", "programmes", "cycle"}


def _iso_date(value: Any, what: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise UserError(f"{what} 应为日期 YYYY-MM-DD / must be a date YYYY-MM-DD: {value!r}") from None


def _check_params(rule_id: str, template: dict, params: dict[str, Any]) -> dict[str, Any]:
    """Parameters of the type the template declares (dates normalised to ISO text)."""
    types = template.get("param_types") or {}
    defaults = template.get("params") or {}
    out = {}
    for k, v in params.items():
        what = f"{rule_id} {k}"
        if types.get(k) == "date":
            out[k] = None if v is None else _iso_date(v, what)
            continue
        d = defaults.get(k)
        if isinstance(d, bool) or d is None:
            ok = True
        elif isinstance(d, (int, float)):
            ok = isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0
        elif isinstance(d, list):
            ok = isinstance(v, list) and all(isinstance(x, str) for x in v) and len(v) > 0
        else:
            ok = isinstance(v, type(d))
        if not ok:
            raise UserError(f"{what}: 参数类型不对 / parameter has the wrong type (default {d!r}, got {v!r})")
        out[k] = v
    return out


def check_scope(name: str, scope: dict[str, Any]) -> dict[str, Any]:
    unknown = set(scope) - SCOPE_KEYS
    if unknown:
        raise UserError(f"{name}: scope 中有未知项 {sorted(unknown)} / unknown scope keys (allowed: {sorted(SCOPE_KEYS)})")
    out = {k: scope.get(k) for k in SCOPE_KEYS}
    for k in ("support_levels", "recipient_categories", "programmes"):
        v = out[k]
        if v is not None and not (isinstance(v, list) and v and all(isinstance(x, str) for x in v)):
            raise UserError(f"{name}: scope.{k} 应为文字列表或 null / must be a list of text or null: {v!r}")
    cyc = out["cycle"]
    if cyc is not None:
        if not isinstance(cyc, dict) or set(cyc) != {"start", "end"}:
            raise UserError(f"{name}: scope.cycle 应为 {{start: YYYY-MM-DD, end: YYYY-MM-DD}} / must have start and end")
        cyc = {"start": _iso_date(cyc["start"], f"{name} cycle.start"), "end": _iso_date(cyc["end"], f"{name} cycle.end")}
        if cyc["start"] > cyc["end"]:
            raise UserError(f"{name}: 周期起始晚于结束 / cycle starts after it ends: {cyc}")
        out["cycle"] = cyc
    return out


def _derived(params: dict[str, Any]) -> dict[str, Any]:
    out = dict(params)
    if "min_rank" in out:
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
    params = _check_params(rule_id, t, {**(t.get("params") or {}), **(spec.get("params") or {})})
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
                [_substitute(copy.deepcopy(e), full) for e in t["expect"]], t.get("observed"), t.get("period", "period"))


def load_profile(name: str) -> Profile:
    path = expectations_dir() / "profiles" / f"{name}.yaml"
    if not path.exists():
        raise UserError(f"未找到项目方案 {name} / unknown profile {name!r}; available: {', '.join(list_profiles())}")
    raw = path.read_bytes()
    try:
        doc = yaml.safe_load(raw.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UserError(f"项目方案文件无法读取 / profile file {path} is not valid UTF-8 YAML: {exc}") from None
    if not isinstance(doc, dict):
        raise UserError(f"项目方案文件格式不对 / profile file {path} must be a mapping (profile, title_zh, scope, rules)")
    if not isinstance(doc.get("rules") or {}, dict):
        raise UserError(f"{name}: rules 应为 规则编号: {{params, severity, citation}} / rules must be a mapping of rule id to params, severity, citation")
    for rid, spec in (doc.get("rules") or {}).items():
        if spec is not None and not isinstance(spec, dict):
            raise UserError(f"{name} {rid}: 应为 params/severity/citation 项 / must be a mapping with params, severity, citation")
    try:
        rules = {rid: make_rule(rid, spec) for rid, spec in (doc.get("rules") or {}).items()}
    except UserError as exc:
        raise UserError(f"{path.name}: {exc}") from None
    for sid in (k for k in rule_templates() if k.startswith("S")):
        rules[sid] = make_rule(sid, None, SANITY_CITATION)
    scope = check_scope(name, doc.get("scope") or {})
    return Profile(doc.get("profile", name), doc.get("title_zh", name), doc.get("title_en", name), doc.get("source", ""),
                   scope, rules, hashlib.sha256(raw).hexdigest(), path, doc.get("training_types") or TRAINING_TYPES)

"""Great Expectations suite files: rendered from a profile, committed under
expectations/suites/<profile>/<view>.json, loaded with a count check.

GX 1.x silently skips an expectation it cannot build when it loads suites from its stores,
so ``load_suite`` builds each expectation itself and fails loudly when any is invalid or
when the number loaded differs from the number in the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.programme.profiles import SEVERITIES, Profile, expectations_dir


class SuiteError(RuntimeError):
    pass


def suite_dir(profile: str) -> Path:
    return expectations_dir() / "suites" / profile


def render_suites(profile: Profile) -> dict[str, dict]:
    """{view: GX suite as a JSON-ready dict} for one profile."""
    out: dict[str, dict] = {}
    for rule in sorted(profile.rules.values(), key=lambda r: r.rule_id):
        suite = out.setdefault(rule.view, {
            "name": f"{profile.name}.{rule.view}",
            "expectations": [],
            "meta": {"profile": profile.name, "profile_sha256": profile.sha256, "view": rule.view,
                     "generated_by": "duikou suites (from expectations/profiles and expectations/rules.yaml)"},
        })
        for e in rule.expect:
            suite["expectations"].append({
                "type": e["type"],
                "kwargs": e["kwargs"],
                "meta": {
                    "rule_id": rule.rule_id,
                    "template": rule.template,
                    "citation": rule.citation,
                    "description_zh": rule.zh,
                    "description_en": rule.en,
                    "severity": rule.severity,
                    "unit": rule.unit,
                    "params": rule.params,
                },
                "severity": SEVERITIES[rule.severity],
            })
    return out


def suite_json(suite: dict) -> str:
    return json.dumps(suite, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_suites(profile: Profile) -> list[Path]:
    d = suite_dir(profile.name)
    d.mkdir(parents=True, exist_ok=True)
    written = []
    rendered = render_suites(profile)
    for old in d.glob("*.json"):
        if old.stem not in rendered:
            old.unlink()
    for view, suite in rendered.items():
        p = d / f"{view}.json"
        p.write_text(suite_json(suite), encoding="utf-8")
        written.append(p)
    return written


def stored_suites(profile: Profile) -> tuple[dict[str, dict], bool]:
    """Committed suite dicts for the profile, and whether they match the profile file.

    When the files are missing or were rendered from another version of the profile, the
    suites are rendered afresh from the profile (the caller tells the user to commit them).
    """
    d = suite_dir(profile.name)
    files = sorted(d.glob("*.json")) if d.exists() else []
    stored = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in files}
    fresh = {v: json.loads(suite_json(s)) for v, s in render_suites(profile).items()}
    if stored == fresh:
        return stored, True
    return fresh, False


def load_suite(suite: dict):
    """Build a GX ExpectationSuite from its dict, refusing to drop anything."""
    import great_expectations as gx
    from great_expectations.expectations.registry import get_expectation_impl

    built = []
    for i, e in enumerate(suite["expectations"]):
        try:
            cls = get_expectation_impl(e["type"])
            built.append(cls(**e["kwargs"], meta=e.get("meta"), severity=e.get("severity", "critical")))
        except Exception as exc:
            rid = (e.get("meta") or {}).get("rule_id", "?")
            raise SuiteError(f"套件 {suite['name']} 第 {i + 1} 条期望无效（{rid}） / suite {suite['name']}: expectation {i + 1} ({rid}) is invalid: {exc}") from None
    gs = gx.ExpectationSuite(name=suite["name"], expectations=built, meta=suite.get("meta") or {})
    if len(gs.expectations) != len(suite["expectations"]):
        raise SuiteError(f"suite {suite['name']}: {len(suite['expectations'])} expectations in the file, {len(gs.expectations)} loaded")
    return gs

"""Every profile's GX suite files load completely (GX skips an invalid expectation with only a
log line when it loads suites itself) and match the profile they were rendered from."""

import json
import re
import unicodedata
from pathlib import Path

import pytest

from pipelines.errors import UserError
from pipelines.programme.profiles import expectations_dir, list_profiles, load_profile, rule_templates
from pipelines.validation.suites import load_suite, render_suites, stored_suites

# Expectations per profile, counted by hand from the profile files and rules.yaml
# (R04 and R18 have two expectations each; every profile also gets S01-S07).
EXPECTED = {
    "national-2009": 10 + 7,   # R01 R02 R07 R08 R09 R15 R16 R18(2) R19
    "guangxi-2022": 10 + 7,    # R01 R04(2) R05 R06 R07 R10 R17 R18(2)
    "changchun-2011": 7 + 7,   # R01 R02 R07 R09 R11 R18(2)
    "bozhou-2016": 8 + 7,      # R01 R03 R07 R09 R13 R14 R18(2)
    "xingan-2014": 10 + 7,     # R01 R04(2) R07 R08 R09 R12 R18(2) R21
    "henan-2014": 4 + 7,       # R15 R16 R20 R21
    "liaoning-2005": 8 + 7,    # R01 R02 R04(2) R07 R08 R18(2)
}
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_all_seven_profiles_exist():
    assert set(list_profiles()) == set(EXPECTED)


def test_all_21_templates_exist():
    assert {f"R{i:02d}" for i in range(1, 22)} <= set(rule_templates())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_suite_files_load_every_expectation(name):
    prof = load_profile(name)
    files = sorted((expectations_dir() / "suites" / name).glob("*.json"))
    assert files, f"no suite files for {name}: run duikou suites --write"
    total = 0
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        suite = load_suite(d)
        assert len(suite.expectations) == len(d["expectations"])
        for e in d["expectations"]:
            assert e["meta"]["rule_id"] and e["meta"]["citation"] and e["meta"]["description_zh"] and e["meta"]["description_en"]
        total += len(d["expectations"])
    assert total == EXPECTED[name]
    _, current = stored_suites(prof)
    assert current, f"suite files of {name} are out of date: run duikou suites --write"


def test_invalid_expectation_is_refused_not_skipped():
    from pipelines.validation.suites import SuiteError

    bad = {"name": "x", "expectations": [{"type": "expect_column_values_to_be_between", "kwargs": {"colum": "a", "min_value": 1},
                                          "meta": {"rule_id": "R01"}}]}
    with pytest.raises(SuiteError):
        load_suite(bad)


def test_render_is_deterministic():
    prof = load_profile("guangxi-2022")
    assert render_suites(prof) == render_suites(prof)


def test_every_template_is_in_a_profile():
    used = {rid for name in EXPECTED for rid in load_profile(name).rules}
    assert {f"R{i:02d}" for i in range(1, 22)} <= used


def _norm(text: str) -> str:
    """Compare quotes with the seed text regardless of full/half-width forms, spaces and quote marks."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s“”\"'（）()]", "", text)


@pytest.mark.skipif(not SEEDS.exists(), reason="seed texts (../shared/seeds) not available")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_citations_quote_the_seed_they_name(name):
    """Every programme rule names a seed file and section, and the quoted words (after the
    colon; "……" marks an omission) are in that file."""
    for rid, rule in load_profile(name).rules.items():
        if rid.startswith("S"):
            continue
        m = re.match(r"(\d{3}_[0-9a-f]{16}\.txt) (\S.*?)：(.+)$", rule.citation)
        assert m, (name, rid, rule.citation)
        seed = _norm((SEEDS / m.group(1)).read_text(encoding="utf-8"))
        for quote in re.split(r"；[^：]*：", m.group(3)):  # "A：quote1；section B：quote2"
            for part in quote.split("……"):
                assert _norm(part) in seed, (name, rid, part)


def _write_profile(tmp_path, monkeypatch, text: str) -> str:
    import shutil

    from pipelines.programme import profiles

    root = tmp_path / "expectations"
    shutil.copytree(expectations_dir(), root)
    (root / "profiles" / "test-province.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("DUIKOU_EXPECTATIONS_DIR", str(root))
    profiles.rule_templates.cache_clear()
    return "test-province"


def test_a_new_province_profile_needs_no_python(tmp_path, monkeypatch):
    """A researcher adds a province by writing YAML; its suites render and load."""
    name = _write_profile(tmp_path, monkeypatch, """
profile: test-province
title_zh: 测试省方案
scope: {support_levels: [三级], recipient_categories: null, programmes: null, cycle: {start: 2020-01-01, end: 2022-12-31}}
rules:
  R01: {params: {min_months: 3}, citation: "x.txt 一：连续3个月"}
  R21: {params: {deadline: 2020-04-01}, citation: "x.txt 二：4月1日前"}
""")
    prof = load_profile(name)
    assert prof.scope["cycle"] == {"start": "2020-01-01", "end": "2022-12-31"}
    assert prof.rules["R21"].params["deadline"] == "2020-04-01"
    suites = render_suites(prof)
    assert sum(len(load_suite(s).expectations) for s in suites.values()) == 2 + 7


@pytest.mark.parametrize("body, words", [
    ("rules: {R01: {params: {min_months: six}, citation: c}}", "wrong type"),
    ("rules: {R01: {params: {months: 6}, citation: c}}", "unknown parameters"),
    ("rules: {R01: {params: {min_months: 6}}}", "citation"),
    ("rules: {R99: {citation: c}}", "unknown rule"),
    ("rules: {R21: {params: {deadline: 1 April}, citation: c}}", "YYYY-MM-DD"),
    ("scope: {cycle: {start: 2020-01-01}}\nrules: {}", "start and end"),
    ("scope: {provinces: [x]}\nrules: {}", "unknown scope"),
    ("rules: {R02: {params: {min_rank: 高级}, citation: c}}", "min_rank"),
    ("rules: [R01]", "mapping"),
])
def test_bad_profile_is_a_clear_error(tmp_path, monkeypatch, body, words):
    name = _write_profile(tmp_path, monkeypatch, "profile: test-province\n" + body + "\n")
    with pytest.raises(UserError, match=words):
        load_profile(name)

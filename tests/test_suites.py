"""Every profile's GX suite files load completely (GX skips an invalid expectation with only a
log line when it loads suites itself) and match the profile they were rendered from."""

import json

import pytest

from pipelines.validation.profiles import expectations_dir, list_profiles, load_profile, rule_templates
from pipelines.validation.suites import load_suite, render_suites, stored_suites

# Expectations per profile, counted by hand from the profile files and rules.yaml
# (R04 and R18 have two expectations each; every profile also gets S01-S07).
EXPECTED = {
    "national-2009": 9 + 1 + 7,   # R01 R02 R07 R08 R09 R15 R16 R18(2) R19 -> 10, + 7 sanity
    "guangxi-2022": 8 + 2 + 7,    # R01 R04(2) R05 R06 R07 R10 R17 R18(2)
    "changchun-2011": 4 + 7,
    "bozhou-2016": 5 + 7,
    "xingan-2014": 6 + 1 + 7,     # R04(2)
    "henan-2014": 2 + 7,
    "liaoning-2005": 6 + 2 + 7,   # R04(2) R18(2)
}


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

"""Every rule template R01-R21, failing and passing, on synthetic data with the violation
planted (and the same seed and years without it), for a profile that has the rule; and
every profile reporting exactly the violations planted in data of its own years.

Expected hospitals and periods come from the generator's record of what it planted
(Truth.planted) or, for liaoning-2005, from the truth objects directly; never from the
pipeline's output.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from test_rules_fixtures import cycle_label, synthetic, validated

from pipelines.programme.profiles import load_profile

pytestmark = pytest.mark.slow

# rule -> (profile, case with the violation planted, case without it); "demo" is the default
# demo (conftest), whose clean counterpart is modern_clean (same seed and years)
RULE_CASES = {
    "R01": ("national-2009", "demo", "modern_clean"),
    "R02": ("national-2009", "demo", "modern_clean"),
    "R03": ("bozhou-2016", "demo", "modern_clean"),
    "R04": ("guangxi-2022", "demo", "modern_clean"),
    "R05": ("guangxi-2022", "demo", "modern_clean"),
    "R06": ("guangxi-2022", "demo", "modern_clean"),
    "R07": ("national-2009", "demo", "modern_clean"),
    "R08": ("national-2009", "demo", "modern_clean"),
    "R09": ("national-2009", "demo", "modern_clean"),
    "R10": ("guangxi-2022", "demo", "modern_clean"),
    "R11": ("changchun-2011", "cycle_planted", "cycle_clean"),
    "R12": ("xingan-2014", "cycle_planted", "cycle_clean"),
    "R13": ("bozhou-2016", "demo", "modern_clean"),
    "R14": ("bozhou-2016", "demo", "modern_clean"),
    "R15": ("national-2009", "demo", "modern_clean"),
    "R16": ("national-2009", "demo", "modern_clean"),
    "R17": ("guangxi-2022", "modern_r17", "modern_clean"),
    "R18": ("national-2009", "demo", "modern_clean"),
    "R19": ("national-2009", "cycle_planted", "cycle_clean"),
    "R20": ("henan-2014", "cycle_planted", "cycle_clean"),
    "R21": ("henan-2014", "cycle_planted", "cycle_clean"),
}
CITATION = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt \S+")


def test_every_template_has_a_case():
    assert sorted(RULE_CASES) == [f"R{i:02d}" for i in range(1, 22)]
    for rid, (profile, _, _) in RULE_CASES.items():
        assert rid in load_profile(profile).rules, (rid, profile)


def _results(case: str, profile: str, request, tmp_path_factory):
    """(truth, validation_results of the profile's run) for a case."""
    if case == "demo":
        import duckdb

        from pipelines.validation.run import latest_results

        con = duckdb.connect(str(request.getfixturevalue("validated_db")), read_only=True)
        try:
            return request.getfixturevalue("demo_truth"), latest_results(con, profile)
        finally:
            con.close()
    c = synthetic(case, tmp_path_factory)
    return c.truth, validated(case, profile, tmp_path_factory)


def _plant(truth, rule_id: str, profile: str):
    plants = [p for p in truth.planted if p.rule_id == rule_id]
    assert len(plants) == 1, plants
    p = plants[0]
    period = cycle_label(profile, truth) if p.period == "cycle" else p.period
    return p, period


@pytest.mark.parametrize("rule_id", sorted(RULE_CASES))
def test_rule_flags_exactly_the_planted_violation(rule_id, request, tmp_path_factory):
    profile, planted_case, _ = RULE_CASES[rule_id]
    truth, res = _results(planted_case, profile, request, tmp_path_factory)
    plant, period = _plant(truth, rule_id, profile)
    mine = res[res["rule_id"] == rule_id]
    failing = mine[mine["success"] == False]  # noqa: E712
    assert set(zip(failing["hospital_id"], failing["period"])) == {(plant.hospital_id, period)}, (plant, failing[["hospital_id", "period", "observed"]])
    row = failing.iloc[0]
    assert row["citation"] == load_profile(profile).rules[rule_id].citation
    assert CITATION.match(row["citation"]), row["citation"]
    if plant.support_id:
        assert plant.support_id in row["support_hospital_id"].split(",")
    assert row["entity_ids"], "the failing rows are named"


@pytest.mark.parametrize("rule_id", sorted(RULE_CASES))
def test_rule_passes_without_the_plant(rule_id, request, tmp_path_factory):
    profile, planted_case, clean_case = RULE_CASES[rule_id]
    truth, _ = _results(planted_case, profile, request, tmp_path_factory)
    plant, period = _plant(truth, rule_id, profile)
    clean_truth, res = _results(clean_case, profile, request, tmp_path_factory)
    assert clean_truth.planted == []
    mine = res[res["rule_id"] == rule_id]
    assert (mine["success"] == False).sum() == 0, mine[mine["success"] == False]  # noqa: E712
    same = mine[(mine["hospital_id"] == plant.hospital_id) & (mine["period"] == period)]
    assert len(same) == 1 and bool(same.iloc[0]["success"]), "the hospital and period the plant concerns are judged and pass"


# ------------------------------------------------------------------ every profile on its own years
@pytest.mark.parametrize("profile", ["changchun-2011", "henan-2014", "xingan-2014"])
def test_cycle_profiles_report_exactly_their_plants(profile, tmp_path_factory):
    case = synthetic("cycle_planted", tmp_path_factory)
    res = validated("cycle_planted", profile, tmp_path_factory)
    prof = load_profile(profile)
    rules = prof.rules
    h = {x.hospital_id: x for x in case.truth.hospitals}

    def in_scope(p):  # the profile's scope, read from its file, applied to the truth
        sc = prof.scope
        return ((not sc["recipient_categories"] or h[p.hospital_id].category in sc["recipient_categories"])
                and (not sc["support_levels"] or h[p.support_id].level in sc["support_levels"]))

    planted = {(p.rule_id, p.hospital_id, cycle_label(profile, case.truth) if p.period == "cycle" else p.period)
               for p in case.truth.planted if p.rule_id in rules and in_scope(p)}
    assert planted, profile
    failing = res[res["success"] == False]  # noqa: E712
    assert set(zip(failing["rule_id"], failing["hospital_id"], failing["period"])) == planted
    assert all(failing["citation"] == failing["rule_id"].map(lambda r: rules[r].citation))
    assert res["success"].notna().any()


def test_cycle_profiles_pass_clean_data(tmp_path_factory):
    for profile in ("changchun-2011", "henan-2014", "xingan-2014"):
        res = validated("cycle_clean", profile, tmp_path_factory)
        assert (res["success"] == False).sum() == 0, (profile, res[res["success"] == False])  # noqa: E712
        judged = set(res.loc[res["success"].notna(), "rule_id"])
        assert set(load_profile(profile).rules) <= judged, (profile, set(load_profile(profile).rules) - judged)


def _liaoning_expected(truth) -> set[tuple[str, str, str]]:
    """What liaoning-2005 must flag on its synthetic years, from the truth: its scope is tertiary
    support hospitals and county general hospitals; every synthetic stay is 6 months (R01 asks
    12) and every recipient trains 2-4 people a year (R07 asks 10); plus the planted rows."""
    h = {x.hospital_id: x for x in truth.hospitals}

    def in_scope(sup, rec):
        return h[sup].level == "三级" and h[rec].category == "综合医院"

    exp = {("R01", d.recipient, str(d.start.year)) for d in truth.deployments if in_scope(d.support, d.recipient)}
    # R07 judges a recipient's year only if it was paired throughout it (the cycle spans whole years)
    for y in truth.years:
        jan1, dec31 = dt.date(y, 1, 1), dt.date(y, 12, 31)
        spans: dict[str, list] = {}
        for p in truth.pairings:
            if in_scope(p.support, p.recipient) and p.start <= dec31 and (p.end is None or p.end >= jan1):
                spans.setdefault(p.recipient, []).append((max(p.start, jan1), min(p.end or dec31, dec31)))
        for rec, sp in spans.items():
            if min(a for a, _ in sp) == jan1 and max(b for _, b in sp) == dec31:
                exp.add(("R07", rec, str(y)))
    for p in truth.planted:
        if p.rule_id not in ("R01", "R07") and in_scope(p.support_id, p.hospital_id):
            exp.add((p.rule_id, p.hospital_id, p.period))
    return exp


def test_liaoning_reports_plants_and_what_its_thresholds_say(tmp_path_factory):
    case = synthetic("liaoning", tmp_path_factory)
    res = validated("liaoning", "liaoning-2005", tmp_path_factory)
    failing = res[res["success"] == False]  # noqa: E712
    expected = _liaoning_expected(case.truth)
    assert {"R02", "R04", "R18"} <= {r for r, _, _ in expected}
    assert set(zip(failing["rule_id"], failing["hospital_id"], failing["period"])) == expected
    rules = load_profile("liaoning-2005").rules
    assert all(failing["citation"] == failing["rule_id"].map(lambda r: rules[r].citation))


def test_a_cycle_still_running_is_not_judged(tmp_path_factory):
    """Data that stop before changchun's cycle ends (2014-05-15): R11 is not judged, and the
    run says why."""
    import shutil

    import duckdb

    from pipelines.validation.run import validate

    case = synthetic("cycle_clean", tmp_path_factory)
    db = tmp_path_factory.mktemp("short") / "short.duckdb"
    shutil.copy(case.db, db)
    con = duckdb.connect(str(db))
    for table, col in [("deployments", "start_date"), ("trainees", "start_date"), ("activities", "activity_date"),
                       ("techniques", "first_performed_date")]:
        con.execute(f"DELETE FROM {table} WHERE year({col}) = 2014")
    # every table the data's years come from (d_data_years, pipelines/derived/)
    for table in ("hospital_monthly_stats", "county_inpatient_stats", "staff_monthly_assessments"):
        con.execute(f"DELETE FROM {table} WHERE year = 2014")
    con.close()
    run = validate(db, profile="changchun-2011", out_dir=None, quiet=True)
    r11 = run.results[run.results["rule_id"] == "R11"]
    assert r11["success"].isna().all()
    assert any("R11" in n for n in run.notes)


def test_cli_validate_writes_summary_html_and_data_docs(tmp_path_factory, capsys):
    """`duikou validate` exits 0 with findings, prints the scorecard and the data quality
    review, writes the offline HTML (linking the Data Docs) and GX Data Docs; a second run
    replaces the profile's results in the Data Docs rather than piling them up."""
    import json

    from pipelines.cli import main

    case = synthetic("cycle_planted", tmp_path_factory)
    out = tmp_path_factory.mktemp("cli-out")
    for _ in range(2):
        assert main(["validate", "--db", str(case.db), "--profile", "henan-2014", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "R21" in printed and "合规评分" in printed and "数据质量审查" in printed
    site = out / "gx-data-docs" / "gx" / "uncommitted" / "data_docs" / "local_site"
    assert (site / "index.html").exists()
    suites = {p.stem for p in (site / "expectations" / "henan-2014").glob("*.html")}
    assert suites == {p.stem for p in (load_profile("henan-2014").path.parents[1] / "suites" / "henan-2014").glob("*.json")}
    stored = list((out / "gx-data-docs" / "gx" / "uncommitted" / "validations" / "henan-2014").rglob("*.json"))
    assert len(stored) == len(suites)  # the latest run only
    for f in stored:
        assert json.loads(f.read_text(encoding="utf-8"))["results"]
    page = (out / "validation-henan-2014.html").read_text(encoding="utf-8")
    assert "gx-data-docs/gx/uncommitted/data_docs/local_site/index.html" in page and "合成数据" in page


def test_cli_validate_bad_input_is_a_message(tmp_path, capsys):
    from pipelines.cli import main

    assert main(["validate", "--db", str(tmp_path / "none.duckdb")]) == 4
    assert "duikou ingest" in capsys.readouterr().err
    assert main(["validate", "--db", str(tmp_path / "none.duckdb"), "--profile", "no-such-province"]) == 4
    assert "unknown profile" in capsys.readouterr().err

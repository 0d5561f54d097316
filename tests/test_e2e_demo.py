"""End to end on the synthetic demo: what the pipeline recovers from the spreadsheets
against what the generator knows (computed in pipelines/synthetic/truth_indicators.py,
plain Python over the truth objects, not from the database)."""

import re

import duckdb
import pytest

from conftest import query
from pipelines import connect, indicators
from pipelines.ingest.run import ingest
from pipelines.privacy.person_id import id_check_char
from pipelines.synthetic import truth_indicators as T

pytestmark = pytest.mark.slow

CURATED = ["hospitals", "pairings", "deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
           "county_inpatient_stats", "staff_monthly_assessments"]
ALL_TABLES = CURATED + ["hospital_aliases", "submissions", "quarantine", "nondata_rows", "ingest_runs", "file_errors"]


def test_every_truth_row_is_in_the_database(demo_truth, demo_db):
    counts = T.table_counts(demo_truth)
    for table in CURATED:
        assert query(demo_db, f"SELECT count(*) FROM {table}")[0][0] == counts[table], table
    assert query(demo_db, "SELECT count(*) FROM quarantine")[0][0] == 0


def test_rows_read_invariant(demo_db):
    bad = query(demo_db, "SELECT submission_id FROM submissions WHERE rows_read <> rows_curated + rows_quarantined + rows_nondata")
    assert bad == []


def test_indicators_match_truth(demo_truth, demo_db):
    con = connect(demo_db)
    try:
        got = {(r.recipient_hospital_id, r.year): r.value for r in indicators.referral_rate_recipient_year(con).itertuples()}
        assert got == pytest.approx(T.referral_rate_recipient_year(demo_truth))
        got = {(r.county_code, r.year): r.value for r in indicators.referral_rate_county_year(con).itertuples()}
        assert got == pytest.approx(T.referral_rate_county_year(demo_truth))
        got = {(r.recipient_hospital_id, r.year): r.value for r in indicators.trainees_recipient_year(con).itertuples() if r.value}
        assert got == T.trainees_recipient_year(demo_truth)
        got = {(r.recipient_hospital_id, r.year): r.value for r in indicators.techniques_recipient_year(con).itertuples() if r.value}
        assert got == T.techniques_recipient_year(demo_truth)
    finally:
        con.close()


def test_planted_violations_are_reported(demo_truth, validated_db):
    """Every violation the generator planted appears in validation_results with its rule ID,
    the right hospital and period, and a citation; and nothing else fails (clean data pass)."""
    from pipelines.programme.profiles import load_profile

    seen_rules = set()
    for profile in ("national-2009", "guangxi-2022", "bozhou-2016"):
        rules = set(load_profile(profile).rules)
        found = set(query(validated_db, """SELECT rule_id, hospital_id, period FROM validation_results
                     WHERE success = false AND profile = ? AND citation IS NOT NULL AND citation <> ''
                       AND run_id = (SELECT run_id FROM runs WHERE kind = 'validate' AND status = 'ok' AND profile = ? ORDER BY seq DESC LIMIT 1)""", [profile, profile]))
        planted = {(p.rule_id, p.hospital_id, p.period) for p in demo_truth.planted if p.rule_id in rules}
        assert planted == found, (profile, planted ^ found)
        seen_rules |= {r for r, _, _ in planted}
    # the foundation's four plants, and every other rule the demo plants
    assert {"R01", "R02", "R07", "R10"} <= seen_rules
    assert seen_rules == {p.rule_id for p in demo_truth.planted if p.rule_id.startswith("R")}


def test_reingest_changes_nothing(demo_files, demo_db, tmp_path):
    import shutil

    copy = tmp_path / "again.duckdb"
    shutil.copy(demo_db, copy)
    before = {t: query(copy, f"SELECT count(*) FROM {t}")[0][0] for t in ALL_TABLES if t != "ingest_runs"}
    rep = ingest([str(demo_files)], copy, show_progress=False)
    after = {t: query(copy, f"SELECT count(*) FROM {t}")[0][0] for t in ALL_TABLES if t != "ingest_runs"}
    assert before == after
    assert len(rep.unchanged_files) == len(rep.files) + len(rep.unchanged_files) and not rep.files


def test_no_id_number_anywhere(demo_truth, demo_db):
    """No resident ID number in any column of any table (curated, quarantine, non-data rows, logs)."""
    ids = {d.person.id_number for d in demo_truth.deployments} | {t.person.id_number for t in demo_truth.trainees}
    con = duckdb.connect(str(demo_db), read_only=True)
    pattern = re.compile(r"\d{17}[\dXx]")
    try:
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall():
            for row in con.execute(f'SELECT * FROM "{table}"').fetchall():
                for v in row:
                    if isinstance(v, str):
                        assert v not in ids, (table, v[:30])
                        for m in pattern.finditer(v):  # anything shaped like a valid ID number
                            assert id_check_char(m.group()[:17]) != m.group()[17].upper(), (table, v[:30])
    finally:
        con.close()


def test_person_ids_stable_across_tables(demo_db):
    """The same person in rosters and monthly assessments gets the same person_id."""
    missing = query(demo_db, """SELECT count(*) FROM staff_monthly_assessments a
                                WHERE NOT EXISTS (SELECT 1 FROM deployments d WHERE d.person_id = a.person_id)""")[0][0]
    assert missing == 0

"""The database's layers (schemas), the migration of a database written before them, and the
runs table: a table outside main still answers an unqualified query, nothing is lost in the
move, and the latest run is the highest seq even when two runs start in the same second."""

import datetime as dt

import duckdb
import pytest

from pipelines.db.connection import connect
from pipelines.db.runs import (
    finish_run,
    last_ingest_at,
    latest_run,
    latest_run_id,
    record_run,
    start_run,
)
from pipelines.db.schema import table_specs

# Layout written by duikou before the layers (schema version 1): every table in main. Written
# out here, not generated from the current catalogue, so the test sees what old files hold.
OLD_DDL = """
CREATE TABLE hospitals (hospital_id VARCHAR NOT NULL, name VARCHAR, level VARCHAR, category VARCHAR,
                        province VARCHAR, city VARCHAR, county VARCHAR, county_code VARCHAR);
CREATE TABLE submissions (submission_id VARCHAR NOT NULL, file_name VARCHAR, file_sha256 VARCHAR, sheet_name VARCHAR,
                          form_type VARCHAR, ingested_at TIMESTAMP, rows_read INTEGER, rows_curated INTEGER,
                          rows_quarantined INTEGER, superseded_by VARCHAR);
CREATE TABLE quarantine (submission_id VARCHAR NOT NULL, source_row INTEGER NOT NULL, raw JSON, reason_code VARCHAR, reason VARCHAR);
CREATE TABLE ingest_runs (run_id VARCHAR NOT NULL, started_at TIMESTAMP, finished_at TIMESTAMP, files_seen INTEGER,
                          files_failed INTEGER, summary JSON);
CREATE TABLE validation_results (run_id VARCHAR NOT NULL, profile VARCHAR NOT NULL, rule_id VARCHAR NOT NULL,
                                 citation VARCHAR, table_name VARCHAR, hospital_id VARCHAR, period VARCHAR, success BOOLEAN,
                                 observed VARCHAR, expected VARCHAR, severity VARCHAR, validated_at TIMESTAMP);
CREATE TABLE compliance_scorecard (run_id VARCHAR NOT NULL, profile VARCHAR NOT NULL, level VARCHAR NOT NULL,
                                   support_hospital_id VARCHAR NOT NULL, period VARCHAR, rules_applicable INTEGER,
                                   validated_at TIMESTAMP);
CREATE TABLE duikou_meta (key VARCHAR, value VARCHAR);
INSERT INTO duikou_meta VALUES ('schema_version', '1');
INSERT INTO hospitals VALUES ('H1', '甲县人民医院（虚构）', '二级', '综合医院', '桂', '甲市', '甲县', '450000');
INSERT INTO submissions VALUES ('s1', 'SYNTHETIC_a.xlsx', 'ab', 'Sheet1', 'deployments', TIMESTAMP '2024-03-01 10:00:00', 3, 2, 1, NULL);
INSERT INTO quarantine VALUES ('s1', 4, '{"姓名": "x"}', 'MISSING_REQUIRED', '缺少 / missing');
INSERT INTO ingest_runs VALUES ('I1', TIMESTAMP '2024-03-01 09:59:00', TIMESTAMP '2024-03-01 10:00:05', 1, 0, '{}');
-- two validation runs of one profile whose ids sort the other way round from when they ran
INSERT INTO validation_results VALUES
  ('V20240302-120000-ffffff', 'p', 'R01', NULL, NULL, 'H1', '2024', true, '1', '1', 'violation', TIMESTAMP '2024-03-02 12:00:00'),
  ('V20240302-120000-ffffff', 'p', 'R02', NULL, NULL, 'H1', '2024', false, '0', '1', 'violation', TIMESTAMP '2024-03-02 12:00:00'),
  ('V20240302-120001-000000', 'p', 'R01', NULL, NULL, 'H1', '2024', false, '0', '1', 'violation', TIMESTAMP '2024-03-02 12:00:01'),
  ('V20240303-080000-aaaaaa', 'q', 'R01', NULL, NULL, 'H1', '2024', true, '1', '1', 'violation', TIMESTAMP '2024-03-03 08:00:00');
INSERT INTO compliance_scorecard VALUES ('V20240302-120001-000000', 'p', 'pairing', 'S1', '2024', 3, TIMESTAMP '2024-03-02 12:00:01');
"""


@pytest.fixture
def old_db(tmp_path):
    path = tmp_path / "old.duckdb"
    c = duckdb.connect(str(path))
    c.execute(OLD_DDL)
    c.close()
    return path


def _rows(con, sql):
    return sorted(con.execute(sql).fetchall(), key=repr)


def test_old_database_is_moved_into_layers_with_nothing_lost(old_db):
    before = duckdb.connect(str(old_db), read_only=True)
    want = {t: _rows(before, f"SELECT * FROM {t}") for t in
            ("hospitals", "submissions", "quarantine", "ingest_runs", "validation_results", "compliance_scorecard")}
    before.close()

    con = connect(old_db, read_only=False)
    try:
        kinds = {(s, t): k for s, t, k in con.execute(
            "SELECT table_schema, table_name, table_type FROM information_schema.tables").fetchall()}
        # validation outputs moved to their layer; a view of the same name is left in main
        for t in ("validation_results", "compliance_scorecard", "dqr_results", "runs"):
            assert kinds[("validation", t)] == "BASE TABLE"
            assert kinds[("main", t)] == "VIEW"
        # curated data stay tables in main; the ingest bookkeeping moved to its layer, a view in main
        assert kinds[("main", "hospitals")] == "BASE TABLE"
        for t in ("submissions", "quarantine", "findings", "nondata_rows", "ingest_runs", "file_errors"):
            assert kinds[("ingest", t)] == "BASE TABLE"
            assert kinds[("main", t)] == "VIEW"
        assert {"ingest", "validation", "published"} <= {r[0] for r in con.execute("SELECT schema_name FROM information_schema.schemata").fetchall()}
        # every old row is still there, under its unqualified name; new columns are NULL
        for t, rows in want.items():
            got = con.execute(f"SELECT * FROM {t}").df()
            assert len(got) == len(rows), t
        vr = _rows(con, "SELECT run_id, rule_id, success, observed FROM validation_results")
        assert vr == sorted([(r[0], r[2], r[7], r[8]) for r in want["validation_results"]], key=repr)
        assert con.execute("SELECT count(*) FROM validation_results WHERE recipient_hospital_id IS NOT NULL").fetchone()[0] == 0
        assert _rows(con, "SELECT submission_id, source_row, reason_code FROM quarantine") == [("s1", 4, "MISSING_REQUIRED")]
        # the old runs are recorded in the order they ran, not by their ids
        runs = con.execute("SELECT run_id, kind, profile, status FROM runs ORDER BY seq").fetchall()
        assert runs == [("I1", "ingest", None, "ok"),
                        ("V20240302-120000-ffffff", "validate", "p", "ok"),
                        ("V20240302-120001-000000", "validate", "p", "ok"),
                        ("V20240303-080000-aaaaaa", "validate", "q", "ok")]
        assert latest_run_id(con, "validate", "p") == "V20240302-120001-000000"
        assert con.execute("SELECT value FROM duikou_meta WHERE key = 'schema_version'").fetchall() == [("2",)]
    finally:
        con.close()
    # opening it again changes nothing
    con = connect(old_db, read_only=False)
    try:
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 4
        assert con.execute("SELECT count(*) FROM validation_results").fetchone()[0] == 4
    finally:
        con.close()


def test_a_new_database_has_every_catalogue_table_under_its_plain_name(tmp_path):
    con = connect(tmp_path / "new.duckdb", read_only=False, create=True)
    try:
        for t, spec in table_specs().items():
            cols = [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall()]
            assert cols == [c["name"] for c in spec["columns"]], t
    finally:
        con.close()
    plain = duckdb.connect(str(tmp_path / "new.duckdb"), read_only=True)  # a researcher's plain connection
    try:
        assert plain.execute("SELECT count(*) FROM validation_results").fetchone()[0] == 0
        assert plain.execute("SELECT count(*) FROM runs").fetchone()[0] == 0
    finally:
        plain.close()


def test_latest_run_is_the_highest_seq_even_within_one_second(tmp_path):
    con = connect(tmp_path / "r.duckdb", read_only=False, create=True)
    try:
        t = dt.datetime(2024, 5, 1, 12, 0, 0)
        # ids chosen so that max(run_id) would pick the first run
        a = start_run(con, "validate", "p", {"x": 1}, run_id="V20240501-120000-ffffff", started_at=t)
        finish_run(con, a)
        b = start_run(con, "validate", "p", None, run_id="V20240501-120000-000000", started_at=t)
        assert latest_run_id(con, "validate", "p") == a        # b is still running
        finish_run(con, b)
        assert latest_run_id(con, "validate", "p") == b
        c = start_run(con, "validate", "p", None, started_at=t)
        finish_run(con, c, "failed")
        assert latest_run_id(con, "validate", "p") == b        # a failed run is never the latest
        assert latest_run_id(con, "validate", "other") is None
        assert latest_run(con, "validate", "p").seq == 2
        r = record_run(con, "report", "p", {"year": 2024}, t)
        assert con.execute("SELECT kind, status, config->>'year' FROM runs WHERE run_id = ?", [r]).fetchone() == ("report", "ok", "2024")
        with pytest.raises(ValueError):
            start_run(con, "bogus")
    finally:
        con.close()


def test_last_ingest_at_takes_the_latest_of_runs_log_and_submissions(old_db):
    con = connect(old_db, read_only=False)
    try:
        assert last_ingest_at(con) == dt.datetime(2024, 3, 1, 10, 0, 5)   # ingest_runs.finished_at
        record_run(con, "ingest", None, None, dt.datetime(2024, 4, 1, 8, 0, 0))
        assert last_ingest_at(con) > dt.datetime(2024, 4, 1)
    finally:
        con.close()


def test_default_database_is_found_from_the_project_root(tmp_path, monkeypatch):
    from pathlib import Path

    from pipelines.db.connection import default_db_path

    root = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DUIKOU_DB", raising=False)
    assert default_db_path() == root / "data" / "curated" / "duikou.duckdb"
    monkeypatch.setenv("DUIKOU_DB", str(tmp_path / "x.duckdb"))
    assert default_db_path() == tmp_path / "x.duckdb"


def test_activities_written_before_occurrences_get_occurrence_one(tmp_path):
    """An activities table written before the occurrence number (issue 14 item 7) gains the column,
    its rows numbered 1 — the first occurrence, whose stable id the number leaves unchanged."""
    from pipelines.db.schema import ensure_schema

    path = tmp_path / "old.duckdb"
    c = duckdb.connect(str(path))
    c.execute("CREATE TABLE activities (activity_id VARCHAR NOT NULL, recipient_hospital_id VARCHAR NOT NULL, "
              "support_hospital_id VARCHAR, activity_date DATE NOT NULL, activity_type VARCHAR NOT NULL, topic VARCHAR, "
              "participants INTEGER, submission_id VARCHAR, source_file VARCHAR, source_sheet VARCHAR, source_row INTEGER)")
    c.execute("INSERT INTO activities VALUES ('A1', 'H1', NULL, DATE '2024-03-05', '学术讲座', '高血压', 30, 's1', 'f.xlsx', 'S', 3)")
    ensure_schema(c)
    assert c.execute("SELECT activity_id, occurrence FROM activities").fetchall() == [("A1", 1)]
    c.close()

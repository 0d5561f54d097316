"""The report and the runs table: the manifest names the validation run the report read, the
report warns (on its cover and on stderr) when data were ingested after that run, and each
report run is recorded."""

import datetime as dt
import json
import shutil

import pytest

from pipelines.db.connection import connect
from pipelines.db.runs import record_run
from pipelines.report.build import build_report

pytestmark = pytest.mark.slow


def test_manifest_names_the_validation_run_and_warns_when_it_is_stale(validated_db, tmp_path, capsys):
    db = tmp_path / "copy.duckdb"
    shutil.copy(validated_db, db)
    con = connect(db)
    try:  # the profile was validated once (conftest): its run is the one id in its results
        (want,) = con.execute("SELECT DISTINCT run_id FROM validation_results WHERE profile = 'national-2009'").fetchone()
    finally:
        con.close()

    rep = build_report(db, year=2024, profile="national-2009", out_dir=tmp_path / "a")
    m = json.loads(rep.manifest.read_text(encoding="utf-8"))
    assert m["validation_run"]["run_id"] == want
    assert m["validation_older_than_ingest"] is False
    assert "duikou-stale" not in rep.html.read_text(encoding="utf-8")

    con = connect(db, read_only=False)
    try:  # an ingest after the validation run
        record_run(con, "ingest", None, {"paths": ["more/"]}, dt.datetime.now())
    finally:
        con.close()
    capsys.readouterr()
    rep = build_report(db, year=2024, profile="national-2009", out_dir=tmp_path / "b")
    m2 = json.loads(rep.manifest.read_text(encoding="utf-8"))
    assert m2["validation_run"]["run_id"] == want and m2["validation_older_than_ingest"] is True
    assert m2["indicator_values_sha256"] == m["indicator_values_sha256"]
    assert "duikou-stale" in rep.html.read_text(encoding="utf-8")
    assert want in capsys.readouterr().err

    con = connect(db)
    try:
        reports = con.execute("""SELECT profile, status, config->>'validation_run' FROM runs
                                 WHERE kind = 'report' AND starts_with(config->>'manifest', ?) ORDER BY seq""",
                              [str(tmp_path)]).fetchall()
    finally:
        con.close()
    assert reports == [("national-2009", "ok", want)] * 2

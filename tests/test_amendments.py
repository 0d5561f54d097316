"""Issue 18 item 3: ``duikou amendments`` — a hand-built correction of a frozen year, listed.

The correction (tests/test_freeze.py ``correction_file``) moves one person's end date ten days
earlier and adds a second stay for another person. Expected by hand: one changed field
(end_date old → new) and one added row, both from the correction file; the published
dispatched person-months of that recipient grow by 4 months (1 Sep – 31 Dec) less 10/30 of a
month (20–30 June), and the headcount does not move (the added stay is a person already counted)."""

from __future__ import annotations

import csv
import json
from types import SimpleNamespace

import duckdb
import pytest
from test_freeze import PROFILE, YEAR, correction_file, run_cli, validated_copy

from pipelines.annual.amendments import amendments
from pipelines.annual.freeze import freeze
from pipelines.annual.snapshot import SnapshotError


@pytest.fixture(scope="module")
def amended(demo_db, demo_files, tmp_path_factory):
    from pipelines.ingest.run import ingest

    base = tmp_path_factory.mktemp("amend")
    db = validated_copy(demo_db, base)
    con = duckdb.connect(str(db))
    # a table of the published layer as the publishing step will store them: keyed by year, profile, region
    con.execute("CREATE TABLE published.demo_values (year INTEGER, profile VARCHAR, region VARCHAR, indicator_id VARCHAR, value DOUBLE)")
    con.execute("""INSERT INTO published.demo_values VALUES (2023, 'national-2009', '青岚省', 'coverage_recipient', 91.5),
                    (2023, 'national-2009', '明川市', 'coverage_recipient', 88.0), (2023, 'guangxi-2022', '青岚省', 'coverage_recipient', 70.0),
                    (2024, 'national-2009', '青岚省', 'coverage_recipient', 93.0)""")
    con.close()
    v1 = freeze(db, YEAR, PROFILE)
    fix, truth = correction_file(demo_files, base)
    ingest([str(fix)], db, show_progress=False)
    con = duckdb.connect(str(db))
    con.execute("UPDATE published.demo_values SET value = 92.0 WHERE year = 2023 AND region = '青岚省' AND profile = 'national-2009'")
    sid, recipient = con.execute("SELECT submission_id, reporting_hospital_id FROM submissions WHERE file_name = ?",
                                 [truth["file"]]).fetchone()
    changed_person = con.execute("SELECT person_id, recipient_hospital_id FROM deployments WHERE submission_id = ? AND start_date = ? "
                                 "AND end_date = ?", [sid, truth["start"], truth["new_end"]]).fetchone()
    added_person = con.execute("SELECT person_id FROM deployments WHERE submission_id = ? AND start_date = ?",
                               [sid, truth["added_start"]]).fetchone()[0]
    con.close()
    return SimpleNamespace(db=db, root=base / "data" / "published", truth=truth, v1=v1, sid=sid, person=changed_person[0],
                           recipient=changed_person[1], added_person=added_person, result=amendments(db, YEAR))


def test_the_amendment_list_is_the_hand_built_correction(amended):
    a, t = amended.result, amended.truth
    assert a.version == 1 and a.profile == PROFILE
    rows = a.df().to_dict("records")
    assert len(rows) == 2
    changed = next(r for r in rows if r["change"] == "changed")
    assert changed["table"] == "deployments" and changed["field"] == "end_date"
    assert (changed["old"], changed["new"]) == (t["old_end"].isoformat(), t["new_end"].isoformat())
    assert changed["key"] == (f"person_id={amended.person}; recipient_hospital_id={amended.recipient}; "
                              f"start_date={t['start'].isoformat()}")
    assert changed["file_name"] == t["file"] and changed["submission_id"] == amended.sid
    assert changed["previous_file_name"] == t["file"].replace("（更正）", "")
    added = next(r for r in rows if r["change"] == "added")
    assert added["key"] == (f"person_id={amended.added_person}; recipient_hospital_id={amended.recipient}; "
                            f"start_date={t['added_start'].isoformat()}")
    assert added["file_name"] == t["file"]
    assert a.summary()["tables"] == {"deployments": {"added": 1, "removed": 0, "changed": 1}}


def test_published_values_that_would_move(amended):
    all_moves = amended.result.moves_df()
    assert set(all_moves["basis"]) == {"recomputed", "stored"}
    moves = all_moves[all_moves["basis"] == "recomputed"]
    assert set(moves["table"]) == {"dispatched_person_months_recipient"}  # headcount, senior share … unchanged
    value = moves[moves["column"] == "value"].iloc[0]
    assert f"recipient_hospital_id={amended.recipient}" in value["key"] and "year=2023" in value["key"]
    assert value["delta"] == pytest.approx(4 - 10 / 30, abs=1e-6)
    assert float(value["new"]) - float(value["old"]) == pytest.approx(4 - 10 / 30, abs=1e-6)


def test_no_snapshot_is_a_clear_error(amended, tmp_path):
    with pytest.raises(SnapshotError) as err:
        amendments(amended.db, 2022, root=amended.root)
    assert "duikou freeze --year 2022" in str(err.value) and "尚无冻结版本" in str(err.value)


def test_cli_amendments_csv_and_json(amended, tmp_path, monkeypatch, capsys):
    out_csv = tmp_path / "更正清单.csv"
    code, out, err = run_cli(["amendments", "--year", "2023", "--db", str(amended.db), "--csv", str(out_csv), "--json"],
                             monkeypatch, capsys)
    doc = json.loads(out)
    assert code == 0 and doc["command"] == "amendments" and doc["version"] == "v1"
    assert doc["tables"] == {"deployments": {"added": 1, "removed": 0, "changed": 1}}
    assert "end_date" in err and amended.truth["new_end"].isoformat() in err  # the human text went to stderr
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8-sig")))
    assert [(r["change"], r["field"]) for r in sorted(rows, key=lambda r: r["change"])] == [("added", ""), ("changed", "end_date")]
    code, out, _ = run_cli(["amendments", "--year", "2022", "--db", str(amended.db), "--json"], monkeypatch, capsys)
    assert code == 4 and json.loads(out)["error"]["code"] == "snapshot"
    code, out, _ = run_cli(["amendments", "--help"], monkeypatch, capsys)
    assert code == 0 and "--csv" in out and "默认 / default" in out


def test_published_tables_are_frozen_and_compared_as_stored(amended):
    """Every table of schema published: its rows of the year and profile in the snapshot; a
    stored value that changed since is listed with basis 'stored' and a note."""
    manifest = json.loads((amended.v1.path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"]["published/demo_values.parquet"]["rows"] == 2  # 2023 x national-2009: 青岚省, 明川市
    mem = duckdb.connect()
    rows = mem.execute(f"SELECT region, value FROM read_parquet('{amended.v1.path / 'published/demo_values.parquet'}') ORDER BY 1").fetchall()
    mem.close()
    assert rows == [("明川市", 88.0), ("青岚省", 91.5)]
    stored = amended.result.moves_df().query("basis == 'stored'").to_dict("records")
    assert [(m["table"], m["column"], m["old"], m["new"], m["delta"]) for m in stored] == [("demo_values", "value", "91.5", "92.0", 0.5)]
    assert "region=青岚省" in stored[0]["key"] and "year=2023" in stored[0]["key"]
    assert any("stored" in n for n in amended.result.notes)
    from pipelines.annual.snapshot import open_snapshot, snapshot_database

    snap = open_snapshot(YEAR, 1, root=amended.root)
    assert snap.execute("SELECT count(*) FROM demo_values").fetchone()[0] == 2  # unqualified, as in the database
    snap.close()
    path = snapshot_database(YEAR, 1, root=amended.root)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT sum(value) FROM published.demo_values").fetchone()[0] == 88.0 + 91.5
    con.close()


def test_a_removed_row_names_the_correction_that_dropped_it(amended, tmp_path):
    """A second correction (the full list again without its sixth row): the row is listed as
    removed, by that file, from the file it came from."""
    import shutil

    import openpyxl

    from pipelines.ingest.run import ingest

    db = tmp_path / "data" / "curated" / "duikou.duckdb"
    db.parent.mkdir(parents=True)
    shutil.copy(amended.db, db)
    first = next((amended.db.parents[2] / "更正").glob("*.xlsx"))
    wb = openpyxl.load_workbook(first)
    ws = wb.active
    dropped_name = ws.cell(row=6, column=2).value
    ws.delete_rows(6)
    second = tmp_path / first.name.replace("（更正）", "（更正2）")
    wb.save(second)
    rep = ingest([str(second)], db, show_progress=False)
    assert rep.totals()["removed"] == 1, rep.totals()
    a = amendments(db, YEAR, root=amended.root, values=False)
    removed = [c for c in a.changes if c.change == "removed"]
    assert len(removed) == 1 and dropped_name
    assert removed[0].file_name == second.name and removed[0].previous_file_name == amended.truth["file"].replace("（更正）", "")
    assert a.summary()["tables"]["deployments"] == {"added": 1, "removed": 1, "changed": 1}

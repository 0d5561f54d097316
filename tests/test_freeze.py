"""Issue 18 item 2: ``duikou freeze`` — versioned, hashed, read-only snapshots of a year.

The demo database is validated and frozen for 2023 (v1); a hand-built correction of one
roster (one end date changed, one stay added) is ingested; freezing again gives v2 with a
changelog naming that change, while v1 keeps its bytes and still opens and answers as the
working database did at freeze time."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import duckdb
import openpyxl
import pytest

from pipelines.annual.freeze import freeze
from pipelines.annual.scope import versions
from pipelines.annual.snapshot import SnapshotTampered, open_snapshot, snapshot_database

YEAR, PROFILE = 2023, "national-2009"
ROSTER = "SYNTHETIC_2023_派驻人员名册_青岚省人民医院.xlsx"
# the year's rows, written out by hand (scope.YEAR_ROWS is what is tested)
YEAR_SQL = {
    "hospitals": "SELECT count(*) FROM hospitals",
    "pairings": "SELECT count(*) FROM pairings",
    "hospital_aliases": "SELECT count(*) FROM hospital_aliases",
    "deployments": "SELECT count(*) FROM deployments WHERE start_date < DATE '2024-01-01'",
    "trainees": "SELECT count(*) FROM trainees WHERE start_date < DATE '2024-01-01'",
    "techniques": "SELECT count(*) FROM techniques WHERE first_performed_date < DATE '2024-01-01'",
    "activities": "SELECT count(*) FROM activities WHERE activity_date < DATE '2024-01-01'",
    "hospital_monthly_stats": "SELECT count(*) FROM hospital_monthly_stats WHERE year < 2024",
    "county_inpatient_stats": "SELECT count(*) FROM county_inpatient_stats WHERE year < 2024",
    "staff_monthly_assessments": "SELECT count(*) FROM staff_monthly_assessments WHERE year < 2024",
}
QUERIES = [  # what an analyst asks of the year
    "SELECT recipient_hospital_id, count(*), min(start_date), max(end_date) FROM deployments "
    "WHERE start_date < DATE '2024-01-01' GROUP BY 1 ORDER BY 1",
    "SELECT activity_type, count(*), sum(participants) FROM activities WHERE year(activity_date) = 2023 GROUP BY 1 ORDER BY 1",
    # the profile's latest validation run (the demo database may hold other tests' runs of other profiles)
    "SELECT rule_id, count(*), sum(CASE WHEN success THEN 1 ELSE 0 END) FROM validation_results WHERE run_id = "
    "(SELECT run_id FROM runs WHERE kind = 'validate' AND profile = 'national-2009' AND status = 'ok' ORDER BY seq DESC LIMIT 1) "
    "GROUP BY 1 ORDER BY 1",
]


def correction_file(demo_files: Path, out_dir: Path) -> tuple[Path, dict]:
    """The roster resubmitted as a correction: the first person's end date moved ten days
    earlier, and the second person's new stay (1 Sep – 31 Dec 2023) added as a row."""
    wb = openpyxl.load_workbook(next(demo_files.glob(f"2023/{ROSTER}")))
    ws = wb.active
    header = [c.value for c in ws[3]]
    start, end = header.index("起始日期") + 1, header.index("结束日期") + 1
    old_end = ws.cell(row=4, column=end).value
    ws.cell(row=4, column=end).value = old_end - dt.timedelta(days=10)
    added = [c.value for c in ws[5]]
    added[0] = ws.max_row - 2
    added[start - 1], added[end - 1] = dt.datetime(2023, 9, 1), dt.datetime(2023, 12, 31)
    ws.append(added)
    out = out_dir / "更正" / ROSTER.replace(".xlsx", "（更正）.xlsx")
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    truth = {"start": ws.cell(row=4, column=start).value.date(), "old_end": old_end.date(),
             "new_end": (old_end - dt.timedelta(days=10)).date(), "added_start": dt.date(2023, 9, 1), "file": out.name}
    return out, truth


def validated_copy(demo_db: Path, base: Path) -> Path:
    """The demo database at data/curated/duikou.duckdb under ``base``, validated (national-2009)."""
    from pipelines.validation.run import validate

    db = base / "data" / "curated" / "duikou.duckdb"
    db.parent.mkdir(parents=True)
    shutil.copy(demo_db, db)
    validate(db, profile=PROFILE, out_dir=None, quiet=True, data_docs=False)
    return db


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def indicator_hash(con) -> str:
    from pipelines.published.context import PublishContext, published_tables, values_digest

    return values_digest(published_tables(PublishContext(con, YEAR, PROFILE)))[0]


@pytest.fixture(scope="module")
def cycle(demo_db, demo_files, tmp_path_factory):
    from pipelines.ingest.run import ingest

    base = tmp_path_factory.mktemp("freeze")
    db = validated_copy(demo_db, base)
    con = duckdb.connect(str(db), read_only=True)
    counts = {t: con.execute(sql).fetchone()[0] for t, sql in YEAR_SQL.items()}
    answers = [con.execute(q).fetchall() for q in QUERIES]
    vrun = con.execute("SELECT run_id FROM validation.runs WHERE kind = 'validate' ORDER BY seq DESC LIMIT 1").fetchone()[0]
    at_freeze = indicator_hash(con)
    con.close()
    v1 = freeze(db, YEAR, PROFILE)
    v1_hashes = {p.relative_to(v1.path): sha(p) for p in v1.path.rglob("*") if p.is_file()}
    fix, truth = correction_file(demo_files, base)
    rep = ingest([str(fix)], db, show_progress=False)
    assert (rep.totals()["updated"], rep.totals()["new"], rep.totals()["removed"]) == (1, 1, 0)
    v2 = freeze(db, YEAR, PROFILE)
    return SimpleNamespace(db=db, root=base / "data" / "published", counts=counts, answers=answers, vrun=vrun,
                           at_freeze=at_freeze, v1=v1, v1_hashes=v1_hashes, v2=v2, truth=truth)


def test_v1_layout_manifest_and_read_only_files(cycle):
    v1 = cycle.v1
    assert v1.path == cycle.root / "2023" / "v1" and v1.version == 1 and not v1.unchanged
    m = json.loads((v1.path / "manifest.json").read_text(encoding="utf-8"))
    assert (m["version"], m["year"], m["profile"], m["validation_run_id"]) == (1, YEAR, PROFILE, cycle.vrun)
    assert m["created_at"] and "git_commit" in m and "CHANGELOG.md" not in os.listdir(v1.path)
    rows = {meta["table"]: meta["rows"] for meta in m["files"].values()}
    assert {t: rows[t] for t in cycle.counts} == cycle.counts
    for rel, meta in m["files"].items():
        assert hashlib.sha256((v1.path / rel).read_bytes()).hexdigest() == meta["sha256"]
        assert os.stat(v1.path / rel).st_mode & 0o222 == 0  # read-only
    lines = "\n".join(f"{k}:{m['files'][k]['sha256']}" for k in sorted(m["files"]))
    assert m["content_sha256"] == hashlib.sha256(lines.encode()).hexdigest()
    # the validation run's own results only, and the run itself
    con = duckdb.connect(str(cycle.db), read_only=True)
    n_results = con.execute("SELECT count(*) FROM validation_results WHERE run_id = ?", [cycle.vrun]).fetchone()[0]
    freezes = con.execute("SELECT status FROM runs WHERE kind = 'freeze' ORDER BY seq").fetchall()
    con.close()
    assert rows["validation_results"] == n_results > 0 and rows["runs"] == 1
    assert freezes == [("ok",), ("ok",)]
    assert not [p for p in (cycle.root / "2023").iterdir() if p.name.startswith(".")]  # no temporary folder left


def test_snapshot_answers_as_the_working_database_did_at_freeze(cycle, tmp_path):
    path = snapshot_database(YEAR, "v1", root=cycle.root, out=tmp_path / "v1.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert {t: con.execute(sql).fetchone()[0] for t, sql in YEAR_SQL.items()} == cycle.counts
        assert [con.execute(q).fetchall() for q in QUERIES] == cycle.answers
        # the published tables recomputed on the snapshot are those the working database gave at freeze time
        assert indicator_hash(con) == cycle.at_freeze == cycle.v1.indicator_values_sha256
    finally:
        con.close()
    mem = open_snapshot(YEAR, 1, root=cycle.root)
    assert [mem.execute(q).fetchall() for q in QUERIES] == cycle.answers
    assert mem.execute("SELECT count(*) FROM ingest_runs").fetchone()[0] == 0  # a table not frozen: present, empty
    with pytest.raises(duckdb.Error):
        mem.execute("INSERT INTO deployments SELECT * FROM deployments")  # views over Parquet: read-only
    mem.close()


def test_v2_has_a_changelog_naming_the_correction_and_v1_is_untouched(cycle):
    v2, t = cycle.v2, cycle.truth
    assert v2.version == 2 and v2.path == cycle.root / "2023" / "v2"
    log = (v2.path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## deployments: +1 −0 ~1" in log
    assert f"end_date {t['old_end'].isoformat()} → {t['new_end'].isoformat()}" in log
    assert f"start_date={t['start'].isoformat()}" in log and f"start_date={t['added_start'].isoformat()}" in log
    assert f"### {t['file']}" in log
    assert "dispatched_person_months_recipient" in log  # the published value the change moved
    assert v2.rows["deployments"] == cycle.v1.rows["deployments"] + 1
    assert {p.relative_to(cycle.v1.path): sha(p) for p in cycle.v1.path.rglob("*") if p.is_file()} == cycle.v1_hashes
    mem = open_snapshot(YEAR, "v1", root=cycle.root)  # v1 still opens: verified
    assert mem.execute(YEAR_SQL["deployments"]).fetchone()[0] == cycle.counts["deployments"]
    mem.close()
    assert v2.indicator_values_sha256 != cycle.v1.indicator_values_sha256
    # v2 reused the validation run made before the correction: said so
    assert v2.validation_stale
    assert json.loads((v2.path / "manifest.json").read_text(encoding="utf-8"))["validation_older_than_ingest"] is True


def test_v2_stores_the_changes_since_v1_as_a_table(cycle, tmp_path):
    """The changes table of v2, by hand from the correction: one submission (the correction file)
    changed one deployments row and added one; the one published value that moved is the
    recipient's dispatched person-months: + 4 months (1 Sep - 31 Dec) - 10/30 of a month."""
    from pipelines.annual.changelog import CHANGES_FILE, COLUMNS, changes_since_previous, compare_versions

    m = json.loads((cycle.v2.path / "manifest.json").read_text(encoding="utf-8"))
    meta = m["files"][CHANGES_FILE]
    assert meta["role"] == "changelog" and meta["sha256"] == sha(cycle.v2.path / CHANGES_FILE)
    lines = "\n".join(f"{k}:{m['files'][k]['sha256']}" for k in sorted(m["files"]))
    assert m["content_sha256"] == hashlib.sha256(lines.encode()).hexdigest()  # hashed with the data
    assert m["database"] == "duikou.duckdb"
    df = changes_since_previous(YEAR, "v2", root=cycle.root)
    assert list(df.columns) == list(COLUMNS) and meta["rows"] == len(df)
    assert set(df["version"]) == {2} and set(df["previous_version"]) == {1}
    rows = df[df["kind"] == "rows"]
    assert [(r.table_name, r.file_name, r.rows_added, r.rows_removed, r.rows_changed) for r in rows.itertuples()] == [
        ("deployments", cycle.truth["file"], 1, 0, 1)]
    values = df[(df["kind"] == "value") & (df["basis"] == "recomputed")]
    assert set(values["table_name"]) == {"dispatched_person_months_recipient"}
    value = values[values["column_name"] == "value"]
    assert len(value) == 1 and "year=2023" in value["key"].iloc[0]
    assert value["delta"].iloc[0] == pytest.approx(4 - 10 / 30, abs=1e-6)
    assert float(value["new_value"].iloc[0]) - float(value["old_value"].iloc[0]) == pytest.approx(4 - 10 / 30, abs=1e-6)
    # the same table recomputed from the two snapshots alone (for versions frozen before it was stored)
    again = compare_versions(YEAR, 1, 2, cycle.root)
    assert again.astype(str).values.tolist() == df.astype(str).values.tolist()
    # v1 has nothing before it; a report built from the v2 snapshot finds the table in its database
    assert changes_since_previous(YEAR, 1, root=cycle.root).empty
    path = snapshot_database(YEAR, "v2", root=cycle.root, out=tmp_path / "v2.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM annual.changes_since_previous").fetchone()[0] == len(df)
        assert con.execute("SELECT count(*) FROM changes_since_previous WHERE kind = 'rows'").fetchone()[0] == 1
    finally:
        con.close()


def test_freeze_without_change_writes_no_version(cycle):
    again = freeze(cycle.db, YEAR, PROFILE)
    assert again.unchanged and again.version == 2 and versions(cycle.root, YEAR) == [1, 2]


def test_tampered_parquet_is_detected(cycle, tmp_path):
    root = tmp_path / "published"
    shutil.copytree(cycle.root / "2023" / "v1", root / "2023" / "v1")
    target = root / "2023" / "v1" / "main" / "deployments.parquet"
    os.chmod(target, 0o644)
    # a valid Parquet file with one end date changed: only the hash can tell
    con = duckdb.connect()
    con.execute(f"""COPY (SELECT * REPLACE (CASE WHEN source_row = 4 THEN end_date + 1 ELSE end_date END AS end_date)
                          FROM read_parquet('{cycle.root / "2023/v1/main/deployments.parquet"}'))
                    TO '{target}' (FORMAT parquet, COMPRESSION zstd)""")
    changed = con.execute(f"""SELECT count(*) FROM read_parquet('{target}') n JOIN read_parquet('{cycle.root / "2023/v1/main/deployments.parquet"}') o
                              USING (deployment_id) WHERE n.end_date IS DISTINCT FROM o.end_date""").fetchone()[0]
    con.close()
    assert changed >= 1
    with pytest.raises(SnapshotTampered) as err:
        open_snapshot(YEAR, 1, root=root)
    assert "main/deployments.parquet" in str(err.value) and "已被改动" in str(err.value) and "tampered" in str(err.value)
    with pytest.raises(SnapshotTampered):
        snapshot_database(YEAR, 1, root=root, out=tmp_path / "x.duckdb")
    assert not (tmp_path / "x.duckdb").exists()


def test_interrupted_freeze_leaves_no_version(cycle, monkeypatch):
    import pipelines.annual.freeze as fz

    ydir = cycle.root / "2023"
    stale = ydir / ".v7.tmp-999999999-abcd"  # a freeze killed earlier (no such process)
    (stale / "main").mkdir(parents=True)
    (stale / "main" / "x.parquet").write_bytes(b"half")

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(fz, "_indicator_hash", boom)
    with pytest.raises(KeyboardInterrupt):
        freeze(cycle.db, YEAR, PROFILE)
    assert versions(cycle.root, YEAR) == [1, 2]
    assert sorted(p.name for p in ydir.iterdir()) == ["v1", "v2"]  # the stale and the interrupted folder are gone
    con = duckdb.connect(str(cycle.db), read_only=True)
    last = con.execute("SELECT status FROM runs WHERE kind = 'freeze' ORDER BY seq DESC LIMIT 1").fetchone()[0]
    con.close()
    assert last == "failed"


# ---------------------------------------------------------------------- command line
def run_cli(argv, monkeypatch, capsys) -> tuple[int, str, str]:
    """``duikou ARGV`` through pipelines.cli.main with this package's commands registered as
    the lead will (``register(sub)`` in build_parser)."""
    import pipelines.cli as cli
    from pipelines.annual.cli import register

    original = cli.build_parser

    def build():
        p = original()
        sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
        if "freeze" not in sub.choices:
            register(sub)
        return p

    monkeypatch.setattr(cli, "build_parser", build)
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_freeze(cycle, monkeypatch, capsys):
    code, out, _ = run_cli(["freeze", "--year", "2023", "--profile", PROFILE, "--db", str(cycle.db), "--json"], monkeypatch, capsys)
    doc = json.loads(out)
    assert code == 0 and doc["command"] == "freeze" and doc["unchanged"] and doc["version"] == "v2"
    code, out, _ = run_cli(["freeze", "--year", "1999", "--db", str(cycle.db), "--json"], monkeypatch, capsys)
    doc = json.loads(out)
    assert code == 4 and "1999" in doc["error"]["message_zh"] and "no year 1999" in doc["error"]["message_en"]
    code, out, _ = run_cli(["freeze", "--help"], monkeypatch, capsys)
    assert code == 0 and "默认 / default: national-2009" in out and "示例 / examples" in out and "--json" in out


def test_the_report_from_a_snapshot_publishes_the_frozen_numbers(cycle, tmp_path):
    """``duikou report --year Y --snapshot v1`` after the working database moved on (the
    correction ingested): its manifest's indicator_values_sha256 is v1's, written beside the live
    report in snapshot-Y-v1/, never over it."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "pipelines", "report", "--year", str(YEAR), "--profile", PROFILE,
                          "--db", str(cycle.db), "--snapshot", "v1", "--out", str(tmp_path / "out"), "--json"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["snapshot"]["version"] in (1, "v1")
    manifest = json.loads(next((tmp_path / "out" / f"snapshot-{YEAR}-v1").glob("*.manifest.json")).read_text(encoding="utf-8"))
    assert manifest["indicator_values_sha256"] == cycle.v1.indicator_values_sha256 == cycle.at_freeze
    assert manifest["validation_run"]["run_id"] == cycle.vrun


def test_the_report_of_v2_states_what_changed_since_v1(cycle, tmp_path):
    """The report built from v2 has a section naming the correction file (one row changed, one
    added: by hand, the correction) and the published value it moved; v1's report has none."""
    import subprocess
    import sys

    out = tmp_path / "out"
    for version in ("v2", "v1"):
        run = subprocess.run([sys.executable, "-m", "pipelines", "report", "--year", str(YEAR), "--profile", PROFILE,
                              "--db", str(cycle.db), "--snapshot", version, "--out", str(out)],
                             cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert run.returncode == 0, run.stderr
    v2 = next((out / f"snapshot-{YEAR}-v2").glob("*.html")).read_text(encoding="utf-8")
    v1 = next((out / f"snapshot-{YEAR}-v1").glob("*.html")).read_text(encoding="utf-8")
    assert "与 v1 相比的变化" in v2 and cycle.truth["file"] in v2 and "dispatched_person_months_recipient" in v2
    assert "相比的变化" not in v1


def test_the_data_dictionary_section_describes_what_a_freeze_writes(cycle):
    """pipelines/annual/formats.py (the data dictionary's snapshot section): every manifest key a
    freeze wrote, every file role and every column of the changes table is described."""
    from pipelines.annual.changelog import COLUMNS, changes_since_previous
    from pipelines.annual.formats import MANIFEST_KEYS, markdown

    m = json.loads((cycle.v2.path / "manifest.json").read_text(encoding="utf-8"))
    assert set(m) == set(MANIFEST_KEYS)
    text = markdown()
    assert all(f"| `{k}` |" in text for k in m)
    assert all(role in MANIFEST_KEYS["files"] for role in {f["role"] for f in m["files"].values()})
    assert all(f"| `{c}` |" in text for c in changes_since_previous(YEAR, 2, root=cycle.root).columns) and len(COLUMNS) == 15

"""Issue 21 items 2 and 5: the programme effect on the records outcome recovers what the
generator planted.

``duikou records generate`` (pipelines/records/synthetic_panel.py) writes SYNTHETIC discharges of
12 fictional counties over 2022–2024, 6 of them paired (3 from 1 January 2023, 3 from 1 July
2023), with the paired counties' within-county share raised by a planted number of percentage
points from the first month of pairing, and the truth beside them. They are ingested with
``duikou records ingest``; pipelines/evaluation/records_outcome.py builds the county-month panel
from ``records_county_month`` and runs the Callaway–Sant'Anna estimator the form-based outcomes
use. The planted effect (+5 pp) must lie in its interval; with nothing planted, 0 must."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipelines.records import synthetic_panel

ROWS = 250_000


def _cli(argv: list[str]) -> tuple[int, str]:
    from pipelines.records.cli import register

    parser = argparse.ArgumentParser(prog="duikou")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["records", *argv])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = args.func(args)
    return code, out.getvalue()


def _generate_and_ingest(base: Path, effect: float, seed: int) -> tuple[synthetic_panel.PanelTruth, Path]:
    code, out = _cli(["generate", "--rows", str(ROWS), "--out", str(base / "exports"), "--effect-pp", str(effect),
                      "--seed", str(seed), "--json"])
    assert code == 0
    truth = synthetic_panel.PanelTruth.read(base / "exports")
    assert json.loads(out)["effect_pp"] == effect == truth.effect_pp
    db = base / "curated" / "duikou.duckdb"
    code, _ = _cli(["ingest", str(base / "exports"), "--db", str(db), "--quiet", "--json"])
    assert code == 0
    return truth, db


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    return _generate_and_ingest(tmp_path_factory.mktemp("effect5"), 5.0, seed=21)


@pytest.fixture(scope="module")
def nothing(tmp_path_factory):
    return _generate_and_ingest(tmp_path_factory.mktemp("effect0"), 0.0, seed=22)


def test_the_truth_beside_the_records_states_the_design(planted):
    truth, db = planted
    assert truth.label == "SYNTHETIC" and truth.years == [2022, 2023, 2024] and len(truth.counties) == 12
    assert truth.paired_from == {"990301": "2023-01-01", "990302": "2023-07-01", "990303": "2023-01-01",
                                 "990304": "2023-07-01", "990305": "2023-01-01", "990306": "2023-07-01"}
    # the probability the generator used: baseline + trend + season, + 5 pp from the first paired month
    c = "990302"
    before = truth.expected_share(c, 2023, 6) - truth.expected_share("990307", 2023, 6)
    after = truth.expected_share(c, 2023, 7) - truth.expected_share("990307", 2023, 7)
    base_gap = truth.baseline[c] - truth.baseline["990307"]
    assert before == pytest.approx(base_gap) and after == pytest.approx(base_gap + 0.05)
    con = duckdb.connect(str(db), read_only=True)
    try:
        got = con.execute("SELECT sum(resident_discharges) FROM records_county_month").fetchone()[0]
    finally:
        con.close()
    assert got == truth.rows   # every record kept (no planted rejects in this generator)


def test_the_panel_is_the_records_county_month_table(planted):
    from pipelines.evaluation.records_outcome import county_month_panel

    truth, db = planted
    con = duckdb.connect(str(db), read_only=True)
    try:
        df = county_month_panel(con, truth.paired_from)
    finally:
        con.close()
    assert len(df) == 12 * 36 and set(df["county_code"]) == set(truth.counties)
    row = df[(df["county_code"] == "990302") & (df["year"] == 2023) & (df["month"] == 7)].iloc[0]
    assert row["t"] == 18 and row["first_treated_t"] == 18 and row["treated"] == 1.0
    assert row["within_county_pct"] == pytest.approx(100 * row["resident_discharges_in_county"] / row["resident_discharges"])
    before = df[(df["county_code"] == "990302") & (df["year"] == 2023) & (df["month"] == 6)].iloc[0]
    assert before["treated"] == 0.0
    never = df[df["county_code"] == "990307"]
    assert never["first_treated_t"].isna().all() and (never["treated"] == 0).all()


def test_the_planted_effect_is_recovered_within_the_interval(planted):
    from pipelines.evaluation.records_outcome import records_effect

    truth, db = planted
    con = duckdb.connect(str(db), read_only=True)
    try:
        row, res = records_effect(con, truth.paired_from)
    finally:
        con.close()
    assert res.ok and row.method == "cs" and row.scale == "pp" and row.interval_method == "randomisation"
    assert (row.n_treated, row.n_never_treated, row.n_unbalanced) == (6, 6, 0)
    assert row.ci_low < truth.effect_pp < row.ci_high
    assert row.ci_low > 0   # the rise is detected, not only covered
    # the estimate is near what was planted: about 580 discharges per county-month, so a
    # county-month share has a binomial SD of ~2 pp and the average over 6 counties' months ~1 pp
    assert abs(row.estimate - truth.effect_pp) < 2.5


def test_no_planted_effect_gives_an_interval_covering_zero(nothing):
    from pipelines.evaluation.records_outcome import records_effect

    truth, db = nothing
    assert truth.effect_pp == 0.0
    con = duckdb.connect(str(db), read_only=True)
    try:
        row, res = records_effect(con, truth.paired_from)
    finally:
        con.close()
    assert res.ok and row.interval_method == "randomisation"
    assert row.ci_low < 0 < row.ci_high


def test_pairing_starts_come_from_the_database_by_default(planted):
    """Without a design given, the counties' starts are the database's pairings: the first
    start of a pairing whose recipient is a county general hospital (综合医院) of the county."""
    from pipelines.evaluation.records_outcome import county_month_panel, pairing_starts

    truth, db = planted
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{db}' AS rec (READ_ONLY)")
        con.execute("CREATE VIEW records_county_month AS SELECT * FROM rec.records_county_month")
        con.execute("CREATE TABLE hospitals (hospital_id VARCHAR, category VARCHAR, county_code VARCHAR)")
        con.execute("CREATE TABLE pairings (recipient_hospital_id VARCHAR, start_date DATE)")
        con.execute("""INSERT INTO hospitals VALUES ('A', '综合医院', '990301'), ('B', '乡镇卫生院', '990307'),
                       ('C', '综合医院', '990302')""")
        con.execute("""INSERT INTO pairings VALUES ('A', DATE '2023-03-15'), ('A', DATE '2024-01-01'),
                       ('B', DATE '2023-01-01'), ('C', NULL)""")
        assert pairing_starts(con) == {"990301": dt.date(2023, 3, 15)}
        df = county_month_panel(con)
    finally:
        con.close()
    first = df.groupby("county_code")["first_treated_t"].first()
    assert first["990301"] == 15          # a start on 15 March 2023 treats April 2023 on: month 15 from January 2022
    assert pd.isna(first["990307"]) and pd.isna(first["990302"])


def test_generate_usage_errors_exit_4(tmp_path, capsys):
    code, _ = _cli(["generate", "--rows", "100", "--out", str(tmp_path / "x"), "--counties", "1"])
    assert code == 4 and "at least 2 counties" in capsys.readouterr().err
    code, _ = _cli(["generate", "--rows", "0", "--out", str(tmp_path / "y")])
    assert code == 4

"""The records indicators on both engines (issue 21, item 4): the same SQL texts run by DuckDB and
by Spark SQL (local[2] session) over the same stored Parquet give identical tables — compared
value for value, floats included — on a generated sample of 1,000,000 SYNTHETIC discharges, and
both equal the generator's own truth. Skipped only when Java is missing (Spark cannot start);
scripts/install-system-deps.sh installs it (default-jre-headless) for `make test`."""

from __future__ import annotations

import contextlib
import io
import json

import pandas as pd
import pytest

from pipelines.records import synthetic
from pipelines.records.spark_engine import java_available

pytestmark = pytest.mark.skipif(
    not java_available(),
    reason="Java 未安装，Spark 无法启动 / Java is not installed, so Spark cannot start: "
           "apt-get install -y default-jre-headless (scripts/install-system-deps.sh, run by `make test`)")

N_ROWS = 1_000_000


@pytest.fixture(scope="module")
def spark():
    from pipelines.records.spark_engine import session

    s = session("local[2]")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from pipelines.records.ingest import ingest_records

    base = tmp_path_factory.mktemp("records_spark")
    g = synthetic.generate(N_ROWS, seed=5)
    half = N_ROWS // 2   # two exports, as two platform extracts
    synthetic.write_parquet(g.records.iloc[:half], base / "in" / "extract-1.parquet")
    synthetic.write_parquet(g.records.iloc[half:], base / "in" / "extract-2.parquet")
    synthetic.write_facilities(base / "in" / "机构字典.csv")
    db = base / "db" / "duikou.duckdb"
    rep = ingest_records([str(base / "in")], db, show_progress=False)
    assert not rep.failed and sum(f.rows_read for f in rep.files) == N_ROWS
    return {"db": db, "root": db.parent / "records", "truth": synthetic.Truth(g.truth)}


def test_duckdb_and_spark_give_identical_tables(stored, spark):
    from pipelines.records.indicators import run_duckdb
    from pipelines.records.spark_engine import run_spark

    d = run_duckdb(stored["root"], memory_limit="500MB")
    s = run_spark(stored["root"], spark=spark)
    for name in ("county_month", "hospital_month", "hospital_diagnosis_month", "rejects"):
        assert d[name].schema == s[name].schema, name
        assert d[name].num_rows > 0
        assert d[name].equals(s[name]), name       # exact: no tolerance on the averages
    want = stored["truth"].county_month()
    got = s["county_month"].to_pandas()
    pd.testing.assert_frame_equal(got[want.columns].astype({"year": "int64", "month": "int64"}), want, check_dtype=False)
    # the downward transfers (a self-join on the patient with a date window) on Spark too
    want = stored["truth"].hospital_month()
    got = s["hospital_month"].to_pandas()
    cols = ["hospital_code", "year", "month", "transfers_in", "downward_transfers_in"]
    pd.testing.assert_frame_equal(got[cols].astype({"year": "int64", "month": "int64"}), want[cols], check_dtype=False)
    assert got["downward_transfers_in"].sum() >= 10_000    # the N // 100 planted ones at least
    assert d["rejects"].to_pandas()["rows"].sum() == sum(stored["truth"].rejects().values())


def test_cli_engine_spark_writes_the_same_views(tmp_path, spark):
    """`--engine spark` on a database first made with the default engine: the views are the same."""
    import duckdb

    from pipelines.records.cli import main as records_cli   # `duikou records ...` with its own parser

    g = synthetic.generate(20_000, seed=9)
    inp = tmp_path / "in"
    synthetic.write_csv(g.records, inp / "records.csv", encoding="gb18030")
    synthetic.write_facilities(inp / "机构字典.csv")
    db = tmp_path / "duikou.duckdb"
    assert records_cli(["ingest", str(inp), "--db", str(db), "--quiet"]) == 0

    def views():
        con = duckdb.connect(str(db), read_only=True)
        try:
            return {v: con.execute(f"SELECT * FROM {v}").df() for v in
                    ("records_county_month", "records_hospital_month", "records_hospital_diagnosis_month",
                     "records_rejects")}
        finally:
            con.close()

    before = views()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = records_cli(["ingest", str(inp), "--db", str(db), "--engine", "spark", "--json"])
    assert code == 0 and json.loads(out.getvalue())["engine"] == "spark"
    after = views()
    for v in before:
        pd.testing.assert_frame_equal(before[v], after[v], check_exact=True)

"""The records indicators: ``sql/*.sql`` run over the stored Parquet by DuckDB (default, out of
core) or by Spark (``spark_engine``), materialised under ``records/_indicators/`` and exposed
in the database as the views ``records_county_month``, ``records_hospital_month`` and
``records_rejects`` (data contract, *Records*), and ``records_hospital_diagnosis_month``. Definitions
and citations: the ``records_indicators`` block of pipelines/catalogue/indicators.yaml.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.records import conditions
from pipelines.records.defaults import DEFAULT_MEMORY_LIMIT  # the one definition, light for the CLI
from pipelines.records.store import REJECTS, STORED

SQL_DIR = Path(__file__).with_name("sql")
VIEWS = {"county_month": "records_county_month", "hospital_month": "records_hospital_month",
         "hospital_diagnosis_month": "records_hospital_diagnosis_month", "rejects": "records_rejects"}
SCHEMAS = {
    "county_month": pa.schema([("county_code", pa.string()), ("year", pa.int32()), ("month", pa.int32()),
                               ("resident_discharges", pa.int64()), ("resident_discharges_in_county", pa.int64()),
                               ("within_county_rate", pa.float64()), ("outward_transfers", pa.int64())]),
    "hospital_month": pa.schema([("hospital_code", pa.string()), ("hospital_id", pa.string()), ("year", pa.int32()),
                                 ("month", pa.int32()), ("discharges", pa.int64()), ("transfers_out", pa.int64()),
                                 ("avg_length_of_stay", pa.float64()), ("avg_total_cost", pa.float64()),
                                 ("transfers_in", pa.int64()), ("downward_transfers_in", pa.int64()),
                                 ("stay_days", pa.int64()), ("total_cost_fen", pa.int64()),
                                 ("discharges_with_stay", pa.int64()), ("discharges_with_cost", pa.int64())]),
    "hospital_diagnosis_month": pa.schema([("hospital_code", pa.string()), ("hospital_id", pa.string()), ("year", pa.int32()),
                                           ("month", pa.int32()), ("group_kind", pa.string()), ("group_code", pa.string()),
                                           ("discharges", pa.int64())]),
    "rejects": REJECTS,
}
SORT = {"county_month": ["county_code", "year", "month"], "hospital_month": ["hospital_code", "year", "month"],
        "hospital_diagnosis_month": ["hospital_code", "year", "month", "group_kind", "group_code"],
        "rejects": ["file_name", "reason_code"]}


def sql_text(name: str) -> str:
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def stored_files(root: Path) -> list[Path]:
    return sorted(root.glob("year=*/month=*/*.parquet"))


def reject_files(root: Path) -> list[Path]:
    return sorted((root / "_rejects").glob("*.parquet"))


def tidy(name: str, table: pa.Table) -> pa.Table:
    """The engine's result in the contract's column order and types, sorted by its key."""
    return table.select(SCHEMAS[name].names).cast(SCHEMAS[name]).sort_by([(c, "ascending") for c in SORT[name]])


def run_duckdb(root: Path, memory_limit: str = DEFAULT_MEMORY_LIMIT, threads: int | None = None) -> dict[str, pa.Table]:
    """Run the indicator SQL on DuckDB over the Parquet store, within ``memory_limit``, spilling
    to ``records/_tmp`` (removed afterwards)."""
    spill = root / "_tmp"
    spill.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        con.execute(f"SET memory_limit = '{memory_limit}'")
        con.execute(f"SET temp_directory = '{spill}'")
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        files = stored_files(root)
        if files:
            con.execute(f"CREATE VIEW records AS SELECT * FROM read_parquet({[str(f) for f in files]!r}, "
                        "hive_partitioning = true)")
        else:
            con.register("records_empty", STORED.append(pa.field("year", pa.int32())).append(pa.field("month", pa.int32())).empty_table())
            con.execute("CREATE VIEW records AS SELECT * FROM records_empty")
        rfiles = reject_files(root)
        if rfiles:
            con.execute(f"CREATE VIEW rejects_by_file AS SELECT * FROM read_parquet({[str(f) for f in rfiles]!r})")
        else:
            con.register("rejects_by_file", REJECTS.empty_table())
        con.register("expected_conditions", conditions.table())
        return {name: tidy(name, con.sql(sql_text(name)).to_arrow_table()) for name in VIEWS}
    finally:
        con.close()
        for f in spill.glob("*"):
            f.unlink(missing_ok=True)
        spill.rmdir()


def materialise(root: Path, tables: dict[str, pa.Table]) -> None:
    """Write each result to ``records/_indicators/<name>.parquet`` (temporary name, then renamed)."""
    d = root / "_indicators"
    d.mkdir(parents=True, exist_ok=True)
    for name, t in tables.items():
        tmp = d / f".{name}.parquet.tmp"
        pq.write_table(t, tmp)
        tmp.replace(d / f"{name}.parquet")


def create_views(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    """The three views in the database, reading the materialised results (absolute paths: DuckDB
    resolves relative ones against the working directory, not the database file)."""
    for name, view in VIEWS.items():
        path = (root / "_indicators" / f"{name}.parquet").resolve()
        con.execute(f"CREATE OR REPLACE VIEW {view} AS SELECT * FROM read_parquet('{path}')")

"""Clean each batch with clean.sql in DuckDB: dates, codes, names, where hospitals are, and a
reject reason (reject_reasons.yaml) for records the indicators exclude.

The macros below are the cleaning rules that are not one-liners; they are SQL so that the
whole step stays one readable query.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa
import yaml

from pipelines.records.column_map import all_fields
from pipelines.records.facilities import name_key

HERE = Path(__file__).parent
STRIP = " \u3000\t\r\n\xa0\ufeff"   # spaces people pad names with, full-width U+3000 too

_MACROS = rf"""
CREATE OR REPLACE TEMP MACRO trim_all(s) AS trim(CAST(s AS VARCHAR), '{STRIP}');
CREATE OR REPLACE TEMP MACRO digits_only(s) AS translate(s, '０１２３４５６７８９', '0123456789');
-- dates as exports write them: 2024-03-05, 20240305, with a time, with slashes, 2024年3月5日
-- (DuckDB's own cast reads the ISO forms, with a time or slashes too, fast; the formats are
-- tried only for what it cannot read)
CREATE OR REPLACE TEMP MACRO parse_day_any(s) AS COALESCE(TRY_CAST(s AS DATE), CAST(try_strptime(digits_only(s),
    ['%Y%m%d', '%Y%m%d%H%M%S', '%Y%m%d %H:%M:%S', '%Y%m%d %H:%M', '%Y-%m-%d', '%Y年%m月%d日', '%Y年%m月%d日 %H:%M:%S',
     '%Y年%m月%d日 %H:%M', '%Y/%m/%d %H:%M:%S', '%Y-%m-%d %H:%M:%S']) AS DATE));
-- a day outside 1900–2100 is a typing error, not a date (clean.sql keeps the parsed day in a column first)
CREATE OR REPLACE TEMP MACRO plausible_day(d) AS CASE WHEN d BETWEEN DATE '1900-01-01' AND DATE '2100-12-31' THEN d END;
CREATE OR REPLACE TEMP MACRO parse_day(s) AS plausible_day(parse_day_any(s));
-- 入院途径 (卫医政发〔2011〕84号): 1 急诊, 2 门诊, 3 其他医疗机构转入, 9 其他; digits or words
CREATE OR REPLACE TEMP MACRO route_code(s) AS CASE
    WHEN s IS NULL OR s = '' THEN NULL
    WHEN regexp_matches(s, '^[1239]([^0-9]|$)') THEN left(s, 1)
    WHEN s LIKE '%转入%' OR s LIKE '%其他医疗机构%' THEN '3'
    WHEN s LIKE '%急诊%' THEN '1' WHEN s LIKE '%门诊%' THEN '2' ELSE '9' END;
-- 离院方式: 1 医嘱离院, 2 医嘱转院, 3 医嘱转社区/乡镇卫生院, 4 非医嘱离院, 5 死亡, 9 其他
CREATE OR REPLACE TEMP MACRO method_code(s) AS CASE
    WHEN s IS NULL OR s = '' THEN NULL
    WHEN regexp_matches(s, '^[123459]([^0-9]|$)') THEN left(s, 1)
    WHEN s LIKE '%非医嘱%' THEN '4' WHEN s LIKE '%转院%' THEN '2'
    WHEN s LIKE '%社区%' OR s LIKE '%卫生院%' THEN '3' WHEN s LIKE '%死亡%' THEN '5'
    WHEN s LIKE '%医嘱离院%' THEN '1' ELSE '9' END;
-- ICD-10 chapter (I–XXII) of a code such as K35.8
CREATE OR REPLACE TEMP MACRO icd10_chapter(s) AS CASE
    WHEN s IS NULL OR NOT regexp_matches(s, '^[A-Z][0-9]{{2}}') THEN NULL
    WHEN left(s, 1) IN ('A', 'B') THEN 'I'
    WHEN left(s, 1) = 'C' OR (left(s, 1) = 'D' AND CAST(substr(s, 2, 2) AS INTEGER) <= 48) THEN 'II'
    WHEN left(s, 1) = 'D' THEN 'III'
    WHEN left(s, 1) = 'H' AND CAST(substr(s, 2, 2) AS INTEGER) <= 59 THEN 'VII'
    WHEN left(s, 1) = 'H' THEN 'VIII'
    ELSE map_extract_value(MAP {{'E': 'IV', 'F': 'V', 'G': 'VI', 'I': 'IX', 'J': 'X', 'K': 'XI', 'L': 'XII', 'M': 'XIII',
        'N': 'XIV', 'O': 'XV', 'P': 'XVI', 'Q': 'XVII', 'R': 'XVIII', 'S': 'XIX', 'T': 'XIX', 'V': 'XX', 'W': 'XX',
        'X': 'XX', 'Y': 'XX', 'Z': 'XXI', 'U': 'XXII'}}, left(s, 1)) END;
"""


@lru_cache(maxsize=1)
def clean_sql() -> str:
    return (HERE / "clean.sql").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def reject_reasons() -> dict[str, dict]:
    with open(HERE / "reject_reasons.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)["reasons"]


def connect(memory_limit: str, temp_dir: Path, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB for the cleaning step, bounded in memory, spilling to ``temp_dir``."""
    con = duckdb.connect()
    temp_dir.mkdir(parents=True, exist_ok=True)
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute(f"SET temp_directory = '{temp_dir}'")
    con.execute("SET preserve_insertion_order = false")
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    con.execute(_MACROS)
    return con


def prepare_lookups(con: duckdb.DuckDBPyConnection, facilities: pa.Table) -> None:
    """fac_by_code, fac_by_name (first row of the registry-first order wins) and known_counties."""
    con.register("facilities_in", facilities)
    con.execute("""CREATE OR REPLACE TEMP TABLE fac_by_code AS
        SELECT code, arg_min(county_code, "order") AS county_code, arg_min(level, "order") AS level,
               arg_min(hospital_id, "order") AS hospital_id
        FROM facilities_in WHERE code IS NOT NULL AND code <> '' GROUP BY code""")
    con.execute("""CREATE OR REPLACE TEMP TABLE fac_by_name AS
        SELECT name_key, arg_min(county_code, "order") AS county_code, arg_min(level, "order") AS level,
               arg_min(hospital_id, "order") AS hospital_id
        FROM facilities_in WHERE name_key IS NOT NULL AND name_key <> '' GROUP BY name_key""")
    con.execute("""CREATE OR REPLACE TEMP TABLE known_counties AS
        SELECT DISTINCT county_code FROM facilities_in WHERE county_code IS NOT NULL AND county_code <> ''""")
    con.unregister("facilities_in")


def clean_batch(con: duckdb.DuckDBPyConnection, batch: pa.Table) -> pa.Table:
    """The batch in stored form (one row per input row, ``reject_code`` NULL when kept)."""
    n = batch.num_rows
    for f in all_fields():
        if f not in batch.column_names and f not in ("id_number", "record_number", "patient_name"):
            batch = batch.append_column(f, pa.nulls(n, pa.string()))
    batch = batch.append_column("hospital_name_key", name_key(batch.column("hospital_name")))
    batch = batch.append_column("receiving_key", name_key(batch.column("receiving_institution")))
    con.register("batch", batch)
    try:
        return con.sql(clean_sql()).to_arrow_table()
    finally:
        con.unregister("batch")

"""Where each hospital is: county code and level, by code or by name.

From the ``hospitals`` table of the database (the programme's registry) first, then from a
facility dictionary (机构字典: 机构代码, 机构名称, 所在地行政区划代码, 机构级别) found among the
records or named with ``--facilities``. The registry wins where both name a hospital. The same
table resolves a 拟接收医疗机构名称 (receiving institution of a transfer) by its name.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.records.read import detect_encoding, facility_header_fields

COLUMNS = ["code", "name", "county_code", "level", "hospital_id"]


def name_key(col: pa.Array | pa.ChunkedArray) -> pa.Array:
    """A name as compared: NFKC (full-width space and brackets to ASCII), no whitespace anywhere.
    Used on both sides (dictionary and records), so both are normalised by the same code."""
    return pc.replace_substring_regex(pc.utf8_normalize(col, "NFKC"), r"\s+", "")


def normalise_level(value: object) -> str:
    s = str(value or "")
    for key, level in (("三", "三级"), ("3", "三级"), ("二", "二级"), ("2", "二级"), ("一", "一级"), ("1", "一级")):
        if key in s:
            return level
    return "未定级"


class FacilityFileError(Exception):
    pass


def read_dictionary(path: Path) -> pd.DataFrame:
    """A facility dictionary file as code, name, county_code, level (text)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding=detect_encoding(path))
        elif suffix == ".parquet":
            df = pd.read_parquet(path).astype(str)
        else:
            df = pd.read_excel(path, dtype=str, engine="calamine").fillna("")
    except Exception as exc:  # noqa: BLE001 — pandas, calamine and pyarrow raise many kinds: the file is named, the run goes on
        raise FacilityFileError(f"无法读取机构字典 / cannot read the facility dictionary ({type(exc).__name__})") from None
    found = facility_header_fields(list(df.columns))
    missing = [f for f in ("name", "county_code") if f not in found]
    if missing:
        raise FacilityFileError(f"机构字典缺少列 / the facility dictionary lacks the columns: {', '.join(missing)} "
                                f"(机构名称, 所在地行政区划代码)")
    out = pd.DataFrame({f: df[found[f]].astype(str).str.strip() if f in found else "" for f in ("code", "name", "county_code", "level")})
    out["level"] = out["level"].map(normalise_level)
    out["hospital_id"] = None
    return out


def from_registry(con: duckdb.DuckDBPyConnection | None) -> pd.DataFrame:
    if con is None:
        return pd.DataFrame(columns=COLUMNS)
    has = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'hospitals'").fetchone()[0]
    if not has:
        return pd.DataFrame(columns=COLUMNS)
    df = con.execute("SELECT code, name, county_code, level, hospital_id FROM hospitals").df()
    aliases = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'hospital_aliases'").fetchone()[0]
    if aliases:
        al = con.execute("""SELECT h.code, a.alias AS name, h.county_code, h.level, h.hospital_id
                            FROM hospital_aliases a JOIN hospitals h USING (hospital_id)""").df()
        df = pd.concat([df, al], ignore_index=True)
    return df


def build(registry: pd.DataFrame, dictionaries: list[pd.DataFrame]) -> pa.Table:
    """One facilities table (registry rows first), with ``name_key`` for matching by name."""
    frames = [f[COLUMNS] for f in [registry, *dictionaries] if len(f)]
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    df = df.astype({c: "object" for c in COLUMNS})
    df["level"] = df["level"].map(lambda v: v if v in ("三级", "二级", "一级", "未定级") else normalise_level(v))
    df["order"] = range(len(df))
    t = pa.Table.from_pandas(df, preserve_index=False).cast(pa.schema(
        [(c, pa.string()) for c in COLUMNS] + [("order", pa.int64())]))
    return t.append_column("name_key", name_key(t.column("name")))


def known_counties(facilities: pa.Table) -> set[str]:
    return {c for c in facilities.column("county_code").to_pylist() if c}

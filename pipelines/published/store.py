"""The published tables in DuckDB (schema ``published``, a view of the same name in ``main``):
written once per report key (year, profile, region), read by the report, the exports and the
manifest's hash.

A masked cell (small-number suppression: the mask, ``*``) cannot share a numeric column with
numbers, so a table is stored with the masked cells empty and a column ``suppressed`` naming
the columns masked in that row (empty when none); ``display`` puts the mask back for the
report and the exports. Writing replaces only the key's rows, every table in one transaction.
"""

from __future__ import annotations

import pandas as pd

from pipelines.db.schema import duckdb_type, ensure_published_table, transaction

KEYS = ("year", "profile", "region")
MASKED = "suppressed"   # the column naming a row's masked cells


# ---------------------------------------------------------------------- stored form
def stored(df: pd.DataFrame, mask: str, year: int, profile: str, region: str | None, masks: bool) -> pd.DataFrame:
    """``df`` as stored: masked cells empty and named in ``suppressed`` (when ``masks``: a table
    that can carry suppressed cells has the column whether or not a row is masked, so its
    columns do not depend on the data), mixed columns numeric, the key columns added."""
    out = df.reset_index(drop=True).copy()
    if masks:
        hit = pd.DataFrame({c: out[c].map(lambda v: isinstance(v, str) and v == mask) for c in out.columns
                            if out[c].dtype == object})
        cols = list(hit.columns)
        names = [",".join(c for c, h in zip(cols, row) if h) or None for row in hit.itertuples(index=False, name=None)] \
            if cols else [None] * len(out)
        for c in hit.columns:
            if hit[c].any() or _numeric_or_empty(out[c]):
                out[c] = pd.to_numeric(out[c].where(~hit[c], None), errors="coerce").astype("float64")
        out[MASKED] = pd.Series(names, index=out.index, dtype=object)
    for c in out.columns:
        if out[c].dtype == object and len(out) and _numeric_or_empty(out[c]) and out[c].notna().any():
            out[c] = pd.to_numeric(out[c]).astype("float64")   # counts carried as objects (with missing values)
    out["year"] = int(year)
    out["profile"] = profile
    out["region"] = region
    return out


def _numeric_or_empty(s: pd.Series) -> bool:
    return all(v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in s.dropna().tolist()) if len(s) else False


def display(df: pd.DataFrame, mask: str, keys: bool = False) -> pd.DataFrame:
    """A stored table as the report and the exports show it: the mask back in the masked
    cells, without ``suppressed`` (and without the profile and region keys unless ``keys``)."""
    out = df if keys else df.drop(columns=[c for c in KEYS if c in df.columns and c != "year"])
    if MASKED in out.columns:
        marks = out[MASKED]
        out = out.drop(columns=[MASKED])
        for i, names in marks.items():
            if isinstance(names, str) and names:
                for c in names.split(","):
                    if out[c].dtype != object:
                        # counts come back as whole numbers, as suppression gave them
                        out[c] = pd.Series([int(v) if isinstance(v, float) and v.is_integer() else v for v in out[c].tolist()],
                                           index=out.index, dtype=object)
                    out.at[i, c] = mask
    return out


# ---------------------------------------------------------------------- write and read
def write(con, tables: dict[str, pd.DataFrame], year: int, profile: str, region: str | None) -> None:
    """Replace the key's rows of every table (created or widened through the schema module),
    in one transaction: a failure leaves every table as it was."""
    with transaction(con):
        for name, df in tables.items():
            ensure_published_table(con, name, {c: duckdb_type(df[c].dtype) for c in df.columns})
            con.execute(f'DELETE FROM published."{name}" WHERE year = ? AND profile = ? AND region IS NOT DISTINCT FROM ?',
                        [int(year), profile, region])
            if len(df):
                con.register("_duikou_published", df)
                try:
                    cols = ", ".join(f'"{c}"' for c in df.columns)
                    con.execute(f'INSERT INTO published."{name}" ({cols}) SELECT {cols} FROM _duikou_published')
                finally:
                    con.unregister("_duikou_published")


def names(con) -> list[str]:
    """The tables of schema ``published``."""
    return [t for (t,) in con.execute("""SELECT table_name FROM information_schema.tables WHERE table_schema = 'published'
                                         AND table_type = 'BASE TABLE' AND table_catalog = current_database() ORDER BY 1""").fetchall()]


def read(con, year: int, profile: str, region: str | None, only: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """The key's rows of every published table (of ``only``), as stored. A table with no row for
    the key (an empty table) comes back with its columns and no rows."""
    out = {}
    for name in (only if only is not None else names(con)):
        df = con.execute(f'SELECT * FROM published."{name}" WHERE year = ? AND profile = ? AND region IS NOT DISTINCT FROM ?',
                         [int(year), profile, region]).df()
        out[name] = df
    return out

"""The database's layers and tables, and every change to them: the one module that runs DDL.

Tables come from catalogue/tables.yaml. Each lives in a schema (a layer): curated data in
``main``, ingest bookkeeping in ``ingest``, validation outputs and ``runs`` in ``validation``,
the tables a report publishes in ``published``. A table outside ``main`` also answers an
unqualified query from a plain connection through a view of the same name in ``main``
(the data contract). DuckDB cannot write through a view, so code that writes such a table
names it qualified (``qualified(table)``).

``ensure_schema`` upgrades a database written by an older duikou in place: missing tables and
columns are added, and a table found in ``main`` that now belongs to another layer is moved
there with its rows (the view takes its place). Renames and removals are never done here.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

from pipelines.catalogue import load_yaml

SCHEMA_VERSION = 2
LAYERS = ("ingest", "validation", "published")
RUNS_SEQUENCE = "validation.runs_seq"


@lru_cache(maxsize=1)
def table_specs() -> dict[str, dict]:
    cat = load_yaml("tables.yaml")
    prov = cat["provenance"]
    out = {}
    for name, spec in cat["tables"].items():
        cols = list(spec["columns"])
        if spec.get("provenance"):
            cols = cols + list(prov)
        out[name] = {**spec, "columns": cols}
    return out


def columns(table: str) -> list[str]:
    return [c["name"] for c in table_specs()[table]["columns"]]


def column_types(table: str) -> dict[str, str]:
    return {c["name"]: c["type"] for c in table_specs()[table]["columns"]}


def table_schema(table: str) -> str:
    """The layer a table lives in (``main`` for curated data)."""
    return table_specs()[table].get("schema", "main")


def qualified(table: str) -> str:
    """``schema."table"``: the name to write a table by (a view in main cannot be written)."""
    return f'{table_schema(table)}."{table}"'


def create_table_sql(table: str, schema: str | None = None) -> str:
    cols = []
    for c in table_specs()[table]["columns"]:
        null = "" if c.get("nullable", True) else " NOT NULL"
        cols.append(f'    "{c["name"]}" {c["type"]}{null}')
    return f'CREATE TABLE IF NOT EXISTS {schema or table_schema(table)}."{table}" (\n' + ",\n".join(cols) + "\n)"


def _catalog(con) -> tuple[dict[tuple[str, str], set[str]], set[tuple[str, str]]]:
    """({(schema, table): columns} of the base tables, {(schema, view)}) of this database."""
    db = con.execute("SELECT current_database()").fetchone()[0]
    tables: dict[tuple[str, str], set[str]] = {}
    for s, t, c in con.execute("""SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
                                  JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
                                  WHERE t.table_type = 'BASE TABLE' AND c.table_catalog = ?""", [db]).fetchall():
        tables.setdefault((s, t), set()).add(c)
    views = set(con.execute("""SELECT table_schema, table_name FROM information_schema.tables
                               WHERE table_type = 'VIEW' AND table_catalog = ?""", [db]).fetchall())
    return tables, views


def _needs_work(con) -> bool:
    """False when the database is at this version with every table, column and view in place
    (the common case: every write connection asks)."""
    try:
        row = con.execute("SELECT value FROM duikou_meta WHERE key = 'schema_version'").fetchone()
    except Exception:  # noqa: BLE001 - no duikou_meta yet: a new or pre-meta database
        return True
    if not row or row[0] != str(SCHEMA_VERSION):
        return True
    tables, views = _catalog(con)
    for t, spec in table_specs().items():
        s = spec.get("schema", "main")
        if (s, t) not in tables or {c["name"] for c in spec["columns"]} - tables[(s, t)]:
            return True
        if s != "main" and ("main", t) not in views:
            return True
    return False


def ensure_schema(con) -> None:
    """Create missing layers, tables, columns and views; move tables to their layer (idempotent).

    Runs in one transaction when the connection is not already in one, so an interrupted
    upgrade leaves the database as it was.
    """
    if not _needs_work(con):
        return
    with transaction(con):
        _upgrade(con)


@contextmanager
def transaction(con):
    """One transaction around the block, unless the caller already holds one (then the block
    is part of the caller's, which commits or rolls back): committed at the end, rolled back
    on any error or interruption."""
    own = not in_transaction(con)
    if own:
        con.begin()
    try:
        yield
        if own:
            con.commit()
    except BaseException:
        if own:
            con.rollback()
        raise


def in_transaction(con) -> bool:
    """Is a transaction open on this connection (DuckDB has no direct question for it)?"""
    try:
        con.begin()
    except Exception:  # noqa: BLE001 - "cannot start a transaction within a transaction"
        return True
    con.rollback()
    return False


def _upgrade(con) -> None:
    for s in LAYERS:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {s}")
    tables, _views = _catalog(con)
    for t, spec in table_specs().items():
        s = spec.get("schema", "main")
        names = [c["name"] for c in spec["columns"]]
        if (s, t) not in tables:
            con.execute(create_table_sql(t, s))
            if s != "main" and ("main", t) in tables:  # written by an older duikou: move its rows
                old = [c for c in names if c in tables[("main", t)]]
                cols = ", ".join(f'"{c}"' for c in old)
                con.execute(f'INSERT INTO {s}."{t}" ({cols}) SELECT {cols} FROM main."{t}"')
                con.execute(f'DROP TABLE main."{t}"')
        else:
            for c in spec["columns"]:
                if c["name"] not in tables[(s, t)]:  # rows an older duikou wrote get the column's default, if any
                    default = f' DEFAULT {int(c["default"])}' if isinstance(c.get("default"), int) else ""
                    con.execute(f'ALTER TABLE {s}."{t}" ADD COLUMN "{c["name"]}" {c["type"]}{default}')
        if s != "main":
            # the view lists the columns: it is replaced whenever the table gains one
            cols = ", ".join(f'"{c}"' for c in names)
            con.execute(f'CREATE OR REPLACE VIEW main."{t}" AS SELECT {cols} FROM {s}."{t}"')
    con.execute(f"CREATE SEQUENCE IF NOT EXISTS {RUNS_SEQUENCE}")
    if ("validation", "runs") not in tables:
        _backfill_runs(con, tables)
    con.execute("CREATE TABLE IF NOT EXISTS duikou_meta (key VARCHAR, value VARCHAR)")
    con.execute("DELETE FROM duikou_meta WHERE key = 'schema_version'")
    con.execute("INSERT INTO duikou_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def _backfill_runs(con, tables: dict) -> None:
    """A database from before the runs table: its validation and ingest runs are recorded, in
    the order they ran (validated_at / started_at, then id), so ``latest_run`` finds them."""
    if ("main", "ingest_runs") in tables:
        con.execute("""INSERT INTO validation.runs (run_id, kind, profile, config, started_at, finished_at, seq, status)
                        SELECT run_id, 'ingest', NULL, NULL, coalesce(started_at, finished_at, TIMESTAMP '1970-01-01'),
                               finished_at, 0, 'ok' FROM main.ingest_runs""")
    if any(t == "validation_results" for _, t in tables):
        con.execute("""INSERT INTO validation.runs (run_id, kind, profile, config, started_at, finished_at, seq, status)
                        SELECT run_id, 'validate', any_value(profile), NULL, coalesce(min(validated_at), TIMESTAMP '1970-01-01'),
                               max(validated_at), 0, 'ok'
                        FROM validation.validation_results GROUP BY run_id""")
    order = con.execute("SELECT run_id, kind FROM validation.runs ORDER BY started_at, run_id").fetchall()
    for run_id, kind in order:
        con.execute(f"UPDATE validation.runs SET seq = nextval('{RUNS_SEQUENCE}') WHERE run_id = ? AND kind = ?", [run_id, kind])


# ---------------------------------------------------------------------- published tables
# The tables a report publishes (pipelines/published/publish.py) are not in tables.yaml: their
# columns are those of the indicator or section they hold. They are created and widened here,
# like every other table, each with its view of the same name in main.
_DUCKDB_TYPES = {"b": "BOOLEAN", "i": "BIGINT", "u": "BIGINT", "f": "DOUBLE", "M": "TIMESTAMP"}


def duckdb_type(dtype) -> str:
    """The DuckDB type a pandas column is stored as (text for anything else)."""
    return _DUCKDB_TYPES.get(getattr(dtype, "kind", "O"), "VARCHAR")


def ensure_published_table(con, name: str, types: dict[str, str]) -> None:
    """Create ``published."name"`` with ``types`` ({column: DuckDB type}) or add the columns it
    lacks, and (re)create the view ``main."name"``. A column typed VARCHAR because it was empty
    (an empty or all-missing column) never changes the type of an existing column."""
    if name in table_specs():
        raise ValueError(f"published table {name!r} would shadow the catalogue table of that name")
    con.execute("CREATE SCHEMA IF NOT EXISTS published")
    have = dict(con.execute("""SELECT column_name, data_type FROM information_schema.columns
                               WHERE table_schema = 'published' AND table_name = ? AND table_catalog = current_database()
                               ORDER BY ordinal_position""", [name]).fetchall())
    if not have:
        cols = ", ".join(f'"{c}" {t}' for c, t in types.items())
        con.execute(f'CREATE TABLE published."{name}" ({cols})')
    else:
        for c, t in types.items():
            if c not in have:
                con.execute(f'ALTER TABLE published."{name}" ADD COLUMN "{c}" {t}')
            elif t != have[c] and _widen(con, name, c, have[c], t):
                con.execute(f'ALTER TABLE published."{name}" ALTER COLUMN "{c}" TYPE {t}')
    cols = ", ".join(f'"{c}"' for c in {**have, **types})
    con.execute(f'CREATE OR REPLACE VIEW main."{name}" AS SELECT {cols} FROM published."{name}"')


def _widen(con, name: str, column: str, have: str, new: str) -> bool:
    """Whether a stored column must change type to hold new rows: whole numbers joined by
    fractions (BIGINT -> DOUBLE), or a column that holds nothing yet (created from an empty
    frame). A VARCHAR-typed new column (empty, all missing) fits any existing type."""
    if new == "VARCHAR":
        return False
    if have == "BIGINT" and new == "DOUBLE":
        return True
    filled = con.execute(f'SELECT count("{column}") FROM published."{name}"').fetchone()[0]
    return filled == 0

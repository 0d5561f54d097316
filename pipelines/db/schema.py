"""DDL for the curated database, generated from catalogue/tables.yaml."""

from __future__ import annotations

from functools import lru_cache

from pipelines.catalogue import load_yaml

SCHEMA_VERSION = 1


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


def create_table_sql(table: str) -> str:
    cols = []
    for c in table_specs()[table]["columns"]:
        null = "" if c.get("nullable", True) else " NOT NULL"
        cols.append(f'    "{c["name"]}" {c["type"]}{null}')
    return f'CREATE TABLE IF NOT EXISTS "{table}" (\n' + ",\n".join(cols) + "\n)"


def ensure_schema(con) -> None:
    """Create missing tables and add missing columns (idempotent).

    The contract allows adding tables and columns, so a database written by an older duikou
    is upgraded in place: new columns are added as nullable. Renames and removals are never
    done here (they would break researchers' queries).
    """
    existing: dict[str, set[str]] = {}
    for t, c in con.execute("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'").fetchall():
        existing.setdefault(t, set()).add(c)
    for t, spec in table_specs().items():
        if t not in existing:
            con.execute(create_table_sql(t))
            continue
        for c in spec["columns"]:
            if c["name"] not in existing[t]:
                con.execute(f'ALTER TABLE "{t}" ADD COLUMN "{c["name"]}" {c["type"]}')
    con.execute("CREATE TABLE IF NOT EXISTS duikou_meta (key VARCHAR, value VARCHAR)")
    if not con.execute("SELECT 1 FROM duikou_meta WHERE key = 'schema_version'").fetchone():
        con.execute("INSERT INTO duikou_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

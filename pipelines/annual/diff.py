"""Row and value differences between a frozen year and the working database.

``table_changes``: per curated table, rows added, removed and changed by natural key
(pipelines/ingest/staged_tables.natural_key; the catalogue's key columns for a table no form
writes), each changed field old → new, with the submission that brought the change.
``frame_moves``: per published table, the values that move between two versions of it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass
from decimal import Decimal

import pandas as pd

from pipelines.db.schema import table_specs

PROVENANCE = ("submission_id", "source_row")


@dataclass(frozen=True)
class Change:
    table: str
    change: str                 # added, removed, changed
    key: str                    # natural key, "column=value; …"
    field: str | None           # the changed field (changed rows: one Change per field)
    old: str | None
    new: str | None
    submission_id: str | None   # the submission that brought it (removed: the one that replaced it, if known)
    file_name: str | None
    previous_file_name: str | None = None   # changed / removed: the file the frozen row came from


@dataclass(frozen=True)
class Move:
    table: str
    key: str
    column: str
    old: str | None
    new: str | None
    delta: float | None         # new - old when both are numbers
    basis: str                  # recomputed (the publishing step run on both) or stored (the stored tables compared)


def keys_of(table: str) -> list[str]:
    from pipelines.ingest.form_catalogue import forms
    from pipelines.ingest.staged_tables import natural_key

    if table in forms():
        return natural_key(table)
    return [c["name"] for c in table_specs()[table]["columns"] if c.get("key")] or [
        c["name"] for c in table_specs()[table]["columns"] if c["name"] not in PROVENANCE]


def text(v) -> str | None:
    """A value as the amendment list shows it (dates ISO, decimals without trailing noise)."""
    if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, Decimal):
        return format(v.normalize(), "f")
    return str(v)


def table_changes(con, table: str, old_sql: str, new_sql: str, files: dict[str, tuple[str, str | None]]) -> list[Change]:
    """Changes from the rows of ``old_sql`` to those of ``new_sql`` (both queries over ``con``
    with the table's columns). ``files``: submission_id -> (file name, superseded_by)."""
    keys = keys_of(table)
    cols = [c["name"] for c in table_specs()[table]["columns"]]
    fields = [c for c in cols if c not in keys and c not in PROVENANCE]
    prov = [c for c in PROVENANCE if c in cols]
    sel = ", ".join(f'"{c}"' for c in [*keys, *fields, *prov])
    # a key seen twice (not expected) still pairs one to one: numbered within the key
    order = prov or fields or keys
    num = (f"row_number() OVER (PARTITION BY {', '.join(repr_col(k) for k in keys)} ORDER BY "
           + ", ".join(repr_col(c) for c in order) + ") AS _n")
    on = " AND ".join([f'o."{k}" IS NOT DISTINCT FROM n."{k}"' for k in keys] + ["o._n = n._n"])
    differ = " OR ".join(f'o."{f}" IS DISTINCT FROM n."{f}"' for f in fields) or "FALSE"
    rows = con.execute(f"""
        WITH o AS (SELECT {sel}, {num} FROM ({old_sql})), n AS (SELECT {sel}, {num} FROM ({new_sql}))
        SELECT o._n IS NULL AS added, n._n IS NULL AS removed,
               {', '.join(f'o."{c}"' for c in [*keys, *fields, *prov])},
               {', '.join(f'n."{c}"' for c in [*keys, *fields, *prov])}
        FROM o FULL OUTER JOIN n ON {on}
        WHERE o._n IS NULL OR n._n IS NULL OR {differ}
        ORDER BY ALL""").fetchall()
    width = len(keys) + len(fields) + len(prov)
    out = []
    for r in rows:
        added, removed = r[0], r[1]
        o = dict(zip([*keys, *fields, *prov], r[2:2 + width]))
        n = dict(zip([*keys, *fields, *prov], r[2 + width:]))
        cur = o if removed else n
        key = "; ".join(f"{k}={text(cur[k])}" for k in keys)
        old_sid, new_sid = o.get("submission_id"), n.get("submission_id")
        old_file = files.get(old_sid, (None, None))[0] if old_sid else None
        if added:
            out.append(Change(table, "added", key, None, None, None, new_sid, files.get(new_sid, (None, None))[0]))
        elif removed:
            by = _last_superseder(files, old_sid)
            out.append(Change(table, "removed", key, None, None, None, by, files.get(by, (None, None))[0] if by else None, old_file))
        else:
            for f in fields:
                if text(o[f]) != text(n[f]):
                    out.append(Change(table, "changed", key, f, text(o[f]), text(n[f]), new_sid,
                                      files.get(new_sid, (None, None))[0], old_file))
    return out


def _last_superseder(files: dict[str, tuple[str, str | None]], sid: str | None) -> str | None:
    """The submission that finally replaced ``sid`` (the end of its superseded_by chain): the
    one whose full list no longer has the row. None when ``sid`` was never superseded."""
    seen, by = set(), None
    while sid and sid not in seen:
        seen.add(sid)
        nxt = files.get(sid, (None, None))[1]
        if not nxt:
            break
        by = sid = nxt
    return by


def repr_col(c: str) -> str:
    return f'"{c}"'


# ---------------------------------------------------------------------- published tables
# identifier columns of a published table: a row is matched on these; every other column is a value
_ID_NAMES = {"year", "month", "period", "activity_type", "region", "profile", "level", "indicator", "indicator_id",
             "metric", "rule_id", "table_name", "lang", "event_time", "cohort", "group", "estimand", "aggregation"}


def id_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns if c in _ID_NAMES or c.endswith(("_id", "_ids", "_code"))]


def frame_moves(name: str, old: pd.DataFrame, new: pd.DataFrame, basis: str) -> list[Move]:
    """Values of one published table that differ between two versions, matched on its identifier
    columns (rows only in one version: every value moves from or to nothing)."""
    ids = [c for c in id_columns(new if not new.empty else old) if c in old.columns and c in new.columns]
    values = [c for c in dict.fromkeys([*old.columns, *new.columns]) if c not in ids]
    o = old.astype(object).where(old.notna(), None) if not old.empty else pd.DataFrame(columns=old.columns)
    n = new.astype(object).where(new.notna(), None) if not new.empty else pd.DataFrame(columns=new.columns)
    if not ids:  # nothing to match rows on: the table as a whole, row by row in order
        o, n = o.reset_index().rename(columns={"index": "_row"}), n.reset_index().rename(columns={"index": "_row"})
        ids = ["_row"]
    omap = {tuple(text(r[c]) for c in ids): r for r in o.to_dict("records")}
    nmap = {tuple(text(r[c]) for c in ids): r for r in n.to_dict("records")}
    out = []
    for k in sorted(set(omap) | set(nmap), key=lambda t: tuple("" if x is None else x for x in t)):
        a, b = omap.get(k, {}), nmap.get(k, {})
        key = "; ".join(f"{c}={v}" for c, v in zip(ids, k))
        for c in values:
            va, vb = text(a.get(c)), text(b.get(c))
            if va == vb:
                continue
            out.append(Move(name, key, c, va, vb, _delta(a.get(c), b.get(c)), basis))
    return out


def _delta(a, b) -> float | None:
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return None
    if math.isnan(x) or math.isnan(y) or isinstance(a, bool) or isinstance(b, bool):
        return None
    return round(y - x, 10)


def records(items) -> list[dict]:
    return [asdict(i) for i in items]

"""``amendments``: what the working database changes in a frozen year since its latest snapshot.

Curated rows of the year (scope.YEAR_ROWS) are compared by natural key: added, removed,
changed (each field old → new), with the submission (file) that brought the change. The
published values that would move: the publishing step (pipelines.published.context:
``published_tables`` of a PublishContext) is run on the snapshot and on the working database,
each in memory (nothing is written), and the tables compared; the tables stored in schema
``published`` are compared as stored as well (they move only when the publishing step is run
again on the working database, which the result says).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.annual.diff import Change, Move, frame_moves, records, table_changes
from pipelines.annual.scope import published_root, year_condition
from pipelines.annual.snapshot import open_snapshot, resolve, verify


@dataclass
class Amendments:
    year: int
    version: int
    profile: str
    changes: list[Change] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def df(self) -> pd.DataFrame:
        """One row per added or removed row and per changed field."""
        cols = list(Change.__dataclass_fields__)
        return pd.DataFrame(records(self.changes), columns=cols)

    def moves_df(self) -> pd.DataFrame:
        return pd.DataFrame(records(self.moves), columns=list(Move.__dataclass_fields__))

    def summary(self) -> dict:
        by: dict[str, dict[str, int]] = {}
        seen = set()
        for c in self.changes:
            ident = (c.table, c.change, c.key)
            if ident in seen:
                continue
            seen.add(ident)
            by.setdefault(c.table, {"added": 0, "removed": 0, "changed": 0})[c.change] += 1
        return {"year": self.year, "version": f"v{self.version}", "profile": self.profile, "tables": by,
                "changes": records(self.changes), "published_moves": records(self.moves), "notes": self.notes}


def submission_files(con) -> dict[str, tuple[str, str | None]]:
    return {s: (f, by) for s, f, by in con.execute("SELECT submission_id, file_name, superseded_by FROM submissions").fetchall()}


def row_changes(con, manifest: dict, vdir: Path, year: int) -> list[Change]:
    """Curated tables: the working database's rows of the year against the snapshot's."""
    files = submission_files(con)
    out: list[Change] = []
    for rel, meta in sorted(manifest["files"].items()):
        if meta.get("role") != "curated":
            continue
        t = meta["table"]
        old = f"SELECT * FROM read_parquet('{str(vdir / rel).replace(chr(39), chr(39) * 2)}')"
        new = f'SELECT * FROM main."{t}" WHERE {year_condition(t, year)}'
        out += table_changes(con, t, old, new, files)
    return out


def published_values(con, year: int, profile: str) -> dict[str, pd.DataFrame]:
    """The publishing step's tables for the year and profile, computed on ``con`` (in memory)."""
    from pipelines.published.context import PublishContext, published_tables

    return published_tables(PublishContext(con, year, profile))


def stored_published(con, year: int, profile: str | None) -> dict[str, pd.DataFrame]:
    """Every table in schema ``published`` (its rows of the year and profile where it has them)."""
    names = [t for (t,) in con.execute("""SELECT table_name FROM information_schema.tables
                                          WHERE table_schema = 'published' AND table_catalog = current_database()
                                          ORDER BY 1""").fetchall()]
    out = {}
    for t in names:
        cols = {c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'published' "
                                          "AND table_name = ? AND table_catalog = current_database()", [t]).fetchall()}
        where, args = [], []
        if "year" in cols:
            where.append("year = ?")
            args.append(int(year))
        if "profile" in cols and profile:
            where.append("profile = ?")
            args.append(profile)
        out[t] = con.execute(f'SELECT * FROM published."{t}"' + (" WHERE " + " AND ".join(where) if where else ""), args).df()
    return out


def published_moves(old_con, new_con, year: int, profile: str) -> tuple[list[Move], list[str]]:
    notes = []
    old, new = published_values(old_con, year, profile), published_values(new_con, year, profile)
    moves = [m for name in sorted(set(old) | set(new))
             for m in frame_moves(name, old.get(name, pd.DataFrame()), new.get(name, pd.DataFrame()), "recomputed")]
    s_old, s_new = stored_published(old_con, year, profile), stored_published(new_con, year, profile)
    if s_old or s_new:
        stored = [m for name in sorted(set(s_old) | set(s_new))
                  for m in frame_moves(name, s_old.get(name, pd.DataFrame()), s_new.get(name, pd.DataFrame()), "stored")]
        moves += stored
        notes.append("schema published 中的存储表按存储值比较；重新发布后才会反映工作库的改动 / the tables stored in schema "
                     "published are compared as stored: they reflect the working database's changes only once published again")
    return moves, notes


def amendments(db, year: int, root: str | Path | None = None, profile: str | None = None,
               values: bool = True) -> Amendments:
    """Changes of the working database ``db`` to ``year`` since the year's latest snapshot
    (profile: the snapshot's unless given). ``values``: also the published values that move."""
    from pipelines.db.connection import connect

    root = Path(root) if root else published_root(db)
    vdir = resolve(year, None, root)
    manifest = verify(vdir)
    profile = profile or manifest.get("profile")
    result = Amendments(int(year), int(manifest["version"]), profile)
    con = connect(db, read_only=True)
    try:
        result.changes = row_changes(con, manifest, vdir, year)
        if values:
            old_con = open_snapshot(year, manifest["version"], root)
            try:
                result.moves, result.notes = published_moves(old_con, con, year, profile)
            finally:
                old_con.close()
    finally:
        con.close()
    return result

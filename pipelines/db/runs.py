"""The runs table: every ingest, validate, report, freeze and records run, in order.

``start_run`` records a run as ``running`` with the next ``seq`` (a DuckDB sequence, so two
runs in the same second are still ordered); ``finish_run`` sets its end and status. The latest
run of a kind is the highest ``seq`` — never ``max(run_id)`` over timestamp strings.

Validation reads its own run id through ``latest_run(con, "validate", profile)``; the report
names it in its manifest and compares its start with ``last_ingest_at``.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass

from pipelines.db.schema import RUNS_SEQUENCE, qualified

RUNS = qualified("runs")
KINDS = ("ingest", "validate", "report", "freeze", "records")
_PREFIX = {"ingest": "I", "validate": "V", "report": "P", "freeze": "F", "records": "D"}


@dataclass(frozen=True)
class Run:
    run_id: str
    kind: str
    profile: str | None
    started_at: dt.datetime
    finished_at: dt.datetime | None
    seq: int
    status: str


def new_run_id(kind: str, now: dt.datetime | None = None) -> str:
    """``V20241231-235959-a1b2c3``: readable, unique; never used to order runs (``seq`` does)."""
    now = now or dt.datetime.now()
    return now.strftime(f"{_PREFIX[kind]}%Y%m%d-%H%M%S-") + secrets.token_hex(3)


def start_run(con, kind: str, profile: str | None = None, config: dict | None = None, run_id: str | None = None,
              started_at: dt.datetime | None = None) -> str:
    """Record a run as started (its own statement: committed at once unless the caller holds a
    transaction) and return its id."""
    if kind not in KINDS:
        raise ValueError(f"unknown run kind {kind!r} (one of {', '.join(KINDS)})")
    started_at = started_at or dt.datetime.now()
    run_id = run_id or new_run_id(kind, started_at)
    con.execute(f"""INSERT INTO {RUNS} (run_id, kind, profile, config, started_at, finished_at, seq, status)
                    VALUES (?, ?, ?, ?, ?, NULL, nextval('{RUNS_SEQUENCE}'), 'running')""",
                [run_id, kind, profile, json.dumps(config or {}, ensure_ascii=False, default=str), started_at])
    return run_id


def finish_run(con, run_id: str, status: str = "ok", finished_at: dt.datetime | None = None) -> None:
    if status not in ("ok", "failed"):
        raise ValueError(f"unknown run status {status!r} (ok or failed)")
    con.execute(f"UPDATE {RUNS} SET finished_at = ?, status = ? WHERE run_id = ?",
                [finished_at or dt.datetime.now(), status, run_id])


def record_run(con, kind: str, profile: str | None, config: dict | None, started_at: dt.datetime,
               status: str = "ok", run_id: str | None = None) -> str:
    """A run recorded once it is over (a report: it reads the database read-only meanwhile)."""
    run_id = start_run(con, kind, profile, config, run_id=run_id, started_at=started_at)
    finish_run(con, run_id, status)
    return run_id


def _has_runs(con) -> bool:
    return bool(con.execute("""SELECT count(*) FROM information_schema.tables
                               WHERE table_name = 'runs' AND table_catalog = current_database()""").fetchone()[0])


def latest_run(con, kind: str = "validate", profile: str | None = None) -> Run | None:
    """The latest finished (``ok``) run of a kind, for a profile when given; None if none ran.

    A database not yet upgraded (opened read-only, written before the runs table) has none.
    """
    if not _has_runs(con):
        return None
    sql = f"SELECT run_id, kind, profile, started_at, finished_at, seq, status FROM {RUNS} WHERE kind = ? AND status = 'ok'"
    args: list = [kind]
    if profile is not None:
        sql += " AND profile = ?"
        args.append(profile)
    row = con.execute(sql + " ORDER BY seq DESC LIMIT 1", args).fetchone()
    return Run(*row) if row else None


def latest_run_id(con, kind: str = "validate", profile: str | None = None) -> str | None:
    run = latest_run(con, kind, profile)
    return run.run_id if run else None


def last_ingest_at(con) -> dt.datetime | None:
    """When the data last changed: the latest of a recorded ingest run's end, the ingest log
    (ingest_runs) and the newest submission (a database written before runs were recorded)."""
    times = []
    if _has_runs(con):
        times.append(con.execute(f"SELECT max(coalesce(finished_at, started_at)) FROM {RUNS} WHERE kind IN ('ingest', 'records')").fetchone()[0])
    times.append(con.execute("SELECT max(coalesce(finished_at, started_at)) FROM ingest_runs").fetchone()[0])
    times.append(con.execute("SELECT max(ingested_at) FROM submissions").fetchone()[0])
    times = [t for t in times if t is not None]
    return max(times) if times else None


def validation_is_stale(con, profile: str) -> tuple[Run | None, dt.datetime | None, bool]:
    """(the profile's latest validation run, the last ingest, whether the data changed after
    that run started): a report built on it then shows findings of older data."""
    run, ingested = latest_run(con, "validate", profile), last_ingest_at(con)
    return run, ingested, bool(run and ingested and run.started_at < ingested)

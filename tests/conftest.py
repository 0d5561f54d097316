"""Shared fixtures: a synthetic truth, its spreadsheets and the database ingested from them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def _isolated_env(tmp_path_factory):
    """Tests never touch the user's key file or default database."""
    key_dir = tmp_path_factory.mktemp("key")
    os.environ["DUIKOU_KEY_FILE"] = str(key_dir / "person_id.key")
    os.environ.pop("DUIKOU_PERSON_KEY", None)
    os.environ.pop("DUIKOU_DB", None)
    os.environ["GX_ANALYTICS_ENABLED"] = "false"
    yield


@pytest.fixture(scope="session")
def demo_truth():
    from pipelines.synthetic.generate import generate

    return generate()


@pytest.fixture(scope="session")
def demo_files(demo_truth, tmp_path_factory) -> Path:
    from pipelines.synthetic.render_standard import write_standard

    raw = tmp_path_factory.mktemp("raw")
    write_standard(demo_truth, raw)
    return raw


@pytest.fixture(scope="session")
def demo_db(demo_files, tmp_path_factory) -> Path:
    from pipelines.ingest.run import ingest

    db = tmp_path_factory.mktemp("db") / "demo.duckdb"
    rep = ingest([str(demo_files)], db, show_progress=False)
    assert not rep.failed, [f.error for f in rep.failed]
    return db


@pytest.fixture(scope="session")
def validated_db(demo_db, tmp_path_factory) -> Path:
    """The demo database after national-2009 and guangxi-2022 validation runs."""
    from pipelines.validation.run import validate

    out = tmp_path_factory.mktemp("reports")
    for profile in ("national-2009", "guangxi-2022", "bozhou-2016"):
        validate(demo_db, profile=profile, out_dir=out, quiet=True)
    return demo_db


def query(db: Path, sql: str, params=None):
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()

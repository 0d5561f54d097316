"""The GX suites give the same results in a child process (the `duikou validate` command,
where GX's import is hidden behind the views and the data quality review) as in this one."""

import shutil

import pytest

from conftest import query
from pipelines.validation.run import validate

pytestmark = pytest.mark.slow

RESULTS = """SELECT rule_id, hospital_id, period, success, observed, expected, entity_ids
             FROM validation_results WHERE run_id = (SELECT max(run_id) FROM validation_results)
             ORDER BY ALL"""


def test_suites_in_a_child_process_give_the_same_results(demo_db, tmp_path):
    rows = {}
    for in_child in (True, False):
        db = tmp_path / f"child-{in_child}.duckdb"
        shutil.copy(demo_db, db)
        out = tmp_path / f"out-{in_child}"
        run = validate(db, profile="guangxi-2022", out_dir=out, quiet=True, gx_in_child=in_child)
        rows[in_child] = query(db, RESULTS)
        assert run.data_docs is not None and run.data_docs.is_file()  # the child builds the Data Docs too
        assert run.results["success"].eq(False).any()  # the demo plants violations: a real comparison
    assert rows[True] == rows[False] and len(rows[True]) > 100


def test_the_child_is_used_and_ended(demo_db, tmp_path):
    import duckdb
    import psutil

    from pipelines.validation.gx_process import GxJob, run_suites
    from pipelines.validation.gx_runner import GxRunner
    from pipelines.validation.profiles import load_profile
    from pipelines.validation.run import _view_columns
    from pipelines.validation.suites import stored_suites
    from pipelines.validation.views import create_views

    prof = load_profile("national-2009")
    suites, _ = stored_suites(prof)
    con = duckdb.connect(str(tmp_path / "v.duckdb"))
    con.execute(f"ATTACH '{demo_db}' AS src (READ_ONLY)")
    con.execute("COPY FROM DATABASE src TO v")
    con.execute("DETACH src")
    create_views(con, prof, names=sorted(set(suites) | {"v_pairing"}))
    frames = {v: con.execute(f"SELECT {_view_columns(con, v, prof, suites[v])} FROM {v}").df() for v in sorted(suites)}
    con.close()

    job = GxJob(None, prof.name, in_child=True)
    outcomes, raws, counts, docs = job.run(suites, frames, build_docs=False)
    assert job.ran_in_child
    here = run_suites(GxRunner(None), suites, frames, False)
    key = lambda o: (o.view, o.rule_id, o.expectation_type, str(o.kwargs), o.success, sorted(o.failing_ids))  # noqa: E731
    assert sorted(map(key, outcomes)) == sorted(map(key, here[0])) and counts == here[2] and docs is None
    psutil.wait_procs([p for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())], timeout=30)
    assert not [p for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())]

    # an error before the suites run: the child (still importing GX) is killed, not left behind
    job = GxJob(None, prof.name, in_child=True)
    job.close()
    gone, alive = psutil.wait_procs([p for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())], timeout=3)
    assert not alive

"""The GX suites give the same results in a child process (`duikou validate`, where GX's
import is hidden behind the views and the data quality review) as in this one, and the
child never outlives its parent."""

import multiprocessing as mp
import os
import shutil
import signal
import subprocess
import sys
import textwrap

import psutil
import pytest

from conftest import query
from pipelines.validation.gx_process import GxJob, _sendable, run_suites
from pipelines.validation.run import validate

pytestmark = pytest.mark.slow

RESULTS = """SELECT rule_id, hospital_id, period, success, observed, expected, entity_ids
             FROM validation_results WHERE run_id = (SELECT run_id FROM runs WHERE kind = 'validate' AND status = 'ok' ORDER BY seq DESC LIMIT 1)
             ORDER BY ALL"""


def _children() -> list:
    """This process's live spawned children (a zombie has ended: it only awaits reaping)."""
    out = []
    for p in psutil.Process().children():
        try:
            if p.status() != psutil.STATUS_ZOMBIE and "spawn_main" in " ".join(p.cmdline()):
                out.append(p)
        except psutil.Error:  # gone, or a zombie, meanwhile
            pass
    return out


def test_suites_in_a_child_process_give_the_same_results(demo_db, tmp_path):
    rows = {}
    for in_child in (True, False):
        db = tmp_path / f"child-{in_child}.duckdb"
        shutil.copy(demo_db, db)
        out = tmp_path / f"out-{in_child}"
        run = validate(db, profile="guangxi-2022", out_dir=out, quiet=True, gx_in_child=in_child)
        assert run.gx_in_child is in_child
        rows[in_child] = query(db, RESULTS)
        assert run.data_docs is not None and run.data_docs.is_file()  # built in the child too, after the commit
        assert run.results["success"].eq(False).any()  # the demo plants violations: a real comparison
    assert rows[True] == rows[False] and len(rows[True]) > 100
    psutil.wait_procs(_children(), timeout=30)
    assert not _children()  # the child ended with the run


def _frames(demo_db, tmp_path):
    import duckdb

    from pipelines.programme.profiles import load_profile
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
    return prof, suites, frames


def test_the_child_is_used_and_ended(demo_db, tmp_path):
    from pipelines.validation.gx_runner import GxRunner

    prof, suites, frames = _frames(demo_db, tmp_path)
    job = GxJob(None, prof.name, in_child=True)
    outcomes, raws, counts = job.run(suites, frames)
    assert job.ran_in_child and job.build_data_docs() is None  # no docs folder asked for
    job.close()
    here = run_suites(GxRunner(None), suites, frames)
    key = lambda o: (o.view, o.rule_id, o.expectation_type, str(o.kwargs), o.success, sorted(o.failing_ids))  # noqa: E731
    assert sorted(map(key, outcomes)) == sorted(map(key, here[0])) and counts == here[2]
    psutil.wait_procs(_children(), timeout=30)
    assert not _children()

    # an error before the suites run: the child, still importing GX (seconds), is killed at once
    job = GxJob(None, prof.name, in_child=True)
    job.close()
    _, alive = psutil.wait_procs(_children(), timeout=1)
    assert not alive


def test_the_child_exits_when_its_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import sys, time
        from pipelines.validation.gx_process import GxJob
        if __name__ == "__main__":
            job = GxJob(None, "national-2009", in_child=True)
            job._busy.result()  # the child is up and idle, waiting for work
            print(*job.child_pids, flush=True)
            time.sleep(120)
    """), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        child = psutil.Process(int(parent.stdout.readline()))
        os.kill(parent.pid, signal.SIGKILL)  # no finally, no atexit: only the child's own watch ends it
        parent.wait(timeout=10)
        child.wait(timeout=10)  # raises psutil.TimeoutExpired if it lives on
    finally:
        parent.kill()


def test_no_child_where_none_can_start(monkeypatch):
    monkeypatch.setattr(mp.current_process(), "daemon", True)  # a Pool worker may not have children
    job = GxJob(None, "national-2009", in_child=True)
    assert job._pool is None


class _Unpicklable(Exception):
    def __init__(self, code, detail):  # rebuilt from args alone, it fails: as some GX errors do
        super().__init__(f"{code}: {detail}")


def test_errors_that_cannot_cross_to_the_parent_become_runtime_errors():
    plain = ValueError("bad suite")
    assert _sendable(plain) is plain
    sent = _sendable(_Unpicklable("E1", "metric failed"))
    assert type(sent) is RuntimeError and "_Unpicklable" in str(sent) and "metric failed" in str(sent)


def test_data_docs_still_rendered_if_the_child_dies_after_the_suites(demo_db, tmp_path, capsys):
    prof, suites, frames = _frames(demo_db, tmp_path)
    job = GxJob(tmp_path / "docs", prof.name, in_child=True)
    try:
        job.run(suites, frames)
        assert job.ran_in_child
        for pid in job.child_pids:
            child = psutil.Process(pid)
            child.kill()
            child.wait(10)
        index = job.build_data_docs()
    finally:
        job.close()
    assert index is not None and index.is_file() and "the GX child process died" in capsys.readouterr().err
    assert list((index.parent / "validations").rglob("*.html"))  # the child's stored results are in it

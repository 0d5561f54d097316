"""Run the GX suites in a child process, started first, so that importing Great Expectations
(~4-5 s of pure Python: its expectation classes, pydantic models, scipy) runs on the second
core while this process creates the views, fetches them and runs the data quality review.

A thread does not help: that import and the review are both Python holding the GIL
(measured: no gain, the review took twice as long). Used when GX is not imported here yet
(the `duikou validate` command, a fresh process). Where it is (a notebook or a test session
that validated before), or where no child process can start, or the child dies, the suites
run in this process: the results are the same either way.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

_runner = None  # the child's GxRunner


def run_suites(runner, suites: dict[str, dict], frames: dict, build_docs: bool) -> tuple[list, dict, dict[str, int], Path | None]:
    """Every view's suite: (outcomes, GX's result JSON per view, expectations per view, the
    Data Docs index if built)."""
    outcomes, raws, counts = [], {}, {}
    for view in sorted(suites):
        outs, raw = runner.run(view, frames[view], suites[view])
        outcomes += outs
        raws[view] = raw
        counts[view] = len(outs)
    docs = runner.build_data_docs() if build_docs else None
    return outcomes, raws, counts, docs


def _setup(docs_root: Path | None, profile: str) -> bool:
    global _runner
    from pipelines.validation.gx_runner import GxRunner

    _runner = GxRunner(docs_root)
    _runner.forget_results(profile)
    return True


def _run(suites: dict[str, dict], frames: dict, build_docs: bool):
    return run_suites(_runner, suites, frames, build_docs)


def _child_can_start() -> bool:
    """A spawned child re-imports the caller's main module when it names a file: code piped to
    ``python -`` has none to import (the same test as ingestion's reader processes)."""
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.isfile(main_file)


class GxJob:
    """``GxJob(docs_root, profile)`` starts the child (if it pays); ``run(...)`` hands it the
    fetched views and returns what :func:`run_suites` returns; ``close()`` ends it."""

    def __init__(self, docs_root: Path | None, profile: str, in_child: bool | None = None):
        self.docs_root, self.profile = docs_root, profile
        if in_child is None:
            in_child = "great_expectations" not in sys.modules and _child_can_start()
        self._pool: ProcessPoolExecutor | None = None
        self._setup = self._running = None
        self.ran_in_child = False
        if in_child:
            try:
                self._pool = ProcessPoolExecutor(1, mp_context=mp.get_context("spawn"))
                self._setup = self._pool.submit(_setup, docs_root, profile)
            except (OSError, RuntimeError):  # cannot start a process here: run in this one
                self.close()

    def run(self, suites: dict[str, dict], frames: dict, build_docs: bool):
        if self._pool is not None:
            try:
                from pipelines.validation.gx_runner import suite_columns

                # only the columns the suites read travel to the child (~100 MB of views nationally)
                sent = {v: df[suite_columns(suites[v], df.columns)] for v, df in frames.items() if v in suites}
                self._setup.result()
                self._running = self._pool.submit(_run, suites, sent, build_docs)
                out = self._running.result()
                self.ran_in_child = True
                return out
            except BrokenProcessPool:  # the child could not start or died: run here instead
                pass
            finally:
                self.close()
        from pipelines.validation.gx_runner import GxRunner

        runner = GxRunner(self.docs_root)
        runner.forget_results(self.profile)
        return run_suites(runner, suites, frames, build_docs)

    def close(self) -> None:
        """End the child; one still importing or running (an error elsewhere) is killed."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        busy = any(f is not None and not f.done() for f in (self._setup, self._running))
        if busy:
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.kill()
        # not waiting: an idle child exits by itself (tearing down GX takes it ~1 s) while
        # this process goes on; the pool's own thread reaps it
        pool.shutdown(wait=False, cancel_futures=True)

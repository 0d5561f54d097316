"""Run the GX suites in a child process, started first, so that importing Great Expectations
(~4-5 s of pure Python: its expectation classes, pydantic models, scipy) runs on the second
core while this process creates the views, fetches them and runs the data quality review.

A thread does not help: that import and the review are both Python holding the GIL
(measured: no gain, the review took twice as long).

Only the ``duikou validate`` and ``duikou demo`` commands ask for the child (a fresh process
that would otherwise import GX itself). Called as a library (a notebook, a script, the tests)
validation runs in the calling process: GX is imported once there and reused by later
calls, and a script without an ``if __name__ == "__main__"`` guard is not re-run by a
spawned child. Where no child can start (code piped to ``python -``, a daemonic process),
or the child dies, the suites run in this process too: the results are the same either way.

The child ends with its parent: it ignores Ctrl-C (the parent ends it) and exits by itself
if the parent is killed outright, so a killed ``duikou validate`` leaves nothing behind.
"""

from __future__ import annotations

import functools
import multiprocessing as mp
import os
import pickle
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pipelines.child_processes import children, kill_children_since

_runner = None  # the child's GxRunner


def run_suites(runner, suites: dict[str, dict], frames: dict) -> tuple[list, dict, dict[str, int]]:
    """Every view's suite: (outcomes, GX's result JSON per view, expectations per view)."""
    outcomes, raws, counts = [], {}, {}
    for view in sorted(suites):
        outs, raw = runner.run(view, frames[view], suites[view])
        outcomes += outs
        raws[view] = raw
        counts[view] = len(outs)
    return outcomes, raws, counts


# ------------------------------------------------------------------------- in the child
def _child_init(parent: int) -> None:
    from pipelines.child_processes import exit_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent ends this process
    exit_with_parent(parent)


def _sendable(exc: BaseException) -> BaseException:
    """The exception itself if it survives the trip to the parent, else a RuntimeError with
    its type and message (a GX exception that cannot be rebuilt there would otherwise look
    like a dead child, and the suites would silently run a second time)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _sends_errors(fn):
    """A task for the child whose errors reach the parent (see _sendable)."""
    @functools.wraps(fn)
    def task(*args):
        try:
            return fn(*args)
        except Exception as exc:
            raise _sendable(exc) from None
    return task


@_sends_errors
def _setup(docs_root: Path | None, profile: str) -> bool:
    global _runner
    from pipelines.validation.gx_runner import GxRunner

    _runner = GxRunner(docs_root)
    _runner.forget_results(profile)
    return True


@_sends_errors
def _run(suites: dict[str, dict], frames: dict):
    return run_suites(_runner, suites, frames)


@_sends_errors
def _docs():
    return _runner.build_data_docs()


# ------------------------------------------------------------------------ in the parent
def _child_can_start() -> bool:
    """Not from code piped to ``python -`` (no main module to re-import), nor from a daemonic
    process (it may not have children)."""
    from pipelines.child_processes import main_module_importable

    return not mp.current_process().daemon and main_module_importable()


class GxJob:
    """``GxJob(docs_root, profile, in_child)`` starts the child (if asked and possible);
    ``run(...)`` hands it the fetched views and returns what :func:`run_suites` returns;
    ``build_data_docs()`` renders the Data Docs once the results are stored; ``close()``
    ends the child."""

    def __init__(self, docs_root: Path | None, profile: str, in_child: bool = False):
        self.docs_root, self.profile = docs_root, profile
        self._pool: ProcessPoolExecutor | None = None
        self._busy = None  # the child's current task
        self._local = None  # a GxRunner in this process, when the suites ran here
        self.ran_in_child = False
        self._before = children()  # the processes this one had before the child
        if in_child and _child_can_start():
            try:
                self._pool = ProcessPoolExecutor(1, mp_context=mp.get_context("spawn"), initializer=_child_init,
                                                 initargs=(os.getpid(),))
                self._busy = self._pool.submit(_setup, docs_root, profile)
            except (OSError, RuntimeError):  # cannot start a process here: run in this one
                self.close()

    @property
    def child_pids(self) -> set[int]:
        """The child's process id (empty when the suites run in this process)."""
        return children() - self._before if self._pool is not None else set()

    def _ask(self, fn, *args):
        self._busy = self._pool.submit(fn, *args)
        out = self._busy.result()
        self._busy = None
        return out

    def run(self, suites: dict[str, dict], frames: dict):
        if self._pool is not None:
            try:
                from pipelines.validation.gx_runner import suite_columns

                # only the columns the suites read travel to the child (~100 MB of views nationally)
                sent = {v: df[suite_columns(suites[v], df.columns)] for v, df in frames.items() if v in suites}
                self._busy.result()  # set up
                out = self._ask(_run, suites, sent)
                self.ran_in_child = True
                return out
            except BrokenProcessPool:  # the child died: run here instead
                print("duikou: GX 子进程意外退出，改为在本进程中核查 / the GX child process died; running the suites in this process",
                      file=sys.stderr)
                self.close()
        from pipelines.validation.gx_runner import GxRunner

        self._local = GxRunner(self.docs_root)
        self._local.forget_results(self.profile)
        return run_suites(self._local, suites, frames)

    def build_data_docs(self) -> Path | None:
        """Render the Data Docs site (the runner's, wherever the suites ran); its index.html,
        or None without a docs folder."""
        if self.ran_in_child and self._pool is not None:
            try:
                return self._ask(_docs)
            except BrokenProcessPool:  # the child died: its results are stored in the docs folder
                print("duikou: GX 子进程意外退出，改为在本进程中生成 Data Docs / the GX child process died; rendering the Data Docs in this process",
                      file=sys.stderr)
                self.close()
                from pipelines.validation.gx_runner import GxRunner

                self._local = GxRunner(self.docs_root)
        return self._local.build_data_docs() if self._local is not None else None

    def close(self) -> None:
        """End the child; one still importing or running (an error elsewhere) is killed."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if self._busy is not None and not self._busy.done():
            kill_children_since(self._before)
        # not waiting: an idle child exits by itself (tearing down GX takes it ~1 s) while
        # this process goes on; the pool's own thread reaps it
        pool.shutdown(wait=False, cancel_futures=True)

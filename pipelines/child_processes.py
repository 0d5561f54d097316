"""What ingestion's reader processes and validation's GX child share: whether a spawned
process can start here, and ending it with the process that started it.

A ProcessPoolExecutor worker waits on a pipe whose ends it holds itself, so when its parent
is killed outright (SIGKILL, the OOM killer: no ``finally``, no atexit) it never sees the
pipe close and would wait forever, orphaned, holding its memory. Each worker therefore asks
to die with its parent.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def main_module_importable() -> bool:
    """Will a spawned process start? It re-imports the caller's main module when that names a
    file, so it cannot when the file does not exist (code piped to ``python -``); it can when
    the file exists (the duikou command, a script, pytest) or there is none (``python -c``, a
    notebook kernel)."""
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    return main_file is None or os.path.isfile(main_file)


def exit_with_parent(parent_pid: int) -> None:
    """End this process when ``parent_pid`` (the process that spawned it, from the thread that
    spawned it) is gone.

    On Linux the kernel does it (prctl PR_SET_PDEATHSIG): no thread, which matters because
    ingestion's readers run under a cap on their address space (DUIKOU_WORKER_MEMORY_MB) and a
    thread costs glibc a 64 MB malloc arena of it. Elsewhere a daemon thread polls the parent."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent_pid:  # it died before we asked
                    os._exit(1)
                return
        except (OSError, AttributeError):  # no libc to ask: poll instead
            pass

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="duikou-parent-watch", daemon=True).start()


def children() -> set[int]:
    """The process ids of this process's live multiprocessing children."""
    return {p.pid for p in mp.active_children()}


def kill_children_since(before: set[int]) -> None:
    """Kill the children started since ``before`` was taken (a hung or crashed pool's workers).
    ProcessPoolExecutor has no public way to kill its workers before Python 3.14
    (``kill_workers``); ``multiprocessing.active_children`` is public and lists them."""
    for proc in mp.active_children():
        if proc.pid not in before:
            proc.kill()

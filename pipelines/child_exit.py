"""Worker processes end with the process that started them.

A ProcessPoolExecutor worker waits on a pipe whose ends it holds itself, so when its parent
is killed outright (SIGKILL, the OOM killer: no ``finally``, no atexit) it never sees the
pipe close and would wait forever, orphaned, holding its memory. Each worker therefore
watches its parent and exits when it is gone. Used by ingestion's reader processes and by
validation's GX child.
"""

from __future__ import annotations

import os
import threading
import time


def exit_with_parent(parent_pid: int, every: float = 0.5) -> None:
    """Start a daemon thread that ends this process once ``parent_pid`` is no longer its
    parent (it was re-parented: the parent died)."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="duikou-parent-watch", daemon=True).start()

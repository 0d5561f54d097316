"""Ingestion's reader processes end when the ingest that started them is killed outright
(pipelines/child_processes.py)."""

import os
import signal
import subprocess
import sys
import textwrap

import psutil


def test_readers_exit_when_the_ingest_is_killed(tmp_path):
    for i in range(4):
        (tmp_path / f"f{i}.csv").write_text("序号,姓名\n1,甲\n", encoding="utf-8")
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(f"""
        import time, psutil
        from pipelines.ingest.run import parse_all
        def progress(n):  # called in the main process while the readers are alive: stop here
            kids = [p.pid for p in psutil.Process().children() if "spawn_main" in " ".join(p.cmdline())]
            print(*kids, flush=True)
            time.sleep(120)
        if __name__ == "__main__":
            files = [(r"{tmp_path}/f%d.csv" % i, "0" * 64) for i in range(4)]
            parse_all(files, b"k" * 32, 2, progress)
    """), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        readers = [psutil.Process(int(p)) for p in parent.stdout.readline().split()]
        assert len(readers) == 2
        os.kill(parent.pid, signal.SIGKILL)  # no finally, no atexit: only the readers' own watch ends them
        parent.wait(timeout=10)
        _, alive = psutil.wait_procs(readers, timeout=10)
        assert not alive
    finally:
        parent.kill()


def test_the_polling_fallback_off_linux_also_ends_the_worker(tmp_path):
    # macOS and Windows have no PR_SET_PDEATHSIG: a thread watches the parent instead
    worker = tmp_path / "worker.py"
    worker.write_text(textwrap.dedent("""
        import os, sys, time
        sys.platform = "darwin"
        from pipelines.child_processes import exit_with_parent
        exit_with_parent(os.getppid())
        print("watching", flush=True)
        time.sleep(120)
    """), encoding="utf-8")
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(f"""
        import subprocess, sys, time
        w = subprocess.Popen([sys.executable, r"{worker}"], stdout=subprocess.PIPE, text=True)
        assert w.stdout.readline().strip() == "watching"
        print(w.pid, flush=True)
        time.sleep(120)
    """), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        w = psutil.Process(int(parent.stdout.readline()))
        assert w.num_threads() == 2  # the main thread and the watch
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        w.wait(timeout=10)  # raises psutil.TimeoutExpired if it lives on
    finally:
        parent.kill()

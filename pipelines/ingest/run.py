"""`duikou ingest`: every spreadsheet under the given paths into the curated database.

Flow: discover files -> hash them (unchanged files are recognised and skipped) -> parse in
worker processes with a memory limit -> resolve hospitals and write everything in ONE
transaction (a crash or kill leaves the database as it was) -> print a summary.

Worker processes: parsing is CPU-bound Python, so two processes use both cores; and a
malformed workbook that makes the Rust reader balloon or abort takes down only its worker,
which is then reported as that file's error while the rest of the run continues.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import multiprocessing as mp
import os
import resource
import secrets
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipelines.child_processes import children, kill_children_since, main_module_importable
from pipelines.db.schema import qualified
from pipelines.ingest.file_guard import SUPPORTED, Limits, looks_delimited
from pipelines.ingest.parse_file import file_sha256, parse_file
from pipelines.ingest.results import FileResult
from pipelines.privacy.person_id import PersonIds, load_key, mask_id_numbers

# a reader's address-space limit: from the memory budget (memory_budget.py), unless set here
WORKER_MEMORY_LIMIT = int(os.environ.get("DUIKOU_WORKER_MEMORY_MB", "0")) * 1024**2 or None
FILE_TIMEOUT_S = float(os.environ.get("DUIKOU_FILE_TIMEOUT_S", "180"))

_worker_ids: PersonIds | None = None
_worker_overrides = None
_worker_spool = None  # spool.SpoolWriter: parsed sheets go to disk, the parent gets stubs
_worker_limits = Limits()


def _init_worker(key: bytes, mem_limit: int, parent: int | None = None, overrides=None, spool=None,
                 limits: Limits | None = None) -> None:
    global _worker_ids, _worker_overrides, _worker_spool, _worker_limits
    _worker_ids = PersonIds(key)
    _worker_overrides = overrides
    _worker_limits = limits or Limits()
    if spool is not None:
        from pipelines.ingest.spool import SpoolWriter

        _worker_spool = SpoolWriter(*spool)
    # Ctrl-C is the parent's to handle (it stops the readers and leaves the database as it
    # was); a reader that aborts (a Rust allocation failure in the Excel reader) must not print
    # its internals over the data manager's screen: the parent reports the file instead.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not os.environ.get("DUIKOU_DEBUG"):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    if parent is not None:  # a killed ingest leaves no reader behind
        from pipelines.child_processes import exit_with_parent

        exit_with_parent(parent)
    # the modules and catalogues just loaded live as long as the worker: keep the collector
    # from re-scanning them, and let it run less often (the value caches hold ~10^5 objects)
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    if mem_limit > 0:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (mem_limit, mem_limit))
        except (ValueError, OSError):  # not permitted here: the zip checks still apply
            pass


@contextmanager
def _readers_start_quiet():
    """Reader processes started in here have no screen from birth: their stderr is /dev/null
    (they inherit the parent's fd 2 when they start). Their initializer ignores Ctrl-C, but a
    Ctrl-C that arrives while one is still importing would print its traceback; the parent
    handles Ctrl-C and says what happened. (Not by ignoring SIGINT around the start: the
    parent would lose a Ctrl-C that arrives then.) DUIKOU_DEBUG=1 keeps their stderr."""
    if os.environ.get("DUIKOU_DEBUG"):
        yield
        return
    sys.stderr.flush()
    saved, devnull = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _work(path: str, sha: str) -> FileResult:
    assert _worker_ids is not None
    fr = parse_file(path, _worker_ids, sha, limits=_worker_limits, overrides=_worker_overrides)
    return _worker_spool.put(fr) if _worker_spool is not None else fr


@contextmanager
def gc_paused():
    """Pause Python's cyclic garbage collector while results are collected and written.

    Each time enough containers have been allocated the collector re-scans the ones alive,
    and ingestion allocates millions (every parsed record, unpickled from the workers) that all
    live until the commit; none of them are in reference cycles, so those scans find nothing
    (benchmarks/README.md has the measurement). It is restored afterwards (and collects
    whatever cycles were made then)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@dataclass
class Discovered:
    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)


# spreadsheets in formats no reader here opens (WPS 表格, Excel binary, Apple Numbers): said so, with what to do
_OTHER_SHEETS = frozenset({".et", ".ett", ".xlsb", ".numbers", ".wks", ".123"})


def discover(paths: list[str]) -> Discovered:
    out = Discovered()
    for p in paths:
        path = Path(p)
        if not path.exists():
            out.skipped.append((str(path), "路径不存在 / path does not exist"))
            continue
        root = path.resolve() if path.is_dir() else None
        if root is not None:
            entries = sorted(path.rglob("*"))
            cands = [x for x in entries if x.is_file()]
            # a linked folder is not walked into (pathlib does not follow it): say so when it leads out
            out.skipped += [(str(x), "符号链接指向报送文件夹之外的文件夹，未读取 / a symbolic link to a folder outside the "
                                     "submission folder: not read")
                            for x in entries if x.is_symlink() and x.is_dir() and not x.resolve().is_relative_to(root)]
            out.skipped += [(str(x), "符号链接指向的文件不存在 / a symbolic link to a file that does not exist")
                            for x in entries if x.is_symlink() and not x.exists()]
        else:
            cands = [path]
        for f in cands:
            name = f.name
            if root is not None and not f.resolve().is_relative_to(root):
                # a link (or a linked folder) leading out of the submission folder: a key file,
                # /etc/passwd, another team's data. The data manager named this folder, not that.
                out.skipped.append((str(f), "符号链接指向报送文件夹之外，未读取 / a symbolic link pointing outside the "
                                            "submission folder: not read"))
            elif name.startswith("~$") or name.startswith("."):
                out.skipped.append((str(f), "Excel 临时文件或隐藏文件 / Excel lock file or hidden file"))
            elif f.suffix.lower() in SUPPORTED or (f.suffix.lower() == ".txt" and looks_delimited(str(f))):
                out.files.append(str(f))  # (a .txt only when it is a table written as text)
            elif path.is_dir() and f.suffix.lower() in _OTHER_SHEETS:
                out.skipped.append((str(f), f"电子表格格式 {f.suffix} 无法读取，请另存为 .xlsx 后重新报送 / a spreadsheet in a format that "
                                            f"cannot be read ({f.suffix}): save it as .xlsx and resubmit"))
            elif path.is_dir():
                out.skipped.append((str(f), f"不是电子表格（{f.suffix or '无扩展名'}） / not a spreadsheet"))
            else:
                out.files.append(str(f))  # named explicitly: let the guard explain why not
    return out


def _work_many(chunk: list[tuple[str, str]]) -> list[FileResult]:
    return [_work(p, sha) for p, sha in chunk]


def _ping() -> bool:
    return True


def _workers_start(ctx) -> bool:
    """Can worker processes start here? They cannot when the calling program has no importable
    __main__ (code piped to ``python -``); ingestion then reads in this process (the archive
    checks still apply, the memory cap does not) and says so.

    Where they surely can (child_processes.main_module_importable), the trial worker (~0.7 s)
    is skipped."""
    if main_module_importable():
        return True
    before = children()
    ex = ProcessPoolExecutor(1, mp_context=ctx, initializer=_init_worker, initargs=(b"ping", 0))
    try:
        return bool(ex.submit(_ping).result(timeout=120))
    except Exception:
        return False
    finally:
        kill_children_since(before)
        ex.shutdown(wait=False, cancel_futures=True)


CHUNK_MAX = 32


def parse_all(items: list[tuple[str, str]], key: bytes, workers: int, progress, overrides=None,
              spool=None, budget=None) -> dict[str, FileResult]:
    """Parse files in worker processes; a crashed or hung worker costs only its file.

    ``spool`` (spool.Spool): the parsed sheets go to disk as each file is read, and the
    results hold stubs that load them (memory bounded by the files in flight). ``budget``
    (memory_budget.MemoryBudget): each reader's share; a file that needs more is refused.

    Files go to the workers in chunks (a few dozen small workbooks per task), which keeps the
    per-task overhead of the pool small. If a worker dies or nothing finishes for a whole
    timeout, the files not yet read are retried one per task on a single worker, which is
    replaced only when it dies again: that file is the culprit and is reported, every other
    file is read.
    """
    results: dict[str, FileResult] = {}
    todo = list(items)
    limits = _limits(budget)
    address_limit = WORKER_MEMORY_LIMIT or (budget.reader_address_limit if budget else 2 * 1024**3)
    ctx = mp.get_context("spawn")
    isolate = False
    if todo and not _workers_start(ctx):
        print("duikou: 无法启动读取进程，改为在本进程中读取（无内存上限保护） / worker processes cannot start here; "
              "reading in this process (no memory cap)", file=sys.stderr)
        ids = PersonIds(key)
        local = spool.writer() if spool is not None else None
        for p, sha in todo:
            fr = parse_file(p, ids, sha, limits=limits, overrides=overrides)
            results[p] = local.put(fr) if local is not None else fr
            progress(1)
        return results
    while todo:
        if isolate:
            chunks = [[item] for item in todo]
        else:
            size = max(1, min(CHUNK_MAX, len(todo) // (max(1, workers) * 4)))
            chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
        before = children()
        ex = ProcessPoolExecutor(1 if isolate else max(1, min(workers, len(chunks))), mp_context=ctx,
                                 initializer=_init_worker,
                                 initargs=(key, address_limit, os.getpid(), overrides,
                                           (spool.directory, spool.key) if spool is not None else None, limits))
        broken = False
        try:
            # in isolation one task at a time, so a death or a hang names its file
            queue = list(chunks)
            inflight: dict = {}
            limit = 1 if isolate else len(queue)
            while queue or inflight:
                with _readers_start_quiet():  # a submit may start a reader process
                    while queue and len(inflight) < limit:
                        chunk = queue.pop(0)
                        inflight[ex.submit(_work_many, chunk)] = chunk
                done, _ = wait(set(inflight), timeout=FILE_TIMEOUT_S, return_when=FIRST_COMPLETED)
                if not done:  # nothing finished for a whole timeout: a reader hangs
                    if isolate:
                        p, sha = next(iter(inflight.values()))[0]
                        results[p] = _failed(p, sha, "TIMEOUT", f"读取超时（{FILE_TIMEOUT_S:.0f} 秒），文件可能异常 / reading timed out after {FILE_TIMEOUT_S:.0f} s; the file may be malformed")
                        progress(1)
                    broken = True
                    break
                for fut in done:
                    chunk = inflight.pop(fut)
                    try:
                        for fr in fut.result():
                            results[fr.path] = fr
                        progress(len(chunk))
                    except BrokenProcessPool:
                        broken = True
                        if isolate:
                            p, sha = chunk[0]
                            results[p] = _failed(p, sha, "READER_CRASHED", "读取该文件时进程崩溃（多半是内存超限），文件可能过大或异常 / the reader crashed on this file (most likely out of memory): it may be too large or malformed")
                            progress(1)
                if broken:
                    break
        except BaseException:  # Ctrl-C (the readers ignore it) or an error here: stop the readers now
            broken = True
            raise
        finally:
            if broken:
                kill_children_since(before)
            ex.shutdown(wait=not broken, cancel_futures=True)
        todo = [(p, sha) for p, sha in todo if p not in results]
        # after a failure in chunks, find the culprit one file at a time; once found (the
        # isolation round broke on it), go back to chunks for the rest
        isolate = broken and not isolate
    return results


def _limits(budget) -> Limits:
    """The file checks under a memory budget: the reader's share decides how large a file may
    be (the fixed size limits stay as the floor; the zip-bomb ratio check always applies)."""
    if budget is None:
        return Limits()
    share = budget.reader_share
    base = Limits()
    return Limits(max_file_bytes=max(base.max_file_bytes, share), max_unpacked_bytes=max(base.max_unpacked_bytes, share),
                  max_reading_bytes=share)


def _failed(path: str, sha: str, code: str, msg: str) -> FileResult:
    return FileResult(path, os.path.basename(path), sha, os.path.getsize(path), error_code=code, error=msg)


@dataclass
class IngestReport:
    run_id: str
    dry_run: bool
    files: list[FileResult]  # per file: name, hash, error; its parsed sheets are released once written (dry run too)
    skipped: list[tuple[str, str]]
    sheets: list = field(default_factory=list)  # SheetSummary
    unchanged_files: list[str] = field(default_factory=list)
    reresolved_files: list[str] = field(default_factory=list)  # read again: their held rows' hospitals may now resolve
    ended_by_change_list: int = 0  # stays a 派驻人员变更表 ended (replacements.py)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per phase: hash, parse, write, commit

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if not f.ok]

    def totals(self) -> dict[str, int]:
        keys = ("rows_read", "new", "updated", "unchanged", "removed", "quarantined", "nondata", "findings")
        return {k: sum(getattr(s, k) for s in self.sheets) for k in keys}


REFERENCE_DIR = "reference"


def _resolved(path: str) -> Path:
    """Path.resolve once per path (and working folder, for a relative one): is_reference is asked once or
    twice per sheet, 4.7 s at national when every call resolved again."""
    return _resolved_in(os.getcwd(), path)


@lru_cache(maxsize=65536)
def _resolved_in(cwd: str, path: str) -> Path:
    return Path(cwd, path).resolve()


def is_reference(path: str, named: set[str], roots: tuple[str, ...] = ()) -> bool:
    """A file named with --pairings / --registry, or kept in a folder called ``reference``
    inside one of the folders given to ingest (the configured reference folder: data/raw/reference/
    holds the pairing list and any code list, so that `duikou ingest data/raw/` applies them).
    A 'reference' folder above the given folder does not count."""
    p = _resolved(path)
    if str(p) in named:
        return True
    for root in roots:
        r = _resolved(root)
        try:
            rel = p.relative_to(r)
        except ValueError:
            continue
        if REFERENCE_DIR in rel.parts[:-1] or r.name == REFERENCE_DIR:
            return True
    return False


def ingest(paths: list[str], db: str | os.PathLike, *, dry_run: bool = False, workers: int | None = None,
           show_progress: bool = True, key: bytes | None = None, pairings: list[str] | tuple = (),
           registries: list[str] | tuple = (), names: str | os.PathLike | None = None,
           overrides: str | os.PathLike | None = None, memory_limit: str | int | None = None) -> IngestReport:
    """``pairings`` and ``registries``: files the data manager names as the province's pairing
    list (附件1) and code lists; only these (and files in a ``reference`` folder) change the
    hospitals and pairings. The pairing list alone is enough: it establishes the hospitals.

    ``names``: the data manager's confirmed hospital names (confirmed_names.py; default
    hospital-names.yaml beside the database). When the references or the confirmed names
    change, rows held for an unresolved hospital are re-read from their files and resolved
    again, without the hospital resubmitting.

    ``memory_limit`` ('4GB', bytes, or None: $DUIKOU_MEMORY_LIMIT, else from the machine):
    the budget the run keeps to (memory_budget.py)."""
    from pipelines.ingest import confirmed_names, mapping_overrides

    fixes = mapping_overrides.load(Path(overrides) if overrides else mapping_overrides.default_overrides_file(db))
    from pipelines.ingest.write_db import Writer

    named = [*registries, *pairings]
    found = discover([*named, *paths])
    # absolute paths: a held row's file is read again later, perhaps from another directory
    found.files = list(dict.fromkeys(str(Path(f).resolve()) for f in found.files))
    missing_named = [p for p in named if not os.path.isfile(p)]
    if missing_named:
        from pipelines.errors import UserError

        raise UserError("参考文件不存在 / reference file not found: " + ", ".join(missing_named))
    reference = {str(Path(p).resolve()) for p in named}
    roots = tuple(str(p) for p in paths if os.path.isdir(p))
    reference |= {str(Path(p).resolve()) for p in paths if os.path.isfile(p) and Path(p).resolve().parent.name == REFERENCE_DIR}
    run_id = dt.datetime.now().strftime("I%Y%m%d-%H%M%S-") + secrets.token_hex(3)
    from pipelines.ingest.memory_budget import MemoryBudget

    workers = workers or min(2, os.cpu_count() or 1)
    budget = MemoryBudget.of(memory_limit, workers)
    con = _open(db, dry_run, budget.duckdb_limit)  # fails fast, with a clear message, if another run holds the file
    spool = None
    try:
        with gc_paused():
            key = key or load_key()
            known_shas = {s for (s,) in con.execute("SELECT DISTINCT file_sha256 FROM submissions").fetchall()}
            t0 = time.perf_counter()
            hashed, unreadable = _hash_all(found.files)
            seconds = {"hash": time.perf_counter() - t0}
            names_path = Path(names) if names else confirmed_names.default_names_file(db)
            confirmed = confirmed_names.load(names_path)
            names_sha = confirmed.sha256()
            failed_before = {s for (s,) in con.execute("SELECT DISTINCT file_sha256 FROM file_errors WHERE file_sha256 IS NOT NULL").fetchall()}
            changed = any(sha not in known_shas and sha not in failed_before and is_reference(p, reference, roots) for p, sha in hashed) or \
                (not confirmed.empty() and _meta(con, "confirmed_names_sha256") != names_sha)
            # rows held for a hospital that did not resolve: their files are read again (when
            # still where they were, unchanged) once the references or the confirmed names change
            # a pairing list or code list first read without being named, named now: applied
            named_now = _named_now(con, [(p, sha) for p, sha in hashed if sha in known_shas and is_reference(p, reference, roots)])
            held, forget = _held_for_hospitals(con, dict((sha, p) for p, sha in hashed)) if changed or named_now else ({}, set())
            held.update(named_now)
            forget |= _active_sheets(con, set(named_now.values()))
            fixes_sha = mapping_overrides.sha256(fixes)
            if fixes.items and _meta(con, "mapping_overrides_sha256") != fixes_sha:
                # a new or changed override: files it names are read again with it
                again = {p: sha for p, sha in hashed if sha in known_shas and any(mapping_overrides.file_matches(o, p) for o in fixes.items)}
                held.update(again)
                forget |= _active_sheets(con, set(again.values()))
            unchanged = [p for p, sha in hashed if sha in known_shas and sha not in held.values()]
            todo = [(p, sha) for p, sha in hashed if sha not in known_shas or sha in held.values()]
            todo += [(p, sha) for p, sha in held.items() if sha not in {x for _, x in todo}]
            bar = _progress_bar(len(todo), show_progress)
            from pipelines.ingest.spool import Spool

            spool = Spool(db)
            # DuckDB keeps to its share and spills beyond it, into the spool folder
            con.execute(f"SET memory_limit = '{budget.duckdb_limit}'")
            con.execute("SET temp_directory = ?", [spool.directory])
            t0 = time.perf_counter()
            results = parse_all(todo, key, workers, bar.update, fixes if fixes.items else None, spool=spool, budget=budget)
            bar.close()
            seconds["parse"] = time.perf_counter() - t0
            files = [results[p] for p, _ in todo] + unreadable
            report = IngestReport(run_id, dry_run, files, found.skipped, unchanged_files=unchanged, seconds=seconds)
            t0 = time.perf_counter()
            con.begin()
            try:
                if held:
                    _forget(con, forget)
                    report.reresolved_files = sorted(held)
                writer = Writer(con, run_id, PersonIds(key, _name_scheme(con)), rereading=set(held.values()))
                if not confirmed.empty():
                    _set_meta(con, "confirmed_names_sha256", names_sha)
                if fixes.items:
                    _set_meta(con, "mapping_overrides_sha256", fixes_sha)
                _write(writer, files, report, lambda path: is_reference(path, reference, roots), (names_path, confirmed),
                       spool.key)
                writer.flush()
                from pipelines.ingest import replacements

                report.ended_by_change_list = replacements.apply(con)  # a change list's person replaced leaves
                from pipelines.ingest import activity_staff

                activity_staff.apply(con)  # an activity's support hospital from the roster of the person who led it
                con.execute(f"INSERT INTO {qualified('ingest_runs')} VALUES (?, ?, ?, ?, ?, ?)", [
                    run_id, writer.now, dt.datetime.now().replace(microsecond=0), len(found.files), len(report.failed),
                    json.dumps(report.totals(), ensure_ascii=False)])
                from pipelines.db.runs import record_run

                # in the run's transaction: a run that is killed or rolled back (--dry-run) leaves no trace
                record_run(con, "ingest", None, {"paths": [str(mask_id_numbers(p)) for p in paths], "files": len(found.files),
                                                 "failed": len(report.failed), "memory_limit": budget.total},
                           started_at=writer.now, status="ok", run_id=run_id)
                seconds["write"] = time.perf_counter() - t0
                t0 = time.perf_counter()
                if dry_run:
                    con.rollback()
                else:
                    con.commit()
                seconds["commit"] = time.perf_counter() - t0
            except BaseException:
                try:
                    con.rollback()
                except Exception:  # noqa: BLE001 - the failure (disk full at commit) may already have ended the transaction; the original error is what matters
                    pass
                raise
            # The parsed rows are written (or, for a dry run, rolled back) and nothing reads them
            # again: the report keeps each sheet's counts in report.sheets. Release them while
            # the collector is still paused: re-enabled with millions of young objects alive,
            # it would scan them all once.
            for f in files:
                f.sheets = []
            del writer, results, files
            return report
    finally:
        con.close()
        if spool is not None:
            spool.close()


def _held_for_hospitals(con, this_run: dict[str, str]) -> tuple[dict[str, str], set[str]]:
    """Files with rows held for a hospital (a name that did not resolve, a doubtful recipient,
    a hospital field left empty, or a county whose code only the registry can give): path -> sha
    of those that can be read again (in this run's folders, even if moved, or still at their
    stored path with the same bytes), and the sheets (submission ids) to read again — only the
    active sheets that held rows: a sheet a correction superseded stays superseded. Reference
    files (registry, pairing list) are never read again this way: they apply only when named.
    ``this_run``: sha -> path of the files found in this run."""
    rows = con.execute("""
        WITH held AS (
            SELECT submission_id FROM quarantine q
            WHERE q.reason_code IN ('UNRESOLVED_HOSPITAL', 'UNCERTAIN_HOSPITAL')
               OR (q.reason_code = 'MISSING_VALUE' AND q.reason LIKE '%hospital_id%')
               OR (q.reason_code = 'MISSING_VALUE' AND q.form_type = 'county_inpatient_stats')
            UNION
            SELECT submission_id FROM findings WHERE code = 'HOSPITAL_NOT_FOUND')
        SELECT DISTINCT s.source_path, s.file_sha256, s.submission_id FROM submissions s JOIN held USING (submission_id)
        WHERE s.superseded_by IS NULL AND coalesce(s.form_type, '') NOT IN ('hospitals', 'pairings')
          AND s.file_sha256 NOT IN (SELECT file_sha256 FROM submissions WHERE form_type IN ('hospitals', 'pairings'))""").fetchall()
    out, sids = {}, set()
    for path, sha, sid in rows:
        if sha in this_run:
            out[this_run[sha]] = sha
        elif path and os.path.isfile(path) and file_sha256(path) == sha:
            out[path] = sha
        elif path and (found := _unmasked(path, sha)):
            out[found] = sha
        else:
            continue
        sids.add(sid)
    return out, sids


def _hash_all(paths: list[str]) -> tuple[list[tuple[str, str]], list[FileResult]]:
    """(path, sha256) of each file; a file that cannot be read (permission, I/O error) is that
    file's failure, reported with the others — never the whole run's."""
    hashed, failed = [], []
    for p in paths:
        if not os.path.isfile(p):
            continue
        try:
            hashed.append((p, file_sha256(p)))
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            failed.append(FileResult(p, os.path.basename(p), None, 0, error_code="UNREADABLE",
                                     error=f"文件无法读取（{why}），请检查权限后重新导入 / the file cannot be read ({why}): check its "
                                           "permissions and ingest again"))
    return hashed, failed


def _unmasked(stored: str, sha: str) -> str | None:
    """The file a stored path means when its name carried an ID number (stored masked): the
    file in that folder whose name masks the same and whose bytes are the same."""
    from pipelines.privacy.person_id import MASK, mask_id_numbers

    folder, name = os.path.split(stored)
    if MASK not in name or not os.path.isdir(folder):
        return None
    for f in sorted(os.listdir(folder)):
        p = os.path.join(folder, f)
        if str(mask_id_numbers(f)) == name and os.path.isfile(p) and file_sha256(p) == sha:
            return p
    return None


def _active_sheets(con, shas: set[str]) -> set[str]:
    if not shas:
        return set()
    return {s for (s,) in con.execute("SELECT submission_id FROM submissions WHERE superseded_by IS NULL AND file_sha256 IN "
                                      "(SELECT unnest(?))", [sorted(shas)]).fetchall()}


def _named_now(con, named: list[tuple[str, str]]) -> dict[str, str]:
    """Reference files ingested before without being named (their rows held as
    REFERENCE_NOT_NAMED) and named now: read again so that they apply."""
    if not named:
        return {}
    held = {s for (s,) in con.execute("""
        SELECT DISTINCT s.file_sha256 FROM submissions s JOIN quarantine q USING (submission_id)
        WHERE q.reason_code = 'REFERENCE_NOT_NAMED'""").fetchall()}
    return {p: sha for p, sha in named if sha in held}


def _forget(con, sids: set[str]) -> None:
    """Remove what earlier runs wrote from these sheets (inside the run's transaction): they
    are read and written again, now that their hospitals may resolve. The file's other sheets
    stay as they are (read again, they are recognised as unchanged)."""
    from pipelines.db.schema import table_specs

    sids = sorted(sids)
    for t, spec in table_specs().items():
        if t != "submissions" and any(c["name"] == "submission_id" for c in spec["columns"]):
            con.execute(f'DELETE FROM {qualified(t)} WHERE submission_id IN (SELECT unnest(?))', [sids])
    con.execute(f"DELETE FROM {qualified('submissions')} WHERE submission_id IN (SELECT unnest(?))", [sids])


def _name_scheme(con) -> int:
    """The database's way of keying a name (PersonIds.NAME_SCHEME): as recorded; a database without the record
    keeps scheme 1 if it holds name-keyed people already (an upgrade never splits them), else takes the current."""
    got = _meta(con, "person_name_key_scheme")
    if got is None:
        named = any(con.execute(f"SELECT 1 FROM {qualified(t)} WHERE person_id_basis = 'name' LIMIT 1").fetchone()
                    for t in ("deployments", "trainees", "staff_monthly_assessments"))
        got = "1" if named else str(PersonIds.NAME_SCHEME)
        _set_meta(con, "person_name_key_scheme", got)
    return int(got)


def _meta(con, key: str) -> str | None:
    row = con.execute("SELECT value FROM duikou_meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _set_meta(con, key: str, value: str) -> None:
    con.execute("DELETE FROM duikou_meta WHERE key = ?", [key])
    con.execute("INSERT INTO duikou_meta VALUES (?, ?)", [key, value])


def _write(writer, files: list[FileResult], report: IngestReport, is_ref=lambda path: False, confirmed=None,
           spool_key: bytes | None = None) -> None:
    """Every parsed sheet, in the order that lets each resolve against what it needs: code lists,
    pairing lists, the data manager's confirmed names, then the submissions (corrections after
    what they correct). Spooled sheets are loaded one at a time."""
    ok = [f for f in files if f.ok]
    for f in files:
        if not f.ok:
            writer.file_error(f)

    from pipelines.ingest import name_changes
    from pipelines.ingest.spool import SpooledSheet
    from pipelines.ingest.supersede import is_copy
    from pipelines.ingest.write_db import is_correction

    from collections import Counter

    twins = {sha for sha, n in Counter(f.sha256 for f in ok).items() if n > 1}  # the same bytes under two names

    def order(item):
        # by 填报日期; on the same date a file that says it is a correction (更正, 修订版, 最终版)
        # after the files it may correct; then by file time and name
        fr, sh = item
        corr = is_correction(fr.file_name)
        try:
            mtime = os.path.getmtime(fr.path)
        except OSError:
            mtime = 0.0
        # an undated correction at its file's date (never after a list dated later), an undated
        # plain list first (the original)
        # an undated list of part of a year (上半年, 7—12月, 全年) at that part's last day: the whole year's list after a
        # half-year list dated in July (realworld127)
        when = sh.reported_date or sh.data_end \
            or (dt.date.fromtimestamp(mtime) if corr and mtime else dt.date.max if corr else dt.date.min)
        # a copy (名册(1).xlsx) of the same bytes after its original: they are stored under the original's name
        return (when, corr, fr.sha256 in twins and is_copy(fr.file_name), mtime, fr.path, sh.sheet_name)

    sheets = [(f, s) for f in ok for s in f.sheets]
    for f in ok:
        f.sheets = []  # held by the lists below only, each let go once written
    registry = sorted([x for x in sheets if x[1].form_type == "hospitals"], key=order)
    pairings = sorted([x for x in sheets if x[1].form_type == "pairings"], key=order)
    changes = sorted([x for x in sheets if x[1].form_type == name_changes.FORM], key=order)
    others = sorted([x for x in sheets if x[1].form_type not in ("hospitals", "pairings", name_changes.FORM)], key=order)
    del sheets

    def load(sh):
        return sh.load(spool_key) if isinstance(sh, SpooledSheet) else sh

    def drain(items: list):
        """The items in order, each let go as it is handed out (a run's sheets: 176,000 at 10x national)."""
        items.reverse()
        while items:
            yield items.pop()

    if changes and any(is_ref(fr.path) for fr, _ in changes):
        # a notice renaming a hospital an earlier year established: before this year's lists name it anew
        early = writer.resolver()
        renamed = sum(name_changes.rename_known(writer, fr, load(sh), early) for fr, sh in changes if is_ref(fr.path))
        if renamed:
            writer.resolution.invalidate()
    named_pairings = [(fr, sh) for fr, sh in pairings if is_ref(fr.path)]
    if registry and named_pairings:  # a code list and a pairing list renaming a hospital: the rename first
        writer.note_renames([rec for _, sh in named_pairings for rec in load(sh).records])
    del named_pairings
    for fr, sh in drain(registry):  # the registry first: every other sheet resolves names against it
        report.sheets.append(writer.add_sheet(fr, load(sh), None, reference=is_ref(fr.path)).compact())
    resolver = writer.resolver()
    # pairings next: a named pairing list establishes hospitals, and the writer checks
    # inferred recipients against the pairings
    for fr, sh in drain(pairings):
        report.sheets.append(writer.add_sheet(fr, load(sh), resolver, reference=is_ref(fr.path)).compact())
    # then a notice of name changes (renames and second names onto the hospitals just established)
    for fr, sh in drain(changes):
        report.sheets.append(name_changes.apply_sheet(writer, fr, load(sh), resolver, is_ref(fr.path)).compact())
    if confirmed is not None and not confirmed[1].empty():  # then the data manager's confirmations
        report.sheets += writer.apply_confirmed(*confirmed, resolver)
    for fr, sh in drain(others):
        report.sheets.append(writer.add_sheet(fr, load(sh), resolver, reference=is_ref(fr.path)).compact())


def _open(db, dry_run: bool, memory_limit: str | None = None):
    """The database to write; for a dry run, an in-memory copy (under the run's DuckDB memory
    limit from the start: the copy is the largest thing a dry run holds)."""
    import duckdb

    from pipelines.db.connection import DatabaseBusy, _busy_message, connect
    from pipelines.db.schema import ensure_schema

    path = Path(db)
    if not dry_run:
        return connect(path, read_only=False, create=True)
    mem = duckdb.connect(":memory:", config={"memory_limit": memory_limit} if memory_limit else {})
    if path.exists():
        try:
            mem.execute("ATTACH ? AS src (READ_ONLY)", [str(path)])
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise DatabaseBusy(_busy_message(path, exc)) from None
            raise
        mem.execute("COPY FROM DATABASE src TO memory")
        mem.execute("DETACH src")
    ensure_schema(mem)
    return mem


def _progress_bar(total: int, show: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="读取文件 / reading files", unit="file", disable=not show or total < 2,
                file=sys.stderr, mininterval=0.5)

"""Parsed sheets kept on disk between reading and writing (issue 23: memory bounded by the work
in flight, not by the size of the run).

A run reads every file before it writes any (the pairing list and corrections are applied in
an order that needs them all), and the parsed rows of a national year took ~600 MiB in the
main process. Instead, each reader process writes the sheets it parsed to its own spool file
as soon as a workbook is read, and hands the main process only a stub per sheet (its form,
date and name, which the write order needs, and where its bytes are). The writer loads one
sheet at a time.

The spool holds what was read, including cells that may carry an ID number, so it is
encrypted (AES-GCM, from the kept ``cryptography`` library) with a key that exists only in
the memory of this run: a spool left behind by a killed run is unreadable, and the next run on
the same machine removes it. The folder is private to the user (mode 0700).
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipelines.ingest.results import FileResult, SheetResult

PREFIX = ".duikou-spool-"
_HOST = re.sub(r"[^A-Za-z0-9_.]", "_", socket.gethostname()) or "host"


@dataclass(slots=True)
class SpooledSheet:
    """What the write order needs of a parsed sheet, and where the sheet itself is."""
    form_type: str | None
    reported_date: object
    sheet_name: str
    data_end: object  # SheetResult.data_end: an undated list's place in the write order
    file: str
    offset: int
    length: int

    def load(self, key: bytes) -> SheetResult:
        with open(self.file, "rb") as f:
            f.seek(self.offset)
            blob = f.read(self.length)
        return pickle.loads(AESGCM(key).decrypt(blob[:12], blob[12:], None))


class SpoolWriter:
    """One process's spool file (append only)."""

    def __init__(self, directory: str, key: bytes):
        self.path = os.path.join(directory, f"{os.getpid()}.bin")
        self.aead = AESGCM(key)

    def put(self, fr: FileResult) -> FileResult:
        """``fr`` with its sheets written to the spool and replaced by stubs."""
        if not fr.sheets:
            return fr
        stubs = []
        with open(self.path, "ab") as f:
            for sh in fr.sheets:
                nonce = os.urandom(12)
                blob = nonce + self.aead.encrypt(nonce, pickle.dumps(sh, protocol=pickle.HIGHEST_PROTOCOL), None)
                offset = f.tell()
                f.write(blob)
                stubs.append(SpooledSheet(sh.form_type, sh.reported_date, sh.sheet_name, sh.data_end, self.path, offset, len(blob)))
        fr.sheets = stubs
        return fr


class Spool:
    """A run's spool folder: beside the database (the disk the user chose for the data; the
    system temp folder may be memory), else the system temp folder."""

    def __init__(self, near: str | os.PathLike):
        parent = Path(near).resolve().parent
        for folder in (parent, Path(tempfile.gettempdir())):  # where a spool may have been left
            _remove_stale(folder)
        try:
            self.directory = tempfile.mkdtemp(prefix=f"{PREFIX}{_HOST}-{os.getpid()}-", dir=parent)
        except OSError:  # the database folder is read-only (a --dry-run on a shared copy)
            self.directory = tempfile.mkdtemp(prefix=f"{PREFIX}{_HOST}-{os.getpid()}-")
        self.key = AESGCM.generate_key(bit_length=128)

    def writer(self) -> SpoolWriter:
        return SpoolWriter(self.directory, self.key)

    def close(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> "Spool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _remove_stale(parent: Path) -> None:
    """Spools of runs that were killed on this machine: the process named in the folder's name
    is gone (and the key went with it). Another machine's spool (a shared folder) is left alone."""
    try:
        entries = list(parent.glob(f"{PREFIX}{_HOST}-*"))
    except OSError:
        return
    for d in entries:
        try:
            pid = int(d.name[len(PREFIX) + len(_HOST) + 1:].split("-")[0])
        except ValueError:
            continue
        if not _alive(pid):
            shutil.rmtree(d, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True

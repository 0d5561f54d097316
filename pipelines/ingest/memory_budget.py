"""The memory one ingest may use, and how it is shared (issue 23).

A budget (``duikou ingest --memory-limit 4GB``, or ``$DUIKOU_MEMORY_LIMIT``; by default half
of this machine's memory, at most 8 GiB) is split between the main process — the writer's
picture of the tables and DuckDB, whose ``memory_limit`` is set to its share and which spills
to a temporary folder beside the database — and the reader processes, one share each. A file
whose reading would need more than a reader's share is refused before it is read, with a
message that says so; a reader that still runs out (the estimate was low) is stopped by its
address-space limit and its file reported, never the whole run.

How much reading a file takes was measured here (benchmarks/ingest_memory.py): a CSV about
65 times its size in bytes (200,000 rows: 9.7 MiB file, +602 MiB), an xlsx or ods about 10
times the unpacked size of its parts (50,000 rows: 14.8 MiB unpacked, +145 MiB); an .xls is
taken at 40 times its size.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from pipelines.errors import UserError

ENV = "DUIKOU_MEMORY_LIMIT"
MiB = 1024**2
GiB = 1024**3
FLOOR = 1 * GiB            # below this not even the readers' libraries fit
DEFAULT_CAP = 8 * GiB
MAIN_SHARE = 0.4           # the writer's tables and DuckDB; the rest is the readers'
READER_ADDRESS_FLOOR = 2 * GiB  # a reader's address space (not resident memory) needs about this for its libraries
GROWTH = {".csv": 65, ".xls": 40, ".xlsx": 10, ".xlsm": 10, ".ods": 10}  # bytes in memory per byte read (see above)
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """'4GB', '1500 MB', '2g', '512MiB' -> bytes."""
    m = _SIZE.match(str(text))
    if not m:
        raise UserError(f"无法识别的内存大小：{text!r}（例如 4GB、1500MB） / not a memory size: {text!r} (e.g. 4GB, 1500MB)")
    return int(float(m.group(1)) * 1024 ** "bkmgt".index((m.group(2) or "b").lower()))


def machine_memory() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 4 * GiB


@dataclass(frozen=True)
class MemoryBudget:
    total: int
    workers: int

    @classmethod
    def of(cls, limit: str | int | None, workers: int) -> "MemoryBudget":
        if limit is None:
            limit = os.environ.get(ENV) or None
        if limit is None:
            total = min(DEFAULT_CAP, machine_memory() // 2)
        else:
            total = limit if isinstance(limit, int) else parse_size(limit)
        if total < FLOOR:
            raise UserError(f"内存预算过小：{total // MiB} MB，至少需要 {FLOOR // MiB} MB / memory limit too small: {total // MiB} MB; "
                            f"at least {FLOOR // MiB} MB is needed")
        return cls(total, max(1, workers))

    @property
    def duckdb_limit(self) -> str:
        """DuckDB's memory_limit: half of the main process's share (the other half is the
        writer's Python objects)."""
        return f"{int(self.total * MAIN_SHARE / 2) // MiB}MB"

    @property
    def reader_share(self) -> int:
        """What one reader process may hold while it reads a file."""
        return int(self.total * (1 - MAIN_SHARE) / self.workers)

    @property
    def reader_address_limit(self) -> int:
        """The address-space limit of a reader: its share, plus what its libraries map."""
        return max(READER_ADDRESS_FLOOR, self.reader_share + GiB)


def reading_needs(path: str, kind: str, unpacked: int | None = None) -> int:
    """About how much memory reading the file takes (``unpacked``: the parts of an xlsx or ods)."""
    size = unpacked if unpacked is not None else os.path.getsize(path)
    return size * GROWTH.get(kind, 65)

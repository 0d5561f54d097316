"""Errors that carry a message for the user (the CLI prints them without a traceback)."""


class UserError(Exception):
    """A problem the user can fix: unknown profile, no data for the year, bad option."""


# Problems of the machine, not of the data or of duikou: named as what they are, with what to
# do. Matched on errno where Python gives one, else on the message DuckDB and the OS use.
_ENVIRONMENT = (
    (28, ("no space left on device", "disk full", "could not write all bytes"),
     "磁盘已满，数据库未改变；请腾出空间后重新运行 / the disk is full; the database was not changed. Free some space and run again"),
    (30, ("read-only file system",),
     "文件系统为只读，无法写入数据库 / the file system is read-only: the database cannot be written. Use a writable folder (--db)"),
    (13, ("permission denied",),
     "没有读写权限 / permission denied: check who owns the database file and its folder"),
    (None, ("not a valid duckdb database file", "corrupt database file", "file is damaged", "could not read enough bytes"),
     "数据库文件已损坏或不是 DuckDB 数据库；请从备份恢复，或换一个 --db 重新导入 / the database file is damaged or is not a "
     "DuckDB database: restore it from a backup, or ingest again into a new --db"),
    (12, ("out of memory", "cannot allocate memory", "memory allocation"),
     "内存不足 / out of memory: close other programs or ingest fewer files at a time"),
)


def environment_problem(exc: BaseException) -> str | None:
    """A bilingual sentence when ``exc`` (or what caused it) is a problem of the machine —
    disk full, read-only, permission, a damaged database file, memory — else None."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, MemoryError):
            return _ENVIRONMENT[-1][2]
        err = getattr(exc, "errno", None)
        text = str(exc).lower()
        for errno_, words, message in _ENVIRONMENT:
            if (errno_ is not None and err == errno_) or any(w in text for w in words):
                return message
        exc = exc.__cause__  # what it was raised from; not an unrelated error it was raised while handling
    return None

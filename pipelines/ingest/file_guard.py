"""Checks a file before any reader touches it: empty, oversized, encrypted, not what its
extension says, or a zip bomb.

Why: measured here, a 3.5 MB xlsx that unpacks to 789 MB drove the Rust Excel readers to
4.7-7.3 GB of memory, and under a memory cap they abort or hang rather than raise. The
zip directory is inspected here (cheap, no decompression); parsing then happens in a
worker process with an address-space limit (see run.py) in case the directory lies.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

SUPPORTED = {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 64 * 1024**2          # a form is kilobytes; 64 MB is not a form
    max_unpacked_bytes: int = 256 * 1024**2     # sum of uncompressed sizes in the archive
    max_ratio: float = 200.0                    # uncompressed / compressed for any member > 1 MB
    max_members: int = 5000
    max_reading_bytes: int = 0                  # what a reader may hold (memory_budget.py); 0: not checked


class FileRejected(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def check_file(path: str, limits: Limits = Limits()) -> str:
    """Raise FileRejected with a bilingual reason, or return the file's kind: its extension, or
    the format its content really has when it was saved under the other Excel extension."""
    kind, unpacked = _kind(path, limits)
    if limits.max_reading_bytes:
        from pipelines.ingest.memory_budget import reading_needs

        need = reading_needs(path, kind, unpacked)
        if need > limits.max_reading_bytes:
            raise FileRejected("TOO_LARGE_FOR_MEMORY", f"读取该文件约需 {need / 1024**2:.0f} MB 内存，超过每个读取进程的预算 "
                                                      f"{limits.max_reading_bytes / 1024**2:.0f} MB；请用 --memory-limit 提高预算或拆分文件 / reading this "
                                                      f"file needs about {need / 1024**2:.0f} MB, more than a reader's budget of "
                                                      f"{limits.max_reading_bytes / 1024**2:.0f} MB: raise --memory-limit or split the file")
    return kind


def _kind(path: str, limits: Limits) -> tuple[str, int | None]:
    """(the file's kind, the unpacked size of its parts when it is a zip package)."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":  # Excel's "Unicode text" (UTF-16, tabs) and other delimited text saved as .txt
        if looks_delimited(path):
            return ".csv", None
        raise FileRejected("UNSUPPORTED_TYPE", "该 .txt 文件不是分隔符表格文本 / this .txt file is not delimited table text "
                                               "(use xlsx, xlsm, xls, ods or csv)")
    if ext not in SUPPORTED:
        raise FileRejected("UNSUPPORTED_TYPE", f"不支持的文件类型 {ext or '(无扩展名)'} / unsupported file type (use xlsx, xlsm, xls, ods or csv)")
    size = os.path.getsize(path)
    if size == 0:
        raise FileRejected("EMPTY_FILE", "文件为空（0 字节） / the file is empty (0 bytes)")
    if size > limits.max_file_bytes:
        raise FileRejected("TOO_LARGE", f"文件过大（{size / 1024**2:.0f} MB，上限 {limits.max_file_bytes / 1024**2:.0f} MB） / file too large ({size / 1024**2:.0f} MB, limit {limits.max_file_bytes / 1024**2:.0f} MB)")
    with open(path, "rb") as fh:
        head = fh.read(8)
    if ext in {".xlsx", ".xlsm", ".ods"}:
        if head.startswith(OLE_MAGIC):
            if _ole_encrypted(path):  # an encrypted xlsx is an OLE container with these streams
                raise FileRejected("ENCRYPTED", "文件已加密（设置了打开密码），请去掉密码后重新报送 / the workbook is password-protected; remove the password and resubmit")
            return ".xls", None  # an old .xls saved under a new extension: read it for what it is
        if not head.startswith(ZIP_MAGIC):
            raise FileRejected("CORRUPT", "文件已损坏或不是 Excel 文件 / the file is damaged or is not an Excel workbook")
        names, unpacked = _check_zip(path, size, limits)
        if "[Content_Types].xml" in names and ext == ".ods":
            return ".xlsx", unpacked  # an Excel workbook saved as .ods: read for what it is
        if "content.xml" in names and "[Content_Types].xml" not in names and ext != ".ods":
            return ".ods", unpacked  # an OpenDocument sheet saved as .xlsx
        return ext, unpacked
    elif ext == ".csv" and (head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC)):
        # a workbook saved as .csv (a platform's "export to Excel" named by its button): read it for what it is
        if head.startswith(OLE_MAGIC):
            return ".xls", None
        names, unpacked = _check_zip(path, size, limits)
        return (".ods" if "content.xml" in names and "[Content_Types].xml" not in names else ".xlsx"), unpacked
    elif ext == ".xls":
        if head.startswith(ZIP_MAGIC):
            _, unpacked = _check_zip(path, size, limits)  # an xlsx renamed to .xls: read for what it is, still checked
            return ".xlsx", unpacked
        elif not head.startswith(OLE_MAGIC):
            # a reporting platform's "Excel" export is often a web page or tab-separated text
            # saved as .xls: read for what it is (Excel opens both)
            with open(path, "rb") as fh:
                sample = fh.read(65536)
            low = sample.lower()
            if b"<table" in low and (b"<html" in low or low.lstrip().startswith(b"<")):
                return ".html", None
            if head.lstrip().lower().startswith((b"<", b"<?xml")):
                raise FileRejected("WRONG_FORMAT", "该 .xls 文件实为 XML 导出，请在 Excel 中另存为 .xlsx / this .xls is an XML export; save it as .xlsx in Excel")
            if (b"\t" in sample or b"," in sample) and b"\n" in sample and not any(c < 0x20 and c not in (9, 10, 13) for c in sample):
                return ".csv", None  # text with tabs or commas and no control bytes: a text export named .xls
            raise FileRejected("CORRUPT", "文件已损坏或不是 Excel 文件 / the file is damaged or is not an Excel workbook")
    return ext, None


def looks_delimited(path: str) -> bool:
    """Is a .txt file a table written as text (tab, semicolon or comma between the cells, the same
    number on most lines), as Excel's "Unicode text" or a platform's export is — not a README?"""
    from pipelines.ingest.encoding import EncodingError, decode_text

    try:
        with open(path, "rb") as fh:
            text, _ = decode_text(fh.read(65536))
    except (OSError, EncodingError, UnicodeDecodeError):
        return False
    lines = [ln for ln in text.splitlines() if ln.strip()][:30]
    if len(lines) < 3:
        return False
    for sep in ("\t", ";", ","):
        counts = [ln.count(sep) for ln in lines]
        common = max(set(counts), key=counts.count)
        if common >= 2 and counts.count(common) >= 0.6 * len(lines):
            return True
    return False


def _check_zip(path: str, size: int, limits: Limits) -> tuple[set[str], int]:
    """The archive's member names and unpacked size, once its directory is found sound (no
    decompression)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRejected("CORRUPT", f"文件已损坏（压缩结构无法读取） / the file is damaged (zip structure unreadable): {exc}") from None
    if len(infos) > limits.max_members:
        raise FileRejected("ZIP_BOMB", f"文件内部条目过多（{len(infos)}） / too many parts inside the workbook ({len(infos)})")
    total = sum(i.file_size for i in infos)
    if total > limits.max_unpacked_bytes:
        raise FileRejected("ZIP_BOMB", f"文件解压后过大（{total / 1024**2:.0f} MB），疑似压缩炸弹 / unpacks to {total / 1024**2:.0f} MB: refused as a possible zip bomb")
    for i in infos:
        if i.file_size > 1024**2 and i.compress_size and i.file_size / i.compress_size > limits.max_ratio:
            raise FileRejected("ZIP_BOMB", f"压缩比异常（{i.filename}: {i.file_size / i.compress_size:.0f}:1），疑似压缩炸弹 / abnormal compression ratio, refused as a possible zip bomb")
    return {i.filename for i in infos}, total


_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def _ole_encrypted(path: str) -> bool:
    """Is this OLE file an encrypted Office Open XML package (rather than an old .xls)? The
    directory of the compound file names its streams in UTF-16; the file is at most
    ``max_file_bytes``, so reading it is cheap next to parsing it."""
    with open(path, "rb") as fh:
        data = fh.read()
    return any(name in data for name in _ENCRYPTION_STREAMS)

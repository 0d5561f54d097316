"""Find record exports under the given paths and stream them as batches of text columns.

CSV is read with pyarrow's streaming reader (every column as text: the cleaning step decides
what a cell means) in UTF-8 or, when the file is not valid UTF-8, GB18030 (GBK is its subset and
names outside GBK occur). Parquet is read row group by row group. Nothing is loaded whole, so a
file of any size is read in bounded memory. A folder partitioned by month or hospital
(``…/2024-03/…``, ``…/ZZJGDM=H990121/…``) is read file by file; a ``key=value`` folder whose key
is a field of the column map supplies that field when the file lacks the column.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from pipelines.records.column_map import HeaderMatch, match_headers

BATCH_ROWS = 200_000
CSV_BLOCK_BYTES = 16 << 20
RECORD_SUFFIXES = {".csv", ".txt", ".parquet"}
FACILITY_NAME = re.compile(r"机构字典|机构目录|facilit", re.IGNORECASE)


class UnreadableFile(Exception):
    """A file that cannot be read at all; the message is bilingual and names no ID number."""


@dataclass
class FoundInputs:
    records: list[Path] = field(default_factory=list)
    facilities: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    # how a file is named in summaries and records_rejects: its path below the folder given
    # (partitions by hospital hold many part-0.parquet), or its name when given as a file
    display: dict[Path, str] = field(default_factory=dict)


def find_inputs(paths: list[str]) -> FoundInputs:
    """Record exports under ``paths`` (files or folders, recursively), in a stable order; files
    whose name says they are a facility dictionary (机构字典) are set apart."""
    out = FoundInputs()
    for p in map(Path, paths):
        if not p.exists():
            out.missing.append(str(p))
            continue
        files = [p] if p.is_file() else sorted(f for f in p.rglob("*") if f.is_file())
        for f in files:
            if any(part.startswith((".", "_")) for part in f.relative_to(p if p.is_dir() else p.parent).parts):
                continue  # hidden files, and our own _rejects / _indicators folders
            if FACILITY_NAME.search(f.name) and f.suffix.lower() in {".csv", ".xlsx", ".xls", ".parquet"}:
                out.facilities.append(f)
            elif f.suffix.lower() in RECORD_SUFFIXES:
                out.records.append(f)
                out.display[f] = f.relative_to(p).as_posix() if p.is_dir() else f.name
    return out


def detect_encoding(path: Path) -> str:
    """'utf-8' when the whole file decodes as UTF-8 (checked in a streaming pass, which costs far
    less than parsing), else 'gb18030'."""
    dec = codecs.getincrementaldecoder("utf-8")()
    with open(path, "rb") as fh:
        try:
            while chunk := fh.read(CSV_BLOCK_BYTES):
                dec.decode(chunk)
            dec.decode(b"", final=True)
        except UnicodeDecodeError:
            return "gb18030"
    return "utf-8"


def _csv_header(path: Path, encoding: str) -> list[str]:
    with open(path, encoding=encoding, newline="") as fh:
        line = fh.readline()
    import csv  # the header line only; the rows go through pyarrow
    row = next(csv.reader([line]), [])
    return [h.replace("\ufeff", "").strip() for h in row]


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        k = seen.get(n, 0)
        seen[n] = k + 1
        out.append(n if k == 0 else f"{n}#{k + 1}")
    return out


def path_values(path: Path) -> dict[str, str]:
    """Fields given by ``key=value`` folders in the path (hive-style partitioning)."""
    out = {}
    for part in path.parent.parts:
        if "=" in part:
            key, value = part.split("=", 1)
            m = match_headers([key])
            if m.fields:
                out[next(iter(m.fields))] = value
    return out


@dataclass
class OpenedFile:
    path: Path
    format: str
    encoding: str | None
    headers: list[str]
    match: HeaderMatch
    constants: dict[str, str]


def open_file(path: Path) -> OpenedFile:
    """Read the header and decide how to read the rows; raises UnreadableFile."""
    try:
        if path.suffix.lower() == ".parquet":
            headers = pq.ParquetFile(path).schema_arrow.names
            fmt, enc = "parquet", None
        else:
            enc = detect_encoding(path)
            headers = _csv_header(path, enc)
            fmt = "csv"
    except (OSError, pa.ArrowException, UnicodeDecodeError, ValueError) as exc:
        raise UnreadableFile(f"无法读取文件 / cannot read the file ({type(exc).__name__})") from None
    if not headers or not any(headers):
        raise UnreadableFile("文件为空或没有表头 / the file is empty or has no header line")
    headers = _unique(headers)
    constants = path_values(path)
    m = match_headers(headers)
    m.missing_required = [f for f in m.missing_required if f not in constants]
    return OpenedFile(path, fmt, enc, headers, m, constants)


def batches(opened: OpenedFile, batch_rows: int = BATCH_ROWS) -> Iterator[pa.Table]:
    """The file's rows as tables whose columns are the mapped fields (text), plus ``source_row``
    (the row as a person sees it: the header is row 1). Unmapped columns are not kept."""
    wanted = {header: f for f, header in opened.match.fields.items()}
    row = 2
    if opened.format == "parquet":
        reader = pq.ParquetFile(opened.path).iter_batches(batch_size=batch_rows, columns=list(wanted))
    else:
        reader = pacsv.open_csv(
            opened.path,
            read_options=pacsv.ReadOptions(column_names=opened.headers, skip_rows=1, encoding=opened.encoding,
                                           block_size=CSV_BLOCK_BYTES),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(column_types={h: pa.string() for h in opened.headers},
                                                 include_columns=list(wanted), strings_can_be_null=False,
                                                 quoted_strings_can_be_null=False))
    for batch in reader:
        t = pa.Table.from_batches([batch])
        cols = {wanted[name]: (t.column(name) if t.column(name).type == pa.string()
                               else t.column(name).cast(pa.string())) for name in t.column_names}
        for f, value in opened.constants.items():
            cols.setdefault(f, pa.array([value] * t.num_rows, pa.string()))
        cols["source_row"] = pa.array(range(row, row + t.num_rows), pa.int64())
        row += t.num_rows
        yield pa.table(cols)


def facility_header_fields(headers: list[str]) -> dict[str, str]:
    return match_headers(headers, section="facilities").fields


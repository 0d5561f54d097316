"""Write cleaned records as Parquet partitioned by year and month, one file per input file and
month: ``records/year=2024/month=3/part-<file id>.parquet``. The file id is a hash of the input
file's bytes, so ingesting the same export again replaces its rows instead of adding them.

Files are written under a temporary name (a leading dot: DuckDB's glob and Spark skip it) and
renamed when the whole input file has been read, so a failed file leaves nothing half-written.
Per-file reject counts go to ``records/_rejects/<file id>.parquet``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

STORED = pa.schema([
    ("hospital_code", pa.string()), ("hospital_name", pa.string()), ("hospital_id", pa.string()),
    ("hospital_county_code", pa.string()), ("hospital_level", pa.string()),
    ("patient_pid", pa.string()), ("record_pid", pa.string()), ("sex", pa.string()),
    ("birth_date", pa.date32()), ("age", pa.int32()),
    ("residence_county_code", pa.string()), ("hukou_county_code", pa.string()),
    ("admission_route", pa.string()), ("admission_date", pa.date32()), ("discharge_date", pa.date32()),
    ("length_of_stay", pa.int64()), ("discharge_method", pa.string()),
    ("receiving_institution", pa.string()), ("receiving_county_code", pa.string()), ("receiving_level", pa.string()),
    ("diagnosis_code", pa.string()), ("icd10_chapter", pa.string()), ("total_cost_fen", pa.int64()),
    ("source_file_id", pa.string()), ("source_row", pa.int64()),
])
REJECTS = pa.schema([("file_name", pa.string()), ("reason_code", pa.string()), ("rows", pa.int64())])


def file_id(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 24):
            h.update(chunk)
    return h.hexdigest()[:16]


def records_dir(db_path: Path) -> Path:
    """``records/`` beside the database file (data/curated/records/ for the default database)."""
    return Path(db_path).resolve().parent / "records"


class FileWriter:
    """Writers for one input file, one per year-month seen."""

    def __init__(self, root: Path, fid: str):
        self.root, self.fid = root, fid
        self._writers: dict[tuple[int, int], tuple[pq.ParquetWriter, Path, Path]] = {}

    def write(self, cleaned: pa.Table) -> None:
        kept = cleaned.filter(pc.is_null(cleaned.column("reject_code")))
        if not kept.num_rows:
            return
        kept = kept.append_column("source_file_id", pa.array([self.fid] * kept.num_rows, pa.string()))
        ym = pc.add(pc.multiply(kept.column("year").cast(pa.int64()), 100), kept.column("month").cast(pa.int64()))
        for key in pc.unique(ym).to_pylist():
            part = kept.filter(pc.equal(ym, key)).select(STORED.names).cast(STORED)
            w = self._writer(key // 100, key % 100)
            w.write_table(part)

    def _writer(self, year: int, month: int) -> pq.ParquetWriter:
        if (year, month) not in self._writers:
            d = self.root / f"year={year}" / f"month={month}"
            d.mkdir(parents=True, exist_ok=True)
            final = d / f"part-{self.fid}.parquet"
            tmp = d / f".part-{self.fid}.parquet.tmp"
            self._writers[(year, month)] = (pq.ParquetWriter(tmp, STORED, compression="zstd"), tmp, final)
        return self._writers[(year, month)][0]

    def commit(self) -> int:
        """Replace this file's earlier output by the new one; returns the number of partitions."""
        for w, _, _ in self._writers.values():
            w.close()
        remove_file_output(self.root, self.fid)
        for _, tmp, final in self._writers.values():
            tmp.rename(final)
        return len(self._writers)

    def abort(self) -> None:
        for w, tmp, _ in self._writers.values():
            try:
                w.close()
            finally:
                tmp.unlink(missing_ok=True)


def remove_file_output(root: Path, fid: str) -> None:
    for old in root.glob(f"year=*/month=*/part-{fid}.parquet"):
        old.unlink()


def write_rejects(root: Path, fid: str, file_name: str, counts: dict[str, int]) -> None:
    d = root / "_rejects"
    d.mkdir(parents=True, exist_ok=True)
    t = pa.table({"file_name": [file_name] * len(counts), "reason_code": list(counts),
                  "rows": list(counts.values())}, schema=REJECTS)
    tmp = d / f".{fid}.parquet.tmp"
    pq.write_table(t, tmp)
    tmp.replace(d / f"{fid}.parquet")

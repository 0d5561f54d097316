"""``duikou records ingest``: read → pseudonymise → clean → store, then the indicators.

Reads as: find the files; know where the hospitals are; for each file, stream its batches
through pseudonymisation and cleaning into the Parquet store (all or nothing per file); then
compute the indicators with the configured engine and point the database's views at them.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from tqdm import tqdm

from pipelines.db.connection import connect
from pipelines.db.runs import finish_run, start_run
from pipelines.privacy.person_id import load_key, mask_id_numbers
from pipelines.records import clean, indicators, read, store
from pipelines.records import facilities as fac
from pipelines.records.column_map import field_label
from pipelines.records.pseudonymise import Pseudonymiser

ENGINES = ("duckdb", "spark")


@dataclass
class FileResult:
    file_name: str                  # ID numbers masked
    format: str = ""
    encoding: str | None = None
    rows_read: int = 0
    rows_stored: int = 0
    rejects: dict[str, int] = field(default_factory=dict)
    cleaned: dict[str, int] = field(default_factory=dict)   # ID numbers converted, masked in text, ...
    unmapped_headers: list[str] = field(default_factory=list)
    hospitals_unlocated: int = 0
    error: str | None = None


@dataclass
class RecordsReport:
    records_dir: str
    engine: str
    files: list[FileResult] = field(default_factory=list)
    facility_files: list[str] = field(default_factory=list)
    facility_errors: list[str] = field(default_factory=list)
    missing_paths: list[str] = field(default_factory=list)
    usage_error: str | None = None
    county_months: int = 0
    hospital_months: int = 0
    seconds: float = 0.0
    run_id: str | None = None       # the ingest's row in the runs table (kind "records")

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error]

    def as_dict(self) -> dict:
        d = asdict(self)
        d["files_failed"] = len(self.failed)
        return d


def _safe_name(path: Path) -> str:
    return str(mask_id_numbers(path.name))


def _load_facilities(db: Path, found: list[Path], named: list[str], report: RecordsReport) -> pa.Table:
    registry = fac.from_registry(None)
    if db.exists():
        con = connect(db, read_only=True)
        try:
            registry = fac.from_registry(con)
        finally:
            con.close()
    dictionaries = []
    for p in [*map(Path, named), *found]:
        try:
            dictionaries.append(fac.read_dictionary(p))
            report.facility_files.append(_safe_name(p))
        except (fac.FacilityFileError, OSError) as exc:
            report.facility_errors.append(f"{_safe_name(p)}: {exc}")
    return fac.build(registry, dictionaries)


def _ingest_file(path: Path, display: str, root: Path, con, pseudo: Pseudonymiser, bar) -> FileResult:
    res = FileResult(str(mask_id_numbers(display)))
    try:
        opened = read.open_file(path)
    except read.UnreadableFile as exc:
        res.error = str(exc)
        return res
    res.format, res.encoding = opened.format, opened.encoding
    res.unmapped_headers = [str(mask_id_numbers(h)) for h in opened.match.unmatched]
    if opened.match.missing_required:
        res.error = ("缺少必需的列 / required columns missing: "
                     + ", ".join(field_label(f) for f in opened.match.missing_required)
                     + "（表头可在 pipelines/records/column_map.yaml 中补充 / headers can be added to the column map)")
        return res
    fid = store.file_id(path)
    writer = store.FileWriter(root, fid)
    rejects: Counter[str] = Counter()
    pseudo.findings.clear()
    def clean_and_write(batch: pa.Table) -> None:
        cleaned = clean.clean_batch(con, batch)
        writer.write(cleaned)
        res.rows_read += cleaned.num_rows
        codes = cleaned.column("reject_code")
        for item in pc.value_counts(pc.drop_null(codes)).to_pylist():
            rejects[item["values"]] += item["counts"]
        kept = pc.is_null(codes)
        res.hospitals_unlocated += pc.sum(pc.and_(kept, pc.is_null(cleaned.column("hospital_county_code")))).as_py() or 0
        bar.update(cleaned.num_rows)

    # Two stages in step: while DuckDB cleans and pyarrow writes one batch (both release the
    # GIL), Python reads and pseudonymises the next. One batch in flight, so memory stays bounded.
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="records-clean") as pool:
            pending = None
            for batch in read.batches(opened):
                ready = pseudo.apply(batch)
                if pending is not None:
                    pending.result()
                pending = pool.submit(clean_and_write, ready)
            if pending is not None:
                pending.result()
    except pa.ArrowInvalid as exc:
        writer.abort()
        # pyarrow's message quotes the offending row: it is not repeated (it may hold personal data)
        kind = "编码" if "utf" in str(exc).lower() or "decode" in str(exc).lower() else "格式"
        res.error = (f"CSV {kind}错误，约在第 {res.rows_read + 2} 行之后；文件未导入 / the CSV is malformed "
                     f"({'encoding' if kind == '编码' else 'column count or quoting'}) after about row {res.rows_read + 2}; "
                     "the file was not ingested")
        res.rows_read = 0
        return res
    except BaseException:
        writer.abort()
        raise
    writer.commit()
    res.rows_stored = res.rows_read - sum(rejects.values())
    res.rejects = dict(sorted(rejects.items()))
    res.cleaned = dict(sorted(pseudo.findings.items()))
    store.write_rejects(root, fid, res.file_name, res.rejects)
    return res


def ingest_records(paths: list[str], db: Path, *, facility_files: list[str] = (), engine: str = "duckdb",
                   spark_master: str | None = None, memory_limit: str = indicators.DEFAULT_MEMORY_LIMIT,
                   records_dir: Path | None = None, show_progress: bool = True) -> RecordsReport:
    t0 = time.perf_counter()
    db = Path(db)
    root = Path(records_dir) if records_dir else store.records_dir(db)
    report = RecordsReport(records_dir=str(root), engine=engine)
    if engine not in ENGINES:
        report.usage_error = f"未知引擎 / unknown engine {engine!r} (duckdb, spark)"
        return report

    # load inputs
    found = read.find_inputs(paths)
    report.missing_paths = [str(mask_id_numbers(p)) for p in found.missing]
    if not found.records:
        return report   # nothing to read: the command says so (exit 2), before asking for a dictionary
    missing_named = [f for f in facility_files if not Path(f).is_file()]
    if missing_named:
        report.usage_error = f"找不到机构字典 / facility dictionary not found: {', '.join(map(str, missing_named))}"
        return report
    facilities = _load_facilities(db, found.facilities, list(facility_files), report)
    if not fac.known_counties(facilities):
        report.usage_error = ("不知道医院所在的县：数据库中没有医院，也没有机构字典；请用 --facilities 指定 / no hospital "
                              "locations: the database has no hospitals and no facility dictionary (机构字典) was found; "
                              "name one with --facilities")
        return report

    # a runs row (kind "records"), started before any file is read and finished with the views:
    # a run killed midway stays "running", and its start still counts as a change of the data
    # (pipelines/db/runs.py last_ingest_at: a validation older than it is flagged stale)
    report.run_id = _start(db, {"paths": [str(mask_id_numbers(p)) for p in paths], "files": len(found.records),
                                "engine": engine, "records_dir": str(root), "memory_limit": memory_limit})
    try:
        _process_and_publish(report, found, facilities, root, db, engine, spark_master, memory_limit, show_progress)
    except BaseException:
        _finish(db, report.run_id, "failed")
        raise
    report.seconds = round(time.perf_counter() - t0, 2)
    return report


def _start(db: Path, config: dict) -> str:
    con = connect(db, read_only=False, create=True)
    try:
        return start_run(con, "records", None, config)
    finally:
        con.close()


def _finish(db: Path, run_id: str | None, status: str) -> None:
    """Mark the run failed after an error, if the database can still be written (the error
    itself may be that it cannot: the original error is the one reported)."""
    if not run_id:
        return
    try:
        con = connect(db, read_only=False)
        try:
            finish_run(con, run_id, status)
        finally:
            con.close()
    except Exception:  # noqa: BLE001 - disk full, read-only, busy: the run stays "running", which is what it is
        pass


def _process_and_publish(report: RecordsReport, found, facilities: pa.Table, root: Path, db: Path, engine: str,
                         spark_master: str | None, memory_limit: str, show_progress: bool) -> None:
    # process: each file all or nothing
    root.mkdir(parents=True, exist_ok=True)
    spill = root / "_tmp_clean"
    con = clean.connect(memory_limit, spill)
    try:
        clean.prepare_lookups(con, facilities)
        pseudo = Pseudonymiser(load_key())
        with tqdm(desc="records", unit=" rows", disable=not show_progress, file=None, mininterval=1.0) as bar:
            for path in found.records:
                report.files.append(_ingest_file(path, found.display[path], root, con, pseudo, bar))
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)

    # save outputs: the indicators by the configured engine, and the views
    if engine == "spark":
        from pipelines.records.spark_engine import run_spark
        tables = run_spark(root, spark_master)
    else:
        tables = indicators.run_duckdb(root, memory_limit)
    indicators.materialise(root, tables)
    report.county_months = tables["county_month"].num_rows
    report.hospital_months = tables["hospital_month"].num_rows
    dbcon = connect(db, read_only=False, create=True)
    try:
        indicators.create_views(dbcon, root)
        finish_run(dbcon, report.run_id, "ok")
    finally:
        dbcon.close()


def format_report(rep: RecordsReport) -> str:
    reasons = clean.reject_reasons()
    lines = [f"病案首页记录 / discharge records → {rep.records_dir} (engine {rep.engine})"]
    for f in rep.files:
        if f.error:
            lines.append(f"  ✗ {f.file_name}: {f.error}")
            continue
        enc = f", {f.encoding}" if f.encoding else ""
        lines.append(f"  ✓ {f.file_name} ({f.format}{enc}): 读取 read {f.rows_read:,}, 入库 stored {f.rows_stored:,}, "
                     f"剔除 rejected {sum(f.rejects.values()):,}")
        for code, n in f.rejects.items():
            r = reasons.get(code, {})
            lines.append(f"      {code} {n:,}: {r.get('zh', '')} / {r.get('en', '')}")
        for code, n in f.cleaned.items():
            lines.append(f"      已清理 cleaned {code} {n:,}")
        if f.hospitals_unlocated:
            lines.append(f"      {f.hospitals_unlocated:,} 条记录的医院不在机构字典中（不计入县域内） / records from a hospital "
                         "not in the facility dictionary (not counted as within the county)")
        if f.unmapped_headers:
            lines.append(f"      未使用的列 / columns not used: {', '.join(f.unmapped_headers)}")
    for e in rep.facility_errors:
        lines.append(f"  ! {e}")
    for p in rep.missing_paths:
        lines.append(f"  ✗ {p}: 路径不存在 / no such file or folder")
    lines.append(f"records_county_month {rep.county_months:,} 行/rows · records_hospital_month {rep.hospital_months:,} 行/rows"
                 f" · {rep.seconds}s")
    return "\n".join(lines)

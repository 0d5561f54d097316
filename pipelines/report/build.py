"""`duikou report --year YYYY`: execute notebooks/annual_report.ipynb headless with papermill
and export it to one self-contained HTML file (code hidden, plotly.js inline, no CDN),
with a run manifest beside it.

Compute once, render after: the publishing step (pipelines/published/publish.py) computes
every table the report publishes and stores it in schema ``published`` of the database; the
notebook only reads and renders those tables. The manifest records what the numbers depend on
(input files' hashes, profile, region, notebook, git commit, package versions) and what they
are: a hash of exactly the stored published tables (and the effect estimates among them), so a
re-run on the same inputs can be checked to give the same numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from pipelines.errors import UserError
from pipelines.privacy.suppression import Policy
from pipelines.programme.defaults import DEFAULT_PROFILE

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "annual_report.ipynb"
TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGES = ["duckdb", "pandas", "plotly", "great-expectations", "papermill", "nbconvert", "python-calamine", "pyarrow",
            "moderndid", "scipy", "numpy"]


@dataclass
class ReportOutput:
    html: Path
    manifest: Path
    pdf: Path | None = None


def report_stem(year: int, profile: str, lang: str, region: str | None = None) -> str:
    """The file name of a report without extension: year, profile, region (when there is one) and
    language, so reports of another profile, region or language never overwrite each other."""
    from pipelines.report.context import slug

    return "-".join(["annual-report", str(int(year)), slug(profile)] + ([slug(region)] if region else []) + [lang])


def _ipc_kernel_manager(socket_prefix: Path):
    """A kernel manager that talks to the kernel over local sockets in a temporary directory:
    the kernel is never reachable over TCP, and ipykernel does not warn about unencrypted TCP."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import Unicode

    class IPCKernelManager(AsyncKernelManager):
        transport = Unicode("ipc")
        ip = Unicode(str(socket_prefix))

    return IPCKernelManager

def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=NOTEBOOK.parent, capture_output=True, text=True, timeout=5)
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def _input_hashes(con) -> list[dict]:
    rows = con.execute("""SELECT file_name, file_sha256, count(*) AS sheets FROM submissions
                          WHERE superseded_by IS NULL GROUP BY 1, 2 ORDER BY 1""").fetchall()
    return [{"file": f, "sha256": s, "sheets": n} for f, s, n in rows]


def report_values(con, year: int, profile: str, region: str | None = None) -> dict:
    """The manifest's numbers of a report, computed (on any connection, read-only too) by the
    publishing step without storing them: the hash of every published table (and per table)
    and the effect estimates."""
    from pipelines.published.context import PublishContext, published_tables, resolve_region

    ctx = PublishContext(con, int(year), profile, "zh", resolve_region(con, region))
    return manifest_values(published_tables(ctx))


def manifest_values(tables: dict) -> dict:
    """The manifest's numbers from the published tables: their hashes, and the effect
    estimates as JSON rows (without the tables' key and display columns)."""
    from pipelines.published.context import values_digest
    from pipelines.published.store import KEYS

    whole, per = values_digest(tables)
    eff = tables["effect_estimates"]
    eff = eff.drop(columns=[c for c in (*KEYS, "outcome_order", "estimate_pct", "ci_low_pct", "ci_high_pct") if c in eff.columns])
    effects = [{k: _json_number(v) for k, v in row.items()} for row in eff.to_dict("records")]
    return {"indicator_values_sha256": whole, "indicator_tables_sha256": per, "effects": effects}


def _json_number(v):
    """Floats to 10 decimals (stable across runs), NaN as null (valid JSON), numpy numbers as
    Python ones."""
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        v = v.item()
    if isinstance(v, float):
        return None if v != v else round(v, 10)
    return v


def build_report(db, year: int, profile: str = DEFAULT_PROFILE, out_dir: Path = Path("reports"), lang: str = "zh",
                 region: str | None = None, pdf: bool = False) -> ReportOutput:
    """Execute the report notebook and write ``<stem>.html`` and ``<stem>.manifest.json`` into
    ``out_dir`` (``report_stem``); with ``pdf``, also ``<stem>.pdf`` (A4, printed by headless
    Chromium from the HTML's print stylesheet)."""
    import nbformat
    import papermill as pm
    from nbconvert import HTMLExporter

    from pipelines.db.connection import connect
    from pipelines.db.runs import new_run_id, validation_is_stale
    from pipelines.derived import data_years
    from pipelines.programme.profiles import load_profile
    from pipelines.published.publish import publish, stored_tables
    from pipelines.report.context import resolve_region

    if lang not in ("zh", "en"):
        raise UserError(f"未知语言 {lang!r}（zh 或 en） / unknown language {lang!r} (zh or en)")
    load_profile(profile)  # a clear error for an unknown profile, before the notebook runs
    db = Path(db).resolve()
    started = dt.datetime.now()
    run_id = new_run_id("report", started)
    # the publishing step: every published table computed once and stored (one transaction,
    # replacing only this year's, profile's and region's rows); the manifest hashes what is stored
    con = connect(db, read_only=False)
    try:
        vrun, ingested, stale = validation_is_stale(con, profile)
        years = data_years(con)
        if year not in years:
            raise UserError(f"数据库中没有 {year} 年的数据（已有：{years}） / no data for {year} in the database (years present: {years})")
        scope = resolve_region(con, region)   # a clear error for an unknown region
        inputs = _input_hashes(con)
        publish(con, int(year), profile, scope.region)
        values = manifest_values(stored_tables(con, int(year), profile, scope.region))
    finally:
        con.close()

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    generated = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    env_path = os.environ.get("PATH", "")
    # the notebook kernel must be this interpreter (the project's venv), whatever PATH says
    os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env_path
    try:
        with tempfile.TemporaryDirectory() as tmp:
            executed = Path(tmp) / "annual_report.executed.ipynb"
            # the notebook reads the stored published tables and renders them.
            # request_save_on_cell_execute=False: the executed notebook is written once, at the
            # end, not after every cell
            pm.execute_notebook(str(NOTEBOOK), str(executed), kernel_name="python3", progress_bar=False,
                                kernel_manager_class=_ipc_kernel_manager(Path(tmp) / "kernel"),
                                parameters={"db": str(db), "year": int(year), "profile": profile, "lang": lang, "generated": generated,
                                            "region": scope.region},
                                cwd=str(NOTEBOOK.parents[1]), log_output=False, request_save_on_cell_execute=False)
            nb = nbformat.read(executed, as_version=4)
    finally:
        os.environ["PATH"] = env_path
    exporter = HTMLExporter(template_name="duikou", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    title = f"{year}年度对口支援评估报告" if lang == "zh" else f"Counterpart-support evaluation {year}"
    if scope.region:
        title += f" · {scope.region}"
    body = body.replace("<title>Notebook</title>", f"<title>{title}</title>", 1)
    # the page's language (nbconvert writes lang="en" whatever the text): fonts, hyphenation, screen readers
    body = re.sub(r"<html[^>]*>", f'<html lang="{"zh-CN" if lang == "zh" else "en"}">', body, count=1)
    stem = report_stem(year, profile, lang, scope.region)
    html_path = out_dir / f"{stem}.html"
    html_path.write_text(body, encoding="utf-8")
    pdf_path = None
    if pdf:
        from pipelines.report.pdf import html_to_pdf

        pdf_path = html_to_pdf(html_path, out_dir / f"{stem}.pdf")

    policy = Policy.default()
    manifest = {
        "report": html_path.name,
        "pdf": pdf_path.name if pdf_path else None,
        "year": year,
        "profile": profile,
        "region": scope.region,
        "region_level": scope.level,
        "language": lang,
        "generated_at": generated,
        "database": str(db),
        "notebook_sha256": hashlib.sha256(NOTEBOOK.read_bytes()).hexdigest(),
        "git_commit": _git_commit(),
        "python": sys.version.split()[0],
        "packages": {p: _version(p) for p in PACKAGES},
        "inputs": inputs,
        "suppression": {k: getattr(policy, k) for k in ("enabled", "low", "high", "round_to", "mask")},
        # the validation run the annex and compliance sections read (runs table), and whether
        # data were ingested after it started
        "validation_run": ({"run_id": vrun.run_id, "seq": vrun.seq, "started_at": vrun.started_at.isoformat(timespec="seconds")}
                           if vrun else None),
        "last_ingest_at": ingested.isoformat(timespec="seconds") if ingested else None,
        "validation_older_than_ingest": stale,
        "report_run": run_id,   # the runs table's row of this report (it published the tables hashed below)
        **values,
    }
    if stale:
        print(f"警告：规则核查 {vrun.run_id} 早于最近一次导入（{ingested:%Y-%m-%d %H:%M}），请重新运行 duikou validate --profile {profile} / "
              f"warning: validation run {vrun.run_id} is older than the last ingest; run duikou validate --profile {profile} again",
              file=sys.stderr)
    man_path = out_dir / f"{stem}.manifest.json"
    man_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    _record(db, profile, {"year": year, "region": scope.region, "lang": lang, "manifest": str(man_path),
                          "validation_run": vrun.run_id if vrun else None, "published": True}, started, run_id)
    return ReportOutput(html_path, man_path, pdf_path)


def _record(db: Path, profile: str, config: dict, started: dt.datetime, run_id: str) -> None:
    """The report run in the runs table; a database another process holds meanwhile is said,
    and the report stands (its manifest records the same)."""
    import duckdb

    from pipelines.db.connection import DatabaseBusy, connect
    from pipelines.db.runs import record_run

    try:
        con = connect(db, read_only=False)
    except (DatabaseBusy, duckdb.ConnectionException) as exc:
        print(f"报告运行未记入 runs 表 / the report run was not recorded in the runs table: {exc}", file=sys.stderr)
        return
    try:
        record_run(con, "report", profile, config, started, run_id=run_id)
    finally:
        con.close()


def _version(pkg: str) -> str | None:
    try:
        return metadata.version(pkg)
    except metadata.PackageNotFoundError:
        return None

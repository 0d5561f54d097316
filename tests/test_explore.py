"""notebooks/explore.ipynb, the researchers' starter notebook, runs headless against the demo
database (a read-only copy) and against a frozen snapshot (its default once a year is frozen),
and stays committed without outputs."""

import json
import os
import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"

pytestmark = pytest.mark.slow


def test_committed_without_outputs_and_links_the_data_dictionary():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert not any(c.get("outputs") or c.get("execution_count") for c in nb["cells"])
    text = "".join("".join(c["source"]) for c in nb["cells"])
    assert "(../docs/data-dictionary.md)" in text
    assert (NOTEBOOK.parent / "../docs/data-dictionary.md").resolve().exists()
    assert "from pipelines import connect, indicators" in text


def run_notebook(tmp_path: Path, parameters: dict, monkeypatch) -> str:
    """The notebook run by papermill in the notebooks/ folder (as Jupyter opens it); its outputs as text."""
    import nbformat
    import papermill as pm

    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))  # the kernel: this venv
    pm.execute_notebook(str(NOTEBOOK), str(tmp_path / "out.ipynb"), parameters=parameters,
                        kernel_name="python3", progress_bar=False, cwd=str(NOTEBOOK.parent))
    nb = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    assert not any(o.get("output_type") == "error" for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    return " ".join(str(o.get("data", {}).get("text/plain", "")) + str(o.get("text", ""))
                    for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))


def test_runs_headless_against_the_demo_database(validated_db, tmp_path, monkeypatch):
    outputs = run_notebook(tmp_path, {"db": str(validated_db), "year": 2024}, monkeypatch)
    assert f"read-only copy of {validated_db}" in outputs   # a path given: a copy, never the file itself
    assert "hospital_monthly_stats" in outputs          # the table list
    assert "石桥县" in outputs                           # the within-county indicator
    assert "referral_rate" in outputs and "twfe" in outputs   # the effect estimates
    assert "R07" in outputs                             # validation findings


def test_reads_the_latest_snapshot_by_default(validated_db, tmp_path, monkeypatch):
    """With no database named, the project's database (here $DUIKOU_DB) is read through its latest
    frozen snapshot: the same analyses run on the Parquet files."""
    import shutil

    from pipelines.annual.freeze import freeze

    db = tmp_path / "data" / "curated" / "duikou.duckdb"
    db.parent.mkdir(parents=True)
    shutil.copy(validated_db, db)
    freeze(db, 2024, "national-2009")
    monkeypatch.setenv("DUIKOU_DB", str(db))
    outputs = run_notebook(tmp_path, {"year": 2024}, monkeypatch)
    assert f"snapshot 2024 v1 ({tmp_path / 'data' / 'published' / '2024' / 'v1'})" in outputs
    assert "石桥县" in outputs and "referral_rate" in outputs and "R07" in outputs

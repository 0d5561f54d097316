"""notebooks/explore.ipynb, the researchers' starter notebook, runs headless against the demo
database and stays committed without outputs."""

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


def test_runs_headless_against_the_demo_database(validated_db, tmp_path):
    import nbformat
    import papermill as pm

    env_path = os.environ.get("PATH", "")
    os.environ["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env_path   # the kernel is this venv's python
    try:
        pm.execute_notebook(str(NOTEBOOK), str(tmp_path / "out.ipynb"), parameters={"db": str(validated_db), "year": 2024},
                            kernel_name="python3", progress_bar=False, cwd=str(NOTEBOOK.parents[1]))
    finally:
        os.environ["PATH"] = env_path
    nb = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    outputs = " ".join(str(o.get("data", {}).get("text/plain", "")) + str(o.get("text", ""))
                       for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert not any(o.get("output_type") == "error" for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "hospital_monthly_stats" in outputs          # the table list
    assert "石桥县" in outputs                           # the within-county indicator
    assert "referral_rate" in outputs and "twfe" in outputs   # the effect estimates
    assert "R07" in outputs                             # validation findings

"""The annual-report notebook executes headless and the HTML stands alone."""

import json
import re
from pathlib import Path

import pytest

from pipelines.report.build import NOTEBOOK, build_report

pytestmark = pytest.mark.slow


def test_notebook_committed_without_outputs():
    nb = json.loads(Path(NOTEBOOK).read_text(encoding="utf-8"))
    assert not any(c.get("outputs") or c.get("execution_count") for c in nb["cells"])
    assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in nb["cells"])


@pytest.fixture(scope="module")
def report(validated_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    return build_report(validated_db, year=2024, profile="national-2009", out_dir=out)


def test_report_is_self_contained(report):
    html = report.html.read_text(encoding="utf-8")
    assert "2024年度城乡医院对口支援工作评估报告" in html
    assert "SYNTHETIC" in html
    assert html.count('class="plotly-graph-div"') >= 3           # county trend, trainees, techniques
    assert "Plotly.newPlot" in html
    # plotly.js is inline, nothing is loaded from a CDN
    assert not re.search(r'<script[^>]+src="https?://', html)
    assert not re.search(r'<link[^>]+href="https?://', html)
    # data-quality section lists planted violations with their rule IDs
    assert "R07" in html and "R09" in html


def test_manifest(report):
    m = json.loads(report.manifest.read_text(encoding="utf-8"))
    assert m["year"] == 2024 and m["profile"] == "national-2009"
    assert m["inputs"] and all(len(i["sha256"]) == 64 for i in m["inputs"])
    assert m["packages"]["great-expectations"]


def test_unknown_year_is_a_clear_error(validated_db, tmp_path):
    from pipelines.errors import UserError

    with pytest.raises(UserError, match="2031"):
        build_report(validated_db, year=2031, out_dir=tmp_path)

"""The dead-code check of ``make test``: vulture over pipelines/, counting as uses what it cannot
see by itself — the notebooks' code cells, the functions the catalogues name as data
(``function: pipelines.x.y.name`` in pipelines/catalogue/*.yaml), and the tests and benchmarks
(a function only a test calls is reported by vulture's own rules elsewhere, not here).
Names only a framework calls are listed in IGNORE with the reason. Exit 1 with the findings
if anything in pipelines/ is unused.

    .venv/bin/python scripts/dead_code.py
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIN_CONFIDENCE = 60
IGNORE = {
    "__getattr__",          # PEP 562 module attribute hook (pipelines/__init__.py)
    "transport", "ip",      # traitlets settings of the report's kernel manager (report/build.py)
    "progress_bars",        # a Great Expectations context variable set to silence its bars
    "HASH_THRESHOLD",       # a Great Expectations module setting: no batch fingerprint (validation/gx_runner.py)
    "n_control",            # an estimate's count, filled from a dict and published
    "handle_starttag", "handle_endtag", "handle_data",  # html.parser.HTMLParser's callbacks (read_cells)
}


def notebook_code(out: Path) -> None:
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        src = "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        # IPython magics and shell lines are not Python
        src = "\n".join(line for line in src.splitlines() if not line.lstrip().startswith(("%", "!")))
        (out / f"{nb.stem}_notebook.py").write_text(src, encoding="utf-8")


def catalogue_functions() -> set[str]:
    names = set()
    for y in (ROOT / "pipelines").rglob("*.yaml"):
        names |= set(re.findall(r"function:\s*[\w.]+\.(\w+)", y.read_text(encoding="utf-8")))
    return names


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="duikou-deadcode-") as tmp:
        notebook_code(Path(tmp))
        ignore = sorted(IGNORE | catalogue_functions())
        cmd = [sys.executable, "-m", "vulture", "pipelines", "tests", "benchmarks", "scripts", tmp,
               f"--min-confidence={MIN_CONFIDENCE}", f"--ignore-names={','.join(ignore)}"]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    found = [line for line in out.stdout.splitlines() if line.startswith("pipelines/")]
    if out.returncode not in (0, 3):  # 3: vulture found something; anything else is its own error
        print(out.stdout + out.stderr, file=sys.stderr)
        return out.returncode
    if found:
        print("未使用的代码 / unused code (scripts/dead_code.py):\n" + "\n".join(found), file=sys.stderr)
        return 1
    print(f"dead-code check: nothing unused in pipelines/ (vulture, confidence >= {MIN_CONFIDENCE})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

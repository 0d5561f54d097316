"""No module imports against the data flow: raw → curated (ingest, db) → validation →
indicators → evaluation → published → report, with the programme's configuration
(programme, catalogue, db, privacy primitives, errors, safe_text) below all. Every import in
every module of pipelines/ (top level and inside functions) is read with ast and checked."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "pipelines"

# layer of a module (longest matching prefix wins; a package not listed fails until it is placed);
# a module may import its own layer or lower
LAYERS = {
    "pipelines": 0,  # the package itself: lazy attributes only (connect, indicators)
    "pipelines.programme": 0, "pipelines.catalogue": 0, "pipelines.db": 0, "pipelines.errors": 0,
    "pipelines.safe_text": 0, "pipelines.privacy": 0,  # privacy primitives: keyed pseudonyms, suppression
    "pipelines.child_processes": 0,
    "pipelines.synthetic": 1, "pipelines.templates": 1,                      # raw
    "pipelines.ingest": 2, "pipelines.records": 2, "pipelines.derived": 2,   # curated
    "pipelines.validation": 3,
    "pipelines.indicators": 4,
    "pipelines.evaluation": 5,
    "pipelines.published": 6, "pipelines.export": 6,
    "pipelines.annual": 6,   # freeze, snapshots and amendments of a year's published numbers
    "pipelines.report": 7,
    # entry points that run the stages in order
    "pipelines.cli": 9, "pipelines.cli_json": 9, "pipelines.__main__": 9, "pipelines.demo": 9, "pipelines.data_dictionary": 9,
    "pipelines.templates.cli": 9, "pipelines.records.cli": 9, "pipelines.annual.cli": 9,
}
# Upward imports still in the tree, each with who fixes it; the test fails on any other, so the
# list only shrinks (remove a line once its import is gone).
KNOWN = {
    # the form catalogue is configuration that lives in ingest (owner: ingest; move it to
    # pipelines/catalogue/ or pipelines/programme/ and import it from there)
    ("pipelines/synthetic/render_layouts.py", "pipelines.ingest.form_catalogue"),
    ("pipelines/synthetic/render_standard.py", "pipelines.ingest.form_catalogue"),
    ("pipelines/templates/build.py", "pipelines.ingest.form_catalogue"),
    # owner: templates; import pipelines.programme.profiles instead
    ("pipelines/templates/build.py", "pipelines.validation.profiles"),
    # owner: templates; the package re-exports its command line (entry point)
    ("pipelines/templates/__init__.py", "pipelines.templates.cli"),
}
NAMES = {0: "configuration", 1: "raw", 2: "curated", 3: "validation", 4: "indicators", 5: "evaluation",
         6: "published", 7: "report", 9: "entry point"}


def layer(module: str) -> int:
    """A module's layer; a package not listed fails (it must be placed in the flow)."""
    if module == "pipelines":
        return LAYERS[module]
    parts = module.split(".")
    for i in range(len(parts), 1, -1):
        if ".".join(parts[:i]) in LAYERS:
            return LAYERS[".".join(parts[:i])]
    raise AssertionError(f"{module}: no layer (add it to LAYERS in tests/test_import_flow.py)")


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported pipelines module) of every import in a file."""
    mod = module_name(path)
    pkg = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.startswith("pipelines")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("pipelines"):
                if node.module is None or target == "pipelines":   # from pipelines import x: x may be a module
                    out += [(node.lineno, f"{target}.{a.name}") for a in node.names]
                else:
                    out.append((node.lineno, target))
    return out


def upward_imports() -> list[str]:
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        mod = module_name(path)
        own = layer(mod)
        for line, target in imports(path):
            if layer(target) > own and (str(path.relative_to(ROOT)), target) not in KNOWN:
                bad.append(f"{path.relative_to(ROOT)}:{line} ({NAMES[own]}) imports {target} ({NAMES[layer(target)]})")
    return bad


def test_no_module_imports_against_the_flow():
    bad = upward_imports()
    assert not bad, "imports against the data flow:\n" + "\n".join(bad)


def test_the_check_sees_an_upward_import(tmp_path, monkeypatch):
    """The checker itself: a validation module importing the report is caught, at any depth."""
    src = "def f():\n    from pipelines.report.context import ReportContext\n    from . import run\n"
    p = PKG / "validation" / "_probe_upward.py"
    found = None
    try:
        p.write_text(src, encoding="utf-8")
        found = [b for b in upward_imports() if "_probe_upward" in b]
    finally:
        p.unlink()
    assert found == ["pipelines/validation/_probe_upward.py:2 (validation) imports pipelines.report.context (report)"]

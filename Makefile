# duikou — set-up and main jobs. The README's two commands are `make demo` and `make test`.
# Both create .venv from uv.lock (exact versions) on a machine with only Python 3.11 and make:
# uv, from PyPI, is installed into .venv by the system python3, then installs the locked versions
# (parallel downloads, cached wheels linked rather than unpacked: seconds instead of pip's minutes).
# What each set holds: pyproject.toml (runtime dependencies and the extras).
#   make demo     runtime + synthetic                     (.venv/.installed-demo)
#   make install  runtime + test, bench, synthetic, spark (.venv/.installed; `make test`, `make bench`)
#   make lab      runtime + synthetic + lab, then JupyterLab on notebooks/ (optional)
# Sets are added, never removed (uv sync --inexact): `make demo` after `make test` keeps the
# test packages. `make clean` starts over.

PYTHON     ?= python3
UV_VERSION := 0.13.9
VENV       := .venv
BIN        := $(VENV)/bin
UV         := $(BIN)/uv
LOCK       := uv.lock
# --frozen: exactly what uv.lock says, no resolving; --no-python-downloads: the .venv's Python
SYNC       := $(UV) sync --frozen --inexact --no-python-downloads

.PHONY: demo test install install-demo lab system-deps lock bench clean

demo: install-demo
	$(BIN)/duikou demo

test: install system-deps
	$(BIN)/ruff check pipelines tests benchmarks scripts
	$(BIN)/python scripts/dead_code.py
	$(BIN)/python -m pytest

install: $(VENV)/.installed
install-demo: $(VENV)/.installed-demo

# uv itself, pinned, in the project's .venv (made by the system python3 unless it exists)
$(UV):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)

# --compile-bytecode (as pip does) for the tests' set: where PYTHONDONTWRITEBYTECODE is set (many
# containers, CI) a process without .pyc files compiles everything it imports again, and the tests
# start hundreds (duikou, GX children, notebook kernels). It costs ~30 s here; the demo, one run,
# goes without (make demo: ~13 s more CPU when the variable is set, none on later runs without it).
$(VENV)/.installed: $(LOCK) pyproject.toml | $(UV)
	$(SYNC) --compile-bytecode --extra test --extra bench --extra synthetic --extra spark
	touch $@

$(VENV)/.installed-demo: $(LOCK) pyproject.toml | $(UV)
	$(SYNC) --extra synthetic
	touch $@

$(VENV)/.installed-lab: $(LOCK) pyproject.toml | $(UV)
	$(SYNC) --extra synthetic --extra lab
	touch $@

# Optional, not a set-up step: JupyterLab on notebooks/ (the demo's database: `make demo` first).
# `make lab LAB_ARGS=--no-browser` on a server; Ctrl-C stops it.
# (as root, in a container, JupyterLab refuses to start without --allow-root)
LAB_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
lab: $(VENV)/.installed-lab
	@echo "duikou: JupyterLab on notebooks/; Ctrl-C stops it"
	$(BIN)/jupyter lab --notebook-dir=notebooks $(LAB_ROOT) $(LAB_ARGS)

# Headless Chromium and CJK fonts for the report's real-browser test (Debian packages).
system-deps:
	@sh scripts/install-system-deps.sh

# Regenerate uv.lock after changing dependency ranges in pyproject.toml (versions already locked
# are kept when they still fit; `$(UV) lock --upgrade` moves everything to the newest).
lock: | $(UV)
	$(UV) lock --no-python-downloads

bench: install
	$(BIN)/python benchmarks/run_benchmark.py --preset province

clean:
	rm -rf $(VENV) data/curated/*.duckdb data/curated/records reports

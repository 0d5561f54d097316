# duikou — set-up and main jobs. The README's two commands are `make demo` and `make test`.
# Both create .venv from requirements.lock (exact versions) on a machine with only Python 3.11.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install system-deps lock bench clean

demo: install
	$(BIN)/duikou demo

test: install system-deps
	$(BIN)/ruff check pipelines tests benchmarks
	$(BIN)/python -m pytest

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# Headless Chromium and CJK fonts for the report's real-browser test (Debian packages).
system-deps:
	@sh scripts/install-system-deps.sh

# Regenerate the lock file after changing dependency ranges in pyproject.toml.
lock: install
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --quiet --no-header -o requirements.lock
	sed -i '1i # Locked dependency versions for duikou (Python 3.11). Generated from pyproject.toml by\n# `make lock` (uv pip compile --extra dev). Every install uses exactly these versions.' requirements.lock

bench: install
	$(BIN)/python benchmarks/run_benchmark.py --preset province

clean:
	rm -rf $(VENV) data/curated/*.duckdb data/curated/records reports

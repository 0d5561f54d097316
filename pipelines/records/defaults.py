"""Defaults of the records commands, in a module light enough for the CLI to import at start
(the engines import pyarrow and DuckDB)."""

from __future__ import annotations

import os

DEFAULT_MEMORY_LIMIT = os.environ.get("DUIKOU_RECORDS_MEMORY", "2GB")

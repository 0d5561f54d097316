"""duikou: reproducible evaluation of the urban-rural hospital counterpart-support programme.

For analysis in Jupyter::

    from pipelines import connect, indicators
    con = connect()   # the latest frozen snapshot of data/curated/duikou.duckdb, else a read-only copy of it
                      # (never a lock on the working file: connect(live=True) reads the file itself)
    indicators.referral_rate_recipient_year(con, years=[2023, 2024])

``connect`` and ``indicators`` are imported on first use, so that ingestion's worker
processes (which import pipelines.ingest only) stay light.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"
__all__ = ["connect", "indicators", "__version__"]


def __getattr__(name: str):
    if name == "connect":
        from pipelines.db.connection import connect

        return connect
    if name == "indicators":
        return importlib.import_module("pipelines.indicators")
    raise AttributeError(f"module 'pipelines' has no attribute {name!r}")

"""duikou: reproducible evaluation of the urban-rural hospital counterpart-support programme.

For analysis in Jupyter::

    from pipelines import connect, indicators
    con = connect()                       # data/curated/duikou.duckdb, read-only
    indicators.referral_rate_recipient_year(con, years=[2023, 2024])
"""

from __future__ import annotations

__version__ = "0.1.0"

from pipelines.db.connection import connect  # noqa: E402
from pipelines import indicators  # noqa: E402

__all__ = ["connect", "indicators", "__version__"]

"""The annual cycle after publication: a year frozen as versioned, hashed Parquet snapshots
(``freeze``), opened again for a report or analysis (``snapshot``), the working database's
changes to a frozen year listed (``amendments``) and analysis on a snapshot rather than the
live database (``analysis``). Layout and formats: ``scope`` (what "a year's rows" means).
"""

"""The annual cycle after publication: a year frozen as versioned, hashed Parquet snapshots
(``freeze``), opened again for a report (``snapshot``), the working database's changes to a
frozen year listed (``amendments``), and what changed between two versions (``changelog``).
Layout and formats: ``scope`` (what "a year's rows" means). Analysis opens the latest snapshot
through ``pipelines.connect()`` (pipelines/db/connection.py), which reads snapshots too.
"""

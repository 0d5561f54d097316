"""Defaults every command and function shares, defined once. The database path is
``pipelines.db.connection.default_db_path`` (``DUIKOU_DB`` or data/curated/duikou.duckdb)."""

DEFAULT_PROFILE = "national-2009"

"""The published layer: what a report and ``duikou export`` publish, computed once below the
report (publish.py) and stored in the database's schema ``published`` (store.py)."""

"""The programme's configuration, below every stage: profiles and rule templates
(profiles.py), title ranks (titles.py), small-number suppression settings (suppression.py)
and the defaults every command shares (defaults.py). Stages import from here, never from
each other against the data flow (tests/test_import_flow.py)."""

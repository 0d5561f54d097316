"""What a frozen year holds and where snapshots live.

A year's rows (the rows the year's published numbers can depend on): every curated row dated
in or before the year, none after, because the year's tables read earlier years too
(cumulative techniques, five-year trends, the programme effect's pre-period):

- deployments, trainees: ``start_date`` on or before 31 December of the year (a stay that had
  begun by the year's end; its end may fall later);
- techniques: ``first_performed_date``, activities: ``activity_date`` on or before the year's end;
- hospital_monthly_stats, county_inpatient_stats, staff_monthly_assessments: ``year`` <= the year;
- the registry (hospitals, hospital_aliases) and pairings: every row, as of the freeze;
- ingest bookkeeping: the submissions those rows came from plus every submission whose
  ``period`` starts with a year up to the year's, with their quarantined, finding and non-data rows;
- validation: the profile's latest validation run (its ``runs`` row, validation_results,
  compliance_scorecard and dqr_results of that run id);
- every table in schema ``published``: its rows of the year and profile where it has
  ``year`` / ``profile`` columns, else every row;
- patient-level records (``duikou records ingest``), when the database has them: the rows of
  the records views up to the year (``RECORDS``), as tables of the same names. What is frozen is
  the aggregates the views read (county × month, hospital × month, hospital × month × diagnosis
  group, rejects per file and reason), not the person-level Parquet store: they are what every
  records figure is computed from, they are small (thousands of rows against millions), and they
  hold no person-level data — no pseudonym of a patient goes into a snapshot that is kept for
  years and handed on. The store itself is replaced by the next records ingest; the aggregates
  in the snapshot are not.

Snapshots live in ``data/published/<year>/v<N>/`` beside the database's ``curated`` folder
(a database elsewhere: ``published/`` beside the file), one Parquet file per table at
``<schema>/<table>.parquet``, ``manifest.json`` and, from v2, ``CHANGELOG.md``.
"""

from __future__ import annotations

from pathlib import Path

# where snapshots live and their versions: defined with connect() (layer 0), which opens them
from pipelines.db.connection import VERSION_RE, parse_version, published_root
from pipelines.db.connection import snapshot_versions as versions
from pipelines.db.schema import table_schema, table_specs

__all__ = ["BOOKKEEPING", "RECORDS", "VALIDATION", "VERSION_RE", "YEAR_ROWS", "curated_tables", "parse_version",
           "published_root", "records_condition", "version_dir", "versions", "year_condition"]

# curated table -> condition selecting its rows of year {y} (None: every row)
YEAR_ROWS: dict[str, str | None] = {
    "hospitals": None,
    "hospital_aliases": None,
    "pairings": None,
    "deployments": "start_date <= make_date({y}, 12, 31)",
    "trainees": "start_date <= make_date({y}, 12, 31)",
    "techniques": "first_performed_date <= make_date({y}, 12, 31)",
    "activities": "activity_date <= make_date({y}, 12, 31)",
    "hospital_monthly_stats": "year <= {y}",
    "county_inpatient_stats": "year <= {y}",
    "staff_monthly_assessments": "year <= {y}",
}
BOOKKEEPING = ("submissions", "quarantine", "findings", "nondata_rows")
# records view -> condition selecting its rows of year {y} (None: every row); the views of
# pipelines/records/indicators.py VIEWS (data contract, *Records*), named here rather than imported
# so that reading a frozen year does not load the records engines
RECORDS: dict[str, str | None] = {
    "records_county_month": "year <= {y}",
    "records_hospital_month": "year <= {y}",
    "records_hospital_diagnosis_month": "year <= {y}",
    "records_rejects": None,   # per file and reason, not dated: every row
}
VALIDATION = ("validation_results", "compliance_scorecard", "dqr_results")


def curated_tables() -> list[str]:
    """The curated tables of the catalogue (schema main, with provenance) and the aliases."""
    out = [t for t, s in table_specs().items() if table_schema(t) == "main" and t not in BOOKKEEPING
           and any(c["name"] == "submission_id" for c in s["columns"])]
    return out + ["hospital_aliases"]


def year_condition(table: str, year: int) -> str:
    """SQL condition for a curated table's rows of ``year`` (a table not listed: every row with a
    ``year`` column up to the year, else every row)."""
    if table in YEAR_ROWS:
        cond = YEAR_ROWS[table]
    else:
        names = {c["name"] for c in table_specs()[table]["columns"]}
        cond = "year <= {y}" if "year" in names else None
    return "TRUE" if cond is None else cond.format(y=int(year))


def records_condition(view: str, year: int) -> str:
    """SQL condition for a records view's rows of ``year``."""
    cond = RECORDS[view]
    return "TRUE" if cond is None else cond.format(y=int(year))


def version_dir(root: Path, year: int, version: int | str) -> Path:
    v = str(version)
    return Path(root) / str(int(year)) / (v if v.startswith("v") else f"v{v}")

"""The snapshot formats and commands as a section of the data dictionary (docs/data-dictionary.md):
the layout of data/published/, the manifest's keys, the changes table's columns (from
``changelog.COLUMNS``) and how analysis opens a snapshot. tests/test_freeze.py fails when a key a
freeze writes or a column of the changes table is not described here."""

from __future__ import annotations

from pipelines.annual.changelog import CHANGES_FILE, COLUMNS

# manifest.json key -> meaning
MANIFEST_KEYS = {
    "format": "the snapshot format's version (1)",
    "version": "N of vN",
    "year": "the frozen year",
    "profile": "the programme profile of the validation run and published tables",
    "created_at": "when the freeze ran (UTC, ISO 8601)",
    "validation_run_id": "the validation run stored (the profile's latest)",
    "freeze_run_id": "the freeze's own run in `runs`",
    "validation_older_than_ingest": "true when data were ingested after that validation run started",
    "indicator_values_sha256": "hash of the published tables recomputed for the year and profile; "
                               "`duikou report --snapshot` must give the same",
    "git_commit": "the code's commit when frozen (null outside a checkout)",
    "year_rows": "per curated table, the SQL condition selecting the year's rows",
    "database": "the file name of the database frozen; `connect()` opens only snapshots of its own database",
    "files": "per file (`<schema>/<table>.parquet`): schema, table, role (curated, bookkeeping, validation, "
             "published, records, changelog), rows, sha256",
    "content_sha256": "SHA-256 of the sorted `path:sha256` lines of every file",
    "changelog": "`CHANGELOG.md` (from v2)",
}


def markdown() -> str:
    lines = [
        "## Published snapshots — 冻结版本 (`data/published/`)", "",
        "`duikou freeze --year Y [--profile P] [--db FILE]` writes `data/published/<Y>/v<N>/` beside the database's "
        "`curated/` folder (a database elsewhere: `published/` beside the file): one Parquet file per table at "
        "`<schema>/<table>.parquet` with the database's columns, `manifest.json` and, from v2, `CHANGELOG.md` and "
        f"`{CHANGES_FILE}`. Files are read-only and never overwritten; a freeze with nothing changed writes nothing. "
        "A year's rows: curated rows dated in or before the year (deployments and trainees by `start_date`, "
        "techniques by `first_performed_date`, activities by `activity_date`, monthly tables by `year`), the "
        "registry, aliases and pairings as of the freeze, the submissions those rows came from (and those whose "
        "period starts in or before the year) with their quarantine, findings and non-data rows, the profile's "
        "latest validation run (`runs`, `validation_results`, `compliance_scorecard`, `dqr_results` of that run) "
        "and the year's and profile's rows of every table in schema `published`. When the database has patient-level "
        "records (`duikou records ingest`), the records views' rows up to the year (`records_county_month`, "
        "`records_hospital_month`, `records_hospital_diagnosis_month` by `year`; `records_rejects` whole) as "
        "`main/<view>.parquet`, role `records`: the aggregates, not the person-level store, which a later records "
        "ingest replaces; a snapshot opened by `connect()` answers them by the same names.", "",
        "`duikou amendments --year Y [--csv FILE]`: the working database's changes to the year since its latest "
        "snapshot. `duikou report --year Y --snapshot vN`: the report rebuilt from the snapshot into "
        "`<out>/snapshot-Y-vN/`; it fails when its published numbers differ from those frozen, and a snapshot whose "
        "files no longer match the manifest is refused (exit 5).", "",
        "### `manifest.json`", "", "| key | meaning |", "|---|---|",
        *[f"| `{k}` | {v} |" for k, v in MANIFEST_KEYS.items()], "",
        f"### `changes_since_previous` — 与上一版本相比的变化 (`{CHANGES_FILE}`, from v2)", "",
        "What changed since the previous version, one row per curated table and submission whose rows changed "
        "(`kind` = `rows`) and per published value that moved (`kind` = `value`). In Python: "
        "`pipelines.annual.changelog.changes_since_previous(year, version)`; in a snapshot opened by `connect()` or "
        "`snapshot_database()`: the table `annual.changes_since_previous` (also `main.changes_since_previous`).", "",
        "| column | type | meaning |", "|---|---|---|",
        *[f"| `{c}` | {t} | {m} |" for c, (t, m) in COLUMNS.items()], "",
        "### Reading the data: `connect()` — 分析连接", "",
        "`from pipelines import connect` never holds the working database (ingest and validate run meanwhile). "
        "`connect()`: the latest snapshot of the project's database (`data/curated/duikou.duckdb` under the project "
        "root, or `$DUIKOU_DB`) when a year is frozen, else a read-only copy; `connect(path)`: a read-only copy of "
        "that file; `connect(year=Y, version='vN', snapshot=True)`: a given snapshot; `connect(live=True)`: the "
        "working file itself, read-only, holding it while open. In a snapshot every table answers by its name as in "
        "the database (a catalogue table not frozen, such as `ingest_runs`, is present and empty). "
        "`pipelines.db.connection.source(con)` says what a connection reads.", "",
    ]
    return "\n".join(lines)

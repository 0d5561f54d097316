"""Compute once, render after (issue 15 item 3): the publishing step stores every table the report
publishes in schema ``published``, keyed by year, profile and region; the stored tables are what
PublishContext computes, the export writes exactly them, a freeze keeps them, and the notebook
only renders them."""

from __future__ import annotations

import ast
import csv
import json
import shutil

import pandas as pd
import pytest

from pipelines import connect
from pipelines.published.context import PublishContext, published_tables, resolve_region
from pipelines.published.publish import PUBLICATION, publish, stored_tables

YEAR, PROFILE = 2024, "national-2009"


@pytest.fixture(scope="module")
def db(validated_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("published") / "copy.duckdb"
    shutil.copy(validated_db, path)
    con = connect(path, read_only=False)
    try:
        publish(con, YEAR, PROFILE)
        publish(con, YEAR, "guangxi-2022")
        publish(con, YEAR, PROFILE, "云岫市")
    finally:
        con.close()
    return path


def _rows(df: pd.DataFrame) -> list[tuple]:
    """A table's rows as comparable tuples (numbers to 9 significant digits, missing as None)."""
    def cell(v):
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return None
        if isinstance(v, (bool,)):
            return v
        if isinstance(v, (int, float)) or hasattr(v, "item"):
            v = v.item() if hasattr(v, "item") else v
            return float(f"{float(v):.9g}") if not isinstance(v, bool) else v
        if isinstance(v, pd.Timestamp):
            return v.isoformat()
        return str(v)
    cols = sorted(df.columns)
    return sorted((tuple(cell(v) for v in r) for r in df[cols].itertuples(index=False, name=None)), key=repr)


def test_stored_tables_equal_what_the_publish_context_computes(db):
    con = connect(db)
    try:
        stored = stored_tables(con, YEAR, PROFILE)
        computed = published_tables(PublishContext(con, YEAR, PROFILE))
        regional = stored_tables(con, YEAR, PROFILE, "云岫市")
        computed_regional = published_tables(PublishContext(con, YEAR, PROFILE, scope=resolve_region(con, "云岫市")))
    finally:
        con.close()
    assert set(stored) == set(computed) and len(stored) == 49   # 46 + the three records tables
    for name in computed:
        assert sorted(stored[name].columns) == sorted(computed[name].columns), name
        assert _rows(stored[name]) == _rows(computed[name]), name
    for name in computed_regional:
        assert _rows(regional[name]) == _rows(computed_regional[name]), name


def test_a_published_count_is_the_suppressed_sum_of_the_monthly_rows(db):
    """Worked out from the curated rows without the indicator code: a year's discharges,
    rounded to 5, masked from 1 to 7 (the default policy)."""
    con = connect(db)
    try:
        sums = dict(con.execute("""SELECT recipient_hospital_id, sum(discharges) FROM hospital_monthly_stats
                                   WHERE year = ? GROUP BY 1""", [YEAR]).fetchall())
        stored = con.execute("""SELECT recipient_hospital_id, value, suppressed FROM main.discharges_recipient_year
                                WHERE year = ? AND profile = ? AND region IS NULL""", [YEAR, PROFILE]).fetchall()
    finally:
        con.close()
    assert len(stored) == len(sums) > 5
    for hid, value, masked in stored:
        n = int(sums[hid])
        if 1 <= n <= 7:
            assert value is None and "value" in masked
        else:
            assert masked is None and value == 5 * ((n + 2) // 5)


def test_profiles_and_regions_coexist_and_a_key_replaces_only_its_rows(db, tmp_path):
    copy = tmp_path / "again.duckdb"
    shutil.copy(db, copy)
    con = connect(copy, read_only=False)
    try:
        def counts():
            return dict(((p, r), n) for p, r, n in con.execute(
                "SELECT profile, region, count(*) FROM main.pairings_in_year WHERE year = ? GROUP BY ALL", [YEAR]).fetchall())
        before = counts()
        # the shared test database may hold other tests' publications too
        assert {(PROFILE, None), ("guangxi-2022", None), (PROFILE, "云岫市")} <= set(before)
        assert before[(PROFILE, "云岫市")] < before[(PROFILE, None)]     # the region's pairings only
        keys = con.execute(f"SELECT DISTINCT profile, region FROM published.{PUBLICATION}").fetchall()
        assert {(PROFILE, None), ("guangxi-2022", None), (PROFILE, "云岫市")} <= set(keys)
        publish(con, YEAR, PROFILE)          # again: the same rows, the other keys untouched
        assert counts() == before
        # one transaction: a failure part-way leaves every table as it was
        import pipelines.published.store as store

        real, calls = store.ensure_published_table, []

        def failing(c, name, types):
            calls.append(name)
            if len(calls) == 5:
                raise RuntimeError("disk full")
            return real(c, name, types)

        store.ensure_published_table = failing
        try:
            with pytest.raises(RuntimeError, match="disk full"):
                publish(con, YEAR, PROFILE)
        finally:
            store.ensure_published_table = real
        assert counts() == before
        assert con.execute("SELECT count(*) FROM main.trainees_recipient WHERE profile = ? AND region IS NULL",
                           [PROFILE]).fetchone()[0] > 0
    finally:
        con.close()


def test_export_writes_exactly_the_stored_tables(db, tmp_path):
    from pipelines.export import export_indicators

    res = export_indicators(db, YEAR, tmp_path, profile=PROFILE, formats=("csv",))
    con = connect(db)
    try:
        stored = stored_tables(con, YEAR, PROFILE)
    finally:
        con.close()
    written = {p.name.removeprefix(f"duikou-{YEAR}-").removesuffix(".csv") for p in res.files} - {"definitions"}
    assert written == set(stored) and res.tables == len(stored)
    for name, df in stored.items():
        with open(tmp_path / f"duikou-{YEAR}-{name}.csv", encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == len(df), name
        assert len(rows[0]) == len(df.columns) - ("suppressed" in df.columns) if rows else True, name
    # a masked cell is written as the mask, where the stored table names it
    csv_rows = list(csv.DictReader(open(tmp_path / f"duikou-{YEAR}-surgeries_recipient_month.csv", encoding="utf-8-sig")))
    masked = stored["surgeries_recipient_month"]["suppressed"].notna().sum()
    assert masked and sum(r["数值（value）"] == "*" for r in csv_rows) == masked


def test_report_manifest_hashes_the_stored_tables_and_a_freeze_keeps_them(db, tmp_path):
    from pipelines.annual.freeze import freeze
    from pipelines.published.context import values_digest
    from pipelines.report.build import build_report

    copy = tmp_path / "data" / "curated" / "duikou.duckdb"
    copy.parent.mkdir(parents=True)
    shutil.copy(db, copy)
    rep = build_report(copy, year=YEAR, profile=PROFILE, out_dir=tmp_path / "out")
    manifest = json.loads(rep.manifest.read_text(encoding="utf-8"))
    con = connect(copy)
    try:
        stored = stored_tables(con, YEAR, PROFILE)
    finally:
        con.close()
    whole, per = values_digest(stored)
    assert manifest["indicator_values_sha256"] == whole and manifest["indicator_tables_sha256"] == per
    assert set(per) == set(stored) and "effect_estimates" in per and "judged_recipients" in per
    res = freeze(copy, YEAR, PROFILE)
    files = json.loads((res.path / "manifest.json").read_text(encoding="utf-8"))["files"]
    frozen = {meta["table"]: meta["rows"] for meta in files.values() if meta["schema"] == "published"}
    # every stored table is in the snapshot with its rows of the year and profile (every region)
    for name, df in stored.items():
        assert name in frozen and frozen[name] >= len(df), name
    assert res.indicator_values_sha256 == whole


CODE_IMPORTS = ("pipelines.evaluation", "pipelines.indicators", "pipelines.published.publish", "pipelines.validation",
                "moderndid", "statsmodels", "linearmodels")
CODE_CALLS = ("compute", "evaluate", "publish", "published_tables", "before_after", "hospital_month", "county_year")


def _imports_and_calls(source: str) -> tuple[set[str], set[str]]:
    tree = ast.parse(source)
    imports, calls = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imports.add(node.module or "")
        elif isinstance(node, ast.Call):
            f = node.func
            calls.add(f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", ""))
    return imports, calls


def test_the_notebook_and_the_sections_only_read_and_render():
    """No estimator, no indicator computation in the notebook's code cells, and the report's
    rendering modules import no estimator (they read the published tables)."""
    from pipelines.report.build import NOTEBOOK

    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        imports, calls = _imports_and_calls("".join(cell["source"]))
        assert not [m for m in imports if m.startswith(CODE_IMPORTS)], cell["source"]
        assert not calls & set(CODE_CALLS), cell["source"]
    from pathlib import Path

    estimators = ("pipelines.evaluation.effects", "pipelines.evaluation.panel", "pipelines.evaluation.before_after",
                  "pipelines.evaluation.staggered", "pipelines.evaluation.did", "pipelines.evaluation.event_study",
                  "pipelines.published.publish")
    for module in ("sections.py", "figures.py", "quality.py"):
        source = (Path(NOTEBOOK).parents[1] / "pipelines" / "report" / module).read_text(encoding="utf-8")
        imports, _ = _imports_and_calls(source)
        assert not [m for m in imports if m in estimators], module
        assert "import before_after" not in source and "import effects" not in source and "panel." not in source, module


def test_published_names_never_take_a_contract_name(validated_db):
    """Every published table gets a view of its name in ``main``: no published name may be a
    table or view of the data contract (the records views among them), or that view would
    replace it."""
    from pipelines.db.connection import connect
    from pipelines.db.schema import table_specs
    from pipelines.published.context import PublishContext, published_tables

    contract = set(table_specs()) | {"records_county_month", "records_hospital_month", "records_hospital_diagnosis_month",
                                     "records_rejects", "records"}
    con = connect(validated_db)
    try:
        names = set(published_tables(PublishContext(con, YEAR, PROFILE)))
    finally:
        con.close()
    assert {"records_within_county", "records_vs_forms", "records_excluded"} <= names
    assert not names & contract, names & contract


def test_table_hash_is_the_sha256_of_the_canonical_csv_written_by_hand():
    """The hash's text form, written out by hand: sorted columns, each cell canonical (missing
    empty, numbers to 10 significant digits whatever the column's type, times in ISO form, text
    as it is), rows sorted as text — the same for plain, nullable and Arrow-backed columns."""
    import hashlib

    import numpy as np

    from pipelines.published.context import table_hash

    df = pd.DataFrame({
        "b_float": [12.0, np.nan, 1 / 3],
        "a_int": np.array([12, 3, 7], dtype="int64"),
        "c_text": pd.array(["乙", None, "甲"], dtype="string"),
        "d_nullable": pd.array([1, None, 2], dtype="Int64"),
        "e_time": pd.to_datetime(["2024-01-31", None, "2024-12-01"]),
        "f_flag": [True, False, None],
    })
    text = ("a_int,b_float,c_text,d_nullable,e_time,f_flag\n"
            "12,12,乙,1,2024-01-31T00:00:00,True\n"
            "3,,,,,False\n"
            "7,0.3333333333,甲,2,2024-12-01T00:00:00,\n")
    header, *rows = text.splitlines()
    expected = hashlib.sha256(("\n".join([header, *sorted(rows)]) + "\n").encode("utf-8")).hexdigest()
    assert table_hash(df) == expected
    # the same numbers in other column types (stored DOUBLEs, objects) give the same hash
    same = df.assign(a_int=df["a_int"].astype("float64"), d_nullable=df["d_nullable"].astype(object),
                     c_text=df["c_text"].astype(object))
    assert table_hash(same) == expected

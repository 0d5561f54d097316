"""Fidelity: the same truth rendered in 18 hospital-style layouts (formats, encodings, header
and value spellings, structures) and ingested; per table, the share of truth rows recovered
with every field right must be at least 99.5%."""

import pytest

from conftest import query
from pipelines.ingest.run import ingest
from pipelines.privacy.person_id import load_key
from pipelines.synthetic.fidelity import format_fidelity, measure
from pipelines.synthetic.render_layouts import LAYOUTS, write_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(demo_truth, tmp_path_factory):
    raw = tmp_path_factory.mktemp("corpus")
    files, used = write_corpus(demo_truth, raw)
    db = tmp_path_factory.mktemp("corpus_db") / "c.duckdb"
    rep = ingest([str(raw)], db, show_progress=False)
    return files, used, db, rep


def test_every_layout_and_format_is_in_the_corpus(corpus):
    files, used, _, _ = corpus
    assert set(used) == {L.name for L in LAYOUTS}
    assert {f.suffix for f in files} == {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}


def test_fidelity_per_table(corpus, demo_truth):
    _, _, db, rep = corpus
    assert not rep.failed
    res = measure(db, demo_truth, load_key())
    print(format_fidelity(res))
    for t in res.values():
        assert t.share >= 0.995, format_fidelity(res)
        assert t.extra == 0, format_fidelity(res)


def test_nothing_lost_in_any_sheet(corpus):
    _, _, db, _ = corpus
    assert query(db, "SELECT count(*) FROM submissions WHERE rows_read <> rows_curated + rows_quarantined + rows_nondata") == [(0,)]
    # every non-data row is listed with its kind
    assert query(db, "SELECT sum(rows_nondata) FROM submissions")[0][0] == query(db, "SELECT count(*) FROM nondata_rows")[0][0]


def test_columns_matched_loosely_are_reported(corpus):
    _, _, db, _ = corpus
    # the unseen-header layout (派驻人员姓名, 身份证件号码, 专业技朮职称) is matched by more than its exact labels, and
    # each submission says how every column was matched (contains, fuzzy — a guess shown in the summary)
    import json

    methods = [m["method"] for (notes,) in query(db, "SELECT notes FROM submissions WHERE notes IS NOT NULL")
               for m in (json.loads(notes).get("columns") or {}).values()]
    assert methods and "exact" in methods and {"contains", "fuzzy"} & set(methods)

"""Resubmissions never wipe data silently (issue 17, item 1).

A hospital sends its list of new techniques; later it sends another file for the same
hospital and period. What happens to the earlier rows is decided by what the new file is:
the full list again (rows it lacks are removed, and the summary says how many), a partial
list (the rest is kept, and the summary says so), a correction whose rows are all unusable
(nothing changes), or a narrower layout (columns it lacks keep their earlier values). The
expected rows below are written by hand from the files in each test.
"""

import shutil

import pytest

from conftest import query
from pipelines.ingest.run import ingest
from pipelines.ingest.summary import format_report

pytestmark = pytest.mark.slow

HEAD = "新技术新业务登记表\n填报单位：石桥县人民医院\n"
ROWS = [("项目一", "内科", "2025.3.1", 5), ("项目二", "外科", "2025.3.8", 7), ("项目三", "儿科", "2025.4.2", 3),
        ("项目四", "妇产科", "2025.5.6", 4), ("项目五", "急诊科", "2025.6.1", 9), ("项目六", "骨科", "2025.7.3", 2)]


def _csv(path, rows, cols=("项目名称", "科室", "首次开展日期", "开展例数")):
    pick = {"项目名称": 0, "科室": 1, "首次开展日期": 2, "开展例数": 3}
    lines = [",".join(cols)] + [",".join(str(r[pick[c]]) for c in cols) for r in rows]
    path.write_text(HEAD + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def _techniques(db):
    return query(db, "SELECT name, department, cases FROM techniques WHERE year(first_performed_date) = 2025 ORDER BY name")


@pytest.fixture()
def db(demo_db, tmp_path):
    p = tmp_path / "r.duckdb"
    shutil.copy(demo_db, p)
    return p


def _first(db, tmp_path):
    ingest([str(_csv(tmp_path / "新技术登记.csv", ROWS))], db, show_progress=False)
    assert _techniques(db) == sorted((n, d, c) for n, d, _, c in ROWS)


def test_partial_resubmission_keeps_the_rows_it_lacks(db, tmp_path):
    _first(db, tmp_path)
    one = [("项目二", "外科", "2025.3.8", 8)]  # one line, its count corrected
    rep = ingest([str(_csv(tmp_path / "新技术登记（补报）.csv", one))], db, show_progress=False)
    want = sorted([(n, d, 8 if n == "项目二" else c) for n, d, _, c in ROWS])
    assert _techniques(db) == want
    text = format_report(rep)
    assert "1/6" in text and "5 rows were kept" in text
    assert rep.totals()["removed"] == 0 and rep.totals()["updated"] == 1


def test_full_resubmission_removes_what_it_lacks_and_says_how_many(db, tmp_path):
    _first(db, tmp_path)
    rep = ingest([str(_csv(tmp_path / "新技术登记（第二次）.csv", ROWS[:5]))], db, show_progress=False)
    assert _techniques(db) == sorted((n, d, c) for n, d, _, c in ROWS[:5])
    assert rep.totals()["removed"] == 1
    assert "1 earlier rows are not in it and were removed" in format_report(rep)


def test_correction_with_no_usable_row_changes_nothing(db, tmp_path):
    _first(db, tmp_path)
    bad = [("", "内科", "2025.3.1", "")] * 3  # no project name: every row unusable
    rep = ingest([str(_csv(tmp_path / "新技术登记（更正）.csv", bad))], db, show_progress=False)
    assert _techniques(db) == sorted((n, d, c) for n, d, _, c in ROWS)
    assert rep.totals()["removed"] == 0 and rep.totals()["quarantined"] == 3


def test_narrower_resubmission_keeps_the_columns_it_has_not(db, tmp_path):
    _first(db, tmp_path)
    narrow = [(n, d, t, None) for n, d, t, _ in ROWS]
    rep = ingest([str(_csv(tmp_path / "新技术登记（更正）.csv", narrow, cols=("项目名称", "首次开展日期", "开展例数")))],
                 db, show_progress=False)
    # no 科室 column: departments stay as first sent; 开展例数 was there and blank: it is blank now
    assert _techniques(db) == sorted((n, d, None) for n, d, _, _ in ROWS)
    assert "department" in format_report(rep)


def test_dry_run_shows_each_update_field_by_field(db, tmp_path):
    _first(db, tmp_path)
    changed = [(n, d, t, 50 if n == "项目三" else c) for n, d, t, c in ROWS]
    before = _techniques(db)
    rep = ingest([str(_csv(tmp_path / "新技术登记（更正）.csv", changed))], db, show_progress=False, dry_run=True)
    assert _techniques(db) == before
    text = format_report(rep)
    assert "cases: 3 → 50" in text


def test_correction_sending_only_the_held_rows_fixed_adds_them(db, tmp_path):
    """The usual answer to `duikou quarantine`: a 更正 file with just the rows that were held."""
    held = [("", "儿科", "2025.8.1", 3), ("", "眼科", "2025.9.1", 4)]
    ingest([str(_csv(tmp_path / "新技术登记.csv", ROWS[:4] + held))], db, show_progress=False)
    fixed = [("项目七", "儿科", "2025.8.1", 3), ("项目八", "眼科", "2025.9.1", 4)]
    rep = ingest([str(_csv(tmp_path / "新技术登记（更正）.csv", fixed))], db, show_progress=False)
    assert _techniques(db) == sorted([(n, d, c) for n, d, _, c in ROWS[:4]] + [(n, d, c) for n, d, _, c in fixed])
    assert rep.totals()["removed"] == 0


def test_one_row_of_two_is_a_supplement_not_the_list(db, tmp_path):
    ingest([str(_csv(tmp_path / "新技术登记.csv", ROWS[:2]))], db, show_progress=False)
    rep = ingest([str(_csv(tmp_path / "新技术登记（补报）.csv", [("项目二", "外科", "2025.3.8", 9)]))], db, show_progress=False)
    assert _techniques(db) == [("项目一", "内科", 5), ("项目二", "外科", 9)]
    assert rep.totals()["removed"] == 0


def test_a_number_the_column_cannot_hold_never_aborts_the_run(db, tmp_path):
    """开展例数 3,000,000,000 does not fit the INTEGER column: that field is left empty with a
    finding; the row, the file and the other files are ingested."""
    from conftest import query as q

    big = [("项目一", "内科", "2025.3.1", 3000000000), ("项目二", "外科", "2025.3.8", 7)]
    other = tmp_path / "其他.csv"
    other.write_text("新技术新业务登记表\n填报单位：石桥县人民医院\n项目名称,科室,首次开展日期,开展例数\n项目三,儿科,2025.4.2,3\n",
                     encoding="utf-8")
    rep = ingest([str(_csv(tmp_path / "新技术登记.csv", big)), str(other)], db, show_progress=False)
    assert not rep.failed
    assert _techniques(db) == [("项目一", "内科", None), ("项目三", "儿科", 3), ("项目二", "外科", 7)]
    assert q(db, "SELECT field, code FROM findings WHERE code = 'OUT_OF_RANGE'") == [("cases", "OUT_OF_RANGE")]


def test_a_correction_of_one_rows_date_replaces_that_row(db, tmp_path):
    """A 更正 file with one line whose date (part of the row's key) was wrong: the row it names by
    everything else is replaced, not kept beside it."""
    _first(db, tmp_path)
    fix = [("项目二", "外科", "2025.4.8", 7)]  # was 2025.3.8
    rep = ingest([str(_csv(tmp_path / "新技术登记（更正）.csv", fix))], db, show_progress=False)
    got = query(db, "SELECT name, strftime(first_performed_date, '%Y-%m-%d') FROM techniques "
                    "WHERE year(first_performed_date) = 2025 ORDER BY name")
    want = sorted((n, "2025-04-08" if n == "项目二" else f"2025-{int(t.split('.')[1]):02d}-{int(t.split('.')[2]):02d}")
                  for n, _, t, _ in ROWS)
    assert got == want
    assert rep.totals()["removed"] == 1

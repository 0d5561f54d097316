"""`duikou export`: CSV with BOM and Excel, safe against formula injection, with small-number
suppression of patient-derived counts (values worked out by hand)."""

import csv

import duckdb
import openpyxl
import pytest

from pipelines.db.schema import ensure_schema
from pipelines.export import export_indicators, neutralise

EVIL = '=HYPERLINK("http://example.invalid","点我")'


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("exportdb") / "x.duckdb"
    c = duckdb.connect(str(path))
    ensure_schema(c)
    c.execute("""INSERT INTO hospitals (hospital_id, name, level, category, province, city, county, county_code, submission_id, source_row) VALUES
        ('S1', '支援医院', '三级', '综合医院', '某省', '甲市', '甲市辖区', '990101', 's', 1),
        ('H1', ?, '二级', '综合医院', '某省', '甲市', '甲县', '990121', 's', 2),
        ('H2', '@SUM(1+1)医院', '二级', '综合医院', '某省', '乙市', '乙县', '990122', 's', 3),
        ('H3', '-1+1卫生院', '一级', '乡镇卫生院', '某省', '甲市', '甲县', '990121', 's', 4),
        ('H4', ?, '一级', '乡镇卫生院', '某省', '甲市', '甲县', '990121', 's', 5)""", [EVIL, "\t制表符\r卫生院"])
    c.execute("""INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES ('P1', 'S1', 'H1', 'x', DATE '2024-01-01', NULL, DATE '2023-12-01', 's', 1),
                                             ('P2', 'S1', 'H2', 'x', DATE '2024-01-01', NULL, DATE '2023-12-01', 's', 2)""")
    c.execute("""INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, outpatient_visits, discharges, surgeries, referrals_out,
                                                     submission_id, source_row) VALUES
        ('H1', 2024, 1, 12, 5, 0, 1, 's', 1), ('H2', 2024, 1, 98765, 1234, 321, 60, 's', 2)""")
    c.execute("""INSERT INTO trainees (trainee_id, person_id, recipient_hospital_id, host_hospital_id, start_date, end_date, fee_charged, completed,
                                       submission_id, source_row) VALUES
        ('T1', 'p1', 'H1', 'S1', DATE '2024-01-01', DATE '2024-06-30', 0, true, 's', 1),
        ('T2', 'p2', 'H1', 'S1', DATE '2024-02-01', DATE '2024-07-31', 0, true, 's', 2),
        ('T3', 'p3', 'H1', 'S1', DATE '2024-03-01', DATE '2024-08-31', 0, true, 's', 3)""")
    c.close()
    return path


@pytest.fixture(scope="module")
def exported(db, tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    res = export_indicators(db, 2024, out)
    return out, res


def _csv(out, key):
    path = out / f"duikou-2024-{key}.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")   # UTF-8 BOM: Excel opens the Chinese correctly
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    return rows


def test_neutralise():
    assert [neutralise(v) for v in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "正常", "*", 5, None)] == \
        ["'=1+1", "'+1", "'-1", "'@A1", "'\tx", "'\rx", "正常", "*", 5, None]


def test_csv_values_suppression_and_injection(exported):
    out, res = exported
    # one CSV per published table (26 indicators, 6 of them also over the years shown, 14 more
    # summary, section, by-region and effect tables, 3 records tables), definitions, the workbook
    assert res.tables == 49 and len(res.files) == 49 + 2
    rows = {r["医院代码（recipient_hospital_id）"]: r for r in _csv(out, "discharges_recipient_year")}
    # patient-derived: 5 discharges -> "*", 1234 -> 1235
    assert rows["H1"]["数值（value）"] == "*" and rows["H2"]["数值（value）"] == "1235"
    assert rows["H1"]["医院名称（hospital_name）"] == "'" + EVIL
    assert rows["H2"]["医院名称（hospital_name）"] == "'@SUM(1+1)医院"
    ref = {r["医院代码（recipient_hospital_id）"]: r for r in _csv(out, "referral_rate_recipient")}
    # referral rate from rounded counts: 60 / 1235 * 100 = 4.8583 (not 60 / 1234 = 4.8622); H1 1 of 5 -> "*"
    assert ref["H2"]["数值（value）"] == "4.8583" and ref["H2"]["分母（denominator）"] == "1235"
    assert ref["H1"]["数值（value）"] == "*" and ref["H1"]["分子（numerator）"] == "*"
    names = {r["医院代码（recipient_hospital_id）"]: r["医院名称（hospital_name）"] for r in _csv(out, "outpatient_visits_recipient_year")}
    assert names == {"H1": "'" + EVIL, "H2": "'@SUM(1+1)医院"}
    # staff counts are exact: 3 trainees stay 3 (not masked)
    tr = {r["医院代码（recipient_hospital_id）"]: r["数值（value）"] for r in _csv(out, "trainees_recipient")}
    assert tr == {"H1": "3", "H2": "0"}
    defs = _csv(out, "definitions")
    assert any(r["zh"] == "县域内就诊率" for r in defs)


def test_xlsx_cells_are_text_not_formulas(exported):
    out, _ = exported
    wb = openpyxl.load_workbook(out / "duikou-2024-indicators.xlsx")
    assert wb.sheetnames[0] == "说明" and len(wb.sheetnames) == 50
    formulas = [(ws.title, c.coordinate) for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    sheet = wb[next(n for n in wb.sheetnames if "出院人数（年）" in n)]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, [c.value for c in r])) for r in sheet.iter_rows(min_row=2)]
    by_id = {r["医院代码（recipient_hospital_id）"]: r for r in rows}
    assert by_id["H1"]["医院名称（hospital_name）"] == "'" + EVIL
    assert by_id["H1"]["数值（value）"] == "*" and by_id["H2"]["数值（value）"] == 1235   # a number, not text


def test_region_and_errors(db, tmp_path):
    from pipelines.cli import main
    from pipelines.errors import UserError

    res = export_indicators(db, 2024, tmp_path, region="乙县", formats=("csv",))
    assert all(p.suffix == ".csv" for p in res.files)
    rows = list(csv.DictReader((tmp_path / "duikou-2024-乙县-discharges_recipient_year.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [r["医院代码（recipient_hospital_id）"] for r in rows] == ["H2"]
    with pytest.raises(UserError):
        export_indicators(db, 2024, tmp_path, formats=("pdf",))
    with pytest.raises(UserError, match="2030"):
        export_indicators(db, 2030, tmp_path)
    assert main(["export", "--year", "2024", "--db", str(db), "--region", "丙县", "--out", str(tmp_path)]) == 4
    assert main(["export", "--year", "2024", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path / "x")]) == 0
    assert (tmp_path / "x" / "duikou-2024-indicators.xlsx").exists()

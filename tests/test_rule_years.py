"""R07, R10, R12 judge a recipient's year only if it was paired throughout the judged part of
it (v_recipient_year.paired_whole_year), by hand."""

from __future__ import annotations

import duckdb

from pipelines.db.schema import ensure_schema
from pipelines.programme.profiles import load_profile
from pipelines.validation.views import create_views


def test_paired_whole_year_by_hand():
    con = duckdb.connect()
    ensure_schema(con)
    con.execute("""INSERT INTO hospitals (hospital_id, name, level, category, submission_id, source_row) VALUES
        ('S1', '甲省人民医院', '三级', '综合医院', 's', 1), ('S2', '乙省人民医院', '三级', '综合医院', 's', 2),
        ('R1', '甲县人民医院', '二级', '综合医院', 's', 3), ('R2', '乙县人民医院', '二级', '综合医院', 's', 4),
        ('R3', '丙县人民医院', '二级', '综合医院', 's', 5)""")
    con.execute("""INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES
        ('P1', 'S1', 'R1', 'x', DATE '2022-01-01', NULL, NULL, 's', 1),               -- throughout
        ('P2', 'S1', 'R2', 'x', DATE '2023-07-01', DATE '2024-06-30', NULL, 's', 2),  -- mid-2023 to mid-2024
        ('P3', 'S1', 'R3', 'x', DATE '2022-01-01', DATE '2023-05-31', NULL, 's', 3),  -- support hospital changes in
        ('P4', 'S2', 'R3', 'x', DATE '2023-06-01', NULL, NULL, 's', 4)   -- 2023: still paired throughout
        """)
    con.execute("""INSERT INTO hospital_monthly_stats (recipient_hospital_id, year, month, submission_id, source_row)
                   VALUES ('R1', 2022, 1, 's', 1), ('R1', 2024, 12, 's', 2)""")      # data years 2022-2024
    create_views(con, load_profile("guangxi-2022"))   # cycle 2022-01-01..2025-12-31
    got = {(r, int(y)): bool(w) for r, y, w in con.execute(
        "SELECT recipient_hospital_id, year, paired_whole_year FROM v_recipient_year").fetchall()}
    con.close()
    assert got == {("R1", 2022): True, ("R1", 2023): True, ("R1", 2024): True,
                   ("R2", 2023): False, ("R2", 2024): False,
                   ("R3", 2022): True, ("R3", 2023): True, ("R3", 2024): True}

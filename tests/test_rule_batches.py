"""R04/R05 judge the team a dispatch batch forms on site (v_recipient_batch), by hand.

A team of five arrives in January 2024 (a vice-president among them) for a year; in April one
of them is replaced by one person; in July a batch of four arrives at a second recipient
while the January team there hands over within the handover (30 days, the R04 default);
one of the January team's stays is split over two rosters (continued from 2023-12-31).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from pipelines.db.schema import ensure_schema
from pipelines.programme.profiles import load_profile
from pipelines.validation.views import create_views

D = dt.date


def _deployment(i: int, person: str, recipient: str, start: dt.date, end: dt.date | None, position: str | None = None) -> list:
    return [f"D{i}", person, "S1", recipient, "内科", "主治医师", "中级", "医师", position, start, end, 10, 0, None, "s", i]


@pytest.fixture()
def batches():
    con = duckdb.connect()
    ensure_schema(con)
    con.execute("""INSERT INTO hospitals (hospital_id, name, level, category, submission_id, source_row) VALUES
        ('S1', '甲省人民医院', '三级', '综合医院', 's', 1),
        ('R1', '甲县人民医院', '二级', '综合医院', 's', 2),
        ('R2', '乙县人民医院', '二级', '综合医院', 's', 3)""")
    con.execute("""INSERT INTO pairings (pairing_id, support_hospital_id, recipient_hospital_id, programme, start_date, end_date, agreement_date, submission_id, source_row) VALUES ('P1', 'S1', 'R1', 'x', DATE '2022-01-01', NULL, NULL, 's', 1),
                                              ('P2', 'S1', 'R2', 'x', DATE '2022-01-01', NULL, NULL, 's', 2)""")
    rows = []
    # R1: the January team of five, one with a stay split over two rosters (2023 roster to 12-31)
    rows.append(_deployment(1, "pA", "R1", D(2023, 7, 1), D(2023, 12, 31), "副院长"))
    rows.append(_deployment(2, "pA", "R1", D(2024, 1, 1), D(2024, 12, 31), "副院长"))   # continues: not an arrival
    for k, p in enumerate(("pB", "pC", "pD", "pE")):
        rows.append(_deployment(3 + k, p, "R1", D(2024, 1, 2), D(2024, 3, 31) if p == "pE" else D(2024, 12, 31)))
    rows.append(_deployment(7, "pF", "R1", D(2024, 4, 1), D(2024, 12, 31)))              # lone replacement for pE
    # R2: a team of five to 2024-07-10, then a batch of four arriving 2024-07-01 (10 days' handover)
    for k, p in enumerate(("q1", "q2", "q3", "q4", "q5")):
        rows.append(_deployment(10 + k, p, "R2", D(2024, 1, 5), D(2024, 7, 10), "副院长" if k == 0 else None))
    for k, p in enumerate(("r1", "r2", "r3", "r4")):
        rows.append(_deployment(20 + k, p, "R2", D(2024, 7, 1), D(2024, 12, 31)))
    cols = ("deployment_id, person_id, support_hospital_id, recipient_hospital_id, department, title, title_rank, staff_category, "
            "position_at_recipient, start_date, end_date, years_of_service, paid_by_recipient, written_assessment, submission_id, source_row")
    con.executemany(f"INSERT INTO deployments ({cols}) VALUES (" + ", ".join("?" * 16) + ")", rows)
    create_views(con, load_profile("guangxi-2022"))
    df = con.execute("""SELECT recipient_hospital_id, strftime(batch_month, '%Y-%m') AS m, batch_size, staying_on, team_size,
                               has_vice_president FROM v_recipient_batch ORDER BY 1, 2""").df()
    con.close()
    return {(r.recipient_hospital_id, r.m): r for r in df.itertuples()}


def test_a_lone_replacement_joins_the_team_on_site(batches):
    r = batches[("R1", "2024-04")]
    # pA (its split stay), pB, pC, pD stay on; pE left 03-31: 1 arrival + 4 staying = 5, with the vice-president
    assert (r.batch_size, r.staying_on, r.team_size, bool(r.has_vice_president)) == (1, 4, 5, True)


def test_a_stay_split_over_two_rosters_is_not_a_new_batch(batches):
    r = batches[("R1", "2024-01")]
    # arrivals in January: pB..pE (pA's 2024 row continues its 2023 stay); pA stays on: team of 5
    assert (r.batch_size, r.staying_on, r.team_size, bool(r.has_vice_president)) == (4, 1, 5, True)
    assert ("R1", "2023-07") in batches   # pA's own arrival in 2023 is a batch of one (R04 flags it)
    assert batches[("R1", "2023-07")].team_size == 1


def test_an_outgoing_team_handing_over_is_not_part_of_the_new_one(batches):
    r = batches[("R2", "2024-07")]
    # q1..q5 leave 07-10, within 30 days of the arrival on 07-01: the new team is the four, without a vice-president
    assert (r.batch_size, r.staying_on, r.team_size, bool(r.has_vice_president)) == (4, 0, 4, False)
    assert batches[("R2", "2024-01")].team_size == 5

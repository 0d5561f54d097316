"""A doubtful person field is a finding in every layout, not only in a table.

A person named without an ID number (NAME_ONLY) or with an ID whose check digit is wrong
(ID_CHECK_DIGIT) is curated with a finding (data contract: findings). Until 2026-12-06 a
label | value registration card — one person per sheet — curated such a person with no
finding at all. Expected values by hand: one card per person, one finding each.
"""

from __future__ import annotations

import duckdb
import openpyxl

from pipelines.ingest.run import ingest


def _id_with_wrong_check_digit() -> str:
    # 990101 (a fictional region) + 1990-03-07 + 123, check digit computed by hand with the
    # GB 11643 weights, then changed: the true one is 7 (weighted sum 302, 302 mod 11 = 5 -> '7')
    body = "99010119900307123"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    true = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    assert true == "7"
    return body + "4"


def _folder(tmp_path):
    raw = tmp_path / "raw"
    (raw / "reference").mkdir(parents=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["合成数据 SYNTHETIC 对口支援关系一览表（2024—2026年）"])
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    ws.append([1, "澜水县人民医院", "二级", "综合医院", "澜水县", "省第一人民医院", "2024-01-05"])
    wb.save(raw / "reference" / "SYNTHETIC_附件1.xlsx")
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for person, idn in (("王小明", ""), ("李小红", _id_with_wrong_check_digit())):
        ws = wb.create_sheet(person)
        for row in (["派驻人员登记卡（合成数据 SYNTHETIC）"], ["姓名", person, "身份证号", idn],
                    ["派出单位", "省第一人民医院", "受援单位", "澜水县人民医院"], ["职称", "主治医师", "专业", "内科"],
                    ["派驻开始日期", "2024-03-01", "派驻结束日期", "2024-08-31"]):
            ws.append(row)
    wb.save(raw / "SYNTHETIC_派驻人员登记卡.xlsx")
    return raw


def test_a_registration_card_keeps_its_person_findings(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "t.duckdb"
    ingest([str(_folder(tmp_path))], db, show_progress=False, workers=1)
    con = duckdb.connect(str(db), read_only=True)
    basis = sorted(r[0] for r in con.execute("SELECT person_id_basis FROM deployments").fetchall())
    assert basis == ["id_number", "name"]
    codes = sorted(r[0] for r in con.execute("SELECT code FROM findings WHERE form_type = 'deployments'").fetchall())
    assert codes == ["ID_CHECK_DIGIT", "NAME_ONLY"]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0

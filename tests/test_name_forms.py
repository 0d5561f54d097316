"""How hospital names are written in pairing lists and titles (hand-written expectations; the
outsider corpora realworld16–19 found each form)."""

import pytest

from pipelines.ingest.establish_hospitals import hanging_name
from pipelines.ingest.sheet_context import hospital_names_in, title_parties


@pytest.mark.parametrize("cell,official,hanging", [
    ("青杉县人民医院（鹭洲市中心医院医疗集团青杉分院）", "青杉县人民医院", "鹭洲市中心医院医疗集团青杉分院"),
    ("青杉县人民医院(鹭洲市中心医院医疗集团青杉分院)", "青杉县人民医院", "鹭洲市中心医院医疗集团青杉分院"),
    ("白鹭镇卫生院（芷阳县人民医院白鹭分院）", "白鹭镇卫生院", "芷阳县人民医院白鹭分院"),
    ("北京协和医院（东院）", "北京协和医院（东院）", None),       # a campus: part of the name
    ("某县人民医院（新院区）", "某县人民医院（新院区）", None),
    ("某县中医医院", "某县中医医院", None),
])
def test_hanging_name(cell, official, hanging):
    assert hanging_name(cell) == (official, hanging)


@pytest.mark.parametrize("title,names", [
    ("鹭洲市中心医院医疗集团青杉分院派驻人员月度考核汇总表（2024年1-6月）", ["鹭洲市中心医院医疗集团青杉分院"]),
    ("岫石县人民医院赴市一院进修人员情况（2025年）", ["岫石县人民医院", "市一院"]),
    ("省人医派驻人员名单（2024年第1批）", ["省人医"]),
    ("青岚省人民医院对口支援石桥县人民医院2023年新技术", ["青岚省人民医院", "石桥县人民医院"]),
])
def test_names_in_titles(title, names):
    assert hospital_names_in(title) == names


def test_a_sends_trainees_to_b():
    p = title_parties("岫石县人民医院赴市一院进修人员情况（2025年）")
    assert p.support_and_recipient("trainees") == ("市一院", "岫石县人民医院")


@pytest.mark.parametrize("header,label", [("1、您的姓名：", "姓名"), ("Q3 身份证号", "身份证号"), ("2.门急诊人次", "门急诊人次"),
                                          ("（3）进修科室", "进修科室"), ("1月", "1月")])
def test_question_headers(header, label):
    from pipelines.ingest.form_catalogue import norm_label

    assert norm_label(header) == label


@pytest.mark.parametrize("short,full,expected", [
    ("柳渡", "柳渡县人民医院", True),                 # a sheet named after the recipient's place
    ("柳渡妇幼", "柳渡县妇幼保健院", True),
    ("青禾中医院", "青禾县中医医院", True),
    ("青禾中医", "青禾县中医医院", True),
    ("石岭人医", "石岭县人民医院", True),
    ("石岭人医", "石岭县中医医院", False),             # 人 is not in it
    ("柳渡妇幼", "柳渡县人民医院", False),             # names a kind the full name is not
    ("青禾中医", "青禾县人民医院", False),
    ("柳", "柳渡县人民医院", False),                   # one character is no place
    ("老省院", "澄江省人民医院", False),               # no place at all
    ("柳渡县人民医院", "柳渡县人民医院", False),       # the name itself is not a short form
])
def test_abbreviates(short, full, expected):
    """Realworld26's short names (hand-written expectations); the caller only ever asks among a
    reporting hospital's own pairings."""
    from pipelines.ingest.resolve_hospitals import abbreviates

    assert abbreviates(short, full) is expected


@pytest.mark.parametrize("remark,recipient,support,expected", [
    ("原名青萝县人民医院，2024年1月更名为青萝县第一人民医院（同一医院）", "青萝县第一人民医院", "霁川省人民医院",
     {"recipient": "青萝县人民医院"}),
    ("由青萝县人民医院更名", "青萝县第一人民医院", "霁川省人民医院", {"recipient": "青萝县人民医院"}),
    ("2024年6月30日终止；2024年7月1日起由霁川医科大学附属第二医院接续支援", "桑屿县人民医院", "芷阳市人民医院", {}),
    ("新增", "桑屿县人民医院", "霁川医科大学附属第二医院", {}),
])
def test_former_names_from_remarks(remark, recipient, support, expected):
    """A pairing list's 备注 saying a hospital was renamed (realworld27); a remark naming another
    hospital for another reason is no rename."""
    from pipelines.ingest.establish_hospitals import former_names
    from pipelines.ingest.results import Record

    rec = Record(3, {"recipient_hospital_id": recipient, "support_hospital_id": support},
                 {"受援医院": recipient, "支援医院": support, "备注": remark})
    assert former_names(rec) == expected


def test_campus_and_bracketed_place_resolve_to_the_hospital():
    """realworld36: 东院区 after the name, the county in brackets before it (hand-written)."""
    from pipelines.ingest.resolve_hospitals import HospitalResolver

    r = HospitalResolver({"A": "澄岚省人民医院", "B": "松溪县妇幼保健院", "C": "柏川县妇幼保健院"})
    assert r.resolve("澄岚省人民医院东院区").hospital_id == "A"
    assert r.resolve("（松溪县）妇幼保健院").hospital_id == "B"
    assert r.resolve("（石岭县）妇幼保健院").hospital_id is None  # another county's: not found


def test_an_autonomous_countys_hospital_said_without_its_peoples():
    from pipelines.ingest.resolve_hospitals import HospitalResolver

    r = HospitalResolver({"A": "敖仁蒙古族自治县人民医院", "B": "雪拉藏族自治州藏医院", "C": "雪拉藏族自治州人民医院"})
    assert [r.resolve(t).hospital_id for t in ("敖仁县人民医院", "敖仁县医院", "雪拉州藏医院", "雪拉州人民医院")] == ["A", "A", "B", "C"]
    assert r.resolve("敖仁县中医医院").hospital_id is None  # another hospital of the county: not these

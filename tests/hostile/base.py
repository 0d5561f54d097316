"""A small valid province (synthetic 雁栖省, 2024): the pairing list and a few good submissions,
written the way the README asks (pairing list in `reference/`, submissions anywhere else)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from .ids import id_number

SYN = "（合成数据 SYNTHETIC）"
SUPPORT = "雁栖省人民医院"
SUPPORT2 = "雁栖省中医院"
# recipient -> county; each hostile case that must be "still ingested" uses a hospital and
# form of its own, so that no two files of a run supersede each other
RECIPIENTS = {
    "石湾县人民医院": "石湾县",
    "柳溪县中医医院": "柳溪县",
    "石湾县中医院": "石湾县",
    "青石镇卫生院": "石湾县",
    "红岩镇卫生院": "石湾县",
    "柳溪县人民医院": "柳溪县",
    "白沙镇卫生院": "柳溪县",
    "柳溪县妇幼保健院": "柳溪县",
    "金鸡镇卫生院": "柳溪县",
}
LEVEL = {"人民医院": ("二级", "综合医院"), "中医医院": ("二级", "中医医院"), "中医院": ("二级", "中医医院"),
         "卫生院": ("一级", "乡镇卫生院"), "保健院": ("二级", "妇幼保健院")}

ROSTER_IDS = [id_number(100 + i) for i in range(6)]
ROSTER_NAMES = ["张一鸣", "李二娟", "王三强", "赵四海", "钱五岳", "孙六合"]
MONTHLY = {  # 石湾县人民医院 2024, month -> (门急诊人次, 出院人数, 手术台次, 转出人次)
    m: (1000 + m, 100 + m, 20 + m, 10) for m in range(1, 13)}
TECHNIQUES = [("腹腔镜胆囊切除术", "普外科", "2024-02-01", 12), ("无痛胃肠镜", "消化内科", "2024-03-15", 40),
              ("血液透析", "肾内科", "2024-05-20", 25), ("中医康复理疗", "康复科", "2024-07-01", 30)]


def _level(name: str):
    for suffix, v in LEVEL.items():
        if name.endswith(suffix):
            return v
    return ("二级", "综合医院")


def xlsx(path: Path, rows, sheet: str = "Sheet1") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(list(r))
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def pairing_rows(extra=()):
    rows = [[f"附件1 雁栖省城乡医院对口支援关系一览表（2021—2025年）{SYN}"],
            ["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"]]
    for i, (name, county) in enumerate(list(RECIPIENTS.items()) + list(extra), start=1):
        level, category = _level(name)
        support = SUPPORT2 if "中医" in name else SUPPORT
        rows.append([i, name, level, category, county, support, "2021-03-01"])
    return rows


def roster_rows(people):
    rows = [[f"{SUPPORT} 2024年 派驻人员花名册{SYN}"],
            ["姓名", "身份证号", "受援医院", "科室", "职称", "派驻开始日期", "派驻结束日期"]]
    for i, (name, idn) in enumerate(people):
        rows.append([name, idn, "石湾县人民医院", "内科", "主治医师", f"2024-01-{i + 1:02d}", "2024-06-30"])
    return rows


def monthly_rows(hospital: str, data: dict, columns=("门急诊人次", "出院人数", "手术台次", "转出人次")):
    all_cols = ("门急诊人次", "出院人数", "手术台次", "转出人次")
    rows = [[f"{hospital} 2024年 月度业务统计{SYN}"], ["月份", *columns]]
    for m, values in data.items():
        by = dict(zip(all_cols, values))
        rows.append([f"{m}月", *[by[c] for c in columns]])
    return rows


def technique_rows(hospital: str, items, title_suffix: str = ""):
    rows = [[f"{hospital} 2024年度 新技术新业务登记表{title_suffix}{SYN}"], ["项目名称", "科室", "首次开展日期", "开展例数"]]
    rows += [list(t) for t in items]
    return rows


def activity_csv_text(hospital: str, items) -> str:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerows([[f"带教培训活动记录{SYN}"], [f"填报单位：{hospital}"], ["活动日期", "活动类型", "主题", "参加人数"]])
    w.writerows(items)
    return buf.getvalue()


@dataclass
class Base:
    root: Path
    pairings: Path
    files: list[Path] = field(default_factory=list)


def write_base(root: Path) -> Base:
    """reference/附件1 (9 recipients, 2 supporting hospitals), a roster of 6 people (with ID
    numbers), 12 months of statistics for 石湾县人民医院 and 4 techniques of 柳溪县中医医院."""
    pairings = xlsx(root / "reference" / "附件1_对口支援关系一览表.xlsx", pairing_rows(), "附件1")
    sub = root / "2024"
    files = [
        xlsx(sub / f"{SUPPORT}_派驻人员花名册.xlsx", roster_rows(zip(ROSTER_NAMES, ROSTER_IDS)), "派驻人员"),
        xlsx(sub / "石湾县人民医院_月度业务统计.xlsx", monthly_rows("石湾县人民医院", MONTHLY), "月度统计"),
        xlsx(sub / "柳溪县中医医院_新技术新业务.xlsx", technique_rows("柳溪县中医医院", TECHNIQUES), "新技术"),
    ]
    return Base(root, pairings, files)

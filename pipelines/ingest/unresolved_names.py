"""`duikou hospitals`: the hospital names that did not resolve, and the data manager's answer.

Lists every name held in quarantine as UNRESOLVED_HOSPITAL with its row count, files and the
closest known hospitals; `--confirm "名称=医院"` records an alias and `--new "名称"` a hospital
in the confirmed-names file (confirmed_names.py), and the held rows are then re-read and
resolved by an ingest run (run.py re-reads files whose rows were held for a hospital).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from pipelines.db.connection import connect
from pipelines.errors import UserError
from pipelines.ingest import confirmed_names
from pipelines.ingest.resolve_hospitals import HospitalResolver, hospital_key
from pipelines.privacy.person_id import MASK, looks_like_id_number
from pipelines.safe_text import for_terminal


@dataclass
class Unresolved:
    name: str
    rows: int
    files: list[str]
    suggestions: list[tuple[str, str, float]]  # (official name, hospital_id, score)


def unresolved(db) -> list[Unresolved]:
    con = connect(db)
    try:
        # rows held for the name, and curated rows whose optional hospital was left empty for it
        rows = con.execute("""
            WITH held AS (
                SELECT q.hospital_name, s.file_name FROM quarantine q JOIN submissions s USING (submission_id)
                WHERE s.superseded_by IS NULL AND q.reason_code = 'UNRESOLVED_HOSPITAL' AND q.hospital_name IS NOT NULL
                UNION ALL
                SELECT f.hospital_name, s.file_name FROM findings f JOIN submissions s USING (submission_id)
                WHERE s.superseded_by IS NULL AND f.code = 'HOSPITAL_NOT_FOUND' AND f.hospital_name IS NOT NULL)
            SELECT hospital_name, count(*) AS n, list(DISTINCT file_name ORDER BY file_name)
            FROM held GROUP BY 1 ORDER BY n DESC, 1""").fetchall()
        resolver = HospitalResolver(dict(con.execute("SELECT hospital_id, name FROM hospitals").fetchall()),
                                    dict(con.execute("SELECT alias, hospital_id FROM hospital_aliases").fetchall()))
    finally:
        con.close()
    return [Unresolved(name, n, files, list(resolver.resolve(name).suggestions)) for name, n, files in rows]


def format_unresolved(items: list[Unresolved], names_file: Path) -> str:
    if not items:
        return "没有无法识别的医院名称 / every hospital name resolved"
    lines = [f"无法识别的医院名称 {len(items)} 个 / {len(items)} hospital names did not resolve:"]
    for u in items:
        files = "、".join(u.files[:3]) + (f" 等 {len(u.files)} 个文件 / {len(u.files)} files" if len(u.files) > 3 else "")
        lines.append(f"  {u.name}  —  {u.rows} 行 rows  —  {files}")
        for n, hid, score in u.suggestions:
            lines.append(f"      可能是 maybe: {n} ({hid}, {score:.0f})")
    lines.append("")
    lines.append(f'确认别名 / confirm an alias:   duikou hospitals --confirm "{items[0].name}=正式名称或机构编号"')
    lines.append(f'新增医院 / add a hospital:     duikou hospitals --new "{items[0].name}" --county 县名 --level 二级 --category 综合医院')
    lines.append(f"确认结果保存在 / confirmations are kept in {names_file}")
    return for_terminal("\n".join(lines))


def confirm(db, names_file: Path, aliases: list[str], new: list[str], attrs: dict[str, str | None]) -> list[str]:
    """Add confirmations to the names file; returns what was recorded. Each alias must name a
    hospital that exists (official name or hospital_id), so a typo cannot create a dead entry."""
    con = connect(db)
    try:
        known = dict(con.execute("SELECT hospital_id, name FROM hospitals").fetchall())
        aliases_db = dict(con.execute("SELECT alias, hospital_id FROM hospital_aliases").fetchall())
    finally:
        con.close()
    names = confirmed_names.load(names_file)
    resolver = HospitalResolver(known, aliases_db)
    for h in names.hospitals:  # hospitals confirmed but not yet applied can be alias targets too
        resolver.add("new:" + hospital_key(h["name"]), h["name"])
    done = []
    today = dt.date.today().isoformat()
    for item in new:
        name = item.strip()
        if not name:
            raise UserError("--new 需要医院名称 / --new needs a hospital name")
        entry = {"name": name, **{k: v for k, v in attrs.items() if v}, "confirmed": today}
        names.hospitals = [h for h in names.hospitals if hospital_key(h["name"]) != hospital_key(name)] + [entry]
        resolver.add("new:" + hospital_key(name), name)
        done.append(f"新增医院 / new hospital: {name}")
    for item in aliases:
        if "=" not in item:
            raise UserError(f"--confirm 的格式为 “写法=医院” / --confirm takes 'NAME AS WRITTEN=HOSPITAL', got {item!r}")
        alias, target = (x.strip() for x in item.split("=", 1))
        if looks_like_id_number(alias) or MASK in alias or not re.search(r"[\u4e00-\u9fff]", alias):
            raise UserError("别名须为医院名称（不能是身份证号或纯数字） / an alias must be a hospital name, not an ID number or digits")
        hid = target if target in known else resolver.resolve_exact(target)
        if not alias or hid is None:
            raise UserError(f"找不到医院“{target}”：请写正式名称或机构编号（见 hospitals 表） / no hospital {target!r}: give its official "
                            "name or hospital_id (see the hospitals table), or add it with --new")
        official = known.get(hid) or target
        names.aliases = [a for a in names.aliases if hospital_key(a["name"]) != hospital_key(alias)]
        # by id when there is one: a name two hospitals share (two counties' 青石镇卫生院) would not say which
        entry = {"name": alias, "hospital": hid, "hospital_name": official} if hid in known else {"name": alias, "hospital": official}
        names.aliases.append({**entry, "confirmed": today})
        done.append(f"别名 / alias: {alias} = {official}")
    confirmed_names.save(names_file, names)
    return done

"""The programme's hospitals, from the files a data manager names (part of the first stage,
resolve): the pairing list (附件1) establishes the hospitals it names, with stable generated
ids when it gives no code; a code list arriving later maps its codes onto them; the data
manager's confirmed names add hospitals and aliases. A registry or pairing list found among
the submissions but not named is held, never applied from a workbook's title alone.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import re

from pipelines.ingest.resolve_hospitals import (PROVINCE_LEAD, HospitalResolver, county_short_rest, hospital_key, is_county_short_name,
                                                place_of)
from pipelines.ingest.results import Quarantined, Record, SheetSummary
from pipelines.ingest.staged_tables import StagedTables, value_columns

# forms that change the registry, and the flag that names their file
REFERENCE_FLAGS = {"hospitals": (("医疗机构名册", "a hospital registry"), "--registry"),
                   "pairings": (("对口支援关系表（附件1）", "a pairing list"), "--pairings"),
                   "hospital_name_changes": (("医院名称变更表", "a notice of hospital name changes"), "--registry")}


def generated_hospital_id(name: str, county: str | None) -> str:
    """A stable id for a hospital named without a code: the same name (and county, when the
    pairing list gives one) gives the same id every year. 'G' + 12 hex characters."""
    key = hospital_key(name)
    c = county_key(county) if county else ""
    if c and c in key:
        c = ""  # 北塘县人民医院 in 北塘县: the name says it already
    return "G" + hashlib.sha1(f"{c}|{key}".encode("utf-8")).hexdigest()[:12].upper()


def county_key(county: str | None) -> str:
    """A county as written, for comparing: 澄江省北塘县, 北塘县 and 北 塘 县 are one county."""
    s = hospital_key(county or "")
    s = re.sub(r"^.*?(?:省|自治区)", "", s)
    return re.sub(r"^.+?市(?=.+(?:县|区|旗|市)$)", "", s)


def official_name(text: str) -> str:
    """The name as a pairing list writes it, without a stamp note or doubled spaces."""
    return hospital_key(text)


# 青杉县人民医院（鹭洲市中心医院医疗集团青杉分院）: the official name, then in brackets the name the
# hospital also hangs (挂牌名) as a member of a group — a whole hospital name of its own, not a
# campus (（东院）, （新院区）) or a note
_HANGING = re.compile(r"(.{2,}?(?:医院|卫生院|保健院|中心))（(.{4,}?(?:医院|卫生院|分院|保健院|中心|医疗集团|医共体))）")


def hanging_name(text: str) -> tuple[str, str | None]:
    """(official name, hanging name or None) of a pairing list's name cell."""
    m = _HANGING.fullmatch(hospital_key(text))
    return (m.group(1), m.group(2)) if m else (text, None)


# A hospital renamed between two years' pairing lists (县人民医院 → 县第一人民医院): the later list says
# so in a column of its own or in its 备注 ("原名青萝县人民医院，2024年1月更名为…", "由…更名"). The
# same hospital keeps its id and its history; the new name is its name, the old one an alias.
_FORMER_COLUMNS = frozenset({"原名称", "原名", "曾用名", "更名前名称", "原医院名称", "受援医院原名称", "支援医院原名称", "原单位名称"})
_REMARK_COLUMNS = frozenset({"备注", "说明", "备注说明", "附注"})
_NAME = r"[^，,。；;、“”\s]{2,40}?(?:医院|卫生院|保健院|服务中心)"
_RENAMED = (re.compile(rf"(?:原名称?|曾用名|更名前)(?:为|是|[:：])?“?(?P<old>{_NAME})"),
            re.compile(rf"由“?(?P<old>{_NAME})”?(?:于[^，,。；;]{{0,12}})?更名"),
            re.compile(rf"(?P<old>{_NAME})”?(?:于[^，,。；;]{{0,12}})?更名为"),
            # 原芷阳县人民医院，2025年1月1日起更名: 原 and the old name, the rename said after it
            re.compile(rf"^原“?(?P<old>{_NAME})”?[，,]?[^。；;]{{0,24}}更名"))


_NEW_NAME = re.compile(rf"更名为“?(?P<new>{_NAME})")


def former_names(rec: Record) -> dict[str, str]:
    """{role: former name} a pairing list's row gives (call it before the row's names become
    ids): a former-name column, else a rename its 备注 states about one of the row's own
    hospitals. The former name is the recipient's or the support hospital's: the one it names as
    the new name (更名为Y), else the one in the same place (青萝县人民医院 → 青萝县第一人民医院);
    a remark about any other hospital renames nothing."""
    raw = rec.raw
    olds = [t for k, t in raw.items() if hospital_key(k) in _FORMER_COLUMNS and t and t.strip()]
    new = None
    if not olds:
        for k, t in raw.items():
            if hospital_key(k) in _REMARK_COLUMNS and t:
                text = hospital_key(t)
                m = next((m for p in _RENAMED if (m := p.search(text))), None)
                if m:
                    olds.append(m["old"])
                    n = _NEW_NAME.search(text)
                    new = hospital_key(n["new"]) if n else None
                    break
    if not olds:
        return {}
    old = hospital_key(olds[0])
    names = {role: hospital_key(hanging_name(str(rec.values.get(f"{role}_hospital_id") or ""))[0]) for role in ("recipient", "support")}
    if new is not None:  # 更名为Y: the row's hospital named Y, or none
        roles = [r for r, n in names.items() if n and n == new and n != old]
    else:  # 原名X: the row's hospital in X's place (and of X's kind of place), or none
        place = place_of(old)
        roles = [r for r, n in names.items() if n and n != old and place and _same_place(place_of(n), place)]
    return {roles[0]: old} if len(roles) == 1 else {}


def _same_place(a: str | None, b: str | None) -> bool:
    """石桥县 and 石桥县; 松陂县 and 松陂区 (撤县设区), 青禾县 and 青禾市 (撤县设市): one place (realworld137)."""
    return bool(a and b) and (a == b or (a[-1] in "县区市" and b[-1] in "县区市" and len(a) >= 3 and a[:-1] == b[:-1]))


# 2023年6月由原柳塘镇卫生院、石埠乡卫生院撤并组建: a pairing list's recipient formed from earlier hospitals
_MERGED = re.compile(r"(?:由原|^原)(?P<olds>[^，,。；;由]{4,80}?)(?:撤并|合并)(?:组建|成立|设立|而成)")
_MERGED_PART = re.compile(rf"原?(?P<old>{_NAME})$")


def merged_aliases(staged: StagedTables, records: list[Record], resolver: HospitalResolver | None) -> None:
    """A pairing list's 备注 saying the recipient was formed from earlier hospitals (由原A、B撤并组建): each
    earlier name no hospital has becomes an alias of the recipient (method merged), so a file still
    naming the old centre — or its bare place, 石埠乡 — finds the one that took it over. Call after
    establish_hospitals (the recipient is an id)."""
    if resolver is None:
        return
    for rec in records:
        hid = rec.values.get("recipient_hospital_id")
        if not hid or staged.hospital_value(hid, "name") is None:
            continue
        for k, t in rec.raw.items():
            if hospital_key(k) not in _REMARK_COLUMNS or not t or not (m := _MERGED.search(hospital_key(t))):
                continue
            if re.search(r"医共体|医疗集团|集团|联盟", m["olds"]):
                continue  # a 医共体 formed by hospitals that stay hospitals: no merger
            for part in re.split(r"[、和与及]", m["olds"]):
                old = _MERGED_PART.search(part)
                key = hospital_key(old["old"]) if old else None
                if key and resolver.resolve_exact(key) is None and key not in staged.known_aliases:
                    staged.alias_rows[key] = (key, hid, "merged", 100.0)
                    resolver.add(hid, resolver.names[hid], (key,))


_NOTE_NAME = r"[^，,。；;、“”：:\s（）()]{2,40}?(?:医院|卫生院|保健院|服务中心)"
_NOTED_FORMER = re.compile(rf"(?P<new>{_NOTE_NAME})[（(]?(?:原名称?|曾用名|原称)(?:为|是)?“?(?P<old>{_NOTE_NAME})")


def note_aliases(staged: StagedTables, notes: list[str], resolver: HospitalResolver | None) -> int:
    """A pairing list's note naming a hospital's former name ("注：澄岚省人民医院原名澄岚医学院附属医院"):
    the former name becomes an alias of the hospital the list names, so files still using it
    resolve. Only for a hospital the list established and a former name no hospital has."""
    if resolver is None:
        return 0
    n = 0
    for text in notes:
        for m in _NOTED_FORMER.finditer(hospital_key(text)):
            hid = resolver.resolve_exact(m["new"])
            old = hospital_key(m["old"])
            if hid and resolver.resolve_exact(old) is None and old not in staged.known_aliases:
                staged.alias_rows[old] = (old, hid, "renamed", 100.0)
                resolver.add(hid, resolver.names[hid], (old,))
                n += 1
    return n


def note_renames(staged: StagedTables, records: list[Record], resolver: HospitalResolver) -> None:
    """Before any code list of the run is read: a renamed hospital already established (by its
    former name) is also found by its new name, and keeps its former name as an alias, so a code
    list naming it the new way gives its code to the same hospital."""
    for rec in records:
        for role, old in former_names(rec).items():
            new = hospital_key(hanging_name(str(rec.values.get(f"{role}_hospital_id") or ""))[0])
            hid = resolver.resolve_exact(old)
            if not new or hid is None or resolver.resolve_exact(new) not in (None, hid):
                continue
            for a in (new, old):
                if a not in staged.known_aliases:
                    staged.alias_rows[a] = (a, hid, "renamed", 100.0)


def not_named(table: str, records: list[Record], quarantined: list[Quarantined], summ: SheetSummary) -> list[Record]:
    """A registry or pairing list found among the submissions, not named as one: the
    registry changes only from files the data manager names, so its rows are held with
    the flag to use (never applied from a workbook's title alone)."""
    what, flag = REFERENCE_FLAGS[table]
    msg = (f"该表看起来是{what[0]}，但未用 {flag} 指定，未导入；如需导入请运行 duikou ingest {flag} 文件 … / this sheet looks like "
           f"{what[1]} but was not named with {flag}: not applied; run `duikou ingest {flag} FILE ...` to apply it")
    for rec in records:
        quarantined.append(Quarantined(rec.source_row, rec.raw, "REFERENCE_NOT_NAMED", msg, rec.source_rows))
    if records or quarantined:
        summ.notes.append(msg)
    return []


def codes_onto_generated(staged: StagedTables, records: list[Record]) -> None:
    """A code list arriving after the pairing list: a listed hospital that the pairing list
    already established (same name, or a normalised form of it; same county when both say)
    keeps its generated hospital_id — every row that refers to it stays as it is — and gains
    its official code and the list's attributes; the code also resolves to it as an alias."""
    idx = staged.load_index("hospitals")
    vcols = value_columns("hospitals")
    si, ci = vcols.index("id_source"), vcols.index("county")
    generated = {k[0]: e[1] for k, e in idx.items() if e[1][si] == "generated"}
    if not generated:
        return
    names = staged.hospital_names()
    # a hospital renamed in this run's pairing list (note_renames) is found by its new name too
    renamed = {a: r[1] for a, r in staged.alias_rows.items() if r[2] == "renamed" and r[1] in generated}
    resolver = HospitalResolver({h: names[h] for h in generated}, renamed)
    for rec in records:
        v = rec.values
        code, name = v.get("hospital_id"), v.get("name")
        if not code or not name or (code,) in idx:
            continue
        hid = resolver.resolve_exact(name)
        if hid is None and hospital_key(name) in resolver.ambiguous and v.get("county"):
            # two generated hospitals of this name: the code list's county says which
            same = [h for h in resolver.ambiguous[hospital_key(name)] if county_key(generated[h][ci]) == county_key(v["county"])]
            hid = same[0] if len(same) == 1 else None
        if hid is None:
            continue
        county = generated[hid][ci]
        if county and v.get("county") and county_key(county) != county_key(v["county"]):
            continue
        old = dict(zip(vcols, generated[hid]))
        for c in vcols:  # what the code list leaves blank, the pairing list said
            if v.get(c) is None and old.get(c) is not None:
                v[c] = old[c]
        v["hospital_id"], v["code"], v["id_source"] = hid, code, "generated"
        a = hospital_key(code)
        staged.alias_rows[a] = (a, hid, "code", 100.0)
        staged.alias_replace.add(a)


def _county_place(county: str) -> str | None:
    """所在县 青苒县 (or 青苒) as the place a county's short name is put after; None for no county's."""
    c = str(county).strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", c):
        return None
    return c if c[-1] in "县区市旗" else c + "县"


def establish_hospitals(staged: StagedTables, sid: str, records: list[Record], resolver: HospitalResolver | None) -> None:
    """A named pairing list establishes the hospitals it names: a name that is not already
    a hospital (by name, code, alias or a normalised form — never a fuzzy guess) becomes
    one, with the official code when the list gives one, else a stable generated id.

    Recipients first (their county is known, and it qualifies the id: two counties may each
    have a 青石镇卫生院), then support hospitals, so the ids do not depend on row order."""
    if resolver is None:
        return
    idx = staged.load_index("hospitals")
    ci = value_columns("hospitals").index("county")
    formers = [former_names(rec) for rec in records]  # before any name becomes an id
    written_here = {official_name(hanging_name(n)[0]) for rec in records for r in ("recipient", "support")
                    if isinstance(n := rec.values.get(f"{r}_hospital_id"), str) and n}
    for role in ("recipient", "support"):
        for rec, rec_formers in zip(records, formers):
            v = rec.values
            written = v.get(f"{role}_hospital_id")
            if not written:
                continue
            name, hanging = hanging_name(written)
            county = v.get("recipient_county") if role == "recipient" else None
            if county and is_county_short_name(hospital_key(name)) and (place := _county_place(county)):
                # 县人民医院 under 所在县 青苒县: that county's (realworld152)
                name = written = place + county_short_rest(hospital_key(name))
                v["recipient_hospital_id"] = written
            known = resolver.resolve_exact(name) or (hanging and resolver.resolve_exact(hanging))
            if known and _another_provinces(staged.hospital_value(known, "name"), name, written_here):
                known = None
            former = rec_formers.get(role)
            was = resolver.resolve_exact(former) if former else None
            if was and known in (None, was):
                # renamed: the same hospital (its id, its history) under its new name; the old name an alias
                v[f"{role}_hospital_id"] = was
                if staged.hospital_value(was, "name") != official_name(name):
                    staged.update_hospital(was, {"name": official_name(name)}, sid, rec.source_row)
                    resolver.add(was, official_name(name), (name, written, former))
                    for a in {hospital_key(name), former} - staged.known_aliases:
                        staged.alias_rows[a] = (a, was, "renamed", 100.0)
                continue
            twins = resolver.ambiguous.get(hospital_key(name)) if known is None else None
            if twins:  # a name several hospitals share: the county says which, or the row is held
                same = [h for h in twins if county and (e := idx.get((h,))) and county_key(e[1][ci]) == county_key(county)]
                if len(same) == 1:
                    v[f"{role}_hospital_id"] = same[0]
                    continue
                if not county:
                    continue
            if known:
                entry = idx.get((known,))
                known_county = entry[1][ci] if entry else None
                # (a county worked out from the name itself never splits a hospital: only a county a list wrote)
                if not (county and known_county and county_key(county) != county_key(known_county)) \
                        or known_county == county_in_name(name):
                    v[f"{role}_hospital_id"] = known
                    # what an earlier list left blank (a national list gives no level), this one may give
                    given = _attributes(v, role, county or county_in_name(name))
                    blank = {c: x for c, x in given.items() if x is not None and staged.hospital_value(known, c) is None}
                    if blank:
                        staged.update_hospital(known, blank, sid, rec.source_row)
                    continue
                # same name, another county: another hospital (two counties' 青石镇卫生院)
            code = v.get(f"{role}_code")
            hid = code or generated_hospital_id(name, county)
            v[f"{role}_hospital_id"] = hid  # by id from here on: the name alone may be ambiguous
            row = {"hospital_id": hid, "code": code, "id_source": "code" if code else "generated",
                   "name": official_name(name), **_attributes(v, role, county or county_in_name(name))}
            staged.stage_hospital(row, sid, rec.source_row)
            resolver.add(hid, official_name(name), (name, written, *([hanging] if hanging else [])))
            if hanging:  # the hanging name, alone or with the official one, names it in later years' files too
                for a in {hospital_key(written), hospital_key(hanging)} - staged.known_aliases:
                    staged.alias_rows[a] = (a, hid, "pairing_list", 100.0)
    for rec, rec_formers in zip(records, formers):
        # a rename the 备注 states of a hospital first seen now (原松陂县人民医院，撤县设区后更名): the former name an alias
        for role, old in rec_formers.items():
            hid = rec.values.get(f"{role}_hospital_id")
            if hid in resolver.names and resolver.resolve_exact(old) is None and old not in staged.known_aliases:
                staged.alias_rows[old] = (old, hid, "renamed", 100.0)
                resolver.add(hid, resolver.names[hid], (old,))


_PROVINCE = re.compile(r"^[^省]{2,8}?(?:省|自治区)$")


def _another_provinces(known_name: str | None, name: str, written_here: set[str]) -> bool:
    """澄阳市第一人民医院 beside 东澜省澄阳市第一人民医院 in the same list: a list that writes one hospital with its
    province in full writes the other without it because it is another hospital — the issuing province's own
    (realworld135: both provinces have a city 澄阳市). 省人民医院 (the province left out) is not this."""
    official = official_name(name)
    if not known_name or known_name == official or not known_name.endswith(official) or official.startswith("省"):
        return False
    # only in a list that names hospitals of two provinces at least (a list of one province's hospitals writing one
    # of them twice, with and without its province, names one hospital: REV21)
    provinces = {m.group(0) for n in written_here if (m := PROVINCE_LEAD.match(n))}
    return bool(_PROVINCE.match(known_name[: -len(official)])) and known_name in written_here and len(provinces) >= 2


def _attributes(v: dict, role: str, county: str | None) -> dict:
    """The hospital columns a pairing list's row gives for its recipient (or its support hospital)."""
    if role == "recipient":
        return {"county": county, "level": v.get("recipient_level"), "grade": v.get("recipient_grade"),
                "category": v.get("recipient_category"), "city": v.get("recipient_city"),
                "county_code": v.get("recipient_county_code")}
    return {"county": None, "level": v.get("support_level"), "grade": v.get("support_grade")}


def county_in_name(name: str) -> str | None:
    """The county a recipient's full name begins with (青梧县城关镇卫生院: 青梧县), for a list with no county
    column — stored, never part of the generated id (the id stays what it was without it)."""
    m = re.match(r"^[\u4e00-\u9fff]{1,6}?(?:自治县|县|旗)(?![镇乡街村域])(?=[\u4e00-\u9fff]{2})", hospital_key(name))
    return county_key(m.group(0)) if m else None  # never 红旗 of 红旗镇卫生院, nor 城关县 of 城关县域医共体…; 岚州市青梧县: 青梧县


def registry_aliases(staged: StagedTables, records: list[Record]) -> None:
    """The aliases a code list gives in its 别名 column (；，、 separated)."""
    for rec in records:
        for alias in (rec.values.get("aliases") or "").replace("；", ";").replace("，", ";").replace("、", ";").split(";"):
            a = hospital_key(alias)
            if a and a not in staged.known_aliases:
                staged.alias_rows[a] = (a, rec.values["hospital_id"], "registry", 100.0)


def apply_confirmed(staged: StagedTables, path, names, resolver: HospitalResolver, run_id: str, now) -> SheetSummary:
    """The data manager's confirmed names (confirmed_names.py): hospitals to add, then
    aliases, which replace whatever an earlier run matched the same name to."""
    path = pathlib.Path(path)
    body = json.dumps(names.hospitals, ensure_ascii=False, sort_keys=True, default=str)
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    sid = "C" + sha[:19]
    summ = SheetSummary(path.name, "hospitals", "hospitals", sid, rows_read=len(names.hospitals) + len(names.aliases))
    if names.hospitals and sid not in staged.known:
        for i, h in enumerate(names.hospitals, 1):
            name = str(h["name"])
            if resolver.resolve_exact(name):
                summ.unchanged += 1
                continue
            code = str(h["code"]) if h.get("code") else None
            hid = code or generated_hospital_id(name, h.get("county"))
            row = {"hospital_id": hid, "code": code, "id_source": "code" if code else "generated", "name": official_name(name),
                   **{k: (str(h[k]) if h.get(k) is not None else None)
                      for k in ("level", "grade", "category", "province", "city", "county", "county_code")}}
            if staged.stage_hospital(row, sid, i):
                summ.new += 1
            resolver.add(hid, row["name"], (name,))
        staged.known[sid] = (sid, "hospitals", None, None, summ.new + summ.unchanged, path.name)
        staged.submission_rows.append((sid, path.name, sha, "hospitals", "hospitals", None, None, None, now,
                                       len(names.hospitals), summ.new + summ.unchanged, 0, 0, None, None, run_id,
                                       str(path), None, json.dumps({"confirmed_names": True})))
    for a in names.aliases:
        target = str(a["hospital"])
        hid = target if target in resolver.names else resolver.resolve_exact(target)
        if hid is None:
            summ.notes.append(f"确认的别名“{a['name']}”所指医院“{target}”不存在 / confirmed alias {a['name']!r} names no known "
                              f"hospital {target!r}: fix {path.name}")
            continue
        key = hospital_key(str(a["name"]))
        resolver.add(hid, resolver.names[hid], (str(a["name"]),))
        staged.alias_rows[key] = (key, hid, "confirmed", 100.0)
        staged.alias_replace.add(key)
    return summ

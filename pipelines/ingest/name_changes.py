"""A province's notice of hospital name changes (医院名称变更情况表, form hospital_name_changes),
applied to the hospitals (part of the first stage, resolve, after the pairing list and before the
submissions). What each kind of change does, and the words that tell them apart, are data:
catalogue/name_changes.yaml.

* 更名 (rename): the same hospital_id under its current name; the old name an alias.
* 加挂院区 / 挂牌 (a second name): an alias of the same hospital; its name is unchanged.
* 合并 (merger): not applied (nothing documented says what a merger does). The notice's rows are
  held as NAME_CHANGE_NOT_APPLIED with the merged name in ``hospital_name``; the resolver then
  withholds that name, so rows naming it are held with a reason naming the merger — never matched
  to one of the old hospitals — until a person decides (`duikou hospitals`).

The notice feeds no table of its own: its rows are counted as curated when applied (or already in
effect), quarantined otherwise, so rows read = curated + quarantined + non-data holds.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest import establish_hospitals as establish
from pipelines.ingest.resolve_hospitals import HospitalResolver, hospital_key
from pipelines.ingest.results import Quarantined, Record, SheetSummary

FORM = "hospital_name_changes"
NOT_APPLIED = "NAME_CHANGE_NOT_APPLIED"


@lru_cache(maxsize=1)
def _kinds() -> dict[str, dict[str, tuple[str, ...]]]:
    spec = load_yaml("name_changes.yaml")["kinds"]
    return {k: {w: tuple(_plain(x) for x in v.get(w, ())) for w in ("type_words", "remark_words")} for k, v in spec.items()}


@lru_cache(maxsize=1)
def _remark_columns() -> frozenset[str]:
    return frozenset(_plain(c) for c in load_yaml("name_changes.yaml")["remark_columns"])


def remark_of(rec: Record) -> str | None:
    """The row's remark (备注), read as written."""
    return next((t for k, t in rec.raw.items() if _plain(k) in _remark_columns() and t and str(t).strip()), None)


def _plain(text: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text or "")).split())


def kind_of(change_type: str | None, remark: str | None, former: str, current: str) -> str | None:
    """rename, hanging or merger: by the 变更类型 words, else the 备注 words, else a current name
    written "old（second name）" (a hanging name); None when nothing says."""
    kinds = _kinds()
    said = _plain(change_type)
    if said:
        return next((k for k, w in kinds.items() if any(x in said for x in w["type_words"])), None)
    note = _plain(remark)
    hit = next((k for k, w in kinds.items() if any(x in note for x in w["remark_words"])), None) if note else None
    if hit:
        return hit
    official, second = _bracketed(current)
    return "hanging" if second and hospital_key(official) == former else None


def withheld_names(con, staged_quarantine: list[tuple] = ()) -> dict[str, str]:
    """{merged name: why it does not resolve} from the mergers of the notices applied so far
    (stored, and staged in this run)."""
    rows = con.execute("""
        SELECT q.hospital_name, q.reason FROM quarantine q JOIN submissions s USING (submission_id)
        WHERE q.reason_code = ? AND q.hospital_name IS NOT NULL AND s.superseded_by IS NULL""", [NOT_APPLIED]).fetchall()
    rows += [(q[6], q[4]) for q in staged_quarantine if q[3] == NOT_APPLIED and q[6]]
    return {hospital_key(n): r for n, r in rows if n}


def apply_changes(staged, sid: str, records: list[Record], quarantined: list[Quarantined], resolver: HospitalResolver | None,
                  summ: SheetSummary, today: dt.date | None = None) -> list[Record]:
    """The notice's rows applied to the run's hospitals; returns the rows applied (curated),
    the others go to ``quarantined`` with their reason."""
    today = today or dt.date.today()
    if resolver is None:
        for rec in records:
            quarantined.append(Quarantined(rec.source_row, rec.raw, "UNRESOLVED_HOSPITAL", "医院名册为空，名称变更无法对应 / no "
                                           "hospitals are known yet (name the pairing list): the name change cannot be applied",
                                           rec.source_rows, hospital_key(rec.values.get("former_name") or "")))
        return []
    kept: list[Record] = []
    mergers: dict[str, list[Record]] = {}
    for rec in records:
        v = rec.values
        former, current = hospital_key(v.get("former_name") or ""), hospital_key(v.get("current_name") or "")
        kind = kind_of(v.get("change_type"), remark_of(rec), former, current)
        if kind is None:
            said = v.get("change_type") or remark_of(rec) or ""
            _hold(quarantined, rec, f"变更类型“{said}”无法识别（应为更名、合并或加挂院区），未应用 / the kind of change {said!r} is "
                                    "not recognised (rename 更名, merger 合并 or second name 加挂院区): not applied")
        elif former == current:
            _hold(quarantined, rec, f"原名称与现名称相同（{former}），无需变更 / the former and current names are the same: nothing to apply")
        elif kind == "merger":
            mergers.setdefault(current, []).append(rec)
        elif (why := _apply_one(staged, sid, rec, kind, former, current, resolver, summ, today)) is None:
            kept.append(rec)
        elif isinstance(why, Quarantined):
            quarantined.append(why)
        else:
            _hold(quarantined, rec, why)
    for merged, recs in mergers.items():
        olds = "、".join(dict.fromkeys(hospital_key(r.values.get("former_name") or "") for r in recs))
        when = _date(recs[0].values.get("change_date"))
        why = (f"名称变更通知：{olds}于{when}合并为“{merged}”；合并如何对应医院（新医院还是原医院之一）未作规定，未应用，以该名称报送的行暂不入库，"
               f"请用 duikou hospitals --new 或 --confirm 确定 / change notice: {olds} merged into {merged!r} on {when}; what a merger "
               "means for the hospitals (a new one, or one of the old ones) is not documented: not applied, rows under that name "
               "are held until a person decides with `duikou hospitals --new` or `--confirm`")
        for rec in recs:
            quarantined.append(Quarantined(rec.source_row, rec.raw, NOT_APPLIED, why, rec.source_rows, merged))
        resolver.withhold(merged, why)
    return kept


def _date(value) -> dt.date | None:
    """The change date as a day (a parsed date keeps its precision beside the value)."""
    value = getattr(value, "value", value)
    return value.date() if isinstance(value, dt.datetime) else value


_BRACKETED = re.compile(r"(.{2,}?)（(.{2,})）")


def _bracketed(current: str) -> tuple[str, str | None]:
    """(official name, second name) of "青梧市第二人民医院（峦川省人民医院青梧院区）" — any second name,
    a campus (院区) included: the notice says it is one (unlike a pairing list's bracket, where
    （东院） is part of the name: establish_hospitals.hanging_name)."""
    m = _BRACKETED.fullmatch(current)
    return (m.group(1), m.group(2)) if m else (current, None)


def _hold(quarantined: list[Quarantined], rec: Record, why: str) -> None:
    quarantined.append(Quarantined(rec.source_row, rec.raw, NOT_APPLIED, why, rec.source_rows))


def _alias(staged, resolver: HospitalResolver, names, hid: str, method: str) -> bool:
    """Names that mean hospital ``hid`` from now on (replacing an earlier guess of the same name);
    True when one of them was no alias yet."""
    new = False
    for a in dict.fromkeys(hospital_key(n) for n in names if n):
        if a and a != hospital_key(staged.hospital_value(hid, "name") or ""):
            new = new or (a not in staged.known_aliases and a not in staged.alias_rows)
            staged.alias_rows[a] = (a, hid, method, 100.0)
            staged.alias_replace.add(a)
    resolver.add(hid, resolver.names.get(hid, ""), tuple(n for n in names if n))
    return new


def _apply_one(staged, sid: str, rec: Record, kind: str, former: str, current: str, resolver: HospitalResolver,
               summ: SheetSummary, today: dt.date):
    """None when applied (or in effect already), else why not (a reason, or the Quarantined row)."""
    when = _date(rec.values.get("change_date"))
    if kind == "hanging":
        official, second = _bracketed(current)
        if not second or resolver.resolve_exact(official) not in (None, resolver.resolve_exact(former)):
            official, second = former, current  # the second name written alone
        hid = resolver.resolve_exact(former) or resolver.resolve_exact(official)
        if hid is None:
            return _unknown(rec, former)
        if official != former and resolver.resolve_exact(official) not in (None, hid):
            return f"原名称“{former}”与现名称“{official}”是两家医院，未应用 / {former!r} and {official!r} are two hospitals: not applied"
        other = _exact_other(resolver, second, hid)
        if other:
            return (f"加挂名称“{second}”已是另一家医院（{resolver.names[other]}）的名称或别名，未应用 / the second name {second!r} is "
                    f"already another hospital's ({resolver.names[other]}): not applied")
        _count(summ, _alias(staged, resolver, [hospital_key(second), current], hid, "name_change"))
        return None
    # rename
    hid = resolver.resolve_exact(former)
    now = resolver.resolve_exact(current)
    if hid is None and now is None:
        return _unknown(rec, former)
    if hid is not None and now not in (None, hid) and _exact_other(resolver, current, hid):
        return (f"现名称“{current}”已是另一家医院的名称，两家医院无法合一，未应用 / the current name {current!r} is already another "
                "hospital's: two hospitals are not made one here; not applied")
    hid = hid or now
    changed = False
    if when is None or when <= today:
        changed = staged.update_hospital(hid, {"name": establish.official_name(current)}, sid, rec.source_row)
    else:
        summ.notes.append(f"{former} 将于 {when} 更名为 {current}：名称届时再改，两个名称现均可识别 / {former} is renamed {current} "
                          f"on {when}: the name changes then; both names resolve now")
    _count(summ, _alias(staged, resolver, [former, current], hid, "renamed") or changed)
    return None


def _count(summ: SheetSummary, changed: bool) -> None:
    if changed:
        summ.updated += 1
    else:
        summ.unchanged += 1


def _exact_other(resolver: HospitalResolver, name: str, hid: str) -> str | None:
    """Another hospital that ``name`` is the registry name, code or alias of (not a normalised
    form: 省人民医院青梧院区 is not 省人民医院 once the notice says whose campus it is)."""
    r = resolver.resolve(name)
    return r.hospital_id if r.hospital_id not in (None, hid) and r.method in ("registry", "code", "alias") else None


def _unknown(rec: Record, former: str) -> Quarantined:
    why = (f"名称变更通知中的原名称“{former}”不是已知医院，未应用；对口支援关系表或医院名册列出该医院后自动重新读取 / the former name "
           f"{former!r} in the change notice is no known hospital: not applied; read again once the pairing list or registry lists it")
    return Quarantined(rec.source_row, rec.raw, "UNRESOLVED_HOSPITAL", why, rec.source_rows, former)


def rename_known(writer, fr, sheet, resolver: HospitalResolver, today: dt.date | None = None) -> int:
    """Before this run's code list and pairing list: a notice's renames of hospitals an earlier year already
    established (砚川县人民医院 → 砚川县总医院 from 2025-01-01), so that the lists naming the new name find that
    hospital instead of making another one. Only a rename whose former name is known and whose current name is
    not; the notice itself is read in its turn after the lists (apply_sheet: then in effect already). The
    number of hospitals renamed."""
    from pipelines.ingest.write_db import submission_id

    today = today or dt.date.today()
    sid = submission_id(fr.sha256 or "", sheet.key)
    done = 0
    for rec in sheet.records:
        v = rec.values
        former, current = hospital_key(v.get("former_name") or ""), hospital_key(v.get("current_name") or "")
        if former == current or kind_of(v.get("change_type"), remark_of(rec), former, current) != "rename":
            continue
        when = _date(v.get("change_date"))
        hid = resolver.resolve_exact(former)
        if hid is None or resolver.resolve_exact(current) is not None or (when is not None and when > today):
            continue
        writer.staged.update_hospital(hid, {"name": establish.official_name(current)}, sid, rec.source_row)
        _alias(writer.staged, resolver, [former, current], hid, "renamed")
        done += 1
    return done


def apply_sheet(writer, fr, sheet, resolver: HospitalResolver | None, reference: bool) -> SheetSummary:
    """One sheet of a change notice, written like any sheet (its submission row, held rows,
    non-data rows), applied only when the file was named (a reference folder, --registry)."""
    from pipelines.ingest.write_db import submission_id
    from pipelines.privacy.person_id import mask_id_numbers

    staged = writer.staged
    sid = submission_id(fr.sha256 or "", sheet.key)
    summ = SheetSummary(str(mask_id_numbers(fr.file_name)), str(mask_id_numbers(sheet.sheet_name)), FORM, sid,
                        rows_read=sheet.rows_read)
    if sid in staged.known:
        summ.status, summ.unchanged, summ.nondata = "unchanged", staged.known[sid][4] or 0, 0
        return summ
    staged.known[sid] = (sid, FORM, None, None, 0, fr.file_name)
    staged.sid_sha[sid] = fr.sha256
    staged.file_names[sid] = fr.file_name
    staged.sheet_names[sid] = sheet.sheet_name
    records, quarantined = list(sheet.records), list(sheet.quarantined)
    as_parsed = (len(records), len(quarantined))
    if reference:
        records = apply_changes(staged, sid, records, quarantined, resolver, summ)
        writer.resolution.invalidate()
    else:
        records = establish.not_named(FORM, records, quarantined, summ)
    writer.bookkeeping(fr, sheet, sid, FORM, None, None, records, quarantined, as_parsed, summ)
    staged.spill()
    return summ

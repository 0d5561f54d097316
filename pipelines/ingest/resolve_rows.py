"""Resolving a sheet's rows to hospitals and people (the first stage: resolve → supersede →
stage → write).

A row names its hospitals as text; here each becomes a hospital_id (exactly, by alias, by
a normalised form, or by a short name within the county the file names), a field the row
left empty is filled from the sheet's context (the reporter, the title) when that is not
the row's other party, a name without an ID number becomes a name-based pseudonym within
the hospital the person works for, and a row whose hospital cannot be known is quarantined
with the reason. The pairings say who supports whom, which settles doubtful recipients.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.ingest.establish_hospitals import county_in_name, county_key
from pipelines.ingest.form_catalogue import forms
from pipelines.ingest.name_changes import withheld_names
from pipelines.ingest.resolve_hospitals import (HospitalResolver, Resolution, abbreviates, community_lead_short, county_short_kind,
                                                county_short_rest, has_kind,
                                                hospital_key, is_county_short_name, place_of, AUTONOMY_SAID, PROVINCE_LEAD)
from pipelines.ingest.results import Quarantined, Record, SheetResult, SheetSummary
from pipelines.ingest.sheet_context import find_hospital_name
from pipelines.ingest.staged_tables import StagedTables, value_columns
from pipelines.privacy.person_id import PersonIds, mask_id_numbers

# the hospital a sheet's rows are about, per form
SUBJECT_FIELD = {"deployments": "support_hospital_id", "trainees": "host_hospital_id", "techniques": "recipient_hospital_id",
                 "activities": "recipient_hospital_id", "hospital_monthly_stats": "recipient_hospital_id",
                 "staff_monthly_assessments": "recipient_hospital_id"}

# forms whose support hospital, when a row and its sheet do not name it, is the recipient's only one (not
# techniques: a recipient also starts techniques of its own, realworld12)
_SUPPORT_FROM_PAIRING = frozenset({"activities"})
_DATE_OF = {"activities": "activity_date", "techniques": "first_performed_date", "deployments": "start_date", "trainees": "start_date"}
_PLACE_SHEET = re.compile(r"[\u4e00-\u9fff]{2,8}")
_CENTRE_SUFFIXES = ("卫生院", "镇卫生院", "乡卫生院", "中心卫生院", "镇中心卫生院", "乡中心卫生院", "社区卫生服务中心",
                    "街道社区卫生服务中心")


class RowResolution:
    """Resolves rows against the hospitals and pairings of the run (stored and staged). The
    pairings and counties are worked out once and kept until ``invalidate`` (called when a
    pairing list or confirmed names change them)."""

    def __init__(self, staged: StagedTables, person_ids: PersonIds):
        self.staged = staged
        self.person_ids = person_ids
        self._roles: dict[str, set[str]] | None = None
        self._supports_of: dict[str, set[str]] | None = None
        self._pairs: set[tuple[str, str]] | None = None
        self._partner_index: tuple | None = None  # (the pair set it indexes, support -> recipients, recipient -> supports)
        self._pair_dates: list[tuple] | None = None
        self._alias_seen: set[str] = set()
        self._county_index: dict[str, set[str]] | None = None
        self._counties: tuple[int, set[str]] | None = None  # (hospitals seen, their counties), see known_county
        self._provinces: tuple | None = None  # (resolver, names seen, the provinces hospital names begin with)

    def invalidate(self) -> None:
        self._roles = self._pairs = self._supports_of = self._pair_dates = None
        self._county_index = None
        self._centres: tuple[tuple, dict[str, set[str]]] | None = None  # township_among's: ((resolver, its size), town -> centres)

    def resolver(self) -> HospitalResolver:
        aliases = dict(self.staged.con.execute("SELECT alias, hospital_id FROM hospital_aliases").fetchall())
        aliases.update({a: r[1] for a, r in self.staged.alias_rows.items()})
        resolver = HospitalResolver(self.staged.hospital_names(), aliases)
        # a merger a change notice announced: the merged name resolves to nothing until a person decides
        for name, why in withheld_names(self.staged.con, self.staged.quarantine_rows).items():
            resolver.withhold(name, why)
        return resolver

    def alias(self, text: str, r) -> None:
        """Remember how a name that is not the registry's own resolved (kept as an alias)."""
        a = hospital_key(text)
        if is_county_short_name(a) or a == r.hospital_id:  # 县中医院 means another hospital in every county; an id is no alias
            return
        if a and a not in self.staged.known_aliases and a not in self.staged.alias_rows:
            self.staged.alias_rows[a] = (a, r.hospital_id, r.method, r.score)

    # ---------------------------------------------------------------- the sheet's rows
    def resolve_sheet(self, table: str, sheet: SheetResult, records: list[Record], quarantined: list[Quarantined],
                      resolver: HospitalResolver | None, reporting_id: str | None, summ: SheetSummary) -> list[Record]:
        """The sheet's rows with their hospitals resolved and context defaults filled; the
        rows that cannot be resolved moved to ``quarantined``."""
        if table == "county_inpatient_stats":
            records = self.county_codes(records, quarantined)
        title_id = resolver.resolve(sheet.title_only).hospital_id if (resolver and sheet.title_only) else None
        anchors = frozenset(h for h in (reporting_id, title_id) if h)
        place = self.place_hospital(sheet.sheet_name, sheet.county_hint, resolver)
        # the sheet names a recipient of the reporter (or of the title's hospital): never the other side
        short = None if place or find_hospital_name(sheet.sheet_name) else self.partner_abbreviated(
            re.sub(r"[（(].*?[)）]|\d+年?|[-_\s]", "", sheet.sheet_name), anchors, resolver, "recipient")
        if place:  # a ledger's sheet named after a township centre (城关, 石桥镇): its rows' recipient
            for rec in records:
                if "recipient_hospital_id" in rec.defaulted:
                    rec.values["recipient_hospital_id"] = place
            summ.notes.append(f"受援医院取自工作表名 / recipient from the sheet name: {sheet.sheet_name}")
        elif short and "recipient_hospital_id" in _hospital_fields(table):
            # one sheet per recipient, named the short way (柳渡, 青禾中医): the one hospital of the
            # reporter's (or the title's) pairings it can mean is the recipient of the rows that
            # name none themselves — before a title that names only the sender
            n = 0
            for rec in records:
                if rec.values.get("recipient_hospital_id") is None or "recipient_hospital_id" in rec.defaulted:
                    rec.values["recipient_hospital_id"] = short
                    rec.defaulted = tuple({*rec.defaulted, "recipient_hospital_id"})
                    n += 1
            if n:
                summ.notes.append(f"受援医院取自工作表名（简称）/ recipient from the sheet name (a short form): {sheet.sheet_name}")
        elif resolver is not None and any(rec.values.get("place") for rec in records):
            self.recipient_from_place(records, sheet, resolver, summ)
        province = self.sheet_province(sheet.province_words, resolver)
        records = self.resolve_records(table, records, quarantined, resolver, sheet.county_hint, anchors, province,
                                       sheet.community)
        # a bare 单位 turned round says nothing wrong only when the other side was not written either
        # (派出单位 | 单位 with the two swapped is a real swap: a finding)
        supplied = sheet.supplied or frozenset()
        unsaid = frozenset(f for f in sheet.sideless
                           if not ({"support_hospital_id", "host_hospital_id"} if f == "recipient_hospital_id" else {"recipient_hospital_id"}) & supplied)
        # the sheet names who sent it (填报单位, the title's one hospital) and that name is not known: the
        # recipient's one pairing must not stand in for it (it may be another hospital of a team)
        unknown_sender = next((n for n, hid in ((sheet.reporting_name, reporting_id), (sheet.title_only, title_id))
                               if n and hid is None and find_hospital_name(n)), None)
        records = self.from_context(table, records, reporting_id, title_id, quarantined, unsaid, unknown_sender, resolver)
        if table == "pairings":
            self.ending_pairings(records)
        if table == "hospital_monthly_stats":
            self.referrals_down(records, summ)
        if table == "deployments":
            self.own_payment(records, anchors, summ)
        return records

    def own_payment(self, records: list[Record], anchors: frozenset[str], summ: SheetSummary) -> None:
        """我院发放生活补助 (forms.yaml paid_by_own_hospital): paid by the recipient on a sheet that is the row's
        recipient's own (its title, file name or 填报单位 names it); on the sender's roster, or when the sheet
        names neither side, it is not the recipient's money — not stored, and the summary says so."""
        other = 0
        for rec in records:
            n = rec.values.pop("paid_by_own_hospital", None)
            if n is None:
                continue
            if rec.values.get("recipient_hospital_id") in anchors:
                if rec.values.get("paid_by_recipient") is None:
                    rec.values["paid_by_recipient"] = n
            else:
                other += 1
        if other:
            summ.notes.append(f"{other} 行的“我院发放”金额不是受援医院填报的，不作为受援医院支付，未入库 / the money “我院” paid on "
                              f"{other} rows is not on the recipient's own sheet: not stored as paid by the recipient")

    def referrals_down(self, records: list[Record], summ: SheetSummary) -> None:
        """下转人次 on a hospital's own report (forms.yaml referrals_down): received from above at a
        township or community centre; at a county (二级/三级) hospital the patients it sent down,
        which no column holds — left out, and the summary says so."""
        sent = 0
        for rec in records:
            n = rec.values.pop("referrals_down", None)
            if n is None:
                continue
            if self.staged.hospital_value(rec.values.get("recipient_hospital_id"), "level") in ("二级", "三级"):
                sent += 1
            elif rec.values.get("referrals_down_received") is None:
                rec.values["referrals_down_received"] = n
        if sent:
            summ.notes.append(f"{sent} 行的“下转人次”是本院（二级及以上）下转出去的人次，不是接收的下转，未入库 / 下转人次 on {sent} rows of "
                              "a county-level hospital's own report counts patients it sent down, not referrals it received: not stored")

    def recipient_from_place(self, records: list[Record], sheet: SheetResult, resolver: HospitalResolver, summ: SheetSummary) -> None:
        """A county hospital's ledger whose 地点 column names the centre where each activity was
        held (石桥镇卫生院, 白沙乡): that centre is the row's recipient and the ledger's owner its
        support — only when the row states no support hospital and no recipient of its own (both
        came from a title naming only the owner, or from the sender), the place is a hospital (exactly, or a bare township
        name; a room or a hall is not), and the owner supports that centre in the pairings. A
        provincial team's free clinic in 城关镇 stays its recipient's activity."""
        pairs = self.pair_set()
        owners = {t for t in (sheet.title_only, sheet.reporting_name) if t}
        n = 0
        for rec in records:
            v = rec.values
            owner = v.get("recipient_hospital_id")
            if "recipient_hospital_id" not in rec.defaulted or not v.get("place") or v.get("support_hospital_id") \
                    or owner not in owners:
                continue
            hid = resolver.resolve_exact(v["place"]) or self.place_hospital(v["place"], sheet.county_hint, resolver)
            owner_id = resolver.resolve(owner).hospital_id
            if hid and owner_id and hid != owner_id and (owner_id, hid) in pairs:
                v["support_hospital_id"], v["recipient_hospital_id"] = owner, hid
                n += 1
        if n:
            summ.notes.append(f"{n} 行的受援医院取自“地点”列 / the recipient of {n} rows is the hospital in the place column")

    def known_county(self, hint: str | None) -> str | None:
        """The county a title names, cut to one the hospitals are in: the reader's guess takes
        the characters before 县 ("接收鹤汀县" in 2025年接收鹤汀县进修人员名单); the longest ending
        that is a known county is meant. Unknown (no hospital there yet): the hint as read."""
        if not hint:
            return hint
        idx = self.staged.load_index("hospitals")
        if self._counties is None or self._counties[0] != len(idx):  # hospitals are only ever added: the count says when
            ci, ni = value_columns("hospitals").index("county"), value_columns("hospitals").index("name")
            named = {p for e in idx.values() if (p := place_of(hospital_key(e[1][ni] or ""))) and p[-1] in "县区旗"}
            self._counties = (len(idx), {e[1][ci] for e in idx.values() if e[1][ci]} | named)  # (no county column: the names')
        counties = self._counties[1]
        known = next((hint[k:] for k in range(len(hint) - 1) if hint[k:] in counties), None)
        # a district only when the hospitals are in one (脱贫地区, 开发区, 山区 are no place of theirs: REV21)
        return known if known or hint.endswith("区") else hint

    def _county_then_short_name(self, key: str, resolve):
        """柘塘县县医院, 柘塘县县中医院: a known county, then a county short name — that county's
        hospital when it resolves exactly; else None."""
        self.known_county(key)  # brings the set of counties up to date
        for county in (self._counties[1] if self._counties else ()):
            rest = key[len(county):]
            if key.startswith(county) and rest and is_county_short_name(rest):
                r = resolve(county + county_short_rest(rest))
                return r if r.hospital_id and r.method != "fuzzy" else None
        return None

    def _township_confirmed(self, hid: str | None, text: str, county: str | None, anchors, row_ids: set) -> bool:
        """A township centre found by its other kind (白沙卫生院 for 白沙镇中心卫生院) is the one meant only when the
        row's or the file's county is the centre's own, or the centre is paired with the row's other party (or the
        sheet's hospital) — never another county's centre of the same name."""
        named = county_in_name(text)
        self.known_county(county or "县")  # brings the set of known counties up to date
        # (红旗卫生院: 红旗 is a town, no county — a county is one the hospitals are in)
        where = named if named and named in (self._counties[1] if self._counties else ()) else county
        theirs = self.staged.hospital_value(hid, "county")
        if where and theirs:
            return _county_base(where) == _county_base(theirs)
        return hid in self.partners(set(anchors) | row_ids)

    def place_hospital(self, text: str, county: str | None, resolver: HospitalResolver | None) -> str | None:
        """The one township centre or community health centre a bare place name (石桥镇, 白沙乡,
        城关社区, 石渠分院) — or a sheet named after one — stands for, within the county the file names,
        found exactly (never a fuzzy guess); else None."""
        name = hospital_key(text)
        if len(name) > 3 and name.endswith("分院"):  # 石渠分院: a county hospital's name for the centre of 石渠 in its medical community
            # (青杳县医共体白沙分院: the county's medical community's branch at 白沙)
            name = re.sub(r"^[\u4e00-\u9fff]{0,8}?(?:县域医共体|医共体|医疗共同体)", "", name[:-2])
        if county and name.startswith(county) and len(name) > len(county) + 1:
            name = name[len(county):]  # 青杳县白沙镇: the county's own town
        if resolver is None or find_hospital_name(name) or not _PLACE_SHEET.fullmatch(name) or name.endswith(("月", "表", "汇总", "统计")):
            return None
        stems = {name, name.removesuffix("镇").removesuffix("乡").removesuffix("街道"), name.removesuffix("社区")}
        prefixes = ["", *([county] if county else [])]
        hits = {hid for p in prefixes for s in stems for suf in _CENTRE_SUFFIXES
                if (hid := resolver.resolve_exact(p + s + suf)) is not None}
        return next(iter(hits)) if len(hits) == 1 else None

    def township_among(self, text: str, county: str | None, ids, resolver: HospitalResolver) -> str | None:
        """A township centre said without its county (白溪镇卫生院, 白溪中心卫生院) where centres of that town are in two
        counties: the one in the file's county, else the one paired with the row's other party or the reporting
        hospital — one only, never a guess between two (realworld149)."""
        key = hospital_key(text)
        m = _BARE_CENTRE.fullmatch(key)
        if not m:
            return None
        index = self._centres
        if index is None or index[0] != (id(resolver), len(resolver.names)):
            idx: dict[str, set[str]] = {}
            for hid, name in resolver.names.items():
                if (c := _COUNTY_CENTRE.fullmatch(hospital_key(name))):
                    idx.setdefault(c["town"], set()).add(hid)
            index = self._centres = ((id(resolver), len(resolver.names)), idx)
        cands = index[1].get(m["town"], set())
        if county:
            cands = {h for h in cands if (where := self.staged.hospital_value(h, "county")
                                          or place_of(hospital_key(resolver.names.get(h, ""))))
                     and _county_base(where) == _county_base(county)}
        else:
            cands = cands & self.partners(set(ids))
        return next(iter(cands)) if len(cands) == 1 else None

    def partners(self, ids, role: str | None = None) -> set[str]:
        """The hospitals paired with any of ``ids``: their recipients (``role`` "recipient"), their
        support hospitals ("support"), or either."""
        pairs = self.pair_set()
        ix = self._partner_index
        if ix is None or ix[0] is not pairs:  # indexed once per set of pairings (a scan per row cost 11 s at national)
            by_support: dict[str, set[str]] = {}
            by_recipient: dict[str, set[str]] = {}
            for sup, rec in pairs:
                by_support.setdefault(sup, set()).add(rec)
                by_recipient.setdefault(rec, set()).add(sup)
            ix = self._partner_index = (pairs, by_support, by_recipient)
        out: set[str] = set()
        for h in ids:
            if role in (None, "recipient"):
                out |= ix[1].get(h, set())
            if role in (None, "support"):
                out |= ix[2].get(h, set())
        return out

    def partner_abbreviated(self, text: str | None, anchors, resolver: HospitalResolver | None,
                            role: str | None = None) -> str | None:
        """The one hospital paired with an anchor (the reporter, the title's hospital, the row's
        other party) that ``text`` names the short way (柳渡妇幼, 青禾中医院, 石岭人医:
        resolve_hospitals.abbreviates); else None. Among a reporter's few pairings a short form
        is one hospital; among all it may be several, so it is never kept as an alias."""
        key = hospital_key(text or "")
        if resolver is None or not key:
            return None
        if anchors:
            among = self.partners(set(anchors), role)
        elif role == "recipient" and has_kind(key):
            # no reporter among the pairings (a city clerk's workbook, a sheet per hospital named 石岭中医):
            # a short form that says its kind may be matched among all the recipients; a bare place never
            among = {rec for _, rec in self.pair_set()}
        else:
            return None
        hits = {h for h in among if abbreviates(key, full := hospital_key(resolver.names.get(h, "")))
                or abbreviates(key, PROVINCE_LEAD.sub("", full))}  # 澜州中心医院: 东澜省|澜州市中心医院 (realworld135)
        return hits.pop() if len(hits) == 1 else None

    def partner_team(self, text: str | None, anchors, resolver: HospitalResolver) -> str | None:
        """东澜组团帮扶队, 南溟医疗队: a team named by its home place — the one support hospital paired with the
        row's recipient (or the sheet's hospital) whose name starts with that place; else None (realworld135)."""
        m = _TEAM.fullmatch(hospital_key(text or ""))
        if not m or not anchors:
            return None
        hits = {h for h in self.partners(set(anchors), "support") if resolver.names.get(h, "").startswith(m.group(1))}
        return hits.pop() if len(hits) == 1 else None

    def sheet_province(self, words: tuple[str, ...], resolver: HospitalResolver | None) -> str | None:
        """The first of a sheet's province words (东澜省援青梓…) that begins a known hospital's name."""
        if not words or resolver is None:
            return None
        if self._provinces is None or self._provinces[0] is not resolver or self._provinces[1] != len(resolver.names):
            found = {m.group(0) for n in resolver.names.values() if (m := PROVINCE_LEAD.match(n or ""))}
            self._provinces = (resolver, len(resolver.names), found)
        return next((w for w in words if w in self._provinces[2]), None)

    def in_province(self, key: str, r: Resolution, province: str, resolver: HospitalResolver) -> Resolution:
        """省人民医院, 澄阳市一院 in a file its province's own office sends (the title or file name names 东澜省): that
        province's hospital when one is so named — before a same-named hospital elsewhere (the province whose list it
        is also has a 澄阳市第一人民医院: realworld135). Never kept as an alias: the words mean another hospital in
        another province's file."""
        place = place_of(key)
        if key.startswith(province) or is_county_short_name(key) or (place and not place.endswith(("省", "市", "州"))):
            return r  # 省…, a city's hospitals (澄阳市一院) and a placeless 肿瘤医院: a bare 中医院 is a county's (REV21/22)
        r2 = resolver.resolve(province[:-1] + key if key.startswith("省") else province + key)
        if r2.hospital_id and r2.method != "fuzzy" and r2.hospital_id != r.hospital_id \
                and resolver.names.get(r2.hospital_id, "").startswith(province):
            return Resolution(r2.hospital_id, "province", 100.0)
        return r

    def partner_county_short(self, text: str | None, anchors, resolver: HospitalResolver | None,
                             role: str | None = None) -> str | None:
        """县中医院 / 县医院 in a file that names no county: the one hospital of that kind among
        the pairings of the row's other party (the centres a county's TCM hospital supports are
        paired with that county's 县中医院 only)."""
        key = hospital_key(text or "")
        if resolver is None or not anchors or not is_county_short_name(key):
            return None
        rest, kind = county_short_rest(key), county_short_kind(key)
        # the anchors themselves too, on the field's side (a 市中医院's own monthly report, its 填报单位 in full)
        own = {a for a in anchors if a in self.pairing_roles().get(role or "", set())}
        cands = self.partners(set(anchors), role) | own
        hits = {h for h in cands
                if (name := hospital_key(resolver.names.get(h, ""))) and (m := _COUNTY_LEAD.match(name))
                and (kind is None or m.group(0).endswith(kind)) and resolver.resolve_exact(m.group(0) + rest) == h}
        if len(hits) != 1:
            return None
        hit = next(iter(hits))
        place = _COUNTY_LEAD.match(hospital_key(resolver.names[hit])).group(0)
        # 市人医 when the row's partners are 市人民医院 and 市第二人民医院: either may be meant (realworld5)
        if any(h != hit and (n := hospital_key(resolver.names.get(h, ""))).startswith(place) and n.endswith(rest) for h in cands):
            return None
        return hit

    def resolve_records(self, table: str, records: list[Record], quarantined: list[Quarantined],
                        resolver: HospitalResolver | None, county: str | None = None, anchors=frozenset(),
                        province: str | None = None, community: bool = False) -> list[Record]:
        # the recipient first: a short name in another field (县医院) may need its county
        hosp_fields = sorted(_hospital_fields(table), key=lambda f: f != "recipient_hospital_id")
        optional = _optional_hospital_fields(table)
        resolve = resolver.resolve if resolver else None
        # a sheet's rows mostly share their recipient: each inferred one's doubt is worked out
        # once per sheet (this loop runs for every row of the year; names are cached by the resolver)
        doubts: dict[str, str | None] = {}
        kept = []
        for rec in records:
            bad = unresolved = None
            values = rec.values
            place = values.pop("recipient_place", None)  # 派驻地区 青禾市: where the row's short names are
            for f in hosp_fields:
                text = values.get(f)
                if text is None:
                    continue
                r = resolve(text) if resolve else None
                if r is not None and province and r.method not in ("code", "withheld"):
                    r = self.in_province(hospital_key(text), r, province, resolver)
                if r is not None and r.hospital_id is None and community and county and community_lead_short(hospital_key(text)):
                    # 总院 in a medical community's own file: the lead hospital of the file's county (realworld144)
                    r2 = resolve(county + "人民医院")
                    if r2.hospital_id and r2.method != "fuzzy" and r2.hospital_id not in {values.get(g) for g in hosp_fields if g != f}:
                        r = r2
                if r is not None and r.method not in ("registry", "code") and is_county_short_name(hospital_key(text)):
                    # 县医院 / 县中医院 / 中医院 in a file that names its county (or a row its 派驻地区) — or, failing
                    # that, in a row whose recipient (resolved first) is in one: that county's hospital, and only
                    # that county's (never another county's 县妇幼保健院 found by the ending of its name); 区中医院 only a
                    # district's, 市中医院 only a county-level city's (realworld137)
                    where = place or county or (self.staged.hospital_value(values.get("recipient_hospital_id"), "county")
                                                if f != "recipient_hospital_id" else None)
                    kind = county_short_kind(hospital_key(text))
                    if where and (kind is None or where.endswith(kind)):
                        r2 = resolve(where + county_short_rest(hospital_key(text)))
                        if r2.hospital_id and r2.method != "fuzzy" and r2.hospital_id not in {values.get(g) for g in hosp_fields if g != f}:
                            r = r2
                        elif r.hospital_id is not None:
                            r = Resolution(None, "unresolved", 0.0, r2.suggestions)
                # a merged hospital a change notice announced (name_changes.py): held, never guessed
                guess = r is not None and r.method != "withheld"
                if guess and r.hospital_id is None:  # 柘塘县县医院: the county named, then its 县医院
                    r = self._county_then_short_name(hospital_key(text), resolve) or r
                if guess and r.hospital_id is None and county and not hospital_key(text).startswith(county):
                    # 城关卫生院 in a file that names its county: that county's (城关镇卫生院, written short)
                    r2 = resolve(county + hospital_key(text))
                    r = r2 if r2.hospital_id and r2.method != "fuzzy" else r
                if r is not None and r.method == "township" and not self._township_confirmed(
                        r.hospital_id, text, county, anchors, {resolver.resolve(values[g]).hospital_id for g in hosp_fields
                                                               if g != f and values.get(g)} - {None}):
                    r = Resolution(None, "unresolved", 0.0, r.suggestions)  # 白沙卫生院: another county's 白沙镇中心卫生院
                hid = r.hospital_id if r is not None else None
                if hid is None and guess:  # a bare place (石桥镇, 城关社区): its township or community centre
                    hid = self.place_hospital(text, county, resolver)
                if hid is None and guess and r is not None and len(r.suggestions) > 1:  # 白溪镇卫生院, two counties with one
                    hid = self.township_among(text, county, anchors | ({resolver.resolve(values[g]).hospital_id for g in hosp_fields
                                                                        if g != f and values.get(g)} - {None}), resolver)
                    if hid is not None:
                        r = Resolution(hid, "township", 100.0)
                if hid is None and guess:  # 石岭人医 on a host's trainee list: one of its own pairings
                    row_ids = {resolver.resolve(values[g]).hospital_id for g in hosp_fields if g != f and values.get(g)}
                    side = "recipient" if f == "recipient_hospital_id" else "support"  # the field's side of a pairing
                    hid = self.partner_abbreviated(text, anchors | (row_ids - {None}), resolver, side) \
                        or self.partner_county_short(text, anchors | (row_ids - {None}), resolver, side) \
                        or (self.partner_team(text, anchors | (row_ids - {None}), resolver) if side == "support" else None)
                    if hid is not None:
                        r = Resolution(hid, "partner", 100.0)
                if hid is None and f in optional and r is not None:
                    # an optional party (a technique's support hospital) written but not found: the
                    # row is usable — curated with the field empty and a finding naming it, and read
                    # again when the name is confirmed or the pairing list changes (never filled from
                    # the title or sender instead: the row said something else)
                    values[f] = None
                    rec.held_fields = (*rec.held_fields, f)
                    name = str(mask_id_numbers(hospital_key(text)))
                    rec.findings = [*(rec.findings or ()), (f, "HOSPITAL_NOT_FOUND", f"{r.reason(text)}；该项留空，其余数据已入库 / the field "
                                                                                       "is left empty and the row is curated", name)]
                    continue
                if hid is None:
                    (bad := bad or []).append(r.reason(text) if r else f"医院名册为空 / no hospital registry loaded: {text}")
                    unresolved = unresolved or text
                    continue
                values[f] = hid
                if r.hospital_id is not None and r.method not in ("registry", "partner", "province") and text not in self._alias_seen:
                    self._alias_seen.add(text)
                    self.alias(text, r)
            if bad:
                quarantined.append(Quarantined(rec.source_row, rec.raw, "UNRESOLVED_HOSPITAL", "；".join(bad), rec.source_rows,
                                               hospital_name=str(mask_id_numbers(hospital_key(unresolved))) if unresolved else None))
                continue
            inferred, rec.defaulted = rec.defaulted, ()
            if "recipient_hospital_id" in inferred:
                hid = values.get("recipient_hospital_id")
                if hid in doubts:
                    doubt = doubts[hid]
                else:
                    doubt = doubts[hid] = self.doubtful_recipient(rec, inferred)
                if doubt and "support_hospital_id" in inferred and (hid, values.get("support_hospital_id")) in self.pair_set():
                    # the title names the two the other way round (澄溪县人民医院…活动记录（翠渠省人民医院）): the
                    # pairing between them says which supports which
                    values["recipient_hospital_id"], values["support_hospital_id"] = values["support_hospital_id"], hid
                    doubt = None
                if doubt:
                    quarantined.append(Quarantined(rec.source_row, rec.raw, "UNCERTAIN_HOSPITAL", doubt, rec.source_rows))
                    continue
            if rec.person_name is not None and values.get("person_id") is None:
                self._name_pseudonym(table, rec)
            kept.append(rec)
        return kept

    def _name_pseudonym(self, table: str, rec: Record) -> None:
        """A person named without a usable ID number: a pseudonym from the name within the
        hospital the person works for — the support hospital for dispatched staff (rosters and
        monthly assessments alike), the sending hospital for trainees."""
        values = rec.values
        home = values.get("recipient_hospital_id") if table == "trainees" else (
            values.get("support_hospital_id") or self.only_support(values.get("recipient_hospital_id")))
        values["person_id"] = self.person_ids.from_name(rec.person_name, home or "")

    def from_context(self, table: str, records: list[Record], reporting_id: str | None, title_id: str | None,
                     quarantined: list[Quarantined], sideless: frozenset[str] = frozenset(),
                    unknown_sender: str | None = None, resolver: HospitalResolver | None = None) -> list[Record]:
        """Defaults that need resolved hospitals (forms.yaml): the reporter, or the one hospital
        in the title, when it is not the row's other party. A required field still empty, or a
        row whose support and recipient came out the same, is quarantined."""
        subj = SUBJECT_FIELD.get(table)
        late = {"reporter_if_other": reporting_id, "title_if_other": title_id}
        fields = _late_default_fields(table)
        # (field, the hospitals it may default to, in order) and the required fields, once per sheet
        fills = [(f.name, cands) for f in fields if (cands := [c for c in map(late.get, f.default) if c])]
        required = [f for f in fields if f.required]
        pairs = self.pair_set() if table in ("techniques", "activities", "deployments", "staff_monthly_assessments") else None
        kept = []
        for rec in records:
            v = rec.values
            lecturer = v.pop("lecturer_hospital", None)
            filled_recipient = False
            held, rec.held_fields = rec.held_fields, ()
            for name, cands in fills:
                if v.get(name) is not None or name in held:
                    continue
                for cand in cands:
                    if v.get(subj) != cand:
                        v[name] = cand
                        filled_recipient = filled_recipient or name == "recipient_hospital_id"
                        break
            if filled_recipient:
                # the recipient came from the 填报单位 line or the title, not the row: it must be a
                # recipient of the row's support hospital when the pairings say so
                doubt = self.doubtful_recipient(rec, ["recipient_hospital_id"])
                sup_ = v.get("support_hospital_id") or v.get("host_hospital_id")
                if doubt is None and sup_ and pairs is not None and self.pair_set() and (sup_, v["recipient_hospital_id"]) not in self.pair_set():
                    doubt = ("受援医院取自填报单位或标题，但与该行的支援医院没有对口支援关系，请在表中写明受援医院 / the recipient was taken "
                             "from the 填报单位 line or the title, and it is not paired with the row's support hospital: state the recipient in the sheet")
                if doubt:
                    quarantined.append(Quarantined(rec.source_row, rec.raw, "UNCERTAIN_HOSPITAL", doubt, rec.source_rows))
                    continue
            if unknown_sender is not None and v.get("recipient_hospital_id") and (
                    any("pairing_support" in f.default and v.get(f.name) is None for f in fields)
                    or table in _SUPPORT_FROM_PAIRING and v.get("support_hospital_id") is None and "support_hospital_id" not in held):
                quarantined.append(Quarantined(rec.source_row, rec.raw, "UNRESOLVED_HOSPITAL",
                                               f"表中写明的填报单位“{unknown_sender}”无法识别，不能以受援医院的对口支援医院代替，请确认该医院 / "
                                               f"the sheet names its sender {unknown_sender!r}, which is not known: the recipient's paired "
                                               "hospital cannot stand in for it — confirm that hospital", rec.source_rows,
                                               hospital_name=str(mask_id_numbers(hospital_key(unknown_sender)))))
                continue
            for f in fields:
                if "pairing_support" in f.default and v.get(f.name) is None and v.get("recipient_hospital_id"):
                    # a recipient's own register names no sender: the one pairing in force on the row's date
                    v[f.name] = self.only_support_on(v["recipient_hospital_id"], v.get(_DATE_OF.get(table, "start_date")))
            missing = [f for f in required if v.get(f.name) is None] if required else None
            if missing:
                quarantined.append(Quarantined(rec.source_row, rec.raw, "MISSING_VALUE",
                                               f"必填项为空：{'、'.join(f.labels[0] for f in missing)} / required value missing: "
                                               f"{', '.join(f.name for f in missing)}", rec.source_rows))
                continue
            if table in _SUPPORT_FROM_PAIRING and v.get("support_hospital_id") is None and "support_hospital_id" not in held \
                    and v.get("recipient_hospital_id"):
                # a recipient's own record names no support hospital: the one it is paired with on the
                # activity's date, when it has exactly one (two, or none in force, leave the field empty)
                only = self.only_support_on(v["recipient_hospital_id"], v.get("activity_date"))
                if only is None and lecturer and resolver is not None:
                    # two or more in force: 授课专家 "省人民医院 张某" says which — when it is one of them (an invited
                    # outside expert, or one of the recipient's own doctors, says nothing of the pairing)
                    hid = resolver.resolve(lecturer).hospital_id
                    only = hid if hid in self.partners({v["recipient_hospital_id"]}, "support") else None
                if only is not None:
                    v["support_hospital_id"] = only
            sup = v.get("support_hospital_id") or v.get("host_hospital_id")
            rid = v.get("recipient_hospital_id")
            if sup and rid and sup != rid and pairs and (rid, sup) in pairs and (sup, rid) not in pairs:
                # written the wrong way round: the pairing list says which is which (doubtful but usable,
                # so curated as the pairing says, with a finding)
                sup_field = "support_hospital_id" if v.get("support_hospital_id") else "host_hospital_id"
                v[sup_field], v["recipient_hospital_id"] = rid, sup
                sup = rid
                if rec.person_name is not None and v.get("person_id_basis") == "name":
                    self._name_pseudonym(table, rec)  # made from the hospitals as written: again, as read
                if not sideless & {"recipient_hospital_id", sup_field}:  # a bare 单位 said no side: nothing was written wrong
                    rec.findings = [*(rec.findings or ()), ("recipient_hospital_id", "SWAPPED_HOSPITALS",
                                                            "支援医院与受援医院填反了，已按对口支援关系对调，请核对 / the support and the recipient "
                                                            "hospital were written the wrong way round: read as the pairings have them")]
            if sup and sup == v.get("recipient_hospital_id"):
                quarantined.append(Quarantined(rec.source_row, rec.raw, "INCONSISTENT_VALUE",
                                               f"支援医院与受援医院相同（{sup}），请核对 / the support and the recipient hospital are the same ({sup})",
                                               rec.source_rows))
                continue
            kept.append(rec)
        return kept

    def county_codes(self, records: list[Record], quarantined: list[Quarantined]) -> list[Record]:
        """A county named but not coded (望川县) gets its code from the registry, when exactly
        one code goes with that name; otherwise the row is quarantined."""
        if self._county_index is None:
            pairs = self.staged.con.execute("SELECT DISTINCT county, county_code FROM hospitals WHERE county IS NOT NULL").fetchall()
            vcols = value_columns("hospitals")
            ci, cc = vcols.index("county"), vcols.index("county_code")
            pairs += [(r[ci], r[cc]) for r in self.staged.staged_rows("hospitals")]
            idx: dict[str, set[str]] = {}
            for name, code in pairs:
                if name and code:
                    idx.setdefault(name.strip(), set()).add(code)
            self._county_index = idx
        kept = []
        for rec in records:
            v = rec.values
            if v.get("county_code") is None:
                name = (v.get("county_name") or "").strip()
                codes = self._county_index.get(name, set())
                renamed = None
                if not codes and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", name) and name[-1] not in "县区旗市":
                    # 青岚 for 青岚县: a county written without its kind, when one county of the registry has that name
                    whole = {n: c for n, c in self._county_index.items() if n[:-1] == name and n[-1] in "县区旗市"}
                    if len(whole) == 1:
                        codes = next(iter(whole.values()))
                if not codes and (was := re.fullmatch(r"(.+?)\s*[（(]\s*原\s*(.+?)\s*[)）]", name)):
                    # 岚溪市（原岚溪县）: renamed (县改市, 撤县设区), the registry knowing one of the two names
                    for cand in (was.group(1), was.group(2)):
                        if len(found := self._county_index.get(cand, set())) == 1:
                            codes, renamed = found, cand
                            break
                if not codes and (stem := _county_stem(name)):
                    # 石门县 where the registry knows 石门区 (撤县设区: same place, same code): the one county of that stem
                    near = {n: c for n, c in self._county_index.items() if n != name and _county_stem(n) == stem}
                    if len(near) == 1 and len(codes := next(iter(near.values()))) == 1:
                        renamed = next(iter(near))
                if len(codes) != 1:
                    quarantined.append(Quarantined(rec.source_row, rec.raw, "MISSING_VALUE",
                                                   f"缺少行政区划代码，且无法由县名“{v.get('county_name')}”在名册中确定 / no county code, and the "
                                                   f"registry does not give one for county {v.get('county_name')!r}", rec.source_rows))
                    continue
                v["county_code"] = next(iter(codes))
                if renamed:
                    rec.findings = [*(rec.findings or ()), ("county_code", "COUNTY_RENAMED",
                                    f"名册中无“{name}”，按同名的“{renamed}”取行政区划代码（撤县设区/设市？），请核对 / {name!r} is not in the "
                                    f"registry: the code of {renamed!r} (the same name, another suffix) was used; please check")]
            kept.append(rec)
        return kept

    # ---------------------------------------------------------------- the pairings
    def doubtful_recipient(self, rec: Record, inferred) -> str | None:
        """A recipient taken from the title, sheet name or 填报单位 (not from a column) that is
        only ever a support hospital: the sheet most likely names its sender there. Writing
        the rows to the wrong hospital would be worse than asking."""
        if "recipient_hospital_id" not in inferred:
            return None
        roles = self.pairing_roles()
        hid = rec.values.get("recipient_hospital_id")
        if roles and hid in roles["support"] and hid not in roles["recipient"]:
            name = self.staged.hospital_names().get(hid, hid)
            return (f"表中没有受援医院列，按标题/表名推断为“{name}”，但它在对口支援关系中只是支援医院，请在表中写明受援医院 / "
                    f"the sheet has no recipient column; the title or sheet name suggests {name} ({hid}), which is only ever a "
                    f"support hospital in the pairings: state the recipient in the sheet")
        return None

    def only_support(self, recipient: str | None) -> str | None:
        """The support hospital of a recipient paired with exactly one (else the recipient)."""
        if self._supports_of is None:
            self._supports_of = {}
            for sup, rec in self.pair_set():
                self._supports_of.setdefault(rec, set()).add(sup)
        sups = self._supports_of.get(recipient, set())
        return next(iter(sups)) if len(sups) == 1 else recipient

    def only_support_on(self, recipient: str | None, day) -> str | None:
        """The one support hospital of a pairing of ``recipient`` in force on ``day``, else None."""
        if not recipient or day is None:
            return None
        day = getattr(day, "value", day)
        sups = {s for s, r, start, end in self._pairings()
                if r == recipient and (start is None or start <= day) and (end is None or day <= end)}
        return sups.pop() if len(sups) == 1 else None

    def ending_pairings(self, records: list[Record]) -> None:
        """A row of an adjustment list that only ends a pairing (调整类型 终止: an end date, no start):
        the pairing of that support and recipient in force before that end, which it ends (its start
        is that pairing's, so the row replaces it)."""
        cols = value_columns("pairings")
        s_, r_, st = (cols.index(c) for c in ("support_hospital_id", "recipient_hospital_id", "start_date"))
        known = None  # the stored and staged pairings, read once and only when a row ends one
        for rec in records:
            v = rec.values
            if v.get("start_date") is not None or v.get("end_date") is None:
                continue
            end = getattr(v["end_date"], "value", v["end_date"])
            if known is None:
                known = [*self.staged.con.execute(f"SELECT {', '.join(cols)} FROM pairings").fetchall(),
                         *self.staged.staged_rows("pairings")]
            earlier = [row for row in known
                       if row[s_] == v.get("support_hospital_id") and row[r_] == v.get("recipient_hospital_id")
                       and row[st] is not None and row[st] <= end]
            if earlier:  # the pairing it ends, as it was, with this row's end
                last = max(earlier, key=lambda row: row[st])
                for c, x in zip(cols, last):
                    if v.get(c) is None and c != "end_date":
                        v[c] = x

    def pair_set(self) -> set[tuple[str, str]]:
        """(support, recipient) of every pairing, stored or staged in this run."""
        if self._pairs is None:
            self._pairs = {(s, r) for s, r, _, _ in self._pairings()}
        return self._pairs

    def _pairings(self) -> list[tuple]:
        """(support, recipient, start, end) of every pairing, stored or staged in this run."""
        if self._pair_dates is None:
            cols = ("support_hospital_id", "recipient_hospital_id", "start_date", "end_date")
            rows = self.staged.con.execute(f"SELECT {', '.join(cols)} FROM pairings").fetchall()
            ix = [value_columns("pairings").index(c) for c in cols]
            self._pair_dates = rows + [tuple(r[i] for i in ix) for r in self.staged.staged_rows("pairings")]
        return self._pair_dates

    def pairing_roles(self) -> dict[str, set[str]]:
        if self._roles is None:
            rows = self.pair_set()
            self._roles = {"support": {a for a, _ in rows}, "recipient": {b for _, b in rows}} if rows else {}
        return self._roles


# the county (district, city, banner, prefecture) a hospital's name begins with: 格桑藏族自治州, 甘孜州 — not 澜州 of 澜州市
_COUNTY_LEAD = re.compile(r".+?(?:自治州|自治县|[县市区旗]|州(?![市县区]))")
# a team named by its home place: 东澜组团帮扶队, 南溟省医疗队, 东澜援青工作队
_TEAM = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:省|市)?[\u4e00-\u9fff]{0,6}?(?:帮扶队|工作队|医疗队|专家团|专家队)")


@lru_cache(maxsize=None)
def _late_default_fields(table: str) -> tuple:
    """A form's fields with a default the writer fills (reporter_if_other, title_if_other)."""
    return tuple(f for f in forms()[table].fields.values()
                 if any(k in ("reporter_if_other", "title_if_other", "pairing_support") for k in f.default))


@lru_cache(maxsize=None)
def _hospital_fields(table: str) -> tuple[str, ...]:
    return tuple(f.name for f in forms()[table].fields.values() if f.type == "hospital")


def _optional_hospital_fields(table: str) -> frozenset[str]:
    return frozenset(f.name for f in forms()[table].fields.values() if f.type == "hospital" and not f.required and not f.key)


def _county_stem(name: str) -> str | None:
    """石门县, 石门区 → 石门: a county's name without its kind, for 撤县设区 (the district keeps the county's
    name and code). Not 市: 石门县 and 石门市 are as often two places as one renamed."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)(?:县|区|旗)", name)
    return m.group(1) if m else None


# a township centre without its county (白溪镇卫生院, 白溪中心卫生院, 芦湾乡卫生院), and one with it (青樾县白溪镇中心卫生院):
# the town's name, the key township_among matches them by
_BARE_CENTRE = re.compile(r"(?P<town>[\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)?(?:中心卫生院|卫生院)")
_COUNTY_CENTRE = re.compile(r"[\u4e00-\u9fff]{1,8}?[县旗区市](?P<town>[\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)?(?:中心卫生院|卫生院)")


def _county_base(county: str) -> str:
    """A county as the township check compares it (county_key, then without its kind): 青梧县 and 青梧 alike."""
    return re.sub(r"(?:自治)?[县旗区市]$", "", AUTONOMY_SAID.sub("", county_key(county)))  # 峨川彝族自治县 is 峨川县 (realworld142)

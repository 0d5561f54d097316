"""Stage 6: resolve a hospital name as written on a form to a registry hospital_id.

Order: the registry name or code, the alias table, normalised forms (bracketed second
names, 县医院 for 县人民医院, a province/city prefix), then fuzzy candidates from rapidfuzz.
A fuzzy match is accepted only when it is clearly the best and the two names agree on the
kind of hospital (中医, 妇幼, 卫生院, … — "石桥县中医院" must never become "石桥县人民医院");
otherwise the row is quarantined with the best suggestions in the reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from pipelines.ingest.simplified import simplified

FUZZY_ACCEPT = 90.0
FUZZY_MARGIN = 4.0
# a one-character typo in a 7-character name scores 85.7: accepted only when the place
# (石桥县…) is spelt exactly like the candidate's and nothing else comes close
TYPO_ACCEPT = 85.0
TYPO_MARGIN = 15.0
_PLACE = re.compile(r"^(.+?(?:自治县|自治州|省|市|县|区|旗|镇|乡|苏木))")
SUGGEST_CUTOFF = 55.0

# Words that distinguish kinds of hospital in the same place.
_KIND_MARKERS = ("中医", "中西医", "蒙医", "藏医", "维吾尔医", "妇幼", "妇女儿童", "儿童", "精神", "肿瘤", "口腔", "传染",
                 "骨伤", "康复", "眼科", "卫生院", "社区", "保健院", "第一", "第二", "第三", "第四", "第五", "中心医院")
_STAMP = re.compile(r"[（(]\s*(?:盖章|公章|签章|章)\s*[)）]")


def hospital_key(name: str) -> str:
    s = unicodedata.normalize("NFKC", str(name))
    s = _STAMP.sub("", s)
    s = re.sub(r"\s+", "", s).replace("(", "（").replace(")", "）")
    return s.strip("：:;；,，。")




def _kinds(key: str) -> frozenset[str]:
    return frozenset(m for m in _KIND_MARKERS if m in key)


def has_kind(key: str) -> bool:
    """Does a (short) name say what kind of hospital it is (中医, 人医, 妇幼, 卫生院), not only where?"""
    return bool(_kinds(key)) or "人医" in key or "人民" in key


_DEPARTMENT = re.compile(r"^(.+?(?:医院|卫生院|服务中心|保健院))[\u4e00-\u9fff]{1,8}(?:部|科|处|办|室|组|中心)$")


def _variants(key: str) -> list[str]:
    """Other spellings of the same hospital to try before fuzzy matching."""
    out = []
    d = _DEPARTMENT.match(key)
    if d:  # 青岚省人民医院医务部: the hospital, not the department that filled the form
        out.append(d.group(1))
    m = re.fullmatch(r"(.+?)（(.+?)）", key)
    if m:  # 河口县人民医院（河口县总医院）
        out += [m.group(1), m.group(2)]
    bare = re.sub(r"（.*?）", "", key)
    if bare != key:
        out.append(bare)
    lead = re.fullmatch(r"（([^（）]{2,8}?[省市县区旗])）(.+)", key)
    if lead:  # （松溪县）妇幼保健院: the place in brackets before the name
        out.append(lead.group(1) + lead.group(2))
    campus = _CAMPUS.fullmatch(key)
    if campus:  # 澄岚省人民医院东院区: a campus of the hospital, not another one
        out.append(campus.group(1))
    if key.startswith("原") and len(key) > 4:  # 原溪柘县医院: the hospital's former name, written as such (realworld126)
        out.append(key[1:])
    return out + _expansions(key)


_CODE_SEPARATORS = re.compile(r"[\s\-_./]+")


_CAMPUS = re.compile(r"(.+?(?:医院|卫生院|保健院))(?:[东西南北中新老本总]院区?|[东西南北]区|院区|[新老]院)")


_TOWNSHIP_CENTRE = re.compile(r"(?P<county>[\u4e00-\u9fff]{1,6}?[县旗])?(?P<place>[\u4e00-\u9fff]{2,3}?)(?P<kind>中心卫生院|卫生院|社区卫生服务中心)")


# The usual spoken short forms, written out (they are data about how people write, kept here
# beside the resolver that is their only reader): 市一院 → 市第一人民医院, 市妇幼 → 市妇幼保健院,
# 县中医 → 县中医院, 蒲溪县人医 → 蒲溪县人民医院, 省医 / 省人医 → 省人民医院. Not a bare 市人医: with a
# 市人民医院 and a 市第二人民医院 both supporting a county, readers differ on which one it means
# (tests/realworld5), so it waits for a confirmed alias; with its place named it is one hospital.
_SHORT_FORMS = (
    (re.compile(r"(.*?[省市县区])([一二三四五六七八九])院"), r"\1第\2人民医院"),
    (re.compile(r"(.*?)妇幼"), r"\1妇幼保健院"),
    (re.compile(r"(.*?[省市县区])中医"), r"\1中医院"),
    (re.compile(r"([\u4e00-\u9fff]{2,}[市县区])人医"), r"\1人民医院"),
    (re.compile(r"(.*?省)医"), r"\1人民医院"),
    (re.compile(r"(.*?省)人医"), r"\1人民医院"),  # a province has one 省人民医院: 省人医 names it
)


# A county's medical community (县域医共体) said for its lead hospital (总院), the county's people's hospital — its TCM
# hospital when the community is a 中医 one: 青樾县医共体总院, 青樾县医疗健康集团, 青篁县总医院 (realworld144). A registry
# hospital of that very name is matched first, as itself.
_COMMUNITY = re.compile(r"(?P<place>.{2,8}?[县旗])(?:县域)?(?:紧密型)?(?:(?P<tcm>中医)?(?:医共体|医疗共同体|医疗健康集团|健康集团|"
                        r"医疗集团|医疗健康服务集团|健康服务集团)(?:总院|总医院|牵头医院|牵头单位)?|总医院)"
                        # a district's or county-level city's only by the community's own words (a city's 医疗集团 or
                        # 总医院 is a hospital of its own: REV23)
                        r"|(?P<place2>.{2,8}?[区市])(?:县域|区域)?(?:紧密型)?(?P<tcm2>中医)?(?:医共体|医疗共同体)(?:总院|牵头医院)?")
COMMUNITY_WORDS = re.compile(r"医共体|医疗共同体|医疗健康集团|县总医院")  # (not a city's or an army's 总医院: REV24)
# 总院 said alone in a medical community's own file (its title, file name or 填报单位 speak of the 医共体): the lead
# hospital of the file's county (resolve_rows; realworld144) — never found from the row's other party (REV23)
_COMMUNITY_LEAD = frozenset({"总院", "医共体总院", "总医院", "医共体牵头医院", "县总院", "县总医院", "县医共体总院"})


def community_lead_short(key: str) -> bool:
    return key.removeprefix("本") in _COMMUNITY_LEAD


def _expansions(key: str) -> list[str]:
    out = [p.sub(r, key) for p, r in _SHORT_FORMS if p.fullmatch(key)]
    if (lead := _COMMUNITY.fullmatch(key)):
        out += [(lead["place"] or lead["place2"]) + k
                for k in (("中医院", "中医医院") if lead["tcm"] or lead["tcm2"] else ("人民医院", "医院"))]
    town = _TOWNSHIP_CENTRE.fullmatch(key)
    if town and not town["place"].endswith(("镇", "乡", "县", "市", "区")):  # (柯溪县)城关中心卫生院: the township's 镇 (or 乡) said without
        out += [f"{town['county'] or ''}{town['place']}{suffix}{town['kind']}" for suffix in ("镇", "乡", "街道")]
    return out


_OTHER_KIND = {"卫生院": "中心卫生院", "中心卫生院": "卫生院"}


def _kind_swaps(key: str) -> list[str]:
    """A town has one health centre: 白沙卫生院, 白沙镇卫生院 and 白沙镇中心卫生院 may name it alike, and 扎松乡 became
    扎松镇 — tried only when nothing else matched, and marked (method township) so the row's county can confirm it
    (resolve_rows)."""
    town = _TOWNSHIP_CENTRE.fullmatch(key)
    if not town or town["kind"] not in _OTHER_KIND:
        return []
    other = _OTHER_KIND[town["kind"]]
    place = town["place"]
    bare = not place.endswith(("镇", "乡", "县", "市", "区"))
    out = [f"{town['county'] or ''}{place}{suffix}{other}" for suffix in (("镇", "乡", "街道") if bare else ("",))]
    if place.endswith(("乡", "镇")) and len(place) > 2:  # 扎松乡中心卫生院 after the township became 扎松镇 (撤乡设镇), or back
        place2 = place[:-1] + ("镇" if place.endswith("乡") else "乡")
        out += [f"{town['county'] or ''}{place2}{kind}" for kind in (town["kind"], other)]
    return out


def place_of(key: str) -> str | None:
    """The place a name begins with (石桥县 of 石桥县人民医院), else None."""
    m = _PLACE.match(key)
    return m.group(1) if m else None



_PLACE_END = "省市县区州盟旗镇乡"


_BRANCH_OWNER = ("医院", "卫生院", "保健院", "中心", "医疗集团", "医共体", "集团")


def _at_place_boundary(name: str, tail: str) -> bool:
    """``name`` ends with ``tail``, and what it has before it is whole place names: the cut
    falls after 省/市/县/…, or the tail itself starts with one (省人民医院 in 澄江省人民医院)."""
    cut = name[: len(name) - len(tail)]
    return not cut or cut[-1] in _PLACE_END or tail[:1] in "省市县区州"


# the peoples an autonomous county, prefecture or banner is named for (蒙古族自治县, 藏族羌族自治州):
# the 55 minority peoples' names (a fixed national list), so the place before them stays
_PEOPLES = ("蒙古|藏|回|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|"
            "柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|"
            "塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各")
_AUTONOMY = re.compile(rf"(?:(?:{_PEOPLES})族)+自治(?=[县州旗区])")
# a province (or autonomous region) leading a hospital's name: 东澜省|澜州市中心医院, 新疆维吾尔自治区|人民医院
PROVINCE_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,5}?(?:省|自治区)(?=.{3})")
# ... and said with half of it: 峨川自治县 (no peoples), 峨川彝族县 (no 自治)
AUTONOMY_SAID = re.compile(rf"(?:(?:{_PEOPLES})族)+(?:自治)?(?=[县州旗])|自治(?=[县州旗])")


# A university's affiliated hospital (琅屏医科大学第一附属医院, …医学院附属第二医院) as the province says it: 附一院, 一附院,
# 医大一院, 医大附一院, 琅医大一附院, 琅屏医大一院 (realworld146). Only forms one hospital of the registry has are used:
# 附一院 names nothing when two universities each have a first affiliated hospital.
_AFFILIATED = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<kind>医科大学|医学院|中医药大学|大学)"
                         r"(?:第(?P<n>[一二三四五六七八九])附属医院|附属第(?P<n2>[一二三四五六七八九])医院)")
_UNI_WORD = {"医科大学": "医大", "医学院": "医学院", "中医药大学": "中医大", "大学": "大"}
_GENERIC_OWN = re.compile(r"(?:第[一二三四五六七八九十]+|人民|中医|中西医结合|口腔|儿童|妇产|妇幼|妇女儿童|肿瘤|眼科|精神|传染病|胸科|"
                          r"康复|骨科|老年|心血管病|肿瘤防治|综合|总)?医院")


def affiliated_short_forms(key: str) -> list[str]:
    """The short forms of a university's n-th affiliated hospital (affiliated_short_forms of 琅屏医科大学第一附属医院:
    附一院, 一附院, 医大一院, 琅医大一附院 …); [] for any other name."""
    m = _AFFILIATED.fullmatch(key)
    if not m:
        # 琅屏医学院附属省立医院: its own name after 附属 (省立医院) — never a kind of hospital every university may have
        # (中医医院, 口腔医院, 人民医院: REV23)
        own = re.search(r"(?:大学|学院)附属([\u4e00-\u9fff]{2,}医院)$", key)
        return [own.group(1)] if own and not _GENERIC_OWN.fullmatch(own.group(1)) else []
    n, place, uni = m["n"] or m["n2"], m["place"], _UNI_WORD[m["kind"]]
    # 附一院 alone: any university's first affiliated hospital may be called so — it names one only when the
    # registry has one such hospital, whatever its university's kind (REV23)
    out = [f"附{n}院", f"{n}附院", f"附{n}医院", f"{n}附医院", f"附属{n}院"]
    bodies = list(out)
    for lead in (uni, place + uni, place[0] + uni):
        out += [f"{lead}{n}院", f"{lead}{n}医院"] + [lead + b for b in bodies]
    return out


def _short(key: str) -> str:
    """石桥县人民医院 and 石桥县医院 share this form (so do 中医医院 and 中医院)."""
    return key.replace("人民医院", "医院").replace("中医医院", "中医院")


@dataclass(frozen=True)
class Resolution:
    hospital_id: str | None
    method: str          # registry, code, alias, normalised, fuzzy, unresolved
    score: float
    suggestions: tuple[tuple[str, str, float], ...] = ()  # (name, id, score)
    note: str = ""  # why the name is withheld (a merger a change notice announces: name_changes.py)

    def reason(self, text: str) -> str:
        if self.note:
            return f"医院名称“{text}”暂不对应任何医院 / hospital {text!r} is not resolved: {self.note}"
        if self.suggestions:
            sug = "；".join(f"{n}（{i}，{s:.0f}分）" for n, i, s in self.suggestions)
            sug_en = "; ".join(f"{n} ({i}, {s:.0f})" for n, i, s in self.suggestions)
            return f"医院名称“{text}”在名册中找不到，可能是：{sug} / hospital {text!r} is not in the registry; closest: {sug_en}"
        return f"医院名称“{text}”在名册中找不到 / hospital {text!r} is not in the registry and nothing similar was found"


class HospitalResolver:
    def __init__(self, hospitals: dict[str, str], aliases: dict[str, str] | None = None):
        """``hospitals``: hospital_id -> official name; ``aliases``: alias -> hospital_id."""
        self.names = dict(hospitals)
        self.by_key: dict[str, str] = {}
        self.ambiguous: dict[str, set[str]] = {}  # names that several hospitals share
        for hid, name in hospitals.items():
            k = hospital_key(name)
            if k in self.ambiguous or (k in self.by_key and self.by_key[k] != hid):
                self.ambiguous.setdefault(k, {self.by_key.pop(k)} if k in self.by_key else set()).add(hid)
            else:
                self.by_key[k] = hid
        self.aliases = {hospital_key(a): h for a, h in (aliases or {}).items() if h in hospitals}
        self._short_sets: dict[str, set[str]] = {}
        for k, hid in self.by_key.items():
            self._short_sets.setdefault(_short(k), set()).add(hid)
        self.by_short = {k: next(iter(v)) for k, v in self._short_sets.items() if len(v) == 1}
        self._keys = list(self.by_key)
        self._cache: dict[str, Resolution] = {}
        self._suffixes: dict[bool, dict[str, set[tuple[str, str]]]] | None = None
        self._anagrams: dict[str, list[tuple[str, str]]] | None = None
        self._simplified: dict[str, str] | None = None
        self.withheld: dict[str, str] = {}  # names that must not resolve yet -> why (withhold)
        self._renamed_places: dict[str, str] | None = None  # 松陂县 -> 松陂区, from the renames the aliases record
        self._affiliated: dict[str, str] | None = None  # 附一院 -> the one first affiliated hospital (affiliated_short_forms)

    def withhold(self, name: str, why: str) -> None:
        """A name no hospital has and none may be guessed for (a merged hospital a change notice
        announces, name_changes.py): it, and it said without its county (石桥中心卫生院 for
        鹤汀县石桥中心卫生院), resolve to nothing, with ``why`` as the reason — never by a
        normalised form or a fuzzy match to one of the hospitals it was made of. A hospital or
        alias of that name (a person's decision) still resolves."""
        self.withheld[hospital_key(name)] = why
        self._cache.clear()

    def _withheld(self, key: str) -> str | None:
        """Why ``key`` (or the withheld name it ends) must not resolve; None once a person made the
        withheld name a hospital or an alias."""
        for name, why in self.withheld.items():
            if name in self.by_key or name in self.aliases or name in self.ambiguous:
                continue
            if name == key:
                return why
            if len(key) >= 5 and name.endswith(key) and _at_place_boundary(name, key) \
                    and not any(k.endswith(key) and _at_place_boundary(k, key) for k in self.by_key):
                return why  # 石桥中心卫生院 for the merged 鹤汀县石桥中心卫生院 — unless a hospital of another county has it too
        return None

    def add(self, hospital_id: str, name: str, aliases: tuple[str, ...] = ()) -> None:
        """A hospital established during this run (from the pairing list) or a confirmed alias."""
        if hospital_id not in self.names:
            self.names[hospital_id] = name
            key = hospital_key(name)
            other = self.by_key.get(key)
            if other is not None and other != hospital_id or key in self.ambiguous:
                # two hospitals of one name (in two counties): the bare name means neither
                self.ambiguous.setdefault(key, {other} if other else set()).add(hospital_id)
                self.by_key.pop(key, None)
                if key in self._keys:  # the fuzzy step looks keys up in by_key
                    self._keys.remove(key)
            else:
                self.by_key[key] = hospital_id
                self._keys.append(key)
            sset = self._short_sets.setdefault(_short(key), set())
            sset.add(hospital_id)
            if len(sset) == 1:
                self.by_short[_short(key)] = hospital_id
            else:
                self.by_short.pop(_short(key), None)
        for a in aliases:
            if hospital_key(a):
                self.aliases[hospital_key(a)] = hospital_id
        self._cache.clear()
        self._suffixes = self._anagrams = self._simplified = self._renamed_places = self._affiliated = None

    def renamed_places(self) -> dict[str, str]:
        """Places a rename the aliases record moved to another kind (原松陂县人民医院 now 松陂区人民医院: 松陂县 -> 松陂区,
        撤县设区 / 撤县设市): only these are swapped in other names (realworld137; never a guess from the names alone —
        南昌市 and 南昌县 are two places: REV21)."""
        if self._renamed_places is None:
            out: dict[str, str] = {}
            for a, hid in self.aliases.items():
                pa, pn = place_of(a), place_of(hospital_key(self.names.get(hid, "")))
                if pa and pn and pa != pn and len(pa) >= 3 and pa[:-1] == pn[:-1] and pa[-1] in "县区市" and pn[-1] in "县区市":
                    out[pa] = pn
            self._renamed_places = out
        return self._renamed_places

    def affiliated(self) -> dict[str, str]:
        """Every short form of a university's affiliated hospital (affiliated_short_forms) that one hospital has."""
        if self._affiliated is None:
            idx: dict[str, set[str]] = {}
            for table in (self.by_key, self.aliases):
                for k, hid in table.items():
                    for f in affiliated_short_forms(k):
                        idx.setdefault(f, set()).add(hid)
            self._affiliated = {f: next(iter(h)) for f, h in idx.items() if len(h) == 1}
        return self._affiliated

    def resolve_exact(self, text: str) -> str | None:
        """The hospital a name surely means (its name, code, an alias, or a normalised form of
        them), never a fuzzy guess: used before a pairing list creates a hospital, where
        青石镇卫生院 and 白石镇卫生院 must stay two hospitals."""
        r = self.resolve(text)
        return r.hospital_id if r.hospital_id and r.method != "fuzzy" else None

    # The two indexes below replace scans over the whole registry for each name that is not
    # found directly (a national registry has ~5,000 hospitals); built on first use.
    def _suffix_index(self, short: bool = False) -> dict[str, set[tuple[str, str]]]:
        """Every ending (suffix) of a registry name -> the (name, id) it ends, names of 5+
        characters; ``short``: of the names' short forms (人民医院 -> 医院, 中医医院 -> 中医院)."""
        if self._suffixes is None:
            self._suffixes = {}
        if short not in self._suffixes:
            idx: dict[str, set[tuple[str, str]]] = {}
            for k, hid in self.by_key.items():
                form = _short(k) if short else k
                if len(form) >= 5:
                    for i in range(1, len(form)):
                        idx.setdefault(form[i:], set()).add((k, hid))
            self._suffixes[short] = idx
        return self._suffixes[short]

    def _simplified_index(self) -> dict[str, str]:
        """Every registry name, as written and in simplified characters -> its hospital (names two
        hospitals share in that form are left out). Both: t2s reads 乾縣 as 乾县 but turns an
        already simplified 乾县 into 干县."""
        if self._simplified is None:
            idx: dict[str, str | None] = {}
            for k, hid in self.by_key.items():
                forms = {k, simplified(k)}
                plain = _AUTONOMY.sub("", k)
                if plain != k:  # 敖仁蒙古族自治县人民医院 is said 敖仁县人民医院 and 敖仁县医院, 雪拉藏族自治州藏医院 雪拉州藏医院
                    forms |= {plain, _short(plain)}
                for s in forms:
                    idx[s] = hid if idx.get(s, hid) == hid else None
            self._simplified = {s: h for s, h in idx.items() if h}
        return self._simplified

    def _anagram_index(self) -> dict[str, list[tuple[str, str]]]:
        if self._anagrams is None:
            idx: dict[str, list[tuple[str, str]]] = {}
            for k, hid in self.by_key.items():
                idx.setdefault("".join(sorted(k)), []).append((k, hid))
            self._anagrams = idx
        return self._anagrams

    def resolve(self, text: str) -> Resolution:
        r = self._cache.get(text)
        if r is None:
            r = self._cache[text] = self._resolve(text)
        return r

    def _resolve(self, text: str) -> Resolution:
        key = hospital_key(text)
        if not key:
            return Resolution(None, "unresolved", 0.0)
        if key in self.ambiguous and key not in self.aliases:
            return Resolution(None, "unresolved", 0.0, tuple((self.names[h], h, 100.0) for h in sorted(self.ambiguous[key])))
        if key in self.by_key:
            return Resolution(self.by_key[key], "registry", 100.0)
        if key in self.names:
            return Resolution(key, "code", 100.0)
        if key.isascii() and (bare := _CODE_SEPARATORS.sub("", key).upper()) != key and bare in self.names:
            return Resolution(bare, "code", 100.0)  # 12-990222-MB000046-5-2: a code written in groups (realworld126)
        if key in self.aliases:
            return Resolution(self.aliases[key], "alias", 100.0)
        why = self._withheld(key)
        if why:
            return Resolution(None, "withheld", 0.0, (), why)
        hid = self._simplified_index().get(simplified(key))
        if hid:  # 雾溪縣中醫醫院: the same name in traditional characters (both sides converted alike)
            return Resolution(hid, "normalised", 100.0)
        # 峨川自治县人民医院, 峨川彝族县医院: an autonomous county said with half its name; 峨川县白石镇卫生院 with none of it
        # (and its centre's other kind) — the registry's name without its peoples and 自治, as the index holds it
        plain = AUTONOMY_SAID.sub("", key)
        for v, how in (*(((plain, "normalised"), (_short(plain), "normalised")) if plain != key else ()),
                       *((t, "township") for t in _kind_swaps(plain))):
            if (hid := self._simplified_index().get(v)) and (how != "township" or v not in self.by_key):
                return Resolution(hid, how, 100.0)
        for v in [key, *_variants(key)]:
            for table in (self.by_key, self.aliases):
                if v in table and v != key:
                    return Resolution(table[v], "normalised", 100.0)
            s = _short(v)
            if s in self.by_short and _kinds(v) == _kinds(self.names[self.by_short[s]]):
                return Resolution(self.by_short[s], "normalised", 100.0)
        for v in (key, *_variants(key)):  # and its campus (省立医院（南院区）)
            if (hid := self.affiliated().get(v)) and v not in self.by_key and not is_county_short_name(v):
                return Resolution(hid, "normalised", 100.0)  # 医大一院, 附二院: the university's one such hospital
        # a province or city written in front (青岚省石桥县人民医院), or left out (省中医院 for
        # 青岚省中医院, the one provincial TCM hospital); a campus's name (省人民医院东院区) is its hospital's
        probes = [key, *_expansions(key)]
        if (campus := _CAMPUS.fullmatch(re.sub(r"（(.+?院区)）$", r"\1", key))) and campus.group(1) != key:
            probes += [campus.group(1), *_expansions(campus.group(1))]
        tails = self._tails(probes)  # 市一院 -> 市第一人民医院, 市妇幼 -> 市妇幼保健院 too
        if len(tails) == 1:
            return Resolution(tails[0][1], "normalised", 100.0)
        swapped = self._tails(_kind_swaps(key)) if not tails else []
        if len(swapped) == 1:  # 白沙卫生院 for 白沙镇中心卫生院: confirmed by the row's county (resolve_rows)
            return Resolution(swapped[0][1], "township", 100.0)
        if not tails and not swapped and (place := place_of(key)) in self.renamed_places():
            moved = self.renamed_places()[place] + key[len(place):]  # 松陂县中医院 after 松陂县 became 松陂区
            if moved in self.by_key:
                return Resolution(self.by_key[moved], "normalised", 100.0)
        return self._beyond_tails(key, tails)

    def _tails(self, probes: list[str]) -> list[tuple[str, str]]:
        """Registry names that end a probe, or that a probe ends (cut at a place boundary), of the probe's kind."""
        tails: set[tuple[str, str]] = set()
        for probe in probes:
            short_ok = len(probe) >= 5 or (len(probe) >= 4 and probe[0] in "省市")  # not 县人民医院: every county has one
            # registry names that end the text (key ends with k), or that the text ends (k ends with key)
            cands = {probe[i:] for i in range(len(probe) - 4)} | ({probe} if len(probe) >= 5 else set())
            tails |= {(k, self.by_key[k]) for k in cands if k in self.by_key}
            if short_ok:
                # a listed name that ends with the text, cut at a place boundary (岷川省|枫渡市中医医院,
                # 澄江|省人民医院 — never 正|宁县中医医院 for 宁县中医院)
                tails |= {(k, h) for k, h in self._suffix_index().get(probe, set()) if _at_place_boundary(k, probe)}
                # 枫渡市中医院 for 岷川省枫渡市中医医院: the short forms end alike
                tails |= {(k, h) for k, h in self._suffix_index(short=True).get(_short(probe), set())
                          if _at_place_boundary(_short(k), _short(probe))}
            tails = {(k, hid) for k, hid in tails if _kinds(k) == _kinds(probe)}
        return sorted(tails)

    def _beyond_tails(self, key: str, tails: list[tuple[str, str]]) -> Resolution:
        if not tails and key.endswith("分院") and len(key) >= 4:
            # 青禾分院: the branch a county hospital (or a group) names so, known by its full name
            # (朔溪县人民医院青禾分院, a pairing list's hanging name) — when exactly one name ends so
            whose = {hid for table in (self.aliases, self.by_key) for a, hid in table.items()
                     if a.endswith(key) and len(a) > len(key) and a[: -len(key)].endswith(_BRANCH_OWNER)}
            if len(whose) == 1:
                return Resolution(whose.pop(), "alias", 100.0)
        # the same characters in another order (青岚医科大学第一附属医院 / …附属第一医院)
        same = [hid for k, hid in self._anagram_index().get("".join(sorted(key)), ())
                if _kinds(k) == _kinds(key) and place_of(k) == place_of(key)]
        if len(same) == 1:
            return Resolution(same[0], "normalised", 100.0)
        hits = process.extract(key, self._keys, scorer=fuzz.ratio, limit=5, score_cutoff=SUGGEST_CUTOFF)
        cands = [(k, float(s)) for k, s, _ in hits if _kinds(k) == _kinds(key)]
        if cands:
            best_k, best_s = cands[0]
            second = cands[1][1] if len(cands) > 1 else 0.0
            same_place = place_of(best_k) is not None and place_of(best_k) == place_of(key)
            if (best_s >= FUZZY_ACCEPT and best_s - second >= FUZZY_MARGIN and (same_place or place_of(key) is None)) or \
               (best_s >= TYPO_ACCEPT and best_s - second >= TYPO_MARGIN and same_place):
                return Resolution(self.by_key[best_k], "fuzzy", best_s)
        sugg = tuple((self.names[self.by_key[k]], self.by_key[k], float(s)) for k, s, _ in hits[:3])
        return Resolution(None, "unresolved", 0.0, sugg)


def abbreviates(short_key: str, full_key: str) -> bool:
    """A place's hospital said the short way, without 县/市 (``hospital_key`` forms): 青禾中医院,
    青禾中医, 柳渡妇幼, 石岭人医 or a bare 柳渡 for 青禾县中医医院, 柳渡县妇幼保健院, 石岭县人民医院,
    柳渡县人民医院. The short form starts with the full name's place without its 县/市/区 (two
    characters at least), keeps the full name's characters in their order, and names no kind of
    hospital the full name is not. Many hospitals fit a bare place: the caller decides among a
    few (a reporting hospital's own pairings), never among all."""
    if not 2 <= len(short_key) < len(full_key):
        return False
    place = place_of(full_key)
    if not place or len(place) < 3 or not short_key.startswith(place[:-1]):
        return False
    rest, full_rest = short_key[len(place) - 1:], full_key[len(place):]
    if rest.startswith(place[-1]):  # 石岭县人医: the place whole
        rest = rest[1:]
    # what follows the place starts where the full name's does: 柳渡镇卫生院 is not 柳渡县石桥镇卫生院
    if rest and (not full_rest or rest[0] != full_rest[0]):
        return False
    chars = iter(full_rest)
    return all(ch in chars for ch in rest) and _kinds(short_key) <= _kinds(full_key)


# A county's own hospitals written without the county (县医院, 本县中医院, 中医院, 妇幼保健院): they mean
# the one of the county the file names. Nothing else: a bare 卫生院 or 专科医院 names no hospital.
_COUNTY_SHORT_NAMES = frozenset({"医院", "人民医院", "中医院", "中医医院", "妇幼保健院", "妇幼保健计划生育服务中心", "中西医结合医院",
                                 # an autonomous county's or prefecture's own 民族医 hospital (州藏医院: realworld142)
                                 "藏医院", "蒙医院", "蒙医医院", "维吾尔医医院", "民族医院", "民族医医院", "彝医医院", "苗医医院"})
# what people say for them: 县人医, 县中医, 县妇幼
_COUNTY_SPOKEN = {"人医": "人民医院", "中医": "中医院", "妇幼": "妇幼保健院"}


# the kinds of county-level place a short name may say (区中医院 of a district, 市人民医院 of a county-level city,
# 旗医院 of a banner: realworld137)
_COUNTY_KINDS = "县区市旗州"


def is_county_short_name(key: str) -> bool:
    """县医院, 本县中医院, 县人医, 中医院, 区中医院, 市人民医院 (a ``hospital_key``): a county's (district's, county-level
    city's) own hospital, named without its place. 医院 alone is not."""
    rest = county_short_rest(key)
    return rest in _COUNTY_SHORT_NAMES and (rest != "医院" or key.removeprefix("本") != rest)


def county_short_kind(key: str) -> str | None:
    """The kind of place a short name says (县 of 县医院, 区 of 区中医院); None for a bare 中医院."""
    k = key.removeprefix("本")
    return k[0] if k[:1] and k[0] in _COUNTY_KINDS and is_county_short_name(key) else None


def county_short_rest(key: str) -> str:
    """县人医 -> 人民医院, 本县中医院 -> 中医院, 区中医院 -> 中医院: the kind of county hospital a short name means."""
    k = key.removeprefix("本")
    rest = k[1:] if k[:1] and k[0] in _COUNTY_KINDS else k
    return _COUNTY_SPOKEN.get(rest, rest) if rest != k else rest


"""Which hospitals a sheet speaks for and about, when its rows do not say.

Hospitals name them in the 填报单位 line, in "受援医院：…" lines, in the title, in section
rows above groups of rows, in the sheet name (one sheet per recipient), on a cover sheet or
in the file name. forms.yaml says, per field, which of these may stand in for a missing
column (`default`).

A title names the parties in one of two ways:
* a support relation — 青岚省人民医院对口支援/帮扶/帮助石桥县人民医院…: supporter first;
* a movement of people — 青岚省人民医院派驻石桥县人民医院人员 (support → recipient), 雁鸣县中医医院
  选派人员到青岚省中医院进修 (recipient → host), 青岚省人民医院接收石桥县人民医院进修人员 (the
  receiver first). Who is the support hospital then depends on the form: dispatched staff
  move from the support hospital, trainees move to it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from pipelines.ingest.locate_table import MONTHS_SPANNED, Located, key_value_pairs

# a group member's hanging name runs on past its group's hospital: 鹭洲市中心医院医疗集团青杉分院, 朔溪县人民医院柳坪分院
# and the spoken short forms (市一院, 省人医) name one too (resolve_hospitals expands them); a title typed in
# traditional characters (青杳縣人民醫院) names one as written (resolve_hospitals matches it simplified)
_HOSPITAL_NAME = re.compile(r"((?:[\u4e00-\u9fff（）()]{2,40}?(?:医院|卫生院|服务中心|保健院|保健所|医疗集团|医疗健康集团|健康集团|医共体总院|总医院|醫院|衛生院|服務中心|(?<=[市县区])[一二三四五六七八九]院)"
                            r"|[\u4e00-\u9fff]{0,8}?[省市县](?:人医|[一二三四五六七八九]院)"
                            r"|[\u4e00-\u9fff]{0,8}?(?:医共体|医疗共同体)[\u4e00-\u9fff]{1,6}?分院(?=[0-9０-９]|年|$|[^\u4e00-\u9fff]))"
                            r"(?:(?:医疗集团|医共体|集团)?[\u4e00-\u9fff]{1,6}?分院)?)")
_RELATION = r"对口支援|对口帮扶|支援|帮扶|帮助|协助|指导|在(?=[\u4e00-\u9fff（）()]{2,30}(?:医院|卫生院)开展)"
# 省人民医院驻北塘县人民医院工作队, 卫生院赴县医院进修: 驻/赴 only right after a hospital (驻马店市 is a place)
_SEND = r"派驻|派往|下派|选派|选送|派出|外派|(?<=院)驻(?!点)|(?<=院)赴"
_RECEIVE = r"接收|接受"
_YEAR_BEFORE_VERB = re.compile(r"(院)(?:(?:19|20)\d{2}\s*年度?|上半年|下半年)(?=驻(?!点)|赴)")
_SEND_VERB = re.sub(r"\(\?<?[=!][^)]*\)", "", _SEND)  # the verbs without their look-arounds: the verb alone, once found
_VERB = re.compile(f"({_RELATION}|{_SEND}|{_RECEIVE})")
_COUNTY = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}省)?(?:[\u4e00-\u9fff]{2,4}市)?([\u4e00-\u9fff]{1,5}(?:县|旗|区))(?=[0-9０-９]|年|县域|全县|$)")
_TITLE_SPLIT = re.compile(rf"{_RELATION}|{_SEND}|{_RECEIVE}|到|赴|关于|(?:附表|附件|表)[0-9]+(?:[-－.][0-9]+)?|[0-9]{{4}}\s*年度?|[0-9]{{1,2}}\s*月|第[一二三四1-4]季度|[上下]半年|全年"
                          r"|[\s:：,，、;；()（）【】\[\]_]+")
# Role words that end like a hospital name but name none: 受援医院：石桥县人民医院
_CN_TABLE_NUMBER = re.compile(r"(?:附表|附件|表)[一二三四五六七八九十]{1,3}(?=[\s:：、.．|])")
_GENERIC = re.compile(r"^(表[一二三四五六七八九十]{1,3}(?:受援|支援|派出|派驻|进修|接收|帮扶)|受援|支援|派出|派驻|派往|进修|接收|帮扶|县级|三级|二级|一级|城市|城乡|乡镇|基层|对口|各|本|该|我|医院$|卫生院$|指|上级|下级)"
                      r"|(及以上|以上|以下|上级|下级|同级|各级)(医疗机构|医院|卫生院)$"  # 转往县级及以上医院: a kind, not a name
                      r"|[\u4e00-\u9fff]{0,8}乡镇卫生院$|各[\u4e00-\u9fff]{0,6}卫生院$")  # 青樾县乡镇卫生院人员…: the county's centres, none of them (realworld149)
# forms whose people move from the recipient to the support hospital (trainees); in every other
# form a title's sender is the support hospital (派驻 staff, 驻…工作队 activities and techniques)
_INBOUND_FORMS = {"trainees"}
# a sheet per department (心内科, 消化内科, 护理部, 检验中心: realworld154)
_DEPARTMENT_SHEET = re.compile(r"[\u4e00-\u9fff]{1,7}(?:科|部|中心|病区)")
# a sheet named after a township or a community (白鹭镇, 石湍乡, 城关街道, 东门社区): the place whose centre its rows are about
_PLACE_SHEET = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|社区)")


def find_hospital_name(text: str | None) -> str | None:
    names = hospital_names_in(text)
    return names[0] if names else None


def hospital_names_in(text: str | None) -> list[str]:
    """Hospital names in a title or sheet name, in order: "青岚省人民医院对口支援石桥县人民医院
    2023年新技术" -> ["青岚省人民医院", "石桥县人民医院"]."""
    if not text:
        return []
    return list(_hospital_names(text))


# Classification asks once per form about the same "key：value" lines, and titles and sheet
# names recur across a year's files: worked out once per distinct text
@lru_cache(maxsize=16384)
def _hospital_names(text: str) -> tuple[str, ...]:
    # 表一 受援医院月度统计: a table number said in Chinese numerals, before its separator (附件1三溪市… keeps 三溪市)
    t = _CN_TABLE_NUMBER.sub("|", unicodedata.normalize("NFKC", text)).replace(" ", "")
    out = []
    for part in _TITLE_SPLIT.split(t):
        m = _HOSPITAL_NAME.search(part)
        if m and not _GENERIC.match(m.group(1)):
            out.append(m.group(1))
    if not out and (code := _CREDIT_CODE.search(unicodedata.normalize("NFKC", text))):
        out.append(code.group(0))  # "12990222MB0000545M 2024年新技术…": a hospital named by its code only (realworld126)
    return tuple(out)


# a 统一社会信用代码 (GB 32100: 18 characters) with at least one letter — an all-digit 18-character number may be a
# resident ID number, never read as a hospital
_CREDIT_CODE = re.compile(r"(?<![0-9A-Z])(?=[0-9A-Z]{0,17}[A-Z])[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}(?![0-9A-Z])")


@dataclass(frozen=True)
class TitleParties:
    kind: str            # relation, send, receive
    first: str           # the hospital before the verb
    second: str          # the hospital after it

    def support_and_recipient(self, form: str) -> tuple[str, str]:
        if self.kind == "relation":
            return self.first, self.second
        sender, receiver = (self.first, self.second) if self.kind == "send" else (self.second, self.first)
        return (receiver, sender) if form in _INBOUND_FORMS else (sender, receiver)


def title_parties(text: str) -> TitleParties | None:
    """The two parties a title names around a verb, or None."""
    # 石楠县人民医院2024年赴…进修: the year between the hospital and its verb qualifies the verb
    t = _YEAR_BEFORE_VERB.sub(r"\1", unicodedata.normalize("NFKC", text))
    for m in _VERB.finditer(t):
        before = hospital_names_in(t[: m.start()])
        after = hospital_names_in(t[m.end():])
        if before and after:
            v = m.group(1)
            kind = "send" if re.fullmatch(_SEND_VERB, v) else "receive" if re.fullmatch(_RECEIVE, v) else "relation"
            return TitleParties(kind, before[-1], after[0])
    m = _SUPPORTED_BY.search(t)
    if m:  # 箬川县妇幼保健院新技术（溪宁市中心医院帮扶）: the bracket names who supports the title's hospital
        own = hospital_names_in(t[: m.start()])
        by = hospital_names_in(m.group(1))
        if own and by and own[0] != by[-1]:
            return TitleParties("relation", by[-1], own[0])
    return None


_SENT_OUT = re.compile(r"(?:赴|到)(?:上级|支援|对口)?(?:医院|单位)?进修|选派|选送|外出进修|外派进修|派出进修")
_RECEIVED = re.compile(r"接收|接受|(?:受援单位|受援医院|受援方)填报|来院专家|驻院专家")
_SUPPORTED_BY = re.compile(r"[（(]([^（）()]{4,40}?)(?:对口支援|对口帮扶|帮扶|支援)[)）]")


@dataclass
class SheetContext:
    """Where a sheet says which hospital it is from and about (see forms.yaml `default`)."""

    reporter: str | None             # 填报单位, else the title's (first) hospital, else the sheet name's, else the footer's
    sheet_hospital: str | None       # the sheet is named after a hospital (one sheet per recipient)
    first_in_title: str | None       # the first hospital of the title lines
    parties: TitleParties | None     # the two parties a title names around a verb
    title_only: str | None = None    # the title's hospital when it names exactly one
    title_county: str | None = None  # a county the title names (望川县2024年县域住院情况)
    form: str | None = None
    titles: tuple[str, ...] = ()     # the title lines and the file name, as read
    unit_line: str | None = None     # the 填报单位 line's hospital, when there is one
    sheet_department: str | None = None  # the sheet is named after a department (one sheet per department: 心内科)
    _defaults: dict = field(default_factory=dict, repr=False, compare=False)  # (kind, section) -> default, per sheet

    @classmethod
    def of(cls, loc: Located, sheet_name: str, file_stem: str | None = None, form: str | None = None) -> "SheetContext":
        """``file_stem`` is read like a last title line (青禾县人民医院下派桃源镇卫生院人员及考核.xlsx)."""
        sn = unicodedata.normalize("NFKC", sheet_name).strip()
        in_name = hospital_names_in(sn)
        sheet_h = in_name[0] if len(in_name) == 1 and len(in_name[0]) >= len(re.sub(r"[（(].*?[)）]|\d{4}年?", "", sn)) - 1 else None
        # title lines (not "key：value" lines, whose keys say what each hospital is)
        titles = [t for t in (loc.meta.title, *loc.meta.top_texts) if t and not key_value_pairs(t)]
        if file_stem:  # a CSV's "sheet" is its file stem: read it as a title line too (A派驻B人员2024.csv)
            titles.append(re.sub(r"^SYNTHETIC_?(\d+_)?", "", file_stem))
        in_title = [h for t in titles for h in hospital_names_in(t)]
        parties = next((p for t in titles if (p := title_parties(t))), None)
        first_title = hospital_names_in(titles[0]) if titles else []
        only = first_title[0] if len(set(first_title)) == 1 else None
        footer = [h for t in loc.meta.texts for h in hospital_names_in(t)]
        reporter = (loc.meta.reporting_unit or (in_title[0] if in_title else None) or sheet_h or (in_name[0] if in_name else None)
                    or (footer[0] if footer else None))
        if sheet_h is None and _PLACE_SHEET.fullmatch(sn):
            sheet_h = sn  # a sheet per township (白鹭镇, 石湍乡): its centre, found by the place when written (resolve_rows)
        county = next((m.group(1) for t in titles if (m := _COUNTY.match(unicodedata.normalize("NFKC", t).strip()))), None)
        department = sn if _DEPARTMENT_SHEET.fullmatch(sn) and not in_name else None
        return cls(reporter, sheet_h, in_title[0] if in_title else None, parties, only, county, form, tuple(titles),
                   loc.meta.reporting_unit, department)

    @property
    def title_support(self) -> str | None:
        if self.parties:
            return self.parties.support_and_recipient(self.form or "")[0]
        # a trainee list's 2024年赴枫陵市人民医院进修人员: the hospital they went to is their host
        if self.form == "trainees" and self.title_only and self._went_to(self.title_only):
            return self.title_only
        return None

    def _went_to(self, hospital: str) -> bool:
        return any(re.search(rf"(?:赴|到|去|往)\s*{re.escape(hospital)}", unicodedata.normalize("NFKC", t or "")) for t in self.titles)

    @property
    def title_recipient(self) -> str | None:
        return self.parties.support_and_recipient(self.form or "")[1] if self.parties else None

    @property
    def title_receiver(self) -> str | None:
        """The title's one hospital when the title says it took the staff in (石溪县中医医院接收派驻人员,
        …（受援单位填报）): the recipient, never the sender."""
        if self.parties is not None or not self.title_only:
            return None
        return self.title_only if any(_RECEIVED.search(t) for t in self.titles) else None

    @property
    def title_sender(self) -> str | None:
        """The title's one hospital when the title says it sent its people out (青禾县中医医院2024年赴支援医院
        进修人员, 选派外出进修): the trainees' own hospital, never their host."""
        if self.parties is not None or not self.title_only:
            return None
        # a host's list of the trainees it took in (接收基层选派进修人员) is no sender's; nor is the hospital they
        # went to (2024年赴澄霁省人民医院进修: 赴 / 到 before the name)
        if self._went_to(self.title_only):
            return None
        return self.title_only if any(_SENT_OUT.search(t) and not _RECEIVED.search(t) for t in self.titles) else None

    @property
    def title_subject(self) -> str | None:
        return self.title_recipient or self.first_in_title

    def default(self, kind: str, section: str | None) -> str | None:
        """The value forms.yaml's ``default`` of that kind gives (asked for every row: worked out once)."""
        try:
            return self._defaults[kind, section]
        except KeyError:
            got = self._defaults[kind, section] = self._default(kind, section)
            return got

    def _default(self, kind: str, section: str | None) -> str | None:
        if kind == "reporting_hospital":
            return self.reporter
        if kind == "unit_line":
            return self.unit_line
        if kind == "title_receiver":
            return self.title_receiver
        if kind == "reporter_unless_receiver":  # a recipient's register of the staff it received is not sent by it
            return None if self.title_receiver and self.title_receiver == self.reporter else self.reporter
        if kind == "title_sender":
            return self.title_sender
        if kind == "reporter_unless_sender":  # a hospital's list of the people it sent out does not host them
            return None if self.title_sender and self.title_sender == self.reporter else self.reporter
        if kind == "subject_hospital":
            return section or self.sheet_hospital or self.title_subject or self.reporter
        if kind == "sheet_hospital":
            return section or self.sheet_hospital or self.title_recipient
        if kind == "title_support":
            return self.title_support
        if kind == "title_county":
            return self.title_county
        if kind == "title_department":
            return next((d for t in self.titles if (d := department_in(t))), None) or self.sheet_department
        if kind == "title_activity_type":
            return next((a for t in self.titles if (a := activity_log_type(t))), None)
        if kind in ("reporter_if_other", "title_if_other", "county_lookup", "pairing_support"):
            return None  # decided in the writer, once hospitals are resolved
        raise ValueError(f"unknown default {kind!r} in forms.yaml")


# A file kept per department (心内科派驻人员.xlsx, 澜江市中心医院儿科进修人员名单): the department its
# rows belong to, when no column gives one — the words just before what the list is of.
_DEPARTMENT_TITLE = re.compile(r"([\u4e00-\u9fff]{1,6}?(?:科|中心))(?:专科联盟)?(?=派驻|下派|下沉|进修|新技术|新项目|远程会诊|帮扶|支援|人员)")


def department_in(text: str | None) -> str | None:
    """The department a per-department file's title or name is about, else None."""
    if not text:
        return None
    t = unicodedata.normalize("NFKC", text).replace(" ", "")
    for name in hospital_names_in(t):  # the hospital's own name is not a department (…中心医院)
        t = t.replace(name, "|")
    t = re.sub(r"(?:19|20)\d{2}年?度?", "|", t)
    m = _DEPARTMENT_TITLE.search(t)
    return m.group(1) if m and not m.group(1).endswith(("医院", "卫生院")) else None


# A log of one kind of event (远程会诊记录, 义诊登记表): the activity type of its rows, when no column
# gives one. Only a log's title: "带教培训活动记录" names activities of several kinds.
_ACTIVITY_LOG = re.compile(r"(远程会诊|义诊|教学查房|疑难病例讨论|死亡病例讨论|手术示教)(?:活动)?(?:记录|登记|台账|情况|统计)")


def activity_log_type(text: str | None) -> str | None:
    if not text:
        return None
    m = _ACTIVITY_LOG.search(unicodedata.normalize("NFKC", text).replace(" ", ""))
    return m.group(1) if m else None


# (a district too, 松陂区: realworld137 — not 社区, 城区, 院区, 病区, 地区 …; a 区 the hospitals are in nowhere, 山区 or
# 开发区, is dropped when the sheet is written (resolve_rows.known_county), and never gives a pairing list's county: REV21/22)
_COUNTY_WORD = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:县|旗|(?<![社城院病园景小库矿地])区))(?!医院|人民医院|中医)")


def county_in(texts) -> str | None:
    """The first county a title, file name or sheet name names (北塘县乡镇卫生院赴县医院进修…)."""
    for t in texts:
        m = _COUNTY_WORD.search(unicodedata.normalize("NFKC", re.sub(r"^SYNTHETIC_?", "", str(t or ""))))
        if m:
            return m.group(1)
    return None


def province_words(texts) -> tuple[str, ...]:
    """Every two to four characters before a 省 in a title, file name or 填报单位 line, in order (东澜省援青梓…:
    东澜省, …): which of them is a province is known only from the hospitals (resolve_rows.sheet_province)."""
    out: list[str] = []
    for t in texts:
        if not t or "省" not in str(t):
            continue  # (asked of every sheet's texts: most name no province)
        s = unicodedata.normalize("NFKC", re.sub(r"^SYNTHETIC_?", "", str(t)))
        for m in re.finditer("省", s):
            out += [s[m.start() - k:m.end()] for k in (2, 3, 4) if m.start() >= k]
    return tuple(dict.fromkeys(w for w in out if re.fullmatch(r"[\u4e00-\u9fff]+省", w)))


def month_of_sheet(sheet_name: str, period: str | None, texts) -> dt.date | None:
    """A techniques or activities sheet that names only its month ("3月新开展项目", "五月"),
    with the year from the title, the file name or the sheet's period: the month's first day."""
    name = unicodedata.normalize("NFKC", sheet_name or "")
    if MONTHS_SPANNED.search(name) or len(_SHEET_MONTH.findall(name)) != 1:
        return None  # 1-3月, 上半年（1—6月）, 第一季度: a span, not a month
    m = _SHEET_MONTH.search(name)
    month = int(m.group(1)) if m.group(1).isdigit() else _CN_MONTH[m.group(1)]
    own = re.search(r"((?:19|20)\d\d)\s*年", name)  # the sheet's own year first (2023年12月)
    year = int(own.group(1)) if own else (int(period[:4]) if period and period[:4].isdigit() else None)
    if year is None:  # a year written as a year (2024年), not a document number (〔2021〕12号)
        y = next((y for t in texts if (y := re.search(r"(?<![〔\[(（\d])((?:19|20)\d\d)\s*年", unicodedata.normalize("NFKC", str(t or ""))))), None)
        year = int(y.group(1)) if y else None
    return dt.date(year, month, 1) if year else None




_SHEET_MONTH = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月")


_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}

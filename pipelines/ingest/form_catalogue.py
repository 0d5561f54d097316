"""The form catalogue (catalogue/forms.yaml) loaded once, with normalised header labels."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest.simplified import simplified_name

_BRACKETED = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_PUNCT = re.compile(r"[\s\*＊:：,，、;；.。/／\\|·•\-—_~～'\"“”‘’!！?？#＃]+")


def norm_label(text: object) -> str:
    """Header text for matching: NFKC, no spaces, no punctuation, brackets kept as text."""
    return _norm_label(str(text or ""))


# an online form's question as a header: "1、您的姓名：", "Q3 身份证号", "Q1_受援医院", "2.门急诊人次" — the label without
# its number and its polite asking (survey_answers.py cleans the answers)
# a platform export's field code before the label: "B04 职称", "B05_派驻开始日期" (code_tables.py)
_QUESTION = re.compile(r"^\s*(?:[A-Za-z]\d{2,3}(?:[\s_.、:：-]+|(?=[^\x00-\x7f]))|[Qq]\s*\d{1,3}(?:\s*[、:)_]|\.(?!\d)|\s+|(?=[^\x00-\x7f]))|\d{1,3}\s*(?:[、:)]|\.(?!\d))|\(\d{1,3}\))"
                       r"\s*(?:请填写|请输入|请选择|您的|您所在的|您所在|贵单位的?)?")


# a header in Chinese and a minority script in one cell (姓名⏎མིང་།, 科室/بۆلۈم: forms of autonomous areas,
# realworld123): the label is the Chinese — Tibetan, Arabic-script (Uyghur, Kazakh), Mongolian and Yi are dropped
OTHER_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u0f00-\u0fff\u1800-\u18af\ua000-\ua4cf]+")


@lru_cache(maxsize=65536)  # header texts repeat across thousands of files
def _norm_label(text: str) -> str:
    # a header typed in traditional characters (序號, 派出單位, 在崗抽查次數) matches its simplified synonym;
    # only characters simplified Chinese lacks are converted, so a simplified label never changes
    if not text.isascii():
        text = OTHER_SCRIPT.sub(" ", text)
    s = _QUESTION.sub("", simplified_name(unicodedata.normalize("NFKC", _FOOTNOTE.sub("", text))))
    s = s.replace("(", "").replace(")", "").replace("[", "").replace("]", "")
    return _PUNCT.sub("", s).lower()


# a footnote mark on a header (出院人数¹, 开展例数（例）*, 住院人次※): the note under the table explains it; NFKC
# would make ¹ a digit of the label
_FOOTNOTE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*※†‡]+\s*$")


# a header in two languages: "Name / 姓名", "科室/Department", "姓名 Name", "Start date（开始日期）"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_EN_ZH = re.compile(r"([A-Za-z][A-Za-z .'&-]*?)\s*[（(]([^()（）]*[\u4e00-\u9fff][^()（）]*)[)）]|([^A-Za-z()（）]*[\u4e00-\u9fff][^A-Za-z()（）]*?)\s*[（(]?([A-Za-z][A-Za-z .'&-]*?)[)）]?")


_EN_THEN_ZH = re.compile(r"([A-Za-z][A-Za-z .'&-]*[A-Za-z.])\s+([^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*)")


_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=65536)  # every cell of a sheet's top rows is asked, and their texts recur
def two_languages(text: str) -> tuple[str, str] | None:
    """(Chinese label, English label) of a bilingual header, else None."""
    t = unicodedata.normalize("NFKC", _FOOTNOTE.sub("", text)).strip()
    if not _LATIN.search(t):
        return None  # no English half
    for sep in (" / ", "/", "|"):
        parts = [p.strip() for p in t.split(sep)]
        if len(parts) == 2 and all(parts):
            zh = [p for p in parts if _CJK.search(p)]
            en = [p for p in parts if not _CJK.search(p) and re.search(r"[A-Za-z]{2}", p)]
            if len(zh) == 1 and len(en) == 1:
                return zh[0], en[0]
    m = _EN_ZH.fullmatch(t)
    if m:
        return (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
    m = _EN_THEN_ZH.fullmatch(t)  # "Name 姓名", "Outpatient & emergency visits 门急诊人次"
    if m:
        return m.group(2), m.group(1)
    return None


# headers of counts and scores, the columns of a summary table (派驻人数, 项目数, 总分)
COUNT_HEADER = re.compile(r"(人数|人次|次数|项数|项目数|例数|个数|总数|总分|得分|分数|评分|合计数)$")


def strip_label(text: object) -> str:
    """Like norm_label, but drops bracketed qualifiers: 收取进修费（元） -> 收取进修费."""
    return _strip_label(str(text or ""))


@lru_cache(maxsize=65536)
def _strip_label(text: str) -> str:
    if not text.isascii():
        text = OTHER_SCRIPT.sub(" ", text)
    s = _QUESTION.sub("", unicodedata.normalize("NFKC", text))
    return _PUNCT.sub("", _BRACKETED.sub("", s)).lower()


# Words that mean the same in a header: 开始日期 = 起始时间, 受援医院名称 = 受援医院,
# 出院总人数 = 出院人数. Applied to both the catalogue labels and the sheet's headers.
_CANON = [("日期", "时间"), ("开始", "起始"), ("截止", "结束"), ("截至", "结束"), ("终止", "结束"), ("名称", ""),
          ("总", ""), ("病人", ""), ("患者", ""), ("是否", ""), ("情况", ""), ("状态", ""), ("单位", "医院"), ("机构", "医院")]


# counts are written 人次, 人数, 例数, 例次, 台次, 次数 … interchangeably; 累计/其中 are qualifiers
_COUNT_WORD = re.compile(r"(人次|人数|例次|例数|台次|台数|次数|人员数|个数|项数)$")
_PREFIX = re.compile(r"^(累计|其中|合计|已|共计|共)")


@lru_cache(maxsize=65536)
def canon_label(text: object) -> str:
    s = strip_label(text)
    for a, b in _CANON:
        s = s.replace(a, b)
    s = _PREFIX.sub("", s)
    return _COUNT_WORD.sub("数", s)


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    labels: tuple[str, ...]
    required: bool = False
    default: tuple[str, ...] = ()   # kinds tried in order (see forms.yaml)
    key: bool = False
    whole_labels: tuple[str, ...] = ()  # labels that name the field only as the whole header (时间, 类型)


@dataclass(frozen=True)
class Form:
    name: str
    titles: tuple[str, ...]
    fields: dict[str, Field]
    label_index: dict[str, str]  # normalised label -> field name
    canon_index: dict[str, str]  # canonical label -> field name (only where unambiguous)
    derived: tuple[str, ...] = ()  # measures worked out from the form's counts (a rate row): not data
    resubmission_key: tuple[str, ...] = ()  # an online form's "same submission" (default: the key fields)
    title_words: tuple[str, ...] = ()  # words of a title that lean towards the form (派驻, 进修) when no title matches
    whole_index: frozenset[str] = frozenset()  # normalised whole_labels: never found inside a longer header

    def is_derived(self, label: str) -> bool:
        n = norm_label(label)
        return any(norm_label(d) in n for d in self.derived)


@lru_cache(maxsize=1)
def forms() -> dict[str, Form]:
    spec = load_yaml("forms.yaml")["forms"]
    out: dict[str, Form] = {}
    for fname, fspec in spec.items():
        fields = {}
        index: dict[str, str] = {}
        for name, f in fspec["fields"].items():
            default = f.get("default") or ()
            fld = Field(name, f["type"], tuple(f["labels"]) + tuple(f.get("whole_labels", ())), bool(f.get("required")),
                        (default,) if isinstance(default, str) else tuple(default), bool(f.get("key")),
                        tuple(f.get("whole_labels", ())))
            fields[name] = fld
            for lab in fld.labels:
                for k in {norm_label(lab), strip_label(lab)}:
                    if k in index and index[k] != name:
                        raise ValueError(f"forms.yaml: label {lab!r} is used by two fields of form {fname}: {index[k]} and {name}")
                    index[k] = name
        canon: dict[str, set[str]] = {}
        for k, name in index.items():
            canon.setdefault(canon_label(k), set()).add(name)
        canon_index = {k: v.pop() for k, v in canon.items() if len(v) == 1 and k}
        whole = frozenset(norm_label(lab) for fld in fields.values() for lab in fld.whole_labels)
        out[fname] = Form(fname, tuple(fspec.get("titles", [])), fields, index, {k: v for k, v in canon_index.items() if k not in whole},
                          tuple(fspec.get("derived", ())), tuple(fspec.get("resubmission_key", ())), tuple(fspec.get("title_words", ())),
                          whole)
    return out


@lru_cache(maxsize=1)
def sideless_labels() -> frozenset[str]:
    """Headers naming a hospital without its side of the pairing (forms.yaml sideless_hospital_labels)."""
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("sideless_hospital_labels", ()))


@lru_cache(maxsize=1)
def this_period_words() -> frozenset[str]:
    """本月, 本期 …: the column of a period's own figure (forms.yaml this_period_columns)."""
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("this_period_columns", ()))


@lru_cache(maxsize=1)
def months_total() -> tuple[dict[str, str], frozenset[str]]:
    """({form: the field a 合计 after 1月 … 12月 gives}, the words of such a column) (forms.yaml)."""
    spec = load_yaml("forms.yaml")
    return dict(spec.get("months_total_fields", {})), frozenset(norm_label(x) for x in spec.get("months_total_columns", ()))


@lru_cache(maxsize=1)
def group_column_words() -> frozenset[str]:
    """批次, 组别 …: a column naming the group a row belongs to (forms.yaml group_columns: team_period.py)."""
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("group_columns", ()))


@lru_cache(maxsize=1)
def team_lead_words() -> frozenset[str]:
    """牵头单位 …: the support column of a team, whose 成员单位 support too (forms.yaml team_lead_columns)."""
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("team_lead_columns", ()))


@lru_cache(maxsize=1)
def name_notes() -> frozenset[str]:
    """女, 已返回, 组长 …: a note in brackets beside a person's name, not part of it (forms.yaml name_notes)."""
    return frozenset(load_yaml("forms.yaml").get("name_notes", ()))


@lru_cache(maxsize=1)
def department_breakdown() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(forms, department columns, whole-hospital words) of a month by department (forms.yaml department_breakdown)."""
    spec = load_yaml("forms.yaml").get("department_breakdown", {})
    return (frozenset(spec.get("forms", ())), frozenset(norm_label(x) for x in spec.get("columns", ())),
            frozenset(norm_label(x) for x in spec.get("total_words", ())))


@lru_cache(maxsize=1)
def change_list_end_words() -> frozenset[str]:
    """派驻至 …: a change list's column of the day the replacement stays to (forms.yaml change_list_end_columns)."""
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("change_list_end_columns", ()))


_PERIOD_WORD = (r"(?:本月|当月|本期|本年累计|全年累计|年累计|累计|本年|全年|上年同期|去年同期|同期|上月|上期"
                r"|\d{1,2}[-—–~至]\d{1,2}月(?:累计|合计)?|\d{1,2}月(?:累计|合计))(?:数|完成|实际)?")
_PERIOD_QUALIFIED = re.compile(rf"^{_PERIOD_WORD}(?P<a>.{{2,}})$|^(?P<b>.{{2,}}?)[（(]{_PERIOD_WORD}[)）]$")


def unqualified_label(normed: str) -> str | None:
    """A measure's label without the period written into its header (本月门急诊人次, 本年累计门急诊人次,
    门急诊人次（1-5月累计）: 门急诊人次), or None when the header names no period."""
    m = _PERIOD_QUALIFIED.match(normed)
    return (m["a"] or m["b"]) if m else None


@lru_cache(maxsize=1)
def column_sums() -> dict[str, dict[str, dict[str, frozenset[str]]]]:
    """form -> field -> {"when": labels, "add": labels}: a figure written in two columns (forms.yaml column_sums)."""
    spec = load_yaml("forms.yaml").get("column_sums", {})
    return {form: {f: {k: frozenset(norm_label(x) for x in v) for k, v in d.items()} for f, d in fields.items()}
            for form, fields in spec.items()}


@lru_cache(maxsize=1)
def count_parts() -> frozenset[str]:
    """The kinds of staff a headcount is split into under its header (参加人数 over 医师 | 护士: forms.yaml count_parts)."""
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("count_parts", ()))


@lru_cache(maxsize=1)
def running_totals() -> tuple[frozenset[str], tuple[str, ...]]:
    """The monthly forms and the words that make a measure's header a running total or another period's
    (forms.yaml running_total_forms, running_total_words)."""
    spec = load_yaml("forms.yaml")
    return frozenset(spec.get("running_total_forms", ())), tuple(norm_label(x) for x in spec.get("running_total_words", ()))


@lru_cache(maxsize=1)
def period_column_words() -> frozenset[str]:
    """本月 | 本年累计 | 上年同期 …: the sub-labels under a measure (this_period_columns and other_period_columns)."""
    return this_period_words() | frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("other_period_columns", ()))


@lru_cache(maxsize=1)
def all_labels() -> frozenset[str]:
    """Every normalised label of every form (used to find header rows), and the column labels of a
    long-format export (指标名称 | 指标值 | 单位: long_format.py)."""
    spec = load_yaml("forms.yaml").get("long_format_columns", {})
    long = {norm_label(x) for role, words in spec.items() if role != "not_the_figure" for x in words}
    return frozenset(k for f in forms().values() for k in f.label_index) | long


# Words that mark the start / end column under a two-level header (派驻时间 → 起始 / 结束).
START_WORDS = frozenset({"起始", "开始", "起", "自", "始", "起始日期", "开始日期", "起始时间", "开始时间", "从"})
END_WORDS = frozenset({"结束", "截止", "止", "至", "终止", "结束日期", "截止日期", "结束时间", "截止时间", "到"})
SERIAL_WORDS = frozenset({"序号", "编号", "no", "#", "序", "顺序号"})
MONTH_WORDS = {f"{m}月": m for m in range(1, 13)}
YEAR_TOTAL_WORDS = frozenset({"全年", "全年合计", "全年累计", "年度合计"})  # the column after 1月 … 12月
# the heading of a cross-tab's column of measures (指标 | 2021年 | 2022年): a header word, like 序号
MEASURE_WORDS = frozenset({"指标", "指标名称", "统计指标", "指标项", "指标项目"})

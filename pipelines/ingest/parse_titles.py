"""Professional titles: 副主任医师（中医） -> 副主任医师 / 副高级 / 医疗; 主治 -> 主治医师;
中级 -> rank only. The vocabulary is data (catalogue/titles.yaml)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipelines.catalogue import load_yaml


class TitleParseError(ValueError):
    pass


# a sentence's end pasted from Word or a chat with the value: "主任医师。", "内科；" (after NFKC ；
# is ;). A cell's text never ends a value with them on purpose.
TRAILING_PUNCTUATION = "。.;,、"


@dataclass(frozen=True)
class Title:
    title: str | None
    rank: str | None
    category: str | None


def _key(text: str) -> str:
    s = unicodedata.normalize("NFKC", text)
    s = re.sub(r"[（(][^）)]*[）)]", "", s)  # drop qualifiers: （中医）, (护理)
    return re.sub(r"\s+", "", s).rstrip(TRAILING_PUNCTUATION).lower()


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Title]:
    cat = load_yaml("titles.yaml")
    vocab: dict[str, Title] = {}
    for name, spec in cat["titles"].items():
        t = Title(name, spec["rank"], spec["category"])
        for form in [name, *spec.get("aliases", [])]:
            vocab[_key(form)] = t
    for rank, forms in cat["ranks"].items():
        for form in forms:
            vocab.setdefault(_key(form), Title(None, rank, None))
    return vocab


@lru_cache(maxsize=1)
def _no_title() -> dict[str, Title]:
    """科员, 行政: staff without a professional title, by the post they write (titles.yaml no_title) — used only
    when no part of the cell gives a title or a rank."""
    return {_key(form): Title(None, None, category)
            for category, forms in load_yaml("titles.yaml").get("no_title", {}).items() for form in forms}


@lru_cache(maxsize=1)
def _none_words() -> frozenset[str]:
    return frozenset(_key(w) for w in load_yaml("titles.yaml").get("none", ()))


@lru_cache(maxsize=1)
def _staff_categories() -> dict[str, str | None]:
    cat = load_yaml("titles.yaml")
    words: dict[str, str | None] = {w: None for w in cat.get("post_grades_without_category", ())}
    words.update({w: c for c, ws in cat.get("staff_categories", {}).items() for w in ws})
    return words


def staff_category_of(text: str) -> str | None:
    """人员类别 / 岗位类别 / 执业类别 written: 临床 -> 医疗, 药剂 -> 药学, 管理岗位 -> 管理; 专业技术岗位 -> None (no
    category); else TitleParseError-like ValueError (titles.yaml staff_categories)."""
    s = re.sub(r"类别$", "", text.replace(" ", "")).replace("人员", "").replace("类", "")  # 临床类别, 医师类
    words = _staff_categories()
    if s in words:
        return words[s]
    raise ValueError(f"无法识别的人员类别 / unrecognised staff category: {s!r}")


@lru_cache(maxsize=1)
def _department_categories() -> dict[str, str]:
    return {d: c for c, ds in load_yaml("titles.yaml").get("department_categories", {}).items() for d in ds}


def department_category(department: str | None) -> str | None:
    """药剂科 -> 药学, 护理部 -> 护理, 检验科 -> 医技: a department of one profession (titles.yaml department_categories)."""
    return _department_categories().get(re.sub(r"\s+", "", department)) if department else None


@lru_cache(maxsize=1)
def rank_order() -> dict[str, int]:
    return dict(load_yaml("titles.yaml")["rank_order"])


# between the parts of a cell holding a title and something else: "主任医师/科主任",
# "副主任医师、硕导", and spaces: "主任医师 教授" (split last: "住 院 医 师" is one title)
_SEPARATORS = re.compile(r"[/、，,;；]")


@lru_cache(maxsize=4096)
def parse_title(text: str) -> Title:
    vocab = _vocabulary()
    whole = re.fullmatch(r"\s*[（(]\s*([^（()）]+?)\s*[)）]\s*", unicodedata.normalize("NFKC", text))
    if whole:  # （副主任医师）: the whole cell in brackets
        text = whole.group(1)
    k = _key(text)
    if k in vocab:
        return vocab[k]
    if k in _none_words():  # 职称 无: none
        return Title(None, None, None)
    # "主任医师/科主任", "副主任医师、硕导", "教授 主任医师": take the first part that is a title;
    # an academic title (教授, 硕导) is not in the vocabulary and is passed over
    parts = _SEPARATORS.split(k) + re.split(r"[/、，,;；\s]+", _key_keeping_spaces(text))
    for part in parts:
        if part in vocab:
            return vocab[part]
    for part in (k, *parts):
        guess = _rank_from_words(part)
        if guess:
            return guess
    for part in (k, *parts):
        if part in _no_title():
            return _no_title()[part]
    raise TitleParseError(f"无法识别的职称 / unrecognised professional title: {text.strip()!r}")


def _key_keeping_spaces(text: str) -> str:
    """As _key, but with the spaces that may separate two words of a cell kept."""
    s = unicodedata.normalize("NFKC", text)
    return re.sub(r"[（(][^）)]*[）)]", " ", s).strip().rstrip(TRAILING_PUNCTUATION).lower()


# Chinese titles are built the same way in every profession: 主任X师 (正高), 副主任X师 (副高),
# 主管X师 / 主治X师 (中级), X师 / X士 (初级). A title not in the catalogue (主管治疗师, 副主任
# 检验师) keeps its own name and gets its rank from those words.
_RANK_WORDS = [(re.compile(r"^副主任.+师$"), "副高级"), (re.compile(r"^主任.+师$"), "正高级"),
               (re.compile(r"^(主管|主治).+师$"), "中级"), (re.compile(r"^[\u4e00-\u9fff]{1,4}[师士]$"), "初级")]
_CATEGORY_WORDS = [("护", "护理"), ("药", "药学"), ("医", "医疗"), ("技", "医技"), ("治疗", "医技"), ("检验", "医技"),
                   ("影像", "医技"), ("康复", "医技")]


def _rank_from_words(k: str) -> Title | None:
    for rx, rank in _RANK_WORDS:
        if rx.match(k):
            cat = next((c for w, c in _CATEGORY_WORDS if w in k), None)
            return Title(k, rank, cat)
    return None

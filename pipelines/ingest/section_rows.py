"""Section rows inside a table ("二、青石镇卫生院", "一、内科", "第二批"): what they give the
rows below them — a hospital, or a department — and never a record of their own.
"""

from __future__ import annotations

import re
import unicodedata

from pipelines.ingest.locate_table import Located, key_value_pairs
from pipelines.ingest.map_columns import match_label
from pipelines.ingest.sheet_context import find_hospital_name


def section_hospital(loc: Located, i: int) -> str | None:
    """A section row names a hospital ("受援医院：石桥县人民医院", "二、青石镇卫生院") or a
    department or batch ("一、内科", "第二批"): only the first sets a hospital."""
    sec = loc.sections.get(i)
    if not sec:
        return None
    return find_hospital_name(sec)


_SECTION_LEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．])\s*")


_DEPARTMENT_WORD = re.compile(r"(科|部|室|中心|病区|组)$")


def section_department(loc: Located, i: int) -> str | None:
    """A section row that names a department ("一、内科", "（二）护理部") gives the rows below it
    their department when they have none of their own; a batch ("第二批") gives nothing."""
    sec = loc.sections.get(i)
    if not sec or find_hospital_name(sec):
        return None
    s = unicodedata.normalize("NFKC", sec).strip()
    s = _SECTION_LEAD.sub("", re.sub(r"^.*?[:：]\s*", "", s) if re.match(r"^(科室|专业|部门)\s*[:：]", s) else s).strip()
    if re.search(r"第[一二三四五六七八九十\d]+批|批次|上半年|下半年|季度", s) or not (1 < len(s) <= 12):
        return None
    return s if _DEPARTMENT_WORD.search(s) else None


def section_fields(loc: Located, i: int, form, mapping) -> dict[str, str]:
    """A section row written as "key：value" lines (第一组　受援单位：青杉县人民医院　派驻时间：2024年3月1日—8月31日): the
    fields it gives the rows under it, as text, for the form's fields the table has no column for."""
    sec = loc.sections.get(i)
    if not sec or ("：" not in sec and ":" not in sec):
        return {}
    out: dict[str, str] = {}
    mapped = set(mapping.fields) if mapping is not None else set()
    for key, val in key_value_pairs(sec):
        hit = match_label(re.sub(r"^第[一二三四五六七八九十\d]+[组队批]\s*", "", key), form)
        if hit and hit[1] != "fuzzy" and hit[0] not in mapped and hit[0] not in out:
            out[hit[0]] = val
    return out


def all_section_fields(loc: Located, form, mapping) -> set[str]:
    """The fields every data row's section gives (section_fields), for the classifier."""
    fields = [set(section_fields(loc, i, form, mapping)) for i in loc.data_rows]
    return set.intersection(*fields) if fields else set()

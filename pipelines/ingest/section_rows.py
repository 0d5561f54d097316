"""Section rows inside a table ("二、青石镇卫生院", "一、内科", "第二批"): what they give the
rows below them — a hospital, or a department — and never a record of their own.
"""

from __future__ import annotations

import re
import unicodedata

from pipelines.ingest.locate_table import Located
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

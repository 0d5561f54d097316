"""Section rows inside a table ("二、青石镇卫生院", "一、内科", "第二批"): what they give the
rows below them — a hospital, or a department — and never a record of their own.
"""

from __future__ import annotations

import re
import unicodedata

from pipelines.ingest.locate_table import Located, key_value_pairs
from pipelines.ingest.map_columns import match_label
from pipelines.ingest.parse_values import is_date_range
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
    fields it gives the rows under it, as text, for the form's fields the table has no column for. A cohort's line
    (第一期（2024.3.1—2024.8.31）, 2024年春季班（3月—8月）) gives its period to the rows under it that have none."""
    sec = loc.sections.get(i)
    if not sec:
        return {}
    if "：" not in sec and ":" not in sec:
        period = section_period(sec, loc.meta.period_text) if "period_range" in form.fields else None
        return {"period_range": period} if period else {}
    out: dict[str, str] = {}
    mapped = set(mapping.fields) if mapping is not None else set()
    for key, val in key_value_pairs(sec):
        hit = match_label(re.sub(r"^第[一二三四五六七八九十\d]+[组队批期班]\s*", "", key), form)
        name = hit[0] if hit else None
        if name in ("start_date", "end_date") and "period_range" in form.fields and "period_range" not in mapped \
                and is_date_range(val):
            name = "period_range"  # 下派时间：2024年7月至12月: the whole stay under a start's label
        if hit and hit[1] != "fuzzy" and name not in mapped and name not in out:
            out[name] = val
    if "period_range" in form.fields and not {"period_range", "start_date", "end_date"} & set(out) \
            and (period := section_period(sec, loc.meta.period_text)):
        out["period_range"] = period  # 第一期　时间：2024.3.1—2024.8.31 (REV21: the pairs first)
    return out


_COHORT = re.compile(r"^\s*(?:第\s*[一二三四五六七八九十\d]+\s*(?:期|批|轮|班)次?|(?:(?:19|20)\d\d\s*年度?)?\s*"
                     r"(?:春季|秋季|夏季|冬季|上半年|下半年)(?:进修)?班)")
_PERIOD_WORDS = re.compile(r"^(?:下派|派驻|进修|培训|学习)?(?:起止)?(?:时间|日期|期间)\s*[:：]?\s*")


def section_period(sec: str, period: str | None = None) -> str | None:
    """The period a cohort's section line gives (第一期（2024.3.1—2024.8.31）, 2024年秋季班 9月—次年2月, 第二期（原定2024年6月
    1日—11月30日，延期至2024年12月31日）) as a range the date parser reads, the year from the line or else the sheet's
    period; None when the line is no cohort's or says no period (realworld138)."""
    s = unicodedata.normalize("NFKC", sec).strip()
    m = _COHORT.match(s)
    if not m:
        return None
    rest = s[m.end():].strip()
    if (b := re.match(r"[(（]\s*([^()（）]*?)\s*[)）]", rest)):  # 第一期（2024.3.1—2024.8.31）, whatever follows it
        rest = b.group(1)
    rest = _PERIOD_WORDS.sub("", re.sub(r"^原定\s*", "", rest))
    if (later := re.search(r"[,，;；]\s*(?:延期|延长)至\s*(.+)$", rest)):  # the cohort's end moved: its new end
        rest = re.split(r"\s*[—–\-~～至]+\s*", rest[: later.start()], maxsplit=1)[0] + "—" + later.group(1)
    if not re.search(r"\d\s*月|\d{4}\s*[.\-/]", rest):
        return None
    year = re.search(r"((?:19|20)\d\d)\s*年", s[: m.end()]) or re.search(r"((?:19|20)\d\d)", period or "")
    if not re.search(r"(?:19|20)\d\d", rest.split("次年")[0]):
        if not year:
            return None
        rest = f"{year.group(1)}年{rest}"
    if "次年" in rest:
        first = int(re.search(r"((?:19|20)\d\d)", rest).group(1))
        rest = rest.replace("次年", f"{first + 1}年")
    return rest


def all_section_fields(loc: Located, form, mapping) -> set[str]:
    """The fields every data row's section gives (section_fields), for the classifier."""
    fields = [set(section_fields(loc, i, form, mapping)) for i in loc.data_rows]
    return set.intersection(*fields) if fields else set()

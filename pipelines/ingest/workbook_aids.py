"""The pages of a workbook that help the person filling it in and hold no records: a cover
(封面), a table of contents (目录), instructions (填表说明) and the lists its drop-down cells
choose from (字典, 下拉选项). Recognised by the sheet's name (the words are data:
``workbook_aid_sheets`` in catalogue/forms.yaml); every row is listed as non-data of kind
``aid_sheet`` with what the page is, never quarantined as an unrecognised table and never read
as one (a visible list of 职称 and 科室 is not a trainee list).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest.form_catalogue import norm_label
from pipelines.ingest.parse_values import cell_text, is_blank
from pipelines.ingest.read_cells import Sheet
from pipelines.ingest.results import SheetResult


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    spec = load_yaml("forms.yaml").get("workbook_aid_sheets", {})
    return {what: (frozenset(v.get("names", ())), tuple(v.get("containing", ()))) for what, v in spec.items()}


@lru_cache(maxsize=1)
def _cover_labels() -> frozenset[str]:
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("workbook_aid_sheets", {}).get("cover", {}).get("labels", ()))


def _bare(name: str) -> str:
    """封面（勿删）, 表0 目录, 下拉选项 sheet → 封面, 目录, 下拉选项."""
    s = unicodedata.normalize("NFKC", name or "")
    s = re.sub(r"[（(][^）)]*[)）]", "", s)
    s = re.sub(r"^(?:附表|表)\s*[0-9一二三四五六七八九十〇零]+\s*[-.、:：]?\s*", "", s)
    return re.sub(r"[\s_\-.、:：]+|sheet|页$|表$", "", s, flags=re.I)


def aid_sheet(sheet_name: str) -> str | None:
    """What the sheet is (cover, contents, instructions, lists) when its name says it is a
    workbook's aid rather than a table of records; None otherwise."""
    bare = _bare(sheet_name)
    if not bare or len(bare) > 8:
        return None
    for what, (names, containing) in _words().items():
        if bare in names or any(w in bare for w in containing):
            return what
    return None


_SAID = {"cover": "封面", "contents": "目录", "instructions": "填表说明", "lists": "下拉选项（字典）", "schedule": "期次安排"}


def as_aid_nondata(sheet: Sheet, what: str) -> SheetResult:
    """Every row of an aid page as non-data, saying which page it is."""
    res = SheetResult(sheet.name, None, rows_read=len(sheet.rows), hidden=sheet.hidden)
    text = f"{_SAID.get(what, what)}页，不是数据 / the workbook's {what} page, not data"
    res.nondata = [(i + 1, "aid_sheet", text) for i in range(len(sheet.rows))]
    res.notes["aid_sheet"] = what
    return res


def unrecognised_aid(sheet: Sheet, res: SheetResult, other_sheets: list[str]) -> str | None:
    """A sheet of no known form, named like any other (Sheet1), that is an aid page by what it
    holds: its rows name the workbook's other sheets (表一 | 月度统计, 派驻人员 | 3: a table of
    contents, or a count per sheet) — two rows at least and half of those held, the others
    without a figure (项目 | 条数) — or every held row is a cover's label and its value (报告年度 |
    2024, 填报人 | 周敏). None when anything else was held."""
    if res.form_type or res.records or not res.quarantined:
        return None
    others = [(unicodedata.normalize("NFKC", n).strip(), _bare(n)) for n in other_sheets if n != sheet.name]
    naming = cover = other = 0
    for q in res.quarantined:
        row = sheet.rows[q.source_row - 1] if q.source_row - 1 < len(sheet.rows) else []
        texts = [unicodedata.normalize("NFKC", v).strip() for v in row if isinstance(v, str) and v.strip()]
        if any(_names_sheet(t, others) for t in texts) and all(_a_count(v) for v in row if not isinstance(v, str) and not is_blank(v)):
            naming += 1  # 派驻人员 | 3: a sheet and its count (青杉县人民医院 | 1200.5 is a figure of a hospital, held)
        elif texts and norm_label(texts[0]).rstrip(":：") in _cover_labels() and len([v for v in row if not is_blank(v)]) <= 2:
            cover += 1
        elif any(re.search(r"\d", cell_text(v)) for v in row if not is_blank(v)):
            return None  # a figure no sheet name explains: a person looks at it
        else:
            other += 1
    if naming >= 2 and naming >= other + cover:
        return "contents"
    return "cover" if cover and not naming and not other else None


def _a_count(v) -> bool:
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer() and 0 <= v < 10000)


def _names_sheet(text: str, others: list[tuple[str, str]]) -> bool:
    """表一 (the code of "表一 月度统计"), 派驻人员 (of "表1 派驻人员名单"): the text names another sheet."""
    bare = _bare(text)
    for raw, obare in others:
        if len(text) >= 2 and raw.startswith(text) and not text.isdigit():
            return True
        if len(bare) >= 2 and len(obare) >= 2 and (bare in obare or obare in bare):
            return True
    return False

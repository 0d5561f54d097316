"""Excel's pivot tables copied as values (数据透视表): 行标签 | 求和项:门急诊人次 | 求和项:出院人数 ….

A pivot's header says what each column holds in Excel's own words: 求和项:X (Sum of X) is X added up over the
row's group — X itself when each row is one month or one hospital; 行标签 (Row Labels) is whatever the rows are
grouped by, which its values say (1月 … 6月: the month). A year's row above its months (2024年 with the sums) is
that year's subtotal, and (空白) with nothing beside it an empty group. 计数项:X (a count of X) and 平均值项:X are
not X: left as written, so such a pivot is not read as the list it counts (realworld136).

The header and those rows are rewritten in the sheet's rows before the table is located; nothing else is."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pipelines.ingest.form_catalogue import MONTH_WORDS
from pipelines.ingest.parse_values import cell_text, is_blank

_ROW_LABELS = frozenset({"行标签", "rowlabels"})
_SUM = re.compile(r"^\s*(?:求和项\s*[:：]|sum\s+of\s+)\s*(.+?)\s*$", re.IGNORECASE)
_ANY_FIELD = re.compile(r"^\s*(?:(?:求和|计数|平均值|最大值|最小值|乘积|数值计数)项\s*[:：]|(?:sum|count|average|max|min)\s+of\s)",
                        re.IGNORECASE)
_EMPTY_GROUP = frozenset({"(空白)", "(blank)"})  # as _key reads them (（空白） too)
_HEADER_WITHIN = 30  # a pivot's header is near the top of its sheet
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*年?\s*$")


def _key(v: Any) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell_text(v))).lower() if not is_blank(v) else ""


def _month(v: Any) -> bool:
    return _key(v) in MONTH_WORDS


def rewrite_pivot(rows: list[list[Any]]) -> int:
    """Rewrite a pivot table's header and group rows in ``rows`` (in place) as a table's; the number of cells
    rewritten (0: no pivot)."""
    n = 0
    for h, row in enumerate(rows[:_HEADER_WITHIN]):
        lead = next((v for v in row if not is_blank(v)), None)  # the first cell only: this runs on every sheet
        if type(lead) is not str or not ("标签" in lead or "abel" in lead) or _key(lead) not in _ROW_LABELS:
            continue
        texts = [(c, v) for c, v in enumerate(row) if not is_blank(v)]
        if len(texts) < 2 or not any(_ANY_FIELD.match(cell_text(v)) for _, v in texts[1:]):
            continue
        label_col = texts[0][0]
        new = list(row)
        for c, v in texts[1:]:
            if m := _SUM.match(cell_text(v)):
                new[c], n = m.group(1), n + 1
        below = [r for r in rows[h + 1:] if label_col < len(r)]
        if sum(1 for r in below if _month(r[label_col])) >= 2:
            new[label_col], n = "月份", n + 1
            for i in range(h + 1, len(rows)):
                r = rows[i]
                lab = r[label_col] if label_col < len(r) else None
                nxt = rows[i + 1][label_col] if i + 1 < len(rows) and label_col < len(rows[i + 1]) else None
                if (y := _YEAR.match(cell_text(lab)) if not is_blank(lab) else None) and _month(nxt):
                    r = rows[i] = list(r)
                    r[label_col], n = f"{y.group(1)}年合计", n + 1  # the year's subtotal over its months
        rows[h] = new
        for i in range(h + 1, len(rows)):
            r = rows[i]
            if label_col < len(r) and _key(r[label_col]) in _EMPTY_GROUP \
                    and all(is_blank(v) for c, v in enumerate(r) if c != label_col):
                rows[i], n = [], n + 1  # (空白) and nothing beside it: an empty group
    return n

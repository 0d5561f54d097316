"""The report's one HTML table helper: every table of the sections and the data-quality annex
is written here (header, rows of cells, everything escaped)."""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

DASH = "—"          # a missing value
WIDE_COLUMNS = 10   # a table of this many columns is printed on a landscape page


@dataclass(frozen=True)
class Span:
    """A cell across ``width`` columns (a note row: "… more not listed")."""
    text: str
    width: int
    cls: str = "duikou-note"


def judged(text, ok: bool | None):
    """A cell coloured by whether it meets a requirement (None: not judged, no colour)."""
    return (text, None if ok is None else ("duikou-ok" if ok else "duikou-miss"))


def html_table(header: list[str], rows: list[list], cls: str = "duikou-table", wide: bool | None = None) -> str:
    """Rows of cells, each a text, (text, css class) or a ``Span``; a missing text (None, NaN) is
    a dash.
    ``wide`` (default: WIDE_COLUMNS columns or more): printed on a landscape A4 page."""
    def cell(c, tag="td"):
        if isinstance(c, Span):
            return f"<{tag} colspan='{int(c.width)}' class='{c.cls}'>{html.escape(c.text)}</{tag}>"
        text, klass = c if isinstance(c, tuple) else (c, None)
        if text is None or (isinstance(text, float) and math.isnan(text)):
            text = DASH
        attr = f" class='{klass}'" if klass else ""
        return f"<{tag}{attr}>{html.escape(str(text))}</{tag}>"
    head = "".join(cell(h, "th") for h in header)
    body = "".join("<tr>" + "".join(cell(c) for c in r) + "</tr>" for r in rows)
    table = f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    if wide if wide is not None else len(header) >= WIDE_COLUMNS:
        return f"<div class='duikou-wide'>{table}</div>"
    return table

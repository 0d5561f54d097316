"""Sign-in lists (签到明细): a continuing-education system's export with one row per attendee of an event — the event's
number, name, type, lecturer and time repeated on each row, the attendee's name under 参加人员. The rows of one event are
one activity, its participants the attendees counted (realworld153). An event its own staff led (主讲人单位 本院 on
the recipient's own list) is no activity of the programme: its rows are not data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest.parse_values import cell_text, is_blank, parse_value

# the words a hospital uses for itself in a lecturer's-unit column
OWN = frozenset({"本院", "我院", "本单位", "院内", "本医院"})
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
@lru_cache(maxsize=1)
def _group() -> re.Pattern:
    """Not a person: a kind of staff or a group (全体医生, 内科医师, 全院护士: REV25; forms.yaml attendee_groups)."""
    return re.compile("|".join(map(re.escape, load_yaml("forms.yaml")["attendee_groups"])))


def _a_name(text: str) -> bool:
    if not _NAME.fullmatch(text) or _group().search(text):
        return False
    try:
        return parse_value("headcount", text) is None  # 三十, 二十五: a count written in numerals (REV25)
    except ValueError:
        return True


def attendee_column(loc, mapping) -> int | None:
    """The participants column when it holds a person's name on (nearly) every row: a sign-in list; else None."""
    col = mapping.fields.get("participants") if mapping is not None else None
    if col is None:
        return None
    cells = [cell_text(loc.grid[i][col]).strip() for i in loc.data_rows if col < len(loc.grid[i]) and not is_blank(loc.grid[i][col])]
    names = sum(1 for c in cells if _a_name(c))
    return col if len(cells) >= 2 and names >= 0.8 * len(cells) else None


def merge_attendees(res, col: int, date_label: str | None) -> None:
    """One activity per event of a sign-in list: the rows whose event values — and the event's time as written (a
    morning and an afternoon session: REV25) — are the same are one record, its participants the number of rows; the
    attendees' names leave no finding. Nothing changes when no event has two rows (no sign-in list after all)."""
    groups: dict[tuple, list] = {}
    for rec in res.records:
        key = tuple(sorted((k, str(v)) for k, v in rec.values.items() if k != "participants"))
        groups.setdefault((key, rec.raw.get(date_label) if date_label else None), []).append(rec)
    if all(len(recs) == 1 for recs in groups.values()):
        return
    for rec in res.records:
        rec.findings = [f for f in (rec.findings or ()) if f[0] != "participants"] or None
    merged = []
    for recs in groups.values():
        first = recs[0]
        first.source_rows = tuple(sorted({r for rec in recs for r in rec.rows()}))
        first.values["participants"] = len(recs)
        merged.append(first)
    res.records = merged
    res.notes["attendee_rows"] = len(merged)  # provenance: the rows were attendees, counted per event (column col)


def own_staff_events(res) -> None:
    """A recipient's own list whose lecturer's unit is 本院: its own staff's event, not the programme's — non-data; in
    a support hospital's ledger 本院 is that hospital."""
    kept = []
    for rec in res.records:
        said = rec.values.get("support_hospital_id")
        if isinstance(said, str) and said.strip() in OWN:
            recipient = rec.values.get("recipient_hospital_id")
            if not res.reporting_name or recipient is None:
                kept.append(rec)  # whose 本院 is not known here: left for the resolver (a finding names it)
                continue
            if recipient != res.reporting_name:
                rec.values["support_hospital_id"] = res.reporting_name
            else:
                for r in rec.rows():
                    res.nondata.append((r, "own_staff", "本院人员主讲的活动，不是对口支援活动 / an event the hospital's own staff led: "
                                                         "not the programme's"))
                continue
        kept.append(rec)
    res.records = kept

"""A dispatched person's work log (工作日志, 工作记录本): a day per row, what was done in free text.

"上午门诊，接诊23人次；下午教学查房1次，参加医护12人" holds one programme activity (a 教学查房 with 12
people); "上午病房查房，下午门诊" holds none (routine work is no activity). build_rows makes one activities
record per event a day's text names, with its headcount; a day naming none is non-data.

The words that name an event are data (forms.yaml ``work_log_events``); the text is split here because
no kept library reads such notes — the clauses follow the way these logs are written (上午…；下午…).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.catalogue import load_yaml

# a day's text in clauses: at ；。 and line breaks, and at a comma before the next part of the day
_CLAUSES = re.compile(r"[；;。\n]+|[，,]\s*(?=上午|下午|中午|晚上|晚间|全天)")
# N次 right after the event's words (教学查房2次（心内一病区、二病区）)
_TIMES = re.compile(r"^\s*(?:[（(][^）)]*[)）])?\s*(\d+)\s*次")
# the headcount: 参加医护12人, 参会医护人员35人, 观摩医生8人, 受益群众约120人, 分别参加10人、9人
_HEADCOUNT = re.compile(r"(?:参加|参会|参训|观摩|听课|到场|受益)[\u4e00-\u9fff]{0,6}?(?P<each>分别)?"
                        r"(?P<counts>(?:约|近|大约)?\d+\s*余?\s*(?:人次|人|名)(?:\s*[、,，和]\s*(?:约)?\d+\s*余?\s*(?:人次|人|名))*)")
_SPLIT_COUNTS = re.compile(r"\s*[、,，和]\s*")


@lru_cache(maxsize=1)
def _events() -> tuple[tuple[str, str], ...]:
    """(words, activity type), longest words first."""
    pairs = [(str(w), str(t)) for t, words in load_yaml("forms.yaml").get("work_log_events", {}).items() for w in words]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def events_in_text(text: str) -> list[tuple[str, str | None]]:
    """The programme activities a day's text names, in order: (activity type, its headcount as written, or
    None). [] when it names none (门诊, 病房工作, 休息)."""
    out: list[tuple[str, str | None]] = []
    for clause in _CLAUSES.split(text or ""):
        hit = next(((w, t) for w, t in _events() if w in clause), None)
        if hit is None:
            continue
        words, kind = hit
        after = clause[clause.index(words) + len(words):]
        times = int(m.group(1)) if (m := _TIMES.match(after)) else 1
        head = _HEADCOUNT.search(clause)
        counts = _SPLIT_COUNTS.split(head["counts"].strip()) if head else []
        if times > 1 and len(counts) == times:
            out += [(kind, c) for c in counts]  # 教学查房2次，分别参加10人、9人
        elif times > 1:
            out += [(kind, None)] * times  # the rounds' headcount not said one by one: none is any one's
        else:
            out.append((kind, counts[0] if len(counts) == 1 else None))
    return out

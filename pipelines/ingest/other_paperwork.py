"""Sheets that look like one of the forms but are other paperwork an office sends with them: a
meeting's sign-in sheet (姓名 | 单位 looks like a trainee list), a funds table or a satisfaction
survey (支援医院 | 受援医院 looks like a pairing list), a year's work plan (拟派驻人员, 计划开展时间:
people not yet sent, techniques not yet performed). Their rows are held as SHEET_UNRECOGNISED with
the reason, never curated as the form they resemble. The words are data (forms.yaml
``other_paperwork``)."""

from __future__ import annotations

from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest.form_catalogue import norm_label


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], dict[str, frozenset[str]]]:
    spec = load_yaml("forms.yaml").get("other_paperwork", {})
    # prefix -> the forms in which it does not mark a plan
    prefixes = {p: frozenset(spec.get("plan_prefix_except", {}).get(p, ())) for p in spec.get("plan_prefixes", ())}
    return tuple(spec.get("titles", ())), tuple(spec.get("unless", ())), prefixes


def why_not_a_form(form: str, titles: list[str | None], methods: dict[str, tuple[str, str, float]]) -> str | None:
    """The bilingual reason the sheet is other paperwork, or None. ``titles``: the sheet's title and
    the lines above its table; ``methods``: field -> (header, how matched, score) of the column map."""
    words, unless, prefixes = _words()
    for t in titles:
        if not t:
            continue
        hit = next((w for w in words if w in t), None)
        if hit and not any(u in t for u in unless):
            return (f"标题写明“{hit}”：这是其他材料，不是对口支援报表 / the title says {hit!r}: other paperwork, "
                    "not one of the programme's forms")
    planned = [h for h, how, _ in methods.values() if how != "exact"
               and any(norm_label(h).startswith(p) and form not in but for p, but in prefixes.items())]
    if planned:
        return (f"“{planned[0]}”是计划，不是已完成的记录 / {planned[0]!r} is a plan, not a record of what was done")
    return None

"""Sheets that look like one of the forms but are other paperwork an office sends with them: a
meeting's sign-in sheet (姓名 | 单位 looks like a trainee list), a funds table or a satisfaction
survey (支援医院 | 受援医院 looks like a pairing list), a year's work plan (拟派驻人员, 计划开展时间:
people not yet sent, techniques not yet performed). Their rows are held as SHEET_UNRECOGNISED with
the reason, never curated as the form they resemble. The words are data (forms.yaml
``other_paperwork``)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.catalogue import load_yaml
from pipelines.ingest.form_catalogue import COUNT_HEADER, forms, norm_label, strip_label

# what a title says after its head noun: （合成数据）, （2024年）, ——培训计划's own brackets
_TRAILING_BRACKETS = re.compile(r"\s*[（(【\[][^（()）】\]]*[)）】\]]\s*$")
# the forms whose rows are one each per person or event: a table of only hospitals and counts is none of them
_LISTS = frozenset({"deployments", "trainees", "techniques", "activities", "staff_monthly_assessments"})
_TAILS = ("", "表", "汇总", "汇总表", "结果汇总", "结果汇总表", "一览表", "情况", "情况表", "单", "册")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], dict[str, tuple[frozenset[str], frozenset[str]]], tuple[str, ...], frozenset[str]]:
    spec = load_yaml("forms.yaml").get("other_paperwork", {})
    # prefix -> (the fields, the forms) in which it does not mark a plan (计划结束日期: a real stay's planned end)
    fields = frozenset(spec.get("plan_prefix_except", ()))
    prefixes = {p: (fields, frozenset(spec.get("plan_prefix_forms_except", {}).get(p, ()))) for p in spec.get("plan_prefixes", ())}
    return tuple(spec.get("titles", ())), prefixes, tuple(spec.get("actual_prefixes", ())), frozenset(spec.get("programme_words", ()))


@lru_cache(maxsize=1)
def _leave_prefixes() -> tuple[str, ...]:
    return tuple(load_yaml("forms.yaml").get("other_paperwork", {}).get("leave_prefixes", ()))


@lru_cache(maxsize=1)
def _reports() -> tuple[str, ...]:
    return tuple(load_yaml("forms.yaml").get("other_paperwork", {}).get("reports", ()))


# a list of many people (…进修人员结业考核鉴定汇总表 is a trainee list: REV24)
_LIST_WORDS = re.compile(r"汇总|一览|名单|名册|情况表|台账")


@lru_cache(maxsize=1)
def _appraisals() -> tuple[str, ...]:
    return tuple(load_yaml("forms.yaml").get("other_paperwork", {}).get("appraisals", ()))


def _title_word(title: str, form: str, reports: bool | tuple = False) -> str | None:
    """The paperwork a title names as its head (…补助经费拨付表, …工作推进会签到表, …——培训计划), unless
    it also names the form itself (派驻人员名单及联系方式一览表 is a roster). ``reports``: the words of a
    work summary instead, which no form's own title word overrides (…派驻人员工作总结 is a summary)."""
    t = title.strip()
    while (s := _TRAILING_BRACKETS.sub("", t)) != t:
        t = s
    words, _, _, programme = _words()
    if reports:
        words = reports if isinstance(reports, tuple) else _reports()
    elif any(w in t for w in forms()[form].titles if w not in programme):
        return None
    return next((w for w in words for tail in _TAILS if t.endswith(w + tail)), None)


@lru_cache(maxsize=1)
def _completion_columns() -> frozenset[str]:
    return frozenset(norm_label(x) for x in load_yaml("forms.yaml").get("other_paperwork", {}).get("completion_columns", ()))


def why_not_a_form(form: str, title: str | None, methods: dict[str, tuple[str, str, float]], headers: list[str] = ()) -> str | None:
    """The bilingual reason the sheet is other paperwork, or None. ``title``: the sheet's title;
    ``methods``: field -> (header, how matched, score) of the column map; ``headers``: all the sheet's
    column labels (a 完成情况 column beside 计划日期 makes a plan a record of what was done, row by row)."""
    if title and (hit := _title_word(title, form, reports=True)):
        # a year-end work summary (…年度对口支援工作总结表): prose and totals about the forms, whatever it resembles
        return (f"标题写明“{hit}”：这是工作总结，数字以各明细报表为准，不从总结中另行入库 / the title says {hit!r}: a work "
                "summary; its figures are read from the detailed forms, not taken again from the summary")
    if title and not _LIST_WORDS.search(title) and (hit := _title_word(title, form, reports=_appraisals())):
        # an end-of-stay appraisal (…派驻人员考核鉴定表): the stay it appraises is the roster's (realworld147)
        return (f"标题写明“{hit}”：这是派驻期满考核鉴定材料，派驻信息以派驻人员名册为准 / the title says {hit!r}: an "
                "end-of-stay appraisal; the stay is read from the roster, not from the appraisal")
    if title and not (form == "pairings" and set(methods) - {"support_hospital_id", "recipient_hospital_id"}):
        # (a pairing list with more than the two hospitals — 等级, 起始日期 — is one, whatever its title)
        hit = _title_word(title, form)
        if hit:
            return (f"标题写明“{hit}”：这是其他材料，不是对口支援报表 / the title says {hit!r}: other paperwork, "
                    "not one of the programme's forms")
    if (form in _LISTS and not {f for f in methods if not f.endswith("_hospital_id")}
            and len(counts := [h for h in headers if h and COUNT_HEADER.search(strip_label(h))
                               and h not in {m[0] for m in methods.values()}]) >= 2):
        # 受援医院 | 支援医院 | 派驻人数 | 接收进修人数 …: one row of counts per pairing (a 督导 return's 汇总表),
        # which a list form's two hospital columns would otherwise claim; no row of it lacks a name (realworld132)
        return (f"只有医院和计数列（“{counts[0]}”等）：这是汇总表，数字以各明细报表为准 / only hospitals and counts "
                f"({counts[0]!r} …): a summary table; its figures are read from the detailed forms")
    leave = [h for h, how, _ in methods.values() if how != "exact" and norm_label(h).startswith(_leave_prefixes())]
    if leave:  # 请假起止 read as a period, 请假类型 as an activity's type: a leave register (realworld120)
        return (f"“{leave[0]}”：这是请假记录，不是对口支援报表 / {leave[0]!r}: a record of leave, not one of the "
                "programme's forms")
    _, prefixes, actual, _ = _words()
    if any(norm_label(h).startswith(actual) for h, _, _ in methods.values()):
        return None  # 计划参加人数 | 实际参加人数: a record of what was done, beside what was planned
    if any(norm_label(h) in _completion_columns() for h in headers):
        return None  # 计划日期 | … | 完成情况 已完成 / 延期: each row's status says whether it happened (realworld128)
    planned = [h for f, (h, how, _) in methods.items() if how != "exact"
               and any(norm_label(h).startswith(p) and f not in not_fields and form not in not_forms
                       for p, (not_fields, not_forms) in prefixes.items())]
    if planned:
        return (f"“{planned[0]}”是计划，不是已完成的记录 / {planned[0]!r} is a plan, not a record of what was done")
    return None


def is_plan_label(label: str) -> bool:
    """A header that states a plan (计划参加人数, 预计例数): it gives way to a column stating what was
    done for the same field (map_columns)."""
    _, prefixes, _, _ = _words()
    return norm_label(label).startswith(tuple(prefixes))


@lru_cache(maxsize=1)
def _scope() -> tuple[tuple[str, ...], tuple[str, ...]]:
    spec = load_yaml("forms.yaml").get("programme_scope", {})
    return tuple(spec.get("not_recipients", ())), tuple(spec.get("not_supporters", ()))


def out_of_scope(support: object, recipient: object) -> str | None:
    """A pairing the programme does not cover (a township centre supporting a village clinic: the
    county's 县乡村一体化 list), with the bilingual reason; None for one it covers."""
    not_recipients, not_supporters = _scope()
    r, s = str(recipient or ""), str(support or "")
    if r.endswith(not_recipients) or s.endswith(not_supporters):
        return ("对口支援的受援方是县级医院或乡镇卫生院、支援方是二级以上医院：乡镇卫生院对村卫生室等的帮扶不在本项目范围内 / the "
                "programme pairs hospitals of level 2 or above with county hospitals and township health centres: a township "
                "centre's support of a village clinic is outside it")
    return None


@lru_cache(maxsize=1)
def _trainee_kinds() -> tuple[tuple[str, ...], tuple[str, ...]]:
    spec = load_yaml("forms.yaml").get("trainee_kinds", {})
    return tuple(spec.get("jinxiu", ())), tuple(spec.get("not_jinxiu", ()))


def not_a_trainee(kind: object, titles: tuple[str, ...] = ()) -> str | None:
    """A trainee list's row whose kind of training (培训类型 短期培训班, 类别 规培, 学习形式 线上培训) is no 进修,
    with the bilingual reason; None for a 进修 (护理进修 too) or a kind that says nothing (医师). Without a kind,
    a title (or file name) naming such a course and no 进修 (胸痛中心短期培训班学员名单) gives it for every row."""
    if (kind is None or not str(kind).strip()) and not any(w in norm_label(t) for t in titles for w in _trainee_kinds()[0]):
        kind = next((t for t in titles if _no_jinxiu(t)), None)  # no title names 进修: a course list's title
    if kind is None or not _no_jinxiu(kind):
        return None
    return (f"培训类型“{kind}”不是进修：进修人员表只收在支援医院进修的人员（短期培训班、规培、学术会议、线上培训等不计） / the kind "
            f"of training '{kind}' is no 进修 (a stay of months at the support hospital): courses, residency training (规培), "
            "congresses and online courses are not trainees")


def _no_jinxiu(kind: object) -> bool:
    text = norm_label(str(kind or ""))
    jinxiu, not_jinxiu = _trainee_kinds()
    return bool(text) and not any(w in text for w in jinxiu) and any(w in text for w in not_jinxiu)

"""The evaluation's methods and assumptions as text for the report (Chinese and English).
The same points are in the docstrings of effects.py and event_study.py."""

from __future__ import annotations

ASSUMPTIONS = {
    "zh": [
        ("设计", "双重差分（DID）：比较受援医院（县）结对前后的变化与尚未结对或从未结对的医院（县）同期的变化。"
                 "医院-月面板采用双向固定效应（医院、月份），标准误按医院聚类（CR1），置信区间用 t 分布（自由度 = 聚类数 − 1）。"
                 "外转率按出院人数加权；出院人数取对数（仅县级医院）；县域外住院占比用县-年面板，处理强度为当年已结对天数占比。"),
        ("平行趋势", "若无对口支援，结对与对照单位的结局会平行变化（季节、整体趋势由月份固定效应吸收）。事件研究中结对前各期（前导项）应接近 0，报告给出其检验（Bonferroni 校正）。"),
        ("无预期效应", "结对开始前结局不发生变化（例如医院不会因预期结对而提前改变转诊行为）。"),
        ("交错结对与效应异质性", "各结对开始时间不同。若效应随结对时长增长或因医院而异，双向固定效应估计可能有偏"
                              "（Goodman-Bacon 2021；de Chaisemartin & D'Haultfœuille 2020；Sun & Abraham 2021）。"
                              "因此同时报告只用从未结对和尚未结对医院作对照的堆叠 DID（Cengiz 等 2019），两者应接近。"),
        ("其他", "对照单位不受溢出影响，样本构成稳定；结对时间不是选在结局暂时偏低（或偏高）的时候。聚类数少时区间仅为近似。"),
    ],
    "en": [
        ("Design", "Difference-in-differences: the change at recipients (counties) around their pairing's start against the change "
                   "over the same months at hospitals (counties) not yet or never paired. Hospital-month panel with two-way fixed "
                   "effects (hospital, month), standard errors clustered by hospital (CR1), intervals from Student's t with "
                   "clusters − 1 degrees of freedom. The referral rate is weighted by discharges; discharges are in logs (county "
                   "hospitals only); the county outside-admission share uses the county-year panel with the share of the year paired "
                   "as the treatment."),
        ("Parallel trends", "Without the programme, paired and comparison units would have moved in parallel (season and common "
                            "trend are absorbed by the month effects). The event study's leads should be near 0; the report tests "
                            "them (Bonferroni-adjusted)."),
        ("No anticipation", "Outcomes do not change before the pairing starts."),
        ("Staggered adoption and heterogeneity", "Pairings start at different times. If the effect grows with time since pairing "
                                                  "or differs between hospitals, the two-way fixed-effects estimate can be biased "
                                                  "(Goodman-Bacon 2021; de Chaisemartin & D'Haultfœuille 2020; Sun & Abraham 2021). "
                                                  "The stacked DiD, which uses only never-paired and not-yet-paired hospitals as "
                                                  "controls (Cengiz et al. 2019), is reported alongside; the two should agree."),
        ("Other", "No spill-over to comparison units, stable composition; pairing is not timed on a temporary dip (or peak) of "
                  "the outcome. With few clusters the intervals are approximate."),
    ],
}


def assumptions(lang: str = "zh") -> list[tuple[str, str]]:
    return ASSUMPTIONS.get(lang, ASSUMPTIONS["zh"])

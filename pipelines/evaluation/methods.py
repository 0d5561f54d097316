"""The evaluation's methods and assumptions as text for the report (Chinese and English).
The same points are in the docstrings of effects.py and event_study.py."""

from __future__ import annotations

ASSUMPTIONS = {
    "zh": [
        ("主估计：比较对象", "Callaway–Sant'Anna（2021）交错双重差分（moderndid 软件包）。同月开始结对的受援医院为一个批次；批次 g 在第 t 期的效果 ATT(g,t) "
                           "= 该批次从结对前最后一期（g−1）到 t 期的变化，减去对照单位同期的变化。对照为从未结对的医院（县）；从未结对的单位少于 5 个时，"
                           "加入到 t 期仍未结对的单位（报告注明）。已结对的单位从不作对照。数据开始时已结对的受援单位没有结对前数据，不纳入。"),
        ("主估计：汇总与时间范围", "表中主估计为简单汇总：所有已结对批次-期的 ATT(g,t) 按批次规模加权平均，即结对后各期（从结对首期到数据结束）平均效果，"
                                 "不是某一固定时点的效果；按批次、按距结对期数（事件研究）的汇总也给出。外转率的批次均值按医院结对前月均出院人数加权。"
                                 "县域外住院占比用县-年面板，结对当年只部分结对（第 0 年为部分效果）。"),
        ("推断", "聚类数少（全省几十家医院、每批次几家）时，常规聚类标准误偏小。主估计的区间用随机化推断：结对时间在单位间随机重新分配 499 次，"
                 "检验反演得到区间（假定效果为常数）。受援少于 2、对照少于 2 或重新分配方式少于 40 种时不给出区间；不给出零宽度区间。"
                 "批次和事件研究各点用影响函数标准误和 t 分布（自由度 = min(受援, 对照) − 1），为近似。"),
        ("平行趋势", "若无对口支援，各批次与对照单位的结局会平行变化。证据：事件研究中结对前各期（安慰剂比较，基期随期变化）应接近 0；"
                     "报告给出结对前 12 期的平均安慰剂效果及其检验。"),
        ("无预期效应", "结对开始前结局不发生变化（例如医院不会因预期结对而提前改变转诊行为）。若登记的开始日期晚于实际，结对前各期会出现效果。"),
        ("双向固定效应（诊断）", "双向固定效应（医院、月份）估计把已结对医院当作后结对医院的对照；效果随时间增长或因批次而异时有偏"
                                "（Goodman-Bacon 2021；de Chaisemartin & D'Haultfœuille 2020；Sun & Abraham 2021）。报告列出其负权重合计（越负，偏差风险越大），仅作诊断；"
                                "堆叠双重差分（Cengiz 等 2019）只用干净对照，也列出。"),
        ("其他", "对照单位不受溢出影响，样本构成稳定；结对时间不是选在结局暂时偏低（或偏高）的时候；随机化推断还假定结对时间在单位间可交换。"),
    ],
    "en": [
        ("Headline: what it compares", "Callaway–Sant'Anna (2021) staggered difference-in-differences (the moderndid package). Recipients "
                                       "paired in the same month form a cohort; ATT(g, t), the effect for cohort g in period t, is the cohort's "
                                       "change from its last period before pairing (g − 1) to t minus the comparison units' change over the same "
                                       "periods. The comparison units are hospitals (counties) never paired; when fewer than 5, those not yet "
                                       "paired by t join them (the report says so). Already-paired units are never comparisons. Recipients "
                                       "already paired when the data start have no period before and are left out."),
        ("Headline: aggregation and horizon", "The table's headline is the simple aggregation: the average of ATT(g, t) over every paired "
                                              "cohort-period, cohorts weighted by size, i.e. the average effect over the periods after the start "
                                              "(from the first paired period to the end of the data), not the effect at one fixed time; the "
                                              "per-cohort and per-period-since-start (event study) aggregations are given too. For the referral "
                                              "rate a cohort's mean weights hospitals by their monthly discharges before pairing. The county "
                                              "outside-admission share uses the county-year panel; the year of the start is only partly paired "
                                              "(year 0 is a partial effect)."),
        ("Inference", "With few clusters (tens of hospitals in a province, a handful per cohort) cluster-robust standard errors are too "
                      "small. The headline interval is by randomisation inference: the pairing dates are reassigned at random across "
                      "units 499 times and the test inverted (assuming a constant effect). With fewer than 2 paired or 2 comparison "
                      "units, or fewer than 40 distinct reassignments, no interval is shown; never a zero-width one. Cohort and "
                      "event-time points use influence-function standard errors with Student's t on min(paired, comparison) − 1 degrees "
                      "of freedom (approximate)."),
        ("Parallel trends", "Without the programme, each cohort and its comparison units would have moved in parallel. Evidence: the "
                            "event study's pre-period points (placebo comparisons with a varying base period) should be near 0; the report "
                            "gives the average placebo effect over the 12 periods before the start and its test."),
        ("No anticipation", "Outcomes do not change before the pairing starts. If the recorded start is later than the real one, the "
                            "effect shows in the pre-period points."),
        ("Two-way fixed effects (diagnostic)", "The two-way fixed-effects estimate (hospital, month) uses already-paired hospitals as "
                                               "comparisons for later-paired ones and is biased when the effect grows over time or differs "
                                               "between cohorts (Goodman-Bacon 2021; de Chaisemartin & D'Haultfœuille 2020; Sun & Abraham 2021). The report lists "
                                               "the sum of its negative weights (the more negative, the larger the risk) as a diagnostic only; "
                                               "the stacked DiD (Cengiz et al. 2019), with clean comparisons only, is listed too."),
        ("Other", "No spill-over to comparison units, stable composition; pairing is not timed on a temporary dip (or peak) of the "
                  "outcome; randomisation inference also assumes the pairing dates are exchangeable across units."),
    ],
}


def assumptions(lang: str = "zh") -> list[tuple[str, str]]:
    return ASSUMPTIONS.get(lang, ASSUMPTIONS["zh"])

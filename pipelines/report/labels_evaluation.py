"""Report text of the programme-effect section (Chinese and English), merged into
``labels.LABELS``; kept apart so the evaluation's wording lives in one place."""

EVALUATION = {
    "zh": {
        "sub_effect_estimates": "效果估计（主估计：Callaway–Sant'Anna 交错双重差分）",
        "sub_event_study": "事件研究（结对开始前后各期，Callaway–Sant'Anna 动态汇总）",
        "effect_intro": ("主估计为 Callaway–Sant'Anna 交错双重差分：每个结对批次（同月开始结对的受援医院）与从未结对（太少时加上尚未结对）的医院比较，"
                         "从不把已结对医院当作对照。双向固定效应仅作诊断列出。估计基于全省面板，假设、比较对象和时间范围见附录。"),
        "h_effect": "结对对外转率的影响（交错双重差分）",
        "m_cs": "Callaway–Sant'Anna（主估计）", "m_twfe": "双向固定效应（诊断）", "m_stacked": "堆叠 DID（仅干净对照）",
        "ctrl_never": "对照：从未结对", "ctrl_notyet": "对照：从未结对及尚未结对",
        "cs_units_note": "{clusters} 个聚类（医院或县），纳入受援 {treated}，从未结对 {never}；数据开始时已结对 {always}（无结对前数据，未纳入）；有缺报月份 {unbalanced}（面板不完整，未纳入）；{control}",
        "interval_randomisation": "区间：随机化推断（结对时间在单位间重新随机分配 {draws} 次后检验反演）",
        "twfe_diag": "诊断：其负权重合计 {neg:.2f}（已结对单位被当作后结对单位的对照；权重越负，效果随时间增长时偏差越大）",
        "no_interval": "—",
        "note": "说明",
        "es_title_cs": "{outcome}：距结对开始各期的效果（结对前12期平均安慰剂效果 {placebo}，p = {p}）",
        "periods_since": "距结对开始的期数（0 = 结对首期；月或年）",
        "es_none": "{outcome}：{statement}",
        "few_units_stated": "最少需要受援 {t} 个、对照 {c} 个单位，且结对时间至少有 {a} 种重新分配方式；不足时不给出区间。",
    },
    "en": {
        "sub_effect_estimates": "Effect estimates (headline: Callaway–Sant'Anna staggered DiD)",
        "sub_event_study": "Event study (periods around the pairing's start, Callaway–Sant'Anna dynamic aggregation)",
        "effect_intro": ("The headline is Callaway–Sant'Anna's staggered difference-in-differences: each cohort of recipients (paired in the "
                         "same month) against hospitals never paired (joined by those not yet paired when too few), never against "
                         "already-paired ones. Two-way fixed effects are listed as a diagnostic only. Estimated on the whole province's "
                         "panel; assumptions, comparisons and horizon in the appendix."),
        "h_effect": "Effect of pairing on the referral rate (staggered DiD)",
        "m_cs": "Callaway–Sant'Anna (headline)", "m_twfe": "two-way fixed effects (diagnostic)", "m_stacked": "stacked DiD (clean controls)",
        "ctrl_never": "comparison: never paired", "ctrl_notyet": "comparison: never and not yet paired",
        "cs_units_note": "{clusters} clusters (hospitals or counties): {treated} paired, {never} never paired; {always} paired before the data start (no month before, left out); {unbalanced} with a period missing (incomplete panel, left out); {control}",
        "interval_randomisation": "interval: randomisation inference (pairing dates reassigned across units {draws} times, test inversion)",
        "twfe_diag": "diagnostic: its negative weights sum to {neg:.2f} (already-paired units serve as comparisons for later ones; the more negative, the larger the bias when effects grow over time)",
        "no_interval": "—",
        "note": "note",
        "es_title_cs": "{outcome}: effect by period since the start (average placebo effect over the 12 periods before: {placebo}, p = {p})",
        "periods_since": "periods since the pairing's start (0 = first paired period; months or years)",
        "es_none": "{outcome}: {statement}",
        "few_units_stated": "At least {t} paired and {c} comparison units and {a} distinct reassignments of the pairing dates are needed for an interval; below that none is shown.",
    },
}
